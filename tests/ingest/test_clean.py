"""The page cleaner on pages written for these tests (fictional sites and stories)."""
import pytest

from eventwire.ingest.clean import clean_text

PAGE = """Home
World
Politics
Business
Skip to content
Sign up for our newsletter
World
Harbour talks end without a deal
By Jane Miller
March 4, 2021
Share on Facebook
Share on Twitter
The two port authorities ended three days of talks on Thursday without agreeing on new fees for container ships, officials said.
Advertisement
Negotiators from both sides said they would meet again next month in the capital to discuss a compromise proposed by the mediators.
The mayor of the larger city, who attended the final session, said the gap between the two positions had narrowed but remained wide.
A dock worker walks past containers in the harbour. (Photo by John Doe / Example Agency)
Shipping companies have warned that higher fees could push traffic to other ports along the coast.
Related stories
Port fees rise for the third year
Harbour workers plan strike
Comments
This is outrageous and the fees are far too high for small companies like mine to pay every month.
© 2021 Example Media. All rights reserved.
"""

BODY = [
    "The two port authorities ended three days of talks on Thursday without agreeing on new fees",
    "Negotiators from both sides said they would meet again next month",
    "The mayor of the larger city, who attended the final session",
    "Shipping companies have warned that higher fees could push traffic",
]
JUNK = ["Sign up for our newsletter", "Share on Facebook", "Advertisement", "Photo by John Doe", "Related stories",
        "Port fees rise for the third year", "This is outrageous", "All rights reserved", "Skip to content"]


def test_body_is_kept_and_furniture_removed():
    page = clean_text(PAGE, url="https://www.example.com/world/2021/03/04/harbour-talks-end-without-deal")
    for sentence in BODY:
        assert sentence in page.text
    for junk in JUNK:
        assert junk not in page.text
    assert page.text.count("\n\n") == 3


def test_headline_byline_and_date_leave_the_text_for_metadata():
    page = clean_text(PAGE, url="https://www.example.com/world/2021/03/04/harbour-talks-end-without-deal")
    assert page.title == "Harbour talks end without a deal"
    assert page.author == "Jane Miller"
    assert page.published == "2021-03-04"
    assert page.outlet == "example.com"
    assert page.genre == "news"
    assert "Harbour talks end without a deal" not in page.text


def test_every_removed_line_is_listed_with_a_reason_and_line_number():
    page = clean_text(PAGE)
    removed = {r.text: r for r in page.removed}
    assert removed["Harbour talks end without a deal"].reason == "headline"
    assert removed["By Jane Miller"].reason == "byline"
    assert removed["Advertisement"].line == 14
    kept = sum(1 for line in PAGE.splitlines() if line.strip() and line.strip() in page.text)
    assert kept + len(page.removed) == sum(1 for line in PAGE.splitlines() if line.strip())


def test_short_clean_text_is_left_alone():
    page = clean_text("The council met on Monday.\n\nIt approved the budget.")
    assert page.text == "The council met on Monday.\n\nIt approved the budget." and page.removed == ()


def test_agency_credit_and_known_domain_give_the_outlet():
    text = "LISBON (Reuters) - The finance ministry said on Monday it would sell more bonds this year than planned."
    assert clean_text(text).outlet == "Reuters"
    assert clean_text("A sentence of the body that is long enough.", url="https://www.bbc.co.uk/news/x").outlet \
        == "BBC News"


def test_opinion_from_url_label_or_disclaimer():
    body = "\n".join(["The plan is wrong and the council should drop it before the vote next week."] * 2)
    assert clean_text(body, url="https://example.org/opinion/2020/01/01/plan").genre == "opinion"
    assert clean_text("Opinion\nA plan that fails\n" + body + "\nAnother line here.\nMore.\nEnd.").genre == "opinion"
    disclaimer = body + "\nThe views expressed in this article are the author's own.\nx\ny\nz"
    assert clean_text(disclaimer).genre == "opinion"


def test_wrapped_lines_of_one_paragraph_stay():
    text = "\n".join([
        "The committee published its report on Tuesday after two years of hearings and many delays.",
        "It found that the agency had ignored warnings from its own inspectors and",
        "failed to tell ministers about the risks for more than a year.",
        "The minister said the government would respond within a month.",
        "Officials declined to comment further on the findings.",
        "The report runs to more than four hundred pages.",
    ])
    assert "failed to tell ministers" in clean_text(text).text


@pytest.mark.parametrize("text, author, opening", [
    ("(Corrects paragraph 3 to show the vote was on Tuesday) OSLO (Reuters) - The Norwegian parliament voted.",
     None, "OSLO (Reuters) - The"),
    ("((This March 4 story has been corrected to change the date in the sixth paragraph)) By Kari Holm "
     "OSLO (Reuters) - The Norwegian parliament voted.", "Kari Holm", "OSLO (Reuters) - The"),
    ("(In March 4 item, corrects name of ministry in second paragraph) By Erik Lund and Kari Holm "
     "(Reuters) - A fisherman was fined.", "Erik Lund and Kari Holm", "(Reuters) - A fisherman"),
])
def test_an_editors_note_and_byline_before_the_dateline_leave_the_text(text, author, opening):
    from eventwire.ingest.clean import lead_note_removed
    from eventwire.model import CleanText

    cleaned = lead_note_removed(CleanText(text=text))
    assert cleaned.text.startswith(opening)
    assert cleaned.author == author
    assert cleaned.removed[0].reason == "note" and "paragraph" in cleaned.removed[0].text
    assert (author is None) == (len(cleaned.removed) == 1)


def test_a_parenthesis_of_the_story_itself_stays():
    from eventwire.ingest.clean import lead_note_removed
    from eventwire.model import CleanText

    text = "(This story has an update on the talks) The talks went on for a second day."
    assert lead_note_removed(CleanText(text=text)).text == text
