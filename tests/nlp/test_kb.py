from eventwire.nlp.kb import Office, load_kb


def test_person_keys_fold_titles_initials_and_romanisations():
    kb = load_kb()
    assert kb.person_key("Sergey V. Lavrov") == kb.person_key("Mr. Sergei Lavrov") == "sergei-lavrov"
    assert kb.person_key("President Donald J. Trump") == "donald-trump"
    assert kb.person_key("Dmitri Peskov") == kb.person_key("Dmitry Peskov")


def test_countries_demonyms_capitals_and_seats():
    kb = load_kb()
    assert kb.country("the U.S.").iso3 == "USA" and kb.country("Britain").iso3 == "GBR"
    assert kb.demonym("North Koreans").iso3 == "PRK"
    assert kb.capital("Kiev").iso3 == kb.capital("Kyiv").iso3 == "UKR"
    assert kb.seat("the Kremlin")[0].iso3 == "RUS"
    assert kb.seat("the Pentagon") == (kb.countries["USA"], "military")
    assert kb.country("Bhutan").iso3 == "BTN"  # from pycountry, no row of its own


def test_roles_prefer_the_longest_phrase():
    kb = load_kb()
    assert kb.role("French Defence Minister") == "military"
    assert kb.role("Foreign Minister") == "government"
    assert kb.role("a senior lawmaker") == "legislature"
    assert kb.role("the weather") is None


def test_office_tenures_by_date():
    office = Office("A B", "USA", "head_of_state", "President", "government", "2001-01-20", "2009-01-20")
    assert office.held_on("2005-06") and office.held_on("2009-01-20") and office.held_on(None)
    assert not office.held_on("2009-01-21") and not office.held_on("2000")
    assert Office("C D", "FRA", "foreign_minister", "Foreign Minister", "government", "2017-05", None).held_on("2030")


def test_places_give_their_country():
    kb = load_kb()
    assert kb.place("Aleppo") == "SYR" and kb.place("Basra") == "IRQ" and kb.place("Calgary") == "CAN"
    assert kb.place("Florida") == "USA" and kb.place("Mosul") == "IRQ"
    assert kb.place("Tripoli") is None and kb.place("Birmingham") is None  # large namesakes abroad: no guess
    assert kb.place("Darfur") == "SDN" and kb.place("Crimea") == "UKR"  # regions.tsv
    assert kb.place("southern Lebanon") == "LBN" and kb.place("North-east Nigeria") == "NGA"
    assert kb.place("Independence") is None  # a town named by an ordinary English word
    assert kb.place("Kashmir") is None and kb.place("Nowhereville") is None


def test_family_name_first_leaders_are_found_by_their_family_name():
    kb = load_kb()
    assert "xi-jinping" in kb.by_surname["xi"]
    assert any(k.startswith("moon-") for k in kb.by_surname["moon"])
    assert not any(k.startswith("nguyen-") for k in kb.by_surname.get("nguyen", ()))  # Vietnam: the last word


def test_given_names_carry_their_usual_gender():
    from eventwire.nlp.kb import load_given_names

    names = load_given_names()
    assert names["theresa"] == "f" and names["donald"] == "m" and names["jose"] == "m"
    assert "kim" not in names and "jean" not in names  # names used for both are left out
