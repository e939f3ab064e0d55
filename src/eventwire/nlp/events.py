"""Political events: who did what to whom, coded in CAMEO and PLOVER, with modality and the event's own date.

Events are read off the dependency parse, one predicate at a time:

- **verbal predicates** in lexicon/event_lexicon.tsv ("expel", "impose" + a sanctions noun, "meet" + "with"):
  the subject is the source (the agent of a passive), the target is the object, the dative, a prepositional
  object ("sanctions on X", "talks with X") or the actor named inside the object ("expelled 35 Russian
  diplomats"); coordinated subjects give one event each, and "X and Y agreed" is reciprocal;
- **nominal predicates** ("the occupation of X", "an embargo against X", "X's strike on Y", "U.S. sanctions").

The action itself is coded; its modality goes in ``factuality`` (asserted, future, hypothetical, negated),
read from auxiliaries, negation, conditional clauses and the verb that governs the predicate ("plans to",
"threatened to", "refused to", "urged X to"). Events under a speech verb or inside a quotation carry the
speaker as ``reported_by``. A bare statement ("X said ...") is a quote, not an event; speech acts that take
a position toward an actor (accuse, criticise, praise, urge, demand, deny, reject) are events.
Sentences with no actor on either side give no event.
"""
from __future__ import annotations

import dataclasses
import datetime
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.errors import LexiconError
from eventwire.ingest.meta import outlets
from eventwire.model import Entity, Event, EventActor
from eventwire.nlp.codebook import load_codebook
from eventwire.nlp.kb import load_kb
from eventwire.nlp.pipeline import CLAIM_NOUNS, DATELINE, mend_lemmas, mend_parse
from eventwire.nlp.spans import ActorIndex, event_actor, person_genders, stance_prefixed

try:  # the time-expression module may be absent from an installation; events then carry no date
    from eventwire.nlp.eventdates import _time_expressions as _dates_in
    from eventwire.nlp.eventdates import event_date as _eventdates_date
    from eventwire.nlp.eventdates import _clause_verb, event_location, resolve_expression
except ImportError:  # pragma: no cover - only without nlp/eventdates.py
    _dates_in = _eventdates_date = event_location = resolve_expression = _clause_verb = None  # type: ignore
try:  # a newer date resolver, ``event_date(sent, trigger, published) -> (date, precision)``, wins when present
    from eventwire.nlp.timex import MESSAGE_NOUNS
    from eventwire.nlp.timex import event_date as _timex_date
except ModuleNotFoundError as _err:
    if _err.name != "eventwire.nlp.timex":
        raise
    _timex_date = None
    MESSAGE_NOUNS = frozenset()

SUBJECT = ("nsubj", "csubj")
TARGET_PREPS = ("on", "against", "with", "to", "toward", "towards", "at", "from", "for", "over", "into", "upon",
                "in", "behind")
FUTURE_AUX = {"will", "shall", "'ll"}
MODAL_AUX = {"may", "might", "could", "would", "should", "must", "can", "ought"}
TENSE_AUX = frozenset(FUTURE_AUX | MODAL_AUX)
FUTURE_HEADS = {"plan", "intend", "expect", "aim", "prepare", "schedule", "set", "due", "agree", "decide", "vow",
                "slate",  # "is slated to meet"
                "pledge", "promise", "announce", "seek", "move", "begin", "start", "go", "require", "oblige",
                # what one is ordered to do is still to be done: "ordered the United States to cut its staff"
                "order", "instruct", "direct",
                # measures backed or proposed, not yet taken: "backed new sanctions", "proposed aid"
                "back", "endorse", "propose", "draft", "introduce", "unveil", "table",
                # adjectives of readiness: "is ready to host", "is prepared to impose"
                "ready", "prepared", "willing", "poised", "keen", "eager", "determined",
                # what one wants or hopes to do is meant to come, as what one plans: "hoped to work with X"
                "want", "hope", "wish"}
HYPOTHETICAL_HEADS = {"threaten", "consider", "try", "offer", "urge", "ask", "call", "tell",
                      "demand", "press", "push", "warn", "need", "weigh", "mull", "discuss", "request",
                      "appeal", "invite", "suggest", "recommend", "advise", "could", "might", "may", "would", "likely",
                      "able"}
#: The press: spoken to, it is no target ("spoke to reporters in Yangon"); arrested, it still is.
PRESS_NOUNS = frozenset("reporter reporters journalist journalists press media newsman newsmen correspondent "
                        "correspondents".split())
#: Nouns that name the one who acts: after "be" their subject acts ("X is an outspoken critic of Y"); other
#: nouns after "be" characterise ("the programme is a threat to the region" is no threat made).
DOER_NOUNS = frozenset({"critic"})
#: What an intrusion is in when it is a country's politics ("meddling in the 2016 election").
ELECTION_NOUNS = frozenset("election elections vote campaign referendum politics".split())
#: Prepositions of the circumstances an actor acts in ("despite pressure from X", "amid criticism by X").
CIRCUMSTANCE_PREPS = frozenset({"despite", "amid", "amidst", "under", "after", "following"})
#: Journeys that "take" someone somewhere.
TRIP_NOUNS = frozenset("trip tour visit journey swing".split())
#: Nouns that place an occasion in time: "at the end of a visit", "on the sidelines of a summit".
TIME_FRAMES = frozenset("end start beginning conclusion close course eve sidelines middle outset wake "
                        "margins".split())
#: Verbs of doing the same to each other: with "with X", the subject and X are each source and target.
EXCHANGE_VERBS = frozenset({"trade", "exchange", "swap"})
#: Verbs and nouns of asking for an action: the action asked for in a that-clause ("demanded that Israel
#: ease restrictions", "its demand that X withdraw") is not done, only wanted.
DIRECTIVE_HEADS = frozenset("demand urge ask request call recommend propose suggest press push appeal insist "
                            "plead petition".split())
NEGATING_HEADS = {"refuse", "decline", "fail", "deny", "reject", "avoid", "halt", "stop", "cancel", "postpone",
                  "delay", "hold", "rule", "unwilling", "reluctant", "unable",
                  # "prohibited from providing", "barred from entering"
                  "prohibit", "bar", "forbid", "prevent", "ban"}
#: Negating verbs that negate only with their particle: "held off", "ruled out".
PARTICLE_NEGATORS = {"hold": "off", "rule": "out"}
MODAL_ADJ = {"possible", "potential", "proposed", "likely", "hypothetical", "threatened", "mooted", "would-be"}
#: Nouns whose infinitive tells an action not (or not yet) done, and how.
NOUN_MODALITY = ((frozenset("threat warning opportunity chance possibility option offer proposal call demand "
                            "request".split()), "hypothetical"),
                 (frozenset("plan intention promise pledge vow commitment readiness willingness".split()), "future"),
                 (frozenset("refusal failure reluctance".split()), "negated"))
#: Nouns that frame an action as a possibility ("an opportunity for talks", "the prospect of sanctions").
MODAL_NOUNS = {"opportunity", "chance", "possibility", "prospect", "option", "risk", "danger", "threat"}
#: Verbs done to a charge: "the allegations that he denied" is a relative clause, no alleged act.
CLAIM_HANDLING = frozenset("deny reject dismiss refute dispute contest make level raise bring face file repeat "
                           "report publish hear investigate probe examine review call describe cite".split())
#: Nouns of a charge not (yet) borne out: what they say was done is alleged, not told as done ("allegations
#: that the campaign colluded", "accusations of meddling").
ALLEGED_NOUNS = frozenset("allegation accusation claim suspicion rumor rumour speculation charge assertion "
                          "suggestion".split())
#: Bodies that represent a state abroad: they stand for the state ("the U.N. mission of Uruguay").
MISSION_NOUNS = frozenset("mission embassy delegation consulate legation representation".split())
#: A year written as a number ("the 1967 war").
YEAR = re.compile(r"(?:19|20)\d\d")
#: Verbs of telling someone something: with an actor told, a statement made to that actor (010).
ADDRESS_VERBS = frozenset({"tell", "inform", "assure", "brief", "notify"})
#: Capitals that seat international bodies: their datelines say nothing of an official's country.
BODY_SEATS = frozenset({"Brussels", "Vienna", "Nairobi", "Addis Ababa", "Jakarta", "Rome"})
#: Roots of things done in words: said in the simple past with no time, they are the day's news.
VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12"})
#: Plurals that, with "the two" or "both", stand for the two parties just named ("the two sides agreed").
PAIR_NOUNS = frozenset("side leader country nation government official man president minister delegation "
                       "team party ally neighbour neighbor".split())
#: Prepositions of time and circumstance: a noun after them is not what the verb above it wants or plans.
ADJUNCT_PREPS = frozenset("during after since amid despite following throughout".split())
FUTURE_ADJ = {"planned", "upcoming", "scheduled", "forthcoming", "expected", "next", "future"}
SPEECH = {"say", "tell", "state", "announce", "claim", "report", "add", "insist", "note", "write", "tweet",
          "confirm", "declare", "explain", "argue", "believe", "think", "suggest", "predict", "warn", "allege"}
#: Nouns that name groups of people acting: an unnamed source of an event ("rebels attacked ...").
GROUP_NOUNS = frozenset("rebel insurgent militant gunman guerrilla fighter soldier troop force army police "
                        "policeman officer protester demonstrator activist student worker official authority "
                        "government regime administration ministry militia separatist terrorist attacker "
                        "jihadist extremist opposition crowd mob leader lawmaker legislator diplomat".split())
#: Nouns for unnamed people who take a stand ("critics denounce it as ...", "rights groups accused X of ..."):
#: an unnamed source of a stance, of the country where it is taken.
VOICE_NOUNS = frozenset("critic opponent detractor advocate campaigner group organization organisation".split())
#: Nouns for unnamed officers of a state's justice ("prosecutors dropped the case", "a jury found him guilty"):
#: of the state where the report is filed from, unless the action's place says otherwise.
JUSTICE_NOUNS = frozenset("prosecutor judge jury court investigator inspector regulator".split())
#: Whose office acts for the state like its officers ("the prosecutor's office", "the U.S. attorney's office").
JUSTICE_OFFICE_HOLDERS = JUSTICE_NOUNS | {"attorney"}
#: Nouns for unnamed people on the receiving end of an action ("dispersed the demonstrators", "arrested 12
#: activists"): with no country of their own, they belong to the country where the action happens.
PEOPLE_NOUNS = GROUP_NOUNS | frozenset("protester demonstrator civilian people person villager resident citizen "
                                       "national student worker journalist reporter blogger dissident prisoner "
                                       "detainee inmate supporter member refugee migrant worshipper farmer "
                                       "suspect man woman child youth crowd family pilgrim opponent critic "
                                       "loyalist follower voter individual".split())
#: Nouns for an official named right after them ("U.S. official John Creamer", "Chinese envoy X").
OFFICIAL_NOUNS = frozenset("minister envoy ambassador secretary spokesman spokeswoman negotiator delegate "
                           "representative adviser advisor aide".split())
#: Nouns for what is given or begun by saying it: offered or announced, it is done ("offered condolences",
#: "announced the detente"), unlike an offered meeting or an announced visit.
GIVEN_BY_SAYING = frozenset("endorsement condolence condolences apology apologies praise sympathy thanks "
                            "congratulations support backing detente rapprochement normalization recognition".split())
#: Words that stand for some unnamed people of a place ("many in Russia", "some on China's Weibo").
SOME_PEOPLE = frozenset("many some others most few".split())
#: Nouns for lone or unnamed attackers besides the groups above ("shot dead by a Nazi-obsessed loner").
ATTACKER_NOUNS = frozenset("loner assailant killer shooter bomber sniper stabber knifeman assassin "
                           "perpetrator".split())
#: Nouns for a decision or a plan of someone's: the infinitive after them is done by their owner.
DECISION_NOUNS = frozenset("decision plan move bid attempt effort refusal readiness willingness intention "
                           "threat promise pledge offer proposal order".split())
#: Statements and documents: a participle hung on one ("a statement condemning X") is said by its author.
STATEMENT_NOUNS = frozenset("statement declaration resolution letter communique communiqué report note message "
                            "speech remarks decree order appeal motion bill petition editorial post tweet "
                            "video interview proclamation directive memorandum text email e-mail".split())
#: Verbs that start with "re" without meaning "again" what the rest means ("revisit" is to reconsider).
NOT_AGAIN = frozenset({"revisit"})
#: Verbs by which a body takes or backs a measure as its own: its sanctions, aid or concessions are its deeds
#: (taken: approve, pass; still to come: back, propose; the factuality follows FUTURE_HEADS).
ADOPT_VERBS = frozenset("approve pass adopt enact sign back endorse support propose draft introduce unveil "
                        "table".split())
ADOPTED_ROOTS = frozenset({"07", "08", "16", "17"})
#: Verbs of displeasure: the one displeased disapproves of whoever or whatever displeased them (110).
DISPLEASURE = frozenset("frustrate anger upset outrage dismay irritate annoy trouble alarm infuriate "
                        "disappoint disturb shock appal appall offend".split())
#: Wrongs that, reported by one actor of another, accuse the doer: coercion, assault, fighting, mass violence.
ALLEGED_ROOTS = frozenset({"17", "18", "19", "20"})
#: Wrongs that an actor, saying it did not do them, denies (016).
DENIABLE_ROOTS = frozenset({"11", "13", "15", "16", "17", "18", "19", "20"})
#: Verbs and nouns of intruding into another's affairs: the target is whose affairs or election they are.
INTRUSION_VERBS = frozenset("interfere meddle intervene intrude influence sway tilt rig hack".split())
INTRUSION_NOUNS = frozenset("interference meddling intervention intrusion".split())
#: Particles of phrasal verbs that the tagger sometimes reads as adverbs ("pushed back on", "called off").
PARTICLES = frozenset("back off out up down away over aside".split())
#: Verbs that name or describe: with an object predicate ("called the talks a waste of time") they
#: characterise, they do not act.
NAMING_VERBS = frozenset("call name label brand term dub describe deem consider".split())
#: Nouns for the telephone: "told X by phone" is a call.
PHONE_NOUNS = frozenset("phone telephone call conversation videoconference video".split())
#: Words that make an operation or a campaign something other than force ("an influence operation").
CIVIL_OPERATIONS = frozenset("influence information disinformation propaganda rescue relief humanitarian "
                             "peacekeeping election electoral fundraising lobbying charm sting smear".split())
#: Nouns of a finding or report: a wrong told in their "that" clause is alleged by whoever found it.
FINDING_NOUNS = frozenset("assessment conclusion finding report determination allegation accusation claim "
                          "charge charges verdict judgment judgement".split())
#: Prepositions that place an act at an occasion: "during his meeting with X", "at talks with Y".
OCCASION_PREPS = frozenset({"during", "at", "after", "in"})
#: Nouns of displeasure in "to the annoyance of X": X is displeased with whoever did it.
DISPLEASURE_NOUNS = frozenset("annoyance anger dismay irritation chagrin displeasure consternation fury outrage "
                              "frustration ire alarm".split())
#: Wrongs whose absence, said of them ("there was no collusion"), denies them.
DENIED_WRONGS = frozenset("collusion meddling interference wrongdoing coordination conspiracy cover-up "
                          "involvement".split())
#: Nouns for claims made against someone, and words that call them untrue: "the accusations are baseless".
CLAIM_NOUNS = frozenset("accusation allegation claim charge report assertion suggestion".split())
FALSE_WORDS = frozenset("baseless false groundless untrue unfounded fabricated absurd ridiculous nonsense lie "
                        "lies fake slander propaganda hoax outrageous fabrication fiction".split())
#: Words that find fault with an actor or with what it does, when said of it ("X's position is a problem",
#: "the arrests are unacceptable", "what it called Y's aggression"): the speaker criticises (111) or, where the
#: word names a wrong done, accuses (112: of a crime 1121, of abuses 1122, of aggression 1123).
FAULT_WORDS = {w: "111" for w in (
    "problem unacceptable intolerable illegal illegitimate unlawful provocative dangerous reckless irresponsible "
    "destabilizing destabilising hostile unjustified unjustifiable outrageous deplorable regrettable "
    "counterproductive unhelpful wrong mistake blunder threat menace blackmail hypocrisy hypocritical disgrace "
    "shameful disgraceful insult affront obstacle impediment unprovoked disaster catastrophe fiasco travesty "
    "scandal farce failure betrayal embarrassment unbelievable foolish unconstitutional racist misguided "
    "terrible horrible appalling destructive unfair unjust inappropriate offensive insulting disappointing "
    "troubling alarming cruel inhumane dishonest incompetent harmful damaging detrimental devastating disastrous "
    "flawed misleading absurd ridiculous laughable pathetic unworkable ill-advised shortsighted unwise naive "
    "corrupt unethical improper divisive hateful bigoted xenophobic disgusting despicable vile reprehensible "
    "abhorrent inexcusable unfit unqualified sham joke mess nightmare outrage shame setback risk danger burden "
    "giveaway handout boondoggle overreach scam hoax charade ripoff rip-off witch "
    # names a leader is called by in insult ("called Trump a lunatic")
    "lunatic madman liar dotard fool idiot thug gangster dictator tyrant warmonger puppet").split()}
#: Where a thing is said to be when it is ruined ("the FBI's reputation was in tatters").
PLIGHT_WORDS = frozenset("tatters disarray shambles ruins".split())
FAULT_WORDS.update({w: "111" for w in PLIGHT_WORDS | {"waste"}})
FAULT_WORDS.update({w: "112" for w in "violation breach interference meddling sabotage".split()})
FAULT_WORDS.update({w: "1121" for w in "crime theft corruption piracy fraud".split()})
FAULT_WORDS.update({w: "1122" for w in "genocide atrocity atrocities abuse persecution repression cleansing "
                    "massacre".split()})
FAULT_WORDS.update({w: "1123" for w in "aggression provocation provocations invasion expansionism".split()})
#: Nouns of worry: voiced about what someone does, they disapprove of it.
CONCERN_NOUNS = frozenset("concern worry fear misgiving alarm".split())

#: What is said to follow from an act, as a warning ("could have consequences for X").
CONSEQUENCE_NOUNS = frozenset("consequence repercussion implication cost price ramification".split())

#: Words that open a clause telling when, why or despite what: a "not" in the main clause does not reach into it.
TIME_CLAUSE_MARKS = frozenset("when whenever after before since because as while although though once".split())

#: Unnamed domestic opponents of a government ("the opposition", "the rebels"), of its country when set beside it.
DOMESTIC_OPPONENTS = frozenset("opposition rebel insurgent militant guerrilla dissident".split())

#: Words that speak well of an actor or of what it does ("called his talks with X fruitful", "said Xi was a
#: great leader"): read the same way, they are praise (051) of whoever is spoken of.
PRAISE_WORDS = frozenset("fruitful productive constructive positive successful excellent useful fantastic "
                         "wonderful tremendous terrific outstanding great good helpful friendly cordial "
                         "historic special remarkable brilliant extraordinary amazing incredible impressive "
                         "honorable honourable smart wise".split())
FAULT_WORDS.update({w: "051" for w in PRAISE_WORDS})
#: Nouns that frame what they are "of": "an act of aggression", "a form of blackmail".
FRAMING_NOUNS = frozenset("act form kind case example sign instance piece".split())
#: Verbs of speech that may characterise: "said X was a problem", "warned that X is a threat".
CHARACTERISING_VERBS = frozenset({"say", "tell", "state", "add", "insist", "note", "write", "tweet", "declare",
                                  "argue", "warn", "stress", "complain", "charge", "allege", "assert", "claim"})
#: Verbs whose object does what their infinitive says ("urged Russia to withdraw", "prompted Trump to launch").
OBJECT_CONTROL = frozenset("urge ask call press push force order tell invite allow encourage require oblige compel "
                           "want expect prompt lead cause spur persuade convince drive enable authorize authorise "
                           "instruct direct pressure pressurize get permit lobby advise".split())
#: Verbs by which one puts out a statement or document of one's own.
ISSUE_VERBS = frozenset("issue release publish adopt pass sign send deliver post make give write introduce "
                        "submit sponsor read table unveil present file lodge".split())
#: Nouns for bodies: an unresolved one as a subject is what a later "it" stands for.
BODY_NOUNS = frozenset("coalition alliance group movement government administration regime organization "
                       "organisation agency committee council court company bank party union militia network "
                       "army force".split())
#: Bodies that speak of themselves as "it" ("the ministry said it would ...").
TELLING_BODIES = BODY_NOUNS | frozenset("ministry department commission panel office bureau embassy board authority "
                                        "parliament senate legislature cabinet watchdog".split())
#: Working groups of people, who act as one ("a team investigating links between X and Y" is not X).
TEAM_NOUNS = frozenset("team panel unit squad staff delegation office taskforce commission".split())
#: Common nouns for people or a body that can act.
DOER_HEAD_NOUNS = PEOPLE_NOUNS | BODY_NOUNS | JUSTICE_NOUNS | TEAM_NOUNS
#: Verbs of what the law does to a person ("convicted", "arrested", "jailed"), never to a body or party.
PERSON_DEED_VERBS = frozenset("convict arrest jail imprison detain sentence indict charge".split())
#: What a court or government orders done to someone ("ordered him detained", "ordered them deported").
ORDERED_DEEDS = PERSON_DEED_VERBS | frozenset("release free deport expel extradite hold".split())
#: Verbs that refuse the act of their infinitive ("declined to impose sanctions": no sanctions, that day).
REFUSAL_VERBS = frozenset("refuse decline fail reject".split())
#: Verbs whose infinitive is the act refused ("refused to hear the appeal"): the refusal is that act negated.
REFUSING = frozenset({"refuse", "decline"})
#: What a refusal to speak is of ("declined to comment"): no event.
SILENCE_VERBS = frozenset("comment elaborate say discuss speak talk confirm specify give provide name detail "
                          "explain".split())
#: Answering: silence when what goes unanswered is only a request for comment ("declined to respond to
#: questions"), a rejection when it is someone's demand.
ANSWER_VERBS = frozenset({"respond", "answer", "reply"})
ASKING_NOUNS = frozenset("request question inquiry query comment call email message phone telephone detail "
                         "matter report".split())
#: Verbs of attack that a politician does in words ("Trump attacked the FBI", "Pelosi hit the plan").
WORDS_OR_ARMS = frozenset("attack assail hit target".split())
#: Nouns that head the names of bodies ("the Federal Bureau of Investigation" is then "the bureau").
NAMED_BODY_NOUNS = frozenset("bureau department ministry commission committee agency council court party "
                             "service authority".split())
#: Plain words for a named body: "the panel" is the committee or commission last named.
BODY_SYNONYMS = {"panel": ("committee", "commission", "panel", "subcommittee")}
#: Nouns for a government: "the administration" is the government last acting in the text.
GOVERNMENT_NOUNS = frozenset("administration government regime cabinet presidency".split())
#: Nouns that count or gather people: the people are what "thousands of X" or "a group of X" names.
QUANTITY_NOUNS = frozenset("thousand thousands hundred hundreds dozen dozens million millions group crowd number "
                           "score scores band batch handful deployment contingent detachment patch wave column".split())
#: Words that pick some of the events a plural names ("one of the investigations", "part of the talks").
PARTITIVES = frozenset("one two three some several part another".split())
#: Roles of persons that speak or act for their state: with no country known, they take the article's.
STATE_ROLES = frozenset({"government", "military", "legislature", "judiciary", "police", "intelligence"})
#: Cooperation that only exists toward somebody: without a target actor it is no political event.
NEEDS_TARGET = frozenset({"05", "06", "07"})
#: Roots whose actions are done to somebody: a target missing from the sentence may come from the article.
TARGETED_ROOTS = frozenset({"16", "17", "18", "19", "13", "11", "12", "10", "07", "08"})
#: Prepositions that introduce the target of a nominal predicate ("sanctions on X", "talks with X").
NOUN_TARGET_PREPS = ("on", "against", "with", "of", "to", "into", "toward", "towards", "at")
#: Participles that after "be" describe the subject's stance, not something done to it.
STATIVE_PARTICIPLES = frozenset({"opposed", "committed", "determined", "prepared", "dedicated", "devoted",
                                 "resolved", "inclined", "disposed", "engaged", "involved", "concerned"})
#: Verbs of taking part: with "in" and a predicate noun, the noun's action is what their subject does.
ACTIVITY_VERBS = frozenset({"engage", "participate", "involve", "take", "join", "be", "remain", "stay"})
#: Codes (by prefix) of actions done to the place where they happen ("troops deployed in X", "arrived in X",
#: "suspended aid deliveries in X"), so that the state of that place is their target; elsewhere "in X" only
#: says where.
PLACE_IS_TARGET = ("14", "15", "17", "18", "19", "20", "07", "162", "166", "042")
#: Statements, appeals, intents, praise, demands, disapproval and rejection: events only when they are
#: about somebody or something.
POSITION_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12"})
#: Nouns that frame a predicate noun used as their modifier ("a mediation effort", "the sanctions regime",
#: "peace talks round"): the phrase's arguments are the predicate's. People ("riot police") are not frames.
FRAME_NOUNS = frozenset("effort efforts mission bid initiative campaign operation operations program programme "
                        "package plan process round regime measure measures move attempt drive push action "
                        "deal order threat talks team delegation trip tour visit".split())
#: Verbs whose subject undergoes the action their object names ("faces sanctions", "came under fire").
#: Verbs by which one meets an action already under way ("resisted U.S. pressure", "bowed to the demands"):
#: whether or not the meeting is done, what is met is there.
RESISTING = frozenset({"resist", "deflect", "defy", "ignore", "rebuff", "fend", "shrug", "dodge", "evade", "bow",
                       "yield", "succumb", "feel"})
UNDERGO = frozenset({"face", "receive", "suffer", "endure", "come", "undergo", "withstand", "weather"}) | RESISTING
#: Verbs by which an action draws a reaction ("prompting sanctions", "drawing condemnation").
PROVOKE = frozenset({"prompt", "draw", "trigger", "provoke", "spark", "invite", "earn", "attract", "bring", "elicit",
                     "stir", "fuel", "ignite"})
#: Measures and plans of government that one backs or opposes ("support the bill", "endorsed the plan").
POLICY_NOUNS = frozenset("bill legislation law measure plan proposal resolution reform amendment budget nomination "
                         "nominee treaty deal accord agreement rule regulation policy initiative program programme "
                         "overhaul package".split())
#: Nouns by which a report refers back to an act just told ("China condemned the move"): they stand for the
#: doer of the last act reported before their sentence.
ACT_NOUNS = frozenset("move decision step announcement action measure measures proposal".split())
#: Actions that, with no target named, are done within the source's own country (CAMEO codes them X -> X):
#: protest, demands, concessions and resignations, repression, threats of unrest.
DOMESTIC_ROOTS = frozenset({"08", "10", "13", "14", "17"})
#: Coercion and judgement (arrest, detention, trial, expulsion, repression): in a passive with nobody named,
#: the state where it happens is the one doing it.
STATE_ACTION_CODES = ("17", "116")
#: Roots of deeds done to a target by the one named beside the noun (threats, force, coercion, sanctions).
DEED_ROOTS = frozenset({"13", "15", "16", "17", "18", "19", "20"})
#: Stances toward something (praise, appeals, demands, criticism, rejection): aimed at whoever did the action
#: they are about.
STANCE_ROOTS = frozenset({"02", "05", "10", "11", "12"})
#: Codes (by prefix) of actions done to a person: arrest, detention, expulsion, abduction, assault, killing,
#: assassination, release.
DONE_TO_PEOPLE = ("173", "174", "181", "182", "1823", "185", "186", "0841")
#: Roots of violent action: what an attack noun or a weapon can be the doer of.
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
#: Codes of violent verbs that say nothing of how ("kill", "attack", "wound"): the attack noun or weapon
#: that did it tells more.
GENERIC_VIOLENCE = frozenset({"180", "190", "193"})
#: Modifiers of a bombing that name its CAMEO kind.
BOMBING_KINDS = {"suicide": "1831", "car": "1832", "vehicle": "1832", "truck": "1832", "roadside": "1833",
                 "improvised": "1833", "ied": "1833"}
#: Doers of violence who are no army: CAMEO's unconventional violence (18) when they kill or attack.
IRREGULAR_ATTACKERS = frozenset("gunman gunmen terrorist bomber assailant attacker hijacker kidnapper mob "
                                "militiaman militiamen jihadist extremist sniper".split())
#: A state's armed forces: their violence is conventional force (19).
STATE_FORCES = frozenset("army troop soldier force military marine navy serviceman servicemen airman policeman "
                         "police officer peacekeeper commando jet warplane tank".split())
#: Armed groups that are no state's: fighting between them and an army is conventional too, but their
#: killing of people who are no fighters is unconventional violence (18).
IRREGULAR_FORCES = frozenset("fighter rebel insurgent guerrilla guerilla militant militia".split())
#: Individuals by office or trade: killing one of them is an assault on a person ("killed the deputy chief").
PERSON_NOUNS = frozenset("chief leader official governor mayor minister politician judge lawyer priest cleric "
                         "imam doctor teacher businessman diplomat envoy candidate lawmaker".split())
#: Nouns for one person by office or trade that a definite "the agent" later refers back to.
ROLE_PERSON_NOUNS = PERSON_NOUNS | frozenset("agent officer spokesman spokeswoman spokesperson ambassador "
                                             "negotiator commander general adviser advisor aide".split())
#: Nouns for places, whose nationality adjective says which country they are in ("the Iraqi city of Basra").
PLACE_NOUNS = frozenset("city town village capital province region district area port enclave camp border "
                        "territory state county neighbourhood neighborhood suburb island coast valley".split())
#: Nouns for the occasion of an action: a phrase "on/at/during" one says when or where, not with whom.
OCCASION_NOUNS = frozenset("sideline sidelines margin margins summit meeting conference forum session gathering "
                           "ceremony event celebration funeral rally opening".split())
#: Prepositions of place: a city or region after them says where, not who.
LOCATIVE = frozenset({"in", "at", "near", "outside", "across", "throughout", "around", "inside", "within"})
#: How many sentences back a report in the simple past still takes the day of the last dated event.
NARRATIVE_SENTENCES = 2
#: Words of a sentence that tell an undated act as past background, not as the report's news.
PAST_CUES = re.compile(r"\b(?:in the past|in years past|previously|formerly|at the time|at that time|back then|"
                       r"ago|used to|in recent years|over the years|for years|for decades|history|historic|"
                       r"earlier|before that|since then)\b", re.I)
#: Conjunctions of a clause that happens at a time of its own ("after Trump fired Comey").
TIME_OF_ITS_OWN = frozenset({"after", "before", "since", "until", "till"})
#: Adverbs on a verb that put its act in an earlier time ("initially said", "then expelled").
BACKGROUND_ADVERBS = frozenset("initially originally once formerly then earlier already first later".split())
#: Nouns of a stretch of time a relative clause can tell of ("the day he arrived", "the week talks began").
DAY_NOUNS = frozenset("day night morning evening afternoon week weekend month year".split())
#: Words that refer back to a time just mentioned.
ANAPHORIC_TIME = re.compile(r"\b(?:at the time|at that time|that day|the same day|that week|that month|that year|"
                            r"the following day|then)\b", re.I)
RECIPROCAL_ROOTS = {"03", "04", "05", "06", "19"}
#: What others say: rejecting it is aimed at whoever says it, not at the country an article is about.
HEARSAY_NOUNS = frozenset("talk allegation accusation claim report rumor rumour speculation suggestion "
                          "charge assertion".split())
#: Light verbs of a relative clause on a predicate noun: "the trip he made to Egypt".
RELATIVE_LIGHT_VERBS = frozenset({"make", "pay", "hold", "have", "take", "conduct", "undertake", "launch", "open"})
#: An entry of a chronology: a day, then a colon ("* Dec. 21, 2016: Egypt submits ...", "Jan. 6: ...").
CHRONICLE_ENTRY = re.compile(r"^[\s*•·–-]*(?P<when>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
                             r"\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                             r"[a-z]*\.?(?:\s+\d{4})?)\s*:\s", re.I)
#: Verbs whose object is what is talked about, never the other party: "discussed North Korea with Xi".
TOPIC_VERBS = frozenset({"discuss", "debate"})
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}
PRONOUN_NUMBER = {"he": "person", "she": "person", "him": "person", "her": "person", "his": "person",
                  "it": "body", "its": "body", "they": "any", "them": "any", "their": "any"}


#: The code of a lexicon row that makes a predicate no event with its object ("fight corruption").
NO_EVENT = "-"


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a second clause that the parser hung on the first clause's object: in "Moscow has denied
    any meddling and Trump has said there was no collusion" it makes "Trump" a conjunct of "meddling" and
    leaves "said" with no subject. The name right after "and", right before the verb's auxiliary, is it."""
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    first = min([c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i] + [verb],
                key=lambda t: t.i)
    if first.i < 2:
        return None
    name = verb.doc[first.i - 1]
    if name.dep_ != "conj" or name.pos_ not in ("PROPN", "NOUN") or name.head.i >= name.i or \
            name.head.dep_ not in ("dobj", "pobj", "attr") or verb.doc[name.i - 1].dep_ != "cc":
        return None
    return name


def _existential(noun: Token) -> bool:
    """Whether a noun is what "there is/are/were" introduces ("there were ten soldiers killed in X")."""
    return noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(c.dep_ == "expl" for c in noun.head.children)


#: Verbs of saying that take no person as their object: a name after them is the content clause's subject.
SAYING_ONLY = frozenset("say claim allege state report add write".split())


def _said_subject(verb: Token) -> Token | None:
    """The subject of a content clause that the parser made the object of its verb of saying: in "prosecutors
    said Flynn and Kislyak last December discussed sanctions" it makes "Flynn" the object of "said" and leaves
    "discussed" with no subject."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING_ONLY or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i < verb.i), None)


def stranded_subjects(doc: Doc) -> frozenset[int]:
    """The token indices of every stranded subject (see ``_stranded_subject``) of a Doc."""
    return frozenset(t.i for v in doc for t in [_stranded_subject(v)] if t is not None)


@dataclass(frozen=True)
class Predicate:
    lemma: str
    pos: str
    object: str
    prep: str
    cameo: str
    #: the object lemmas a row lists itself ("=curfew|emergency"), instead of a class of event_objects.tsv
    literal: frozenset[str] = frozenset()


@dataclass
class EventLexicon:
    verbs: dict[str, list[Predicate]]
    nouns: dict[str, list[Predicate]]
    classes: dict[str, set[str]]

    @cached_property
    def adjectives(self) -> frozenset[str]:
        """Lemmas with rows of pos A (adjectives after "be": "critical of"), looked up among the verbs."""
        return frozenset(lemma for lemma, rows in self.verbs.items() if any(r.pos == "A" for r in rows))

    def lookup(self, lemma: str, pos: str, objects: set[str], preps: set[str],
               heads: frozenset[str] | None = None) -> Predicate | None:
        """The most specific row for a predicate with these object lemmas and prepositions. When ``heads``
        (the objects' head lemmas) are given, a row matched by a modifier alone yields to a class row matched
        by a head that names another kind of event ("war games" are games, not war); of the same kind, or
        against a row's own list for the head ("poison gas", not tear gas), it refines it ("a car bomb")."""
        rows = (self.verbs if pos == "V" else self.nouns).get(lemma)
        if not rows:
            return None
        object_classes = set().union(*(self.classes.get(o, set()) for o in objects)) if objects else set()
        head_classes = set().union(*(self.classes.get(o, set()) for o in heads)) if heads else set()
        best, best_score, best_on_head, by_head, by_head_score = None, -1.0, False, None, -1.0
        for row in rows:
            score = 0.0
            if row.literal:
                if not row.literal & objects:
                    continue
                # a row's own list of lemmas is the most specific, a whole class next, "any actor" the least
                score += 1 if row.literal <= {"@actor", "@object"} else 2.5
                on_head = bool(row.literal & heads) if heads else False
            elif row.object:
                if row.object not in object_classes:
                    continue
                score += 2
                on_head = row.object in head_classes
            else:
                on_head = False
            if row.prep:
                if row.prep not in preps and row.prep.lstrip("<") not in preps:
                    continue
                score += 1
            if score > best_score:
                best, best_score, best_on_head = row, score, on_head
            if on_head and score > by_head_score:
                by_head, by_head_score = row, score
        by_modifier = best is not None and (best.literal or best.object) and not best_on_head
        if by_modifier and by_head is not None and by_head.object and not by_head.literal and \
                by_head.cameo[:2] != best.cameo[:2]:
            best = by_head
        # a row coded "-" says the predicate with this object is no event ("fight corruption", "hit a snag")
        return None if best is not None and best.cameo == NO_EVENT else best


@lru_cache(maxsize=1)
def load_event_lexicon() -> EventLexicon:
    """The predicate lexicon and the object classes, checked against the codebook, read once."""
    base = resources.files("eventwire.nlp") / "lexicon"
    book = load_codebook()
    classes: dict[str, set[str]] = defaultdict(set)
    for n, line in enumerate((base / "event_objects.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("class\t"):
            continue
        name, _, nouns = line.partition("\t")
        for noun in nouns.split("|"):
            classes[noun.strip().lower()].add(name.strip())
    known_classes = set().union(*classes.values())
    verbs: dict[str, list[Predicate]] = defaultdict(list)
    nouns_: dict[str, list[Predicate]] = defaultdict(list)
    for n, line in enumerate((base / "event_lexicon.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        cells = line.split("\t")
        if len(cells) != 5:
            raise LexiconError(f"event_lexicon.tsv:{n}: expected 5 tab-separated columns, got {len(cells)}")
        lemma, pos, obj, prep, code = (c.strip() for c in cells)
        if code != NO_EVENT and not book.is_valid(code):
            raise LexiconError(f"event_lexicon.tsv:{n}: {code!r} is not a CAMEO code")
        if pos not in ("V", "N", "A"):
            raise LexiconError(f"event_lexicon.tsv:{n}: pos must be V, N or A, not {pos!r}")
        literal = frozenset(w.strip().lower() for w in obj[1:].split("|") if w.strip()) if obj.startswith("=") \
            else frozenset()
        if obj.startswith("=") and not literal:
            raise LexiconError(f"event_lexicon.tsv:{n}: an object list after '=' names no lemma")
        if obj and not literal and obj not in known_classes:
            raise LexiconError(f"event_lexicon.tsv:{n}: unknown object class {obj!r} (a class of "
                               "event_objects.tsv, or '=lemma|lemma' for a list of its own)")
        # an adjective after "be" ("critical of", "concerned about") is looked up as the verb of its clause
        (verbs if pos in ("V", "A") else nouns_)[lemma].append(Predicate(lemma, pos, obj, prep, code, literal))
    return EventLexicon(dict(verbs), dict(nouns_), dict(classes))


@dataclass
class _Side:
    """One side of an event: a resolved actor, or an unnamed description ("rebels")."""
    actor: EventActor | None
    entity: Entity | None = None


class EventFinder:
    """Finds the events of one Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token again on each access
        self.index = ActorIndex(doc)
        self.lexicon = load_event_lexicon()
        self.book = load_codebook()
        self.kb = load_kb()
        self.published = doc._.eventwire_published
        # quotations and reported speech: an event inside their words is reported by their speaker
        self.quotes = [q for q in (doc._.eventwire_quotes or ()) if q.start is not None and q.end is not None
                       and q.kind in ("direct", "indirect") and (q.speaker or q.speaker_text)]
        self._recent: list[tuple[int, Entity]] = []
        #: where a body the article does not resolve was a subject ("the coalition"): "it" after it is that body
        self._unnamed_bodies: list[int] = []
        #: the last body named with each body noun and what it stands for ("coalition": the Saudi-led one)
        self._bodies: dict[str, tuple[int, _Side]] = {}
        self._last_date: tuple[str, str | None] | None = None
        #: the start of the sentence where the last date was mentioned
        self._last_date_at = -1
        #: the day of the last asserted event dated to the day, and the start of its sentence
        self._narrative: tuple[str, str, int] | None = None
        self._sent: Span | None = None
        self._focus = self._article_focus()
        self._home_cache: tuple[str | None] | None = None
        #: ids of persons and companies placed in a country by the report's dateline alone (a guess: the
        #: confidence of their events is capped)
        self._guessed: set[str] = set()
        self._lead_cache: tuple[int, int] | None = None
        self._own_state_warned = False  # set while the target of a threat is looked for (see _first_target)
        #: verbs that are predicates of their own: their object noun is not done by their subject
        self._acting_verbs: set[int] = set()
        #: where the last sentence with an act began, and the act's doer ("the move" after it stands for them)
        self._last_doer: tuple[int, EventActor] | None = None
        #: the two parties of the last meeting or reciprocal action, and the token where its sentence starts
        self._pair: tuple[_Side, _Side, int] | None = None
        #: the phrase head of the last target found
        self._target_head: Token | None = None
        #: accusations read from wrongs that a speaker reports of another ("X said Russia interfered ...")
        self._alleged: list[Event] = []

    # -- actors
    @cached_property
    def _mention_counts(self) -> tuple[dict[str, int], dict[str, int], dict[str, Entity]]:
        """Mentions per country or body code: of the countries and bodies themselves, of the people and national
        bodies of each country, and the entity that stands for each code (read once per article: the focus and
        the domestic country both use it)."""
        counts: dict[str, int] = {}
        others: dict[str, int] = {}
        first: dict[str, Entity] = {}
        for e in self.index.entities:
            # an international body by its code (UN, NATO); a national one (the FBI, a party) weighs for its country
            code = e.country if e.type in ("GPE", "NORP") or e.id.startswith(("gov:", "mil:", "country:")) else (
                e.id.split(":", 1)[1] if e.id.startswith("org:") and e.id.split(":", 1)[1].isupper() and
                not e.country else None)
            if code is None:
                # people and bodies weigh in the article's balance ("Manafort", "the FBI" in a story that names
                # Russia often is still a U.S. story) but are never the focus themselves; officeholders the
                # knowledge files do not know ("Senator X") count for the country the report is filed from
                country = e.country or (self._dateline_country if e.role in STATE_ROLES else None)
                if e.type in ("PERSON", "ORG") and country:
                    others[country] = others.get(country, 0) + len(e.mentions)
                continue
            counts[code] = counts.get(code, 0) + len(e.mentions)
            if code not in first or e.id.startswith("country:"):
                first[code] = e
        return counts, others, first

    def _article_focus(self) -> list[tuple[Entity, float]]:
        """The countries and bodies the article is about, by share of mentions, most mentioned first."""
        counts, others, first = self._mention_counts
        total = sum(counts.values()) + sum(others.values())
        counts = {c: n + others.get(c, 0) for c, n in counts.items()}
        if total < 3:
            return []
        return [(first[c], n / total) for c, n in sorted(counts.items(), key=lambda kv: -kv[1])]

    @cached_property
    def _domestic(self) -> str | None:
        """The country whose own places, people and bodies make up most of the article's mentions (a story of
        its own politics, even one that names no country: "Schumer and Graham spoke")."""
        counts, others, _ = self._mention_counts
        every = {c: counts.get(c, 0) + others.get(c, 0) for c in {*counts, *others}}
        total = sum(every.values())
        top = max(every, key=lambda c: every[c], default=None)
        return top if top is not None and total >= 3 and every[top] / total >= 0.6 else None

    def _focus_target(self, source: _Side) -> _Side | None:
        """For an action that needs a target but names none in its sentence ("strengthened its sanctions"):
        the article's main country or body other than the source, when it clearly dominates the article."""
        src = source.actor.country or source.actor.org if source.actor is not None else None
        own = None
        for entity, share in self._focus[:2]:
            actor = event_actor(entity)
            if (actor.country or actor.org) == src:
                own = (entity, share)
                continue
            if share >= 0.3:
                return _Side(actor, entity)
            break
        if own is not None and own[1] >= 0.6:
            return self._domestic_home(source)
        return None

    def _domestic_home(self, source: _Side) -> _Side | None:
        """In a story about one country's own politics ("Pelosi criticized the plan" in a report on the tax
        bill), what its people and bodies do to nobody named is done within it: that country as the target."""
        if source.actor is None or not source.actor.country or source.actor.org or \
                source.actor.country != self._domestic:
            return None
        if source.entity is None and source.actor.id is None:
            # an unnamed side ("other advocacy groups pressed for a veto") acts within the country too
            return self._home_side(source.actor.country)
        if source.entity is None or source.entity.type not in ("PERSON", "ORG"):
            return None
        return self._home_side(source.actor.country)

    @staticmethod
    def _reporting_body(pronoun: Token) -> Token | None:
        """The body whose words a subject "it" is in: "the committee said it was investigating X" (a body named
        by a common noun, which the antecedent search over named entities does not see)."""
        if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ccomp":
            return None
        verb = pronoun.head.head
        if verb.lemma_.lower() not in SPEECH or verb.i > pronoun.i:
            return None
        teller = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if teller is None or teller.pos_ != "NOUN" or teller.tag_ != "NN" or _noun_lemma(teller) not in TELLING_BODIES:
            return None
        return teller

    def side(self, head: Token | None, exclude: frozenset[str] = frozenset()) -> _Side | None:
        """The actor a noun phrase stands for: the named actor, an actor named inside it, a pronoun's antecedent."""
        if head is None:
            return None
        head = self.relative(head)
        if self._bracketed(head):
            return None  # "GENEVA (Reuters) -": a credit, not an actor of the sentence
        led = self._led_by(head, exclude)
        if led is not None:
            return self._remember_body(head, led)
        if any(c.lower_ == "whose" for c in head.children) and head.head.dep_ == "relcl" and \
                head.head.head.pos_ in ("NOUN", "PROPN"):
            return self.side(head.head.head, exclude)  # "Russia, whose air force has been supporting ...": Russia
        low = head.lower_
        if low in ("we", "i", "us", "me") and head.pos_ == "PRON" and head.text != "US":
            # "'We have expelled the ambassador,' the minister said": the speaker of the quotation
            entity = self._speaker_at(head)
            return _Side(event_actor(entity), entity) if entity is not None else None
        if head.pos_ == "PRON" or low in PRONOUN_NUMBER:
            shared = self._shared_object(head, exclude)
            if shared is not None:
                return shared
            teller = self._reporting_body(head)
            if teller is not None:
                found = self.side(teller, exclude)
                if found is not None and found.actor is not None and (found.actor.country or found.actor.org):
                    return found  # "the ethics committee said it was investigating X": the committee
            entity = self._antecedent(head, exclude)
            return _Side(event_actor(entity), entity) if entity is not None else None
        entity = self.index.of_phrase(head)
        if entity is None:
            doer = self._doer_of_act(head) or self._congressional(head) or self._author(head, exclude)
            if doer is not None:
                return doer
        if head.pos_ == "NOUN" and _noun_lemma(head) in MISSION_NOUNS and self.index.of_token(head) is None:
            # "the U.N. missions of Uruguay and Malaysia", "the Uruguayan U.N. mission": the state it represents
            sent_by = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj"] + [c for c in head.children if c.dep_ in ("amod", "compound", "poss")
                                               and c.ent_type_ in ("GPE", "NORP")]
            for g in sent_by:
                found = self.side(g, exclude)
                if found is not None and found.actor is not None and found.actor.country:
                    return found
        if entity is None:
            for child in head.children:  # "sanctions on seven North Korean individuals"
                if child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in ("NORP", "GPE", "ORG") and \
                        not stance_prefixed(child):
                    entity = self.index.of_token(child)
                    if entity is not None:
                        break
        if entity is None:
            entity = self._described(head)
        if entity is None:
            foe = self._coordinated_opposition(head, exclude)
            if foe is not None:
                return foe
        if entity is None:
            earlier = self._body_before(head) or self._country_before(head, exclude)
            if earlier is not None:
                return earlier
        if entity is None and head.pos_ == "NOUN" and head.dep_ == "nsubj":
            # "its determination will raise pressure on Myanmar": what a subject's own act does, it does
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner is not None:
                found = self.side(owner, exclude)
                if found is not None and found.actor is not None and (found.actor.country or found.actor.org):
                    return found
        if entity is None:
            entity = self._inside(head)
        if entity is None:
            return None
        if head.pos_ == "NOUN" and _noun_lemma(head) in BODY_NOUNS and entity.type in ("GPE", "NORP", "ORG"):
            self._remember_body(head, _Side(event_actor(entity), entity))  # "the Houthi movement"
        actor = event_actor(entity)
        if actor.country is None and actor.org is None and (entity.type == "LAW" or re.search(
                r"\b(?:Act|Law)$", entity.name)):
            # "the Countering America's Adversaries Through Sanctions Act imposes sanctions on Russia": a law
            # acts for the state that made it, the country of the dateline or the one the report is about
            state = self._dateline_country or self._home
            if state is not None:
                actor = EventActor(name=actor.name, id=actor.id, country=state, role="legislature")
        if actor.country is None and actor.org is None and entity.type in ("PERSON", "ORG"):
            # "Lebanon's new President X", "Israel's Cabinet", "the Ivory Coast's Supreme Court"
            country = self._person_country(head, entity)
            if country is not None:
                actor = EventActor(name=actor.name, id=actor.id, country=country, role=actor.role)
        return _Side(actor, entity)

    @staticmethod
    def _occasion_partners(verb: Token) -> list[Token]:
        """The other party of the meeting or call a verb happens at ("in a meeting with X", "during talks with
        X", "at a news conference with X"); through a coordinated verb to the first one's phrases."""
        heads = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
        return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "at")
                for g in c.children if g.dep_ == "pobj" and _noun_lemma(g) in OCCASION_NOUNS | {"talk", "call",
                                                                                               "conversation"}
                for w in g.children if w.dep_ == "prep" and w.lower_ == "with" for p in w.children
                if p.dep_ == "pobj"]

    @staticmethod
    def _pair_phrase(head: Token) -> bool:
        """"the two sides", "both leaders", "the two countries": a plural that stands for two parties named
        before; so does a bare "the two" or "both" ("when the two first met")."""
        if head.lower_ in ("two", "both") and head.pos_ in ("NUM", "DET", "PRON") and \
                head.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "prep" for c in head.children):
            return head.lower_ == "both" or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        if head.pos_ != "NOUN" or head.tag_ != "NNS" or _noun_lemma(head) not in PAIR_NOUNS:
            return False
        return any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "amod") for c in head.children)

    def _last_pair(self, sent: Span) -> list[_Side]:
        """The two parties of the last meeting or reciprocal action, in this sentence or the two before."""
        if self._pair is None or self._pair[2] < self._sentence_before(sent, NARRATIVE_SENTENCES):
            return []
        return list(self._pair[:2])

    def _intruded(self, verb: Token) -> list[Token]:
        """Whose affairs an intrusion is in: "interfered in the U.S. election" (U.S.), "in its elections" (its),
        "in the affairs of other countries" (the countries)."""
        out: list[Token] = []
        phrases = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "with") for g in c.children
                   if g.dep_ == "pobj"]
        # "sought to influence the U.S. election": the election is the object
        phrases += [c for c in verb.children if c.dep_ == "dobj" and _noun_lemma(c) in ELECTION_NOUNS]
        for g in phrases:
            if self.index.of_token(g) is not None:
                out.append(g)  # "interfered in Ukraine"
                continue
            out += [x for x in g.children if x.dep_ == "poss"]
            deep = self._modifier_actor(g)
            out += [deep] if deep is not None else []
            out += [x for p in g.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                    if x.dep_ == "pobj"]
        return out

    def _token_country(self, token: Token) -> str | None:
        """The country of the actor a token names, if it names one."""
        entity = self.index.of_token(token)
        return entity.country if entity is not None else None

    def _unnamed_election(self, head: Token, source: _Side) -> _Side | None:
        """Whose election an intrusion is in when the text names no country ("meddling in the 2016 election"):
        the country the report is filed from, else the one the article is about, if not the intruder's own."""
        hosts = [head, head.head] if head.dep_ == "dobj" else [head]  # the parser may hang "in" on the verb
        words = [g for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in ELECTION_NOUNS] + [
            c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in ELECTION_NOUNS]  # "sway the vote"
        if not words or source.actor is None:
            return None
        for country in (self._dateline_country, self._home):
            if country is not None and country != source.actor.country:
                return self._home_side(country)
        return None

    def _led_by(self, head: Token, exclude: frozenset[str]) -> _Side | None:
        """The state leading a coalition or force: "the Saudi-led coalition", "U.S.-led forces"; not a body with
        a name of its own ("the U.S.-led NATO alliance" is NATO)."""
        if any(c.dep_ in ("compound", "nmod") and c.ent_type_ == "ORG" and c.i < head.i for c in head.children) or \
                head.ent_type_ == "ORG" and head.pos_ == "PROPN":
            return None
        leader = next((g for c in head.children if c.dep_ in ("amod", "compound") and c.lower_ == "led"
                       for g in c.children if g.ent_type_ in ("GPE", "NORP")), None)
        if leader is not None:
            return self.side(leader, exclude)
        for c in head.children:  # "the U.S.-led coalition" as one token
            if c.dep_ in ("amod", "compound") and c.lower_.endswith("-led"):
                country = self.kb.country(c.text[:-4]) or self.kb.demonym(c.text[:-4])
                if country is not None:
                    return self._home_side(country.iso3)
        return None

    def _left_side(self, verb: Token, sources: list[_Side]) -> _Side | None:
        """"pull the United States out of the Iran deal", "withdraw its troops from Syria": what one's own
        country or forces are taken out of is the other side (None for any other verb)."""
        if verb.lemma_.lower() not in ("pull", "withdraw") or not sources:
            return None
        own = _countries_of(sources)
        left = [g for c in verb.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("out", "from")
                for g in ([x for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                           if x.dep_ == "pobj"] if c.lower_ == "out" else [x for x in c.children if x.dep_ == "pobj"])]
        if left and any(o.dep_ == "dobj" and (self._token_country(o) in own or any(
                c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in o.children))
                for o in verb.children):
            return self._first_target(left, sources)
        return None

    def _pair_other(self, head: Token, sources: list[_Side]) -> _Side | None:
        """The other country of a pair written as one word before a noun ("U.S.-Pakistan relations", "the
        China-U.S. trade talks"), seen from the source's side."""
        own = _countries_of(sources)
        for c in head.children:
            if c.dep_ not in ("compound", "amod", "nmod") or "-" not in c.text.strip("-"):
                continue
            states = [self.kb.country(part) or self.kb.demonym(part) for part in c.text.split("-")]
            if len(states) == 2 and all(states) and states[0].iso3 != states[1].iso3:
                other = [st.iso3 for st in states if st.iso3 not in own]
                if len(other) == 1:
                    return self._home_side(other[0])
        return None

    def _author(self, head: Token, exclude: frozenset[str]) -> _Side | None:
        """"exchanged texts that disparaged X", "issued a statement that condemned Y": a message says what its
        sender says; its author is the subject of the verb that sent it."""
        if head.pos_ != "NOUN" or _noun_lemma(head) not in STATEMENT_NOUNS or head.dep_ != "dobj" or \
                head.head.lemma_.lower() not in ISSUE_VERBS | EXCHANGE_VERBS:
            return None
        heads, passive = self.subjects(head.head)
        return self.side(heads[0], exclude) if heads and not passive else None

    def _remember_body(self, head: Token, side: _Side | None) -> _Side | None:
        """Keep what a named body stands for ("the Saudi-led coalition" is Saudi Arabia), for "the coalition"
        later in the article."""
        if side is not None and head.pos_ == "NOUN":
            lemma = _noun_lemma(head)
            if lemma in BODY_NOUNS and (lemma not in self._bodies or self._bodies[lemma][0] < head.idx):
                self._bodies[lemma] = (head.idx, side)
        return side

    def _bare_definite(self, head: Token) -> bool:
        """"the coalition", "the impoverished country": a definite noun with no name, owner or phrase of its
        own that could say who it is."""
        return head.pos_ == "NOUN" and any(c.lower_ == "the" for c in head.lefts) and not any(
            (c.dep_ in ("compound", "poss", "nmod", "prep", "appos", "acl", "relcl") or c.ent_type_) and not (
                c.dep_ == "relcl" and c.left_edge.i > 0 and head.doc[c.left_edge.i - 1].text == ",")
            for c in head.children)  # (", which is part of ...": a clause set off by a comma says no more who)

    def _body_before(self, head: Token) -> _Side | None:
        """"the coalition": the body last named with the same noun in the article ("the Saudi-led coalition")."""
        if not self._bare_definite(head):
            return None
        found = self._bodies.get(_noun_lemma(head))
        if found is None or found[0] >= head.idx or head.idx - found[0] > 3000:
            return self._named_body_before(head) or self._same_noun_before(head)
        return found[1]

    def _same_noun_before(self, head: Token) -> _Side | None:
        """"the agent" after "a Secret Service agent", "the official" after "a senior Chinese official": the
        person last described with the same noun a few sentences before, where that description says whose."""
        lemma = _noun_lemma(head)
        if lemma not in ROLE_PERSON_NOUNS:
            return None
        first = self._sentence_before(head.sent, NARRATIVE_SENTENCES)
        for t in reversed(self.doc[first:head.i]):
            if t.pos_ == "NOUN" and _noun_lemma(t) == lemma and not self._bare_definite(t):
                entity = self.index.of_phrase(t)
                if entity is None:
                    return None  # the nearest one says nothing of whose it is: no guess past it
                side = _Side(event_actor(entity), entity)
                return side if side.actor is not None and (side.actor.country or side.actor.org) else None
        return None

    def _named_body_before(self, head: Token) -> _Side | None:
        """"the bureau" after "the Federal Bureau of Investigation", "the department" after "the Justice
        Department": the body last named with that noun in its name (as far back as a remembered body)."""
        noun = _noun_lemma(head)
        if noun not in NAMED_BODY_NOUNS and noun not in BODY_SYNONYMS:
            return None
        # "the panel" after "the Senate Intelligence Committee": a committee or commission by its plain word
        word = re.compile(rf"\b(?:{'|'.join(map(re.escape, BODY_SYNONYMS.get(noun, (noun,))))})\b", re.I)
        lo = head.idx - 3000
        best: tuple[int, Entity] | None = None
        for e in self.index.entities:
            if e.type != "ORG":
                continue
            for m in e.mentions:
                if m.start is not None and lo <= m.start < head.idx and word.search(m.text) and (
                        best is None or m.start > best[0]):
                    best = (m.start, e)
        return _Side(event_actor(best[1]), best[1]) if best is not None else None

    def _country_before(self, head: Token, exclude: frozenset[str]) -> _Side | None:
        """"the country", "the impoverished country": the country named last before this sentence (not one of
        the sides already taken)."""
        if _noun_lemma(head) not in ("country", "nation") or not self._bare_definite(head):
            return None
        start = head.sent.start_char
        best: tuple[int, Entity] | None = None
        for e in self.index.entities:
            if not e.id.startswith("country:") or e.id in exclude:
                continue
            pos = max((m.start for m in e.mentions if m.start is not None and m.start < start), default=-1)
            if pos >= 0 and (best is None or pos > best[0]):
                best = (pos, e)
        if best is None or start - best[0] > 1500:
            return None
        return _Side(event_actor(best[1]), best[1])

    def _person_country(self, head: Token, entity: Entity) -> str | None:
        """A person's country when the knowledge files have none: the country named beside the person
        ("Lebanon's new President X", "Israeli President X", "King X of Y")."""
        deep = self._modifier_actor(head, ("GPE", "NORP"))
        place = self.index.of_token(deep) if deep is not None else None
        if place is not None and place.country:
            return place.country
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((g for g in child.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)
                place = self.index.of_token(pobj) if pobj is not None else None
                if place is not None and place.country:
                    return place.country
        return None

    def _officeholder(self, side: _Side) -> _Side:
        """A source who holds a state office the knowledge files do not know ("President X" of a small state,
        "acting Homeland Security Secretary X"): taken to act for the country the article is about, when one
        country clearly dominates it, else for the country of the report's dateline ("WASHINGTON (Reuters)"); a
        body the other way round."""
        actor, entity = side.actor, side.entity
        if actor is None or actor.country or actor.org or entity is None or entity.type not in ("PERSON", "ORG") \
                or entity.role not in STATE_ROLES:
            return side  # persons and bodies of a state ("the Senate" in a report from Washington)
        # a body ("the Senate Judiciary Committee") sits where the report is filed from: an article from
        # Washington about Russia is mostly about Russia, its Senate is still the U.S. one; a person of an
        # unknown office is of the country the article is about ("President X" in a report on Lebanon)
        if entity.type == "ORG":
            country = self._dateline_country or self._home
        else:
            country = self._home or self._dateline_country
        if country is None:
            return side
        return _Side(EventActor(name=actor.name, id=actor.id, country=country, role=actor.role), entity)

    def _resident_person(self, side: _Side) -> _Side:
        """A named person the knowledge files and the text do not place ("Greene sued Farenthold"): taken to
        be of the country the report is filed from, else of the one it is about; a guess, so the event's
        confidence is capped."""
        actor, entity = side.actor, side.entity
        if actor is None or actor.country or actor.org or entity is None or not (
                entity.type == "PERSON" or (entity.type == "ORG" and entity.role == "business")):
            return side  # (a company the same way: "the Justice Department sued AT&T Inc")
        dateline, home = self._dateline_country, self._home
        if dateline is not None and home is not None and home != dateline:
            return side  # a report from Washington about North Korea: its unknown people may be of either
        country = dateline or home
        if country is None:
            return side
        self._guessed.add(entity.id)
        return _Side(EventActor(name=actor.name, id=actor.id, country=country, role=actor.role), entity)

    @cached_property
    def _dateline_country(self) -> str | None:
        """The country of the place the report is filed from, when its text opens with a dateline (read once
        per article: placing actors asks for it at every side)."""
        match = DATELINE.match(self.text)
        if match is None:
            return None
        place = re.sub(r"\s*\(.*$|[,:].*$|\s*[-–—]+\s*$", "", match.group(0)).strip().title()
        # "WASHINGTON/NEW YORK (Reuters)": filed from several places, the first named leads
        place = place.split("/")[0].strip().title()
        if place in BODY_SEATS:
            return None  # a report from Brussels or Vienna is as often about the bodies seated there
        country = self.kb.capital(place)
        return country.iso3 if country is not None else None

    @property
    def _home(self) -> str | None:
        """The country the article is about: the one country holding most of the mentions of countries."""
        if self._home_cache is None:
            counts: dict[str, int] = {}
            for e in self.index.entities:
                if e.type in ("GPE", "NORP") and e.country:
                    counts[e.country] = counts.get(e.country, 0) + len(e.mentions)
            total = sum(counts.values())
            best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
            self._home_cache = (best[0] if total and best[1] / total >= 0.5 else None,)
        return self._home_cache[0]

    def _speaker_at(self, token: Token) -> Entity | None:
        """The resolved speaker of the quotation holding ``token``, if any."""
        for q in self.quotes:
            if q.start <= token.idx < q.end and q.speaker_id:
                return self.index.by_id.get(q.speaker_id)
        return None

    def _inside(self, head: Token) -> Entity | None:
        """An actor named inside the phrase: "the mayor of the West Bank city" (PSE), "a report released in
        the Rwandan capital" (RWA). Only the head's own modifiers, not clauses about something else."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        for child in head.children:
            if (child.dep_ in ("relcl", "advcl", "ccomp") or child.dep_ == "acl" and child.tag_ == "VBG" and
                    _doer_noun(head)) and child.i > head.i:
                # "protesters demanding Sharif's resignation" are not Sharif; "an attack targeting a mall in
                # Kenya", "a law recognizing X's victories" are still told by what they do
                hi = min(hi, child.left_edge.i)
        hi = min(hi, head.i + 12)
        if hi <= lo:
            return None
        for e, m in self.index.mentions_in(self.doc[lo:hi]):
            if (e.country or e.id.startswith("org:")) and e.role != "media":
                token = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if token is not None and (self._bracketed(token[0]) or stance_prefixed(token[0])):
                    continue  # a credit line "(Reuters) -" parsed into the phrase; "an anti-Syria journalist"
                if e.id.startswith("place:") and not self._origin(e, token):
                    continue  # "talks in Geneva", "New York's committee": a place inside a phrase is no party
                return e
        return None

    def _origin(self, place: Entity, token: Span | None) -> bool:
        """Whether a city named inside a phrase says where its people belong: "a missionary from Calgary",
        a capital standing for its state; not "talks in Geneva" or "New York's committee"."""
        head = token.root.head.lower_ if token is not None else ""
        if head in LOCATIVE:
            return False
        return head == "from" or (place.type == "GPE" and self.kb.capital(place.name) is not None)

    @staticmethod
    def relative(token: Token) -> Token:
        """A relative pronoun stands for the noun its clause describes ("sanctions that X imposed")."""
        if token.lower_ in ("which", "that", "who", "whom") and token.head.dep_ == "relcl":
            return token.head.head
        if token.lower_ in ("both", "all", "each") and token.i >= 2 and token.doc[token.i - 1].lower_ == "," and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("which", "whom") for g in c.children)
                for c in token.children):
            # "the FBI and the police, both of which investigated": the phrase before the comma, all of it
            before = token.doc[token.i - 2]
            while before.dep_ in ("compound", "flat") and before.head.i > before.i:
                before = before.head
            while before.dep_ == "conj" and before.head.i < before.i:
                before = before.head
            if before.pos_ in ("NOUN", "PROPN"):
                return before
        return token

    def _bracketed(self, token: Token) -> bool:
        text = self.text
        line_start = text.rfind("\n", 0, token.idx) + 1
        before = text[max(line_start, token.idx - 25):token.idx]
        after = text[token.idx:token.idx + 40]
        return before.rfind("(") > before.rfind(")") and ")" in after

    def _described(self, head: Token) -> Entity | None:
        """"the minister", "the president": an earlier actor whose title names this noun; "the administration",
        "the government": the government last acting in the text; "his administration", "its forces": the
        actor the possessive stands for."""
        if head.pos_ != "NOUN":
            return None
        lemma = head.lemma_.lower()
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their")),
                     None)
        if owner is not None and lemma in GOVERNMENT_NOUNS | GROUP_NOUNS and head.dep_ in ("nsubj", "nsubjpass"):
            # as the doer only: "its troops" as an object belong to the doer and are no target
            found = self._antecedent(owner, want="person" if owner.lower_ == "his" else None)
            if found is not None and (found.country or found.id.startswith("org:")):
                return found
            return None
        if not any(c.lower_ == "the" for c in head.lefts):
            return None
        if self._pair_phrase(head):
            return None  # "the two sides", "both leaders": two parties, not one
        for _, e in reversed(self._recent):
            if e.title and lemma in e.title.lower().split():  # "the president"; "side" is no title
                return e
        if lemma == "administration":
            found = self._administration(head)
            if found is not None:
                return found
        if lemma in GOVERNMENT_NOUNS:
            home = self._home
            if lemma in ("government", "regime") and home is not None:
                # "the opposition accused the government of stealing the election": in an article about one
                # country, its government
                found = next((e for e in self.index.entities if e.id == f"country:{home}"), None)
                if found is not None:
                    return found
            return next((e for _, e in reversed(self._recent) if e.country and (
                e.type == "GPE" or e.role == "government")), None)
        return None

    def _coordinated_opposition(self, head: Token, exclude: frozenset[str]) -> _Side | None:
        """"talks between the Syrian government and the opposition", "the Afghan government and the rebels":
        an unnamed opposition set beside a country's government is that country's opposition."""
        if head.pos_ != "NOUN" or _noun_lemma(head) not in DOMESTIC_OPPONENTS:
            return None
        partners = [head.head] if head.dep_ == "conj" else []
        partners += [c for c in head.children if c.dep_ == "conj"]
        for partner in (p for p in partners if p.pos_ in ("NOUN", "PROPN")):
            found = self.side(partner, exclude)
            actor = found.actor if found is not None else None
            if actor is not None and actor.country and actor.role in ("government", None) and \
                    (found.entity is None or found.entity.type != "PERSON"):
                return _Side(EventActor(name=self._phrase(head), country=actor.country, role="opposition"), None)
        return None

    def _administration(self, head: Token) -> Entity | None:
        """"the administration": the one last named as someone's ("the Trump administration", "the Moon
        administration"), else, in an article that names the United States or its people, the U.S. one (the
        press's habit), not the government acting last."""
        country = next((c for i, c in reversed(self._owned_administrations) if i < head.i), None)
        if country is None and any(e.country == "USA" for e in self.index.entities):
            country = "USA"
        if country is None:
            return None
        found = self.index.by_id.get(f"gov:{country}") or self.index.by_id.get(f"country:{country}")
        if found is not None:
            return found
        state = self.kb.countries.get(country)
        return Entity(id=f"gov:{country}", name=f"Government of {state.name if state else country}", type="ORG",
                      country=country, role="government")

    def _cataphora(self, pron: Token, want: str, exclude: frozenset[str]) -> Entity | None:
        """A possessive in a phrase that opens the sentence stands for the subject after it: "In his talks with
        Mattis, Pakistan's prime minister said ...", "After its vote, the Senate sent the bill on"."""
        if pron.dep_ != "poss":
            return None
        verb = next((a for a in pron.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ in ("ROOT", "ccomp")), None)
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None
        if subj is None or subj.i < pron.i or subj.pos_ == "PRON":
            return None
        opener = next((a for a in pron.ancestors if a.head == verb), None)
        if opener is None or opener.dep_ not in ("prep", "advcl", "npadvmod") or opener.i > subj.i:
            return None
        entity = self.index.of_phrase(subj)
        if entity is None or entity.id in exclude or (want == "person") != (entity.type == "PERSON"):
            return None
        gender = PRONOUN_GENDER.get(pron.lower_)
        if gender is not None and self._genders.get(entity.id, gender) != gender:
            return None
        return entity

    def _shared_object(self, pron: Token, exclude: frozenset[str]) -> _Side | None:
        """An object pronoun of the second of two coordinated verbs stands for the first verb's object: "met
        Pakistan's leaders and urged them to act", "called the envoy in and told him"."""
        if pron.dep_ not in ("dobj", "dative") or pron.lower_ not in ("them", "him", "her") or \
                pron.head.dep_ != "conj" or pron.head.head.pos_ not in ("VERB", "AUX"):
            return None
        first = next((c for c in pron.head.head.children if c.dep_ == "dobj" and c.i < pron.i), None)
        if first is None or first.pos_ == "PRON" or (pron.lower_ == "them") != (first.tag_ in ("NNS", "NNPS")):
            return None  # "him" for one, "them" for many
        found = self.side(first, exclude)
        if found is None or found.entity is None or found.entity.id in exclude:
            return None
        if pron.lower_ != "them" and first.pos_ != "NOUN":  # "Pakistan's prime minister ... him": a description
            if found.entity.type != "PERSON" or self._genders.get(found.entity.id, PRONOUN_GENDER[pron.lower_]) \
                    != PRONOUN_GENDER[pron.lower_]:
                return None
        return found

    def _main_subject_before(self, sent: Span, want: str, gender: str | None, exclude: frozenset[str],
                             depth: int) -> Entity | None:
        """The subject of the main clause of the sentence before ``sent``, where it fits a pronoun that opens
        ``sent`` as its subject: "U.S. business lobbies argue that ... Chinese companies operate freely. They
        have also criticized ...": they are the lobbies, not the companies of the clause inside."""
        if sent.start == 0 or depth > 2:
            return None
        before = self.doc[sent.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        if subj.pos_ == "PRON":
            if PRONOUN_NUMBER.get(subj.lower_) != want and not (want == "any" and subj.lower_ == "they"):
                return None
            entity = self._antecedent(subj, exclude, depth=depth + 1)
        else:
            entity = self.index.of_phrase(subj)
        if entity is None or entity.id in exclude:
            return None
        if want == "person":
            return entity if entity.type == "PERSON" and self._genders.get(entity.id, gender) == gender else None
        if want == "body":
            return entity if entity.type != "PERSON" and subj.tag_ in ("NN", "NNP", "PRP") else None
        # "they": many, or a body
        many = subj.tag_ in ("NNS", "NNPS") or subj.lower_ == "they" or any(c.dep_ == "conj" for c in subj.children)
        return entity if many and entity.type != "PERSON" else None

    def _antecedent(self, pron: Token, exclude: frozenset[str] = frozenset(), want: str | None = None,
                    depth: int = 0) -> Entity | None:
        """The latest subject actor before a pronoun that fits it (a person for "he", a body for "it"; ``want``
        for a possessive the table leaves out, "his administration")."""
        want = want or PRONOUN_NUMBER.get(pron.lower_)
        if want is None:
            return None
        # the subject earlier in the same sentence first: "Hungary has said it will support ..."
        sent = self._sent if self._sent is not None and self._sent.start <= pron.i < self._sent.end else pron.sent
        ahead = self._cataphora(pron, want, exclude)
        if ahead is not None:
            return ahead
        earlier = [(t.idx, e) for t in sent if t.i < pron.i and t.dep_ in ("nsubj", "nsubjpass")
                   for e in [self.index.of_phrase(t)] if e is not None]
        if not earlier and pron.dep_ in ("nsubj", "nsubjpass") and pron.i - sent.start <= 2 and \
                pron.head == sent.root:
            main = self._main_subject_before(sent, want, PRONOUN_GENDER.get(pron.lower_), exclude, depth)
            if main is not None:
                return main
        # "the coalition closed the ports ... It also intensified air strikes": an unnamed body in between is
        # what "it" stands for, and it is no actor the article resolves
        unnamed = max((pos for pos in self._unnamed_bodies if pos < pron.idx), default=-1) if want == "body" else -1
        gender = PRONOUN_GENDER.get(pron.lower_)
        if want == "person" and not any(e.type == "PERSON" and self._genders.get(e.id, gender) == gender and
                                        e.id not in exclude for _, e in earlier):
            # "there was no word from X when he met Y", "Trump rebuked May after she criticised him": with no
            # person of the pronoun's gender as a subject before it in the sentence, a person named before it
            named = [(t.idx, e) for t in sent if t.i < pron.i and t.pos_ == "PROPN" and t.dep_ in ("pobj", "dobj")
                     for e in [self.index.of_phrase(t)] if e is not None and e.type == "PERSON"]
            known = [(pos, e) for pos, e in named if gender is not None and self._genders.get(e.id) == gender]
            earlier += known or named  # one known to be of the pronoun's gender before a name of no known gender
        for pos, e in reversed(self._recent + earlier):
            if pos >= pron.idx or pron.idx - pos > 1500 or e.id in exclude:
                continue
            if want == "person" and e.type != "PERSON":
                continue
            if gender is not None and self._genders.get(e.id, gender) != gender:
                continue  # "after she criticised him": not the man named before
            if want == "body" and e.type == "PERSON":
                continue
            return e if pos > unnamed else None
        return None

    @cached_property
    def _owned_administrations(self) -> list[tuple[int, str]]:
        """(token index, country) of every administration named as someone's ("the Trump administration")."""
        out = []
        for t in self.doc:
            if t.lemma_.lower() == "administration":
                owner = next((e for c in t.children if c.dep_ in ("compound", "poss", "amod")
                              for e in [self.index.of_token(c)] if e is not None), None)
                if owner is not None and owner.country:
                    out.append((t.i, owner.country))
        return out

    @cached_property
    def _stranded(self) -> frozenset[int]:
        """Subjects of second clauses the parser hung on an object ("denied meddling and Trump has said")."""
        return stranded_subjects(self.doc)

    @cached_property
    def _genders(self) -> dict[str, str]:
        """Gender evidence for the article's persons ("she" is not Trump), computed the first time asked."""
        return person_genders(self.index.entities, self.text)

    def _remember_subjects(self, sent: Span) -> None:
        for t in sent:
            if t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN"):
                self._remember_pair(t, sent)
            if t.dep_ in ("nsubj", "nsubjpass"):
                e = self.index.of_phrase(t)
                if e is not None and e.type in ("PERSON", "ORG", "GPE", "NORP"):
                    self._recent.append((t.idx, e))
                elif e is None and t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in BODY_NOUNS:
                    named = self.side(t)  # "the coalition" after "the Saudi-led coalition"
                    if named is not None and named.entity is not None:
                        self._recent.append((t.idx, named.entity))
                    else:
                        self._unnamed_bodies.append(t.idx)

    # -- the parse around a predicate
    def _remember_pair(self, subj: Token, sent: Span) -> None:
        """A subject of two actors of different countries ("Trump and Vietnam's Quang underscored ..."): kept as
        the pair that "the two leaders" after it stands for, unless a meeting or reciprocal event of the
        sentence set a pair already."""
        if self._pair is not None and self._pair[2] == sent.start:
            return
        first = self.side(subj)
        sides = [s for s in self._coordinated([subj], [first] if first is not None else [])
                 if s.entity is not None and s.actor is not None and (s.actor.country or s.actor.org)]
        if len(sides) == 2 and sides[0].actor.country != sides[1].actor.country:
            self._pair = (sides[0], sides[1], sent.start)

    @staticmethod
    def subjects(verb: Token) -> tuple[list[Token], bool]:
        """The subject heads of a verb (through xcomp, conj and relative clauses) and whether it is passive."""
        if _bare_participle(verb) and not any(c.dep_ in SUBJECT for c in verb.head.children):
            patients = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "dobj")]
            if patients:
                return patients[:1], True  # "X was ordered detained", "ordered X released": X is detained
        if _ordered_participle(verb):
            # "the judge ordered Ho detained", parsed as a clause whose subject detains: Ho is detained
            patients = [c for c in verb.children if c.dep_ == "nsubj"]
            if patients:
                return patients, True
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
            return [verb.head], True  # "ten soldiers killed in the raid": a reduced passive
        if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
                verb.head.lemma_.lower() in DECISION_NOUNS:
            # "the U.S. decision to cancel visits", "Russia's plan to expel diplomats": the owner of the decision
            owner = [c for c in verb.head.children if c.dep_ in ("poss", "compound", "amod", "nmod") and
                     (c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or c.dep_ == "poss")]
            if owner:
                return owner[:1], False
            if verb.head.dep_ == "dobj" and verb.head.head.pos_ in ("VERB", "AUX"):
                return EventFinder.subjects(verb.head.head)  # "France announced a plan to expel diplomats"
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in STATEMENT_NOUNS:
            # "issued a declaration demanding ...", "in a statement condemning ...": the statement's author
            noun = verb.head
            governor = noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUE_VERBS else (
                noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "through", "via", "with")
                else None)
            # "replaced it with a proclamation restricting travel": the author of what it is replaced with
            if governor is not None and governor.pos_ in ("VERB", "AUX") and governor != verb:
                return EventFinder.subjects(governor)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and \
                not any(c.dep_ in SUBJECT for c in verb.children):
            return [verb.head], False  # "the House committee investigating Russian meddling": the committee does
        v = verb
        for _ in range(4):
            subj = [c for c in v.children if c.dep_ in SUBJECT] or [c for c in v.children if _name_aux(c)]
            passive = [c for c in v.children if c.dep_ == "nsubjpass"]
            if subj or passive:
                heads = subj or passive
                first = heads[0]
                heads = [first] + [c for c in first.conjuncts if c.i > first.i]
                # passive only when the verb itself is: "Obama is scheduled to attend" -> Obama attends
                return heads, bool(passive) and not subj and v is verb
            if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
                return [v.head], False
            if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("VERB", "AUX"):
                objs = [c for c in v.head.head.children if c.dep_ == "dobj"] or [
                    g for c in v.head.head.children if c.dep_ == "oprd" for g in c.children if g.dep_ == "nsubj"]
                if objs and (v.head.lower_ in ("of", "for") or (
                        v.head.lower_ == "as" and v.head.head.lemma_.lower() in ("quote", "cite"))):
                    # "accused Russia of meddling", "thanked him for providing", "quoted X as saying": the object
                    # does it
                    return objs, False
                if v.head.lower_ == "of" and (_small_clauses(v.head.head) or any(
                        g.dep_ == "oprd" for c in v.head.head.children if c.dep_ == "xcomp" for g in c.subtree)):
                    return [], False  # "found guilty of disrupting": whoever was found guilty, not the jury
                v = v.head.head  # "X angered Y by expelling diplomats": X expels
                continue
            if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ in ("ADV", "ADJ") and \
                    v.head.head.head.pos_ in ("VERB", "AUX"):
                v = v.head.head.head  # "stopped short of accusing Moscow"
                continue
            stranded = _stranded_subject(v)
            if stranded is not None:
                return [stranded], False
            said = _said_subject(v)
            if said is not None:
                return [said] + [c for c in said.conjuncts if c.i > said.i], False
            if v.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp") and v.head != v:
                if v.dep_ == "xcomp" and v.head.lemma_ in OBJECT_CONTROL:
                    objs = [c for c in v.head.children if c.dep_ in ("dobj", "dative")] or [
                        g for c in v.head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                        and v.head.lemma_ == "call" for g in c.children
                        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]  # "called on North Korea to stop"
                    if objs:  # "urged Russia to withdraw": Russia withdraws; "ordered him detained": he is
                        return objs, _bare_participle(v) and v is verb
                if v.dep_ == "ccomp" and not (v.tag_ in ("VBN", "VBD") and v.head.lemma_ == "have" and
                                              v.head.i < v.i and v.head.dep_ == "ROOT"):
                    return [], False  # (but "Trump has several times contradicted X", parsed as "has" + a
                    # clause: the perfect's subject is the clause's)
                v = v.head
                continue
            break
        return [], False

    @staticmethod
    def _agent(verb: Token) -> Token | None:
        for c in verb.children:
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None

    def _targets(self, verb: Token, objects: list[Token]) -> list[Token]:
        """Candidate target heads, best first: object, dative, prepositional objects, and those of the object."""
        cands: list[Token] = []
        topic = verb.lemma_.lower() in TOPIC_VERBS  # "discussed North Korea with Xi": the partner, not the topic
        for o in objects if not topic else ():
            if o.dep_ in ("oprd", "ccomp") and o.pos_ == "ADJ":
                # "found Fairooz guilty": the parser makes the one found guilty the adjective's subject
                cands += [c for c in o.children if c.dep_ == "nsubj"]
            elif not self._deed_noun(o):  # "launched U.S. air strikes on X": the modifier is the doer
                cands.append(o)
        for c in verb.children:
            if c.dep_ == "dative" and c.pos_ != "ADP":
                cands.append(c)
        # "provide support to X": the parser often labels that "to" as a dative
        preps = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in TARGET_PREPS]
        # "fired back at May": the parser hangs the preposition on the particle
        preps += [g for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ in PARTICLES
                  for g in c.children if g.dep_ == "prep" and g.lower_ in TARGET_PREPS]
        # "offered to mediate between Saudi Arabia and Qatar": both parties
        preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"]
        if verb.lemma_.lower() in ("testify", "appear"):  # "testified before the committee", "in front of it"
            preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "before"] + _in_front_of(verb)
        for o in objects:  # "mounted an invasion of X", "a truce between X and Y"
            preps += [c for c in o.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS + ("of", "between")]
        for p in preps:
            for g in p.children:
                if g.dep_ == "pobj" and not (p.lower_ in ("on", "at", "in", "during") and self._occasion(g)):
                    cands.append(g)
                    cands.extend(g.conjuncts)
        # "called for Russia to withdraw": the one asked is the subject of the "for" clause
        cands += [g for c in _for_clauses(verb) for g in c.children if g.dep_ == "nsubj"]
        return cands

    def _located_in(self, noun: Token) -> Token | None:
        """The place an occasion is held at: "the summit in Vietnam" -> Vietnam; None for other nouns."""
        if not self._occasion(noun):
            return None
        return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                     for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE"), None)

    @staticmethod
    def _occasion(pobj: Token) -> bool:
        """Whether a phrase names the occasion of an action, not a party to it ("on the sidelines of the APEC
        summit", "at a NATO meeting", "during the G20 summit")."""
        return pobj.lemma_.lower() in OCCASION_NOUNS or pobj.lemma_.lower() in TIME_FRAMES  # "at the end of"

    # -- modality
    def factuality(self, trigger: Token) -> str:
        """asserted, future, hypothetical or negated, from the predicate's clause and the verbs above it."""
        verb = trigger
        light = _light_relative(trigger) if trigger.pos_ == "NOUN" else []
        if light:
            return self.factuality(light[0])  # "failed to disclose a trip he made": the trip was made
        if trigger.pos_ == "NOUN":
            for a in trigger.lefts:
                if a.lower_ in MODAL_ADJ:
                    return "hypothetical"
                if a.lower_ in FUTURE_ADJ:
                    return "future"
            verb = trigger.head if trigger.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") else trigger
            met = verb.head if trigger.dep_ == "pobj" else verb  # "bowed to U.S. pressure"
            if trigger.dep_ in ("dobj", "pobj") and met.pos_ == "VERB" and met.lemma_.lower() in RESISTING:
                return "asserted"  # "is eager to deflect U.S. pressure": the pressure is there
            if trigger.dep_ == "pobj" and verb.lower_ == "without":
                return "negated"  # "left without a meeting with Duterte"
            if trigger.dep_ == "pobj" and verb.lower_ in ADJUNCT_PREPS:
                # "discussed drugs during his meeting with X": the meeting is no thing discussed; but "during his
                # visit, Trump will meet Xi": an occasion of what is still to come is still to come
                return "future" if verb.head.pos_ in ("VERB", "AUX") and \
                    self._clause_modality(verb.head) == "future" else "asserted"
            if trigger.dep_ == "pobj" and verb.head != verb:
                verb = verb.head
            sidelines = False  # "told reporters on the sidelines of a summit": the summit is the occasion
            for _ in range(3):  # "there could be an opportunity for talks": through the nouns that frame it
                if verb.pos_ in ("VERB", "AUX") or verb.head == verb or verb.dep_ not in ("pobj", "attr", "dobj",
                                                                                          "nsubj", "prep"):
                    break
                if verb.lemma_.lower() in MODAL_NOUNS or verb.lemma_.lower() in ALLEGED_NOUNS and \
                        trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
                    return "hypothetical"  # ("allegations of meddling": the meddling is alleged)
                sidelines = sidelines or verb.lemma_.lower() in ("sideline", "sidelines", "margin", "margins")
                verb = verb.head
            if verb.pos_ not in ("VERB", "AUX"):
                return "asserted"
            if sidelines:
                return self._clause_modality(verb) or "asserted"
            if _negating(verb) and verb != trigger:
                return "negated"
            if verb.lemma_ in ("offer", "announce") and verb.tag_ in ("VBD", "VBN") and trigger.dep_ == "dobj" and \
                    trigger.lemma_.lower() in GIVEN_BY_SAYING and self._clause_modality(verb) is None:
                return "asserted"  # "offered a tepid endorsement", "announced the detente with Cuba": done in saying
            if verb.lemma_ in HYPOTHETICAL_HEADS | {"threaten"} and verb != trigger and \
                    trigger.dep_ not in ("nsubj", "nsubjpass") and not (
                        verb.lemma_ == "call" and any(c.dep_ == "oprd" for c in verb.children)):
                # (not "called the talks fruitful": named, not called for)
                return "hypothetical"  # "threatened attacks"; not "the attacks threaten security"
            if verb.lemma_ in FUTURE_HEADS - {"go", "begin", "start", "move"} and verb != trigger:
                return "future"
        state = self._clause_modality(verb)
        if state:
            return state
        if verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in ALLEGED_NOUNS \
                and any(c.lower_ == "that" and (c.dep_ == "mark" or c.dep_ == "dobj" and c.i < verb.i and
                                                verb.lemma_.lower() not in CLAIM_HANDLING) for c in verb.children):
            # "allegations that the campaign colluded with Moscow": alleged, not told as done (the parser often
            # takes the "that" for a relative pronoun; but "the allegations that he denied" are a relative clause)
            return "hypothetical"
        if trigger.pos_ == "VERB" and trigger.lemma_.lower() in REFUSING and _refused_act(trigger) is not None:
            # "Stone refused to identify the journalist", "declined to certify": the refusal is recorded as the
            # act refused, not done (the convention of the gold: a rejection, negated)
            return "negated"
        if verb.dep_ == "acl" and _to_infinitive(verb) and verb.head.pos_ == "NOUN":
            # "threats to destroy X", "a plan to expel diplomats", "its refusal to meet": what the noun says of it
            noun = verb.head.lemma_.lower()
            for words, modality in NOUN_MODALITY:
                if noun in words:
                    if any(c.dep_ == "det" and c.lower_ == "no" for c in verb.head.children):
                        return "negated"  # "has no plans to meet", "no intention to withdraw"
                    return modality
        if verb.dep_ in ("acl", "ccomp") and verb.tag_ == "VB" and verb.head.lemma_.lower() in DIRECTIVE_HEADS and \
                any(c.dep_ == "nsubj" for c in verb.children):
            return "hypothetical"  # the subjunctive of a demand: "demanded that Israel ease", "its call that X go"
        if verb.tag_ in ("VBZ", "VBP") and verb.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("before", "until", "till") for c in verb.children):
            return "future"  # "just before Trump visits Beijing": the present of a time still to come
        if verb.tag_ in ("VBZ", "VBP") and verb.dep_ == "advcl" and any(
                c.lower_ in ("when", "once", "after") for c in verb.children if c.dep_ in ("mark", "advmod")) and \
                self._clause_modality(verb.head) == "future":
            return "future"  # "when Trump visits China, he will raise trade"
        v = verb
        for _ in range(3):
            if v.dep_ not in ("xcomp", "ccomp", "advcl", "conj", "pcomp") or v.head == v:
                break
            head = v.head
            if v.dep_ == "pcomp" and (head.lower_ == "without" or
                                      (head.lower_ == "of" and head.head.lower_ == "instead")):
                return "negated"  # "left Manila without attending the summit", "instead of meeting X"
            if v.dep_ == "pcomp" and head.pos_ == "ADP" and head.head != head:
                head = head.head  # "held off on imposing sanctions": the verb the preposition hangs on
                if head.pos_ in ("ADV", "ADJ") and head.head.pos_ in ("VERB", "AUX"):
                    head = head.head  # "stopped short of accusing"
            lemma = head.lemma_.lower()
            if v.dep_ == "conj":
                v = head
                continue
            if v.dep_ in ("xcomp", "pcomp") or _infinitival(v) or v in _object_clauses(head) or _ordered_participle(v):
                if _negating(head):  # "may refuse to sign": the refusal's own modality comes first
                    return "hypothetical" if self._clause_modality(head) == "hypothetical" else "negated"
                if lemma in HYPOTHETICAL_HEADS:
                    return "hypothetical"
                if lemma in ("begin", "start", "decide") and head.tag_ in ("VBD", "VBN") and \
                        self._clause_modality(head) is None:
                    # "began to scale back its services", "had begun informing Congress": under way, not to
                    # come; "decided to end the status": the decision is the act
                    return "asserted"
                if lemma == "go" and any(c.lower_ == "far" for c in head.children):
                    v = head  # "went so far as to call Xi a special man": how far, not what is to come
                    continue
                if lemma in FUTURE_HEADS and (v.dep_ != "pcomp" or v.head.lower_ in ("on", "to")) and \
                        (lemma in ("want", "hope", "wish") or not (_bare_participle(v) or _ordered_participle(v))):
                    # ("was ordered detained" is detained; "wants him extradited" is still to come)
                    # (not "set up the commission after charging ...": a prepositional clause of its own)
                    return "future" if self._clause_modality(head) in (None, "future") else self._clause_modality(head)
                if lemma == "be" and any(c.lower_ == "to" for c in v.children if c.dep_ == "aux") and \
                        v.lemma_.lower() != "blame":
                    return "future"  # "is to visit"; not "is to blame"
            if v.dep_ == "ccomp" and lemma in ("deny", "dismiss", "reject"):
                return "negated"
            if v.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in v.children if c.dep_ == "mark"):
                return "hypothetical"
            outer = self._clause_modality(head)
            if outer == "negated" and v.dep_ == "advcl" and any(
                    c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE_MARKS for c in v.children):
                return "asserted"  # "when Norway expelled the envoy, Sweden did not respond": the expulsion happened
            if outer in ("negated", "hypothetical") and v.dep_ != "ccomp":
                return outer
            v = head
        return "asserted"

    @staticmethod
    def _clause_modality(verb: Token) -> str | None:
        kids = list(verb.children)
        if any(c.dep_ in ("dobj", "nsubjpass") and any(d.lower_ == "no" for d in c.children if d.dep_ == "det")
               for c in kids):
            return "negated"  # "offered no proof", "has made no offer", "no charges were filed"
        if any(c.dep_ in ("acomp", "oprd") and any(d.dep_ == "neg" for d in c.children) for c in kids):
            return "negated"  # "pleaded not guilty"
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in kids):
            return "hypothetical"
        if (verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in TENSE_AUX for c in kids)) \
                and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                        for c in kids) and not any(c.dep_ == "neg" for c in kids):
            # "will shred the deal if Washington pulls out": only on a condition (but "voted to cut aid unless
            # ...": the vote is cast, its condition is the measure's)
            return "hypothetical"
        if _has_not(verb):
            return "negated"
        first_aux = next((c for c in kids if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
        if first_aux is not None and any(t.dep_ == "neg" and t.head in kids for t in verb.doc[first_aux.i:verb.i]):
            return "negated"  # "does not itself impose": the parser hung "not" on "itself"
        auxes = [c.lower_ for c in kids if c.dep_ in ("aux", "auxpass") and not _name_aux(c)]
        if any(a in FUTURE_AUX for a in auxes):
            return "future"
        if "going" in auxes or any(c.lower_ == "going" for c in kids if c.dep_ == "aux"):
            return "future"
        if "would" in auxes and verb.dep_ == "ccomp" and verb.head.lemma_ in SPEECH | {"announce", "say"}:
            return "future"  # "announced it would impose": reported future
        if any(a in MODAL_AUX for a in auxes):
            return "hypothetical"
        return None

    def reported_by(self, trigger: Token) -> str | None:
        """The speaker when the event is inside a quotation or under a speech verb."""
        for q in self.quotes:
            if q.start <= trigger.idx < q.end:
                return q.speaker or q.speaker_text
        verb = _speech_head(trigger, SPEECH)
        if verb is None:
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.dep_ == "nsubjpass":
            return None  # "Haley is expected to meet Kabila", "X was said to have": nobody named says it
        side = self.side(subj)
        if side and side.actor:
            return side.actor.name
        return None if subj.pos_ == "PRON" else subj.text  # "it became known he had lied": nobody speaks

    # -- the work
    def find(self) -> list[Event]:
        events: list[Event] = []
        for sent in self.doc.sents:
            self._sent = sent
            found = self._sentence(sent)
            events.extend(found)
            deeds = [e for e in found if e.root not in ("01",) and e.factuality in ("asserted", "future")
                     and e.source is not None and (e.source.country or e.source.org)]
            if deeds:
                self._last_doer = (sent.start_char, deeds[-1].source)
            self._remember_subjects(sent)
            for ent in _dates_in(sent) if _dates_in is not None else ():  # for "at the time" in a later sentence
                if ent.label_ == "DATE":
                    when = resolve_expression(ent.text, self.published)
                    if when[0] is not None:
                        self._last_date, self._last_date_at = when, sent.start
        # a news outlet reports; it is no party ("Reuters has not verified the accusations")
        press = _outlet_names()
        return [e for e in events if not (e.source is not None and e.source.country is None and
                                          e.source.name.lower() in press)]

    def _sentence(self, sent: Span) -> list[Event]:
        out: list[Event] = []
        light_objects: set[int] = set()
        for t in sent:
            # verbs, and participles used as adjectives after "be" ("is opposed to", "is committed to")
            if t.pos_ != "VERB" and not (t.pos_ == "ADJ" and t.dep_ == "acomp" and (
                    t.tag_ in ("VBN", "JJ") and t.lower_.endswith("ed") or
                    t.lemma_.lower() in self.lexicon.adjectives)):
                continue  # and adjectives of a stance after "be": "were critical of Trump"
            if t.lemma_.lower() in NAMING_VERBS and (any(c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ", "PROPN")
                                                         for c in t.children) or
                                                     sum(c.dep_ == "dobj" for c in t.children) >= 2):
                continue  # "called negotiations a waste of time": a characterisation, not the thing named
            if t.dep_ == "relcl" and t.head.pos_ == "NOUN" and t.head.lemma_.lower() in self.lexicon.nouns and \
                    t in _light_relative(t.head):
                continue  # "Assad's visit to Russia which he made on Monday": the noun's event, told once
            trip = self._trip_taking(t, sent)
            if trip is not None:  # "a week-long trip that took him to Saudi Arabia and Qatar"
                out.extend(trip)
                continue
            activity = self._activity(t)
            if activity is not None:  # "engaged in talks with X", "took part in the raid"
                noun, pred = activity
                light_objects.add(noun.i)
                self._acting_verbs.add(t.i)
                out.extend(self._verbal(t, pred, [noun], sent))
                continue
            lemma = t.lower_ if t.dep_ == "acomp" and t.lower_ in self.lexicon.adjectives \
                else self._lemma(t, self.lexicon.verbs)  # "was concerned about": the adjective, not "concern"
            if lemma is None:
                continue
            objects = [self.relative(c) for c in t.children if c.dep_ in ("dobj", "attr", "oprd")]
            objects += [c for c in _small_clauses(t) if c.dep_ != "oprd"]  # "found him guilty" parsed as a clause
            # "wanted the Senate to act": the one wanted to act is the verb's object, whatever the parser says
            objects += [g for c in _object_clauses(t) for g in c.children if g.dep_ == "nsubj"]
            # "I hope the Senate will strike it", "hoped China would do more": an appeal to the one hoped to act
            objects += [g for c in _hoped_clauses(t) for g in c.children if g.dep_ == "nsubj"]
            if t.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "that") for c in t.children):
                objects.append(t.head)  # "sanctions that were imposed on X"
            elif t.dep_ == "relcl" and t.head.pos_ == "NOUN" and not any(c.dep_ in ("dobj", "ccomp", "xcomp")
                                                                         for c in t.children) and \
                    any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") and c.lower_ != "that" for c in t.children):
                objects.append(t.head)  # "the pardon he granted to X": what the clause's subject granted
            # the patient of a passive is what the action is about: "sanctions were imposed", "diplomats expelled"
            objects += [self.relative(c) for c in t.children if c.dep_ == "nsubjpass"]
            if t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ in ("NOUN", "PROPN"):
                objects.append(_convicted_person(t) if lemma in PERSON_DEED_VERBS else t.head)
            if t.lower_ in STATIVE_PARTICIPLES:  # "is opposed to French mediation": what the stance is toward
                objects += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                            if g.dep_ == "pobj"]
            objects += [c for o in list(objects) for c in o.conjuncts if c.i not in self._stranded]
            preps = {"before"} if _in_front_of(t) else set()  # "appear in front of the committee"
            preps |= {c.lower_ for c in t.children if c.dep_ in ("prep", "prt", "agent") or (
                c.dep_ == "advmod" and c.lower_ in PARTICLES and (c.i == t.i + 1 or any(
                    o.right_edge.i + 1 == c.i for o in objects)))}  # "pushed back", "led her away" tagged adverbs
            # "received a call from X": the object's "from" phrase names the giver ("<from" rows); "expressed concern
            # over X": the object's phrase refines the verb as the verb's own would
            preps |= {"<" + c.lower_ for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "from"}
            preps |= {c.lower_ for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ in
                      ("over", "about", "with")}  # "raised the issue with Xi": the parser hangs "with" on the issue
            if any((c.dep_ == "xcomp" or _infinitival(c)) and c.pos_ in ("VERB", "AUX") for c in t.children) or \
                    _object_clauses(t):
                preps.add("+inf")  # "agreed to free", "offered to mediate": the lexicon's "+inf" rows
            if _for_clauses(t):
                preps.add("for")  # "called for Russia to withdraw": "for" marks the clause, not a phrase
            # "appealed for aid", "called for a ceasefire", "withdrew from the treaty"
            # "took X into custody", "placed X under arrest", "put X on trial" (with a person as the object)
            held = any(c.dep_ == "dobj" and (c.pos_ == "PRON" or self._is_actor(c)) for c in t.children)
            asked = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "from", "into", "under") +
                     (("on",) if held else ()) + (("in",) if t.lemma_.lower() in ("engage", "participate") else ())
                     for g in c.children if g.dep_ == "pobj"]  # "engaged in fighting", "in wrongdoing"
            # "pulled out of the deal": however the parser hangs "of" (on the particle or on the verb)
            left_things = [g for c in t.children for p in [c, *c.children] if c.lower_ == "out" or p is c
                           if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"] \
                if any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ == "out" for c in t.children) else []
            asked += left_things
            # "a deal whose future was thrown into doubt when Trump withdrew from it": what "it" stands for
            asked = [_relative_thing(g) if g.lower_ == "it" else g for g in asked]
            # "spoke on the phone", "talked by telephone": the means is the lexicon's object ("=phone" rows)
            asked += [g for c in t.children if c.dep_ in ("prep", "agent") and c.lower_ in ("on", "by", "over")
                      for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in PHONE_NOUNS]
            lemmas = self._object_lemmas(objects + asked)
            if lemma in RESISTING:  # "resisted calls for him to resign": the call is what is refused
                lemmas |= {w for o in objects for w in (o.lemma_.lower(), o.lower_)}
            heads = frozenset(w for o in objects + asked for w in (o.lemma_.lower(), o.lower_) + tuple(
                g.lemma_.lower() for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj"))
            if any(self._is_actor(o) for o in objects):
                lemmas.add("@actor")
            partners = objects + [g for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                                  for g in c.children if g.dep_ == "pobj"]
            if any(self._is_person(o) for o in partners):
                lemmas.add("@person")
            if t.lemma_.lower() in WORDS_OR_ARMS and not any(o.ent_type_ in ("GPE", "LOC", "NORP") for o in partners) \
                    and self._civilian_doer(self.subjects(t)[0]):
                lemmas.add("@politician")  # "Trump attacked the FBI": a politician's attack is in words
            if any(c.dep_ == "dobj" for c in t.children) or (objects and t.dep_ != "relcl"):
                lemmas.add("@object")
            if lemma in REFUSING and _refused_silence(t):
                continue  # "declined to comment", "refused to be named": no stance toward anyone
            pred = self.lexicon.lookup(lemma, "V", lemmas, preps, heads)
            again = re.sub(r"^re-?", "", lemma)
            if pred is None and again != lemma and lemma not in NOT_AGAIN:
                # "restart talks": a verb in "re" with rows of its own for other objects (visas) is still the
                # verb done again
                pred = self.lexicon.lookup(again, "V", lemmas, preps, heads)
            if pred is None:
                continue
            if pred.cameo == "042" and lemma in ("lead", "bring") and not any(
                    c.dep_ == "prep" and c.lower_ == "to" for h in (t, *objects) for c in h.children):
                continue  # "led a delegation to Beijing" is a trip there; "delegations led by X and Y met" is none
            if pred.cameo[:2] == "07" and any(c.lower_ == "own" for o in objects for c in o.children):
                continue  # "began paying his own legal bills": no aid to anyone
            self._acting_verbs.add(t.i)
            others = []
            if len(objects) > 1 and (pred.object or pred.literal):
                # "traded insults and threats", "sent troops and aid": coordinated objects of other kinds are
                # events of their own
                for o in objects:
                    row = self.lexicon.lookup(lemma, "V", self._object_lemmas([o]), preps,
                                              frozenset({o.lemma_.lower(), o.lower_}))
                    if row is not None and (row.object or row.literal) and row.cameo[:2] != pred.cameo[:2] and \
                            all(row.cameo[:2] != r.cameo[:2] for r in others):
                        others.append(row)
            if (pred.object or pred.literal) and lemma not in RESISTING:
                # "impose sanctions": the noun is part of the verb's predicate (but the demands resisted were made)
                light_objects.update(o.i for o in objects)
                pred = self._noun_code(pred, objects)
            if pred.prep == "out" and not objects:
                objects = left_things  # "pulled out of the Iran deal": what is left is the verb's object
            out.extend(self._verbal(t, pred, objects, sent))
            for row in others:
                out.extend(self._verbal(t, row, objects, sent))
        out.extend(self._modal_demands(sent))
        out.extend(self._speech_events(sent))
        out.extend(self._worries(sent))
        faults, characterising = self._characterisations(sent)
        if faults:
            # "warned that X is a problem": a characterisation, not a threat
            said = {(self.doc[i].text, self._sentence_start(sent)) for i in characterising}
            out = [e for e in out if e.root != "13" or (e.trigger, e.start) not in said]
            out.extend(faults)
        for t in sent:
            if t.pos_ not in ("NOUN", "PROPN") or t.i in light_objects:
                continue
            lemma = t.lemma_.lower()
            if lemma not in self.lexicon.nouns:
                continue
            # "a mediation effort between X and Y", "the sanctions regime against X": the phrase's head carries
            # the noun's arguments
            phrase = t.head if t.dep_ == "compound" and t.head.lemma_.lower() in FRAME_NOUNS else t
            if phrase.i in light_objects:
                continue
            preps = {c.lower_ for c in [*phrase.children, *_light_phrases(_light_relative(phrase))]
                     if c.dep_ in ("prep", "dative")} | {
                m.lower_ for c in phrase.children if c.dep_ in ("acl", "advcl") for m in c.children
                if m.dep_ == "mark" and m.lower_ == "for"}  # "its call for Israel to ease": a "for" clause
            refiners = _noun_objects(t) | _noun_objects(phrase) | ({phrase.lemma_.lower()} if phrase != t else set())
            if any(self._is_person(g) for c in phrase.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                   for g in c.children if g.dep_ == "pobj"):
                refiners.add("@person")  # "Trump's attack on Senator X": words, not arms
            if self._civilian_doer([g for c in phrase.children if c.dep_ == "agent" or (
                    c.dep_ == "prep" and c.lower_ in ("by", "from")) for g in c.children if g.dep_ == "pobj"]) and \
                    not any(g.ent_type_ in ("GPE", "LOC", "NORP") for c in phrase.children if c.dep_ == "prep" and
                            c.lower_ in ("on", "against") for g in c.children if g.dep_ == "pobj"):
                refiners.add("@politician")  # "under attack by President Trump": a politician's attack is in words
            pred = self.lexicon.lookup(lemma, "N", refiners, preps)
            if pred is None:
                continue
            if _course_foretold(phrase):
                continue  # "he expected its probe to last into 2018": how long it goes on, no news of it
            found = self._nominal(phrase, pred, sent)
            if phrase != t:
                found = [dataclasses.replace(e, trigger=f"{t.text} {phrase.text}") for e in found]
            out.extend(found)
        return out + self._accusations(out)

    def _accusations(self, out: list[Event]) -> list[Event]:
        """The accusations and denials read from reported wrongs in the sentence, less those it states itself."""
        def key(e: Event) -> tuple:
            return (e.source and (e.source.id or e.source.country), e.target and (e.target.country or e.target.org),
                    e.root)
        stated = {key(e) for e in out}
        found: list[Event] = []
        for e in self._alleged:
            if key(e) not in stated:
                stated.add(key(e))
                found.append(e)
        self._alleged = []
        return found

    def _trip_taking(self, verb: Token, sent: Span) -> list[Event] | None:
        """A trip that takes someone somewhere ("a tour that has taken him to Japan and China", "the trip will
        take Trump to Asia"): a visit (042) by the one taken to each place; None for any other verb."""
        if verb.lemma_.lower() != "take":
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
            subject = verb.head
        traveller = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subject is None or traveller is None or subject.lemma_.lower() not in TRIP_NOUNS:
            return None
        source = self.side(traveller)
        if source is None or source.actor is None or not (source.actor.country or source.actor.org):
            return None
        places = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pobj" for p in (g, *g.conjuncts)]
        pred = Predicate("take", "V", "", "to", "042")
        targets = [t for t in (self._first_target([p], [source]) for p in places) if t is not None]
        out = [self._event(verb, pred, source, t, sent, False) for t in targets]
        under_way = verb.tag_ == "VBZ" or (verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lower_ in ("has", "have", "'s") for c in verb.children))
        if under_way and self.published:
            # "the last leg of a tour that has taken him to Japan": the stops of a trip under way in the report
            # were made this month (the month is what the text supports, not a day)
            out = [e if e.date_basis == "text" or e.factuality != "asserted" else dataclasses.replace(
                e, date=self.published[:7], date_precision="month", date_basis="text") for e in out]
        return out

    def _activity(self, verb: Token) -> tuple[Token, Predicate] | None:
        """A verb of taking part whose "in" phrase names the action ("engaged in talks with X", "took part in
        the attack", "were involved in the shelling"): the action is the event, with the verb's subject."""
        lemma = verb.lemma_.lower()
        if lemma not in ACTIVITY_VERBS or (lemma == "take" and not any(c.lower_ == "part" for c in verb.children)):
            return None
        for c in verb.children:
            if c.dep_ != "prep" or c.lower_ != "in":
                continue
            for noun in c.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in self.lexicon.nouns:
                    continue
                preps = {g.lower_ for g in noun.children if g.dep_ == "prep"}
                row = self.lexicon.lookup(noun.lemma_.lower(), "N", _noun_objects(noun), preps)
                if row is not None:
                    return noun, Predicate(lemma, "V", "", "in", row.cameo)
        return None

    def _noun_code(self, pred: Predicate, objects: list[Token]) -> Predicate:
        """"mounted an invasion": a light verb's object that is itself a predicate noun of the same root gives
        its own, more specific code (192 for an invasion, not 190 for any attack)."""
        for o in objects:
            preps = {c.lower_ for c in o.children if c.dep_ == "prep"}
            noun = self.lexicon.lookup(o.lemma_.lower(), "N", _noun_objects(o), preps)
            if noun is not None and noun.cameo[:2] == pred.cameo[:2] and noun.cameo != pred.cameo and \
                    pred.cameo.endswith("0"):
                return dataclasses.replace(pred, cameo=noun.cameo)
        return pred

    @staticmethod
    def _counted(head: Token) -> Token:
        """The people a quantity counts: "thousands of workers" -> workers, "a group of refugees" -> refugees."""
        for _ in range(3):
            if head.lemma_.lower() not in QUANTITY_NOUNS:
                break
            inner = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                          if g.dep_ == "pobj"), None)
            if inner is None:
                break
            head = inner
        return head

    def _populace(self, head: Token) -> bool:
        """Whether a subject is people rather than a state or an office: "thousands of Kenyans", "protesters"."""
        head = self.relative(head)
        if head.pos_ in ("NOUN", "PROPN") and _noun_lemma(head) in PEOPLE_NOUNS | {"thousand", "hundred", "dozen"}:
            return True
        return head.ent_type_ == "NORP" and head.tag_ in ("NNPS", "NNS")

    @staticmethod
    def _has_content(verb: Token, objects: list[Token]) -> bool:
        """Whether a speech act has something it is about: an object, a clause, an infinitive or a
        prepositional object."""
        if objects:
            return True
        for c in verb.children:
            if c.dep_ in ("dobj", "ccomp", "xcomp", "dative") or _infinitival(c):
                return True
            if c.dep_ == "advcl" and c in _for_clauses(verb):
                return True  # "calling for the tax to be eliminated"
            if c.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in c.children):
                return True
        return False

    def _is_person(self, token: Token) -> bool:
        """Whether a noun phrase names a person (not a state, a body or a place)."""
        token = self.relative(token)
        if token.pos_ == "PRON":
            return token.lower_ in ("him", "her", "he", "she")
        if self._owned_thing(token):
            return False  # "welcomed Trump's announcement": a thing of the person's
        entity = self.index.of_phrase(token)
        return entity is not None and entity.type == "PERSON"

    def _civilian_doer(self, heads: list[Token]) -> bool:
        """Whether one of the phrases names a person who is no soldier or police officer (an attack by them is
        in words: the lexicon's "@politician" rows)."""
        return any(d is not None and d.type == "PERSON" and d.role not in ("military", "police")
                   for d in map(self.index.of_phrase, heads))

    def _owned_thing(self, token: Token) -> bool:
        """A noun phrase naming something of an actor's, not the actor ("Trump's tweets")."""
        return self.index.of_token(token) is None and any(c.dep_ == "poss" for c in token.children)

    def _is_actor(self, token: Token) -> bool:
        """Whether a noun phrase names a state, a body or a person the article resolves (not a thing of
        theirs: "welcomed Trump's tweets")."""
        token = self.relative(token)
        if self._owned_thing(token):
            return False
        side = self.side(token)
        if side is not None and side.entity is not None:
            side = self._officeholder(side)  # "wanted the Senate to act" in a report from Washington
        return side is not None and side.actor is not None and (
            side.actor.country is not None or side.actor.org is not None or
            (side.entity is not None and side.entity.type == "PERSON"))

    @staticmethod
    def _object_lemmas(objects: list[Token]) -> set[str]:
        """What the objects are: their heads, compound modifiers ("aid deliveries") and, after a quantity, the
        thing counted ("25,000 tons of food")."""
        out = set()
        for o in objects:
            if o.lemma_.lower() in DIRECTIVE_HEADS and any(
                    (c.dep_ == "prep" and c.lower_ == "for") or (c.dep_ in ("acl", "advcl") and _to_infinitive(c))
                    for c in o.children):
                continue  # "renewed its call for X to act" is no (phone) call renewed: the noun is the event
            if o.lemma_.lower() in ("operation", "campaign") and any(
                    c.dep_ in ("compound", "amod") and c.lemma_.lower() in CIVIL_OPERATIONS for c in o.children):
                continue  # "conducted an influence operation", "a rescue operation": no attack
            out.add(o.lemma_.lower())
            out.add(o.lower_)
            for c in o.children:
                if c.dep_ == "compound":
                    out.add(c.lemma_.lower())
                elif c.dep_ == "prep" and c.lower_ == "of":
                    for g in c.children:
                        if g.dep_ == "pobj":  # "part of a military aid program": program, aid
                            out.add(g.lemma_.lower())
                            out.update(d.lemma_.lower() for d in g.children if d.dep_ == "compound")
        return out

    @staticmethod
    def _lemma(t: Token, table: dict) -> str | None:
        """The token's lemma as the lexicon knows it; the rule lemmatizer sometimes errs ("staged" -> "stag"),
        so the regular English endings are tried too."""
        lemma = t.lemma_.lower()
        if lemma in table:
            return lemma
        w = t.lower_
        cands = []
        if w.endswith("ied"):
            cands.append(w[:-3] + "y")
        if w.endswith("ed"):
            cands += [w[:-2], w[:-1], w[:-3] if len(w) > 4 and w[-3] == w[-4] else w[:-2]]
        if w.endswith("ing"):
            cands += [w[:-3], w[:-3] + "e", w[:-4] if len(w) > 5 and w[-4] == w[-5] else w[:-3]]
        if w.endswith("es"):
            cands.append(w[:-2])
        if w.endswith("s"):
            cands.append(w[:-1])
        if re.match(r"re-[a-z]", w):  # "re-established": the lemmatizer leaves "re-establishe"
            cands += [re.sub(r"^re-", "", c) for c in [lemma, w, *cands]]
        found = next((c for c in cands if c in table), None)
        if found is None and re.match(r"re-?[a-z]{3}", lemma) and t.pos_ == "VERB" and lemma not in NOT_AGAIN:
            # "reimposed", "re-opened", "redeployed": doing again what the verb without "re" does
            rest = re.sub(r"^re-?", "", lemma)
            found = rest if rest in table else None
        return found

    def _speech_events(self, sent: Span) -> list[Event]:
        """Speech that is itself an interaction: "X told Y by phone that ..." is a telephone call (041);
        "X said the accusations were baseless" denies them (016), toward whoever made them."""
        out = []
        for t in sent:
            if t.pos_ != "VERB" or t.lemma_.lower() not in SPEECH | ADDRESS_VERBS | {"warn"}:
                continue
            subjects, passive = self.subjects(t)
            sources = [s for s in (self.side(h) for h in subjects) if s is not None and s.actor is not None]
            if passive or not sources:
                continue
            if t.dep_ == "parataxis" and t.head.pos_ == "VERB" and _tells_of_lying(t.head):
                # "Sessions, Franken wrote, 'failed to tell the truth'" (the parser may hang both names on "wrote":
                # the one by the verb writes, the one before it is written of)
                named = [c for c in t.children if c.dep_ == "nsubj"]
                liar = named[0] if len(named) > 1 and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children) else None
                if liar is not None:
                    sources = [x for x in [self.side(named[-1])] if x is not None and x.actor is not None]
                out += self._lie_told(t, t.head, sources, sent, liar)
            heard = [c for c in t.children if c.dep_ in ("dobj", "dative")]
            phoned = any(g.lemma_.lower() in PHONE_NOUNS for c in t.children if c.dep_ == "prep" and
                         c.lower_ in ("by", "over", "in", "during") for g in c.children if g.dep_ == "pobj")
            if heard and (phoned or t.lemma_.lower() in ADDRESS_VERBS) and t.i not in self._acting_verbs:
                # (not where the verb made an event of its own: "told X to end it" demands, 100)
                # "told X by phone that ..." is a call (041); "told an Australian diplomat that ...", "informed
                # the council" is a statement made to X (010)
                target = self._first_target(heard, sources)
                if target is not None and target.actor is not None and target.actor.role != "media":
                    pred = Predicate(t.lemma_.lower(), "V", "", "", "041" if phoned else "010")
                    out += [self._event(t, pred, side, target, sent, False) for side in sources
                            if self._political(side, target)]
            for c in t.children:
                if c.dep_ != "ccomp":
                    continue
                none = next((g for g in c.children if c.lemma_ == "be" and g.dep_ == "attr" and
                             g.lemma_.lower() in DENIED_WRONGS and any(
                                 d.dep_ == "det" and d.lower_ == "no" for d in g.children)), None)
                if none is not None and any(g.dep_ == "expl" for g in c.children):
                    # "Trump has said there was no collusion": a denial of the wrong ("no interference in the
                    # election": toward the country it would have been done in)
                    aimed = [p for d in none.children if d.dep_ == "prep" and d.lower_ == "in"
                             for p in d.children if p.dep_ == "pobj"]
                    target = self._first_target(aimed, sources)
                    pred = Predicate(t.lemma_.lower(), "V", "", "", "016")
                    out += [self._event(t, pred, side, target, sent, False) for side in sources]
                    continue
                cost = next((o for o in c.children if c.lemma_ in ("have", "carry", "bring", "mean") and
                             o.dep_ == "dobj" and o.lemma_.lower() in CONSEQUENCE_NOUNS), None)
                if cost is not None and t.lemma_.lower() not in ("warn", "threaten"):  # (a warning of its own)
                    # "said the release could have repercussions for U.S.-Pakistan relations": a warning of what
                    # may follow, toward whom it would fall on (coded as the threat, with the clause's modality)
                    hit = [g for p in cost.children if p.dep_ == "prep" and p.lower_ in ("for", "on")
                           for g in p.children if g.dep_ == "pobj"]
                    target = self._first_target(hit, sources)
                    if target is None and hit:
                        target = self._pair_other(hit[0], sources)  # "for U.S.-Pakistan relations"
                    if target is not None and target.actor is not None and not any(
                            s.actor is not None and s.actor.country and s.actor.country == target.actor.country
                            for s in sources):
                        pred = Predicate(t.lemma_.lower(), "V", "", "", "130")
                        out += [self._event(c, pred, side, target, sent, False) for side in sources
                                if self._political(side, target)]
                    continue
                if _tells_of_lying(c) and t.lemma_.lower() not in ("deny", "admit", "confess", "acknowledge"):
                    out += self._lie_told(t, c, sources, sent)
                    continue
                if _clears_of_wrong(c):
                    # "said the president had not acted improperly", "said the killer had nothing to do with her
                    # group", "says he did nothing wrong": a denial of wrongdoing (016), toward whom it clears
                    cleared = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ != "PRON"]
                    target = self._first_target(cleared, sources)
                    if target is not None and (target.actor is None or _not_another(target, sources)):
                        target = None
                    pred = Predicate(t.lemma_.lower(), "V", "", "", "016")
                    out += [self._event(t, pred, side, target, sent, False) for side in sources
                            if self._political(side, target)]
                    continue
                claim = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and
                              g.lemma_.lower() in CLAIM_NOUNS), None)
                false = any(g.dep_ in ("acomp", "attr") and g.lemma_.lower() in FALSE_WORDS for g in c.children)
                if claim is None or not false:
                    continue
                target = self._first_target(self._doers(claim), sources)
                pred = Predicate(t.lemma_.lower(), "V", "", "", "016")
                out += [self._event(t, pred, side, target, sent, False) for side in sources]
        return out

    def _reporter(self, trigger: Token) -> tuple[_Side | None, Token | None]:
        """Who reports an event, and by which verb of speech: the subject of the speech verb it is said under,
        else the speaker of the quotation holding it (verb unknown)."""
        verb = _speech_head(trigger, SPEECH | {"conclude", "find"})
        if verb is not None:
            subjects, passive = self.subjects(verb)
            return (self.side(subjects[0]) if subjects and not passive else None), verb
        finding = _finding_head(trigger)
        if finding is not None:
            # "the intelligence community's assessment that Russia interfered", "a report by U.S. agencies that
            # it conducted an influence operation": who found or reported it
            found = next((sd for sd in map(self.side, self._doers(finding)) if sd is not None and
                          sd.actor is not None), None)
            if found is not None:
                return found, finding
        entity = self._speaker_at(trigger)
        return (_Side(event_actor(entity), entity) if entity is not None else None), None

    def _allege(self, trigger: Token, code: str, doer: _Side, sent: Span) -> None:
        """A wrong that a political actor reports another actor did ("the administration said Russia interferes
        in the affairs of other countries", "'These abuses by the army ...,' the minister said") is an
        accusation by the reporter of the doer (112; of abuses 1122, of aggression 1123), dated when it is said."""
        reporter, verb = self._reporter(trigger)
        if reporter is None or reporter.actor is None or reporter.entity is None or doer.entity is None:
            return  # nobody is accused of what the authorities of a place are only taken to have done
        if trigger.pos_ in ("NOUN", "PROPN") and doer.entity.id not in {
                side.entity.id for side in map(self.side, self._doers(trigger)) if side and side.entity}:
            return  # "respond to such attacks": a noun accuses only the doer it names itself ("Iran's attacks")
        said_by = reporter.actor.country or reporter.actor.org
        done_by = doer.actor.country or doer.actor.org
        if not said_by or not done_by or said_by == done_by or reporter.actor.role == "media":
            return
        accusation = {"17": "1122", "18": "1122", "19": "1123", "20": "1123"}.get(code[:2]) if code != "170" else "112"
        pred = Predicate(verb.lemma_.lower() if verb is not None else "say", "V", "", "", accusation or "112")
        self._alleged.append(self._event(verb if verb is not None else trigger, pred, reporter, doer, sent, False))

    def _deny(self, trigger: Token, doer: _Side, target: _Side | None, sent: Span) -> None:
        """A wrong that an actor says it did not do ("Moscow had always said it had never interfered",
        "Iran said it had not supplied the missiles") is a denial by that actor (016), toward whom the wrong
        would have been done."""
        reporter, verb = self._reporter(trigger)
        if reporter is None or reporter.actor is None or verb is None:
            return
        said_by = reporter.actor.country or reporter.actor.org
        if not said_by or said_by != (doer.actor.country or doer.actor.org):
            return
        pred = Predicate(verb.lemma_.lower(), "V", "", "", "016")
        self._alleged.append(self._event(verb, pred, reporter, target, sent, False))

    def _fault(self, token: Token, depth: int = 0) -> str | None:
        """The CAMEO code of the fault a predicate word finds ("a problem", "unacceptable", "Iran's destabilizing
        activities", "an act of aggression"), or None for a word that finds none."""
        code = FAULT_WORDS.get(token.lemma_.lower()) or FAULT_WORDS.get(token.lower_)
        if code is not None:
            return code
        if token.pos_ in ("NOUN", "PROPN"):
            for c in token.children:
                if c.dep_ in ("amod", "compound") and c.i < token.i and (c.lower_ in FAULT_WORDS):
                    return FAULT_WORDS[c.lower_]
                if depth == 0 and c.dep_ == "prep" and c.lower_ == "of" and token.lemma_.lower() in FRAMING_NOUNS:
                    found = next((self._fault(g, 1) for g in c.children if g.dep_ == "pobj"), None)
                    if found is not None:
                        return found
        return None

    def _faulted(self, thing: Token) -> list[Token]:
        """Who is at fault in what is characterised: the actor itself ("Iran is a threat"), or whoever does or
        owns the thing ("X's position", "theft by X", "Y's aggression")."""
        thing = self.relative(thing)
        if self._is_actor(thing):
            return [thing]
        if thing.pos_ not in ("NOUN", "PROPN"):
            return []
        return self._doers(thing)

    def _characterisations(self, sent: Span) -> tuple[list[Event], set[int]]:
        """Speech that finds fault with an actor: "said X's position was a problem", "warned that theft by
        China is a national security problem", "told Y it was unacceptable to politicize ...", "a reaction to
        what he called Y's aggression". The speaker criticises or accuses whoever is at fault; the
        characterising verbs are returned, so that the warning is not also read as a threat."""
        out: list[Event] = []
        verbs: set[int] = set()
        for t in sent:
            lemma = t.lemma_.lower()
            if t.pos_ != "VERB":
                continue
            faulted: list[Token] = []
            code = None
            thing = None
            subject = None
            if lemma in CHARACTERISING_VERBS:
                for c in t.children:
                    if c.dep_ != "ccomp" or c.lemma_ != "be" or any(g.dep_ == "neg" for g in c.children):
                        continue
                    # (also "was in tatters")
                    said = [g for g in c.children if g.dep_ in ("attr", "acomp")] + [
                        g for p in c.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
                        if g.dep_ == "pobj" and (g.lower_ in PLIGHT_WORDS or g.lemma_.lower() in PLIGHT_WORDS)]
                    code = next((x for x in map(self._fault, said) if x is not None), None)
                    if code is None:
                        continue
                    subject = next((g for g in c.children if g.dep_ in ("nsubj", "expl")), None)
                    if subject is None or subject.lemma_.lower() in CLAIM_NOUNS:
                        continue  # "the accusations are baseless" is a denial
                    if subject.dep_ == "expl" or subject.lower_ == "it" and any(
                            g.dep_ in ("xcomp", "ccomp") for g in c.children):
                        # "told Tillerson it was unacceptable to politicize ...": aimed at whom it is told
                        faulted = [g for g in t.children if g.dep_ in ("dobj", "dative")]
                    else:
                        faulted = self._faulted(subject)
                        if not faulted and _noun_lemma(subject) in POLICY_NOUNS:
                            thing = subject  # "said the spending measure was a waste of time"
                    if faulted:
                        break
            elif lemma in NAMING_VERBS | {"characterize", "characterise", "portray", "view", "see", "regard", "refer"}:
                # "what he called Y's aggression", "called the strikes an act of aggression", "described the
                # military actions as ethnic cleansing"
                named = [c for c in t.children if c.dep_ == "oprd"] + [
                    g for h in (t, *[c for c in t.children if c.dep_ == "dobj"]) for c in h.children
                    if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
                thing = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None) or next(
                    (g for c in t.children if lemma == "refer" and c.dep_ == "prep" and c.lower_ == "to"
                     for g in c.children if g.dep_ == "pobj"), None)  # "referred to Trump as an idiot"
                code = next((x for x in map(self._fault, named) if x is not None), None)
                if code is None and lemma in NAMING_VERBS:
                    # "called the staff reductions a risk": the small model reads "reductions" as a verb with
                    # "risk" its object; the word the verb names it by is still a noun of the verb's own phrase
                    loose = [x for x in t.subtree if x.i > t.i and x.pos_ in ("NOUN", "ADJ") and
                             (x.dep_ in ("dobj", "oprd", "attr") and _plain_chain(x, t) or
                              x.pos_ == "ADJ" and x.dep_ == "pobj" and x.head.head.dep_ == "dobj" and
                              x.head.head.head == t)]
                    # (an adjective is no prepositional object: "called his talks with de Mistura fruitful" read
                    # with "fruitful" the object of "with")
                    found = next(((x, c) for x in loose for c in [self._fault(x)] if c is not None), None)
                    if found is not None:
                        named, code = [found[0]], found[1]
                        thing = thing or next((x for x in t.subtree if t.i < x.i < found[0].i and x.dep_ in (
                            "dobj", "oprd", "nsubj") and x.pos_ in ("NOUN", "PROPN", "VERB")), None)
                if thing is None:
                    # "labeled as 'outrageous' and 'false' media reports that ...": the parser takes the words for
                    # the reports' own adjectives and the reports for what they are labeled as
                    claim = next((n for n in named if _noun_lemma(n) in CLAIM_NOUNS and any(
                        a.dep_ in ("amod", "conj") and a.lower_ in FALSE_WORDS for a in n.subtree if a.i < n.i)), None)
                    if claim is not None:
                        thing, named = claim, [a for a in claim.subtree if a.i < claim.i and a.lower_ in FALSE_WORDS]
                if thing is not None and _noun_lemma(thing) in CLAIM_NOUNS and any(
                        n.lemma_.lower() in FALSE_WORDS or any(a.lower_ in FALSE_WORDS for a in n.children)
                        for n in named):
                    # "called allegations of collusion a hoax", "labeled the reports false": a denial (016)
                    code, faulted = "016", self._doers(thing) or [thing]
                elif code is not None:
                    faulted = [d for n in named for d in self._faulted(n)]
                    if not faulted and thing is not None and thing.lower_ not in ("what", "which", "that"):
                        faulted = self._faulted(thing)
            if code == "051":
                # "called his talks with X fruitful": praise of the talks is praise of the partner in them
                judged = thing if thing is not None else subject if lemma in CHARACTERISING_VERBS else None
                partners = [g for c in (judged.children if judged is not None else ()) if c.dep_ == "prep"
                            and c.lower_ in ("with", "between") for g in c.children if g.dep_ == "pobj"]
                # (the misread "with de Mistura fruitful": the partner is the name the adjective took in)
                faulted = faulted + [p for g in partners for p in (
                    [x for x in g.children if x.dep_ in ("nmod", "compound", "nsubj") and x.pos_ == "PROPN"]
                    if g.pos_ == "ADJ" else [g])]
            if code is None or not (faulted or thing is not None):
                continue
            subjects, passive = self.subjects(t)
            sources = [s for s in (self.side(h) for h in subjects) if s is not None and s.actor is not None]
            target = self._first_target(faulted, sources)
            cap = None
            if target is None and code[:2] == "11" and len(sources) == 1 and thing is not None and \
                    not passive and (lemma in NAMING_VERBS or _noun_lemma(thing) in POLICY_NOUNS):
                # "Feinstein called the move unbelievable": what is judged is the article's default target's
                target = self._focus_target(sources[0])
                cap = 0.4
            if passive or not sources or (target is None and code != "016"):
                continue  # a denial stands without knowing whose claims it denies
            pred = Predicate(lemma, "V", "", "", code)
            found = [self._event(t, pred, side, target, sent, False, cap) for side in sources
                     if self._political(side, target)]
            if found:
                verbs.add(t.i)
                self._acting_verbs.add(t.i)  # "branded the investigation a witch hunt": no probe of Trump's
                out += found
        return out, verbs

    def _lie_told(self, verb: Token, clause: Token, sources: list[_Side], sent: Span,
                  liar: Token | None = None) -> list[Event]:
        """"Franken wrote that Sessions failed to tell the truth under oath", "said X lied to Congress": an
        accusation (112) of the liar by who says so, also within one country."""
        liars = [liar] if liar is not None else [g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")]
        target = self._first_target(liars, sources)
        if target is None or _not_another(target, sources):
            return []
        pred = Predicate(verb.lemma_.lower(), "V", "", "", "112")
        return [self._event(verb, pred, side, target, sent, False) for side in sources
                if self._political(side, target)]

    def _worries(self, sent: Span) -> list[Event]:
        """"Some senators worry the administration is moving too quickly", "said it was concerned the
        administration was not preparing": worry about what a named actor does disapproves of it (110)."""
        out = []
        for t in sent:
            felt = t.lower_ in ("concerned", "worried", "alarmed")  # "was concerned (that)": a state, no passive
            worried = t.pos_ == "VERB" and (t.lemma_.lower() in ("worry", "fear") or felt) or \
                t.pos_ == "ADJ" and felt and t.dep_ == "acomp"
            if not worried:
                continue
            clause = next((c for c in t.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
            if clause is None:
                continue
            doers = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
            feeler = t if t.pos_ == "VERB" else t.head
            subjects, passive = self.subjects(feeler)
            subjects = subjects or [g for a in feeler.children if a.dep_ in ("aux", "auxpass") for g in a.children
                                    if g.dep_ in ("nsubj", "nsubjpass")]  # ("it" hung on "was")
            sources = [x for x in map(self.side, subjects) if x is not None and x.actor is not None]
            target = self._first_target(doers, sources)
            if (passive and not felt) or not sources or target is None or target.entity is None:
                continue
            pred = Predicate(t.lemma_.lower(), "V", "", "", "110")
            out += [self._event(feeler, pred, side, target, sent, False) for side in sources
                    if self._political(side, target)]
        return out

    def _modal_demands(self, sent: Span) -> list[Event]:
        """"X said Y must (should, has to) do Z": X demands of Y (CAMEO 100)."""
        out = []
        for t in sent:
            if t.pos_ != "VERB" or t.lemma_.lower() not in SPEECH | {"insist", "reiterate", "stress"}:
                continue
            for c in t.children:
                if c.dep_ != "ccomp":
                    continue
                auxes = [a.lower_ for a in c.children if a.dep_ == "aux"]
                obliged = any(a in ("must", "should") for a in auxes) or (
                    c.lemma_ in ("have", "need") and any(x.dep_ == "xcomp" for x in c.children) and
                    not any(a in ("would", "will", "may", "might", "could", "'ll", "'d") for a in auxes))
                # (not "said Republicans would have to find the votes": a forecast of a need, asked of nobody)
                if not obliged:
                    continue
                subjects, _ = self.subjects(t)
                sources = [s for s in (self.side(h) for h in subjects) if s is not None and s.entity is not None]
                targets = [h for h in c.children if h.dep_ in ("nsubj", "nsubjpass")]
                target = self._first_target(targets, sources)
                if not sources or target is None:
                    continue
                pred = Predicate(t.lemma_.lower(), "V", "", "", "100")
                for side in sources:
                    if self._political(side, target):
                        out.append(self._event(t, pred, side, target, sent, False))
        return out

    def _verbal(self, verb: Token, pred: Predicate, objects: list[Token], sent: Span) -> list[Event]:
        departed: list[Token] = []  # the place left on a trip ("left Beijing for Tokyo")
        subjects, passive = self.subjects(verb)
        if passive and verb.lower_ in STATIVE_PARTICIPLES and self._agent(verb) is None:
            passive = False  # "X is opposed to Y", "X is committed to Y": a state of X, not a passive
            objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                       if g.dep_ == "pobj"] + [o for o in objects if o.dep_ != "nsubjpass"]
        displeased_by = pred.lemma in DISPLEASURE and (passive or verb.dep_ == "acomp" or verb.pos_ == "ADJ")
        if displeased_by:
            # "X was frustrated by Y", "X is troubled by Y's rhetoric": X disapproves of Y (or of Y's doings)
            passive = False
            cause = [g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with", "at",
                                                                                            "over", "about")
                     for g in c.children if g.dep_ == "pobj"]
            # "frustrated by what they see as Pakistan's reluctance": what the seeing names
            cause += [g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with", "at")
                      for v in c.children if v.dep_ == "pcomp" and any(w.lower_ == "what" for w in v.children)
                      for p in v.children if p.dep_ == "prep" and p.lower_ == "as"
                      for g in p.children if g.dep_ == "pobj"]
            objects = [d for g in cause if self._predicate_noun(g) for d in self._doers(g)] + cause
        if pred.cameo == "012":
            # "raised concerns that no analysis had been done", "voiced fears that Iran is arming the rebels": a
            # concern about what someone did or does is disapproval of it (110), toward who does it
            clause = next((v for o in verb.children if o.dep_ == "dobj" and _noun_lemma(o) in CONCERN_NOUNS
                           for v in o.children if v.dep_ in ("acl", "ccomp", "relcl") and
                           any(m.lower_ == "that" and m.dep_ == "mark" for m in v.children)), None)
            # (a "that" the parser marks a clause with is no relative pronoun, even in a clause it calls relcl)
            if clause is not None:
                pred = dataclasses.replace(pred, cameo="110")
                objects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")] + objects
        if passive and self._agent(verb) is None and pred.cameo[:2] in RECIPROCAL_ROOTS:
            parties = self._parties_of(verb, subjects)
            if len(parties) >= 2:
                # "the agreement between Iran and the U.S. was signed", "the deal reached among Tehran, Washington
                # and others": the parties of the thing agreed did it, each toward the other
                a, b = parties[0], parties[1]
                return [self._event(verb, pred, a, b, sent, True), self._event(verb, pred, b, a, sent, True)]
        if passive:
            agent = self._agent(verb)
            if agent is None:
                # "a mortar bomb was fired at Israel from Gaza": with no agent, where it came from is the source
                agent = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                              for g in c.children if g.dep_ == "pobj"), None)
            if agent is None:
                # "killed in Israeli shelling", "wounded in a Russian air strike": the attack's own actor
                agent = next((m for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during", "by")
                              for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in self.lexicon.nouns
                              for m in [self._modifier_actor(g)] if m is not None), None)
            if agent is not None and agent.dep_ == "pobj" and agent.head.dep_ == "agent" and \
                    self.side(agent) is None and not self._is_means(agent) and _noun_lemma(agent) not in JUSTICE_NOUNS \
                    and not (pred.cameo[:2] in VIOLENT_ROOTS and _noun_lemma(self._counted(agent)) in
                             PEOPLE_NOUNS | ATTACKER_NOUNS):  # "shot dead by a gunman", "beaten by a mob"
                return []  # "is supported by fewer publications": done by something that is no political actor
            sources = [agent] if agent is not None else []
            if verb.dep_ == "acl" and verb.lemma_.lower() in PERSON_DEED_VERBS:
                subjects = [_convicted_person(verb)]
            # "were killed in Gaza": with the patient as subject, a place after "in" is no target
            targets = subjects + [t for t in self._targets(verb, objects) if t != agent and _not_where(t)]
            if pred.cameo.startswith(STATE_ACTION_CODES) and any(self._is_person(h) or self._populace(h)
                                                                 for h in subjects):
                targets = subjects  # "a trader arrested over sanctions evasion": the one arrested, nobody else
            located_deed = (pred.cameo.startswith(STATE_ACTION_CODES) and (
                self._place_country(verb, home=False) is not None or _dated_here(verb))) or (
                pred.cameo[:2] in VIOLENT_ROOTS and (agent is not None or _existential(verb.head)))
            # ("a missile fired from Yemen", "there were ten soldiers killed in X")
            if not sources and verb.dep_ == "acl" and not located_deed:
                return []  # "officials accused of ...": a description of the noun, not a reported action
        elif pred.lemma in DISPLEASURE and not displeased_by:
            # "the U.S. angered China with its patrols": the one angered disapproves of whoever angered it
            sources = [o for o in objects if self._is_actor(o)][:1]
            targets = subjects
        else:
            sources = subjects
            targets = self._targets(verb, objects)
            act = _refused_act(verb) if verb.lemma_.lower() in REFUSING and not any(
                self._is_actor(t) for t in targets) else None
            if act is not None:
                # "refused to meet the minister", "declined to certify that Iran was complying": a refusal is
                # toward whom the act refused was to be done, or whom the claim refused to be made is about
                targets = self._targets(act, [self.relative(c) for c in act.children if c.dep_ in ("dobj", "attr")]) + [
                    g for c in act.children if c.dep_ == "ccomp" for g in c.children
                    if g.dep_ in ("nsubj", "nsubjpass")] + targets
            if pred.pos == "A":  # "critical of X", "concerned about X": the adjective's own phrase
                targets = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == pred.prep
                           for g in c.children if g.dep_ == "pobj"] + targets
            if pred.cameo == "042" and pred.prep == "for":
                # "left Beijing for Tokyo": a trip to where one goes (the place of the summit one goes to),
                # and the end of a stay in the place left
                left = targets
                targets = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                           for g in c.children if g.dep_ == "pobj"]
                targets = [p for g in targets for p in (self._located_in(g) or g,)]
                departed = [t for t in left if t.dep_ == "dobj"]
        if pred.lemma == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "the JIM found that the Syrian government was to blame": the finder blames the government
            finder = verb.head.head if verb.head.dep_ == "ccomp" else None
            sources, targets = (self.subjects(finder)[0] if finder is not None else []), subjects
            passive = False
        if pred.prep.startswith("<"):
            # "received a call from Putin", "accepted aid from Japan": the one after "from" does it to the subject
            giver = [g for h in [verb, *objects] for c in h.children if c.dep_ == "prep" and c.lower_ == pred.prep[1:]
                     for g in c.children if g.dep_ == "pobj"]
            sources, targets = giver, subjects + [t for t in targets if t not in giver]
            passive = False
        if len(sources) == 1 and sources[0].lower_ in ("they", "them") and self._sent is not None:
            # "Obama and Putin said they will ...": the plural pronoun stands for the coordinated subject before it
            earlier = [t for t in self._sent if t.i < sources[0].i and t.dep_ in ("nsubj", "nsubjpass")
                       and any(c.dep_ in ("conj", "cc") for c in t.subtree)]
            if not earlier and self.side(sources[0]) is None:
                # "Militants said they attempted ...": a plural group named as an earlier subject
                earlier = [t for t in self._sent if t.i < sources[0].i and t.dep_ in ("nsubj", "nsubjpass")
                           and t.lower_.endswith("s") and _noun_lemma(self._counted(t)) in PEOPLE_NOUNS]
            if earlier:
                sources = [earlier[-1]]
        head_side = self.side(sources[0]) if len(sources) == 1 else None
        if len(sources) == 1 and (head_side is None or head_side.actor is None or not (
                head_side.actor.country or head_side.actor.org)):
            # "Western nations, including France, accused Russia": the members it names
            members = [g for c in sources[0].children if c.dep_ == "prep" and c.lower_ in ("including", "like")
                       for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)]
            sources = members or sources
        if len(sources) == 1:
            # "delegations led by Lavrov and Tillerson met": the ones who lead them
            leaders = [g for c in sources[0].children if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head")
                       for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                       for g in (p, *p.conjuncts)]
            sources = leaders if len(leaders) > 1 else sources
        means = self._means(verb, sources, passive) if pred.cameo[:2] in VIOLENT_ROOTS else None
        if means is not None:
            # "a roadside bombing killed ...", "killed by an explosive device", "US drone strikes have killed":
            # the attack's own actor, else (unclaimed violence) the country where it happened
            attacker = self._attacker(means, verb)
            src_sides = [attacker] if attacker is not None else []
            pred = dataclasses.replace(pred, cameo=self._means_code(means, pred.cameo))
        else:
            src_sides = [s for s in (self.side(h) for h in sources) if s is not None]
            src_sides = [self._officeholder(s) for s in self._coordinated(sources, src_sides)]
            if not src_sides and len(sources) == 1 and self._pair_phrase(sources[0]):
                src_sides = self._last_pair(sent)  # "the two sides agreed ...": the two who just met
            part_of = self._means_phrase(verb) if pred.cameo[:2] in VIOLENT_ROOTS else None
            if part_of is not None:  # "guerrillas wounded two soldiers in a bomb attack": a bombing
                pred = dataclasses.replace(pred, cameo=self._means_code(part_of, pred.cameo))
        if sources:
            pred = self._recoded_by_doer(pred, self.relative(sources[0]), passive)
        if not src_sides and sources:
            # an unnamed source ("rebels", "protesters"): kept as a description when the target is known; any
            # people ("thousands of workers", "supporters of X") when they protest
            head = self._counted(self.relative(sources[0]))
            violent = pred.cameo[:2] in VIOLENT_ROOTS  # "shot dead by a gunman", "a loner killed X"
            if (not passive or violent) and (
                    _noun_lemma(head) in GROUP_NOUNS or (pred.cameo[:2] == "14" and self._populace(head))
                    or (violent and _noun_lemma(head) in ATTACKER_NOUNS)
                    or (pred.cameo[:2] in STANCE_ROOTS and _noun_lemma(head) in VOICE_NOUNS)):
                src_sides = [_Side(EventActor(name=self._phrase(head), country=self._place_country(verb)), None)]
            elif head.lower_ in SOME_PEOPLE and pred.cameo[:2] in STANCE_ROOTS | {"14"} and \
                    (country := self._where_some_are(head)) is not None:
                # "many in Russia criticised ...", "many on China's Weibo applauded ...": people of that country
                src_sides = [_Side(EventActor(name=self._phrase(head), country=country), None)]
            elif (_noun_lemma(head) in JUSTICE_NOUNS or _noun_lemma(head) == "office" and any(
                    c.dep_ in ("poss", "compound") and _noun_lemma(c) in JUSTICE_OFFICE_HOLDERS
                    for c in head.children) or self._officer_own_office(head)) and head.ent_type_ == "":
                # (also "the prosecutor's office", "the U.S. attorney's office", "the U.S. attorney ... her office")
                # "prosecutors dropped the case", "were ordered by the judge": officers of the report's state
                country = self._place_country(verb, home=False) or self._dateline_country or self._home
                src_sides = [_Side(EventActor(name=self._phrase(head), country=country, role="judiciary"), None)]
        # a phrase after "in" is more often where (or in what) than whom: it comes after the infinitive's target
        located = [t for t in targets if t.head.lower_ == "in" and (
            t.ent_type_ in ("GPE", "LOC", "ORG", "NORP") or _noun_lemma(t) in PLACE_NOUNS)]  # "the Philippine capital"
        if pred.cameo[:2] == "11":
            # "complained to the UN over Israeli raids": disapproval is aimed at whom it is about, not at whom
            # it is addressed to
            addressee = [t for t in targets if t.head.lower_ == "to" and t not in objects]
            targets = [t for t in targets if t not in addressee] + addressee
        doer_heads: list[Token] = []
        if pred.cameo[:2] in STANCE_ROOTS | {"09"}:
            # "condemned the arrest of X by Belarus", "welcomed Reagan's statement": a stance toward an action
            # is aimed at whoever did it; so is an inquiry into one ("investigating Russian meddling")
            doer_heads = [d for o in objects if self._predicate_noun(o) for d in self._doers(o)]
            targets = doer_heads + targets
        intrusion = pred.lemma in INTRUSION_VERBS
        # "interfered in the U.S. election", "meddling in its affairs": whose affairs
        target = (self._first_target(self._intruded(verb), src_sides) or (
            self._unnamed_election(verb, src_sides[0]) if src_sides else None)) if intrusion else None
        remarked = verb.head if verb.dep_ == "relcl" and _noun_lemma(verb.head) in CLAIM_NOUNS and \
            verb.head.dep_ in ("npadvmod", "appos") and verb.sent.root.pos_ == "VERB" else None
        if target is None and remarked is not None:
            # "Norway accused Russia of X, a charge Moscow denies" (the remark hung on the clause or on its
            # last noun): the denial answers the one whose charge the sentence tells
            accusers, passive = self.subjects(verb.sent.root)
            if accusers and not passive:
                target = self._first_target(accusers, src_sides)
        if pred.cameo[:2] in ("06", "07"):
            # "providing American weapons to Ukraine": what is given is described by the giver's own country
            own = _countries_of(src_sides)
            targets = [t for t in targets if not (t in objects and self.index.of_token(t) is None and any(
                c.dep_ in ("compound", "amod", "nmod") and self._token_country(c) in own for c in t.children))]
        if target is None and pred.prep == "in" and pred.cameo.startswith(PLACE_IS_TARGET):
            # "stopped in Pakistan on his way to India", "arrived in Manila from Hanoi": the row's own place
            target = self._first_target(located, src_sides)
        if target is None:
            target = self._left_side(verb, src_sides)
        if target is None:
            target = self._first_target([t for t in targets if _not_where(t) or t in doer_heads], src_sides)
        if target is None and pred.cameo == "016" and src_sides:
            # "denied meddling in the election": the denial is toward those the meddling would have been done to
            for o in objects:
                if _noun_lemma(o) in INTRUSION_NOUNS:
                    target = self._first_target(self._intruded(o), src_sides) or \
                        self._unnamed_election(o, src_sides[0])
                    break
        if target is None:
            # "threatened to cut off electricity to X", "refused to meet X": the target of the action offered,
            # refused or threatened
            for c in verb.children:
                if c.dep_ == "xcomp" or _infinitival(c):
                    objs = [g for g in c.children if g.dep_ in ("dobj", "attr")]
                    target = self._left_side(c, src_sides) or self._first_target(
                        [h for h in self._targets(c, objs) if _not_where(h)], src_sides)
                    if target is not None:
                        break
        if target is None:
            # "demanded that the US withdraw", "accused Y of ...": the subject of the content clause
            for c in verb.children:
                if c.dep_ in ("ccomp", "xcomp"):
                    heads = [h for h in (c.children if c.dep_ == "ccomp" else []) if h.dep_ in ("nsubj", "nsubjpass")]
                    self._own_state_warned = pred.cameo[:2] == "13"
                    target = self._first_target(heads, src_sides)
                    self._own_state_warned = False
                    if target is None and heads and pred.cameo[:2] == "13":
                        # "warned that Turkey would cut ties with Israel": the threat is aimed where the act is
                        objs = [g for g in c.children if g.dep_ in ("dobj", "attr")]
                        target = self._first_target([h for h in self._targets(c, objs) if _not_where(h)],
                                                    src_sides)
                    if target is not None:
                        break
                elif c.dep_ == "prep" and c.lower_ in ("into", "about", "over", "on"):
                    # "looking into whether the congressman made ...": the subject of the clause looked into
                    heads = [h for g in c.children if g.dep_ == "pcomp" and any(
                        m.lower_ in ("whether", "if", "how", "why") for m in g.children if m.dep_ in ("mark", "advmod"))
                        for h in g.children if h.dep_ in ("nsubj", "nsubjpass")]
                    target = self._first_target(heads, src_sides)
                    if target is not None:
                        break
        if target is None and pred.cameo[:2] in STANCE_ROOTS | {"01"}:
            # "In a meeting with X, Y voiced concern ... and urged transparency": the partner of the occasion
            target = self._first_target(self._occasion_partners(verb), src_sides)
        if target is None and pred.cameo[:2] in ("13", "10", "02", "03"):
            # "warned it could cut aid to X", "said it would send troops to X": whom the announced action is aimed at
            for c in verb.children:
                if c.dep_ == "ccomp":
                    objs = [g for g in c.children if g.dep_ in ("dobj", "attr")]
                    target = self._first_target([h for h in self._targets(c, objs) if _not_where(h)],
                                                src_sides)
                    if target is not None:
                        break
        if target is None and pred.cameo.startswith(("13", "10", "02")):
            # "threatened to walk out unless Y ...", "demanded ... if Y ...": whoever the condition is about
            target = self._first_target(self._condition_subjects(verb), src_sides)
            own = {s.actor.country for s in src_sides if s.actor is not None}
            if target is not None and target.actor is not None and target.actor.country in own:
                target = None
        if target is None and pred.cameo[:2] in VIOLENT_ROOTS and verb.dep_ in ("advcl", "conj") and \
                verb.tag_ == "VBG" and verb.head.pos_ == "VERB":
            # "fired rockets at X, killing 50": the outcome of an attack is suffered where the attack is aimed
            head = verb.head
            aimed = self._targets(head, [c for c in head.children if c.dep_ == "dobj"])
            target = self._first_target([t for t in aimed if _not_where(t)] +
                                        [t for t in aimed if t.head.lower_ == "in"], src_sides)
        if target is None and pred.cameo.startswith(PLACE_IS_TARGET):
            target = self._first_target(located, src_sides)
        if target is None and pred.cameo[:2] == "04" and len(src_sides) == 1 and src_sides[0].actor is not None \
                and src_sides[0].actor.country:
            # "attended a summit in Beijing", "to attend the Beijing Olympics": a gathering held abroad is a visit
            # to the country that hosts it
            host = next((c for o in objects if _noun_lemma(o) in OCCASION_NOUNS or o.ent_type_ in ("EVENT", "FAC")
                         for c in [self._country_of_place(o)] if c), None)
            if host is not None and host != src_sides[0].actor.country:
                target = self._home_side(host)
        if target is None and pred.cameo == "018":
            # "expressed sorrow for the shootings in South Carolina": sympathy goes to where it happened
            country = next((c for t in targets for p in t.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                            for g in p.children if g.dep_ == "pobj" for c in [self._country_of_place(g)] if c), None)
            target = self._home_side(country) if country is not None else None
        if target is None and src_sides and not intrusion:
            target = self._domestic_target(targets, src_sides, verb)
        src_sides = [self._resident(s, h, verb) for s, h in zip(src_sides, sources)] if len(src_sides) == len(sources) \
            else src_sides
        if target is not None and target.entity is not None and target.entity.type == "NORP":
            head = next((t for t in targets if self.side(t) is not None and self.side(t).entity is target.entity), None)
            if head is not None:
                target = self._resident(target, head, verb)
        if target is not None and target.actor is not None and target.actor.country:
            # "rebels attacked a Ugandan army post", "Hutu militias demanded ...": a source with no country of
            # its own acts where the action happens, else in the article's country, else in the target's
            src_sides = [self._located(s, verb, target.actor.country) for s in src_sides]
        src_sides = [self._resident_person(s) for s in src_sides]
        unnamed_patient = not src_sides and passive and pred.cameo.startswith(STATE_ACTION_CODES) and any(
            self._populace(h) for h in subjects)  # "two protesters were arrested"
        if target is None and not unnamed_patient and not any(
                s.entity or (s.actor and s.actor.country) for s in src_sides):
            return []  # (also when there is no source at all)
        if not src_sides and passive and pred.cameo.startswith(STATE_ACTION_CODES) and (
                target is not None or unnamed_patient):
            # "a missionary was arrested in Lebanon": arrests, trials and expulsions are done by the
            # authorities of the place, else of the country the article is about
            country = self._place_country(verb, home=False) or next(
                (c for h in subjects for c in [self._place_in_phrase(h, clauses=False)] if c), None) or \
                self._dateline_country or self._home
            if country is not None:
                src_sides = [_Side(EventActor(name="authorities", country=country, role="government"), None)]
                if target is None:
                    # "a peace activist will no longer be prosecuted": unnamed people of where it is done
                    target = self._domestic_target(subjects, src_sides, verb)
                    src_sides = src_sides if target is not None else []
        if not src_sides and passive and pred.cameo[:2] == "16" and target is not None:
            # "'Additional major sanctions will be imposed on North Korea today,' Trump said": measures a
            # government's speaker announces without naming who takes them are the speaker's government's
            speaker, _ = self._reporter(verb)
            if speaker is not None and speaker.actor is not None and speaker.actor.country and \
                    speaker.actor.role in ("government", None) and speaker.actor.country != target.actor.country:
                src_sides = [self._officeholder(speaker)]
        if not src_sides:
            if not (passive or means is not None) or target is None or target.entity is None:
                return []  # "the clip was released": with no one acting, only a named victim makes it an event
            src_sides = [_Side(None, None)]
            country = self._place_country(verb, home=False) if pred.cameo[:2] in VIOLENT_ROOTS and \
                verb.dep_ == "acl" and _existential(verb.head) else None
            if country is not None:
                # "there were ten Russian soldiers killed in Ukraine": unclaimed violence, done where it happened
                src_sides = [_Side(EventActor(name="unidentified attackers", country=country), None)]
        pred = self._violence_kind(pred, src_sides, sources, target, targets, means)
        root = pred.cameo[:2]
        focus_used = False
        if target is None and root in POSITION_ROOTS and not self._has_content(verb, objects):
            return []  # "X lashed out", "a narrator asks": a position toward nobody and nothing
        if target is None and root in TARGETED_ROOTS and len(src_sides) == 1 and src_sides[0].actor is not None \
                and (src_sides[0].actor.country or src_sides[0].actor.org) and \
                not any(o.lemma_.lower() in HEARSAY_NOUNS for o in objects) and not _standing_rule(verb):
            # (not for "dismissed talk of collusion": what is dismissed is what others say, not the article's
            # main country)
            target = self._focus_target(src_sides[0])
            focus_used = target is not None
        if target is None and _standing_rule(verb):
            return []  # "the commission allows use of campaign funds": a rule in force, done to nobody
        if target is None and root in DOMESTIC_ROOTS and len(src_sides) == 1 and src_sides[0].actor is not None \
                and src_sides[0].actor.country and src_sides[0].actor.org is None and not intrusion:
            # protest, demands, concessions, repression with no one named: toward the source's own country
            target = self._home_side(self._place_country(verb, home=False) or src_sides[0].actor.country)
            focus_used = True
        reciprocal = False
        events = []
        # (an unnamed opposition beside a named government counts: "the Syrian government and the opposition")
        named = [s for s in src_sides if s.entity is not None or (
            s.actor is not None and s.actor.country and s.actor.role == "opposition")]
        if (root in RECIPROCAL_ROOTS or verb.lemma_.lower() in EXCHANGE_VERBS) and len(named) >= 2 and \
                (target is None or not self._partner(verb, target)):
            # "X, Y and Z met", "X and Y agreed on a statement on Syria": every ordered pair (each acts toward
            # the other), marked reciprocal; a third party is one only as the object or after "with"
            for a in named[:5]:
                for b in named[:5]:
                    if a is not b and self._political(a, b):
                        events.append(self._event(verb, pred, a, b, sent, True))
            return events
        if target is None and root == "05" and len(src_sides) == 1 and \
                any(_noun_lemma(o) in POLICY_NOUNS for o in [*objects, *(g for c in verb.children if c.dep_ == "prep"
                                                                         for g in c.children if g.dep_ == "pobj")]):
            # "her party would not support the funding bill", in a story of one country's politics: backing a
            # measure is a stance within that country
            target = self._domestic_home(src_sides[0])
            focus_used = target is not None
        if target is None and (root in NEEDS_TARGET or (root == "04" and pred.cameo not in ("042", "045"))):
            # "the cabinet met": a meeting with nobody named is no interaction (a trip somewhere still is)
            return events  # "help propel legislation", "defend programs": cooperation with nobody is no event
        also = [] if focus_used else self._also_targets(target, src_sides, verb)
        if departed and target is not None:
            also += [d for d in [self._first_target(departed, src_sides)] if d is not None and d.entity is not None
                     and d.entity is not target.entity]
        # "traded insults with X", "exchanged threats with X": each side did it to the other
        mutual = verb.lemma_.lower() in EXCHANGE_VERBS and not focus_used and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in [*verb.children, *(
                g for o in verb.children if o.dep_ == "dobj" for g in o.children)])
        for side in src_sides:
            for tgt in [target, *also]:
                if tgt is not None and side.entity is not None and tgt.entity is not None and \
                        tgt.entity.id == side.entity.id and side.entity.type in ("PERSON", "ORG"):
                    tgt = None
                if side.actor is None and (tgt is None or tgt.actor is None):
                    continue
                if not self._political(side, tgt):
                    continue
                each_way = mutual and tgt is not None and side.actor is not None and tgt.actor is not None
                events.append(self._event(verb, pred, side, tgt, sent, reciprocal or each_way,
                                          0.4 if focus_used else None))
                if each_way:
                    events.append(self._event(verb, pred, tgt, side, sent, True))
        return events

    def _recoded_by_doer(self, pred: Predicate, doer: Token, passive: bool) -> Predicate:
        """Codes that depend on who acts: forces arriving are deployed, not visiting (peacekeepers 074, troops
        154); armed forces supporting someone cooperate militarily (062); people who protest demonstrate (141),
        where a government protests by complaining (114)."""
        code = pred.cameo
        if code == "042" and not passive:
            forces = self._counted(doer)
            kinds = self.lexicon.classes.get(forces.lemma_.lower(), set())
            code = "074" if "peacekeeper" in kinds or _peacekeeping(forces) else ("154" if "troops" in kinds else code)
        elif code == "051" and _noun_lemma(doer) in STATE_FORCES:
            code = "062"
        elif code == "114" and pred.lemma == "protest" and self._populace(doer):
            code = "141"
        return pred if code == pred.cameo else dataclasses.replace(pred, cameo=code)

    def _is_means(self, token: Token) -> bool:
        """Whether a noun is an attack or what one is carried out with ("a bombing", "an explosive device")."""
        return token.pos_ in ("NOUN", "PROPN") and bool(
            self.lexicon.classes.get(token.lemma_.lower(), set()) & {"attack", "explosive", "means"})

    def _means(self, verb: Token, sources: list[Token], passive: bool) -> Token | None:
        """The attack or weapon that does a violent verb's deed: its subject ("a bombing killed"), its agent
        ("killed by a device") or, in a passive, the noun after "in"/"during" ("killed in a car bombing")."""
        if len(sources) == 1 and self._is_means(self.relative(sources[0])):
            return self.relative(sources[0])
        if passive and not sources:
            return self._means_phrase(verb)
        return None

    def _means_phrase(self, verb: Token) -> Token | None:
        """The attack a violent verb's deed was part of: "killed in a car bombing", "wounded two soldiers
        in a bomb attack"."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "during", "by", "with"):
                found = next((g for g in c.children if g.dep_ == "pobj" and self._is_means(g)), None)
                if found is not None:
                    return found
        return None

    def _attacker(self, means: Token, verb: Token) -> _Side | None:
        """Who carried out an attack named by a noun: the state, people or body among its modifiers ("US
        drone strikes", "an Israeli air strike") or after "by"; else, as event coders do for unclaimed
        violence, unnamed attackers of the country where it happened ("a bombing near Samarra")."""
        deep = self._modifier_actor(means)
        side = self.side(deep) if deep is not None else None
        if side is None:
            side = next((self.side(g) for c in means.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                         for g in c.children if g.dep_ == "pobj"), None)
        if side is not None and side.actor is not None:
            return side
        country = self._place_country(means, home=False) or self._place_country(verb, home=False)
        if country is None:
            return None
        return _Side(EventActor(name=f"unidentified attackers ({self._phrase(means)})", country=country), None)

    def _means_code(self, means: Token, code: str) -> str:
        """The code of the attack a noun names: a bombing is 183 (suicide 1831, car 1832, roadside 1833);
        another attack noun keeps its own row's code ("shelling" 194); a weapon keeps the verb's."""
        lemma = means.lemma_.lower()
        if code not in GENERIC_VIOLENCE:
            return code  # the verb's own row is more specific ("blew themselves up" 1831)
        if "explosive" in self.lexicon.classes.get(lemma, set()):
            words = {t.lower_ for t in self.doc[means.left_edge.i:means.i]}
            return next((sub for word, sub in BOMBING_KINDS.items() if word in words), "183")
        row = self.lexicon.lookup(lemma, "N", _modifiers(means), set())
        if row is not None and row.cameo[:2] in VIOLENT_ROOTS:
            return row.cameo
        return code

    def _violence_kind(self, pred: Predicate, src_sides: list[_Side], sources: list[Token], target: _Side | None,
                       targets: list[Token], means: Token | None) -> Predicate:
        """CAMEO's line between conventional military force (19) and unconventional violence (18) for the
        verbs that serve both ("kill", "attack", "shoot"): gunmen, bombers and assailants, or people who are
        not fighters killed by someone who is not an army, are 18; armies, and fighting between armed forces,
        stay 19."""
        if pred.cameo not in ("190", "193") or means is not None:
            return pred
        heads = [self.relative(h) for h in sources]
        state = any(s.entity is not None and s.entity.type == "GPE" for s in src_sides)
        if state or any(h.lemma_.lower() in STATE_FORCES for h in heads) or \
                any(s.actor is not None and s.actor.role == "military" for s in src_sides):
            return pred
        irregular = any(h.lemma_.lower() in IRREGULAR_ATTACKERS or any(
            c.lower_ == "suicide" for c in h.children) for h in heads)
        victims = [self.relative(t) for t in targets if t.dep_ in ("dobj", "nsubjpass")]
        unarmed = [v for v in victims if v.lemma_.lower() not in STATE_FORCES | IRREGULAR_FORCES and (
            v.lemma_.lower() in PEOPLE_NOUNS | PERSON_NOUNS or v.ent_type_ == "PERSON")]
        if irregular or unarmed:
            return dataclasses.replace(pred, cameo="1823" if pred.lemma == "kill" else "180")
        return pred

    def _partner(self, verb: Token, target: _Side) -> bool:
        """Whether the target was named as the verb's object or after "with" (a party to a meeting or an
        agreement), not merely in some other phrase of the sentence."""
        heads = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                  if g.dep_ == "pobj"]
        return any(self.side(h) is not None and self.side(h).entity is target.entity for h in heads)

    @staticmethod
    def _condition_subjects(verb: Token) -> list[Token]:
        """Subjects of "if"/"unless" clauses under the verb or its infinitive."""
        out = []
        for c in verb.children:
            clauses = [c] + ([g for g in c.children if g.dep_ == "advcl"] if c.dep_ == "xcomp" or _infinitival(c)
                             else [])
            for cl in clauses:
                if cl.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in cl.children):
                    out += [g for g in cl.children if g.dep_ == "nsubj"]  # "if X were attacked": X is no target
        return out

    def _parties_of(self, verb: Token, subjects: list[Token]) -> list[_Side]:
        """The parties named "between" or "among" on a passive verb or on its subject ("the accord between X and
        Y was signed", "the deal reached among X, Y and others"): distinct actors with a country or body."""
        phrases = [c for h in [verb, *subjects] for c in h.children if c.dep_ == "prep" and
                   c.lower_ in ("between", "among")]
        out: list[_Side] = []
        for p in phrases:
            # "among Tehran, the United States and others": the parser may take a list for an apposition
            named = [g for pobj in p.children if pobj.dep_ == "pobj" for g in (pobj, *pobj.conjuncts)]
            named += [a for g in named for a in g.children if a.dep_ == "appos"]
            for g in named:
                side = self.side(g)
                if side is not None and side.entity is not None and side.actor is not None and \
                        (side.actor.country or side.actor.org) and \
                        all(o.entity.id != side.entity.id for o in out):
                    out.append(side)
        return out

    def _congressional(self, head: Token) -> _Side | None:
        """"a congressional committee", "congressional staff", "congressional investigators": the U.S. Congress
        (the adjective is the U.S. press's; other states' parliaments are named)."""
        if head.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ == "congressional" for c in head.children):
            return None
        org = self.kb.org("Congress")
        if org is None:
            return None
        entity = self.index.by_id.get(f"org:{org.code}") or Entity(
            id=f"org:{org.code}", name=org.name, type="ORG", country=org.country, role=org.role)
        return _Side(event_actor(entity), entity)

    def _doer_of_act(self, head: Token) -> _Side | None:
        """"the move", "the decision", "this step" with no owner of its own: the doer of the act last reported
        in an earlier sentence ("The U.S. expelled two diplomats. China condemned the move")."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in ACT_NOUNS or self._last_doer is None:
            return None
        dated = [c for c in head.children if c.dep_ == "poss" and c.ent_type_ == "DATE"]  # "Friday's action"
        if not (dated or any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "such") for c in head.children)) \
                or any(c.dep_ in ("poss", "compound", "amod", "nmod", "relcl", "acl") and c not in dated or
                       c.dep_ == "prep" and c.lower_ in ("of", "by") for c in head.children):
            return None  # "the U.S. decision", "the decision to leave", "the decision by X" say whose it is
        at, actor = self._last_doer
        if head.sent.start_char <= at or head.idx - at > 1200 or actor.id is None:
            return None
        entity = self.index.by_id.get(actor.id) or Entity(id=actor.id, name=actor.name, type="ORG",
                                                          country=actor.country, role=actor.role)
        return _Side(actor, entity)

    def _provoker(self, noun: Token) -> _Side | None:
        """"X tested a missile, prompting new sanctions": a reaction a clause says X's action drew is aimed
        at X, the subject of the clause it hangs on."""
        verb = noun.head
        heads, passive = self.subjects(verb)
        if not heads and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head != verb:
            heads, passive = self.subjects(verb.head)
        if passive or not heads:
            return None
        if self._predicate_noun(heads[0]):
            # "the arrest of a journalist in Turkey drew condemnation": aimed at who made the arrest
            for doer in self._doers(heads[0]):
                side = self.side(doer)
                if side is not None and side.actor is not None and side.actor.country:
                    return self._home_side(side.actor.country) if doer.ent_type_ in ("GPE", "LOC") else side
        side = self.side(heads[0])
        return side if side is not None and side.actor is not None and (side.actor.country or side.actor.org) \
            else None

    def _modifier_actor(self, noun: Token, types: tuple[str, ...] = ("GPE", "NORP", "ORG")) -> Token | None:
        """A state, people or body named among a noun's left modifiers, however deep: "Israeli tank shelling",
        "the U.S.-led coalition's air strikes"."""
        for t in self.doc[noun.left_edge.i:noun.i]:
            if t.dep_ not in ("compound", "amod", "nmod", "poss") or stance_prefixed(t):
                continue
            if t.ent_type_ not in types:
                # the gazetteer knows names the statistical NER missed ("Jordan's King Abdullah")
                found = self.index.of_token(t)
                if found is None or found.type not in types:
                    continue
            h = t
            while h != noun and h.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod") and h.head != h:
                h = h.head
            if h == noun:
                return t
        return None

    def _nominal(self, noun: Token, pred: Predicate, sent: Span) -> list[Event]:
        if _noun_lemma(noun) in DISPLEASURE_NOUNS:
            return self._to_the_displeasure_of(noun, pred, sent)
        source = None
        target = None
        deep = self._modifier_actor(noun)
        if deep is not None and deep.head != noun:
            source = self.side(deep)
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            named = self.side(owner) if owner is not None and source is not None else None
            if named is not None and named.entity is not None and named.actor is not None and \
                    named.actor.country == (source.actor.country if source.actor else None):
                source = named  # "Syrian President Bashar al-Assad's visit": the person, not his nationality
        # "a trip he made to Egypt", "the visit she paid to Moscow": the light verb of a relative clause carries
        # the noun's doer and its phrases
        light = _light_relative(noun)
        if light and source is None:
            doer = next((d for d in light[0].children if d.dep_ == "nsubj"), None)
            source = self.side(doer) if doer is not None else None
        for c in [*noun.children, *_light_phrases(light)]:
            if c.dep_ == "poss" and self._undergoer(noun, pred, c):
                target = target or self.side(c)  # "Navalny's arrest": the one arrested
            elif self._topic_modifier(noun, pred, c):
                target = target or self.side(c)  # "the Russia investigation": into Russia, not by it
            elif c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("GPE", "NORP", "ORG")):
                source = source or self.side(c)
            elif c.dep_ in ("prep", "dative") and (c.dep_ == "prep" or c.head.i != noun.i):
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                if c.lower_ == "by" or (c.lower_ == "from" and self.index.of_phrase(pobj) is not None):
                    # "sanctions from the EU"; not "the withdrawal from the accord with Iran"
                    source = source or self.side(pobj)
                    # "attacks by Yemen's Houthis on Saudi Arabia": the parser hangs the target on the doer
                    aimed = [g for d in pobj.children if d.dep_ == "prep" and d.lower_ in ("on", "against")
                             for g in d.children if g.dep_ == "pobj"]
                    target = target or self._first_target(aimed, [source] if source is not None else [])
                elif c.lower_ in NOUN_TARGET_PREPS or (c.lower_ == "for" and _noun_lemma(noun) in DIRECTIVE_HEADS
                                                       and self._is_actor(pobj)):
                    target = target or self.side(pobj)  # "its call for Israel to ease restrictions"
                elif c.lower_ == "in" and pred.cameo == "042" and target is None:
                    # "Trump's arrival in Beijing": a trip to the country of the place arrived in
                    country = self._country_of_place(pobj)
                    target = self._home_side(country) if country is not None else None
        if source is not None:
            source = self._officeholder(source)  # "the Senate Intelligence Committee's probe": the dateline's
        if source is None:
            source = self._congressional(noun)  # "congressional scrutiny", "a congressional probe"
        if source is None and (pred.cameo[:2] == "17" or pred.cameo == "0841"):
            place = self._place_token(noun)  # "the arrest of an American pastor in Istanbul": Turkey's state
            source = self._home_side(self._country_of_place(place)) if place is not None else None
        slot = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (noun.head.head.pos_ == "NOUN" or
                                                                noun.head.head.lower_ in PARTITIVES):
            slot = noun.head.head  # "another round of sanctions", "a wave of condemnation"
        provoked = slot.dep_ == "dobj" and slot.head.lemma_.lower() in PROVOKE
        if target is None and provoked:
            target = self._provoker(slot)
        if target is None and source is not None and noun.dep_ == "pobj" and noun.head.lower_ in CIRCUMSTANCE_PREPS \
                and any(c.dep_ == "prep" and c.lower_ in ("from", "by") for c in noun.children):
            # "abstained despite heavy pressure from Israel", "resigned after criticism from X": the one who
            # acted in those circumstances is on the receiving end
            governor = noun.head.head
            if governor.pos_ in ("VERB", "AUX"):
                heads, passive = self.subjects(governor)
                if heads and not passive:
                    target = self._first_target(heads, [source])
        if provoked and source is None:
            # "drawing condemnation from Britain": the parser hangs the reacting side on the verb
            froms = [g for c in slot.head.children if c.dep_ == "prep" and c.lower_ == "from"
                     for g in c.children if g.dep_ == "pobj"]
            source = next((sd for sd in map(self.side, froms) if sd is not None and sd.actor is not None
                           and (sd.actor.country or sd.actor.org)), None)
        framed = noun
        if slot is not noun and slot.lemma_.lower() in TIME_FRAMES and slot.dep_ == "pobj":
            framed = slot  # "at the end of a visit to X": the visit is placed in time like the end
        elif slot is not noun and slot.lower_ in PARTITIVES and slot.dep_ == "dobj":
            framed = slot  # "is conducting one of the investigations": done by whoever conducts the one
        verb = framed.head if framed.dep_ == "dobj" or (framed.dep_ == "attr" and _noun_lemma(framed) in DOER_NOUNS) \
            else (
            framed.head.head if framed.dep_ == "pobj" and framed.head.dep_ == "prep" and framed.head.lower_ in
            ("on", "in", "into", "to", "for", "during", "under", "at") else None)  # "set off on a trip", "said at a
        # news conference with X", not "after the attacks"
        if verb is not None and verb.pos_ not in ("VERB", "AUX"):
            verb = None
        if verb is not None and target is None and (verb.lemma_.lower() in UNDERGO or (
                framed.dep_ == "pobj" and framed.head.lower_ == "under" and pred.cameo[:2] in ("10", "11", "17"))):
            # ("agreed under U.S. pressure to ...": the one who acts under it is pressed)
            # "X faces pressure from Y", "X came under attack": the subject is on the receiving end
            heads, passive = self.subjects(verb)
            if heads and not passive:
                target = self._first_target(heads, [source] if source is not None else [])
                provoked = True  # the subject is no source
        adopted = verb is not None and noun.dep_ == "dobj" and verb.lemma_.lower() in ADOPT_VERBS and \
            pred.cameo[:2] in ADOPTED_ROOTS
        if source is None and not provoked and verb is not None and \
                (adopted or not (noun.dep_ == "dobj" and verb.i in self._acting_verbs)):
            # "X announced sanctions against Y", "X was upping sanctions on Y", "X went on a trip to Y": the
            # subject of the verb whose object the noun is -- unless that verb is an action of its own
            # ("X condemned the attack" is no attack by X), but for a measure it adopts or backs ("the
            # committee backed new sanctions on X")
            heads, passive = self.subjects(verb)
            if heads and not passive:
                source = self.side(heads[0])
                if source is not None:
                    source = self._officeholder(source)
                    members = [m for m in (self.side(h) for h in heads) if m is not None and m.entity is not None]
                    if target is None and len(members) >= 2 and pred.cameo[:2] == "04" and \
                            members[0].entity.id != members[1].entity.id and self._political(members[0], members[1]):
                        # "the United States and Saudi Arabia have been in talks since 2012": each with the other
                        a, b = members[0], members[1]
                        return [self._event(noun, pred, a, b, sent, True), self._event(noun, pred, b, a, sent, True)]
        if target is None and verb is not None and noun.dep_ == "dobj":
            # "opened an investigation last week into X": the parser hangs the noun's phrase on the verb
            heads = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in NOUN_TARGET_PREPS
                     for g in c.children if g.dep_ == "pobj"]
            src = [source] if source is not None else []
            target = self._first_target(heads, src)
        if target is None and verb is not None and pred.cameo[:2] == "04" and noun.dep_ == "pobj" and \
                noun.head.lower_ in ("during", "at", "in"):
            # "Cuba told U.S. officials during talks on migration": the talks were held with those it told
            told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            target = self._first_target(told, [source] if source is not None else [])
        if target is None:
            # "threats to destroy North Korea", "a plan to expel Russian diplomats": whom the action it names is
            # aimed at
            aimed = [g for c in noun.children if c.dep_ == "acl" and _to_infinitive(c) for g in c.children
                     if g.dep_ in ("dobj", "dative")]
            if _noun_lemma(noun) in DIRECTIVE_HEADS:  # "its demand that Israel ease restrictions": who is asked
                aimed = [g for c in noun.children if c.dep_ in ("acl", "ccomp", "advcl") and c.tag_ == "VB"
                         for g in c.children if g.dep_ == "nsubj"] + aimed
            target = self._first_target(aimed, [source] if source is not None else [])
        if target is None and pred.cameo[:2] in DEED_ROOTS:
            # "sanctions targeting Chinese banks", "strikes hitting Kurdish positions": the participle's object
            aimed = [g for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" for g in c.children
                     if g.dep_ == "dobj"]
            target = self._first_target(aimed, [source] if source is not None else [])
        between = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "between" for p in c.children
                   if p.dep_ == "pobj" for g in [p, *p.conjuncts]]
        parties = [s for s in (self.side(b) for b in between) if s is not None and s.actor is not None
                   and (s.actor.country or s.actor.org)]
        if not parties and len(between) == 1 and self._pair_phrase(between[0]):
            parties = self._last_pair(sent)  # "talks between the two allies": the two who just met
        if source is None and len(parties) >= 2 and pred.cameo[:2] in RECIPROCAL_ROOTS:
            # "talks between X and Y": each side toward the other
            a, b = parties[0], parties[1]
            return [self._event(noun, pred, a, b, sent, True), self._event(noun, pred, b, a, sent, True)]
        if target is None and parties:
            target = next((p for p in parties if source is None or p.entity is None or source.entity is None
                           or p.entity.id != source.entity.id), None)  # "mediation between X and Y"
        if source is None and pred.cameo[:2] == "04" and _noun_lemma(noun) in OCCASION_NOUNS:
            attended = self._summit_abroad(noun)
            if attended is not None:  # "Trudeau, in Manila for a summit": a visit to the host
                return [self._event(noun, pred, attended[0], attended[1], sent, False)]
        if source is None:
            # "the occupation of X", "a threat to X": with nobody named as doing it, a noun is background or a
            # description, not a reported event
            return []
        if target is not None and source.entity is not None and target.entity is not None and \
                source.entity.id == target.entity.id:
            target = None
        if not self._political(source, target):
            return []
        intrusion = _noun_lemma(noun) in INTRUSION_NOUNS
        if intrusion:  # "Russian interference in the U.S. election": whose election
            target = self._first_target(self._intruded(noun), [source]) or self._unnamed_election(noun, source) \
                or target
        domestic = target is None and pred.cameo[:2] in DOMESTIC_ROOTS and source.actor is not None and \
            source.actor.country is not None and source.actor.org is None and not intrusion
        if domestic:  # "opposition parties organized a general strike": toward their own country
            target = self._home_side(source.actor.country)
        also = [] if domestic else self._also_targets(target, [source], noun)  # "a visit to X and Y"
        return [self._event(noun, pred, source, t, sent, False, 0.4 if domestic else None) for t in [target, *also]]

    def _summit_abroad(self, noun: Token) -> tuple[_Side, _Side] | None:
        """(attendee, host) when an unowned summit is what a named person is abroad for ("Trudeau, in Manila for
        a summit of regional leaders", "Trump told reporters in Manila on the sidelines of a summit"): the
        person's visit to the country of the place named, when it is not the person's own."""
        t, steps = noun, 0
        while t.dep_ in ("pobj", "prep") and t.head.i != t.i and steps < 6:
            t = t.head
            steps += 1
            if t.pos_ in ("VERB", "AUX") or (t.pos_ == "PROPN" and t.ent_type_ == "PERSON"):
                break
        if t.pos_ in ("VERB", "AUX"):
            heads, passive = self.subjects(t)
            if not heads or passive:
                return None
            person, holders = heads[0], [t, heads[0], *(c for c in t.children if c.dep_ in ("dobj", "dative"))]
        elif t.pos_ == "PROPN" and t.ent_type_ == "PERSON":
            person, holders = t, [t]
        else:
            return None
        side = self.side(person)
        if side is None or side.actor is None or not side.actor.country or side.entity is None:
            return None
        places = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                  for g in c.children if g.dep_ == "pobj"]
        country = next((c for g in places for c in [self._country_of_place(g)] if c), None)
        if country is None or country == side.actor.country:
            return None
        return side, self._home_side(country)

    def _to_the_displeasure_of(self, noun: Token, pred: Predicate, sent: Span) -> list[Event]:
        """"Japan revived the forum, much to the annoyance of China": China's displeasure (110) at whoever did
        what the phrase hangs on; the noun alone ("the annoyance") is no event."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.head.pos_ not in ("VERB", "AUX"):
            return []
        feeling = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]
        source = next((sd for sd in map(self.side, feeling) if sd is not None and sd.actor is not None and
                       (sd.actor.country or sd.actor.org)), None)
        heads, passive = self.subjects(noun.head.head)
        if source is None or not heads or passive:
            return []
        target = self._first_target(heads, [source])
        if target is None or not self._political(source, target):
            return []
        return [self._event(noun, pred, source, target, sent, False)]

    def _predicate_noun(self, token: Token) -> bool:
        return token.pos_ == "NOUN" and token.lemma_.lower() in self.lexicon.nouns

    def _deed_noun(self, token: Token) -> bool:
        """A predicate noun of coercion or force ("strikes", "sanctions", "raids"), whose modifiers name the doer
        ("U.S. air strikes"), unlike a summit or an alliance, whose modifiers name a party."""
        if not self._predicate_noun(token):
            return False
        row = self.lexicon.lookup(token.lemma_.lower(), "N", _noun_objects(token), set())
        return row is not None and row.cameo[:2] in DEED_ROOTS

    def _doers(self, noun: Token) -> list[Token]:
        """Who did what a predicate noun names, as written: its "by" phrase, its possessor or a state among
        its modifiers (not a person who suffers it: "Navalny's arrest")."""
        out = [g for c in noun.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
               for g in c.children if g.dep_ == "pobj"]
        row = self.lexicon.lookup(noun.lemma_.lower(), "N", _noun_objects(noun), set())
        out += [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" and
                not (row and self._undergoer(noun, row, c))]  # "her lawsuit" is the subject's own
        deep = self._modifier_actor(noun)
        if deep is not None and row is not None and self._topic_modifier(noun, row, deep):
            deep = None  # "the Russia investigation" is not Russia's
        out += [deep] if deep is not None else []
        if not out and row is not None and (row.cameo[:2] == "17" or row.cameo == "0841"):
            # "the arrest of an American journalist in Turkey": who arrests, jails or frees someone in a country
            # is that country's state
            out += [p for p in [self._place_token(noun)] if p is not None]
        return out

    def _place_token(self, head: Token) -> Token | None:
        """The innermost place named "in/at/near X" inside a noun phrase, as the token of the place's name."""
        for t in reversed(self.doc[head.left_edge.i:head.right_edge.i + 1]):
            if t.dep_ == "prep" and t.lower_ in LOCATIVE and t.i > head.i:
                pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ in ("GPE", "LOC") and self._country_of_place(pobj):
                    return pobj
        return None

    @staticmethod
    def _topic_modifier(noun: Token, pred: Predicate, mod: Token) -> bool:
        """A country's name (not its adjective) before a noun of inquiry names what is inquired into: "the Russia
        investigation", "the Iran probe"; "the Russian investigation", "the FBI probe" are theirs."""
        return pred.cameo.startswith("09") and mod.dep_ == "compound" and mod.pos_ == "PROPN" and \
            mod.ent_type_ == "GPE" and mod.i < noun.i

    def _undergoer(self, noun: Token, pred: Predicate, possessor: Token) -> bool:
        """Whether a person before "'s" suffers what the noun names ("Navalny's arrest", "the minister's
        assassination"): an action done to people, with no "of" phrase naming someone else it is done to.
        A state before it does the deed ("Israel's blockade")."""
        if not pred.cameo.startswith(DONE_TO_PEOPLE) or any(c.dep_ == "prep" and c.lower_ == "of"
                                                               for c in noun.children):
            return False
        entity = self.index.of_phrase(possessor)
        return (entity is not None and entity.type == "PERSON") or possessor.lower_ in ("his", "her")

    def _located(self, side: _Side, verb: Token, fallback: str) -> _Side:
        """A side without a country or body code, given the country of the place of the action."""
        actor = side.actor
        if actor is None or actor.country or actor.org:
            return side
        if side.entity is not None and side.entity.type != "PERSON":
            return side  # a named body the knowledge files do not place: no guess
        country = self._place_country(verb, home=False)
        if country is None:
            country = self._home
            dateline = self._dateline_country
            if side.entity is not None and country is not None and country == fallback and dateline is not None:
                # a named person acting on the article's own country is placed where the report is filed from:
                # "Trump Jr. attended a meeting with Russians", in a Washington report about Russia, is no Russian
                country = dateline
        if country is None and side.entity is None:
            country = fallback
        if country is None:
            return side
        return _Side(EventActor(name=actor.name, id=actor.id, country=country, role=actor.role), side.entity)

    def _resident(self, side: _Side, head: Token, verb: Token) -> _Side:
        """"Ethnic Albanians demonstrated in Serbia": an ethnic group acts as part of the country it lives in,
        when the sentence names that country as the place of the action."""
        if side.entity is None or side.entity.type != "NORP" or side.actor is None:
            return side
        head = self.relative(head)
        if not any(t.lower_ == "ethnic" for t in self.doc[head.left_edge.i:head.i + 1]):
            # "the Albanians of southern Serbia", "Kurds in Syria": a people placed by its own phrase
            country = next((c for c in (self._country_of_place(g) for p in head.children if p.dep_ == "prep" and
                                        p.lower_ in ("of", "in") for g in p.children if g.dep_ == "pobj") if c), None)
            if country is None or country == side.actor.country or head.tag_ not in ("NNPS", "NNS") or \
                    head.ent_type_ != "NORP":
                return side
            return _Side(EventActor(name=self._phrase(head), country=country, role=side.actor.role), side.entity)
        country = self._place_country(verb, home=False) or self._place_country(head, home=False)
        if country is None or country == side.actor.country:
            return side
        return _Side(EventActor(name=self._phrase(head), country=country, role=side.actor.role), side.entity)

    def _home_side(self, country: str) -> _Side:
        """A country as the other side of a domestic action, by its entity when the article names it."""
        entity = next((e for e in self.index.entities if e.id == f"country:{country}"), None)
        if entity is not None:
            return _Side(event_actor(entity), entity)
        known = self.kb.countries.get(country)
        return _Side(EventActor(name=known.name if known is not None else country, country=country), None)

    def _place_country(self, verb: Token, home: bool = True) -> str | None:
        """The country where an action happens: a place "in/at/near X" of the verb, else the article's."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in LOCATIVE:
                for g in child.children:
                    if g.dep_ == "pobj" or g.dep_ == "prep" and g.lower_ == "of":  # "outside of Basra"
                        country = self._country_of_place(g)
                        if country is not None:
                            return country
        return self._home if home else None

    def _officer_own_office(self, head: Token) -> bool:
        """Whether "his/her office" belongs to a prosecutor or judge who is the subject earlier in the sentence
        ("The U.S. attorney filed papers, notifying a judge her office was dropping its case")."""
        if _noun_lemma(head) != "office" or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children):
            return False
        return any(t.dep_ == "nsubj" and t.i < head.i and t.ent_type_ == "" and _noun_lemma(t) in JUSTICE_OFFICE_HOLDERS
                   for t in head.sent)

    def _where_some_are(self, head: Token) -> str | None:
        """The country of "many in X", "some across X", "many on X's social media"."""
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in LOCATIVE | {"on"}:
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                country = self._country_of_place(g) if c.lower_ != "on" else None
                if country is None:  # "on China's Weibo": the owner named before the medium
                    owner = next((m for m in g.children if m.dep_ in ("poss", "compound", "amod", "nmod")
                                  and m.ent_type_ in ("GPE", "NORP")), None)
                    place = self.index.of_token(owner) if owner is not None else None
                    country = place.country if place is not None else None
                if country is not None:
                    return country
        return None

    def _place_in_phrase(self, head: Token, clauses: bool = True) -> str | None:
        """The country of a place a noun phrase puts its person in ("a translator at the consulate in southern
        Turkey"); with ``clauses`` false, not a place inside a clause about the person ("Ho, who heads a group
        based in Hong Kong")."""
        inside = {t.i for c in head.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree} \
            if not clauses else set()
        for t in reversed(self.doc[head.left_edge.i:head.right_edge.i + 1]):  # the innermost place first
            if t.i in inside:
                continue
            if t.dep_ == "prep" and t.lower_ in LOCATIVE and t.i > head.i:
                pobj = next((g for g in t.children if g.dep_ == "pobj"), None)
                country = self._country_of_place(pobj) if pobj is not None else None
                if country is not None:
                    return country
        return None

    def _country_of_place(self, head: Token, depth: int = 0) -> str | None:
        """The country of a place phrase: "Aleppo", "the capital city of Algiers", "the Iraqi city of Basra",
        "a jail in East Timor's capital Dili", "outside of Basra"."""
        if head.ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
            place = self.index.of_token(head)
            if place is not None and place.country and place.type in ("GPE", "LOC", "FAC"):
                return place.country
        if head.ent_type_ in ("FAC", "EVENT") and head.pos_ == "PROPN" and depth > 0:
            capital = self.kb.capital(head.text)  # "the Beijing Olympics": a name inside a name
            if capital is not None:
                return capital.iso3
        if head.pos_ not in ("NOUN", "PROPN", "ADP") or depth > 2:
            return None
        for c in head.children:  # "the town of Samarra", "outside of Basra", "the capital Dili"
            if (c.dep_ == "prep" and c.lower_ in ("of",) + tuple(LOCATIVE)) or c.dep_ in ("pobj", "appos", "compound"):
                inner = c if c.dep_ != "prep" else next((g for g in c.children if g.dep_ == "pobj"), None)
                country = self._country_of_place(inner, depth + 1) if inner is not None else None
                if country is not None:
                    return country
        if head.pos_ == "NOUN" and head.lemma_.lower() in PLACE_NOUNS:
            for c in head.lefts:  # "the Iraqi city", "a Bosnian town"
                if c.dep_ in ("amod", "compound", "poss", "nmod") and c.ent_type_ in ("GPE", "NORP"):
                    place = self.index.of_token(c)
                    if place is not None and place.country:
                        return place.country
        return None

    def _domestic_target(self, heads: list[Token], sources: list[_Side], verb: Token) -> _Side | None:
        """Unnamed people as the target ("dispersed the demonstrators", "arrested 12 activists"): they belong
        to the country where the action happens, by default the source's own."""
        for h in heads:
            h = self.relative(h)
            if h.pos_ != "NOUN" or h.lemma_.lower() not in PEOPLE_NOUNS | JUSTICE_NOUNS or h.ent_type_:
                continue
            if h.lemma_.lower() in PRESS_NOUNS and verb.lemma_.lower() in SPEECH | {"speak", "talk", "brief"}:
                continue  # "spoke to reporters": the press is told; arrested journalists are still victims
            src = next((s.actor.country for s in sources if s.actor is not None and s.actor.country), None)
            country = self._place_country(verb) if src is None else src
            for child in verb.children:  # a place named with the action wins over the source's country
                if child.dep_ == "prep" and child.lower_ in ("in", "at", "near"):
                    country = self._place_country(verb) or country
                    break
            if country is not None:
                return _Side(EventActor(name=self._phrase(h), country=country), None)
        return None

    def _coordinated(self, heads: list[Token], sides: list[_Side]) -> list[_Side]:
        """All the actors of a coordinated subject ("the US, Russia and Switzerland", however it was parsed)."""
        if len(heads) != 1:
            return sides
        h = heads[0]
        span = self.doc[h.left_edge.i:h.right_edge.i + 1]
        if not any(t.lower_ in ("and", "&") for t in span) or len(span) > 25:
            # "The US commander in Iraq, General X,": commas alone set off an apposition, not a list
            return sides
        seen = {s.entity.id for s in sides if s.entity is not None}
        out = list(sides)
        for e, m in self.index.mentions_in(span):
            if e.id in seen or not (e.country or e.id.startswith("org:")):
                continue
            # only names that stand as members of the list, not "the president of France"
            tok = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if tok is not None and _in_other_clause(tok.root, h):
                continue  # "Tillerson's decision to exclude Iraq and Myanmar": what the decision is about
            if tok is None or tok.root.dep_ not in ("conj", "appos", "nsubj", "nsubjpass", "pobj", "compound") and \
                    not (tok.root.dep_ == "nmod" and e.type == "PERSON"):  # "Trump and Vietnamese President Quang"
                continue
            if tok.root.dep_ == "pobj" and tok.root.head.lower_ not in ("and",) and tok.root.head.pos_ != "PROPN":
                continue
            if tok.root.dep_ == "compound":
                up = tok.root.head
                while up.dep_ == "compound" and self.index.of_token(up) is None:
                    up = up.head
                named = self.index.of_token(up)
                if named is not None and named.id != e.id and named.type == "PERSON" and named.country == e.country:
                    continue  # "Putin and U.S. President Donald Trump": the country of a member, not a member
                if named is None and up.pos_ == "NOUN" and _noun_lemma(up) in PEOPLE_NOUNS | OFFICIAL_NOUNS:
                    continue  # "Cuba's X and U.S. official Y": the country of the official named after it
            seen.add(e.id)
            out.append(_Side(event_actor(e), e))
        return out

    def _first_target(self, heads: list[Token], sources: list[_Side]) -> _Side | None:
        src_ids = {s.entity.id for s in sources if s.entity is not None}
        for h in heads:
            # a subject pronoun is resolved as written and skipped if it is the source ("pledged that he would
            # move the embassy": he is the one who pledged, not somebody before him); an object pronoun is not
            # the subject of its own clause ("insulted him")
            subject = h.pos_ == "PRON" and h.dep_ in ("nsubj", "nsubjpass")
            bound = frozenset()
            governor = h.head if h.dep_ == "dobj" else h.head.head if (
                h.dep_ == "nsubj" and _ordered_participle(h.head)) else None
            if h.pos_ == "PRON" and governor is not None and h.lower_ in ("him", "her", "them"):
                # "Erdogan wants him extradited": an object pronoun is not its own verb's subject
                subject = False
                doers, passive = self.subjects(governor)
                bound = frozenset() if passive else frozenset(
                    s.entity.id for s in map(self.side, doers) if s is not None and s.entity is not None)
            side = self.side(h) if subject else self.side(h, frozenset(src_ids) | bound)
            if side is not None and side.entity is not None:
                # "told acting Secretary X": an official of the report's country; "praised Roy Moore": a person
                # the knowledge files do not know, taken to be of the report's country
                side = self._resident_person(self._officeholder(side))
            if side is None or side.entity is None or not (side.actor.country or side.actor.org):
                continue
            if subject and side.entity.id in src_ids:
                continue  # "France warned it could cut aid": it is France
            if self._own_state_warned and h.dep_ in ("nsubj", "nsubjpass") and h.head.dep_ == "ccomp" and \
                    side.actor.country and (self._state_level(side.entity) or side.actor.role == "military") and \
                    any(s.actor is not None and s.actor.country == side.actor.country and s.entity is not None
                        for s in sources):
                # "Erdogan warned that Turkey would cut ties with Israel": the speaker's own state acting in
                # the threat, not the one threatened (unlike an appeal: "said the White House should reconsider")
                continue
            if side.entity.id in src_ids and side.entity.type in ("PERSON", "ORG"):
                continue  # the same person or body on both sides
            if self._state_level(side.entity) and any(
                    s.entity is not None and self._state_level(s.entity) and s.entity.country == side.entity.country
                    and "place:" in (s.entity.id[:6], side.entity.id[:6]) for s in sources):
                continue  # "Moscow violated the treaty, a charge Russia denies": a state and its capital
            if side.entity.type == "GPE" and self.index.of_token(h) is None and any(
                    c.dep_ == "poss" and self.index.of_token(c) is side.entity for c in h.children) and any(
                    s.entity is not None and s.entity.type in ("PERSON", "ORG", "NORP") and s.actor is not None and
                    s.actor.country == side.actor.country for s in sources):
                continue  # "Trump threatened to use America's military power": the source's own, no target
            self._target_head = h
            return side
        return None

    def _state_level(self, entity: Entity) -> bool:
        """Whether an entity is a state as a whole: the country, its government, or its capital as a metonym."""
        if entity.id.startswith(("country:", "gov:")):
            return True
        if not entity.id.startswith("place:") or not entity.country:
            return False
        capital = self.kb.capital(entity.name)
        return capital is not None and capital.iso3 == entity.country

    def _also_targets(self, target: _Side | None, sources: list[_Side], verb: Token | None = None) -> list[_Side]:
        """The targets coordinated with the one found ("work with Bangladesh and Myanmar", "discussed it with
        Tillerson and Bishop"): each is a target of its own."""
        if target is None or target.entity is None:
            return []

        def names_target(tok: Token | None) -> bool:
            found = self.side(tok) if tok is not None else None
            return found is not None and found.entity is not None and found.entity.id == target.entity.id

        head = self._target_head
        if not names_target(head) and verb is not None:
            # the head last found may be another phrase's: look for the target's own words under the verb
            head = next((t for t in verb.subtree if t.conjuncts and names_target(t)), None)
        if not names_target(head):
            return []
        if not head.conjuncts:  # "banned travel from Iran and Syria": the target is named inside the phrase
            head = next((t for t in head.subtree if t.conjuncts and names_target(t)), head)
        out, seen = [], {target.entity.id} | {s.entity.id for s in sources if s.entity is not None}
        for c in head.conjuncts:
            if c.i in self._stranded:
                continue  # "denied any meddling and Trump has said": Trump is the next clause's subject
            side = self._first_target([c], sources)
            if side is not None and side.entity is not None and side.entity.id not in seen:
                seen.add(side.entity.id)
                out.append(side)
        return out

    @staticmethod
    def _political(source: _Side | None, target: _Side | None) -> bool:
        """An event needs a side that is a state, a body or a person with a country."""
        for s in (source, target):
            if s is not None and s.actor is not None and (s.actor.country or s.actor.org):
                return True
        return False

    def _phrase(self, head: Token) -> str:
        span = self.doc[head.left_edge.i:head.i + 1]
        return re.sub(r"^(?:the|a|an)\s+", "", span.text, flags=re.I)

    def _event(self, trigger: Token, pred: Predicate, source: _Side, target: _Side | None, sent: Span,
               reciprocal: bool, confidence_cap: float | None = None) -> Event:
        code = pred.cameo
        if target is None and not reciprocal:
            target = self._domestic_home(source)  # "Pelosi called for changes", in a story of U.S. politics
            if target is not None:
                confidence_cap = min(confidence_cap or 1.0, 0.4)
        plover = self.book.plover(code)
        factuality = self.factuality(trigger)
        # a refusal ("declined to certify") is recorded negated but is dated as the act of refusing it is
        dating = "asserted" if factuality == "negated" and trigger.pos_ == "VERB" and \
            trigger.lemma_.lower() in REFUSING and self._clause_modality(trigger) is None else factuality
        date, precision = _own_date(sent, trigger, self.published, dating)
        entry = CHRONICLE_ENTRY.match(sent.text)
        if entry is not None and resolve_expression is not None and \
                not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in
                        (trigger if trigger.pos_ == "VERB" else trigger.head).children):
            # "Dec. 30: Putin releases a statement": an entry of a chronology, told in the historical present
            told = resolve_expression(entry.group("when"), self.published)
            if told[0] is not None and (date is None or date in {
                    resolve_expression(entry.group("when"), self.published, t)[0] for t in ("present", "future")}):
                date, precision = told
                if factuality == "future" and trigger.tag_ in ("VBZ", "VBP", "NN", "NNS"):
                    factuality = "asserted"
        light = _light_relative(trigger) if date is None and trigger.pos_ == "NOUN" else []
        if light:
            # "the visit which he made on Monday": the day of the clause that tells it was made
            date, precision = _own_date(sent, light[0], self.published, factuality)
        clause = trigger if trigger.pos_ == "VERB" else trigger.head
        if date is None and clause.dep_ == "relcl" and clause.head.lemma_.lower() in DAY_NOUNS and \
                _dates_in is not None and resolve_expression is not None:
            # "on Wednesday, the day he arrived in Beijing": the day the clause tells of is the date it stands beside
            left = clause.head.left_edge.i
            beside = [e for e in _dates_in(sent) if e.end <= left and left - e.end <= 1 and e.label_ == "DATE"]
            if beside:
                date, precision = resolve_expression(beside[-1].text, self.published,
                                                     "future" if factuality == "future" else "past")
        co_temporal = any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "while") for c in clause.children)
        if date is None and clause.dep_ == "advcl" and co_temporal:
            # "avoided conflict on Sunday when Xi met Trump": a "when" clause happens at its main clause's time
            date, precision = _own_date(sent, clause.head, self.published, factuality)
        if date is None and code[:2] in STANCE_ROOTS and clause.dep_ == "ccomp" and \
                clause.head.lemma_.lower() in SPEECH and not any(
                    c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in clause.children):
            # "said on Tuesday they were disturbed by ...": a stance told in what is said is taken when it is said
            date, precision = _own_date(sent, clause.head, self.published, factuality)
        if date is None:
            # "captured East Jerusalem during the 1967 war": the year of the occasion it happened in
            year = next((n.text for c in clause.children if c.dep_ == "prep" and c.lower_ in ("during", "in")
                         for g in c.children if g.dep_ == "pobj" for n in g.children
                         if n.dep_ in ("nummod", "compound", "amod") and YEAR.fullmatch(n.text)), None)
            if year is not None:
                date, precision = year, "year"
        if self._last_date is not None and self._last_date[1] == "day" and self._last_date_at < sent.start:
            # "two days earlier, Russia vetoed ...", "the next day": counted from the day a sentence before
            # mentioned, not from the day of the report
            shift = _anaphoric_shift(self.text[sent.start_char:trigger.idx])  # said before the action
            others = shift is not None and any(
                e.label_ == "DATE" and not ANAPHORIC_SHIFT.search(e.text) and
                resolve_expression(e.text, self.published)[0] for e in (_dates_in(sent) if _dates_in else ()))
            if shift is not None and not others and not ANAPHORIC_TIME.search(sent.text):
                date, precision = (datetime.date.fromisoformat(self._last_date[0]) +
                                   datetime.timedelta(days=shift)).isoformat(), "day"
        if dating == "asserted" and date is not None and self.published and trigger.tag_ not in ("VBD", "VBN") \
                and date[:len(date)] > self.published[:len(date)]:
            # "leaves on Friday for Asia" in Thursday's report, "ahead of his visit next month": what is told as
            # a fact but dated after the report is still to come (a verb in the past tense is past whatever
            # date its sentence holds: "agreed to intensify efforts in 2018")
            factuality = dating = "future"
        if date is not None:
            if (date, precision) != self._last_date:
                self._last_date, self._last_date_at = (date, precision), sent.start
            if dating == "asserted" and precision in ("day", "month"):
                self._narrative = (date, precision, sent.start)
        elif self._last_date and ANAPHORIC_TIME.search(sent.text):
            date, precision = self._last_date  # "Obama at the time expelled ...": the date just mentioned
        elif dating == "asserted" and self._narrative is not None and _simple_past(trigger) and \
                self._narrative[2] >= self._sentence_before(sent, NARRATIVE_SENTENCES):
            # "Mattis met Pakistan's leaders on Monday ... Mattis also met with army officials": a report
            # going on in the simple past goes on on the day it was last said to be
            date, precision = self._narrative[:2]
        textual = date is not None  # from here on, a date is the report's standing in for one the text lacks
        if date is None and dating == "asserted" and _ongoing(trigger) and self.published:
            # news in the present tense ("Trump sets off on a trip", "X is stepping up sanctions", reported
            # "said X was upping sanctions"): it happens about the day of the report -- or, said in the past
            # tense while the report goes on about a day it named ("The committee said on Thursday it was
            # investigating X. The panel said it was also looking into Y"), about that day
            date, precision = self.published[:10], "day"
            if trigger.tag_ == "VBG" and trigger.dep_ == "ccomp" and _simple_past(trigger.head) and \
                    any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in trigger.children) and \
                    self._narrative is not None and self._narrative[1] == "day" and \
                    self._narrative[2] >= self._sentence_before(sent, NARRATIVE_SENTENCES):
                date, precision = self._narrative[:2]
                textual = True
        if date is None and dating == "asserted" and self.published and self._reported_now(trigger, sent, code):
            # the lead of a report ("Duterte attacked Trudeau at the end of a summit") and speech in the simple
            # past with no time of its own ("the White House said in a statement"): the news of the day
            date, precision = self.published[:10], "day"
        if date is None and dating == "asserted" and self.published and _recent_perfect(trigger):
            # "has demanded more favorable treatment", "has been working with them": the present perfect tells
            # of the recent past, about the month of the report (not "has long opposed", "has since 2012 ...")
            date, precision = self.published[:7], "month"
        if date is None and factuality == "negated" and self.published and trigger.dep_ == "xcomp" and \
                trigger.head.pos_ == "VERB" and trigger.head.lemma_.lower() in REFUSAL_VERBS and \
                self._reported_now(trigger.head, sent, "12"):
            # "China declined to impose sanctions", in the lead: the act is refused on the day of the refusal
            date, precision = self.published[:10], "day"
        if date is None and dating == "asserted" and self.published and code[:2] == "04" and \
                trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in OCCASION_PREPS and \
                trigger.head.head.pos_ == "VERB" and self._reported_now(trigger.head.head, sent, "01"):
            # "Trudeau told a news conference that during his meeting with Duterte ...": the occasion of what is
            # the news of the day was held about then; the month is what the text supports
            date, precision = self.published[:7], "month"
        basis = "text" if textual else "report" if date is not None else None
        if date is None and self.published and factuality in ("asserted", "negated") and \
                self._told_as_news(trigger, sent):
            # "Trudeau, in Manila for a summit, said ...", "Moore thanked the president for his backing": an act the
            # text gives no time for, told as the report's news, is dated by the report (and marked so)
            date, precision, basis = self.published[:10], "day", "report"
        location = event_location(sent, trigger) if event_location is not None else None
        start = self._sentence_start(sent)
        confidence = 0.5 + (0.2 if source.entity is not None else 0) + (0.15 if target is not None else 0) + \
            (0.1 if pred.object or pred.prep else 0)
        if any(side is not None and side.entity is not None and side.entity.id in self._guessed
               for side in (source, target)):
            confidence = min(confidence, 0.5)
        if (reciprocal or code[:2] == "04") and target is not None and source.entity is not None and \
                target.entity is not None and source.entity.id != target.entity.id:
            self._pair = (source, target, sent.start)  # for "the two sides" after it
        if (factuality == "asserted" or _attempted(trigger)) and code[:2] in ALLEGED_ROOTS and source.actor is not None:
            # (an attempt is a wrong to accuse of too: "said Russia sought to influence the election")
            self._allege(trigger, code, source, sent)
        elif factuality == "negated" and code[:2] in DENIABLE_ROOTS and source.actor is not None:
            self._deny(trigger, source, target, sent)
        return Event(source=source.actor, target=target.actor if target is not None else None, cameo=code,
                     root=code[:2], quad_class=self.book.quad_class(code), goldstein=self.book.goldstein(code),
                     plover_type=plover[0] if plover else None, plover_mode=plover[1] if plover else None,
                     factuality=factuality, reported_by=self.reported_by(trigger), reciprocal=reciprocal,
                     date=date, date_precision=precision, date_basis=basis, location=location,
                     trigger=self._trigger_text(trigger),
                     sentence=self.text[start:sent.end_char].strip(), start=start, end=sent.end_char,
                     confidence=round(min(confidence, 0.95, confidence_cap or 1.0), 2))

    def _told_as_news(self, trigger: Token, sent: Span) -> bool:
        """Whether an act the text gives no time for is told as news of the report: in the present, the future
        or the simple past, in a sentence that names no other time, and not as background (the pluperfect, a
        past clause describing a noun, "previously", "in the past", an "after"/"before"/"since" clause)."""
        if any(YEAR.fullmatch(t.text) for t in sent) or PAST_CUES.search(sent.text):
            return False
        if _dates_in is not None and any(e.label_ == "DATE" for e in _dates_in(sent)):
            return False  # another time is named, that the resolver did not give the act: no guess
        node = trigger
        if trigger.pos_ in ("NOUN", "PROPN"):
            if any(c.lower_ in ("former", "previous", "past", "earlier", "last", "prior") for c in trigger.children):
                return False  # "the previous sanctions", "his last visit"
            node = trigger.head
        while True:
            if node.pos_ in ("VERB", "AUX"):
                if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d", "has", "have", "'ve")
                       for c in node.children):
                    return False  # the pluperfect tells background (and the perfect is ``_recent_perfect``'s)
                if node.dep_ in ("relcl", "acl") and node.tag_ in ("VBD", "VBN"):
                    return False  # "the sanctions Obama imposed": what describes a noun is told as known
                if any(c.dep_ == "advmod" and c.lower_ in DURATIVE_ADVERBS | BACKGROUND_ADVERBS for c in node.children):
                    return False
                if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_OF_ITS_OWN
                                                for c in node.children):
                    return False  # "after Trump fired Comey": a time of its own, not named
            if node.dep_ == "ROOT" or node.head is node:
                return True
            node = node.head

    def _reported_now(self, trigger: Token, sent: Span, code: str = "") -> bool:
        """Whether an undated action is the news of the report: told in the simple past or the present perfect
        in the report's first sentence, or a verbal act in the simple past ("said", "warned", "called the talks
        fruitful", "brushed aside the suggestion") whose sentence names no other time."""
        if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and trigger.head.lemma_.lower() in MESSAGE_NOUNS and \
                trigger.head.dep_ == "dobj" and trigger.head.head.pos_ == "VERB":
            # "issued a joint statement criticizing the decision": said when the statement was issued
            return self._reported_now(trigger.head.head, sent, "01")
        verb = trigger if trigger.pos_ == "VERB" else trigger.head
        stance = trigger.pos_ == "ADJ" and verb.pos_ == "AUX"  # "were critical of Trump": a stance in the past
        if (verb.pos_ != "VERB" and not stance) or verb.tag_ not in ("VBD", "VBN"):
            return False
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
            return False  # the pluperfect tells background
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_OF_ITS_OWN for c in verb.children):
            return False  # "after Merkel criticized Macron, ...": a time of its own, not named
        if _dates_in is not None and any(e.label_ == "DATE" and not _in_other_clause(e.root, verb)
                                         for e in _dates_in(sent)):
            return False  # another time is named: the resolver's business ("who it was announced on Monday
            # pleaded guilty" names the day of something else, in a clause of its own)
        if any(YEAR.fullmatch(t.text) for t in sent):
            return False  # "during the 1967 war": a year the NER did not tag as a date
        if self._sentence_start(sent) == self._lead[0] or sent.start == self._lead[1]:
            return True
        verbal = verb.lemma_.lower() in SPEECH | CHARACTERISING_VERBS | NAMING_VERBS or code[:2] in VERBAL_ROOTS
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH and code[:2] in STANCE_ROOTS and \
                (verb == trigger or stance or trigger.dep_ in ("dobj", "acomp")) and \
                not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would", "could", "might", "may"}
                        for c in verb.children):
            # "members also said they were disturbed by ...", "said the administration backed the talks": a stance
            # told in what is said is held when it is said, and the saying is the news of the day
            return self._reported_now(verb.head, sent, "01")
        return verb.tag_ == "VBD" and verbal and (verb == trigger or stance) and \
            not any(c.dep_ == "aux" for c in verb.children)

    @property
    def _lead(self) -> tuple[int, int]:
        """Where the report's lead is: the reader's start of its first sentence (a dateline's line included),
        and the token where its first sentence with words starts; computed once per document."""
        if self._lead_cache is None:
            sents = list(self.doc.sents)
            first = next((x.start for x in sents if not DATELINE.fullmatch(x.text + " ") and x.text.strip()), -1)
            self._lead_cache = (self._sentence_start(sents[0]) if sents else -1, first)
        return self._lead_cache

    def _sentence_before(self, sent: Span, n: int) -> int:
        """The token index where the sentence ``n`` sentences before ``sent`` starts (0 at the text's start)."""
        start = sent.start
        for _ in range(n):
            if start == 0:
                return 0
            start = self.doc[start - 1].sent.start
        return start

    def _sentence_start(self, sent: Span) -> int:
        """Where the sentence starts as the reader sees it: with the dateline before it ("WASHINGTON
        (Reuters) - "), which the parser was given as a sentence of its own."""
        line = self.text.rfind("\n", 0, sent.start_char) + 1
        match = DATELINE.match(self.text, line) if line < sent.start_char else None
        return line if match is not None and match.end() == sent.start_char else sent.start_char

    @staticmethod
    def _trigger_text(t: Token) -> str:
        parts = [t]
        parts += [c for c in t.children if c.dep_ == "prt"]
        if t.pos_ == "VERB":
            parts += [c for c in t.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        return " ".join(p.text for p in sorted(parts, key=lambda p: p.i))


#: A time counted from the day last mentioned: "two days earlier", "a day later", "the next day".
ANAPHORIC_SHIFT = re.compile(r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|\d+)\s+(?P<unit>day|week)s?\s+"
                             r"(?P<dir>earlier|later|before|after)|the\s+(?P<word>next|following|previous)\s+day|"
                             r"the\s+day\s+(?P<word2>before|after))\b", re.I)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    """The names and dateline credits of the news outlets of lexicon/outlets.tsv, lower-cased."""
    domains, credits = outlets()
    return frozenset(n.lower() for n in (*domains.values(), *credits, *credits.values()))


def _anaphoric_shift(text: str) -> int | None:
    """Days from the day last mentioned that a sentence's anaphoric time names, or None."""
    m = ANAPHORIC_SHIFT.search(text)
    if m is None:
        return None
    if m["n"]:
        n = int(m["n"]) if m["n"].isdigit() else _COUNTS[m["n"].lower()]
        days = n * (7 if m["unit"].lower() == "week" else 1)
        return -days if m["dir"].lower() in ("earlier", "before") else days
    word = (m["word"] or m["word2"]).lower()
    return -1 if word in ("previous", "before") else 1


def _finding_head(trigger: Token) -> Token | None:
    """The noun of a finding or report whose "that" clause holds the trigger ("the assessment that Russia
    interfered"), within four steps up the parse."""
    v = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    for _ in range(4):
        if v.head == v:
            return None
        if v.dep_ in ("acl", "ccomp", "appos") and v.head.pos_ == "NOUN" and v.head.lemma_.lower() in FINDING_NOUNS \
                and any(c.lower_ == "that" and (c.dep_ == "mark" or c.tag_ == "IN") for c in v.children):
            return v.head
        v = v.head
    return None


def _plain_chain(token: Token, top: Token) -> bool:
    """Whether ``token`` hangs on ``top`` through objects and complements only (no preposition, no clause of
    its own): "called the reductions a risk", not "called for an end to the disaster"."""
    t = token
    for _ in range(4):
        if t.head.i == top.i:
            return t.dep_ in ("dobj", "oprd", "attr", "ccomp", "xcomp")
        if t.dep_ not in ("dobj", "oprd", "attr", "compound", "amod", "ccomp", "xcomp") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _in_front_of(verb: Token) -> list[Token]:
    """The "of" of "in front of X" under a verb ("appear in front of the committee"), as a list."""
    return [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for f in c.children
            if f.dep_ == "pobj" and f.lower_ == "front" for p in f.children if p.dep_ == "prep" and p.lower_ == "of"]


def _relative_thing(pronoun: Token) -> Token:
    """The noun a relative clause describes when "it" inside that clause stands for it ("a deal whose future
    was thrown into doubt when Trump withdrew from it"), else the pronoun itself."""
    t = pronoun.head
    while t.dep_ in ("prep", "pobj", "advcl", "conj", "ccomp", "xcomp") and t.head.i != t.i:
        t = t.head
    if t.dep_ == "relcl" and t.head.pos_ == "NOUN":
        return t.head
    return pronoun


#: Verbs of how long something goes on ("the probe will last", "talks could drag on").
DURATION_VERBS = frozenset("last continue drag stretch run take".split())


def _course_foretold(noun: Token) -> bool:
    """Whether a predicate noun is only the subject of a forecast of its course ("expected its probe to last
    into 2018", "said the talks could drag on for months")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in DURATION_VERBS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("to", "will", "would", "could", "may", "might") for c in verb.children)


def _not_where(t: Token) -> bool:
    """Whether a phrase can be a target rather than the place of the action: not after "in", unless it is the
    country a mission is in ("closed its embassy in Ottawa": the embassy's host)."""
    return t.head.lower_ != "in" or (t.head.head.pos_ == "NOUN" and _noun_lemma(t.head.head) in MISSION_NOUNS and
                                     t.head.head.dep_ in ("dobj", "nsubjpass"))


def _speech_head(trigger: Token, verbs: frozenset[str] | set[str]) -> Token | None:
    """The verb of speech (of ``verbs``) whose content clause holds the trigger, within six steps up the parse."""
    v = trigger
    for _ in range(6):
        if v.head == v:
            return None
        if v.dep_ in ("ccomp", "parataxis") and v.head.lemma_.lower() in verbs:
            return v.head
        v = v.head
    return None


def _simple_past(trigger: Token) -> bool:
    """Whether the action is told in the simple past ("met", "said X met"), not the pluperfect of background
    ("had met") or the perfect ("has met")."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if verb.pos_ != "VERB" or verb.tag_ != "VBD":
        return False
    return not any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "has", "have") for c in verb.children)


#: Adverbs that stretch a perfect over a long time ("has long opposed", "have repeatedly called for").
DURATIVE_ADVERBS = frozenset("long always repeatedly often never ever consistently frequently traditionally "
                             "historically previously".split())


def _attempted(trigger: Token) -> bool:
    """Whether the action is one somebody tried in the past ("sought to influence", "had tried to seize")."""
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in ("seek", "try", "attempt") and \
        trigger.head.tag_ in ("VBD", "VBN")


def _recent_perfect(trigger: Token) -> bool:
    """Whether the action is told in the present perfect ("has demanded", "have been working with") with
    nothing that stretches it over a longer time ("has long", "has since 2012", "for years")."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    stance = trigger.pos_ == "ADJ" and verb.pos_ == "AUX"  # "have been critical of the plan"
    if (verb.pos_ != "VERB" and not stance) or verb.tag_ not in ("VBN", "VBG"):
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not set(auxes) & {"has", "have", "'s", "'ve"} or (verb.tag_ == "VBG" and "been" not in auxes):
        return False
    for c in verb.children:
        if c.dep_ in ("advmod", "npadvmod") and c.lower_ in DURATIVE_ADVERBS:
            return False
        if c.dep_ == "prep" and c.lower_ in ("since", "for", "over", "throughout"):
            return False  # "has pressed for it since 2012", "have worked for years", "over the past decade"
    return True


def _ongoing(verb: Token) -> bool:
    """Whether a verb reports something happening now: the simple present, the present progressive, or the
    past progressive of reported speech ("said Xi was upping sanctions": at the time of saying)."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    if verb.tag_ != "VBG":
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxes & {"is", "are", "am", "'s", "'re"}:
        return True
    return bool(auxes & {"was", "were"}) and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH


def _peacekeeping(head: Token) -> bool:
    """Whether forces are peacekeepers by their modifiers ("peacekeeping troops", "a peace-keeping force")."""
    return any("peace" in t.lower_ for t in head.doc[head.left_edge.i:head.i])


def _refused_act(verb: Token) -> Token | None:
    """The infinitive a refusal takes: "refused to sign" gives "sign"."""
    return next((c for c in verb.children if c.pos_ in ("VERB", "AUX") and (c.dep_ == "xcomp" or _infinitival(c))),
                None)


def _refused_silence(verb: Token) -> bool:
    """"declined to comment", "refused to elaborate", "declined to be identified": a refusal to speak or to be
    named, which takes no position toward anyone."""
    act = _refused_act(verb)
    if act is None:
        return False
    if act.lemma_.lower() in ANSWER_VERBS:
        # "declined to respond to requests for comment" is silence; "refused to respond to a demand from the
        # U.S. president" rejects the demand
        return all(_noun_lemma(t) in ASKING_NOUNS for t in act.subtree if t.dep_ in ("dobj", "pobj"))
    return act.lemma_.lower() in SILENCE_VERBS or any(c.dep_ == "auxpass" for c in act.children)


def _small_clauses(verb: Token) -> list[Token]:
    """The adjective of a verb's small clause: "found Fairooz guilty", "found Sweden liable", which the parser
    gives as a predicate of the object or as a clause of the adjective with the object as its subject."""
    return [c for c in verb.children if c.pos_ == "ADJ" and (c.dep_ == "oprd" or (
        c.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in c.children) and
        not any(g.dep_ in ("aux", "auxpass", "cop") for g in c.children)))]


#: Manners of acting that are a wrong ("acted improperly"), and what is broken in one ("broke the law").
WRONG_MANNERS = frozenset("improperly inappropriately illegally unlawfully wrongly illegitimately unethically "
                          "corruptly".split())
BROKEN_RULES = frozenset("law laws rule rules regulation regulations".split())


def _countries_of(sides: list[_Side]) -> set[str]:
    """The countries of the actors on these sides."""
    return {s.actor.country for s in sides if s.actor is not None and s.actor.country}


def _not_another(side: _Side, sides: list[_Side]) -> bool:
    """Whether ``side`` names no resolved actor other than those of ``sides``: no entity, or one of theirs (a
    source as its own target)."""
    return side.entity is None or any(s.entity is not None and s.entity.id == side.entity.id for s in sides)


def _tells_of_lying(clause: Token) -> bool:
    """Whether a clause says its subject lied: "lied to Congress", "misled investigators", "failed to tell the
    truth", "made false statements" (not "did not lie")."""
    if _has_not(clause):
        return False
    kids = list(clause.children)
    lemma = clause.lemma_.lower()
    if lemma in ("lie", "mislead", "deceive", "perjure") and clause.pos_ == "VERB":
        return True
    objects = [c for c in kids if c.dep_ == "dobj"]
    if lemma == "make" and any(o.lemma_.lower() in ("statement", "claim") and any(
            a.lower_ in ("false", "misleading", "untrue") for a in o.children) for o in objects):
        return True
    return lemma == "fail" and any(x.dep_ == "xcomp" and x.lemma_.lower() in ("tell", "disclose") and any(
        o.dep_ == "dobj" and o.lower_ == "truth" for o in x.children) for x in kids)


def _clears_of_wrong(clause: Token) -> bool:
    """Whether a clause says someone did no wrong: "had not acted improperly", "did nothing wrong", "never
    broke the law", "had nothing to do with the attack"."""
    negated = _has_not(clause)
    lemma = clause.lemma_.lower()
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if lemma == "do" and any(o.lower_ in ("nothing", "anything") and any(
            a.lower_ in ("wrong", "illegal", "improper", "inappropriate") for a in o.children) for o in objects):
        # "did nothing wrong", "didn't do anything wrong"
        return negated == any(o.lower_ == "anything" for o in objects)
    if lemma == "have" and any(o.lower_ == "nothing" and any(
            x.lemma_ == "do" and any(p.dep_ == "prep" and p.lower_ == "with" for p in x.children)
            for x in o.subtree) for o in objects):
        return True  # "had nothing to do with the attack"
    if not negated:
        return False
    if lemma in ("act", "behave") and any(c.dep_ == "advmod" and c.lower_ in WRONG_MANNERS for c in clause.children):
        return True
    return lemma in ("break", "violate") and any(o.lower_ in BROKEN_RULES for o in objects)


def _noun_lemma(token: Token) -> str:
    """A noun's lemma in lower case, also when a capital at the start of a sentence made the tagger take it
    for a name ("Rebels said ..." -> "rebel")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN" and lemma.endswith("s") and not token.ent_type_:
        return lemma[:-1]
    return lemma


def _modifiers(noun: Token) -> set[str]:
    """The lemmas of a predicate noun's modifiers, which a noun row's object column refines it by ("a
    hunger strike", "a general strike", "an air strike")."""
    return {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}


def _noun_objects(noun: Token) -> set[str]:
    """What a noun row's object column is matched against: the noun's modifiers and the nouns of its own
    prepositional phrases ("the withdrawal from the accord", "an attack with chemical weapons")."""
    out = _modifiers(noun)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of", "on", "against", "with", "over", "into", "for"):
            out.update(g.lemma_.lower() for g in c.children if g.dep_ == "pobj")
    return out


def _to_infinitive(verb: Token) -> bool:
    """A verb with "to" before it: "threats to destroy X"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _infinitival(verb: Token) -> bool:
    """An adverbial clause that is an infinitive ("threatened in a speech to destroy X"): the parser's
    stand-in for an xcomp separated from its verb."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _has_not(verb: Token) -> bool:
    """Whether a verb carries its own "not" or "never"."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def _negating(verb: Token) -> bool:
    """A verb that keeps what it governs from happening ("refused to meet", "held off on imposing", "ruled out
    talks"); "hold" and "rule" only with their particle ("held a meeting before landing" negates nothing)."""
    lemma = verb.lemma_
    if lemma not in NEGATING_HEADS:
        return False
    if lemma in PARTICLE_NEGATORS:
        return any(c.dep_ in ("prt", "advmod") and c.lower_ == PARTICLE_NEGATORS[lemma] for c in verb.children)
    return True


def _standing_rule(verb: Token) -> bool:
    """A verb of permission or obligation in the simple present ("the law allows", "the rules require"): a rule
    in force, not an act done to anyone."""
    return verb.lemma_.lower() in ("allow", "permit", "require", "forbid", "prohibit", "bar") and \
        verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _for_clauses(verb: Token) -> list[Token]:
    """The clauses of a verb opened by "for" with a subject of their own ("called for Russia to withdraw")."""
    return [c for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp") and
            any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) and
            any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and _to_infinitive(c)]


def _convicted_person(verb: Token) -> Token:
    """Whom a participle of arrest or trial describes: "a leader of a British party convicted in November" is
    the leader, however the parser hangs it (parties are not convicted, their people are)."""
    head = verb.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN" and \
            _noun_lemma(head.head.head) in ROLE_PERSON_NOUNS and _noun_lemma(head) not in ROLE_PERSON_NOUNS:
        head = head.head.head
        if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
            return head.head  # "Jane Doe, a leader of the party convicted ...": Jane Doe
    return head


def _hoped_clauses(verb: Token) -> list[Token]:
    """What a hope asks of someone: its clause with "will", "would" or "can" and a subject of its own ("hoped
    China would do more"); none for a hope about oneself or about things."""
    if verb.lemma_.lower() != "hope" or verb.pos_ != "VERB":
        return []
    own = {c.lower_ for c in verb.children if c.dep_ in SUBJECT}
    return [c for c in verb.children if c.dep_ == "ccomp" and
            any(a.dep_ == "aux" and a.lower_ in ("will", "would", "can", "could", "'ll") for a in c.children) and
            any(g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN", "PRON") and g.lower_ not in own | {"it", "i", "we"}
                for g in c.children)]


def _ordered_participle(verb: Token) -> bool:
    """"ordered Ho detained", "wants him extradited", which the parser gives as a clause whose subject does the
    deed: a participle of what is done to that subject."""
    return verb.dep_ == "ccomp" and verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in ORDERED_DEEDS and \
        verb.head.lemma_.lower() in ("order", "want", "see", "have", "get") and \
        not any(c.dep_ in ("dobj", "aux", "auxpass", "mark") for c in verb.children)


def _bare_participle(verb: Token) -> bool:
    """A past participle completing a verb with no "to" or auxiliary of its own ("was ordered detained",
    "ordered released on bail")."""
    return verb.dep_ == "xcomp" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _dated_here(verb: Token) -> bool:
    """A time expression in the verb's own phrase ("a leader convicted earlier in November of ..."): a
    description that dates what was done is a report of it."""
    hosts = {verb.i} | {c.i for c in verb.children if c.dep_ == "prep"}
    return any(t.ent_type_ == "DATE" and t.head.i in hosts for t in verb.subtree if t.i != verb.i)


def _object_clauses(verb: Token) -> list[Token]:
    """The infinitive clauses a verb governs with their own subject and no "for" ("wanted the Senate to skew
    the relief", which the parser gives as a clause whose subject is the Senate)."""
    return [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and _to_infinitive(c) and
            not any(m.dep_ == "mark" for m in c.children) and
            any(g.dep_ == "nsubj" and g.i < c.i and g.lower_ not in ("it", "that", "which", "who") for g in c.children)]


def _light_relative(noun: Token) -> list[Token]:
    """The light verbs of relative clauses on a predicate noun that carry its phrases ("the trip he made to
    Egypt", "the visit she paid to Moscow"); none when the clause has an object of its own."""
    return [c for c in noun.children if c.lemma_.lower() in RELATIVE_LIGHT_VERBS and (
        c.dep_ == "relcl" or (c.dep_ == "acl" and any(d.dep_ in ("dobj", "mark") and d.lower_ in ("which", "that")
                                                     for d in c.children) and  # (the parser's "acl" too)
                              any(d.dep_ == "nsubj" for d in c.children))) and
            not any(d.dep_ == "dobj" and d.lower_ not in ("which", "that") for d in c.children)]


def _light_phrases(light: list[Token]) -> list[Token]:
    """The prepositional phrases ("to Egypt") the light verbs of :func:`_light_relative` carry for their noun."""
    return [d for v in light for d in v.children if d.dep_ in ("prep", "dative")]


def _name_aux(token: Token) -> bool:
    """A name the parser took for an auxiliary ("Theresa May lashed out"): tagged a proper noun or named a person
    by the recogniser, yet attached as "aux"."""
    return token.dep_ == "aux" and (token.tag_ == "NNP" or token.ent_type_ == "PERSON")


def _doer_noun(head: Token) -> bool:
    """Whether a noun phrase names people or a body that can act (a name, "protesters", "the committee")."""
    return head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or \
        head.lemma_.lower() in DOER_HEAD_NOUNS


def _in_other_clause(token: Token, verb: Token) -> bool:
    """Whether ``token`` sits in a relative, adverbial or modifier clause that ``verb`` is not in ("who it was
    announced on Monday pleaded guilty": the day of something else)."""
    while token.head.i != token.i and token != verb:
        if token.dep_ in ("relcl", "acl", "advcl") and verb not in token.subtree:
            return True
        token = token.head
    return False


def _own_date(sent: Span, trigger: Token, published: str | None, factuality: str) -> tuple[str | None, str | None]:
    """The event's own date and its precision, from whichever date resolver is installed."""
    if _timex_date is not None:
        date, precision = _timex_date(sent, trigger, published)
        if date is not None:
            return date, precision
    if _eventdates_date is not None:  # the older resolver also borrows a sentence's only adverbial expression
        # a future action announced in the past ("proposed new sanctions on Monday") is dated back, as said
        # (a noun's verb is the nearest one above it: "called on Monday for an investigation" was a call made)
        verb = trigger if trigger.pos_ == "VERB" else _clause_verb(trigger)
        announced = verb.tag_ in ("VBD", "VBN") and not any(c.lower_ in FUTURE_AUX | {"would"}
                                                            for c in verb.children if c.dep_ == "aux")
        if not announced and verb.dep_ == "ccomp" and verb.head.tag_ == "VBD":
            # "said on Tuesday that it would expel ...": the borrowed day is the saying's, in the past
            announced = True
        # (what may or would be done looks ahead too: "must decide in mid-January whether to waive sanctions")
        future = factuality in ("future", "hypothetical") and not announced
        return _eventdates_date(sent, trigger, published, "future" if future else "past")
    return None, None


def extract_events(doc: Doc) -> list[Event]:
    """The events of ``doc`` (actors must be resolved by ``eventwire_actors``; quotes help ``reported_by``)."""
    if not doc.text.strip():
        return []
    return EventFinder(doc).find()


@Language.factory("eventwire_events", requires=["doc._.eventwire_entities"], assigns=["doc._.eventwire_events"])
def make_events(nlp: Language, name: str) -> "EventExtractor":
    """spaCy factory: ``nlp.add_pipe("eventwire_events")`` after ``eventwire_actors`` (and ``eventwire_quotes``)."""
    load_event_lexicon()  # a broken lexicon fails here, at pipeline construction, not mid-batch
    return EventExtractor()


class EventExtractor:
    """Sets ``doc._.eventwire_events``."""

    def __call__(self, doc: Doc) -> Doc:
        # the lexicon is read by lemma: the component mends the few the rule lemmatizer gets wrong itself, so
        # it reads "hoped" and "slated" right in any pipeline it is added to, not only in load_pipeline's
        mend_parse(mend_lemmas(doc))  # (and the parse of one idiom: see ``mend_parse``)
        doc._.eventwire_events = extract_events(doc)
        return doc
