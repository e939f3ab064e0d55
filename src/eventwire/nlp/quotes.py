"""Quotes: who said what, direct and reported, with the speaker resolved to an actor.

Direct quotations are found on the characters of the text, not on tokens: news text from bad conversions
has marks glued to words, closing marks missing at a paragraph's end, and quotations that run over several
paragraphs (an opening mark at each, a closing mark only at the end). The parse is then used around each
quotation, in the stretch of text outside the marks up to the sentence's end (its *attribution context*:
``, he said.``, ``Smith told reporters: ``), to find the speech verb and its subject.

Reported speech is found on the parse: a speech verb (lexicon/speech_verbs.tsv) with its content as a
clause ("said (that) ..."), an infinitive ("urged Congress to ..."), a prepositional object ("warned of
...") or a direct object ("criticised the plan"); and "according to X, ...".

Speakers are resolved with the article's actors (``doc._.eventwire_entities``): a named speaker to its
canonical actor; a pronoun to the most recent speaker or subject person that agrees in gender and number;
"the spokesman" to an earlier actor with that title; an unnamed source stays a description ("a senior EU
official"). A quotation with no speaker in its sentence takes the speaker of the quotation next to it
(``"A." "B," she said.``) or of the attribution just before it (a paragraph that continues a speech).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.model import Entity, Quote
from eventwire.nlp.spans import ActorIndex, person_genders

OPENERS = "\u201c\u201e\u00ab"          # “ „ «
CLOSERS = "\u201d\u00bb"                # ” »
STRAIGHT = '"'
SINGLE_OPEN, SINGLE_CLOSE = "\u2018", "\u2019"  # ‘ ’
SENTENCE_END = re.compile(r"[.!?](?=[\s\"\u201d\u2019)]|$)")
#: Words whose period does not end a sentence ("Sen. Smith", "U.S. officials", "Jan. 5").
ABBREVIATIONS = frozenset("mr mrs ms dr sen rep gov gen lt col maj capt sgt adm cmdr st jr sr prof rev hon pres "
                          "supt insp det amb u.s u.k u.n e.u inc corp co ltd no vs etc jan feb mar apr jun jul aug "
                          "sep sept oct nov dec mt ft ave blvd d r i ind".split())
DASH_SPEAKER = re.compile(r"\s*[\u2015\u2014\u2013-]{1,2}\s*(?=[A-Z])")
LABEL_SPEAKER = re.compile(r"^([A-Z][A-Z.'\- ]{1,30}[A-Z]):\s")
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
MAX_QUOTE_CHARS = 6000
#: Texts that speak for whoever issued them ("the statement added", "the letter said").
ISSUED_TEXTS = frozenset("statement communique communiqué release letter declaration memo memorandum notice".split())
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
SAID_FORMS = frozenset({"says", "said", "adds", "added", "told", "tells"})
PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f", "they": "p", "them": "p", "we": "p", "i": None,
            "it": "n"}
SO_CALLED = re.compile(r"\b(?:so[- ]called|dubbed|self-styled|termed|known as|titled|entitled|named)\s*$", re.I)
#: Nouns that report speech with a "that" clause: "X's claim that ...".
SPEECH_NOUNS = frozenset("claim assertion allegation warning promise pledge argument suggestion insistence statement "
                         "accusation denial admission contention belief charge threat vow assurance announcement "
                         "prediction complaint demand insinuation".split())
SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as vs".split())


@dataclass(frozen=True)
class SpeechVerb:
    lemma: str
    frames: frozenset[str]
    prepositions: frozenset[str]
    reported: bool


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, SpeechVerb]:
    """The speech-verb lexicon, by lemma."""
    path = resources.files("eventwire.nlp") / "lexicon" / "speech_verbs.tsv"
    rows = [r for r in path.read_text(encoding="utf-8").splitlines() if r.strip() and not r.startswith("#")]
    verbs = {}
    for row in rows[1:]:
        cells = (row.split("\t") + ["", "", ""])[:4]
        lemma, frames, preps, reported = (c.strip() for c in cells)
        verbs[lemma] = SpeechVerb(lemma, frozenset(frames.split()), frozenset(p for p in preps.split("|") if p),
                                  reported != "no")
    return verbs


# --------------------------------------------------------------------------------------------------------
# direct quotations on the characters


@dataclass
class Quoted:
    """A quotation found on the characters: its pieces of content (without the marks) and where its marks are."""
    pieces: list[tuple[int, int]]
    open_mark: int          # index of the opening mark
    close_mark: int | None  # index of the closing mark; None when it was missing
    paragraph: int          # index of the paragraph of the opening mark

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    @property
    def after(self) -> int:
        """The index just past the quotation (its closing mark, or its end when the mark is missing)."""
        return self.close_mark + 1 if self.close_mark is not None else self.end


def sentence_ends(text: str, start: int, end: int, first: bool = False) -> list[int]:
    """Offsets just past each sentence-final mark in ``text[start:end]`` that is not an abbreviation's or an
    initial's period."""
    out = []
    for m in SENTENCE_END.finditer(text, start, end):
        nxt = text[m.end():m.end() + 3].lstrip()
        if nxt[:1] == ")" or nxt[:1].islower():
            continue
        if text[m.start()] == ".":
            w = re.search(r"([A-Za-z.]+)$", text[max(start, m.start() - 12):m.start()])
            word = w.group(1).lower() if w else ""
            if word in ABBREVIATIONS or (len(word) == 1 and text[m.start() - 1].isupper()) or \
                    re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
                continue
        out.append(m.end())
        if first:
            break
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _opens_at(text: str, i: int) -> bool:
    """A mark that reads as opening: at a start or after a space or bracket, and before a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{\u2014\u2013-:/" or before in OPENERS) and not after.isspace()


def _closes_at(text: str, i: int) -> bool:
    """A mark that reads as closing: after a word or punctuation, not before a word."""
    before = text[i - 1] if i > 0 else " "
    return not before.isspace()


def find_quoted(text: str, headline: bool = False) -> list[Quoted]:
    """The double-quoted stretches of ``text`` (and single-quoted ones outside them), in order.

    Straight and curly marks are read alike. A paragraph that ends inside a quotation continues it when the
    next paragraph opens with a mark; otherwise the quotation closes at the paragraph's end (a closing mark
    lost in conversion). Unbalanced marks are read by their surroundings, so ``said.”The`` still closes.
    """
    found: list[Quoted] = []
    paras = _paragraphs(text)
    pending: Quoted | None = None
    for p, (ps, pe) in enumerate(paras):
        open_at: int | None = None
        if pending is not None:
            first = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip())
            if first < pe and (text[first] in OPENERS or text[first] == STRAIGHT):
                open_at = first
            else:
                found.append(pending)
                pending = None
        i = ps
        depth = 0  # curly quotations nested inside the open one ("... what he calls “hell” than ...")
        while i < pe:
            ch = text[i]
            if i == open_at:
                i += 1
                continue
            is_open = ch in OPENERS
            is_close = ch in CLOSERS
            if open_at is not None and ch in OPENERS and not _closes_at(text, i) and \
                    sum(text.count(c, i, pe) for c in CLOSERS) >= depth + 2:
                depth += 1
                i += 1
                continue
            if depth and is_close:
                depth -= 1
                i += 1
                continue
            if ch == STRAIGHT:
                if i > 0 and text[i - 1].isdigit() and open_at is None:
                    i += 1  # 12" (inches)
                    continue
                is_open, is_close = open_at is None, open_at is not None
            if open_at is None:
                if is_open or (is_close and _opens_at(text, i) and not _closes_at(text, i)):
                    open_at = i
            elif is_close or (is_open and _closes_at(text, i)):
                piece = (open_at + 1, i)
                if pending is not None:
                    pending.pieces.append(piece)
                    pending.close_mark = i
                    found.append(pending)
                    pending = None
                else:
                    found.append(Quoted([piece], open_at, i, p))
                open_at = None
            elif is_open:
                # a new opening mark while one is open: the earlier mark was never closed
                _close_missing(found, pending, open_at, i, p, text)
                pending = None
                open_at = i
            i += 1
        if open_at is not None:
            piece = (open_at + 1, pe)
            if pending is not None:
                pending.pieces.append(piece)
            else:
                pending = Quoted([piece], open_at, None, p)
    if pending is not None:
        found.append(pending)
    found = [q for q in (_trimmed(q, text) for q in found) if q is not None]
    found.extend(_single_quoted(text, found, headline))
    found.sort(key=lambda q: q.open_mark)
    return found


def _close_missing(found: list[Quoted], pending: Quoted | None, open_at: int, at: int, p: int, text: str) -> None:
    end = at
    while end > open_at + 1 and text[end - 1].isspace():
        end -= 1
    if pending is not None:
        pending.pieces.append((open_at + 1, end))
        found.append(pending)
    else:
        found.append(Quoted([(open_at + 1, end)], open_at, None, p))


def _trimmed(q: Quoted, text: str) -> Quoted | None:
    pieces = []
    for s, e in q.pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
            e -= 1
        if e > s:
            pieces.append((s, e))
    if not pieces or pieces[-1][1] - pieces[0][0] > MAX_QUOTE_CHARS:
        return None
    return Quoted(pieces, q.open_mark, q.close_mark, q.paragraph)


def _single_quoted(text: str, doubles: list[Quoted], headline: bool) -> list[Quoted]:
    """‘Curly single’ quotations outside double ones (headline style), and 'straight' ones in headlines."""
    covered = [(q.open_mark, q.after) for q in doubles]
    out = []
    pairs = [(SINGLE_OPEN, SINGLE_CLOSE)] + ([("'", "'")] if headline else [])
    for opener, closer in pairs:
        for m in re.finditer(re.escape(opener), text):
            i = m.start()
            if not _opens_at(text, i) or any(s <= i < e for s, e in covered):
                continue
            j = i + 1
            while True:
                j = text.find(closer, j)
                if j < 0 or text.find("\n", i, j) >= 0:
                    j = -1
                    break
                nxt = text[j + 1] if j + 1 < len(text) else " "
                if not (nxt.isalnum()) and _closes_at(text, j):
                    break
                j += 1
            if j < 0 or j - i > 400:
                continue
            q = _trimmed(Quoted([(i + 1, j)], i, j, 0), text)
            if q is not None:
                out.append(q)
                covered.append((i, j + 1))
    return out


# --------------------------------------------------------------------------------------------------------
# the parse around quotations


@dataclass
class _Speaker:
    name: str | None
    text: str | None
    id: str | None
    entity: Entity | None = None


@dataclass
class _Found:
    quote: Quote
    paragraph: int
    start: int
    end: int
    speaker: _Speaker | None = None
    attributed: bool = False
    scare: bool = False
    after: int = 0
    extra: dict = field(default_factory=dict)


class QuoteFinder:
    """Finds the quotes of one Doc. ``find()`` returns them in text order."""

    def __init__(self, doc: Doc, headline: bool | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.index = ActorIndex(doc)
        self.verbs = speech_verbs()
        self.headline = headline if headline is not None else ("\n" not in self.text.strip() and len(doc) < 40)
        self._starts = [t.idx for t in doc]
        # Token.sent walks the whole Doc on each call: sentences are looked up by position instead
        self._sents = list(doc.sents)
        self._sent_starts = [sp.start for sp in self._sents]
        self.paras = _paragraphs(self.text)
        self._para_starts = [s for s, _ in self.paras]
        self._genders = person_genders(self.index.entities, self.text)
        # (char position, speaker) of every resolved speaker and person subject, for pronouns
        self._history: list[tuple[int, _Speaker]] = []

    # -- tokens and positions
    def tokens_between(self, start: int, end: int) -> list[Token]:
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end)
        return [self.doc[i] for i in range(lo, hi)]

    def sent_of(self, token: Token) -> Span:
        """The sentence of ``token`` (what ``token.sent`` gives, without its cost on long texts)."""
        return self._sents[bisect_right(self._sent_starts, token.i) - 1]

    def token_at(self, char: int) -> Token | None:
        i = bisect_right(self._starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect_right(self._para_starts, char) - 1)

    def sentence_text(self, start: int, end: int) -> str:
        first, last = self.token_at(start), self.token_at(max(start, end - 1))
        if first is None or last is None:
            return self.text[start:end]
        s = self.sent_of(first).start_char
        e = max(self.sent_of(last).end_char, end)
        return self.text[min(s, start):e].strip()

    # -- speakers
    def phrase(self, head: Token) -> Span:
        """The noun phrase of a speaker: the head with its left modifiers and short right modifiers."""
        left = head.left_edge.i
        right = head.i
        for child in head.rights:
            if child.dep_ in ("prep", "amod", "appos", "compound", "flat", "nummod", "acl") or \
                    (child.dep_ == "punct" and child.text == "," and any(c.dep_ == "appos" for c in head.rights)):
                right = max(right, child.right_edge.i)
        right = min(right, head.i + 14)
        while right > head.i and (self.doc[right].is_punct or "(" in self.doc[head.i:right + 1].text and
                                  ")" not in self.doc[head.i:right + 1].text):
            right -= 1
        while left < head.i and (self.doc[left].is_punct or self.doc[left].dep_ == "cc"):
            left += 1
        return self.doc[left:right + 1]

    def _bracketed(self, token: Token) -> bool:
        """True for a token inside round brackets on its line ("(D-Md.)")."""
        line_start = self.text.rfind("\n", 0, token.idx) + 1
        before = self.text[max(line_start, token.idx - 30):token.idx]
        return before.rfind("(") > before.rfind(")")

    def resolve(self, head: Token, at: int) -> _Speaker:
        """The speaker named by the noun phrase headed by ``head``."""
        if self._bracketed(head):
            # "Smith (D-Md.) said" parsed with the bracket as subject: the name before the bracket
            k = head.i
            while k > 0 and self.doc[k].text != "(":
                k -= 1
            if k > 0 and self.doc[k - 1].pos_ in ("PROPN", "NOUN"):
                head = self.doc[k - 1]
        low = head.lower_
        if head.pos_ == "PRON" or low in PRONOUNS:
            return self._pronoun(head, at)
        span = self.phrase(head)
        written = span.text
        entity = self.index.of_token(head)
        if entity is None:
            for child in head.children:
                if child.dep_ == "appos" and not self._bracketed(child):
                    hit = self.index.of_token(child)
                    if hit is not None and hit.type in ("PERSON", "ORG"):
                        entity = hit
                        break
        if entity is not None and entity.type in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"):
            return _Speaker(entity.name, written, entity.id, entity)
        # a definite description that names an earlier actor's title: "the spokesman", "the minister"
        if head.pos_ == "NOUN" and span[0].lower_ == "the" and len(span) <= 3:
            for pos, sp in reversed(self._history):
                e = sp.entity
                if pos < at and e is not None and e.title and head.lemma_.lower() in e.title.lower():
                    return _Speaker(e.name, written, e.id, e)
        modifier = None
        for child in head.lefts:
            if child.dep_ in ("compound", "amod", "nmod", "poss"):
                modifier = self.index.of_token(child) or modifier
        if modifier is None and head.pos_ == "NOUN" and head.lemma_.lower() in ISSUED_TEXTS and \
                span[0].lower_ == "the":
            # "..., the statement added": the statement speaks for whoever was last heard before it
            issuer = next((sp for pos, sp in reversed(self._history) if pos < at and at - pos <= 2000 and
                           sp.id is not None), None)
            if issuer is not None:
                return _Speaker(issuer.name, written, issuer.id, issuer.entity)
        text = re.sub(r"^(?:the|a|an)\s+", "", written, flags=re.I) if span[0].lower_ in ("the",) else written
        return _Speaker(text, written, modifier.id if modifier is not None else None, None)

    def _pronoun(self, head: Token, at: int) -> _Speaker:
        want = PRONOUNS.get(head.lower_)
        written = head.text
        for pos, sp in reversed(self._history):
            if pos >= at or at - pos > 3000:
                continue
            e = sp.entity
            if want in ("m", "f"):
                if e is None or e.type != "PERSON":
                    continue
                g = self._genders.get(e.id)
                if g is not None and g != want:
                    continue
                return _Speaker(sp.name, written, sp.id, e)
            if want == "p":
                if e is not None and e.type == "PERSON":
                    continue
                return _Speaker(sp.name, written, sp.id, e)
        return _Speaker(None, written, None, None)

    def remember(self, at: int, speaker: _Speaker | None) -> None:
        if speaker is not None and speaker.name:
            self._history.append((at, speaker))

    def subject_of(self, verb: Token) -> Token | None:
        """The subject of a speech verb, through coordination and participles ("..., saying")."""
        seen = 0
        while verb is not None and seen < 4:
            for child in verb.children:
                if child.dep_ in SUBJECTS and child.dep_ != "csubj":
                    return child
            for child in verb.children:
                if child.dep_ == "agent":
                    for grand in child.children:
                        if grand.dep_ == "pobj":
                            return grand
            if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in ("quote", "cite"):
                # "The Times quoted Feinstein as saying ...": the one quoted speaks
                quoted = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
                if quoted is not None:
                    return quoted
            if verb.dep_ in ("conj", "advcl", "xcomp", "acl", "relcl", "acomp") and verb.head is not verb:
                if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
                    return verb.head
                verb = verb.head
                seen += 1
                continue
            return None
        return None

    def _record_subjects(self) -> None:
        """Person subjects of verbs, as antecedents for pronouns ("Smith arrived. He said ...")."""
        for t in self.doc:
            if t.dep_ in ("nsubj", "nsubjpass"):
                e = self.index.of_token(t)
                if e is not None and e.type in ("PERSON", "ORG", "GPE"):
                    self._history.append((t.idx, _Speaker(e.name, t.text, e.id, e)))

    # -- the work
    def find(self) -> list[Quote]:
        self._record_subjects()
        quoted = find_quoted(self.text, self.headline)
        direct = [self._direct(q, quoted) for q in quoted]
        direct = self._join_split([d for d in direct if d is not None])
        # speakers first in text order so pronouns see earlier speakers
        self._history.sort(key=lambda p: p[0])
        indirect = self._indirect(quoted)
        self._inherit(direct, indirect)
        out = []
        seen: set[tuple[str, str]] = set()
        for f in sorted(direct + indirect, key=lambda f: (f.start, -f.end)):
            key = (f.quote.kind, WORD.sub(lambda m: m.group(0).lower(), f.quote.text).rstrip(" .,;:!?"))
            if key in seen:
                continue  # the same words found twice (a block quote also parsed as a clause)
            seen.add(key)
            sp = f.speaker or _Speaker(None, None, None)
            q = f.quote
            out.append(Quote(text=q.text, kind="scare" if f.scare else q.kind, partial=q.partial, speaker=sp.name,
                             speaker_text=sp.text, speaker_id=sp.id, cue=q.cue, start=q.start, end=q.end,
                             sentence=q.sentence))
        return out

    def _contexts(self, q: Quoted, quoted: list[Quoted]) -> tuple[int, int, int, int]:
        """The attribution context left and right of a quotation: (left start, left end, right start, right end)."""
        ps, pe = self.paras[self.paragraph_of(q.open_mark)]
        prev_end = max((o.after for o in quoted if o.after <= q.open_mark), default=ps)
        left_start = max(ps, prev_end)
        ends = sentence_ends(self.text, left_start, q.open_mark)
        if ends:
            left_start = ends[-1]
        last_para_end = self.paras[self.paragraph_of(q.end)][1]
        right_start = q.after
        next_open = min((o.open_mark for o in quoted if o.open_mark >= right_start), default=last_para_end)
        right_end = min(last_para_end, next_open)
        ends = sentence_ends(self.text, right_start, right_end, first=True)
        if ends:
            right_end = ends[0]
        return left_start, q.open_mark, right_start, right_end

    def _is_cue(self, t: Token) -> bool:
        if t.lower_ in SAID_FORMS:
            return True
        v = self.verbs.get(t.lemma_.lower())
        return v is not None and v.reported and t.pos_ in ("VERB", "AUX")

    def _cue_in(self, start: int, end: int, exclude: tuple[int, int],
                nearest_last: bool = False) -> tuple[Token, Token | None] | None:
        """A speech verb in ``[start, end)`` (the one nearest the quotation) and its subject (not inside it)."""
        toks = [t for t in self.tokens_between(start, end) if not (exclude[0] <= t.idx < exclude[1])]
        for t in (reversed(toks) if nearest_last else toks):
            if self._is_cue(t):
                subj = self.subject_of(t)
                if subj is not None and exclude[0] <= subj.idx < exclude[1]:
                    subj = None
                prev = self.doc[t.i - 1] if t.i > 0 else None
                if prev is not None and prev.pos_ in ("PROPN", "PRON") and start <= prev.idx and \
                        (subj is None or subj.pos_ == "NOUN" and subj.i != t.i - 1):
                    subj = prev  # "Trump boasted," where the parse took a noun further away
                if not nearest_last and (subj is None or subj.i > t.i):
                    # `"...," Flynn, a party adviser, said on Fox News`: the name right after the quotation and
                    # before the verb is the speaker, whatever the parse hung on the verb after it
                    before = [x for x in toks if x.i < t.i and x.pos_ in ("PROPN", "PRON")]
                    if before and before[0].i - toks[0].i <= 2:
                        first = before[0]
                        while first.i + 1 < t.i and self.doc[first.i + 1].pos_ == "PROPN":
                            first = self.doc[first.i + 1]
                        subj = first
                if subj is None:
                    subj = self._nearby_name(toks, t)
                return t, subj
        for t in toks:  # according to X
            if t.lower_ == "according" and t.i + 2 < len(self.doc) and self.doc[t.i + 1].lower_ == "to":
                target = self.doc[t.i + 2]
                for child in self.doc[t.i + 1].children:
                    if child.dep_ == "pobj":
                        target = child
                return t, target
        return None

    def _name_after(self, start: int, end: int) -> Token | None:
        """The head of the first name or noun phrase in ``[start, end)``."""
        toks = [t for t in self.tokens_between(start, end) if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if not toks:
            return None
        t = toks[0]
        while t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ == "PROPN" and self.doc[t.i + 1].idx < end:
            t = self.doc[t.i + 1]
        return t

    def _nearby_name(self, toks: list[Token], verb: Token) -> Token | None:
        """A noun phrase head right after an inverted speech verb ("said Smith") or just before it."""
        before = [t for t in toks if t.i < verb.i and t.pos_ in ("PROPN", "NOUN", "PRON")]
        if before and verb.i - before[-1].i <= 2:
            return before[-1]
        after = [t for t in toks if t.i > verb.i and t.pos_ in ("PROPN", "NOUN", "PRON") and not t.ent_type_ in (
            "DATE", "TIME")]
        if after and after[0].i - verb.i <= 3:
            t = after[0]
            while t.head.i != t.i and t.head in toks and t.head.pos_ in ("PROPN", "NOUN") and t.dep_ in (
                    "compound", "amod", "flat"):
                t = t.head
            return t
        return None

    def _direct(self, q: Quoted, quoted: list[Quoted]) -> _Found | None:
        text = " ".join(self.text[s:e] for s, e in q.pieces)
        words = WORD.findall(text)
        if not words:
            return None
        ls, le, rs, re_ = self._contexts(q, quoted)
        left = self.text[ls:le].strip()
        right = self.text[rs:re_].strip()
        right_cue = self._cue_in(rs, re_, (q.start, q.end))
        left_cue = self._cue_in(ls, le, (q.start, q.end), nearest_last=True)
        cue = right_cue or left_cue
        if right_cue is not None and left_cue is not None and left.endswith((",", ":")):
            # the attribution nearer the quotation wins: `X said: "..."` against `"...," X said`
            gap_right = len(self.tokens_between(rs, right_cue[0].idx))
            gap_left = len(self.tokens_between(left_cue[0].idx, le))
            if gap_left < gap_right:
                cue = left_cue
        dash = DASH_SPEAKER.match(self.text, rs) if cue is None else None
        if dash is not None:
            head = self._name_after(dash.end(), re_)
            if head is not None:
                cue = (None, head)
        label = LABEL_SPEAKER.match(text) if cue is None else None
        if label is not None and label.group(1).lower() not in ("q", "a"):
            head = self.token_at(q.start + label.end(1) - 1)
            if head is not None:
                cue = (None, head)
        embedded = bool(left) and not left.endswith((":", ","))
        if embedded:
            # a quotation inside a sentence belongs to the verb that governs it, not to any verb nearby
            subj, verb = self._governor_subject(q)
            if subj is not None:
                cue = (verb if verb is not None else subj.head, subj)
        headline_colon = None
        if cue is None and left.endswith(":") and len(left) < 80:
            toks = [t for t in self.tokens_between(ls, le) if t.pos_ in ("PROPN", "NOUN")]
            if toks:
                headline_colon = toks[-1]
        starts_sentence = not left or left.endswith(":") or (left.endswith(",") and cue is not None)
        if not starts_sentence and cue is not None:
            # "He said "..." " without a comma: a full quotation when only the attribution precedes it
            lt = self.tokens_between(ls, le)
            starts_sentence = bool(lt) and cue[0] is not None and lt[-1].i == cue[0].i and len(words) >= 6 \
                and self._is_cue(cue[0])
        partial = not starts_sentence
        closes = text.rstrip()[-1:] in ".!?,;:\u2014-" or not right or right[:1] in ".!?,;:" or cue is not None
        if partial is False and not closes and right and right[:1].isalpha() and cue is None:
            partial = True
        speaker_tok = None
        cue_tok = None
        if cue is not None:
            cue_tok, speaker_tok = cue
        elif headline_colon is not None:
            speaker_tok = headline_colon
        elif partial:
            speaker_tok, cue_tok = self._governor_subject(q)
        if SO_CALLED.search(left[-20:]):
            cue = None
        spoken = (cue is not None and (cue[0] is None or self._is_cue(cue[0]))) or headline_colon is not None
        scare = self._scare(words, partial, spoken)
        if partial and self._title_like(words) and re.search(r"(?:\b(?:on|in|at|of|from|for)|['’]s)\s*$", left):
            scare = True  # a programme or a book: `on Fox News's "Fox and Friends"`
        speaker = self.resolve(speaker_tok, q.open_mark) if speaker_tok is not None else None
        if speaker is not None and not scare:
            self.remember(q.open_mark, speaker)
        start, end = q.start, q.end
        quote = Quote(text=text, kind="direct", partial=partial, cue=cue_tok.text if cue_tok is not None else None,
                      start=start, end=end, sentence=self.sentence_text(min(ls, q.open_mark), max(re_, q.after)))
        side = None
        if cue is not None and cue[0] is not None:
            side = ("right" if cue[0].idx >= rs else "left", cue[0].i)
        return _Found(quote, q.paragraph, start, end, speaker, attributed=speaker_tok is not None, scare=scare,
                      after=q.after, extra={"left": left, "right": right, "cue": side, "open": q.open_mark,
                                            "words": len(words), "spoken": spoken})

    def _scare(self, words: list[str], partial: bool, spoken: bool) -> bool:
        """Scare quotes, titles and slogans: not the words of a speaker."""
        if len(words) <= 2:
            return True
        if not spoken and self._title_like(words):
            return True
        return partial and not spoken and len(words) <= 6

    @staticmethod
    def _title_like(words: list[str]) -> bool:
        content = [w for w in words if w.lower() not in SMALL_WORDS]
        caps = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
        return len(words) <= 8 and bool(content) and caps >= 0.8 * len(content)

    def _join_split(self, direct: list[_Found]) -> list[_Found]:
        """One record for a quotation interrupted by its attribution: ``"A," she said, "B."``."""
        out: list[_Found] = []
        for f in sorted(direct, key=lambda f: f.start):
            prev = out[-1] if out else None
            cue = f.extra.get("cue")
            if prev is not None and prev.paragraph == f.paragraph and prev.extra.get("cue") is not None \
                    and prev.extra["cue"][0] == "right" and (cue is None or cue[1] == prev.extra["cue"][1]) \
                    and f.extra["open"] - prev.after <= 120 and not f.quote.partial:
                q = prev.quote
                joined = Quote(text=f"{q.text} {f.quote.text}", kind="direct", partial=False, cue=q.cue,
                               start=q.start, end=f.quote.end, sentence=f"{q.sentence} {f.quote.sentence}"
                               if f.quote.sentence and f.quote.sentence not in (q.sentence or "") else q.sentence)
                words = prev.extra["words"] + f.extra["words"]
                out[-1] = _Found(joined, prev.paragraph, prev.start, f.end, prev.speaker, attributed=True,
                                 scare=self._scare(["w"] * words, False, True), after=f.after,
                                 extra={**prev.extra, "words": words, "joined": True})
                continue
            out.append(f)
        return out

    def _governor_subject(self, q: Quoted) -> tuple[Token | None, Token | None]:
        """For a quotation inside a sentence, the subject of the speech verb that governs it ("She said the
        treaty had become "..."": She), else of the nearest verb that governs it ("X called it "...""')."""
        first = self.token_at(q.start)
        if first is None:
            return None, None
        t = first
        nearest: tuple[Token | None, Token | None] | None = None
        for _ in range(10):
            if t.head.i == t.i:
                break
            t = t.head
            if (q.start <= t.idx < q.end) or t.pos_ not in ("VERB", "AUX"):
                continue
            subj = self.subject_of(t)
            if subj is not None and (q.start <= subj.idx < q.end):
                subj = None
            if self._is_cue(t) and subj is not None:
                return subj, t
            if nearest is None:
                nearest = (subj, None)
        return nearest if nearest is not None else (None, None)

    # -- reported speech
    def _indirect(self, quoted: list[Quoted]) -> list[_Found]:
        inside = sorted((q.open_mark, q.after) for q in quoted)
        starts = [s for s, _ in inside]

        def quoted_share(s: int, e: int) -> float:
            i = bisect_right(starts, e)
            cover = 0
            for j in range(max(0, i - 30), i):
                a, b = inside[j]
                cover += max(0, min(b, e) - max(a, s))
            return cover / max(1, e - s)

        def in_quote(char: int) -> bool:
            i = bisect_right(starts, char) - 1
            return i >= 0 and inside[i][0] <= char < inside[i][1]

        out: list[_Found] = []
        out.extend(self._colon_lines(in_quote))
        out.extend(self._block_quotes(in_quote))
        for t in self.doc:
            lemma = t.lemma_.lower()
            if t.pos_ == "NOUN" and lemma in SPEECH_NOUNS and not in_quote(t.idx):
                found = self._speech_noun(t, quoted_share)
                if found is not None:
                    out.append(found)
                continue
            if t.lower_ == "according" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to":
                found = self._according(t, quoted_share)
                if found is not None and not in_quote(t.idx):
                    out.append(found)
                continue
            verb = self.verbs.get(lemma)
            if verb is None or t.pos_ not in ("VERB", "AUX", "ADJ") or in_quote(t.idx):
                continue
            if t.pos_ == "ADJ" and t.dep_ not in ("acomp", "ROOT", "conj"):
                continue
            content = self._content(t, verb)
            inside_ok = False
            if content is None:
                content = self._parenthetical(t, verb)
                inside_ok = True
            if content is None:
                continue
            s, e = content
            if self.doc[s].lower_ == "to" and self.doc[s].dep_ == "aux":
                s += 1  # "vowed to act" reports "act": the infinitive's "to" is not the content
            span = self.doc[s:e]
            if len(WORD.findall(span.text)) < 3:
                continue
            if quoted_share(span.start_char, span.end_char) > 0.5 and (
                    in_quote(span.start_char) or quoted_share(span.start_char, span.start_char + 12) > 0.5):
                continue  # the content is a quotation already recorded as direct
            subj = self.subject_of(t)
            if subj is not None and in_quote(subj.idx):
                continue  # a parse broken by quotation marks
            if subj is not None and span.start <= subj.i < span.end and not inside_ok:
                subj = None
            speaker = self.resolve(subj, t.idx) if subj is not None else None
            self.remember(t.idx, speaker)
            text = span.text.strip()
            quote = Quote(text=text, kind="indirect", partial=False, cue=t.text, start=span.start_char,
                          end=span.end_char, sentence=self.sent_of(t).text.strip())
            out.append(_Found(quote, self.paragraph_of(t.idx), span.start_char, span.end_char, speaker,
                              attributed=subj is not None, after=span.end_char))
        return out

    def _content(self, verb: Token, sv: SpeechVerb) -> tuple[int, int] | None:
        """Token range [start, end) of a speech verb's content."""
        kids = list(verb.children)
        if "c" in sv.frames:
            clauses = [c for c in kids if c.dep_ == "ccomp" or (c.dep_ == "parataxis" and c.i < verb.i and sv.reported)]
            if clauses:
                # a clause after the verb ("noted that ...") before one the parse hung on it from the left
                c = next((c for c in clauses if c.i > verb.i), clauses[0])
                return c.left_edge.i, c.right_edge.i + 1
        if not sv.reported:
            # belief and feeling ("knows", "is worried"): only with a clause, an infinitive or a preposition
            if "x" in sv.frames and not any(c.dep_ == "nsubjpass" for c in kids):
                # "Haley is expected to meet Kabila": an expectation nobody named holds, not Haley's words
                for c in kids:
                    if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                        return self._ranged(c, c)
            return self._prepositional(verb, sv, kids) if "p" in sv.frames else None
        if "x" in sv.frames:
            for c in kids:
                if c.dep_ == "xcomp":
                    obj = next((k for k in kids if k.dep_ in ("dobj", "dative")), None)
                    return self._ranged(obj or c, c)
        if "p" in sv.frames:
            found = self._prepositional(verb, sv, kids)
            if found is not None:
                return found
        if "o" in sv.frames:
            for c in kids:
                if c.dep_ == "dobj":
                    end = c.right_edge.i + 1
                    # "described the move as reckless": keep the "as" complement
                    for k in kids:
                        if (k.dep_ == "prep" and k.lower_ == "as" or k.dep_ in ("oprd", "ccomp", "xcomp")) and k.i > c.i:
                            end = max(end, k.right_edge.i + 1)
                    return c.left_edge.i, end
        return None

    def _speech_noun(self, noun: Token, quoted_share) -> _Found | None:  # type: ignore[no-untyped-def]
        """"X's claim that ...", "a warning by X that ...", "X made the promise that ..."."""
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos")
                       and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
        if clause is None:
            return None
        span = self.doc[clause.left_edge.i:clause.right_edge.i + 1]
        if len(WORD.findall(span.text)) < 3 or quoted_share(span.start_char, span.end_char) > 0.5:
            return None
        who = next((c for c in noun.children if c.dep_ == "poss"), None)
        if who is None:
            by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
            who = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if who is None and noun.dep_ == "dobj":
            who = self.subject_of(noun.head)
        speaker = self.resolve(who, noun.idx) if who is not None and who.pos_ != "PRON" or \
            who is not None and who.lower_ in PRONOUNS else None
        quote = Quote(text=span.text, kind="indirect", partial=False, cue=noun.text, start=span.start_char,
                      end=span.end_char, sentence=self.sent_of(noun).text.strip())
        return _Found(quote, self.paragraph_of(noun.idx), span.start_char, span.end_char, speaker,
                      attributed=who is not None, after=span.end_char)

    def _block_quotes(self, in_quote) -> list[_Found]:  # type: ignore[no-untyped-def]
        """A paragraph set off after "Smith added:" or "The Times reports:" without marks (a block quote)."""
        out = []
        for (ps, pe), (ns, ne) in zip(self.paras, self.paras[1:]):
            if not self.text[ps:pe].rstrip().endswith(":") or self.text[ns] in OPENERS + STRAIGHT + SINGLE_OPEN:
                continue
            ends = sentence_ends(self.text, ps, pe)
            start = ends[-1] if ends and ends[-1] < pe - 1 else ps
            cue = self._cue_in(start, pe, (ns, ne), nearest_last=True)
            if cue is None or cue[1] is None or in_quote(ns):
                continue
            body = self.text[ns:ne].rstrip()
            if len(WORD.findall(body)) < 3:
                continue
            sp = self.resolve(cue[1], ns)
            self.remember(ns, sp)
            quote = Quote(text=body, kind="indirect", partial=False, cue=cue[0].text if cue[0] is not None else None,
                          start=ns, end=ns + len(body), sentence=self.text[start:pe].strip())
            out.append(_Found(quote, self.paragraph_of(ns), ns, ns + len(body), sp, attributed=True,
                              after=ns + len(body)))
        return out

    def _colon_lines(self, in_quote) -> list[_Found]:  # type: ignore[no-untyped-def]
        """A headline or a transcript line "Name: words": the words attributed to the name."""
        out = []
        for ps, pe in self.paras:
            line = self.text[ps:pe]
            m = re.match(r"\s*([^:\n]{2,40}?):\s+(?=\S)", line)
            if m is None or in_quote(ps + m.end()) or self.text[ps + m.end()] in OPENERS + STRAIGHT + SINGLE_OPEN:
                continue
            name_toks = self.tokens_between(ps + m.start(1), ps + m.end(1))
            if not name_toks or len(name_toks) > 5:
                continue
            label = m.group(1).strip()
            entity = next((self.index.of_token(t) for t in name_toks if self.index.of_token(t) is not None), None)
            if entity is None and not (label.isupper() and label.replace(" ", "").replace(".", "").isalpha()):
                continue
            if entity is not None and entity.type not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            start = ps + m.end()
            end = pe
            rest = self.text[start:end].rstrip()
            if len(WORD.findall(rest)) < 3:
                continue
            sp = _Speaker(entity.name, label, entity.id, entity) if entity is not None else _Speaker(label, label, None)
            self.remember(ps, sp)
            quote = Quote(text=rest, kind="indirect", partial=False, cue=":", start=start, end=start + len(rest),
                          sentence=line.strip())
            out.append(_Found(quote, self.paragraph_of(ps), start, start + len(rest), sp, attributed=True,
                              after=start + len(rest)))
        return out

    def _parenthetical(self, verb: Token, sv: SpeechVerb) -> tuple[int, int] | None:
        """"Though X, he said, Y ..." and "X, he said.": the attribution set off inside its content."""
        if not sv.reported or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
            head = verb.head  # "Scott had a gun, as police have said": the clause it comments on
            start, end = head.left_edge.i, verb.left_edge.i
            while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
                end -= 1
            return (start, end) if end - start >= 3 else None
        if verb.dep_ not in ("parataxis", "ROOT") or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            return None
        sent = self.sent_of(verb)
        subj = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
        first = subj.left_edge.i
        if first <= sent.start or self.doc[first - 1].text not in (",", "\u2014", "\u2013", "-"):
            return None
        start, end = sent.start, sent.end
        while end > start and (self.doc[end - 1].is_punct or self.doc[end - 1].is_space):
            end -= 1
        return start, end

    @staticmethod
    def _prepositional(verb: Token, sv: SpeechVerb, kids: list[Token]) -> tuple[int, int] | None:
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in sv.prepositions:
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if objs:
                    end = objs[0].right_edge.i + 1
                    # "called on X to stop ...", "ruled against X over Y": later complements belong to it
                    for k in kids:
                        if k.dep_ in ("xcomp", "advcl", "prep") and k.i > c.i:
                            end = max(end, k.right_edge.i + 1)
                    return objs[0].left_edge.i, end
        return None

    @staticmethod
    def _ranged(first: Token, last: Token) -> tuple[int, int]:
        return min(first.left_edge.i, last.left_edge.i), max(first.right_edge.i, last.right_edge.i) + 1

    def _according(self, t: Token, quoted_share) -> _Found | None:  # type: ignore[no-untyped-def]
        to = self.doc[t.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None and t.i + 2 < len(self.doc):
            pobj = self.doc[t.i + 2]
        if pobj is None:
            return None
        sent = self.sent_of(t)
        phrase_start = t.i
        phrase_end = max(pobj.right_edge.i, to.right_edge.i) + 1
        before = self.doc[sent.start:phrase_start]
        after = self.doc[phrase_end:sent.end]
        span = after if len(after) >= len(before) else before
        while len(span) and (span[0].is_punct or span[0].is_space):
            span = span[1:]
        while len(span) and (span[-1].is_punct or span[-1].is_space):
            span = span[:-1]
        if len(WORD.findall(span.text)) < 3 or quoted_share(span.start_char, span.end_char) > 0.5:
            return None
        speaker = self.resolve(pobj, t.idx)
        self.remember(t.idx, speaker)
        quote = Quote(text=span.text, kind="indirect", partial=False, cue="according to", start=span.start_char,
                      end=span.end_char, sentence=sent.text.strip())
        return _Found(quote, self.paragraph_of(t.idx), span.start_char, span.end_char, speaker, attributed=True,
                      after=span.end_char)

    # -- quotations without an attribution of their own
    def _inherit(self, direct: list[_Found], indirect: list[_Found]) -> None:
        direct.sort(key=lambda f: f.start)
        for i, f in enumerate(direct):
            if f.attributed or f.scare:
                continue
            nxt = direct[i + 1] if i + 1 < len(direct) else None
            if nxt is not None and nxt.attributed and nxt.paragraph == f.paragraph and \
                    not self.text[f.after:nxt.start - 1].strip(" \t\u00a0.,"):
                f.speaker = nxt.speaker
                continue
            prev = self._previous_attribution(f, direct[:i], indirect)
            if prev is not None:
                f.speaker = prev

    def _previous_attribution(self, f: _Found, before: list[_Found], indirect: list[_Found]) -> _Speaker | None:
        """The speaker of the nearest attribution before ``f`` in its paragraph or the one before it."""
        cands = [(b.start, b.speaker) for b in before if b.speaker is not None and not b.scare]
        cands += [(b.start, b.speaker) for b in indirect if b.speaker is not None]
        cands = [(s, sp) for s, sp in cands if s < f.start and self.paragraph_of(s) >= f.paragraph - 1]
        if not cands:
            return None
        return max(cands, key=lambda c: c[0])[1]


def extract_quotes(doc: Doc, headline: bool | None = None) -> list[Quote]:
    """The quotes of ``doc`` (actors must already be resolved by ``eventwire_actors``)."""
    if not doc.text.strip():
        return []
    return QuoteFinder(doc, headline).find()


@Language.factory("eventwire_quotes", requires=["doc._.eventwire_entities"], assigns=["doc._.eventwire_quotes"])
def make_quotes(nlp: Language, name: str) -> "QuoteExtractor":
    """spaCy factory: ``nlp.add_pipe("eventwire_quotes")`` after ``eventwire_actors``."""
    return QuoteExtractor()


class QuoteExtractor:
    """Sets ``doc._.eventwire_quotes``: direct quotations and reported speech with resolved speakers."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.eventwire_quotes = extract_quotes(doc)
        return doc
