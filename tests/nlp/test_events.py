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
    assert ("FRA", "RUS", "16") in dyads(evs)  # expelling diplomats reduces relations (161)
    assert next(e for e in evs if e.root == "16").date == "2019-02"


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
    e = next(e for e in evs if e.root == "16")
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


def test_unnamed_people_as_target_belong_to_the_source_country(nlp):
    assert ("EGY", "EGY", "17") in dyads(events(nlp, "Egyptian police dispersed the demonstrators with tear gas."))


def test_protest_with_no_target_is_domestic(nlp):
    assert ("KEN", "KEN", "14") in dyads(events(nlp, "Kenyan protesters rallied outside parliament on Tuesday."))


@pytest.mark.parametrize("sentence, cameo", [
    ("Estonia appealed for humanitarian aid after the floods.", "023"),  # the noun after "for" refines
    ("The European Union called for a ceasefire in Libya.", "0256"),
    ("Chile lifted the state of emergency on Monday.", "0814"),  # an object list of the row's own ("=...")
    ("Britain recalled its ambassador from Iran.", "161"),
])
def test_objects_refine_the_code(nlp, sentence, cameo):
    assert cameo in {e.cameo for e in events(nlp, sentence)}


def test_a_reaction_is_aimed_at_the_action_that_drew_it(nlp):
    evs = events(nlp, "Iran tested a missile on Sunday, prompting new sanctions from the European Union.")
    assert ("EU", "IRN", "16") in dyads(evs)


def test_the_condition_of_a_threat_names_its_target(nlp):
    evs = events(nlp, "Russia threatened to quit the talks if the United States deployed new missiles.")
    assert ("RUS", "USA", "13") in dyads(evs)


def test_stance_participle_is_not_a_passive(nlp):
    # opposing mediation is rejecting it (126), and the stance is Israel's own, not done to it
    assert ("ISR", "FRA", "12") in dyads(events(nlp, "Israel is opposed to French mediation in the talks."))


@pytest.mark.parametrize("sentence, expected", [
    ("Sanctions were imposed on Iran by the European Union.", ("EU", "IRN", "16")),
    ("Evidence against Iran was presented by Israel.", ("ISR", "IRN", "11")),
])
def test_the_patient_of_a_passive_refines_the_code(nlp, sentence, expected):
    assert expected in dyads(events(nlp, sentence))


@pytest.mark.parametrize("sentence", [
    "Officials accused of corruption in Peru were questioned.",  # a description, nobody acting
    "The senator lashed out.",  # a position toward nobody and nothing
    "The company released its annual report on Tuesday.",  # released no actor
    "It was an invasion of privacy, France said.",  # a characterisation
])
def test_no_event(nlp, sentence):
    assert not events(nlp, sentence), [(e.cameo, e.trigger) for e in events(nlp, sentence)]


def test_person_takes_the_country_named_beside_them(nlp):
    assert ("GAB", "FRA", "11") in dyads(events(nlp, "President Ali Bongo of Gabon criticized France."))


def test_agreeing_to_act_is_intent_and_the_act_is_future(nlp):
    evs = events(nlp, "Turkey agreed to release the detained German journalists.")
    assert {(e.cameo, e.factuality) for e in evs} >= {("030", "asserted"), ("0841", "future")}


def test_subject_of_face_is_the_target(nlp):
    evs = events(nlp, "Canada faces pressure from the United States to raise its spending.")
    assert ("USA", "CAN", "10") in dyads(evs)


def test_people_protesting_demonstrate_and_governments_complain(nlp):
    assert ("KEN", "KEN", "14") in dyads(events(nlp, "Thousands of Kenyans gathered in Nairobi to protest the new tax law."))
    assert ("CHN", "JPN", "11") in dyads(events(nlp, "China protested to Japan over the visit."))


def test_compound_predicate_noun_takes_the_phrase_arguments(nlp):
    evs = events(nlp, "Norway launched a mediation effort between Colombia and the rebels.")
    assert ("NOR", "COL", "04") in dyads(evs)


def test_talks_between_two_parties_are_reciprocal(nlp):
    evs = [e for e in events(nlp, "Talks between Japan and South Korea ended without agreement.") if e.root == "04"]
    assert {(e.source.country, e.target.country) for e in evs} == {("JPN", "KOR"), ("KOR", "JPN")}
    assert all(e.reciprocal for e in evs)


def test_light_verb_takes_the_more_specific_code_of_its_noun(nlp):
    evs = events(nlp, "Israel mounted an invasion of southern Lebanon on Monday.")
    assert any(e.cameo == "192" and e.target and e.target.country == "LBN" for e in evs)


def test_domestic_action_in_a_named_place_targets_that_place(nlp):
    assert ("SRB", "MNE", "08") in dyads(events(nlp, "Serbia lifted the curfew in Montenegro."))


def test_ethnic_group_acts_as_part_of_the_country_it_lives_in(nlp):
    assert ("ROU", "ROU", "14") in dyads(events(nlp, "Ethnic Hungarians demonstrated in Romania on Sunday."))


def test_object_of_an_action_verb_is_not_done_by_its_subject(nlp):
    evs = events(nlp, "The Chadian parliament condemned the attack.")
    assert not any(e.root == "19" and e.source and e.source.country == "TCD" for e in evs)


def test_body_without_a_country_takes_the_one_named_beside_it(nlp):
    assert ("ISR", "IRN", "11") in dyads(events(nlp, "Israel's cabinet criticized Iran on Sunday."))


def test_a_meeting_with_nobody_is_no_event(nlp):
    assert not events(nlp, "Israel's cabinet met on Sunday.")


def test_first_person_in_a_quotation_is_its_speaker(nlp):
    evs = events(nlp, "“We have expelled the Russian ambassador,” the Estonian foreign minister Urmas Reinsalu said.")
    e = next(e for e in evs if e.root == "16")
    assert (e.source.country, e.target.country) == ("EST", "RUS") and e.reported_by == "Urmas Reinsalu"


def test_the_us_is_no_pronoun(nlp):
    assert ("USA", "RUS", "11") in dyads(events(nlp, "The US presented evidence against Russia."))


def test_warning_is_aimed_at_the_target_of_the_action_it_announces(nlp):
    evs = events(nlp, "France warned it could cut aid to Mali.")
    assert ("FRA", "MLI", "13") in dyads(evs)
    assert any(e.cameo == "162" and e.factuality == "hypothetical" for e in evs)


@pytest.mark.parametrize("sentence, cameo, factuality", [
    ("Russia denied meeting the Ukrainian envoy.", "040", "negated"),
    ("Egypt refused to meet Israel.", "040", "negated"),
    ("Putin is scheduled to meet Erdogan on Friday.", "040", "future"),
    ("Japan announced it would impose sanctions on North Korea.", "163", "future"),
    ("Pakistan never attacked India.", "190", "negated"),
])
def test_more_factuality(nlp, sentence, cameo, factuality):
    assert (cameo, factuality) in {(e.cameo, e.factuality) for e in events(nlp, sentence)}


def test_a_list_of_the_rows_own_beats_a_class(nlp):
    assert "124" in {e.cameo for e in events(nlp, "Iran rejected calls to release the British tanker.")}


@pytest.mark.parametrize("sentence, root", [
    ("Donald Trump attacked Senator Bob Corker on Twitter.", "11"),  # a person attacked: words
    ("Syria attacked Turkey on Monday.", "19"),  # a state attacked: arms
])
def test_attacking_a_person_is_criticism(nlp, sentence, root):
    assert root in {e.root for e in events(nlp, sentence)}


@pytest.mark.parametrize("sentence", [
    "The president fired his chief of staff on Friday.",  # dismissed, no weapon
    "The adviser requested anonymity to speak freely.",
    "Republicans offered new language to the bill.",
])
def test_office_and_procedure_verbs_are_no_events(nlp, sentence):
    assert not events(nlp, sentence), [(e.cameo, e.trigger) for e in events(nlp, sentence)]


@pytest.mark.parametrize("sentence, expected", [
    # unclaimed violence: unnamed attackers of the country where it happened
    ("A roadside bomb near the town of Kirkuk killed two policemen on Sunday.", ("IRQ", "IRQ", "1833")),
    ("Four tourists were killed by an explosive device outside the Syrian city of Homs.", ("SYR", None, "183")),
    ("Two Kenyan journalists were killed in a car bombing in Mogadishu.", ("SOM", "KEN", "1832")),
    # an attack noun's own actor
    ("Turkish drone strikes killed three fighters in northern Iraq.", ("TUR", None, "19")),
])
def test_an_attack_or_a_weapon_as_the_doer_of_violence(nlp, sentence, expected):
    src, tgt, code = expected
    evs = events(nlp, sentence)
    assert any((e.source and e.source.country) == src and (tgt is None or (e.target and e.target.country) == tgt)
               and e.cameo.startswith(code) for e in evs), [(e.source, e.target, e.cameo) for e in evs]


@pytest.mark.parametrize("sentence, root", [
    ("Gunmen killed six villagers in eastern Congo.", "18"),  # irregular attackers
    ("Rebels killed the deputy governor of Borno state in Nigeria.", "18"),  # an individual killed by no army
    ("Chinese troops killed four Indian soldiers in the clash.", "19"),  # armies fight
    ("Insurgents attacked an Afghan army base near the border.", "19"),
])
def test_unconventional_violence_and_military_force(nlp, sentence, root):
    roots = {e.root for e in events(nlp, sentence) if e.root in ("18", "19")}
    assert roots == {root}, roots


def test_a_place_named_with_a_nationality_gives_its_country(nlp):
    evs = events(nlp, "Police dispersed protesters in the Ethiopian town of Gondar.")
    assert ("ETH", "ETH", "17") in dyads(evs)


def test_an_anti_or_pro_prefix_names_a_stance_not_a_side(nlp):
    evs = events(nlp, "An anti-Iranian lawyer was attacked in Baghdad.")
    assert not any(e.target and e.target.country == "IRN" for e in evs)


def test_people_counted_by_a_quantity_protest_where_they_are(nlp):
    evs = events(nlp, "Thousands of workers blocked roads in the Chilean capital on Monday.")
    assert ("CHL", "CHL", "14") in dyads(evs)


def test_a_passive_arrest_with_nobody_named_is_done_by_the_state_of_the_place(nlp):
    evs = events(nlp, "A French aid worker was arrested in Turkey on Sunday.")
    assert ("TUR", "FRA", "17") in dyads(evs)


@pytest.mark.parametrize("sentence, cameo", [
    ("Unions in Portugal held a general strike on Friday.", "143"),
    ("Jailed activists in Bahrain began a hunger strike.", "142"),
    ("A Turkish drone strike hit a convoy in Syria.", "195"),
])
def test_a_noun_modifier_refines_the_code(nlp, sentence, cameo):
    assert cameo in {e.cameo for e in events(nlp, sentence)}, [(e.cameo, e.trigger) for e in events(nlp, sentence)]


def test_disapproval_is_aimed_at_what_it_is_about_not_at_its_addressee(nlp):
    evs = events(nlp, "Lebanon complained to the United Nations over Israeli air raids.")
    assert ("LBN", "ISR", "11") in dyads(evs)


def test_taking_part_in_an_action_is_the_action(nlp):
    evs = events(nlp, "Iran engaged in talks with the European Union on Monday.")
    assert ("IRN", "EU", "04") in dyads(evs)
    assert not any(e.root == "19" for e in evs)


def test_a_people_placed_by_its_own_phrase_belongs_there(nlp):
    evs = events(nlp, "The Hungarians of northern Serbia demanded autonomy from the government.")
    assert any(e.source and e.source.country == "SRB" and e.root == "10" for e in evs)


@pytest.mark.parametrize("sentence, expected", [
    ("Egypt reopened its border with Gaza on Monday.", ("EGY", "PSE", "08")),  # "re-" does again
    ("The Kurdistan Workers' Party issued a statement condemning Turkey.", ("TUR", "TUR", "11")),  # its author
    ("Rebels in Mali said they attacked a French convoy.", ("MLI", "FRA", "19")),  # "they": the rebels
    ("The Hizbollah movement welcomed the deal with Iran.", ("LBN", "IRN", "05")),  # an alias in the gazetteer
])
def test_sources_through_prefixes_statements_pronouns_and_aliases(nlp, sentence, expected):
    assert expected in dyads(events(nlp, sentence)), dyads(events(nlp, sentence))


@pytest.mark.parametrize("sentence, expected", [
    ("Peacekeeping troops from Ghana arrived in Mali on Monday.", ("GHA", "MLI", "074")),  # deployed, not visiting
    ("The Red Cross suspended aid deliveries in Yemen.", ("ICRC", "YEM", "162")),  # aid where it is delivered
    ("Two Iraqi bombers blew themselves up in Baghdad.", ("IRQ", "IRQ", "1831")),
])
def test_forces_arriving_aid_in_a_place_and_suicide_bombings(nlp, sentence, expected):
    src, tgt, code = expected
    assert any((e.source and (e.source.country or e.source.org)) == src and (e.target and e.target.country) == tgt
               and e.cameo == code for e in events(nlp, sentence)), [(e.source, e.target, e.cameo) for e in events(nlp, sentence)]


def test_the_outcome_of_an_attack_is_suffered_where_it_is_aimed(nlp):
    evs = events(nlp, "Turkish jets bombed Kurdish militant camps in northern Iraq, killing 20.")
    assert all(e.target and e.target.country == "IRQ" for e in evs if e.root in ("18", "19")), \
        [(e.trigger, e.target) for e in evs]


def test_something_reported_as_ongoing_is_dated_the_day_of_the_report(nlp):
    evs = events(nlp, "The minister said Norway was tightening sanctions on Russia.")
    e = next(e for e in evs if e.root == "16")
    assert e.date == PUB and e.factuality == "asserted"
# -- the coverage pass over the lexicon: one sentence per code, written for these tests
@pytest.mark.parametrize("sentence, cameo", [
    ("Turkey extradited the banker to Germany on Monday.", "063"),  # extraditions are judicial cooperation
    ("Pakistan handed over the suspects to India.", "063"),
    ("France sought the extradition of the former minister from Britain.", "0213"),
    ("Rebels detonated a car bomb outside the ministry in Kabul.", "1832"),
    ("A Taliban suicide bomber blew himself up near a police station in Afghanistan.", "1831"),
    ("The Syrian government allowed aid convoys into the besieged town.", "0863"),
    ("Iran admitted inspectors from the International Atomic Energy Agency on Sunday.", "0862"),
    ("Sudan expelled 13 aid agencies from Darfur.", "1663"),
    ("Egypt eased the curfew in Cairo on Saturday.", "0813"),
    ("Myanmar soldiers set fire to Rohingya villages in Rakhine state.", "1712"),
    ("Sudanese soldiers raped women in the village.", "1821"),
    ("The United States cut funding to the Palestinian Authority.", "1621"),
    ("China gave Pakistan a $2 billion loan.", "071"),
    ("North Korea halted missile tests.", "087"),
    ("Russia suspended its air strikes in Syria on Friday.", "087"),
    ("The Syrian army laid siege to the city of Aleppo.", "191"),
    ("Syrian forces used civilians as human shields.", "184"),
    ("The United Nations deployed peacekeepers to Mali.", "074"),
    ("Kenya contributed troops to the African Union mission in Somalia.", "074"),
    ("The Security Council called for humanitarian access to Aleppo.", "0255"),
    ("The Syrian army used sarin against rebels.", "2041"),
    ("Colombia and the FARC extended the ceasefire until January.", "0871"),
    ("A Turkish court sentenced the German journalist to life in prison.", "173"),
    ("Turkey lifted its state of emergency.", "0814"),
    ("The Venezuelan opposition called off the protest planned for Sunday.", "082"),
    ("Russia blamed Ukraine for the attack.", "1123"),
    ("Kosovo rejected the ceasefire.", "1246"),
    ("Colombian rebels laid down their weapons.", "0873"),
    ("Japan lowered tariffs on American beef.", "085"),
    ("Egypt closed the Al Jazeera bureau in Cairo.", "1721"),
    ("Britain dismissed the Russian allegations as absurd.", "016"),
    ("Germany expressed regret for the incident with Poland.", "055"),
])
def test_codes_of_the_coverage_pass(nlp, sentence, cameo):
    assert cameo in {e.cameo for e in events(nlp, sentence)}, [(e.cameo, e.trigger) for e in events(nlp, sentence)]


@pytest.mark.parametrize("sentence", [
    "I give China great credit for its help.",  # credit is praise, not a loan
    "He amassed wealth and fame before taking office.",  # amassing needs troops
    "Four Democrats are giving speeches in Philadelphia.",  # "in" is a place, not "give in"
    "Officials at the embassy did not respond to requests for comment.",  # a procedural request
    "There is no one I trust more to assume the responsibilities of this important office.",
    "The new law bars election spending by foreigners.",
])
def test_coverage_pass_rows_stay_out_of_ordinary_language(nlp, sentence):
    assert not [e for e in events(nlp, sentence) if e.factuality in ("asserted", "future")], \
        [(e.cameo, e.trigger) for e in events(nlp, sentence)]


def test_every_aid_verb_knows_every_kind_of_aid():
    """A verb with a row for aid of any kind has rows for economic and humanitarian aid too (those nouns left
    the generic class), so no verb loses "provided loans" or "sent food"."""
    lex = load_event_lexicon()
    for lemma, rows in lex.verbs.items():
        objects = {r.object for r in rows}
        if "aid" in objects and lemma not in ("expel", "kick", "allow", "permit", "let"):  # expelling aid agencies, letting aid in
            assert {"economic_aid", "humanitarian_aid"} <= objects, lemma


@pytest.mark.parametrize("sentence, cameo", [
    ("Syrian security forces opened fire and used tear gas on protesters.", "175"),
    ("The regime used poison gas against the rebels in Syria.", "2041"),
])
def test_tear_gas_is_repression_and_poison_gas_a_chemical_weapon(nlp, sentence, cameo):
    assert cameo in {e.cameo for e in events(nlp, sentence)}, [(e.cameo, e.trigger) for e in events(nlp, sentence)]


@pytest.mark.parametrize("sentence, expected", [
    # a stance toward an action is aimed at whoever did it
    ("The European Union condemned the arrest of the journalist by Belarus.", ("EU", "BLR", "11")),
    # a person before "'s" suffers an arrest; a state before it does the deed
    ("The European Union condemned opposition leader Maria Kolesnikova's arrest by Belarus.", ("BLR", None, "17")),
    # leaving an accord rejects it
    ("Washington announced its withdrawal from the nuclear accord with Iran.", ("USA", None, "12")),
])
def test_stances_toward_actions_and_who_suffers_or_does_a_nominal_action(nlp, sentence, expected):
    src, tgt, root = expected
    evs = events(nlp, sentence)
    assert any((e.source and (e.source.country or e.source.org)) == src and e.root == root and
               (tgt is None or (e.target and (e.target.country or e.target.org)) == tgt) for e in evs), \
        [(e.source, e.target, e.cameo) for e in evs]


@pytest.mark.parametrize("sentence, factuality", [
    ("No sanctions were imposed on Iran by the European Union.", "negated"),
])
def test_a_negated_patient_negates_the_action(nlp, sentence, factuality):
    evs = [e for e in events(nlp, sentence) if e.root == "16"]
    assert evs and evs[0].factuality == factuality, [(e.cameo, e.factuality) for e in evs]


def test_a_dateline_is_parsed_apart_but_kept_in_the_sentence(nlp):
    text = "OSLO (Reuters) - Norway expelled two Russian diplomats on Tuesday."
    evs = [e for e in events(nlp, text) if e.root == "16"]
    assert evs and evs[0].sentence.startswith("OSLO (Reuters) - Norway") and evs[0].start == 0
    assert (evs[0].source.country, evs[0].target.country) == ("NOR", "RUS")


@pytest.mark.parametrize("sentence, root", [
    ("Russia launched war games near the border with Ukraine.", "15"),  # games, not war
    ("Rebels detonated a car bomb outside the ministry in Kabul.", "18"),  # a car bomb refines the bombing
])
def test_an_objects_head_decides_its_kind_and_a_modifier_refines_it(nlp, sentence, root):
    assert root in {e.root for e in events(nlp, sentence)}, [(e.cameo, e.trigger) for e in events(nlp, sentence)]


def test_coordinated_parties_meet_each_other_not_the_occasion(nlp):
    evs = events(nlp, "Trump and Putin met on the sidelines of the APEC summit in Vietnam.", "2017-11-12")
    assert {(e.source.country, e.target.country) for e in evs if e.root == "04"} == {("USA", "RUS"), ("RUS", "USA")}


@pytest.mark.parametrize("sentence, expected", [
    ("Trump received a call from Putin on Sunday.", ("RUS", "USA", "04")),  # the caller calls
    ("Ukraine received military aid from Poland.", ("POL", "UKR", "07")),
    ("Norway angered Moscow by expelling two Russian diplomats.", ("NOR", "RUS", "16")),  # "by" + gerund
])
def test_givers_and_gerunds(nlp, sentence, expected):
    assert expected in dyads(events(nlp, sentence, "2017-12-18")), dyads(events(nlp, sentence, "2017-12-18"))


def test_holding_off_on_an_action_negates_it(nlp):
    evs = [e for e in events(nlp, "Washington has held off on imposing new sanctions on Chinese banks.") if e.root == "16"]
    assert evs and evs[0].factuality == "negated"


@pytest.mark.parametrize("sentence, expected", [
    ("Western nations, including France, have accused Russia of meddling.", ("FRA", "RUS", "11")),  # members named
    ("Russia, whose air force has been supporting the Syrian army, denied the report.", ("RUS", "SYR", "06")),
    ("Trump spoke on Monday. His administration has tightened travel restrictions on Cuba.", ("USA", "CUB", "16")),
    ("Canada protested on Monday. The government accused Iran of torture.", ("CAN", "IRN", "11")),
])
def test_members_relatives_and_governments_by_description(nlp, sentence, expected):
    assert expected in dyads(events(nlp, sentence, "2017-12-18")), dyads(events(nlp, sentence, "2017-12-18"))


def test_the_doer_of_a_deed_noun_is_no_target_and_a_prompted_actor_acts(nlp):
    evs = events(nlp, "The attack prompted Germany to launch German air strikes on a Syrian air base.")
    assert ("DEU", "SYR", "19") in dyads(evs), dyads(evs)


@pytest.mark.parametrize("sentence, expected, factuality", [
    ("The U.S. Senate committee backed new sanctions targeting Chinese banks.", ("USA", "CHN", "16"), "future"),
    ("The president's attack on Senator Jane Roe of Canada drew criticism.", None, None),
    ("Canadians are prohibited from providing loans to Iranian banks.", ("CAN", "IRN", "07"), "negated"),
])
def test_measures_backed_attacks_on_people_and_prohibitions(nlp, sentence, expected, factuality):
    evs = events(nlp, sentence, "2017-11-08")
    if expected is None:
        assert not any(e.root == "19" for e in evs), [(e.cameo, e.trigger) for e in evs]
        return
    hits = [e for e in evs if ((e.source and e.source.country), (e.target and e.target.country), e.root) == expected]
    assert hits and hits[0].factuality == factuality, [(e.source, e.target, e.cameo, e.factuality) for e in evs]


@pytest.mark.parametrize("sentence, cameo, factuality", [
    ("There could be an opportunity for talks between Japan and China.", "04", "hypothetical"),
    ("The committee acted just before Macron visits Beijing.", "04", "future"),
    ("Norway offered to mediate the border dispute.", "04", "hypothetical"),
])
def test_possibilities_times_to_come_and_offers(nlp, sentence, cameo, factuality):
    evs = [e for e in events(nlp, sentence, "2017-11-08") if e.root == cameo]
    assert evs and {e.factuality for e in evs} == {factuality}, [(e.cameo, e.factuality, e.trigger) for e in evs]


@pytest.mark.parametrize("sentence, expected", [
    ("Lavrov told Tillerson by phone on Thursday that the plan was unacceptable.", ("RUS", "USA", "04")),
    ("The Kenyan embassy said the accusations by Uganda were baseless.", ("KEN", "UGA", "01")),
    ("The Chilean decision to cancel the visits of Peruvian delegations hurt ties.", ("CHL", "PER", "16")),
    ("China was angered by the U.S. decision to sell arms to Taiwan.", ("CHN", "USA", "11")),
    ("Canada stopped short of accusing Moscow of meddling.", ("CAN", "RUS", "11")),
])
def test_calls_denials_decisions_and_displeasure(nlp, sentence, expected):
    assert expected in dyads(events(nlp, sentence, "2017-11-02")), dyads(events(nlp, sentence, "2017-11-02"))


def test_a_characterisation_is_no_call(nlp):
    evs = events(nlp, "Trump called negotiations with North Korea a waste of time.", "2017-11-02")
    assert not any(e.cameo == "041" for e in evs)


@pytest.mark.parametrize("sentence, expected", [
    ("In May, a translator at the Norwegian embassy in southern Turkey was arrested.", ("TUR", "NOR", "17")),
    ("The fate of Turkish citizens arrested in the United States was discussed.", ("USA", "TUR", "17")),
    ("Egypt condemned missile attacks by Yemen's Houthi militias on Saudi Arabia.", ("YEM", "SAU", "19")),
])
def test_arrests_where_the_arrested_are_and_attacks_hung_on_their_doer(nlp, sentence, expected):
    assert expected in dyads(events(nlp, sentence, "2017-11-09")), dyads(events(nlp, sentence, "2017-11-09"))


def test_a_report_in_the_simple_past_keeps_the_day_of_the_last_dated_action(nlp):
    text = ("Jim Mattis met Pakistani leaders on Monday. Mattis also met with officials from the Pakistani army. "
            "Mattis had visited India in 2016.")
    evs = events(nlp, text, "2017-12-06")
    assert [e.date for e in evs if e.root == "04"][:2] == ["2017-12-04", "2017-12-04"]
    assert all(e.date != "2017-12-04" for e in evs if "visited" in e.trigger)


def test_a_stance_told_in_what_is_said_is_the_news_of_the_day(nlp):
    text = ("U.S. senators are in Myanmar this week. The senators also said they were disturbed by the army's "
            "crackdown in Myanmar. Peskov brushed aside any suggestion by Britain that Russia had tried to reach "
            "Trump through an adviser, who it was announced on Monday had pleaded guilty in October. The senators said they "
            "had criticised Myanmar.")
    evs = events(nlp, text, "2017-11-22")
    assert any(e.trigger == "disturbed" and e.date == "2017-11-22" for e in evs), [(e.trigger, e.date) for e in evs]
    assert any(e.trigger.startswith("brushed") and e.date == "2017-11-22" for e in evs), \
        [(e.trigger, e.date) for e in evs]
    assert all(e.date is None for e in evs if "criticised" in e.trigger)  # the pluperfect tells background


def test_a_when_clause_happens_at_the_time_of_its_main_clause(nlp):
    evs = events(nlp, "Japan avoided a quarrel on Sunday when Prime Minister Shinzo Abe met Chinese leaders.",
                 "2017-11-14")
    assert any(e.root == "04" and e.date == "2017-11-12" for e in evs), [(e.trigger, e.date) for e in evs]


@pytest.mark.parametrize("sentence, expected", [
    ("The inquiry by Sweden found that the Syrian government was to blame for the attack.", ("SWE", "SYR", "11")),
    ("The Cuban delegation expressed deep concern over decisions adopted by the U.S.", ("CUB", "USA", "11")),
    ("Pakistani officials have pushed back on the U.S. accusations.", ("PAK", None, "12")),
])
def test_blame_concern_and_pushing_back(nlp, sentence, expected):
    src, tgt, root = expected
    evs = events(nlp, sentence, "2017-11-09")
    assert any((e.source and e.source.country) == src and e.root == root and
               (tgt is None or (e.target and e.target.country) == tgt) for e in evs), dyads(evs)


@pytest.mark.parametrize("sentence, expected", [
    ("The U.S.-led coalition attacked Raqqa on Monday.", ("USA", "SYR", "19")),  # the leader of the coalition
    ("Forces of the Saudi-led coalition shelled Houthi positions in Yemen.", ("SAU", "YEM", "19")),
])
def test_a_led_coalition_is_its_leader(nlp, sentence, expected):
    assert expected in dyads(events(nlp, sentence, "2017-11-08")), dyads(events(nlp, sentence, "2017-11-08"))


def test_it_after_an_unresolved_body_is_no_earlier_actor(nlp):
    evs = events(nlp, "Iran denied the report. The coalition closed the ports on Monday. It also attacked the city "
                      "of Sanaa.", "2017-11-08")
    assert not any(e.source and e.source.country == "IRN" and e.root in ("18", "19") for e in evs)


@pytest.mark.parametrize("text", [
    "Two Republicans in the U.S. Congress said on Monday that they would block the bill.",
    "Norland protested on Monday, and two lawmakers in the U.S. Congress said they would act.",
])
def test_no_sentence_break_after_an_abbreviation_inside_a_noun_phrase(nlp, text):
    doc = nlp(make_doc(nlp, text, PUB))
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


def test_a_sentence_may_still_end_on_an_abbreviation(nlp):
    doc = nlp(make_doc(nlp, "The minister flew to the U.S. She met the envoy there.", PUB))
    assert len(list(doc.sents)) == 2, [s.text for s in doc.sents]


@pytest.mark.parametrize("sentence, code", [
    ("The French foreign minister said on Monday that Germany's position was a problem.", "111"),
    ("France said on Monday that the seizure of the tanker by Germany was illegal.", "111"),
    ("The French president said Germany's supply of rockets to the rebels was an act of aggression.", "1123"),
    ("France said the border raids were a reaction to what it called German aggression.", "1123"),
    ("France on Monday described Germany's border operations as a textbook case of ethnic cleansing.", "1122"),
    ("France regards the German decision as a mistake.", "111"),
])
def test_finding_fault_with_an_actor_is_criticism_or_accusation(nlp, sentence, code):
    evs = [e for e in events(nlp, sentence) if e.root == "11"]
    assert any((e.source.country, e.target and e.target.country, e.cameo) == ("FRA", "DEU", code) for e in evs), \
        [(e.source, e.target, e.cameo) for e in events(nlp, sentence)]


@pytest.mark.parametrize("sentence", [
    "France said on Monday that Germany's position was not a problem.",
    "France said on Monday that the accusations by Germany were baseless.",  # a denial, not criticism
    "France said on Monday that the weather was a problem for the talks.",
])
def test_no_criticism_without_fault_found_with_an_actor(nlp, sentence):
    assert not [e for e in events(nlp, sentence) if e.root == "11" and e.source.country == "FRA"]


def test_a_warning_that_characterises_is_not_a_threat(nlp):
    evs = events(nlp, "France warned on Monday that Germany's missile programme is a threat to the region.")
    assert any(e.root == "11" for e in evs) and not any(e.root == "13" for e in evs), \
        [(e.cameo, e.trigger) for e in evs]


def test_the_coalition_and_the_country_are_the_ones_named_before(nlp):
    text = ("The Saudi-led coalition said on Monday it had shot down a missile launched from Yemen. "
            "The coalition then closed the ports of the war-torn country. "
            "On Tuesday the United Nations urged the coalition to reopen them.")
    found = dyads(events(nlp, text))
    assert ("SAU", "YEM", "16") in found, found
    assert ("UN", "SAU", "02") in found or ("UN", "SAU", "10") in found, found


def test_a_named_body_is_not_its_leader(nlp):
    evs = events(nlp, "President Donald Trump visited the U.S.-led NATO alliance in Brussels in May 2017.",
                 "2017-12-06")
    assert ("USA", "NATO", "04") in dyads(evs), dyads(evs)


def test_a_wrong_reported_of_another_is_an_accusation_dated_when_said(nlp):
    evs = events(nlp, "France said on Tuesday that German troops had attacked Belgian border posts in June.")
    accusations = [e for e in evs if e.root == "11"]
    assert [(e.source.country, e.target.country, e.cameo, e.date) for e in accusations] == \
        [("FRA", "DEU", "1123", "2019-03-12")]
    assert any((e.source.country, e.target.country, e.root) == ("DEU", "BEL", "19") for e in evs)


def test_a_wrong_one_reports_of_ones_own_side_is_no_accusation(nlp):
    evs = events(nlp, "France said on Tuesday that its troops had attacked rebel camps in Mali.")
    assert not [e for e in evs if e.root == "11"], [(e.cameo, e.source, e.target) for e in evs]


def test_interference_is_aimed_at_whose_affairs_it_is_and_done_by_the_accused(nlp):
    evs = events(nlp, "Sweden accused Russia of trying to meddle in its elections.")
    assert ("SWE", "RUS", "11") in dyads(evs)
    (e,) = [e for e in evs if e.root == "17"]
    assert (e.source.country, e.target.country, e.cameo, e.factuality) == ("RUS", "SWE", "170", "hypothetical")
    assert ("RUS", "USA", "17") in dyads(events(nlp, "Russia interfered in the U.S. election."))


def test_the_one_angered_disapproves_of_whoever_angered_it(nlp):
    evs = events(nlp, "Washington angered Beijing with its naval patrols.")
    assert ("CHN", "USA", "11") in dyads(evs) and ("USA", "CHN", "11") not in dyads(evs), dyads(evs)
    assert not [e for e in events(nlp, "The decision upset the balance of the talks.") if e.root == "11"]


def test_saying_one_did_no_wrong_is_a_denial(nlp):
    evs = events(nlp, "Russia said on Tuesday that it had never interfered in the French election.")
    assert any((e.source.country, e.target and e.target.country, e.cameo, e.factuality) ==
               ("RUS", "FRA", "016", "asserted") for e in evs), [(e.cameo, e.source, e.target) for e in evs]
    # another's wrong, said not to have happened, is no denial by the speaker
    evs = events(nlp, "France said on Tuesday that Russia had not interfered in the election.")
    assert not [e for e in evs if e.cameo == "016"]


def test_saying_ones_own_campaign_did_not_collude_is_a_denial(nlp):
    # fictional politician
    evs = events(nlp, "Norwegian Prime Minister Ola Nordmann said his campaign did not collude with Sweden.")
    assert any(e.source.country == "NOR" and e.cameo == "016" and e.factuality == "asserted" for e in evs), \
        [(e.cameo, e.source, e.factuality) for e in evs]


@pytest.mark.parametrize("sentence", [
    "Allegations that Norway meddled in the Swedish election have strained ties.",
    "The committee is examining accusations of Norwegian meddling in the Swedish election.",
])
def test_an_alleged_wrong_is_not_told_as_done(nlp, sentence):
    wrongs = [e for e in events(nlp, sentence) if e.root == "17"]
    assert wrongs and all(e.factuality == "hypothetical" for e in wrongs), [(e.cameo, e.factuality) for e in wrongs]


@pytest.mark.parametrize("sentence, root", [
    ("Several Asian leaders joined the Japanese prime minister at a dinner in Manila.", "04"),
    ("Riot police used water cannon against protesters in Caracas on Sunday.", "17"),
    ("Japanese officials contacted the Chinese embassy on Monday.", "04"),
    ("The French envoy was in contact with the Iranian foreign ministry.", "04"),
    ("The Japanese prime minister had dinner with the Chinese foreign minister on Sunday.", "04"),
    ("The French envoy had a frank exchange with the Iranian foreign minister on Monday.", "04"),
    ("The Japanese prime minister spoke at a news conference with the Indian prime minister.", "04"),
    ("The French defence minister flew into Tokyo for two days of talks.", "04"),
    ("France said on Monday it would convey that message to the European Union.", "01"),
])
def test_meeting_by_joining_and_repression_by_water_cannon(nlp, sentence, root):
    assert root in {e.root for e in events(nlp, sentence)}, [(e.cameo, e.trigger) for e in events(nlp, sentence)]


def test_his_meeting_is_the_meeting_of_the_man_named_before(nlp):
    text = ("The Canadian prime minister, Justin Trudeau, spoke on Tuesday. "
            "He told reporters that during his meeting with Rodrigo Duterte the two leaders discussed drugs.")
    evs = [e for e in events(nlp, text, "2017-11-14") if e.trigger == "meeting"]
    assert [(e.source.country, e.target.country) for e in evs] == [("CAN", "PHL")], \
        [(e.source, e.target) for e in evs]


def test_the_two_sides_are_the_two_who_just_met(nlp):
    text = ("The French president met the German chancellor in Paris on Monday. "
            "A joint statement said the two sides agreed to deepen cooperation on defence.")
    found = {(e.source.country, e.target and e.target.country, e.root) for e in events(nlp, text)
             if e.trigger == "agreed"}
    assert found == {("FRA", "DEU", "03"), ("DEU", "FRA", "03")}, found


def test_a_title_is_matched_as_a_word(nlp):
    # "side" is inside "president" but names no president
    text = "President Donald Trump spoke on Monday. The other side rejected the plan."
    assert not [e for e in events(nlp, text, "2017-11-14") if e.source and e.source.country == "USA"
                and e.root == "12"]


def test_a_mission_stands_for_the_state_it_represents(nlp):
    evs = events(nlp, "The French foreign minister phoned the U.N. missions of Uruguay and Malaysia on Friday.")
    assert ("FRA", "URY", "04") in dyads(evs), dyads(evs)


def test_the_government_in_an_article_about_one_country_is_its_government(nlp):
    text = ("Honduras held a presidential election last week. The count in Honduras was slow, and Honduras "
            "remains tense. Former U.S. President Barack Obama spoke on Monday. Opposition leaders in Honduras "
            "have accused the government of stealing the election.")
    evs = [e for e in events(nlp, text, "2017-12-04") if e.root == "11"]
    assert evs and all(e.target.country == "HND" for e in evs), [(e.source, e.target) for e in evs]


def test_he_is_the_person_named_before_in_the_sentence_when_no_person_is_its_subject(nlp):
    text = ("Canada's prime minister Justin Trudeau raised human rights with Rodrigo Duterte. "
            "Reporters asked about Trump, and little was said by Trump after he met Duterte on Monday.")
    evs = [e for e in events(nlp, text, "2017-11-14") if e.trigger == "met"]
    assert [(e.source.country, e.target.country) for e in evs] == [("USA", "PHL")]


def test_a_stance_taken_at_a_meeting_is_toward_the_other_party(nlp):
    text = ("At talks with Turkish Prime Minister Binali Yildirim on Thursday, the U.S. envoy raised concern over "
            "the detentions and urged due process.")
    evs = [e for e in events(nlp, text, "2017-11-10") if e.root == "02"]
    assert [(e.source.country, e.target.country) for e in evs] == [("USA", "TUR")], [(e.source, e.target) for e in evs]


def test_the_lead_of_a_report_and_undated_speech_are_the_news_of_the_day(nlp):
    text = ("OSLO (Reuters) - The Norwegian prime minister criticised Sweden's government at the end of a summit. "
            "In 2016 he had praised it. The White House criticised Oslo in a statement.")
    evs = events(nlp, text, "2017-11-14")
    lead = [e for e in evs if e.trigger.startswith("criticised gov")]
    assert lead and lead[0].date == "2017-11-14", [(e.trigger, e.date) for e in evs]
    assert [e.date for e in evs if e.trigger == "criticised"] == ["2017-11-14"]


def test_the_year_of_the_occasion_an_action_happened_in(nlp):
    evs = [e for e in events(nlp, "Israel captured the Golan Heights during the 1967 Middle East war.", "2017-11-30")
           if e.root == "19"]
    assert evs and evs[0].date == "1967" and evs[0].date_precision == "year"


def test_a_subject_pronoun_in_what_is_pledged_is_the_one_who_pledged(nlp):
    text = ("State Department spokeswoman Heather Nauert spoke on Monday. In 2016 Donald Trump promised on the "
            "campaign trail that he would relocate the embassy to Jerusalem.")
    evs = [e for e in events(nlp, text, "2017-11-30") if e.trigger.startswith("promised")]
    assert evs and all(not (e.target and e.target.name == "Heather Nauert") for e in evs), \
        [(e.source, e.target) for e in evs]


def test_each_coordinated_target_is_a_target(nlp):
    evs = events(nlp, "France said on Monday it would cooperate with Ghana and Togo on border security.")
    assert {("FRA", "GHA", "06"), ("FRA", "TGO", "06")} <= dyads(evs), dyads(evs)


def test_telling_an_actor_is_a_statement_to_it_but_telling_reporters_is_not(nlp):
    evs = events(nlp, "The French foreign minister told a German diplomat on Monday that the talks had failed.")
    assert ("FRA", "DEU", "01") in dyads(evs), dyads(evs)
    assert not [e for e in events(nlp, "France told reporters on Monday that the talks had failed.")
                if e.root == "01"]


@pytest.mark.parametrize("sentence, want", [
    ("France has called the allegations a hoax.", ("FRA", "016")),
    ("France said it was deeply disturbed by German attacks on civilians.", ("FRA", "110")),
    ("France was generous in its praise of Germany.", ("FRA", "051")),
    ("In September France ended the protected status of Haitian citizens.", ("FRA", "160")),
])
def test_denial_displeasure_praise_and_ended_status(nlp, sentence, want):
    evs = events(nlp, sentence)
    assert any((e.source.country, e.cameo) == want for e in evs), [(e.source, e.target, e.cameo) for e in evs]


def test_nominal_interference_is_aimed_at_whose_election_it_is(nlp):
    evs = [e for e in events(nlp, "Russian interference in the French election angered Paris.") if e.root == "17"]
    assert [(e.source.country, e.target.country) for e in evs] == [("RUS", "FRA")]


def test_an_action_named_by_a_threat_or_plan_takes_its_modality_and_target(nlp):
    evs = events(nlp, "The French threat to expel German diplomats angered Berlin.")
    threat = [e for e in evs if e.root == "13"]
    assert threat and threat[0].target.country == "DEU", [(e.cameo, e.target) for e in evs]
    assert all(e.factuality == "hypothetical" for e in evs if e.root == "16")
    assert [e.factuality for e in events(nlp, "France announced a plan to expel German diplomats.")
            if e.root == "16"] == ["future"]


def test_no_accusation_of_authorities_only_taken_to_have_acted(nlp):
    evs = events(nlp, "The Justice Department said a former official was detained in Hong Kong last week.")
    assert not [e for e in evs if e.root == "11"], [(e.cameo, e.source, e.target) for e in evs]


def test_days_earlier_are_counted_from_the_day_mentioned_before(nlp):
    text = ("On Wednesday, France criticised Germany over the vote. Two days earlier, Germany vetoed the "
            "French proposal.")
    evs = [e for e in events(nlp, text, "2017-11-03") if e.trigger.startswith("vetoed")]
    assert [e.date for e in evs] == ["2017-10-30"], [(e.trigger, e.date) for e in evs]


def test_proposed_actions_are_future_and_a_noun_accuses_only_its_own_doer(nlp):
    proposed = [e for e in events(nlp, "French lawmakers proposed new sanctions on Iran on Monday.") if e.root == "16"]
    assert [(e.factuality, e.date) for e in proposed] == [("future", "2019-03-11")]  # proposed on the Monday before
    evs = events(nlp, "Germany said France would answer such attacks together with its partners.")
    assert not [e for e in evs if e.root == "11"], [(e.cameo, e.source, e.target) for e in evs]


def test_an_official_the_files_do_not_know_acts_for_the_country_of_the_dateline(nlp):
    # a fictional official: the files cannot know him, the dateline places the report
    text = ("WASHINGTON (Reuters) - Deputy Secretary of State Mark Hallworth met Norway's foreign minister on "
            "Monday, ahead of talks with Sweden and Denmark.")
    evs = [e for e in events(nlp, text) if e.root == "04"]
    assert [(e.source.name, e.source.country) for e in evs] == [("Mark Hallworth", "USA")]


@pytest.mark.parametrize("sentence", [
    "Norway demanded that Sweden lift the restrictions on fishing boats.",
    "Norway repeated its demand that Sweden lift the restrictions on fishing boats.",
])
def test_an_action_demanded_in_a_that_clause_is_not_done(nlp, sentence):
    evs = events(nlp, sentence)
    assert ("NOR", "SWE", "10") in dyads(evs)  # the demand, aimed at the one asked to act
    lifted = [e for e in evs if e.source and e.source.country == "SWE"]
    assert lifted and all(e.factuality == "hypothetical" for e in lifted)


def test_a_call_for_an_actor_to_act_is_aimed_at_that_actor(nlp):
    evs = events(nlp, "Norway renewed its call for Sweden to lift the restrictions on fishing boats.")
    assert ("NOR", "SWE", "02") in dyads(evs)


def test_a_reported_that_clause_keeps_its_own_modality(nlp):
    evs = events(nlp, "Norway said that Sweden lifted the restrictions on fishing boats.")
    assert all(e.factuality == "asserted" for e in evs if e.source and e.source.country == "SWE")


@pytest.mark.parametrize("sentence", [
    "Norway has traded insults with Sweden for weeks.",
    "Norway and Sweden traded accusations on Friday.",
])
def test_trading_insults_is_done_by_each_side_to_the_other(nlp, sentence):
    found = [e for e in events(nlp, sentence) if e.root == "11"]
    assert {(e.source.country, e.target.country) for e in found} == {("NOR", "SWE"), ("SWE", "NOR")}
    assert all(e.reciprocal for e in found)


def test_each_country_of_a_coordinated_phrase_inside_the_object_is_a_target(nlp):
    evs = events(nlp, "Norway banned travel from Sweden and Finland on Friday.")
    assert {("NOR", "SWE", "17"), ("NOR", "FIN", "17")} <= dyads(evs)


@pytest.mark.parametrize("sentence, cameo, factuality", [
    ("Norway began to scale back its visa services in Sweden in January.", "160", "asserted"),
    ("Norway said it would restart visa services in Sweden.", "081", "future"),
    ("The Norwegian prime minister fired back at Sweden over the remarks.", "111", "asserted"),
    # backing away from a demand yields; encouraging people of a country (with no "to" of its own) appeals
    ("Norway is backing away from its hard line on Sweden.", "080", "asserted"),
    ("Norway's prime minister spoke on Friday, encouraging Swedes who travel to apply early.", "020", "asserted"),
])
def test_visas_and_retorts(nlp, sentence, cameo, factuality):
    (e,) = [e for e in events(nlp, sentence) if e.target and e.target.country == "SWE"]
    assert (e.cameo, e.factuality) == (cameo, factuality)


def test_a_reaction_drawn_from_an_actor_is_that_actor_s(nlp):
    evs = events(nlp, "Norway cut its visa services on Friday, drawing an angry reaction from Sweden.")
    assert ("SWE", "NOR", "11") in dyads(evs)


def test_leaving_one_place_for_another(nlp):
    evs = events(nlp, "The Norwegian prime minister left Stockholm on Friday for a summit in Finland.")
    assert {("NOR", "FIN", "04"), ("NOR", "SWE", "04")} <= dyads(evs)
    assert all(e.target.org is None for e in evs if e.target)  # the summit is the occasion, not a party


def test_a_visit_placed_in_time_has_the_clause_subject_as_visitor_and_the_press_is_no_target(nlp):
    evs = events(nlp, "The Norwegian prime minister spoke to reporters in Oslo at the end of a visit to Sweden and "
                      "Finland.")
    assert dyads(evs) == {("NOR", "SWE", "04"), ("NOR", "FIN", "04")}


@pytest.mark.parametrize("sentence", [
    "The Norwegian prime minister leaves on Monday for a visit to Sweden.",  # PUB is a Friday
    "The talks come ahead of the Norwegian prime minister's visit to Sweden next month.",
])
def test_an_action_told_as_a_fact_but_dated_after_the_report_is_to_come(nlp, sentence):
    (e, *_) = [e for e in events(nlp, sentence) if e.target and e.target.country == "SWE" and e.date]
    assert e.factuality == "future" and e.date > PUB[:len(e.date)]


@pytest.mark.parametrize("sentence, expected", [
    ("The Norwegian government was critical of Sweden on Friday.", ("NOR", "SWE", "11")),
    ("Norway said it was deeply concerned about the Swedish tests.", ("NOR", "SWE", "11")),
    ("The Norwegian foreign minister is an outspoken critic of Sweden.", ("NOR", "SWE", "11")),
])
def test_stances_told_by_an_adjective_or_a_noun_after_be(nlp, sentence, expected):
    assert expected in dyads(events(nlp, sentence))


def test_an_adjective_of_stance_with_no_one_it_is_toward_is_no_event(nlp):
    assert not [e for e in events(nlp, "The Norwegian decision is critical for the economy.") if e.root == "11"]


def test_meddling_in_an_election_no_country_is_named_for_is_in_the_dateline_country(nlp):
    evs = events(nlp, "OSLO (Reuters) - Sweden has denied meddling in the presidential election. Norwegian officials "
                      "said Sweden interfered in last year's election.")
    assert ("SWE", "NOR", "01") in dyads(evs)  # the denial, toward those the meddling was done to
    assert ("SWE", "NOR", "17") in dyads(evs)


def test_a_region_is_a_place_of_its_country(nlp):
    evs = events(nlp, "Russia annexed Crimea in 2014.")
    assert ("RUS", "UKR", "19") in dyads(evs)


def test_pressure_in_the_circumstances_of_an_act_is_on_the_one_who_acts(nlp):
    evs = events(nlp, "Sweden abstained in the vote, despite heavy pressure from Norway.")
    assert ("NOR", "SWE", "10") in dyads(evs)


def test_a_stance_told_in_what_is_said_is_dated_when_it_is_said(nlp):
    evs = events(nlp, "Norwegian lawmakers said on Tuesday they were disturbed by the January crackdown of Sweden's "
                      "police on protesters.")
    (e,) = [e for e in evs if e.target and e.target.country == "SWE"]
    assert e.date == "2019-03-12"  # the Tuesday before PUB, not the protests' month


def test_coordinated_objects_of_other_kinds_are_events_of_their_own(nlp):
    found = {(e.source.country, e.target.country, e.root) for e in events(
        nlp, "Norway has traded insults and threats with Sweden.") if e.target}
    assert {("NOR", "SWE", "11"), ("NOR", "SWE", "13"), ("SWE", "NOR", "11"), ("SWE", "NOR", "13")} <= found


def test_taking_a_swipe_at_an_actor_is_criticism(nlp):
    assert ("NOR", "SWE", "11") in dyads(events(nlp, "The Norwegian prime minister took a swipe at Sweden."))


def test_the_source_s_own_country_as_a_possessor_in_the_object_is_no_target(nlp):
    evs = events(nlp, "The Norwegian prime minister threatened to use Norway's full military power against Sweden.")
    assert ("NOR", "SWE", "13") in dyads(evs) and ("NOR", "NOR", "13") not in dyads(evs)


@pytest.mark.parametrize("sentence, factuality", [
    ("Norwegian Prime Minister Ola Nordmann spoke at the end of a tour that took him to Sweden and Finland.",
     "asserted"),  # a fictional minister
    ("The tour will take Norwegian Prime Minister Ola Nordmann to Sweden and Finland.", "future"),
])
def test_a_trip_that_takes_someone_somewhere_is_a_visit_to_each_place(nlp, sentence, factuality):
    found = [e for e in events(nlp, sentence) if e.root == "04"]
    assert {(e.source.country, e.target.country) for e in found} == {("NOR", "SWE"), ("NOR", "FIN")}
    assert {e.factuality for e in found} == {factuality}


def test_taking_time_is_no_trip(nlp):
    assert not events(nlp, "It will take Norway years to rebuild the bridge to Sweden.")


def test_a_news_outlet_reports_and_is_no_party(nlp):
    assert not [e for e in events(nlp, "Reuters has not independently verified the accusations against Sweden.")
                if e.source and e.source.name == "Reuters"]


def test_mediating_between_two_parties_is_toward_each(nlp):
    found = {(e.target.country, e.root) for e in events(nlp, "Norway offered to mediate between Sweden and Finland.")
             if e.target}
    assert {("SWE", "04"), ("FIN", "04")} <= found


def test_european_allies_are_the_european_union(nlp):
    evs = events(nlp, "Norway's prime minister praised European allies for their help.")
    assert ("NOR", "EU", "05") in dyads(evs)


@pytest.mark.parametrize("sentence", [
    "During his first visit to Sweden, the Norwegian prime minister will meet the Swedish king.",
    "When the Norwegian prime minister visits Sweden, he will meet the Swedish king.",
])
def test_an_occasion_of_what_is_to_come_is_to_come(nlp, sentence):
    found = [e for e in events(nlp, sentence) if e.root == "04"]
    assert found and all(e.factuality == "future" for e in found)


def test_an_occasion_of_what_was_done_stays_asserted(nlp):
    found = [e for e in events(nlp, "Norway discussed fishing during its meeting with Sweden.") if e.root == "04"]
    assert found and all(e.factuality == "asserted" for e in found)


def test_the_one_called_on_to_act_does_the_act(nlp):
    evs = events(nlp, "Norway called on Sweden on Monday to halt its missile tests.")
    assert ("NOR", "SWE", "02") in dyads(evs)
    halted = [e for e in evs if e.cameo.startswith("08")]
    assert halted and all(e.source.country == "SWE" and e.factuality == "hypothetical" for e in halted)


def test_calling_a_leader_an_insulting_name_is_criticism(nlp):
    # fictional ministers
    evs = events(nlp, "Norwegian Prime Minister Ola Nordmann called Swedish Foreign Minister Sven Svensson a fool.")
    assert ("NOR", "SWE", "11") in dyads(evs)


def test_calling_talks_with_a_partner_fruitful_praises_the_partner(nlp):
    # fictional ministers
    evs = events(nlp, "Norwegian Prime Minister Ola Nordmann called his talks with Swedish Foreign Minister "
                      "Sven Svensson fruitful.")
    assert ("NOR", "SWE", "05") in dyads(evs), dyads(evs)
    assert all(e.factuality == "asserted" for e in evs if e.root == "04")  # named, not called for
    evs = events(nlp, "Norwegian Prime Minister Ola Nordmann said his talks with Swedish Foreign Minister "
                      "Sven Svensson were very productive.")
    assert ("NOR", "SWE", "05") in dyads(evs), dyads(evs)


def test_resisting_demands_rejects_them_and_the_demands_were_made(nlp):
    evs = events(nlp, "The Norwegian government is resisting Sweden's demands to recall its ambassador.")
    assert ("NOR", "SWE", "12") in dyads(evs) and ("SWE", "NOR", "10") in dyads(evs), dyads(evs)


def test_leading_a_delegation_somewhere_is_a_trip_there(nlp):
    # fictional minister
    evs = events(nlp, "Norwegian Trade Minister Kari Nordmann will lead a business delegation to Sweden in May.")
    assert any(e.cameo == "042" and e.target and e.target.country == "SWE" and e.factuality == "future"
               for e in evs), [(e.cameo, e.target) for e in evs]
    evs = events(nlp, "Delegations led by Norwegian Trade Minister Kari Nordmann and Swedish Trade Minister "
                      "Sven Svensson met in Oslo.")
    assert not [e for e in evs if e.cameo == "042"]


def test_testimony_to_a_parliament_is_consultation_with_it(nlp):
    # fictional minister
    evs = events(nlp, "Norwegian Defence Minister Kari Nordmann's testimony to the Swedish parliament on Tuesday "
                      "lasted four hours.")
    assert ("NOR", "SWE", "04") in dyads(evs), dyads(evs)


def test_referring_to_a_leader_by_an_insulting_name_is_criticism(nlp):
    # fictional ministers
    evs = events(nlp, "Norwegian Prime Minister Ola Nordmann referred to Swedish Foreign Minister Sven Svensson "
                      "as a fool.")
    assert ("NOR", "SWE", "11") in dyads(evs)


@pytest.mark.parametrize("sentence, cameo", [
    ("Norway and Sweden re-established diplomatic relations in 2015.", "054"),
    ("Norway re-imposed sanctions on Sweden.", "163"),
])
def test_hyphenated_re_verbs_are_one_word_done_again(nlp, sentence, cameo):
    assert any(e.cameo == cameo and e.target and e.target.country == "SWE" for e in events(nlp, sentence))


def test_no_plans_to_act_is_negated(nlp):
    (e,) = [e for e in events(nlp, "Norway has no plans to meet Swedish officials.") if e.root == "04"]
    assert e.factuality == "negated"


def test_a_state_body_named_bare_acts_for_the_dateline_country(nlp):
    evs = events(nlp, "OSLO (Reuters) - The Parliament voted on Monday to approve new sanctions against Sweden.")
    assert ("NOR", "SWE", "16") in dyads(evs)


def test_a_dateline_of_several_places_is_the_first_ones(nlp):
    evs = events(nlp, "OSLO/STOCKHOLM (Reuters) - The Parliament voted on Monday to approve new sanctions against "
                      "Sweden.")
    assert ("NOR", "SWE", "16") in dyads(evs), dyads(evs)


def test_what_one_is_ordered_to_do_is_still_to_be_done(nlp):
    evs = events(nlp, "Norway ordered Sweden to cut its diplomatic staff in Oslo.")
    assert ("NOR", "SWE", "10") in dyads(evs)
    assert all(e.factuality == "future" for e in evs if e.source.country == "SWE")


def test_what_is_given_described_by_the_giver_s_country_is_no_target(nlp):
    evs = events(nlp, "Norway is providing Norwegian weapons to Sweden.")
    assert ("NOR", "SWE", "07") in dyads(evs) and ("NOR", "NOR", "07") not in dyads(evs)


def test_a_receiver_of_the_giver_s_country_is_still_a_target(nlp):
    evs = events(nlp, "Norwegian protesters received weapons from the Norwegian government.")
    assert ("NOR", "NOR", "07") in dyads(evs)


@pytest.mark.parametrize("sentence", [
    "The Portuguese and Brazilian presidents spoke on the phone on Monday.",
    "Chancellor Olaf Scholz and French President Emmanuel Macron talked by telephone about energy prices.",
])
def test_two_leaders_speaking_by_phone_is_a_call_each_way(nlp, sentence):
    evs = [e for e in events(nlp, sentence, "2017-11-22") if e.root == "04"]
    pairs = {(e.source.country, e.target.country) for e in evs if e.source and e.target}
    assert len(pairs) == 2 and all(e.reciprocal for e in evs), dyads(evs)


def test_speaking_on_a_day_or_a_subject_is_no_call(nlp):
    assert not events(nlp, "Chancellor Olaf Scholz spoke on Monday about Russia.", "2017-11-22")


def test_what_is_discussed_is_no_party(nlp):
    evs = events(nlp, "Chancellor Olaf Scholz and French President Emmanuel Macron discussed Iran on Monday.",
                 "2017-11-22")
    assert {(e.source.country, e.target.country) for e in evs if e.root == "04"} == {("DEU", "FRA"), ("FRA", "DEU")}
    assert not any(e.target and e.target.country == "IRN" for e in evs), dyads(evs)


def test_the_country_before_a_leaders_title_is_no_member_of_a_pair(nlp):
    evs = events(nlp, "Russian President Vladimir Putin and U.S. President Donald Trump said they would hold "
                      "talks in Vietnam.", "2017-11-09")
    assert not any(e.target and e.target.name == "United States" for e in evs), dyads(evs)
    assert not any(e.source and e.source.name == "United States" for e in evs), dyads(evs)


def test_arriving_in_a_countrys_capital_is_a_visit_to_that_country(nlp):
    evs = events(nlp, "Chancellor Olaf Scholz arrived in the Lithuanian capital on Sunday.", "2017-11-21")
    assert any(e.root == "04" and e.target and e.target.country == "LTU" for e in evs), dyads(evs)


def test_what_is_done_without_doing_it_is_negated(nlp):
    evs = events(nlp, "Chancellor Olaf Scholz left Paris without meeting French President Emmanuel Macron.",
                 "2017-11-21")
    assert [e.factuality for e in evs if e.root == "04" and e.target and e.target.country == "FRA"] == ["negated"]


def test_what_a_subjects_own_act_does_it_does(nlp):
    evs = events(nlp, "Germany hopes its decision to recognise the killings as genocide will raise pressure on "
                      "Turkey's leaders.", "2017-11-22")
    assert any(e.root == "10" or e.cameo.startswith("17") or e.trigger == "pressure" for e in evs), dyads(evs)
    assert any(e.source and e.source.country == "DEU" and e.target and e.target.country == "TUR"
               for e in evs if e.trigger == "pressure"), dyads(evs)


def test_the_two_leaders_after_a_subject_of_two_leaders(nlp):
    text = ("Chancellor Olaf Scholz and French President Emmanuel Macron stressed the importance of open trade in a "
            "joint statement. The two leaders called for a ceasefire in Yemen.")
    evs = [e for e in events(nlp, text, "2017-11-22") if e.trigger == "called"]
    assert {e.source.country for e in evs if e.source} == {"DEU", "FRA"}, dyads(evs)


def test_a_name_the_parser_took_for_a_modal_is_the_subject(nlp):
    evs = events(nlp, "British Prime Minister Theresa May lashed out at Russian President Vladimir Putin.",
                 "2017-11-22")
    assert [(e.source.country, e.target.country, e.factuality) for e in evs if e.root == "11"] == \
        [("GBR", "RUS", "asserted")], dyads(evs)


def test_a_surname_as_the_first_word_and_a_preposition_on_the_particle(nlp):
    text = ("Russian President Vladimir Putin criticised U.S. President Donald Trump. Trump fired back at Putin "
            "on Twitter.")
    evs = events(nlp, text, "2017-11-22")
    assert any(e.source.country == "USA" and e.target and e.target.country == "RUS" and e.root == "11"
               for e in evs if e.source), dyads(evs)


def test_a_light_verb_in_a_relative_clause_carries_the_nouns_phrases(nlp):
    evs = events(nlp, "Chancellor Olaf Scholz failed to mention a trip he made to Mali and Niger in 2016.",
                 "2017-11-22")
    trips = [e for e in evs if e.root == "04"]
    assert {(e.source.country, e.target.country) for e in trips} == {("DEU", "MLI"), ("DEU", "NER")}, dyads(evs)
    assert all(e.factuality == "asserted" and e.date == "2016" for e in trips), [(e.factuality, e.date) for e in trips]


def test_a_visit_which_he_made_is_told_once_by_its_maker_on_its_day(nlp):
    evs = events(nlp, "The talks focused on Syrian President Bashar al-Assad's visit to Russia which he made on "
                      "Monday.", "2017-11-22")
    visits = [e for e in evs if e.root == "04"]
    assert [(e.source.name, e.target.country, e.date) for e in visits] == \
        [("Bashar al-Assad", "RUS", "2017-11-20")], [(e.source.name, e.target and e.target.name, e.date) for e in evs]


def test_an_abbreviated_month_before_a_day_ends_no_sentence(nlp):
    doc = nlp(make_doc(nlp, "The record follows. * Dec. 30: Russian President Vladimir Putin releases a "
                            "statement.", PUB))
    assert len(list(doc.sents)) == 2, [s.text for s in doc.sents]


def test_an_entry_of_a_chronology_is_told_in_the_historical_present(nlp):
    text = ("The events so far: * Dec. 21, 2016: Brazil submits a resolution condemning Venezuela. "
            "* Dec. 23: Chancellor Olaf Scholz meets French President Emmanuel Macron.")
    evs = events(nlp, text, "2017-12-01")
    meets = [e for e in evs if e.root == "04"]
    assert meets and all(e.date == "2016-12-23" and e.factuality == "asserted" for e in meets), \
        [(e.trigger, e.date, e.factuality) for e in evs]


def test_what_an_act_is_replaced_with_is_done_by_who_replaced_it(nlp):
    evs = events(nlp, "When the ban expired, Chancellor Olaf Scholz replaced it with a formal proclamation "
                      "indefinitely restricting travel from Iran and Syria.", "2017-12-01")
    assert {(e.source.country, e.target.country) for e in evs if e.root == "17"} == {("DEU", "IRN"), ("DEU", "SYR")}, \
        dyads(evs)


def test_a_pronoun_stands_for_a_person_of_its_gender(nlp):
    evs = events(nlp, "Chancellor Olaf Scholz mocked Prime Minister Theresa May on television after she criticised "
                      "him for his speech.", "2017-11-30")
    assert any(e.trigger == "criticised" and e.source and e.source.country == "GBR" and e.target and
               e.target.country == "DEU" for e in evs), dyads(evs)


def test_an_object_pronoun_after_the_subject_is_the_person_named_in_between(nlp):
    text = ("Russian President Vladimir Putin spoke on Monday. French President Emmanuel Macron lied to Chancellor "
            "Olaf Scholz by telling him he had not met Putin.")
    evs = events(nlp, text, "2017-12-01")
    told = [e for e in evs if e.trigger == "telling"]
    assert told and all(e.target and e.target.country == "DEU" for e in told), dyads(evs)
    assert all(e.reported_by != "it" for e in evs)


def test_countries_inside_what_a_subject_noun_is_about_are_no_subjects(nlp):
    evs = events(nlp, "Chancellor Olaf Scholz's decision to exclude Iraq, Afghanistan and Myanmar eased pressure "
                      "on the three countries.", "2017-12-01")
    assert {e.source.country for e in evs if e.source and e.root == "08"} <= {"DEU"}, dyads(evs)


@pytest.mark.parametrize("sentence, expected", [
    ("Chile called for Bolivia to withdraw its complaint.", ("CHL", "BOL", "02")),
    ("Norway pressed for Russia to release the fishermen.", ("NOR", "RUS", "02")),
])
def test_calling_for_someone_to_act_is_aimed_at_them(nlp, sentence, expected):
    assert expected in dyads(events(nlp, sentence, "2017-11-21")), dyads(events(nlp, sentence, "2017-11-21"))


def test_a_purpose_phrase_of_a_trip_names_no_target(nlp):
    evs = events(nlp, "Chancellor Olaf Scholz flew into Warsaw on Friday for talks as tensions with Russia climb.",
                 "2017-10-27")
    assert any(e.root == "04" and e.target and e.target.country == "POL" for e in evs), dyads(evs)


@pytest.mark.parametrize("sentence, factuality", [
    ("Before landing in Warsaw, Chancellor Olaf Scholz held a meeting with French President Emmanuel Macron.",
     "asserted"),
    ("Chancellor Olaf Scholz held off on meeting French President Emmanuel Macron.", "negated"),
    ("Chancellor Olaf Scholz decided to expel two Russian diplomats.", "asserted"),
    ("Chancellor Olaf Scholz had begun informing French President Emmanuel Macron about the talks.", "asserted"),
    ("Chancellor Olaf Scholz will decide to expel two Russian diplomats.", "future"),
    ("Chancellor Olaf Scholz is slated to meet French President Emmanuel Macron.", "future"),
])
def test_holding_a_meeting_negates_nothing_and_a_decision_is_the_act(nlp, sentence, factuality):
    evs = [e for e in events(nlp, sentence, "2017-10-27") if e.target and e.target.country in ("FRA", "RUS", "POL")]
    assert evs and evs[0].factuality == factuality, [(e.trigger, e.factuality) for e in evs]


def test_saying_there_was_no_wrong_denies_it(nlp):
    evs = events(nlp, "Chancellor Olaf Scholz has said there was no collusion with Moscow.", "2017-10-27")
    assert [(e.source.country, e.cameo) for e in evs] == [("DEU", "016")], dyads(evs)
    assert not events(nlp, "Chancellor Olaf Scholz said there was no reason to worry.", "2017-10-27")


def test_sanctions_a_leader_announces_without_a_doer_are_his_governments(nlp):
    evs = events(nlp, "Chancellor Olaf Scholz said new sanctions will be imposed on Belarus.", "2017-11-29")
    assert any(e.source and e.source.country == "DEU" and e.target.country == "BLR" and e.root == "16"
               for e in evs), dyads(evs)


def test_an_influence_operation_is_no_attack(nlp):
    evs = events(nlp, "Russia conducted an influence operation to sway voters in France.", "2017-11-29")
    assert not any(e.root in ("18", "19", "20") for e in evs), dyads(evs)


def test_the_meeting_someone_had_with_someone(nlp):
    evs = events(nlp, "Reporters asked about the meeting Chancellor Olaf Scholz had with French President Emmanuel "
                      "Macron in July.", "2017-11-28")
    assert any(e.root == "04" and e.source.country == "DEU" and e.target.country == "FRA" and e.date == "2017-07"
               for e in evs if e.source and e.target), dyads(evs)


def test_a_wrong_told_in_a_findings_that_clause_is_alleged_by_who_found_it(nlp):
    evs = events(nlp, "Germany's assessment that Russia interfered in the Dutch election angered Moscow.",
                 "2017-11-28")
    assert any(e.source and e.source.country == "DEU" and e.target and e.target.country == "RUS" and
               e.cameo.startswith("112") for e in evs), dyads(evs)


def test_stops_of_a_trip_under_way_and_occasions_of_the_news_are_this_month(nlp):
    text = ("The summit opened in Manila. Chancellor Olaf Scholz will fly home, the last leg of a tour that has "
            "taken him to Japan and Vietnam. Scholz said he raised the issue during a meeting with French President "
            "Emmanuel Macron.")
    evs = events(nlp, text, "2017-11-14")
    trips = [e for e in evs if e.trigger == "taken"]
    assert trips and all(e.date == "2017-11" and e.date_precision == "month" for e in trips), \
        [(e.trigger, e.date) for e in evs]
    assert any(e.trigger == "meeting" and e.date == "2017-11" for e in evs), [(e.trigger, e.date) for e in evs]


def test_a_law_acts_for_the_state_of_the_dateline(nlp):
    evs = events(nlp, "OTTAWA (Reuters) - The Countering Venezuelan Corruption Through Sanctions Act, which became "
                      "law in October, imposes sanctions on Venezuela.", "2017-10-26")
    assert any(e.source and e.source.country == "CAN" and e.target and e.target.country == "VEN" for e in evs), \
        dyads(evs)


@pytest.mark.parametrize("sentence, expected", [
    ("Vietnam is deeply suspicious of Chinese intentions in the South China Sea.", ("VNM", "CHN", "11")),
    ("Chile was disappointed by Peru's vote at the meeting.", ("CHL", "PER", "11")),
    ("Kenya was grateful to Japan for its help.", ("KEN", "JPN", "05")),
])
def test_stances_after_be_of_suspicion_disappointment_and_gratitude(nlp, sentence, expected):
    assert expected in dyads(events(nlp, sentence, "2017-11-22")), dyads(events(nlp, sentence, "2017-11-22"))


def test_being_in_talks_or_in_touch_is_taking_part(nlp):
    evs = events(nlp, "An official said Chile and Peru have been in talks since 2012 on a border treaty.", "2017-11-22")
    assert {(e.source.country, e.target.country) for e in evs if e.root == "04"} == {("CHL", "PER"), ("PER", "CHL")}, \
        dyads(evs)
    evs = events(nlp, "Chancellor Olaf Scholz was in touch with French President Emmanuel Macron.", "2017-11-22")
    assert ("DEU", "FRA", "04") in dyads(evs), dyads(evs)
    assert not [e for e in events(nlp, "France said the talks were useful.", "2017-11-22") if e.root == "04"]


def test_to_the_annoyance_of_someone_is_their_displeasure_at_the_doer(nlp):
    evs = events(nlp, "Japan revived the forum last year, much to the annoyance of China.", "2017-10-27")
    assert [(e.source.country, e.target.country, e.root) for e in evs if e.root == "11"] == [("CHN", "JPN", "11")], \
        dyads(evs)
    assert not events(nlp, "The anger of China was plain to see.", "2017-10-27")


def test_stopping_in_a_country_is_a_visit_there_not_where_the_way_leads(nlp):
    evs = events(nlp, "Chancellor Olaf Scholz stopped in Poland on his way to Lithuania.", "2017-12-04")
    assert [(e.source.country, e.target.country) for e in evs if e.root == "04"] == [("DEU", "POL")], dyads(evs)
    evs = events(nlp, "Chancellor Olaf Scholz did not stop in Poland.", "2017-12-04")
    assert [e.factuality for e in evs if e.root == "04"] == ["negated"], dyads(evs)


@pytest.mark.parametrize("sentence", [
    "The president said the United States wanted Pakistan to take decisive action to help fight extremism.",
    "Pakistan's campaign hit potential obstacles on Thursday as two ministers insisted on changes.",
    "The Kenyan envoy's speech struck a chord with voters.",
])
def test_figurative_force_is_no_event(nlp, sentence):
    assert not [e for e in events(nlp, sentence) if e.root in ("18", "19", "20")], \
        [(e.cameo, e.trigger) for e in events(nlp, sentence)]


def test_force_against_an_actor_stays_an_event(nlp):
    assert any(e.root == "19" for e in events(nlp, "Dutch jets hit targets near the border on Monday."))


def test_body_with_no_country_sits_where_the_report_is_filed(nlp):
    text = ("WASHINGTON (Reuters) - Russia was the subject of the hearing. Russia denied it. Russia said Russia "
            "was ready. The Senate Intelligence panel criticized Russia on Friday.")
    assert ("USA", "RUS", "11") in dyads(events(nlp, text))


def test_object_pronoun_of_a_second_verb_is_the_first_verbs_object(nlp):
    evs = events(nlp, "The U.S. defense secretary met Pakistan's military leaders on Monday and urged them to act.")
    assert ("USA", "PAK", "02") in dyads(evs)


def test_possessive_in_an_opening_phrase_is_the_subject_after_it(nlp):
    evs = events(nlp, "Trump spoke on Monday. In his meeting with Trump, Chinese President Xi Jinping praised the "
                      "United States.")
    assert ("CHN", "USA", "04") in dyads(evs)


def test_the_administration_is_the_one_named_before(nlp):
    text = ("Seoul welcomed the visit. The Moon administration criticized Japan on Monday. Later the "
            "administration praised Tokyo.")
    assert ("KOR", "JPN", "05") in dyads(events(nlp, text))
    text = ("WASHINGTON (Reuters) - Saudi Arabia wants nuclear reactors. A report said the administration may "
            "allow uranium enrichment as part of an agreement with Saudi Arabia.")
    assert any(s == "USA" and t == "SAU" for s, t, _ in dyads(events(nlp, text)))


def test_subject_of_a_second_clause_hung_on_the_first_object(nlp):
    evs = events(nlp, "Moscow has denied any meddling and Trump has said there was no collusion.")
    assert ("RUS", "USA", "01") not in dyads(evs) and ("USA", None, "01") in dyads(evs)


def test_party_adjectives_are_us_parties(nlp):
    evs = events(nlp, "Republican leaders of the Senate panel blasted the U.S. State Department on Tuesday.")
    assert ("USA", "USA", "11") in dyads(evs)


def test_welcoming_a_persons_announcement_is_praise_not_hosting(nlp):
    evs = events(nlp, "Marco Rubio welcomed Donald Trump's announcement in June.")
    assert {e.cameo for e in evs} == {"051"}


@pytest.mark.parametrize("sentence, expected", [
    ("Russia told the United States to withdraw its troops from Syria.", ("RUS", "USA", "10")),
    ("Senate staff members were briefed by State Department officials on Wednesday.", ("USA", "USA", "04")),
    ("WASHINGTON (Reuters) - Donald Trump Jr. testified to the House Intelligence Committee last week.",
     ("USA", "USA", "04")),
    ("The United States has charged a former Senegalese foreign minister with bribing officials.",
     ("USA", "SEN", "17")),
    ("The U.S. House voted on Tuesday to reduce the annual $300 million in U.S. aid to the Palestinian Authority.",
     ("USA", "PSE", "16")),
])
def test_demands_briefings_testimony_charges_and_aid_cuts(nlp, sentence, expected):
    assert expected in dyads(events(nlp, sentence)), [(e.cameo, e.trigger) for e in events(nlp, sentence)]


def test_telling_to_act_is_one_demand_not_also_a_statement(nlp):
    evs = [e for e in events(nlp, "Russia told the United States to withdraw its troops from Syria.")
           if e.trigger == "told"]
    assert [e.cameo for e in evs] == ["100"]
    withdraw = next(e for e in events(nlp, "Russia told the United States to withdraw its troops from Syria.")
                    if e.root == "08")
    assert withdraw.factuality == "hypothetical"


def test_a_countrys_name_before_an_inquiry_is_what_is_inquired_into(nlp):
    assert ("RUS", None, "09") not in dyads(events(nlp, "Mueller leads the Russia probe."))
    assert ("RUS", None, "09") in dyads(events(nlp, "The Russian investigation found nothing."))


def test_named_person_acting_on_the_articles_country_is_placed_by_the_dateline(nlp):
    text = ("WASHINGTON (Reuters) - Russia was the subject. Russia denied it. Donald Trump Jr. discussed a meeting "
            "he attended with Russians.")
    assert ("RUS", "RUS", "04") not in dyads(events(nlp, text)) and ("USA", "RUS", "04") in dyads(events(nlp, text))


def test_headline_surname_is_the_bodys_person(nlp):
    from eventwire.model import Article
    from eventwire.nlp.pipeline import annotate

    art = Article(id="t", version="v", published="2017-11-15",
                  title="Republican Senator Johnson opposes Senate tax proposal",
                  text="WASHINGTON (Reuters) - Republican U.S. Senator Ron Johnson said he opposes the Senate "
                       "Republican tax proposal because it unfairly benefits corporations.")
    (done,) = annotate([art], nlp)
    headline = [e for e in done.events if e.start is None]
    assert headline and all(e.source.name == "Ron Johnson" and e.source.country == "USA" for e in headline)


def test_unnamed_arresting_authorities_are_where_the_report_is_filed(nlp):
    text = ("WASHINGTON (Reuters) - The case involves Chad. Ho, a former Hong Kong official who heads a group based "
            "in Hong Kong, was arrested on Saturday.")
    assert any(s == "USA" and r == "17" for s, _, r in dyads(events(nlp, text, "2017-11-20")))


def test_raising_a_case_with_a_leader_is_a_consultation(nlp):
    evs = events(nlp, "Donald Trump raised the case with Chinese President Xi Jinping on Thursday.")
    assert ("USA", "CHN", "04") in dyads(evs)


@pytest.mark.parametrize("text, expected", [
    ("The United States expelled two Russian diplomats on Monday. Russia condemned the move.", ("RUS", "USA", "11")),
    ("The United States expelled two Russian diplomats on Monday. The decision drew criticism from China.",
     ("CHN", "USA", "11")),
    ("Trump praised the Justice Department. His comments elicited criticism from several U.S. senators.",
     ("USA", "USA", "11")),
])
def test_the_move_stands_for_the_last_act_and_its_doer(nlp, text, expected):
    assert expected in dyads(events(nlp, text)), [(e.cameo, e.trigger, e.target) for e in events(nlp, text)]


def test_an_own_decision_is_not_the_last_act(nlp):
    text = "The United States expelled two Russian diplomats. Russia criticized the decision by Germany to wait."
    assert ("RUS", "USA", "11") not in dyads(events(nlp, text))


def test_congressional_bodies_are_the_us_congress(nlp):
    evs = events(nlp, "The Trump administration briefed congressional staff this week on the talks.")
    assert ("USA", "USA", "04") in dyads(evs)


def test_talks_between_the_two_allies_are_the_pair_just_met(nlp):
    evs = events(nlp, "Trump met Xi Jinping on Friday. Talks between the two leaders will resume in May.")
    talks = [e for e in evs if e.trigger.lower() == "talks"]
    assert {(e.source.country, e.target.country) for e in talks} == {("USA", "CHN"), ("CHN", "USA")}
    assert all(e.factuality == "future" for e in talks)


@pytest.mark.parametrize("second", [
    "That rapport began in April, when the two first met in Rome.",
    "The two had spent the previous evening with their wives.",
])
def test_a_bare_the_two_is_the_pair_just_met(nlp, second):
    evs = events(nlp, "French President Emmanuel Macron met Chancellor Olaf Scholz on Friday. " + second, "2022-05-01")
    later = [e for e in evs if e.sentence.startswith(second[:10]) and e.root == "04"]
    assert {(e.source.country, e.target.country) for e in later} == {("FRA", "DEU"), ("DEU", "FRA")}


def test_time_spent_with_a_leader_is_a_meeting(nlp):
    evs = events(nlp, "French President Emmanuel Macron spent the evening with Chancellor Olaf Scholz.", "2022-05-01")
    assert ("FRA", "DEU", "04") in dyads(evs)


def test_a_person_convicted_is_detained_a_body_found_liable(nlp):
    assert ("GBR", "GBR", "17") in dyads(events(nlp, "A British court convicted Jayda Fransen of harassment."))


@pytest.mark.parametrize("sentence", [
    "The agreement between Iran and the United States was signed in 2015.",
    "Iran was complying with the nuclear agreement reached among Tehran, the United States and others in 2015.",
])
def test_the_parties_of_an_agreement_made_in_the_passive_made_it(nlp, sentence):
    assert {("IRN", "USA", "05"), ("USA", "IRN", "05")} <= dyads(events(nlp, sentence))


def test_a_detente_with_a_country_is_cooperation(nlp):
    assert ("USA", "CUB", "05") in dyads(events(nlp, "Obama announced the detente with Cuba in 2014."))


def test_dismissing_talk_is_not_aimed_at_the_articles_country(nlp):
    evs = events(nlp, "Moscow denied it. Russia said no. Russia was angry. Trump has dismissed talk of collusion.")
    assert [(e.source.country, e.target) for e in evs if e.trigger.startswith("dismissed")] == [("USA", None)]




def test_an_inquiry_into_an_act_is_aimed_at_its_doer(nlp):
    evs = events(nlp, "The Dutch parliament is investigating Russian interference in the election.")
    assert ("NLD", "RUS", "09") in dyads(evs)


def test_a_person_nobody_places_is_of_the_report_s_country_with_low_confidence(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - Senator Marla Quenby sued the lobbyist Harold Pimmwick on Monday.")
    (e,) = [e for e in evs if e.root == "11"]
    assert (e.source.country, e.target.country) == ("USA", "USA") and e.confidence <= 0.5
    # with no dateline and no country in the text there is nothing to place them by
    assert not [e for e in events(nlp, "Marla Quenby sued Harold Pimmwick on Monday.") if e.root == "11"]


def test_unnamed_officers_of_justice_act_for_the_report_s_state(nlp):
    evs = events(nlp, "OTTAWA (Reuters) - Prosecutors dropped the charges against the protest organisers on Monday.")
    (e,) = [e for e in evs if e.root == "08"]
    assert e.source.country == "CAN" and e.source.role == "judiciary" and e.cameo == "080"
    evs = events(nlp, "OTTAWA (Reuters) - An appeals court overturned the conviction of a former mayor.")
    assert any(e.source.country == "CAN" and e.cameo == "080" for e in evs)


def test_a_call_for_something_to_be_done_is_an_appeal(nlp):
    evs = events(nlp, "Opposition parties in Canada are calling for the tax to be scrapped.")
    assert any(e.root == "02" and e.source.country == "CAN" for e in evs)


def test_questioning_a_person_is_an_inquiry(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - The Secret Service interviewed a man who delivered the package.")
    assert any(e.cameo == "090" and e.source.country == "USA" and e.target.country == "USA" for e in evs)


def test_a_rule_in_force_is_no_event(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - The Federal Election Commission allows use of campaign funds for legal bills.")
    assert not [e for e in evs if e.cameo.startswith("08")]
    evs = events(nlp, "The Canadian government allowed the convoy to enter on Monday.")
    assert any(e.cameo.startswith("086") for e in evs)


def test_a_day_borrowed_from_the_saying_is_in_the_past(nlp):
    # published on a Friday: "on Tuesday" is the Tuesday the minister spoke, not the next one
    evs = events(nlp, "The minister said on Tuesday that Canada would expel the diplomats.")
    (e,) = [e for e in evs if e.root == "16"]
    assert e.factuality == "future" and e.date == "2019-03-12"


def test_what_a_relative_clause_s_subject_granted(nlp):
    evs = events(nlp, "Macron defended the pardon he granted last year to a jailed Canadian activist.")
    assert any(e.cameo == "0841" and e.source.country == "FRA" for e in evs)


def test_a_politician_s_attack_is_in_words(nlp):
    evs = events(nlp, "The agency has been under attack by President Emmanuel Macron and his ministers.")
    assert not [e for e in evs if e.root in ("18", "19")]
    assert any(e.cameo == "111" and e.source.country == "FRA" for e in evs)


def test_looking_into_whether_someone_did_it_targets_them(nlp):
    evs = events(nlp, "The Senate Ethics Committee said it was looking into whether the Canadian ambassador lied.")
    assert any(e.root == "09" and e.target is not None and e.target.country == "CAN" for e in evs)


def test_people_weigh_in_what_country_an_article_is_about(nlp):
    # Russia is the only country named often, but the story is about U.S. senators: the plan they criticise is
    # not taken to be Russia's; in a story about one country's own politics it is done within that country,
    # with a low confidence
    text = ("WASHINGTON (Reuters) - Senator Mara Quinlan criticized the plan on Tuesday. Quinlan and Senator "
            "Tom Redfield said Russia had lied. Redfield and Quinlan spoke to reporters in Moscow.")
    (e,) = [e for e in events(nlp, text) if e.root == "11" and "criticized" in e.trigger]
    assert e.target is not None and e.target.country == "USA" and e.confidence <= 0.4


def test_an_appeal_to_nobody_in_a_story_of_one_country_s_politics_is_made_within_it(nlp):
    text = ("WASHINGTON (Reuters) - Senator Mara Quinlan called on Tuesday for changes to the budget. Quinlan and "
            "Senator Tom Redfield spoke to reporters. Redfield said the budget was too large.")
    (e,) = [e for e in events(nlp, text) if e.root == "02"]
    assert e.target is not None and e.target.country == "USA" and e.confidence <= 0.4
    # not where other countries are named more than the source's own
    text = ("WASHINGTON (Reuters) - Senator Mara Quinlan called on Tuesday for changes to the budget. Russia and "
            "China said they would not take part. Russia has long opposed the plan, and China sided with Russia.")
    (e,) = [e for e in events(nlp, text) if e.root == "02"]
    assert e.target is None


def test_a_company_and_a_court_of_the_report_s_country(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - The Justice Department sued Brightwater Dynamics Inc on Monday. "
                      "Brightwater Dynamics will ask the court for a quick trial.")
    assert any(e.cameo == "115" and e.target is not None and e.target.country == "USA" for e in evs)
    assert any(e.root == "02" and e.source.country == "USA" and e.target is not None and e.target.name == "court"
               for e in evs)


def test_a_clause_after_a_preposition_keeps_its_own_modality(nlp):
    # "set" is a future head only with an infinitive ("is set to visit")
    evs = events(nlp, "Macron set up the inquiry in May after accusing Estonian officials of lying.")
    assert all(e.factuality == "asserted" for e in evs if e.root == "11")


def test_denying_a_request_rejects_it_and_a_judge_can_act_in_the_passive(nlp):
    evs = events(nlp, "OTTAWA (Reuters) - The judge denied the government’s bail request on Monday.")
    assert any(e.cameo == "120" for e in evs)
    evs = events(nlp, "OTTAWA (Reuters) - The two ministers were ordered by the judge to testify.")
    assert any(e.root == "10" and e.source.name == "judge" and e.source.country == "CAN" for e in evs)


def test_blocking_a_deal_or_a_nominee_is_rejection(nlp):
    evs = events(nlp, "OTTAWA (Reuters) - Canadian senators blocked the government's nominee on Tuesday.")
    assert any(e.cameo == "120" for e in evs)
    evs = events(nlp, "Protesters in Ottawa blocked roads to the Canadian parliament on Tuesday.")
    assert not [e for e in evs if e.root == "12"]


def test_calling_something_dangerous_criticises_even_with_nobody_named(nlp):
    evs = events(nlp, "OTTAWA (Reuters) - Canadian Senator Marla Quenby called the cuts dangerous. Canada's "
                      "Senate will vote on the cuts next week.")
    (e,) = [e for e in evs if e.root == "11"]
    assert (e.source.country, e.target.country, e.cameo) == ("CAN", "CAN", "111") and e.confidence <= 0.4


def test_national_bodies_weigh_for_their_country(nlp):
    # the FBI and the parties are U.S. bodies: the story is about U.S. politics, whatever else it names
    text = ("WASHINGTON (Reuters) - The FBI rejected the request on Tuesday. The FBI, the Democratic Party and the "
            "Republican Party said the FBI had acted properly. Democrats and Republicans met in Canada.")
    (e,) = [e for e in events(nlp, text) if e.root == "12"]
    assert e.target is not None and e.target.country == "USA"


def test_engaging_in_wrongdoing_is_no_fighting(nlp):
    evs = events(nlp, "OTTAWA (Reuters) - A Canadian senator denied engaging in any wrongdoing.")
    assert not [e for e in evs if e.root == "19"]
    evs = events(nlp, "Syrian troops engaged in fighting near the Turkish border on Monday.")
    assert any(e.root == "19" for e in evs)


def test_the_bureau_is_the_body_named_with_that_word(nlp):
    text = ("WASHINGTON (Reuters) - Senator Marla Quenby praised the Federal Bureau of Investigation on Monday. "
            "The Canadian ambassador on Friday criticized the bureau, which is part of the Justice Department.")
    assert any(e.root == "11" and e.source.country == "CAN" and e.target is not None and e.target.name == "FBI"
               for e in events(nlp, text))


def test_a_politician_attacking_a_body_does_it_in_words(nlp):
    evs = events(nlp, "Macron attacked the European Commission on Monday.")
    assert any(e.cameo == "111" for e in evs) and not [e for e in evs if e.root in ("18", "19")]
    evs = events(nlp, "Putin attacked Ukraine in 2014.")
    assert any(e.root in ("18", "19") for e in evs)


def test_an_act_refused_in_the_lead_is_refused_that_day(nlp):
    evs = events(nlp, "OTTAWA (Reuters) - Canada declined to impose sanctions on Estonia, the foreign ministry said.")
    (e,) = [e for e in evs if e.root == "16"]
    assert e.factuality == "negated" and e.date == PUB


def test_no_guess_where_the_report_is_filed_from_elsewhere_than_its_story(nlp):
    # a report from Washington about Estonia: a person nobody places may be of either country
    text = ("WASHINGTON (Reuters) - Estonia said on Monday that Estonian troops would stay. Estonia and Estonian "
            "officials in Tallinn said Harold Pimmwick had criticized the plan.")
    assert not [e for e in events(nlp, text) if e.source is not None and e.source.name == "Harold Pimmwick"
                and e.source.country == "USA"]


def test_a_perfect_parsed_as_have_and_a_clause_keeps_its_subject(nlp):
    # the small model parses "has several times contradicted" as "has" with a clause of its own
    evs = events(nlp, "Macron has several times contradicted Merkel on trade.")
    assert any(e.cameo == "110" and e.source.country == "FRA" and e.target.country == "DEU" for e in evs)


def test_a_body_described_by_an_active_participle_does_it(nlp):
    # "the committee investigating X": the committee investigates; protesters demanding a leader's
    # resignation are not that leader
    evs = events(nlp, "WASHINGTON (Reuters) - He will appear before the Senate Judiciary Committee investigating "
                      "Russian meddling in the election.")
    assert any(e.root == "09" and e.source.name.endswith("Committee") and e.target is not None and
               e.target.country == "RUS" for e in evs)
    evs = events(nlp, "Protesters demanding the resignation of Pakistani Prime Minister Shahid Khaqan Abbasi "
                      "gathered in Islamabad.")
    assert all(e.source.name != "Shahid Khaqan Abbasi" for e in evs)
    assert any(e.root == "10" and e.source.name.lower() == "protesters" for e in evs)


def test_talks_during_which_one_side_told_the_other_are_held_with_it(nlp):
    evs = events(nlp, "Norway told senior Swedish officials during talks on fishing in Oslo on Monday that the "
                      "quotas were too low.")
    assert any(e.root == "04" and e.source.country == "NOR" and e.target is not None and e.target.country == "SWE"
               for e in evs)


def test_backing_a_measure_in_a_story_of_one_country_s_politics(nlp):
    text = ("WASHINGTON (Reuters) - Senator Mara Quinlan said on Thursday she would not support the funding bill. "
            "Quinlan spoke to Senator Tom Redfield. Redfield said the bill was too large.")
    (e,) = [e for e in events(nlp, text) if e.root == "05"]
    assert e.factuality == "negated" and e.target is not None and e.target.country == "USA"
    assert e.date == "2019-03-14" and e.confidence <= 0.4


def test_voting_for_or_against_a_measure_and_working_with_someone(nlp):
    text = ("WASHINGTON (Reuters) - Senator Mara Quinlan will vote for the budget bill. Senator Tom Redfield "
            "voted against the bill on Tuesday. Quinlan and Redfield spoke to reporters.")
    evs = events(nlp, text)
    assert any(e.cameo == "051" and e.factuality == "future" and e.source.name == "Mara Quinlan" for e in evs)
    assert any(e.root == "12" and e.source.name == "Tom Redfield" and e.date == "2019-03-12" for e in evs)
    evs = events(nlp, "Norway is working with Sweden on a new fishing accord.")
    assert ("NOR", "SWE", "05") in dyads(evs)  # political cooperation, not material (06)


def test_the_present_perfect_tells_of_the_month_of_the_report(nlp):
    text = ("WASHINGTON (Reuters) - Senator Mara Quinlan spoke to reporters on Tuesday. Quinlan has demanded "
            "changes to the budget bill. "
            "Senator Tom Redfield has long opposed the bill.")
    evs = events(nlp, text)
    (demand,) = [e for e in evs if e.root == "10"]
    assert (demand.date, demand.date_precision) == ("2019-03", "month")
    (opposed,) = [e for e in evs if e.root == "11"]
    assert opposed.date is None  # "has long opposed": no time of its own


def test_naming_under_a_sanctions_law_and_a_dated_act_noun(nlp):
    text = ("Norway's foreign ministry on Monday designated 12 Estmark firms under its sanctions law. Tuesday's "
            "action does not itself freeze any assets, the ministry said.")
    evs = events(nlp, text)
    assert any(e.cameo == "163" and e.source.country == "NOR" and e.date == "2019-03-11" for e in evs)
    assert any(e.root == "16" and e.factuality == "negated" and e.source.country == "NOR" for e in evs)


def test_a_not_the_parser_hangs_elsewhere_still_negates(nlp):
    # the small model hangs "not" on "itself" in "does not itself impose"
    evs = events(nlp, "Sweden imposed sanctions on Estmark on Monday. The move does not itself impose new "
                      "sanctions on Norway.")
    assert any(e.root == "16" and e.factuality == "negated" for e in evs)


def test_sympathy_goes_to_where_the_tragedy_happened(nlp):
    evs = events(nlp, "The Swedish prime minister expressed sorrow for the deadly floods in Texas.")
    assert ("SWE", "USA", "01") in dyads(evs)


def test_attending_a_gathering_abroad_is_a_visit_to_its_host(nlp):
    evs = events(nlp, "The Swedish prime minister attended a summit in Oslo on Monday.")
    assert ("SWE", "NOR", "04") in dyads(evs)
    evs = events(nlp, "The Swedish prime minister will attend the Oslo Olympics.")
    assert ("SWE", "NOR", "04") in dyads(evs)


def test_withdrawing_from_something_yields(nlp):
    evs = events(nlp, "Hundreds of Swedish troops withdrew from the Norwegian border on Monday.")
    assert any(e.root == "08" and e.source.country == "SWE" for e in evs)


def test_the_panel_is_the_committee_last_named(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - The Senate Intelligence Committee met on Monday. The panel is "
                      "investigating allegations that Russia sought to influence the election.")
    assert any(e.root == "09" and e.source.name == "Senate Intelligence Committee" and e.target is not None and
               e.target.country == "RUS" for e in evs)


def test_trying_to_sway_an_election_is_an_intrusion_and_saying_so_accuses(nlp):
    evs = events(nlp, "Swedish intelligence agencies have concluded Norway sought to influence the Swedish election.")
    assert any(e.cameo == "170" and e.source.country == "NOR" and e.target is not None and
               e.target.country == "SWE" for e in evs)
    assert any(e.cameo == "112" and e.source.country == "SWE" and e.target is not None and
               e.target.country == "NOR" for e in evs)


def test_a_team_described_by_what_it_does_is_not_what_it_works_on(nlp):
    evs = events(nlp, "An agent on a team investigating links between Norway and the Swedish campaign exchanged "
                      "messages with a lawyer.")
    assert not any(e.source is not None and e.source.country == "NOR" for e in evs)


def test_hacking_is_no_act_on_the_hacker_s_own_country(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - The emails were hacked by Norway.")
    (e,) = [e for e in evs if e.cameo == "170"]
    assert e.source.country == "NOR" and (e.target is None or e.target.country != "NOR")


def test_what_may_be_done_in_a_month_is_dated_ahead(nlp):
    evs = events(nlp, "The decision rests with Swedish Prime Minister Anna Berglund, who must decide in mid-June "
                      "if she wants to continue to waive sanctions on Norway.")
    (e,) = [e for e in evs if e.root == "08"]
    assert e.factuality == "hypothetical" and e.date == "2019-06"


def test_the_prosecutor_s_office_acts_for_the_report_s_state(nlp):
    evs = events(nlp, "OSLO (Reuters) - The prosecutor's office was dropping its case against Kari Lunde, a "
                      "spokesman said.")
    assert any(e.cameo == "080" and e.source.country == "NOR" and e.source.name == "prosecutor's office"
               for e in evs)


def test_one_of_the_events_a_plural_names_is_done_by_whoever_does_the_one(nlp):
    evs = events(nlp, "The Norwegian parliament's ethics committee is conducting one of the three investigations.")
    assert [(e.source.country, e.target) for e in evs if e.root == "09"] == [("NOR", None)], dyads(evs)


@pytest.mark.parametrize("text, source", [
    ("An Interpol agent visited the ministry in Stockholm on Monday, and the agent praised Sweden.", "INTERPOL"),
    ("A Norwegian army officer arrived in Stockholm on Monday, and later the officer praised Sweden.", "NOR"),
])
def test_the_person_by_office_is_the_one_last_described_with_that_noun(nlp, text, source):
    evs = events(nlp, text)
    assert [(e.source.country or e.source.org) for e in evs if e.target and e.target.name == "Sweden"] == \
        [source], dyads(evs)


def test_a_message_says_what_its_sender_says(nlp):
    evs = events(nlp, "Norway's foreign minister and her deputy exchanged emails that mocked the Swedish government.")
    assert ("NOR", "SWE", "11") in dyads(evs)


@pytest.mark.parametrize("text, target", [
    ("An Oslo jury found the Swedish diplomat guilty of spying on Norway's navy.", "SWE"),
    ("The Norwegian court found Sweden liable for the damage.", "SWE"),
])
def test_a_verdict_finds_the_one_found_guilty_and_the_court_does_not_do_the_crime(nlp, text, target):
    evs = events(nlp, text)
    assert [(e.cameo, e.source.country, e.target.country) for e in evs] == [("116", "NOR", target)], dyads(evs)


def test_a_refusal_is_the_act_refused_negated_and_dated_as_the_refusal(nlp):
    evs = events(nlp, "Norway's prime minister refused to meet the Swedish foreign minister on Tuesday.")
    refusals = [e for e in evs if e.root == "12"]
    assert refusals and all(e.factuality == "negated" and e.date == "2019-03-12" for e in refusals), \
        [(e.cameo, e.factuality, e.date) for e in evs]


def test_a_refusal_is_aimed_at_whom_the_refused_claim_is_about(nlp):
    evs = events(nlp, "In January, Norway's prime minister declined to certify that Sweden was complying with the "
                      "fishing accord.")
    assert ("NOR", "SWE", "12") in dyads(evs), dyads(evs)


@pytest.mark.parametrize("text", [
    "The Norwegian foreign ministry declined to comment on the report.",
    "A Swedish official, who declined to be identified, spoke after the meeting.",
    "The embassy declined to respond to questions from Reuters.",
])
def test_declining_to_comment_takes_no_position(nlp, text):
    assert not [e for e in events(nlp, text) if e.root == "12"]


def test_a_refusal_that_may_come_is_hypothetical(nlp):
    evs = events(nlp, "Sweden may refuse to sign the treaty with Norway.")
    assert evs and all(e.factuality == "hypothetical" for e in evs), [(e.cameo, e.factuality) for e in evs]


def test_wanting_an_actor_to_act_asks_it_to_and_what_it_is_wanted_to_do_is_to_come(nlp):
    evs = events(nlp, "Norway wants Sweden to withdraw its troops.")
    assert ("NOR", "SWE", "02") in dyads(evs), dyads(evs)
    assert all(e.factuality == "future" for e in evs if e.root == "08"), [(e.cameo, e.factuality) for e in evs]
    assert not [e for e in events(nlp, "Norway wants to buy more gas from Sweden.") if e.root == "02"]


def test_a_bare_body_named_as_an_object_is_of_the_dateline_country(nlp):
    # (a fictional senator)
    evs = events(nlp, "WASHINGTON (Reuters) - Senator Mara Quinlan said she wanted the Senate to pass the budget "
                      "before the summer.")
    assert ("USA", "USA", "02") in dyads(evs), dyads(evs)


def test_securing_an_agreement_with_someone_is_agreeing_with_them(nlp):
    evs = events(nlp, "Norway's foreign minister secured an agreement with Sweden on fishing rights.")
    assert ("NOR", "SWE", "05") in dyads(evs), dyads(evs)


def test_both_of_which_stands_for_the_phrase_before_it(nlp):
    evs = events(nlp, "The case was handed to the Norwegian police and the Swedish coast guard, both of which "
                      "criticized Denmark.")
    assert any(e.root == "11" and e.target is not None and e.target.country == "DNK" and e.source is not None and
               e.source.country in ("NOR", "SWE") for e in evs), dyads(evs)


@pytest.mark.parametrize("text, want", [
    ("Norway accepted Sweden's proposal on fishing quotas.", ("NOR", "SWE", "05")),
    ("WASHINGTON (Reuters) - Senator Mara Quinlan took aim at the FBI on Tuesday.", ("USA", "USA", "11")),
    ("WASHINGTON (Reuters) - Senator Mara Quinlan grilled Ambassador Tom Reyes during his confirmation hearing.",
     ("USA", "USA", "11")),
])
def test_accepting_a_proposal_taking_aim_and_grilling(nlp, text, want):
    assert want in dyads(events(nlp, text)), dyads(events(nlp, text))


def test_a_dated_participle_of_arrest_or_trial_reports_it_and_convicts_the_person(nlp):
    evs = events(nlp, "OSLO (Reuters) - Mara Quinlan, a leader of a small Swedish party convicted earlier in March "
                      "of assault, spoke at the rally.")
    (e,) = [e for e in evs if e.root == "17"]
    assert (e.source.country, e.target.name, e.date) == ("NOR", "Mara Quinlan", "2019-03"), dyads(evs)
    assert not [e for e in events(nlp, "OSLO (Reuters) - Officials accused of corruption gathered.")
                if e.root in ("11", "17")]


def test_congressional_scrutiny_is_an_inquiry_by_congress_of_whoever_comes_under_it(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - Mara Quinlan has come under congressional scrutiny over her ties "
                      "to Norway.")
    assert any(e.root == "09" and e.source.name == "Congress" and e.target is not None and
               e.target.name == "Mara Quinlan" for e in evs), dyads(evs)


def test_frustrated_by_what_they_see_as_someone_s_doing(nlp):
    evs = events(nlp, "Swedish officials have long been frustrated by what they see as Norway's reluctance to "
                      "share data.")
    assert ("SWE", "NOR", "11") in dyads(evs), dyads(evs)


@pytest.mark.parametrize("text", [
    "OSLO (Reuters) - Mara Quinlan was ordered detained after appearing in court on Monday.",
    "OSLO (Reuters) - The judge ordered Mara Quinlan detained on Monday.",
])
def test_ordered_detained_is_a_detention_of_the_one_ordered(nlp, text):
    evs = events(nlp, text)
    (e,) = [e for e in evs if e.root == "17"]
    assert (e.source.country, e.target.name, e.factuality) == ("NOR", "Mara Quinlan", "asserted"), dyads(evs)


def test_wanting_someone_extradited_is_to_come_and_not_done_to_the_one_who_wants(nlp):
    evs = events(nlp, "Norway's prime minister wants him extradited to Norway.")
    assert all(e.factuality == "future" for e in evs if e.trigger.startswith("extradited"))
    assert not any(e.target is not None and e.target.name.startswith("Norway's prime") for e in evs)


def test_hoping_that_an_actor_will_act_appeals_to_it_and_a_hope_to_act_is_to_come(nlp):
    evs = events(nlp, "Norway said on Monday it hoped Sweden would do more to protect the fisheries.")
    assert ("NOR", "SWE", "02") in dyads(evs), dyads(evs)
    evs = events(nlp, "Norway hopes to meet Sweden next week.")
    assert evs and all(e.factuality == "future" for e in evs if e.root == "04"), \
        [(e.cameo, e.factuality) for e in evs]
    assert not [e for e in events(nlp, "Norway hopes the talks will succeed.") if e.root == "02"]


@pytest.mark.parametrize("text, word, lemma", [
    ("Norway hoped for a deal.", "hoped", "hope"),
    ("The visit is slated for May.", "slated", "slate"),
    ("The rebels waged a long war.", "waged", "wage"),
    ("Protesters staged a rally.", "staged", "stage"),
])
def test_verbs_the_rule_lemmatizer_gets_wrong_are_mended(nlp, text, word, lemma):
    doc = nlp(make_doc(nlp, text, PUB))
    assert [t.lemma_ for t in doc if t.text == word] == [lemma]


def test_a_measure_said_to_be_a_waste_and_a_reputation_said_to_be_in_tatters(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - The U.S. House of Representatives passed a spending bill on Thursday. "
                      "Senator Mara Quinlan, a Democrat, said the spending measure was a \"waste of time.\" The "
                      "U.S. Senate votes next week.")
    assert any(e.root == "11" and e.source.name == "Mara Quinlan" and e.target is not None and
               e.target.country == "USA" for e in evs), dyads(evs)
    evs = events(nlp, "Sweden's prime minister said on Monday that the Norwegian government's reputation was in "
                      "tatters.")
    assert ("SWE", "NOR", "11") in dyads(evs), dyads(evs)


def test_paying_another_s_bills_is_financial_support_but_paying_one_s_own_is_not(nlp):
    assert ("NOR", "SWE", "07") in dyads(events(nlp, "Norway paid Sweden's legal costs after the ruling."))
    assert not [e for e in events(nlp, "Norway began paying its own legal costs in the Swedish case.")
                if e.root == "07"]


def test_the_national_committees_of_the_us_parties_by_their_initials(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - The RNC criticized the Norwegian government on Monday.")
    assert ("USA", "NOR", "11") in dyads(evs), dyads(evs)


def test_what_was_going_on_when_said_is_dated_by_the_day_the_report_goes_on_about(nlp):
    # published on a Friday: Thursday is 2019-03-14
    evs = events(nlp, "OSLO (Reuters) - Norway's parliament said on Thursday it was investigating Swedish "
                      "diplomats. The panel said in a statement it was also looking into payments by Sweden's "
                      "embassy.")
    dated = [e.date for e in evs if e.trigger.startswith("looking")]
    assert dated == ["2019-03-14"], [(e.trigger, e.date) for e in evs]


def test_a_body_that_says_it_does_something_is_the_it(nlp):
    evs = events(nlp, "OSLO (Reuters) - The Norwegian parliament's ethics committee said on Thursday it was "
                      "investigating Sweden.")
    assert ("NOR", "SWE", "09") in dyads(evs), dyads(evs)


def test_the_review_a_body_launched_into_something_is_its_inquiry(nlp):
    evs = events(nlp, "The dispute came up during a review that Sweden's foreign ministry launched into Norway's "
                      "decision.")
    assert ("SWE", "NOR", "09") in dyads(evs), dyads(evs)
    assert not [e for e in events(nlp, "Sweden began a review of its pension rules.") if e.root == "09"]


def test_a_day_borrowed_from_the_verb_of_an_announcement_looks_back_as_that_verb_does(nlp):
    # Monday is the day of the agreeing and the calling, which are past: not the Monday after the report
    evs = events(nlp, "Norway and Sweden agreed on Monday to increase pressure on Russia.")
    assert {e.date for e in evs} == {"2019-03-11"}, [(e.cameo, e.trigger, e.date) for e in evs]
    evs = events(nlp, "Norwegian lawmakers on Monday called for an investigation into Russian interference.")
    probe = [e for e in evs if e.root == "09"]
    assert probe and {e.date for e in probe} == {"2019-03-11"}, [(e.cameo, e.trigger, e.date) for e in evs]


def test_a_date_in_a_relative_clause_on_the_subject_is_not_the_main_verbs(nlp):
    evs = events(nlp, "A Russian lawyer who met the Norwegian foreign minister in June 2016 has agreed to "
                      "testify before the Norwegian parliament, her lawyer said.")
    met = [e for e in evs if e.root == "04"]
    assert met and met[0].date == "2016-06"
    assert all(e.date != "2016-06" for e in evs if e.root != "04"), [(e.cameo, e.trigger, e.date) for e in evs]


def test_who_arrests_someone_in_a_country_is_that_countrys_state(nlp):
    evs = events(nlp, "Norway's foreign ministry condemned the arrest of a Norwegian journalist in Istanbul.")
    assert ("NOR", "TUR", "11") in dyads(evs) and ("TUR", "NOR", "17") in dyads(evs), dyads(evs)
    evs = events(nlp, "The arrest of a Norwegian journalist in Istanbul drew condemnation from Norway.")
    assert ("NOR", "TUR", "11") in dyads(evs) and ("TUR", "NOR", "17") in dyads(evs), dyads(evs)
    # a place is not the doer of violence done in it
    evs = events(nlp, "Norway's foreign ministry condemned the killing of a Norwegian journalist in Istanbul.")
    assert ("NOR", "TUR", "11") not in dyads(evs), dyads(evs)


def test_the_events_component_mends_lemmas_in_a_pipeline_assembled_by_hand():
    # a user's own pipeline: the trained model plus eventwire's components, without load_pipeline's extras
    import spacy

    from eventwire.nlp.extensions import register_extensions
    from eventwire.nlp.pipeline import MODEL

    register_extensions()
    own = spacy.load(MODEL)
    own.add_pipe("eventwire_actors")
    own.add_pipe("eventwire_events")
    assert "eventwire_lemma_mend" not in own.pipe_names
    doc = own(make_doc(own, "The Norwegian prime minister is slated to visit Sweden next week.", PUB))
    assert [t.lemma_ for t in doc if t.text == "slated"] == ["slate"]
    visits = [e for e in doc._.eventwire_events if e.root == "04"]
    assert visits and all(e.factuality == "future" for e in visits), [(e.cameo, e.factuality) for e in visits]


def test_a_statement_issued_criticizing_is_dated_when_issued(nlp):
    evs = events(nlp, "Norway, Sweden and Denmark issued a joint statement criticizing the Russian decision.")
    critics = [e for e in evs if e.root == "11"]
    assert len(critics) == 3 and {e.date for e in critics} == {PUB}, [(e.source.name, e.date) for e in critics]


def test_a_state_and_its_capital_are_not_two_sides(nlp):
    evs = events(nlp, "Oslo has accused Moscow of violating the fisheries treaty, a charge Russia denies.")
    assert ("RUS", "RUS", "12") not in dyads(evs), dyads(evs)


@pytest.mark.parametrize("remark", ["a charge Moscow denies", "a charge Moscow denied on Monday",
                                    "an accusation Moscow rejects"])
def test_a_trailing_denial_of_a_charge_leaves_the_charge_told_and_answers_the_accuser(nlp, remark):
    evs = events(nlp, f"Norway accused Russia of violating the fisheries treaty, {remark}.")
    accused = [e for e in evs if e.cameo == "112"]
    assert accused and accused[0].factuality == "asserted" and accused[0].reported_by is None
    assert accused[0].date in (PUB, None)  # not the day of the denial
    assert all(e.target is None or e.target.country != "RUS" for e in evs if e.source.country == "RUS"), \
        [(e.cameo, e.source.name, e.target and e.target.name) for e in evs]


def test_the_parse_mend_makes_the_charge_the_main_clause(nlp):
    doc = nlp(make_doc(nlp, "Norway accused Russia of violating the treaty, a charge Moscow denies.", PUB))
    root = next(doc.sents).root
    assert root.text == "accused"
    assert [t.dep_ for t in doc if t.text == "denies"] == ["relcl"]


def test_a_year_of_the_object_is_not_the_acts_date(nlp):
    evs = events(nlp, "Norway accused Russia on Monday of violating a 1987 fisheries treaty.")
    violation = [e for e in evs if e.root == "12" and e.source.country == "RUS"]
    assert violation and all(e.date != "1987" for e in violation), [(e.cameo, e.date) for e in evs]


def test_a_threat_of_ones_own_state_is_aimed_where_the_act_is(nlp):
    evs = events(nlp, "Norway's prime minister warned that Norway would cut ties with Russia if the talks failed.")
    warned = [e for e in evs if e.root == "13"]
    assert warned and warned[0].target is not None and warned[0].target.country == "RUS", dyads(evs)
    # an appeal is aimed at the clause's subject, the speaker's own state included
    evs = events(nlp, "A Norwegian lawmaker said the Norwegian government should reconsider the decision.")
    assert all(e.target is not None for e in evs if e.root in ("02", "10")), dyads(evs)


def test_closing_an_embassy_in_a_capital_is_aimed_at_the_host(nlp):
    evs = events(nlp, "The Norwegian government closed its embassy in Moscow on Monday.")
    assert ("NOR", "RUS", "16") in dyads(evs), dyads(evs)


def test_naming_a_measure_by_a_fault_survives_a_misparse_and_is_no_act_of_the_speaker(nlp):
    text = ("OSLO (Reuters) - Norway's government will cut 2,000 jobs at its foreign ministry, officials said on "
            "Tuesday. Kari Holm, an opposition Norwegian lawmaker, called the staff reductions a risk to national "
            "security. Erik Lund, a Norwegian lawmaker, branded the fisheries investigation a \"witch hunt.\"")
    evs = events(nlp, text)
    critics = {e.source.name for e in evs if e.root == "11"}
    assert {"Kari Holm", "Erik Lund"} <= critics, dyads(evs)
    assert not [e for e in evs if e.root == "09" and e.source.name == "Erik Lund"]


def test_unnamed_critics_and_groups_take_stances_within_the_country_of_the_story(nlp):
    text = ("OSLO (Reuters) - The Norwegian parliament passed a fisheries law on Monday after Norway's prime "
            "minister backed it. Critics denounce the law as unfair to small fishermen. Other advocacy groups "
            "have pressed for a veto.")
    evs = events(nlp, text)
    by = {(e.source.name, e.root): e for e in evs}
    assert ("Critics", "11") in by and by[("Critics", "11")].source.country == "NOR", dyads(evs)
    pressed = [e for e in evs if e.root == "02" and "groups" in e.source.name]
    assert pressed and pressed[0].source.country == "NOR" and pressed[0].target.country == "NOR", dyads(evs)
    # a bare statement of unnamed critics is still no event
    assert not events(nlp, "OSLO (Reuters) - Critics said the weather was cold.")


def test_a_committee_named_as_the_owner_of_a_probe_is_of_the_datelines_state(nlp):
    text = ("OSLO (Reuters) - The Parliamentary Fisheries Committee's probe of Russian trawlers has found new "
            "evidence, lawmakers said on Tuesday.")
    evs = events(nlp, text)
    probe = [e for e in evs if e.root == "09"]
    assert probe and probe[0].source.country == "NOR", dyads(evs)


def test_a_forecast_of_how_long_a_probe_lasts_is_no_news_of_it(nlp):
    evs = events(nlp, "OSLO (Reuters) - A Norwegian lawmaker said on Tuesday he expected the Parliamentary Fisheries "
                      "Committee's probe of Russian trawlers to last into next year.")
    assert not [e for e in evs if e.root == "09"], dyads(evs)


def test_unnamed_people_arrested_with_no_one_named_are_held_by_the_authorities_of_the_place(nlp):
    evs = events(nlp, "CAIRO (Reuters) - Three journalists were detained on Monday.")
    held = [e for e in evs if e.root == "17"]
    assert held and held[0].source.country == "EGY" and held[0].target.country == "EGY", dyads(evs)
    assert held[0].factuality == "asserted"
    evs = events(nlp, "WASHINGTON (Reuters) - A peace activist will no longer be prosecuted on charges of trespass.")
    assert [e.factuality for e in evs if e.root == "17"] == ["negated"], dyads(evs)
    # things seized are no people: nobody named, no event
    assert not events(nlp, "WASHINGTON (Reuters) - The documents were seized on Monday.")


def test_a_particle_after_the_object_still_makes_the_phrasal_verb(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - Police led the protesters away on Monday.")
    assert [e.root for e in evs] == ["17"], dyads(evs)
    # "led the talks" with no particle is no arrest
    assert not [e for e in events(nlp, "WASHINGTON (Reuters) - Police led the protesters on Monday.") if e.root == "17"]


def test_pulling_out_of_a_deal_is_leaving_it_and_it_in_a_relative_clause_is_the_deal(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - Trump pulled out of the Iran nuclear deal.")
    assert ("USA", "IRN", "12") in dyads(evs), dyads(evs)
    evs = events(nlp, "HANOI (Reuters) - Eleven countries kept alive a trade deal whose future was thrown into doubt "
                      "when Trump withdrew from it.")
    assert [e.cameo for e in evs if e.source and e.source.country == "USA"] == ["127"], dyads(evs)
    # troops pulled out of a city yield ground, they leave no agreement
    assert not [e for e in events(nlp, "WASHINGTON (Reuters) - The troops pulled out of the city on Monday.")
                if e.root == "12"]


def test_violence_by_an_unnamed_attacker_in_the_passive_is_done_by_people_of_the_place(nlp):
    evs = events(nlp, "KABUL (Reuters) - Two police officers were killed by suicide bombers on Monday.")
    assert ("AFG", "AFG", "18") in dyads(evs), dyads(evs)
    evs = events(nlp, "LONDON (Reuters) - Labour lawmaker Maria Hartley was shot dead by a lone assailant.")
    shot = [e for e in evs if e.root == "18"]
    assert shot and shot[0].source.country == "GBR" and shot[0].target.name == "Maria Hartley", dyads(evs)
    # a passive of something no political actor does stays no event
    assert not events(nlp, "WASHINGTON (Reuters) - The plan was supported by fewer members.")


def test_many_in_a_country_are_its_people(nlp):
    evs = events(nlp, "MOSCOW (Reuters) - Some in Russia criticised the decision by Washington.")
    assert ("RUS", "USA", "11") in dyads(evs), dyads(evs)
    assert not events(nlp, "MOSCOW (Reuters) - Many in the room criticised the speech.")


def test_a_prosecutors_own_office_drops_the_case_and_a_cut_sentence_is_a_release(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - The U.S. attorney filed court papers on Monday, notifying a judge her "
                      "office was dropping its case against Maria Gonzalez.")
    dropped = [e for e in evs if e.root == "08"]
    assert dropped and dropped[0].source.country == "USA" and dropped[0].target.name == "Maria Gonzalez", dyads(evs)
    evs = events(nlp, "WASHINGTON (Reuters) - President Donald Trump on Wednesday cut short the 27-year prison term of "
                      "Senator John Doe.")
    assert [e.cameo for e in evs] == ["0841"], dyads(evs)
    # cutting a prison's budget frees nobody
    assert not [e for e in events(nlp, "WASHINGTON (Reuters) - Congress cut prison funding on Monday.")
                if e.cameo == "0841"]


def test_a_delegation_is_led_by_whom_it_names_and_an_officials_country_is_no_party(nlp):
    evs = events(nlp, "GENEVA (Reuters) - Delegations led by Foreign Minister Sergei Lavrov and Secretary of State Rex "
                      "Tillerson met on Monday.")
    assert {("RUS", "USA", "04"), ("USA", "RUS", "04")} <= dyads(evs), dyads(evs)
    evs = events(nlp, "HAVANA (Reuters) - Cuban official Ana Morales and U.S. official Peter Lane met on Monday.")
    met = {(e.source.name, e.target.name) for e in evs if e.root == "04"}
    assert met == {("Ana Morales", "Peter Lane"), ("Peter Lane", "Ana Morales")}, met


def test_making_light_of_something_is_disparaging_it(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - Senator John Doe made light of Senator Jane Roe's remarks on Friday.")
    assert [e.cameo for e in evs] == ["111"], dyads(evs)


def test_an_action_promised_on_a_condition_is_hypothetical_but_a_vote_on_one_is_cast(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - The United States will impose sanctions on Russia unless it withdraws.")
    assert [e.factuality for e in evs if e.root == "16"] == ["hypothetical"], dyads(evs)
    evs = events(nlp, "WASHINGTON (Reuters) - The Senate voted on Tuesday to cut aid to Ruritania unless it frees "
                      "the prisoners.")
    assert [e.factuality for e in evs if e.root == "16"] == ["asserted"], dyads(evs)


def test_reviewing_allegations_is_an_inquiry_and_an_arrival_in_a_city_a_visit_to_its_country(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - The FBI is reviewing allegations against Senator John Doe.")
    assert [e.cameo for e in evs] == ["090"], dyads(evs)
    evs = events(nlp, "BEIJING (Reuters) - Trump's arrival in Beijing on Wednesday was greeted by crowds.")
    assert ("USA", "CHN", "04") in dyads(evs), dyads(evs)


def test_what_is_given_in_saying_it_is_done_when_offered(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - Attorney General Jeff Sessions on Friday offered a tepid endorsement "
                      "of the FBI.")
    assert [(e.root, e.factuality) for e in evs] == [("05", "asserted")], dyads(evs)
    # an offered meeting is still only offered
    evs = events(nlp, "WASHINGTON (Reuters) - Senator John Doe offered to meet Senator Jane Roe.")
    assert all(e.factuality != "asserted" for e in evs if e.root == "04"), dyads(evs)


def test_testifying_or_appearing_before_a_committee_is_consulting_it(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - Senator John Doe testified before the Senate Judiciary Committee on Tuesday.")
    assert ("USA", "USA", "04") in dyads(evs), dyads(evs)
    evs = events(nlp, "WASHINGTON (Reuters) - Randy Credico is scheduled to appear in front of the House Intelligence "
                      "Committee on Dec. 15.")
    assert [(e.root, e.factuality, e.date) for e in evs] == [("04", "future", "2019-12-15")], dyads(evs)
    # hosting a radio show is no hospitality
    assert not events(nlp, "WASHINGTON (Reuters) - Randy Credico hosted a radio show on New York radio.")


def test_a_leader_abroad_for_a_summit_visits_its_host(nlp):
    evs = events(nlp, "MANILA (Reuters) - Canadian Prime Minister Justin Trudeau, in Manila for a summit of regional "
                      "leaders, dropped in at a restaurant.")
    assert [(e.source.country, e.target.country, e.root, e.factuality) for e in evs] == [
        ("CAN", "PHL", "04", "asserted")], dyads(evs)
    evs = events(nlp, "MANILA (Reuters) - Trump told reporters in Manila on the sidelines of a summit with leaders "
                      "of Southeast Asian nations.")
    assert [(e.source.country, e.target.country, e.factuality) for e in evs] == [("USA", "PHL", "asserted")]
    # at home, a summit with nobody named is no visit
    assert not events(nlp, "WASHINGTON (Reuters) - Trump told reporters in Washington on the sidelines of a summit "
                           "with leaders of Southeast Asian nations.")


def test_two_surnames_read_as_one_firm_are_the_two_people(nlp):
    from spacy.tokens import Span

    from eventwire.nlp.pipeline import mend_names
    text = ("WASHINGTON (Reuters) - Senator Blake Farenthold was sued by his former aide Lauren Greene in 2014. "
            "Farenthold and Greene reached a mediated agreement in 2015.")
    doc = nlp(make_doc(nlp, text, PUB))
    start = next(t.i for t in doc if t.text == "Farenthold" and t.i > 10)
    # the small model sometimes reads the pair as a firm: give the doc that reading and mend it
    doc.set_ents([e for e in doc.ents if not start <= e.start < start + 3] + [Span(doc, start, start + 3, "ORG")])
    mended = mend_names(doc)
    assert [(e.text, e.label_) for e in mended.ents if start <= e.start < start + 3] == [
        ("Farenthold", "PERSON"), ("Greene", "PERSON")]
    # a firm whose names are nobody's in the text stays a firm
    doc.set_ents([e for e in doc.ents if not start <= e.start < start + 3] + [Span(doc, start, start + 3, "ORG")])
    doc.set_ents([e for e in doc.ents if e.label_ != "PERSON"])
    assert [e.label_ for e in mend_names(doc).ents if e.start == start] == ["ORG"]


def test_criminal_charges_filed_or_pressed_are_a_legal_action(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - Prosecutors filed charges against Senator John Doe.")
    assert [(e.cameo, e.target.name) for e in evs] == [("173", "John Doe")], dyads(evs)
    evs = events(nlp, "WASHINGTON (Reuters) - Police pressed charges against two protesters.")
    assert [e.cameo for e in evs] == ["173"], dyads(evs)


def test_a_name_parsed_as_the_object_of_said_is_the_subject_of_what_was_said(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - U.S. prosecutors said Senator John Doe and Russian Foreign Minister "
                      "Sergei Lavrov last December discussed economic sanctions.")
    met = {(e.source.name, e.target.name, e.root) for e in evs if e.root == "04"}
    assert met == {("John Doe", "Sergei Lavrov", "04"), ("Sergei Lavrov", "John Doe", "04")}, dyads(evs)


def test_there_were_people_killed_in_a_country_is_unclaimed_violence_there(nlp):
    evs = events(nlp, "There were 12 Russian soldiers killed in Ukraine on Monday.")
    assert [(e.source.country, e.root) for e in evs] == [("UKR", "19")], dyads(evs)
    # with no place named, nobody is known to have done it
    assert not events(nlp, "There were many soldiers killed in the war.")


def test_a_travel_warning_reduces_relations_and_the_lobbied_one_is_asked_to_act(nlp):
    evs = events(nlp, "WASHINGTON (Reuters) - The U.S. State Department has advised against travel to Tunisia.")
    assert ("USA", "TUN", "16") in dyads(evs), dyads(evs)
    evs = events(nlp, "WASHINGTON (Reuters) - Lawmakers lobbied the White House to lift sanctions on Cuba.")
    lifted = [e for e in evs if e.root == "08"]
    assert lifted and lifted[0].source.name == "Government of United States", dyads(evs)


def test_seeing_a_person_is_a_meeting_but_seeing_one_as_something_is_not(nlp):
    evs = events(nlp, "French President Emmanuel Macron saw Chancellor Olaf Scholz again at a dinner in December "
                      "2021.", "2022-05-01")
    assert [(e.source.country, e.target.country, e.cameo, e.date) for e in evs] == [("FRA", "DEU", "040", "2021-12")]
    assert not [e for e in events(nlp, "French President Emmanuel Macron sees Chancellor Olaf Scholz as a partner.",
                                  "2022-05-01") if e.root == "04"]


def test_a_clause_on_the_day_beside_a_date_takes_that_date(nlp):
    evs = events(nlp, "The weather was no problem for Merkel on Wednesday, the day she arrived in France.")
    assert any(e.root == "04" and e.trigger == "arrived" and e.date == "2019-03-13" for e in evs), \
        [(e.trigger, e.date) for e in evs]


@pytest.mark.parametrize("text, dated", [
    # told as the report's news, with no time in the text: the publication day, marked as the report's
    ("Merkel thanked Macron for his support at the meeting.", True),
    ("Merkel is in Paris for talks with Macron.", True),
    # background: the pluperfect, a past clause on a noun, "previously", a year, a time of its own
    ("Merkel had thanked Macron for his support.", False),
    ("Merkel previously thanked Macron for his support.", False),
    ("The sanctions that Germany imposed on Russia remain in force.", False),
    ("Merkel thanked Macron for his support during the 2015 crisis.", False),
    ("After Merkel criticized Macron, the talks stalled.", False),
])
def test_an_undated_act_told_as_news_takes_the_report_date(nlp, text, dated):
    # (after a first sentence of its own: the lead of a report is its news by another rule)
    evs = [e for e in events(nlp, "The budget was on the agenda. " + text, "2019-03-15")
           if e.root in ("05", "04", "16", "11")]
    assert evs, text
    if dated:
        assert all((e.date, e.date_precision, e.date_basis) == ("2019-03-15", "day", "report") for e in evs), \
            [(e.trigger, e.date, e.date_basis) for e in evs]
    else:
        assert not any(e.date_basis == "report" for e in evs), [(e.trigger, e.date, e.date_basis) for e in evs]


def test_an_undated_threat_or_plan_is_not_given_the_report_date(nlp):
    evs = events(nlp, "Merkel will meet Macron to discuss the budget.", "2019-03-15")
    assert evs and all(e.date is None for e in evs if e.factuality in ("future", "hypothetical"))


@pytest.mark.parametrize("text, pressed", [
    ("Iran has resisted U.S. pressure to renegotiate the deal.", "IRN"),
    ("Germany bowed to U.S. pressure and cut its imports.", "DEU"),
    ("Under U.S. pressure, Germany cut its imports.", "DEU"),
    ("China is eager to deflect U.S. pressure to do more.", "CHN"),
])
def test_pressure_is_aimed_at_whoever_resists_bows_to_or_acts_under_it(nlp, text, pressed):
    (e,) = [e for e in events(nlp, text, "2017-11-09") if e.trigger == "pressure"]
    assert (e.source.country, e.target.country, e.factuality) == ("USA", pressed, "asserted")


def test_a_missile_fired_over_a_country_is_force_against_it(nlp):
    evs = events(nlp, "North Korea fired a ballistic missile over Japan on Friday.", "2017-09-16")
    assert ("PRK", "JPN", "19") in dyads(evs)


def test_an_unnamed_opposition_beside_a_government_is_that_countrys(nlp):
    evs = events(nlp, "The Syrian government and the opposition will hold talks in Geneva next week.")
    assert ("SYR", "SYR", "04") in dyads(evs), dyads(evs)
    evs = events(nlp, "The envoy said talks between the Yemeni government and the rebels would resume in May.")
    assert ("YEM", "YEM", "04") in dyads(evs), dyads(evs)


def test_praise_of_talks_misparsed_after_a_name_still_praises_the_partner(nlp):
    # fictional ministers; the small model reads "fruitful" as the object of "with"
    evs = events(nlp, "Norwegian Foreign Minister Ola Nordmann met Dutch envoy Jan de Vries on Monday. Nordmann "
                      "called his discussions with de Vries “fruitful” and said Norway would keep working with him.")
    assert any(e.cameo.startswith("05") and e.target and "Vries" in e.target.name for e in evs), dyads(evs)


def test_a_pronoun_opening_a_sentence_takes_the_main_subject_before_it(nlp):
    evs = events(nlp, "Norwegian fishing groups argue that their boats are kept out of the fjords while Swedish "
                      "companies fish freely there. They have also criticized Denmark's new quota plan.")
    assert ("NOR", "DNK", "11") in dyads(evs) and ("SWE", "DNK", "11") not in dyads(evs), dyads(evs)


def test_saying_someone_did_no_wrong_is_a_denial(nlp):
    # fictional officials
    for text in ("Norwegian government spokesman Ola Nordmann said on Monday that Norway had not acted improperly.",
                 "Norwegian Foreign Minister Ola Nordmann told reporters the attackers had nothing to do with Norway.",
                 "Norwegian Foreign Minister Ola Nordmann said Oslo did nothing wrong."):
        evs = events(nlp, text)
        assert any(e.cameo == "016" and e.source.country == "NOR" for e in evs), (text, dyads(evs))
    evs = events(nlp, "Norwegian Foreign Minister Ola Nordmann said Oslo did something wrong.")
    assert not any(e.cameo == "016" for e in evs), dyads(evs)


@pytest.mark.parametrize("text", [
    "When Norway expelled the Swedish ambassador, Sweden did not respond.",
    "Sweden did not respond after Norway expelled the Swedish ambassador.",
    "While Norway expelled the Swedish ambassador, it did not close its embassy in Stockholm.",
])
def test_a_not_in_the_main_clause_does_not_reach_a_when_or_after_clause(nlp, text):
    evs = [e for e in events(nlp, text) if e.cameo.startswith("16") and e.source.country == "NOR"]
    assert any(e.factuality == "asserted" and "expel" in e.trigger for e in evs), [(e.trigger, e.factuality) for e in evs]


def test_a_forecast_of_a_need_is_no_demand(nlp):
    evs = events(nlp, "Norwegian Prime Minister Ola Nordmann said Sweden would have to find the money itself.")
    assert not any(e.root == "10" for e in evs), dyads(evs)
    evs = events(nlp, "Norwegian Prime Minister Ola Nordmann said Sweden has to find the money itself.")
    assert ("NOR", "SWE", "10") in dyads(evs), dyads(evs)


@pytest.mark.parametrize("text, code", [
    ("Norwegian lawmakers rallied behind Sweden on Monday.", "05"),
    ("Norway directed Sweden to withdraw its troops from the border.", "10"),
    ("Norway will be engaging with Sweden to resolve the dispute.", "04"),
])
def test_more_verbs_of_support_orders_and_contact(nlp, text, code):
    assert ("NOR", "SWE", code) in dyads(events(nlp, text))


def test_saying_an_act_could_have_repercussions_for_someone_warns_them(nlp):
    evs = events(nlp, "The Norwegian government said the decision could have repercussions for Norway-Sweden "
                      "relations.")
    assert any(e.root == "13" and e.target and e.target.country == "SWE" and e.factuality == "hypothetical"
               for e in evs), dyads(evs)
    evs = events(nlp, "Norwegian Prime Minister Ola Nordmann said the vote will have consequences for Sweden.")
    assert ("NOR", "SWE", "13") in dyads(evs), dyads(evs)


@pytest.mark.parametrize("text", [
    "Norwegian ministers raised concerns that Sweden had not consulted them on the bridge.",
    "Norway is worried that Sweden will close the border.",
    "The Norwegian government said it was concerned Sweden was not doing enough to stop the smuggling.",
    "Norwegian officials fear Sweden is preparing to leave the agreement.",
])
def test_worry_about_what_an_actor_does_disapproves_of_it(nlp, text):
    assert ("NOR", "SWE", "11") in dyads(events(nlp, text))


def test_worry_about_nobody_is_no_event(nlp):
    assert not events(nlp, "Norwegian economists worry the economy will slow next year.")


@pytest.mark.parametrize("text", [
    "Norwegian Foreign Minister Ola Nordmann said Swedish Defence Minister Sven Svensson lied to parliament.",
    "Norwegian Foreign Minister Ola Nordmann met Swedish Defence Minister Sven Svensson on Monday. Svensson, "
    "Nordmann wrote, “apparently failed to tell the truth under oath.”",
    "Norwegian Foreign Minister Ola Nordmann said Swedish Defence Minister Sven Svensson made false statements.",
])
def test_saying_someone_lied_accuses_them(nlp, text):
    assert ("NOR", "SWE", "11") in dyads(events(nlp, text))


def test_saying_someone_did_not_lie_accuses_nobody(nlp):
    evs = events(nlp, "Norwegian Foreign Minister Ola Nordmann said Swedish Defence Minister Sven Svensson did "
                      "not lie to parliament.")
    assert ("NOR", "SWE", "11") not in dyads(evs), dyads(evs)


@pytest.mark.parametrize("text", [
    "Norway threatened to pull its troops out of Sweden.",
    "Norway will pull its troops out of Sweden next year.",
    "Norway withdrew its troops from Sweden on Monday.",
])
def test_what_ones_own_is_taken_out_of_is_the_other_side(nlp, text):
    evs = events(nlp, text)
    assert evs and all(e.target is not None and e.target.country == "SWE" for e in evs), dyads(evs)


def test_labeling_as_false_reports_that_precede_their_words_is_a_denial(nlp):
    # the parser reads "false" as the reports' own adjective
    evs = events(nlp, "Norwegian Foreign Minister Ola Nordmann on Friday labeled as “outrageous” and “false” "
                      "media reports suggesting Norway had spied on Sweden.")
    assert any(e.cameo == "016" and e.source.country == "NOR" for e in evs), dyads(evs)


def test_calling_a_leader_a_special_man_praises_and_going_so_far_is_no_future(nlp):
    evs = events(nlp, "Norwegian Prime Minister Ola Nordmann met Swedish Prime Minister Sven Svensson on Monday. "
                      "Nordmann went so far as to call Svensson a “very special man” at a briefing.", "2019-03-15")
    praise = [e for e in evs if e.root == "05"]
    assert praise and all(e.factuality == "asserted" for e in praise), dyads(evs)
    assert not any(e.root == "02" for e in evs), dyads(evs)


def test_advising_someone_is_consultation_and_advising_them_to_act_an_appeal(nlp):
    assert ("NOR", "SWE", "04") in dyads(events(nlp, "Norwegian Foreign Minister Ola Nordmann has advised Swedish "
                                                      "Prime Minister Sven Svensson on energy policy."))
    evs = events(nlp, "Norway advised Sweden to close the border.")
    assert ("NOR", "SWE", "02") in dyads(evs), dyads(evs)
    assert all(e.factuality == "hypothetical" for e in evs if e.source.country == "SWE"), dyads(evs)
