"""Event extraction on sentences written for these tests (fictional states Norland and Estmark where the
facts would otherwise be invented; real states only in generic statements)."""
import pytest

from eventwire.nlp.events import load_event_lexicon
from eventwire.nlp.pipeline import make_doc

pytestmark = pytest.mark.model
PUB = "2019-03-15"  # a Friday


def events(nlp, text, published=PUB):
    doc = nlp(make_doc(nlp, text, published))
    return doc._.eventwire_events


def dyads(evs):
    return {(e.source and (e.source.country or e.source.org), e.target and (e.target.country or e.target.org), e.root)
            for e in evs}


def test_sanctions_with_target_in_a_prepositional_phrase(nlp):
    evs = events(nlp, "The United States imposed new sanctions on Russia on Tuesday.")
    (e,) = [e for e in evs if e.root == "16"]
    assert (e.source.country, e.target.country, e.cameo) == ("USA", "RUS", "163")
    # the 2021 CAMEO->PLOVER table maps 163 to COERCE
    assert e.quad_class == 4 and e.goldstein is not None and e.plover_type == "COERCE"
    assert e.date == "2019-03-12" and e.date_precision == "day" and e.factuality == "asserted"
    assert "imposed" in e.trigger and e.sentence.startswith("The United States")


def test_target_named_inside_the_object(nlp):
    evs = events(nlp, "France expelled two Russian diplomats last month.")
    assert ("FRA", "RUS", "17") in dyads(evs)
    assert next(e for e in evs if e.root == "17").date == "2019-02"


def test_passive_gives_the_agent_as_source(nlp):
    evs = events(nlp, "The embassy in Ankara was attacked by Syrian forces.")
    assert any(e.source and e.source.country == "SYR" and e.root == "19" for e in evs)


def test_coordinated_subjects_meeting_is_reciprocal(nlp):
    evs = events(nlp, "China and India held talks in Geneva.")
    meet = [e for e in evs if e.root == "04"]
    assert {(e.source.country, e.target.country) for e in meet} & {("CHN", "IND"), ("IND", "CHN")}
    assert all(e.reciprocal for e in meet)


@pytest.mark.parametrize("sentence, factuality", [
    ("Germany will impose sanctions on Iran.", "future"),
    ("Germany plans to impose sanctions on Iran.", "future"),
    ("Germany could impose sanctions on Iran.", "hypothetical"),
    ("Germany threatened to impose sanctions on Iran.", "hypothetical"),
    ("Germany would impose sanctions on Iran if talks failed.", "hypothetical"),
    ("Germany did not impose sanctions on Iran.", "negated"),
    ("Germany refused to impose sanctions on Iran.", "negated"),
    ("Germany imposed sanctions on Iran.", "asserted"),
])
def test_factuality(nlp, sentence, factuality):
    evs = [e for e in events(nlp, sentence) if e.cameo == "163"]
    assert evs and evs[0].factuality == factuality, [(e.cameo, e.factuality) for e in evs]


def test_speech_acts_toward_an_actor_are_events_but_bare_statements_are_not(nlp):
    assert ("JPN", "PRK", "11") in dyads(events(nlp, "Japan condemned North Korea for the missile launch."))
    assert ("CAN", "ISR", "02") in dyads(events(nlp, "Canada urged Israel to halt the operation."))
    assert not events(nlp, "Brazil said the economy was growing faster than expected.")


def test_obligation_under_a_speech_verb_is_a_demand(nlp):
    evs = events(nlp, "Britain said Sudan must release the detained journalists.")
    assert ("GBR", "SDN", "10") in dyads(evs)


def test_events_in_reported_speech_carry_the_speaker(nlp):
    evs = events(nlp, "Norway said Sweden had expelled its ambassador.")
    e = next(e for e in evs if e.root == "17")
    assert e.reported_by == "Norway"


def test_nominal_predicate_with_possessive_source(nlp):
    evs = events(nlp, "Russia's annexation of Crimea was condemned in the West.")
    assert any(e.source and e.source.country == "RUS" and e.root == "19" for e in evs)


def test_no_actor_no_event(nlp):
    assert not events(nlp, "Prices rose sharply and the weather stayed cold.")


def test_org_actors_use_the_org_code(nlp):
    evs = events(nlp, "NATO criticized Belarus over the border closures.")
    assert ("NATO", "BLR", "11") in dyads(evs)


def test_lexicon_codes_are_valid_and_object_classes_known():
    lex = load_event_lexicon()
    assert lex.verbs["impose"] and lex.nouns["sanction"]
    assert lex.lookup("impose", "V", {"sanctions"}, set()).cameo == "163"
    assert lex.lookup("meet", "V", set(), {"with"}).cameo.startswith("04")
