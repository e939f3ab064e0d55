"""Metadata read from pasted text: bylines, time stamps, headlines (pages and names written for these tests)."""
import pytest

from eventwire.ingest.clean import clean_text
from eventwire.ingest.dates import normalize_date
from eventwire.ingest.meta import byline, find_author, find_date, stamp


@pytest.mark.parametrize("line, names", [
    ("By Jane Roe", "Jane Roe"),
    ("By: Jane Roe | Reuters", "Jane Roe"),
    ("By MARTA OKONJO, PAUL VAN DER BERG and LI WEN", "Marta Okonjo and Paul van der Berg and Li Wen"),
    ("Analysis by Tomas Brandt, Example News Editor-at-large", "Tomas Brandt"),
    ("Opinion by Rosa Quintero", "Rosa Quintero"),
    ("Tuesday March 2, 2021 7:45 am PST by Hugo Mendel", "Hugo Mendel"),
    ("March 2, 2021 | by Hugo Mendel", "Hugo Mendel"),
    ("By Hugo MendelEXAMPLE News", "Hugo Mendel"),
])
def test_bylines_with_by(line, names):
    assert byline(line) == (3, names)


@pytest.mark.parametrize("line, names", [
    ("Jane Roe, CNN", "Jane Roe"),
    ("Jane Roe | Reuters", "Jane Roe"),
    ("STEFAN OKAFOR, AP National Security Writer", "Stefan Okafor"),
    ("Jane Roe and Kevin McDowell EXAMPLE TODAY", "Jane Roe and Kevin McDowell"),
    ("Jane Roe and Tom J. Doe Springfield Evening Leader", "Jane Roe and Tom J. Doe"),
    ("Tom Doe Associated Press", "Tom Doe"),
    ("Amy B. Lee Senior Contributor", "Amy B. Lee"),
    ("Jane Roe - Mar 3, 2021, 10:31 pm CST", "Jane Roe"),
    ("Jane Roe @janeroe / 2 days", "Jane Roe"),
    ("Jane Roe@JaneRoeWrites", "Jane Roe"),
    ("March 3, 2021 Jane Roe", "Jane Roe"),
])
def test_bylines_without_by(line, names):
    assert byline(line) == (2, names)


def test_a_bare_name_is_a_weak_byline_and_a_doubled_one_counts_once():
    assert byline("Jane Roe") == (1, "Jane Roe")
    assert byline("Jane Roe Jane Roe") == (1, "Jane Roe")


@pytest.mark.parametrize("line", [
    "European Space Agency",
    "by European Space Agency",
    "Marco Bellini, the Italian striker",
    "Ministers Reject Budget Plan",
    "Facebook Twitter Email LinkedIn",
    "Photo by Jane Roe/Example Images",
    "New York, NY",
    "Closed Captioning Policy",
    "Key Points",
    "Telegraph Sport",
])
def test_lines_that_are_no_bylines(line):
    assert byline(line)[0] < 2


def test_author_near_the_headline_wins_over_names_further_away():
    after = ["The standfirst says what the story is about in one sentence.", "Nadia Farouk", "2 hours ago"]
    before = ["World", "Europe", "Another story's headline stands here", "March 1, 2021", "By Somebody Else"]
    assert find_author(after, before, [], "") == "Nadia Farouk"
    assert find_author(after[:1], before, [], "") == "Somebody Else"  # nothing after the headline
    # a photo credit two lines below the time stamp is not the author
    after = ["Example News wire services", "Published 11:11 PM EST Mar 4, 2021", "A player runs", "Ann Photog, AP"]
    assert find_author(after, [], [], "") is None


def test_time_stamps():
    assert stamp("Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM", 2021) == (
        [("2021-11-19", True), ("2021-11-18", False)], False)
    assert stamp("Published Wed, Nov 17 20214:29 AM ESTUpdated an hour ago")[0] == [("2021-11-17", False)]
    assert stamp("21:17 18.11.2021Get short URL")[0] == [("2021-11-18", False)]
    assert stamp("2 hours ago") == ([], True)
    long_caption = "In this Sunday, Nov. 14, 2021, photograph, a long row of unsold cars sits at a dealership near town."
    assert stamp(long_caption) == ([], False)


def test_dates_nearest_the_headline_and_updates_last():
    after = ["By Jane Roe", "Updated March 5, 2021", "First published March 4, 2021"]
    before = ["Older story about ports", "January 2, 2020"]
    assert find_date(after, before, [], None) == "2021-03-04"
    assert find_date(["By Jane Roe", "Updated March 5, 2021"], [], [], None) == "2021-03-05"
    # a relative stamp by the headline: the date is unknown, not that of a related story further up
    assert find_date(["By Jane Roe", "3 hours ago"], [], ["Other story", "May 1, 2019"], None) is None
    assert find_date([], [], [], "https://example.com/world/2021/03/04/talks") == "2021-03-04"


def test_normalize_date_day_first_with_comma_and_weekday():
    assert normalize_date("Tuesday, 19 Nov, 2019") == "2019-11-19"
    assert normalize_date("20 November, 2019") == "2019-11-20"


PAGE = """Welcome to our European edition
Overview News Articles Interviews
Media playback is unsupported on your device
Port fees rise for the third year
March 1, 2021
Harbour workers plan strike
February 26, 2021
Harbour talks end without a deal after three days
Jane Roe and Tom J. Doe EXAMPLE TODAY
Published 7:07 PM EST Mar 4, 2021
The two port authorities ended three days of talks on Thursday without agreeing on new fees for container ships.
Negotiators from both sides said they would meet again next month in the capital to discuss a compromise proposal.
The mayor of the larger city, who attended the final session, said the gap between the two positions had narrowed.
Shipping companies have warned that higher fees could push traffic to other ports along the coast this summer.
"""


def test_page_headline_byline_and_stamp():
    page = clean_text(PAGE, url="https://www.example.com/story/harbour-talks-end-without-deal/123")
    assert page.title == "Harbour talks end without a deal after three days"
    assert page.author == "Jane Roe and Tom J. Doe"
    assert page.published == "2021-03-04"
    assert "Jane Roe" not in page.text and "Published" not in page.text
    assert page.text.startswith("The two port authorities")


TOP_OF_BODY = """Home
World
Europe
Ministers agree on new border checks after a long night of talks in the capital.
Updated March 5, 2021; Posted March 4, 2021
By NADIA FAROUK
Analysis
The interior ministers of the member states agreed early on Friday to tighten checks at the outer borders of the union.
The agreement, reached after eleven hours of talks, still has to be approved by the national parliaments next month.
Officials said the first checks could start in the summer if the parliaments approve the plan without changes.
"""


def test_headline_at_the_top_of_the_body_with_its_byline_below():
    page = clean_text(TOP_OF_BODY)
    assert page.title == "Ministers agree on new border checks after a long night of talks in the capital."
    assert page.author == "Nadia Farouk"
    assert page.published == "2021-03-04"
    assert page.genre == "analysis"
    assert "Ministers agree" not in page.text


def test_one_name_after_by_and_outlets_are_no_authors():
    assert byline("by Marisol March 3, 2021") == (3, "Marisol")
    assert byline("By Reuters") == (-1, None)  # a byline, but no person
    assert byline("By Example Horsemen Editorial Staff") == (-1, None)
    assert byline("By Tuesday, the council had voted")[0] <= 0
    assert byline("Amy K. Roe/EXAMPLEMEDIA")[0] == 0  # a photo credit


def test_a_byline_naming_no_person_leaves_the_author_empty():
    after = ["By Example News Staff", "March 4, 2021", "Ann Photog, Example Images"]
    assert find_author(after, [], [], "") == ""
    page = clean_text("Home\nWorld\nHarbour talks end without a deal after three days\nBy Reuters\nMarch 4, 2021\n"
                      "Jane Roe\n" + "\n".join(TOP_OF_BODY.splitlines()[-3:]))
    assert page.author is None


BLOG = """Home
Recipes
Travel
A weekend of walking in the hills above the lake
12 Shares
Pinterest
Facebook
Marisol Ortega
We set off early on Saturday morning, when the mist still covered the water and the paths were quiet.
The first climb took two hours, and we stopped at the old chapel for bread and cheese before going on.
By the afternoon the sun had come out and the view from the ridge reached all the way to the mountains.
"""


def test_a_name_over_the_first_paragraph_is_the_author():
    assert clean_text(BLOG).author == "Marisol Ortega"


LIST_THEN_STORY = """Most commented
Council votes to close the old swimming pool after a long debate (88)
Mayor says the new tram line will open on time next spring (64)
Police search for the owner of a lost parrot found in the station (51)
Schools reopen after the storm damaged roofs across the district (40)
Harbour talks end without a deal
Posted by Nadia Farouk on March 4, 2021, 6:21 AM EST
The two port authorities ended three days of talks on Thursday without agreeing on new fees for container ships.
Negotiators from both sides said they would meet again next month in the capital to discuss a compromise proposal.
The mayor of the larger city, who attended the final session, said the gap between the two positions had narrowed.
Shipping companies have warned that higher fees could push traffic to other ports along the coast this summer.
Dock workers said they feared for their jobs if the ships went elsewhere, and asked both sides to settle soon.
The talks are due to resume in April, when a new mediator appointed by the regional government will chair them.
"""


def test_a_list_of_other_headlines_before_the_story_is_not_its_body():
    page = clean_text(LIST_THEN_STORY)
    assert page.title == "Harbour talks end without a deal"
    assert page.author == "Nadia Farouk"
    assert page.published == "2021-03-04"
    assert page.text.startswith("The two port authorities")


def test_agency_closing_credit_names_the_reporters():
    from eventwire.ingest.meta import reporting_credit
    assert reporting_credit("(Reporting by Jane Roe in Paris and John Doe; Editing by Max Muster)") == \
        "Jane Roe and John Doe"
    assert reporting_credit("Reporting by Ana Lima, Koh Mei Ling, with reporting by Tom Doe") == \
        "Ana Lima and Koh Mei Ling"
    assert reporting_credit("Editing by Max Muster") is None
