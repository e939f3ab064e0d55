"""Actors: every person, organisation and place mention of an article resolved to a canonical actor.

Id scheme (``Entity.id``), deterministic, the same for the same actor in every article and every run:

- ``person:<key>``: the person's name key (``KnowledgeBase.person_key``): ASCII, lower case, titles and
  middle initials dropped, given names in one romanisation ("Sergey V. Lavrov" -> ``person:sergei-lavrov``).
  A person known to the office files gets the key of the name written there.
- ``country:<ISO3>`` for a country named as such ("Russia", "the U.S.").
- ``gov:<ISO3>`` / ``mil:<ISO3>`` for a capital or seat of government used for the government ("the Kremlin",
  "Washington said", "the Pentagon").
- ``org:<CODE>`` for bodies in orgs.tsv and institutions.tsv (``org:NATO``, ``org:USA_STATEDEPARTMENT``), else
  ``org:<slug of the name>``.
- ``norp:<ISO3>`` for nationalities ("Russian", "the Chinese"), else ``norp:<slug>``.
- ``place:<slug>`` for other places (cities, regions, facilities).

Within an article, "Mr Lavrov", "Lavrov" and "Russian Foreign Minister Sergei Lavrov" are one actor: a
surname alone joins the full name with that surname (the nearest before it, else the only one), else the
office holder of that surname on the article's date (of several, the one whose country the article names).
Country, role and title come from the text first (premodifiers "French Defence Minister X", appositions "X,
a Chinese foreign ministry spokeswoman"), then from the office files for the article's date; an official of
an international body in office that day takes the body's code (UN, EU, NATO) and role whatever the text
says ("U.N. Syria envoy X" is the UN's, not Syria's). A capital counts as the government when it acts (subject of a
verb: "Beijing said"), and as a place otherwise ("talks in Beijing").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from anyascii import anyascii
import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from wordfreq import zipf_frequency

from eventwire.model import Entity, Mention
from eventwire.nlp.kb import (FAMILY_NAME_FIRST, HEAD_OFFICES, HONORIFICS, OFFICE_ORDER, SURNAME_OFFICES,
                              WESTERN_GIVEN_NAMES, KnowledgeBase, load_kb)
from eventwire.nlp.spans import EVENT_ORG_PARENT

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
POSSESSIVE = re.compile(r"\s*['’]s?$")
#: A company's legal form at the end of its name ("Time Warner Inc", "Exxon Mobil Corp", "Rosneft PJSC").
CORPORATE = re.compile(r"\s(?:Inc|Corp|Corporation|Co|Cos|Ltd|LLC|PLC|plc|Holdings|AG|SA|NV|SE|GmbH|LP|PJSC|"
                       r"OAO|OJSC|AB|ASA|SpA|BV)\.?$")
TITLE_WORDS = frozenset("foreign defence defense interior finance trade economy deputy first vice prime chief "
                        "senior former acting state national security press minister ministry secretary president "
                        "spokesman spokeswoman spokesperson chancellor premier general ambassador envoy governor "
                        "senator sen. rep. representative lawmaker leader chairman head director commander "
                        "adviser advisor staff army crown prince special high commissioner affairs of the".split())


@dataclass
class _Actor:
    key: str
    type: str
    name: str
    country: str | None = None
    role: str | None = None
    title: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def add(self, span: Span) -> None:
        self.mentions.append(Mention(span.start_char, span.end_char, span.text))
        if span.text not in self.aliases:
            self.aliases.append(span.text)

    def entity(self) -> Entity:
        mentions = tuple(sorted(set(self.mentions), key=lambda m: (m.start, m.end)))
        return Entity(self.key, self.name, self.type, self.country, self.role, self.title, tuple(self.aliases), mentions)


def _gazetteer(vocab, kb: KnowledgeBase) -> tuple[PhraseMatcher, PhraseMatcher]:  # type: ignore[no-untyped-def]
    """Phrase matchers over the names of countries, nationalities, capitals, seats of government and
    international bodies of the knowledge files (case-folded; two-letter codes as written), built once per
    vocabulary."""
    found = _GAZETTEERS.get(id(vocab))
    if found is not None:
        return found
    matcher = PhraseMatcher(vocab, attr="LOWER")
    groups: dict[str, set[str]] = {"GPE": set(), "NORP": set(), "ORG": set()}
    for c in kb.countries.values():
        groups["GPE"].update((c.name, *c.aliases, *c.capitals))
        groups["NORP"].update(c.demonyms)
        groups["ORG"].update((*c.seats, *c.military_seats))
    for org in {o.code: o for o in kb.orgs.values()}.values():
        groups["ORG"].update((org.name, *org.aliases))
        if re.fullmatch(r"[A-Z]{2,8}", org.code):
            groups["ORG"].add(org.code)
    make = spacy.blank("en", vocab=vocab).make_doc
    exact = PhraseMatcher(vocab, attr="ORTH")  # "US", "UN", "EU": only as written, never "us"
    for label, names in groups.items():
        docs = [make(n.lower()) for n in sorted(names) if n and n[:1].isupper()
                and len(n) > 2 and n.lower() not in GAZETTEER_STOP]
        matcher.add(label, docs)
        short = [make(n) for n in sorted(names) if len(n) == 2 and n.isupper() and n.isalpha()]
        if short:
            exact.add(label, short)
    _GAZETTEERS[id(vocab)] = (matcher, exact)
    return matcher, exact


#: Names too often common words at a sentence start to be taken as places without the NER's agreement.
GAZETTEER_STOP = frozenset({"chad", "georgia", "jordan", "turkey", "guinea", "niger", "china", "cuba", "peru",
                            "congress", "parliament", "government", "the government", "independence"})
_GAZETTEERS: dict[int, tuple[PhraseMatcher, PhraseMatcher]] = {}


def _add_known_names(doc: Doc, kb: KnowledgeBase) -> None:
    """Names of countries, nationalities and bodies the NER missed ("Uzbekistan finally opened ..."), added
    to ``doc.ents`` where they overlap nothing or hold the NER's entities whole ("Sierra Leonean" where the
    NER saw an organisation "Sierra"), so every component sees them."""
    matcher, exact = _gazetteer(doc.vocab, kb)
    new = []
    ents = list(doc.ents)
    at = {i: e for e in ents for i in range(e.start, e.end)}  # token -> the NER entity over it
    for match_id, start, end in [*matcher(doc), *exact(doc)]:
        if not doc[start].text[:1].isupper():
            continue
        overlapping = {id(at[i]): at[i] for i in range(start, end) if i in at}.values()
        if any(e.start < start or e.end > end or e.end - e.start == end - start for e in overlapping):
            continue  # the NER's entity is as long or longer, or crosses the name: it stands
        if doc[start].lower_ in GAZETTEER_STOP and end - start == 1 and doc[start].is_sent_start:
            continue
        new.append(Span(doc, start, end, label=doc.vocab.strings[match_id]))
    if new:
        doc.ents = filter_spans(ents + new)


#: Words of a title before a surname ("Attorney General Sessions", "Senator Johnson").
TITLE_WORDS = HONORIFICS | frozenset("attorney counsel adviser advisor aide director leader speaker envoy "
                                     "commander deputy candidate nominee".split())


def _add_surname_mentions(doc: Doc) -> None:
    """A surname standing alone that the NER missed ("Democrats want to question Sessions because he told
    ..."), made a mention where the article names a person of that surname in full; the surname is resolved
    to that person like any other. Only a capitalised word outside every entity, not part of a longer name
    ("Trump Tower", "Jeff Sessions"), is taken."""
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].text[:1].isupper()
                and e[-1].is_alpha and len(e[-1].text) > 2}
    if not surnames:
        return
    inside = {i for e in doc.ents for i in range(e.start, e.end)}
    new = []
    for t in doc:
        if t.text not in surnames or t.i in inside or not (
                t.pos_ == "PROPN" or t.pos_ == "NOUN" and not t.is_sent_start or  # "question Rivers" as a noun
                t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.tag_ == "NNS" and t.i + 1 < len(doc) and
                doc[t.i + 1].lower_ != "of"):  # "Sessions on Friday defended ...": a plural noun at the start
            continue
        before = doc[t.i - 1] if t.i > 0 else None
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if before is not None and before.text[:1].isupper() and not before.is_sent_start and \
                before.lower_.rstrip(".") not in TITLE_WORDS:
            continue
        if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
            continue
        new.append(Span(doc, t.i, t.i + 1, label="PERSON"))
    if new:
        doc.ents = filter_spans(list(doc.ents) + new)


def _office_matcher(vocab, kb: KnowledgeBase) -> PhraseMatcher:  # type: ignore[no-untyped-def]
    """A case-sensitive matcher over the names of the office files' holders, and their surnames alone."""
    found = _PEOPLE.get(id(vocab))
    if found is not None:
        return found
    matcher = PhraseMatcher(vocab, attr="ORTH")
    make = spacy.blank("en", vocab=vocab).make_doc
    names = {n for offices in kb.offices.values() for o in offices for n in (o.name, *o.aliases)}
    matcher.add("FULL", [make(n) for n in sorted(names) if " " in n])
    surnames = {n.split()[-1] for n in names if " " in n}
    surnames |= {o.name.split()[0] for offices in kb.offices.values() for o in offices
                 if o.country in FAMILY_NAME_FIRST and " " in o.name
                 and o.name.split()[0].lower() not in WESTERN_GIVEN_NAMES}
    matcher.add("SURNAME", [make(n) for n in sorted(surnames) if n[:1].isupper() and len(n) > 2])
    _PEOPLE[id(vocab)] = matcher
    return matcher


_PEOPLE: dict[int, PhraseMatcher] = {}
#: A surname this frequent as an English word ("May", "Brown", "King") is a name only where the NER says so.
COMMON_SURNAME_ZIPF = 5.0
#: One this frequent ("Grant", "Holder", "Kelly") is taken without the NER only for the holder of an office
#: the press names by the surname alone (SURNAME_OFFICES): "Grant money flowed" is no British ambassador.
HEAD_ONLY_SURNAME_ZIPF = 4.0


def _add_office_holders(doc: Doc, kb: KnowledgeBase, published: str | None, named: frozenset[str]) -> None:
    """Names of office holders the NER missed ("Trump and Putin met ..." with "Trump" untagged), added as
    persons where they overlap nothing: full names always, a surname alone when someone of that surname held
    an office of the files on the article's date (see _surname_holders) and the tagger reads it as a name."""
    matcher = _office_matcher(doc.vocab, kb)
    taken = {i: e for e in doc.ents for i in range(e.start, e.end)}
    new, replaced = [], set()
    for match_id, start, end in matcher(doc):
        surname = doc.vocab.strings[match_id] == "SURNAME"
        common = surname and _common_word_surname(doc[start], kb, published)
        if any(i in taken for i in range(start, end)):
            held = taken.get(start)
            if not (common and held is not None and held.label_ == "DATE" and len(held) == 1):
                continue
            replaced.add((held.start, held.end))  # "This month, May criticized ...": the prime minister
        if surname and not common:
            token = doc[start]
            zipf = zipf_frequency(token.lower_, "en")
            if zipf >= COMMON_SURNAME_ZIPF or token.tag_ not in ("NNP", "NNPS") and not _first_word_subject(token):
                continue
            held = [o for key in _surname_holders(kb.person_key(token.text), kb, published, named)
                    for o in kb.holders(key, published)]
            if not held or zipf >= HEAD_ONLY_SURNAME_ZIPF and not any(o.office in SURNAME_OFFICES for o in held):
                continue
        new.append(Span(doc, start, end, label="PERSON"))
    if new:
        kept = [e for e in doc.ents if (e.start, e.end) not in replaced]
        doc.ents = filter_spans(kept + new)


#: Words before a month name that make a capitalised common word a date, not a surname ("in May").
DATE_WORDS = frozenset("in on since until till by last next this early late mid from through during before after "
                       "of".split())


def _first_word_subject(token) -> bool:  # type: ignore[no-untyped-def]
    """A capitalised first word of a sentence that the tagger took for a common noun but that stands as the
    subject of the verb right after it ("Trump fired back at May"), or after an aside set off by commas
    ("Trump, by contrast, blasted ..."), after the article gave the full name."""
    if not (token.i == token.sent.start and token.text[:1].isupper() and token.dep_ == "nsubj" and
            token.head.tag_ in ("VBD", "VBZ") and token.head.i > token.i):
        return False
    between = token.doc[token.i + 1:token.head.i]
    if not len(between):
        return True
    # only an aside of the verb itself may stand between: "Trump, in a tweet, said"
    return between[0].text == "," and between[-1].text == "," and all(
        t.dep_ == "punct" or any(a.head == token.head and a.dep_ in ("prep", "advmod", "npadvmod")
                                 for a in [t, *t.ancestors]) for t in between)


def _common_word_surname(token, kb: KnowledgeBase, published: str | None) -> bool:  # type: ignore[no-untyped-def]
    """Whether a surname that is also a common word ("May", "Brown") names an office holder here: someone of
    that surname in office on the article's date whose full name the article gave earlier, the word
    capitalised inside a sentence and placed as a person is ("May criticized Trump", "told May"), not as a
    date ("in May", "May 5")."""
    if zipf_frequency(token.lower_, "en") < COMMON_SURNAME_ZIPF or not token.text[:1].isupper() or \
            token.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative", "pobj", "conj", "poss"):
        return False
    if token.i == token.sent.start and not _first_word_subject(token):
        return False
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before in DATE_WORDS or (after is not None and after.like_num):
        return False
    earlier = doc.text[:token.idx]
    return any(o.name in earlier for key in kb.by_surname.get(kb.person_key(token.text), ())
               for o in kb.holders(key, published))


def resolve_actors(doc: Doc, published: str | None = None) -> list[Entity]:
    """The actors of ``doc`` with their mentions, in order of first mention."""
    kb = load_kb()
    _add_known_names(doc, kb)
    _add_office_holders(doc, kb, published, _named_codes(list(doc.ents), kb))
    _add_surname_mentions(doc)
    spans = [s for s in (_trim(e) for e in doc.ents if e.label_ in ACTOR_LABELS) if s is not None]
    surnames = _full_names(spans, kb)
    named = _named_codes(spans, kb)
    actors: dict[str, _Actor] = {}
    for span in spans:
        actor = _resolve(span, kb, surnames, published, actors, named)
        if actor is not None:
            actor.add(span)
    ordered = sorted(actors.values(), key=lambda a: min(m.start for m in a.mentions))
    return [a.entity() for a in ordered if a.mentions]


OFFICE_OBJECTS = frozenset("state defense defence justice treasury commerce energy labor labour education health "
                           "agriculture transportation interior homeland security foreign affairs".split())


def _trim(ent: Span) -> Span | None:
    """The entity without a leading "the", honorifics and a possessive ending; None for the object of an
    office title ("State" in "Secretary of State")."""
    start, end = ent.start, ent.end
    doc = ent.doc
    if start >= 2 and doc[start - 1].lower_ == "of" and all(t.lower_ in OFFICE_OBJECTS for t in ent) \
            and doc[start - 2].lower_ in ("secretary", "minister", "ministry", "department", "secretaries", "ministers"):
        return None
    while start < end and (doc[start].lower_ in ("the", "a", "an") or
                           ent.label_ == "PERSON" and doc[start].lower_.rstrip(".") in HONORIFICS and end - start > 1):
        start += 1
    while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].is_punct
                           or ent.label_ == "PERSON" and not re.search(r"[A-Za-z]", doc[end - 1].text)):
        end -= 1
    if end <= start:
        return None
    span = Span(doc, start, end, label=ent.label_)
    return span if re.search(r"[A-Za-z]", span.text) else None


def _full_names(spans: list[Span], kb: KnowledgeBase) -> dict[str, list[tuple[int, str]]]:
    """surname -> [(token index, person key)] of every multi-word person name in the article."""
    found: dict[str, list[tuple[int, str]]] = {}
    for span in spans:
        if span.label_ == "PERSON" and len(span) > 1:
            inner = _inner_description(span, kb)
            key = kb.person_key(span[inner or 0:].text)
            if "-" in key:
                found.setdefault(key.rsplit("-", 1)[-1], []).append((span.start, key))
                if any(o.country in FAMILY_NAME_FIRST for o in kb.holders(key)):
                    # "Kim Jong Un ... Kim has called Trump a dotard": the family name comes first
                    found.setdefault(key.split("-", 1)[0], []).append((span.start, key))
    return found


def _named_codes(spans: list[Span], kb: KnowledgeBase) -> frozenset[str]:
    """The countries and bodies an article names (by name, nationality, capital, seat or body name): the
    codes that tell apart two office holders of one surname ("Aziz" in an article about Pakistan)."""
    codes = set()
    for span in spans:
        if span.label_ == "PERSON":
            continue
        text = POSSESSIVE.sub("", span.text)
        country = kb.country(text) or kb.demonym(text) or kb.capital(text)
        if country is not None:
            codes.add(country.iso3)
        seat = kb.seat(text)
        if seat is not None:
            codes.add(seat[0].iso3)
        org = kb.org(text)
        if org is not None:
            codes.add(org.country or BODY_OF.get(org.code, org.code))
    return frozenset(codes)


#: Bodies of orgs.tsv whose heads the office files list under the parent body (UN.tsv holds the High
#: Commissioners for Refugees and for Human Rights).
BODY_OF = {**EVENT_ORG_PARENT, "UNHCR": "UN", "OHCHR": "UN"}


def _resolve(span: Span, kb: KnowledgeBase, surnames: dict[str, list[tuple[int, str]]], published: str | None,
             actors: dict[str, _Actor], named: frozenset[str] = frozenset()) -> _Actor | None:
    text = POSSESSIVE.sub("", span.text)
    label = span.label_
    if label != "PERSON" and " " not in text and (kb.person_key(text) in surnames or (
            label == "ORG" and not kb.org(text) and not kb.country(text) and
            _surname_holders(kb.person_key(text), kb, published, named))):
        label = "PERSON"  # "Lavrov" tagged ORG where "Sergei Lavrov" is in the article, or in office that day
    elif label != "PERSON" and " " in text and kb.holders(kb.person_key(text)) and not (
            kb.org(text) or kb.country(text) or kb.seat(text)):
        label = "PERSON"  # "Staffan de Mistura" tagged ORG: the full name of someone in the office files
    if label == "PERSON":
        if kb.country(text) or kb.org(text) or kb.seat(text) or kb.demonym(text):
            # "Ugandan opposition candidates" tagged PERSON: a nationality, not a person
            return _resolve_place_or_org(span, text, kb, actors)
        people = _people_of(span, kb)
        if people is not None:
            return _resolve_people(text, people, actors)
        return _resolve_person(span, text, kb, surnames, published, actors, named)
    return _resolve_place_or_org(span, text, kb, actors)


def _resolve_person(span: Span, text: str, kb: KnowledgeBase, surnames: dict[str, list[tuple[int, str]]],
                    published: str | None, actors: dict[str, _Actor], named: frozenset[str] = frozenset()) -> _Actor:
    inner = _inner_description(span, kb)
    if inner is not None:  # "Jordanian King Abdullah" in one name: the name is "King Abdullah", and Jordanian
        text = span[inner:].text
    key = kb.person_key(text)
    if "-" not in key:  # a surname alone
        # the name as met before in the article, when it was not linked then: the second "Abdullah" after
        # "Jordanian King Abdullah"
        linked = key if f"person:{key}" in actors else _link_surname(key, span.start, kb, surnames, published, named)
        said = next((c for words in (span[:inner].text if inner else "", _premodifiers(span), _of_place(span))
                     for c in [_country_in(words, kb)] if c), None)
        held = {o.country for o in kb.holders(linked)}
        # not someone of another country: "Jordanian King Abdullah" is not Afghanistan's Abdullah Abdullah
        key = key if said and held and said not in held else linked
    current, known = kb.holders(key, published), kb.holders(key)
    # out of office, a person keeps the country of a state office held before, not a body's: Ban Ki-moon in
    # 2020 is no longer the UN's
    offices = current or [o for o in known if not (published and kb.is_body(o.country))]
    name = (current or known)[0].name if known else _clean_name(text)
    if known:
        key = kb.person_key(name)  # the key of the name the files write: "de Mistura" is Staffan de Mistura
    actor = actors.get(f"person:{key}")
    if actor is None:
        actor = actors[f"person:{key}"] = _Actor(f"person:{key}", "PERSON", name)
    elif "-" in key and len(name) > len(actor.name) and not offices:
        actor.name = name if len(name.split()) <= len(actor.name.split()) + 1 else actor.name
    _describe(actor, span, kb, published)
    if inner is not None:
        actor.country = actor.country or _country_in(span[:inner].text, kb)
        actor.role = actor.role or kb.role(span[:inner].text)
    if offices:
        office = _best_office(offices, published)
        if current and kb.is_body(office.country):
            # an official of a body acts for the body whatever the words beside the name say: the country
            # in "U.N. Syria envoy Staffan de Mistura" is the envoy's brief, and "envoy" is not a state's
            actor.country, actor.role = office.country, office.role
        # in office that day, the office's country wins over words near the name ("Pompeo, a critic of Iran,")
        actor.country = office.country if current else actor.country or office.country
        actor.role = actor.role or office.role
        actor.title = actor.title or office.title
    return actor


def _inner_description(span: Span, kb: KnowledgeBase) -> int | None:
    """Where the name begins in a person's span that opens with a nationality and a title the tagger took
    into the name ("Jordanian King Abdullah", "Saudi Crown Prince Mohammed"), else None."""
    if len(span) < 3 or kb.demonym(span[0].text) is None:
        return None
    i = 1
    while i < len(span) - 1 and (span[i].lower_.rstrip(".") in HONORIFICS or span[i].lower_ in TITLE_WORDS
                                 or span[i].lower_ in ("crown", "foreign", "prime")):
        i += 1
    return i if i > 1 else None


def _link_surname(surname: str, position: int, kb: KnowledgeBase, surnames: dict[str, list[tuple[int, str]]],
                  published: str | None, named: frozenset[str] = frozenset()) -> str:
    """The full-name key a surname refers to: the nearest full name before it, the only one, or the office
    holder of that surname on the article's date (of several, the only one whose country or body the article
    names, or the only head of state or government among holders of one country); else the surname itself."""
    candidates = surnames.get(surname, [])
    before = [key for pos, key in candidates if pos < position]
    if before:
        return before[-1]
    if len({key for _, key in candidates}) == 1:
        return candidates[0][1]
    if any(kb.holders(k, published) for k in kb.by_surname.get(surname, ())):
        holders = _surname_holders(surname, kb, published, named)
        # of several, the one whose country the article names: "Aziz" in 2015 is Pakistan's foreign affairs
        # adviser in an article on Pakistan, Mauritania's President in one on Mauritania
        pool = {k for k in holders if any(o.country in named for o in kb.holders(k, published))} or holders
        if len(pool) == 1:
            return pool.pop()
        # "Sharif" in 2015 is the Prime Minister, not the army chief of the same name
        heads = {k for k in pool if any(o.office in HEAD_OFFICES for o in kb.holders(k, published))}
        if len(heads) == 1 and len({o.country for k in pool for o in kb.holders(k, published)}) == 1:
            return heads.pop()
        return surname  # several holders, or none the article gives ground for
    # nobody of that name in office that day: the one who held an office most recently before it
    # ("Obama" in 2017 is Barack Obama; "Bush" in 2010 is the later Bush)
    past = []
    for k in kb.by_surname.get(surname, ()):
        # only former heads of state or government are still called by the surname alone years later
        ends = [o.end or o.start for o in kb.holders(k) if (not published or o.start[:4] <= published[:4])
                and o.office in HEAD_OFFICES]
        if ends:
            past.append((max(ends), k))
    if not past:
        return surname
    past.sort()
    if len(past) > 1 and past[-1][0][:4] == past[-2][0][:4]:
        return surname  # two holders of the same name ending the same year: undecidable
    return past[-1][1]


def _surname_holders(surname: str, kb: KnowledgeBase, published: str | None, named: frozenset[str]) -> set[str]:
    """Keys of the office holders of that surname in office on the date whom the surname alone may name: the
    holder of an office the press names so anywhere (SURNAME_OFFICES: "Putin", "Lavrov"), any other only in
    an article naming the holder's country or body ("Haley" beside "the United States"; "Ahmed" in a report
    from Cairo is not the UN's Yemen envoy)."""
    found = set()
    for key in kb.by_surname.get(surname, ()):
        held = kb.holders(key, published)
        if any(o.office in SURNAME_OFFICES or o.country in named for o in held):
            found.add(key)
    return found


def _best_office(offices: list, published: str | None):  # type: ignore[no-untyped-def]
    """The office that describes a person holding several: the first in OFFICE_ORDER (heads of state and
    government first), the earliest begun among equals."""
    rank = {office: n for n, office in enumerate(OFFICE_ORDER)}
    return sorted(offices, key=lambda o: (rank.get(o.office, len(rank)), o.start))[0]


def _clean_name(text: str) -> str:
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)


#: Countries whose people are named family name first ("Xi Jinping", "Kim Jong Un", "Nguyen Phu Trong").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM", "SGP", "KHM"})
#: Titles of persons sent to another state or body: in "the Russian ambassador to the United States" the
#: country after "to" is the host, not the envoy's own.
ENVOY_WORDS = frozenset("ambassador ambassadors envoy envoys representative emissary delegate delegation "
                        "mission consul charge chargé".split())
#: Party words of the United States that, with a legislator's title, make the legislator American
#: ("Republican Senator X", "Democratic Representative Y").
US_PARTY_WORDS = frozenset("republican republicans democratic democrat democrats gop".split())
US_LEGISLATOR_WORDS = frozenset("senator sen. senators representative rep. congressman congresswoman "
                                "congressmen lawmaker lawmakers".split())
HOST = re.compile(r"\b(?:%s)\s+(?:to|at|in)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*)+" % "|".join(ENVOY_WORDS), re.I)


def _describe(actor: _Actor, span: Span, kb: KnowledgeBase, published: str | None = None) -> None:
    """Country, role and title from the words that describe the name in the text."""
    for words in (_premodifiers(span), _apposition(span), _of_place(span)):
        if not words:
            continue
        country = _country_in(words, kb) or _patron_country(words, span, kb, published)
        role = kb.role(words)
        if actor.role == "igo":
            country = None  # "Russia's U.N. ambassador": the ambassador is Russian, the United Nations is not
        if country is None and role == "legislature":
            # "Senator X, Republican chairman of ...": the party may stand on the other side of the name
            lowered = set(f"{_premodifiers(span)} {_apposition(span)}".lower().split())
            if lowered & US_PARTY_WORDS and lowered & US_LEGISLATOR_WORDS:
                country = "USA"
        actor.country = actor.country or country
        actor.role = actor.role or role
        if role and not actor.title:
            title = " ".join(w for w in words.split() if w.lower() in TITLE_WORDS or w[0].isupper())
            title = " ".join(w for w in title.split() if not (country and kb.demonym(w)))
            actor.title = re.sub(r"^(?:(?:the|a|an|of)\s+)+|(?:\s+(?:the|of))+$", "", title.strip(), flags=re.I) or None


def _premodifiers(span: Span) -> str:
    """The words right before the name that modify it: "Russian Foreign Minister" in "Russian Foreign
    Minister Sergei Lavrov"."""
    doc = span.doc
    i = span.start
    skipped = 0  # the words of an envoy's host, which do not count toward the eight words looked at
    while i > 0 and i + skipped - span.start > -8:
        tok = doc[i - 1]
        envoy = _envoy_before(doc, i - 1)
        if envoy is not None:  # "then-Russian Ambassador to the United States Sergei Kislyak": go on past the host
            skipped += i - 1 - envoy
            i = envoy
            continue
        if tok.dep_ == "poss" and tok.pos_ == "PROPN":  # "Trump's son-in-law X", "Russia's President X"
            i -= 1
            break
        hyphen = tok.tag_ == "HYPH" or doc[i].tag_ == "HYPH"  # "son-in-law", "then-Russian"
        if not hyphen and (tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "PRON", "SCONJ") and tok.lower_ != "of"
                           or tok.dep_ in ("det", "poss")):
            break  # "a project involving Russian firms that Flynn ...": "that" ends what describes the name
        if not hyphen and tok.lower_ in ("the", "a", "an", "and", "said", "told", "by", "with", "to", "for"):
            break
        i -= 1
    return doc[i:span.start].text


def _of_place(span: Span) -> str:
    """A place named right after the name with "of" ("King Abdullah of Jordan"), else ""."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return ""
    j = span.end + 1
    if doc[j].lower_ == "the":
        j += 1
    k = j
    while k < len(doc) and k - j < 4 and doc[k].ent_type_ == "GPE":
        k += 1
    return doc[j:k].text if k > j else ""


def _envoy_before(doc: Doc, i: int) -> int | None:
    """Where "ambassador to (the) X" starts when token ``i`` ends such a phrase's host name, else None."""
    j = i
    while j > 0 and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN":
        j -= 1
    if j == i:
        return None
    if doc[j].lower_ == "the":
        j -= 1
    if j > 0 and doc[j].lower_ in ("to", "at") and doc[j - 1].lower_ in ENVOY_WORDS:
        return j - 1
    return None


def _apposition(span: Span) -> str:
    """An apposition of the name ("X, a Chinese foreign ministry spokeswoman,") or the noun the name is in
    apposition to ("a Chinese foreign ministry spokeswoman, X")."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and not (span.start <= child.i < span.end):
            return " ".join(t.text for t in child.subtree)[:120]
    if root.dep_ == "appos" and root.head.i < span.start:
        head = root.head
        if head.dep_ == "pobj" and head.head.lower_ in ("to", "at") and head.head.head.lower_ in ENVOY_WORDS:
            head = head.head.head  # "Moscow's ambassador to the United States, X": X is the ambassador, not the host
        return " ".join(t.text for t in head.subtree if t.i < span.start and not t.is_punct)[:120]
    return ""


def _country_in(words: str, kb: KnowledgeBase) -> str | None:
    """The country a description names: a country, a demonym or a seat of government ("Washington's envoy"),
    leaving out the host of an envoy ("ambassador to the United States")."""
    words = HOST.sub(" ", words)
    tokens = re.findall(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?", words)
    for t in tokens:
        for candidate in (t, t.split()[0]):
            candidate = POSSESSIVE.sub("", candidate)
            c = kb.demonym(candidate) or kb.country(candidate)
            if c:
                return c.iso3
            seat = kb.seat(candidate)
            if seat:
                return seat[0].iso3
            capital = kb.capital(candidate)
            if capital and re.search(re.escape(candidate) + r"\s*['’]s\b", words):  # "Washington's envoy"
                return capital.iso3
    return None


def _patron_country(words: str, span: Span, kb: KnowledgeBase, published: str | None) -> str | None:
    """The country of an office holder whose person the description says this one is ("Trump's son-in-law",
    "Putin's spokesman"): the holder is known by surname on the article's date."""
    named = re.findall(r"([A-Z][\w-]+)\s*['’]s\b", words) + re.findall(
        r"\b(?:ex-|former\s+)?([A-Z][a-z]+)\s+(?:campaign\s+|administration\s+|transition\s+)?"
        r"(?:aide|aides|adviser|advisers|advisor|spokesman|spokeswoman|lawyer|envoy|official|officials)\b", words)
    # "a former adviser to President Donald Trump", "a spokesman for Russian President Vladimir Putin": the
    # last word of the capitalised run after "to"/"for" is the patron's surname
    named += [run.split()[-1] for run in re.findall(
        r"\b(?:aide|adviser|advisor|spokesman|spokeswoman|spokesperson|lawyer|attorney|envoy)s?\s+(?:to|for)\s+"
        r"(?:the\s+)?((?:[A-Z][\w.-]*\s+)*[A-Z][\w-]+)", words)]
    for name in named:  # "Trump's son-in-law", "a former Trump campaign adviser"
        holders = {o.country for k in kb.by_surname.get(kb.person_key(name), ()) for o in kb.holders(k, published)}
        if len(holders) == 1:
            return holders.pop()
    return None


def _people_of(span: Span, kb: KnowledgeBase) -> str | None:
    """The country of a people named by a nationality and a plural ("Bosnian Serbs", "Iraqi Kurds") that the
    small NER tags as a person."""
    if len(span) < 2 or span[-1].tag_ not in ("NNPS", "NNS") or not span[-1].text.endswith("s"):
        return None
    country = kb.demonym(span[0].text)
    return country.iso3 if country is not None else None


def _resolve_people(text: str, country: str, actors: dict[str, _Actor]) -> _Actor:
    """A people of a country ("Bosnian Serbs"), one actor per name in the article."""
    key = f"norp:{_slug(text)}"
    actor = actors.get(key)
    if actor is None:
        actor = actors[key] = _Actor(key, "NORP", text, country, None)
    return actor


def _resolve_place_or_org(span: Span, text: str, kb: KnowledgeBase, actors: dict[str, _Actor]) -> _Actor:
    found = _lookup(span, text, kb)
    key, kind, name, country, role = found
    actor = actors.get(key)
    if actor is None:
        actor = actors[key] = _Actor(key, kind, name, country, role)
    elif actor.name.isupper() and not name.isupper() and actor.name.lower() == name.lower():
        actor.name = name  # "MOSCOW (Reuters) -" named it first; "Moscow's ambassador" writes it as a name
    elif role == "business" and actor.role is None:
        actor.role, actor.name = role, name  # "AT&T" first, "AT&T Inc" later: a company, by its full name
    if kind in ("ORG", "PERSON"):
        _describe(actor, span, kb)
    return actor


def _lookup(span: Span, text: str, kb: KnowledgeBase) -> tuple[str, str, str, str | None, str | None]:
    """(id, type, canonical name, country, role) of a place, organisation or nationality."""
    found = _lookup_exact(span, text, kb)
    if found[0].startswith(("org:", "place:", "norp:")) and found[3] is None:
        # "Radical French" (farmers), "the Fatah Party": a known name under a word the NER took in
        shorter = _known_part(text, span.label_, kb)
        if shorter is not None:
            return _lookup_exact(span, shorter, kb)
    return found


#: Words for a kind of body that the press adds to a body's name ("the Fatah movement", "Hizbollah group").
BODY_WORDS = frozenset("party movement group faction militia organisation organization front".split())


def _known_part(text: str, label: str, kb: KnowledgeBase) -> str | None:
    """The part of a name the knowledge files know: the name without a trailing word for a kind of body,
    or the nationality at its end after a modifier ("Radical French" farmers; a country's name at the end
    is no such thing: "Air France")."""
    words = text.split()
    if len(words) < 2:
        return None
    if words[-1].lower() in BODY_WORDS and kb.org(" ".join(words[:-1])):
        return " ".join(words[:-1])
    last = words[-1]
    if kb.demonym(last) and (label != "ORG" or last[:1].isupper() and len(words) == 2):
        return last
    return None


def _lookup_exact(span: Span, text: str, kb: KnowledgeBase) -> tuple[str, str, str, str | None, str | None]:
    org = kb.org(text)
    if org:
        return f"org:{org.code}", "ORG", org.name, org.country, org.role
    seat = kb.seat(text)
    if seat:
        country, role = seat
        prefix = "gov" if role == "government" else "mil"
        return f"{prefix}:{country.iso3}", "ORG", f"{'Government' if prefix == 'gov' else 'Military'} of {country.name}", \
            country.iso3, role
    country = kb.country(text)
    demonym = kb.demonym(text)
    if country and (span.label_ != "NORP" or demonym is None):
        # "the Mozambique government" tagged NORP is still the country
        return f"country:{country.iso3}", "GPE", country.name, country.iso3, None
    if demonym and span.label_ in ("NORP", "GPE", "PERSON"):
        return f"norp:{demonym.iso3}", "NORP", demonym.demonyms[0] if demonym.demonyms else text, demonym.iso3, None
    capital = kb.capital(text)
    if capital and _acts(span):
        return f"gov:{capital.iso3}", "ORG", f"Government of {capital.name}", capital.iso3, "government"
    if capital:
        return f"place:{_slug(text)}", "GPE", text, capital.iso3, None
    label = span.label_ if span.label_ != "PERSON" else "ORG"
    region = kb.regions_place(text) if label == "ORG" and " " not in text and text[:1].isupper() else None
    if region is not None:  # a region the small NER tags as a body ("annexed Crimea"): a place of its country
        return f"place:{_slug(text)}", "GPE", text, region, None
    if label == "ORG":
        country = _country_in(text, kb)
        if CORPORATE.search(text):
            # "AT&T Inc" and then "AT&T": one company, keyed without its legal form
            bare = text
            while CORPORATE.search(bare):
                bare = CORPORATE.sub("", bare)  # "Zentrix Holdings PLC" is "Zentrix Holdings" is "Zentrix"
            return f"org:{_slug(bare)}", "ORG", text, country, kb.role(text) or "business"
        return f"org:{_slug(text)}", "ORG", text, country, kb.role(text)
    prefix = {"NORP": "norp"}.get(label, "place")
    if label in ("GPE", "LOC", "FAC") or (label == "NORP" and text[:1].isupper() and not text.endswith("s")):
        # a city or region, by its country ("Aleppo", "Darfur", "southern Lebanon"); the small NER also tags
        # some towns NORP ("the town of Samarra")
        where = kb.place(text)
        if where is not None:
            return f"place:{_slug(text)}", "GPE", text, where, None
    return f"{prefix}:{_slug(text)}", label, text, None, None


def _acts(span: Span) -> bool:
    """True when a place name stands for its government: the subject of a verb ("Moscow said")."""
    root = span.root
    return root.dep_ in SUBJECT_DEPS or (root.dep_ == "conj" and root.head.dep_ in SUBJECT_DEPS)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-")


@Language.factory("eventwire_actors")
def make_actors(nlp: Language, name: str) -> "ActorResolver":
    """spaCy factory: ``nlp.add_pipe("eventwire_actors")`` after the NER."""
    load_kb().place("")  # the knowledge files and the place index load here, once, not in the first batch
    return ActorResolver()


class ActorResolver:
    """Sets ``doc._.eventwire_entities`` from the NER entities and the knowledge files."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.eventwire_entities = resolve_actors(doc, doc._.eventwire_published)
        return doc
