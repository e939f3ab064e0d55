"""One event per real-world event: the reports of the same event across articles merged into one.

Two reports are the same event when they have the same actors (by country or body code; in either order for
meetings and other reciprocal actions), compatible CAMEO codes (the same root, or the intent/threat code of
an action and the action's root: "plans to impose sanctions" and "imposed sanctions"), and compatible dates
(one date inside the other's precision, or days at most one apart). A report without a date of its own joins
a dated event of the same actors and kind when its article appeared within a week after that date; reports
without any date are grouped by the week their articles appeared. A date that is only the article's
(``date_basis`` "report") counts as none for merging, and stands for the event only when no report gives one.
Historical references ("the 1950-53 war") keep their own date and are flagged ``historical``, so they never
count as the day's news.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from eventwire.model import Article, Event, EventActor

COOPERATION = {f"{i:02d}" for i in range(1, 9)}
CONFLICT = {f"{i:02d}" for i in range(9, 21)}
SYMMETRIC_ROOTS = {"03", "04", "05", "06", "19"}
UNDATED_WINDOW = 7  # days after an event in which an undated report of it may appear

PHRASES = {
    "010": "makes a statement on", "012": "warns about", "013": "is optimistic about", "016": "denies",
    "018": "expresses sympathy with", "020": "appeals to", "022": "appeals for cooperation from",
    "030": "offers to cooperate with", "033": "offers aid to", "036": "offers talks to", "040": "meets",
    "041": "holds a call with", "042": "visits", "043": "hosts", "045": "mediates for", "046": "negotiates with",
    "050": "cooperates diplomatically with", "051": "praises", "052": "defends", "054": "recognises",
    "055": "apologises to", "057": "signs an agreement with", "060": "cooperates with", "061": "cooperates "
    "economically with", "062": "cooperates militarily with", "064": "shares information with",
    "070": "gives aid to", "071": "gives economic aid to", "072": "gives military aid to",
    "073": "gives humanitarian aid to", "075": "grants asylum to", "080": "yields to", "084": "releases people "
    "or property of", "0841": "releases people of", "085": "eases sanctions on", "086": "allows access to",
    "0874": "withdraws forces from", "090": "investigates", "100": "makes demands of", "111": "criticises",
    "112": "accuses", "114": "complains about", "115": "sues", "116": "finds guilty", "120": "rejects",
    "128": "defies", "129": "vetoes", "130": "threatens", "141": "protests against", "143": "strikes or "
    "boycotts against", "144": "blocks", "150": "shows military force toward", "154": "mobilises forces against",
    "161": "cuts diplomatic ties with", "162": "cuts aid to", "163": "imposes sanctions on",
    "164": "halts talks with", "166": "expels or withdraws from", "170": "coerces", "171": "seizes property of",
    "1711": "confiscates property of", "1712": "destroys property of", "172": "imposes restrictions on",
    "173": "arrests or charges people of", "174": "expels people of", "175": "represses", "180": "uses violence "
    "against", "181": "takes hostages from", "182": "assaults", "186": "assassinates", "190": "attacks",
    "191": "blockades", "192": "occupies territory of", "193": "fights", "194": "shells", "195": "strikes from "
    "the air", "196": "violates a ceasefire with", "200": "uses mass violence against",
}
ROOT_PHRASES = {
    "01": "makes a statement on", "02": "appeals to", "03": "offers to cooperate with", "04": "consults",
    "05": "cooperates diplomatically with", "06": "cooperates with", "07": "gives aid to", "08": "yields to",
    "09": "investigates", "10": "makes demands of", "11": "criticises", "12": "rejects", "13": "threatens",
    "14": "protests against", "15": "shows force toward", "16": "reduces relations with", "17": "coerces",
    "18": "assaults", "19": "fights", "20": "uses mass violence against",
}


def actor_code(actor: EventActor | dict | None) -> str | None:
    """The code an event actor is compared by: country, else body, else its name in lower case."""
    if actor is None:
        return None
    if isinstance(actor, dict):
        return actor.get("country") or actor.get("org") or (actor.get("name") or "").lower() or None
    return actor.country or actor.org or (actor.name or "").lower() or None


def display_name(actor: EventActor | None) -> str | None:
    """The name for a summary line: a nationality stands for its country ("Russian" -> "Russia")."""
    if actor is None:
        return None
    if actor.id and actor.id.startswith("norp:") and actor.country:
        from eventwire.nlp.kb import load_kb

        country = load_kb().countries.get(actor.country)
        if country is not None:
            return country.name
    return actor.name


def phrase(cameo: str) -> str:
    """A short present-tense verb phrase for a CAMEO code ("imposes sanctions on")."""
    for n in (len(cameo), 3):
        if cameo[:n] in PHRASES:
            return PHRASES[cameo[:n]]
    return ROOT_PHRASES.get(cameo[:2], "acts toward")


def summarize(source: str | None, cameo: str, target: str | None, factuality: str = "asserted") -> str:
    """"China recalls ... Lithuania"-style one line: source, action, target, with the modality if not asserted."""
    who = source or "Someone"
    verb = phrase(cameo)
    text = f"{who} {verb} {target}" if target else f"{who} {verb.rsplit(' ', 1)[0] if verb.endswith((' on', ' to', ' with', ' of', ' from', ' toward', ' about', ' against', ' for')) else verb}"
    if factuality == "future":
        text = f"(planned) {text}"
    elif factuality == "hypothetical":
        text = f"(possible) {text}"
    elif factuality == "negated":
        text = f"(not) {text}"
    return text


@dataclass
class Report:
    """One event as one article reports it."""
    article: Article
    n: int
    event: Event

    @property
    def published(self) -> str | None:
        return self.article.published


@dataclass
class MergedEvent:
    event_id: str
    reports: list[Report] = field(default_factory=list)
    stories: dict[str, str] = field(default_factory=dict)

    def _common(self, get) -> Any:  # type: ignore[no-untyped-def]
        values = [get(r.event) for r in self.reports if get(r.event) is not None]
        return Counter(values).most_common(1)[0][0] if values else None

    @property
    def date(self) -> tuple[str | None, str | None]:
        # the dates the texts fix; only when none does, the date of the first report that stood in for one
        dated = Counter((r.event.date, r.event.date_precision) for r in self.reports if _text_date(r.event))
        if not dated:
            stood_in = sorted((r.event.date, r.event.date_precision) for r in self.reports if r.event.date)
            return stood_in[0] if stood_in else (None, None)
        return max(dated, key=lambda d: (len(d[0]), dated[d], d[0]))

    @property
    def cameo(self) -> str:
        return self._common(lambda e: e.cameo)

    @property
    def factuality(self) -> str:
        facts = [r.event.factuality for r in self.reports]
        for f in ("asserted", "future", "hypothetical", "negated"):
            if f in facts:
                return f
        return "asserted"

    def side(self, name: str) -> EventActor | None:
        actors = [getattr(r.event, name) for r in self.reports if getattr(r.event, name) is not None]
        if not actors:
            return None
        code = Counter(actor_code(a) for a in actors).most_common(1)[0][0]
        return next(a for a in actors if actor_code(a) == code)

    @property
    def historical(self) -> bool:
        d = self.date[0]
        first = min((r.published for r in self.reports if r.published), default=None)
        return bool(d and first and int(d[:4]) < int(first[:4]) - 1)

    def summary(self) -> str:
        src, tgt = self.side("source"), self.side("target")
        return summarize(display_name(src), self.cameo, display_name(tgt), self.factuality)

    def entry(self) -> dict[str, Any]:
        from eventwire.nlp.codebook import load_codebook

        book = load_codebook()
        cameo = self.cameo
        d, precision = self.date
        src, tgt = self.side("source"), self.side("target")
        published = sorted(r.published for r in self.reports if r.published)
        mentions = [{"article": r.article.id, "outlet": r.article.outlet, "published": r.published,
                     "sentence": r.event.sentence, "factuality": r.event.factuality,
                     "reported_by": r.event.reported_by}
                    for r in sorted(self.reports, key=lambda r: (r.published or "", r.article.id, r.n))]
        return {
            "event_id": self.event_id, "date": d, "date_precision": precision, "summary": self.summary(),
            "cameo": cameo, "action": book.name(cameo), "root": cameo[:2], "goldstein": book.goldstein(cameo),
            "quad_class": book.quad_class(cameo), "plover_type": (book.plover(cameo) or (None,))[0],
            "factuality": self.factuality, "historical": self.historical,
            "source": src.to_dict() if src else None, "target": tgt.to_dict() if tgt else None,
            "reciprocal": any(r.event.reciprocal for r in self.reports),
            "num_mentions": len(self.reports),
            "num_articles": len({r.article.id for r in self.reports}),
            "num_stories": len({self.stories.get(r.article.id, r.article.id) for r in self.reports}),
            "num_sources": len({r.article.outlet or r.article.id for r in self.reports}),
            "first_reported": published[0] if published else None,
            "last_reported": published[-1] if published else None,
            "mentions": mentions,
        }

    def row(self) -> list[Any]:
        e = self.entry()
        src, tgt = e["source"] or {}, e["target"] or {}
        return [e["event_id"], e["date"], e["date_precision"], e["summary"], e["cameo"], e["root"], e["quad_class"],
                e["goldstein"], e["plover_type"], e["factuality"], src.get("name"), actor_code(src or None),
                tgt.get("name"), actor_code(tgt or None), e["reciprocal"], e["num_mentions"], e["num_articles"],
                e["num_sources"], e["first_reported"], e["last_reported"], e["historical"]]

    def mention_rows(self) -> list[list[Any]]:
        return [[r.article.id, r.article.version, r.n, r.article.outlet, r.published, r.event.sentence,
                 r.event.start, r.event.end, r.event.factuality, r.event.confidence] for r in self.reports]


def _compatible(a: Event, b: Event) -> bool:
    """Same kind of action (the same three-digit code, or an action and its announced or threatened form) and
    modalities that can describe one event (what was planned can happen; what was only possible or denied is
    kept apart from what happened)."""
    if {a.factuality, b.factuality} & {"hypothetical", "negated"} and a.factuality != b.factuality:
        return False
    if a.cameo[:3] == b.cameo[:3]:
        return True
    return a.root != b.root and _compatible_roots(a.root, b.root)


def _compatible_roots(a: str, b: str) -> bool:
    if a == b:
        return True
    if "03" in (a, b):
        return (a if b == "03" else b) in COOPERATION
    if "13" in (a, b):
        return (a if b == "13" else b) in CONFLICT
    return False


def _day(d: str | None) -> date | None:
    if not d or len(d) < 10:
        return None
    try:
        return date.fromisoformat(d[:10])
    except ValueError:
        return None


def _dates_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    if a.startswith(b) or b.startswith(a):
        return True
    da, db = _day(a), _day(b)
    return bool(da and db and abs((da - db).days) <= 1)


def _dyad(e: Event) -> tuple[str | None, str | None] | None:
    s, t = actor_code(e.source), actor_code(e.target)
    if s is None and t is None:
        return None
    if e.reciprocal or e.root in SYMMETRIC_ROOTS:
        pair = sorted([s or "", t or ""])
        return pair[0] or None, pair[1] or None
    return s, t


@dataclass
class _Cluster:
    reports: list[Report]
    kinds: dict[tuple, Event]          # one event per distinct (actors, code, modality): what is compared
    date: str | None = None
    number: int = 0
    indexed: set = field(default_factory=set)

    def add(self, r: Report) -> None:
        self.reports.append(r)
        self.kinds.setdefault(_kind_key(r.event), r.event)
        if self.date is None and _text_date(r.event):
            self.date = r.event.date


def _text_date(e: Event) -> str | None:
    """The event's date when its text fixes it; a publication date standing in for none is no date to merge on
    (the same undated act reported on two days is one event)."""
    return e.date if e.date_basis != "report" else None


def _kind_key(e: Event) -> tuple:
    return (actor_code(e.source), actor_code(e.target), e.cameo[:3], e.factuality, e.reciprocal)


def merge_events(articles: Iterable[Article], stories: dict[str, str] | None = None) -> list[MergedEvent]:
    """The events of ``articles`` merged across articles, ordered by date, then first report.

    Reports are placed most specific first (dated, with a target), each into the first compatible cluster
    that shares its source (or, for reciprocal actions, either actor); a report without a target may join a
    cluster that has one, and an undated report joins the only dated cluster of its kind when there is one.
    """
    stories = stories or {}
    reports = [Report(a, n, e) for a in articles for n, e in enumerate(a.events) if _dyad(e) is not None]
    reports.sort(key=lambda r: (_text_date(r.event) is None, r.event.target is None,
                                -len(_text_date(r.event) or ""), r.published or "", r.article.id, r.n))
    clusters: list[_Cluster] = []
    index: dict[tuple, list[int]] = defaultdict(list)
    for r in reports:
        keys = _keys(r.event)
        candidates = sorted({i for k in keys for root in _root_block(r.event.root) for i in index.get((k, root), ())})
        home = _place(r, [clusters[i] for i in candidates])
        if home is None:
            home = _Cluster([], {}, number=len(clusters))
            clusters.append(home)
        home.add(r)
        for k in keys:  # the cluster is found under every actor and root of its reports
            if (k, r.event.root) not in home.indexed:
                home.indexed.add((k, r.event.root))
                index[(k, r.event.root)].append(home.number)
    merged = [MergedEvent(_event_id(c.reports), c.reports, stories) for c in clusters]
    merged.sort(key=lambda m: (m.date[0] or min((r.published or "9999") for r in m.reports), m.event_id))
    return merged


def _root_block(root: str) -> tuple[str, ...]:
    """The roots a report may merge with: its own, and an action's announced or threatened form (03x, 13x)."""
    if root == "03":
        return tuple(sorted(COOPERATION))
    if root == "13":
        return tuple(sorted(CONFLICT))
    return (root, "03") if root in COOPERATION else (root, "13")


def _keys(e: Event) -> list[str | None]:
    """The actor codes a report is indexed under: its source (both actors for reciprocal actions)."""
    s, t = actor_code(e.source), actor_code(e.target)
    if e.reciprocal or e.root in SYMMETRIC_ROOTS:
        return sorted({k for k in (s, t) if k}) or [None]
    return [s] if s else [f"target:{t}"]


def _same_actors(a: Event, b: Event) -> bool:
    sa, ta, sb, tb = actor_code(a.source), actor_code(a.target), actor_code(b.source), actor_code(b.target)
    if a.reciprocal or b.reciprocal or (a.root in SYMMETRIC_ROOTS and b.root in SYMMETRIC_ROOTS):
        pa, pb = {x for x in (sa, ta) if x}, {x for x in (sb, tb) if x}
        return pa <= pb or pb <= pa
    if sa != sb:
        return False
    return ta == tb or ta is None or tb is None


def _place(r: Report, clusters: list[_Cluster]) -> _Cluster | None:
    e = r.event
    own = _text_date(e)
    fitting: list[_Cluster] = []
    for c in clusters:
        if not any(_same_actors(e, k) and _compatible(e, k) for k in c.kinds.values()):
            continue
        if own:
            if c.date and not _dates_compatible(own, c.date):
                continue
            if not c.date and not _near(own, c.reports[0].published):
                continue
            return c
        fitting.append(c)
    if not fitting:
        return None
    # an undated report: the dated event reported within the week before it, else the only event of its kind
    near = [c for c in fitting if c.date and _within(r.published, c.date)]
    if near:
        return near[0]
    undated = [c for c in fitting if not c.date and _near(r.published, c.reports[0].published)]
    if undated:
        return undated[0]
    return fitting[0] if len(fitting) == 1 else None


def _within(published: str | None, event_date: str) -> bool:
    """True when an article published on ``published`` may report, undated, an event of ``event_date``."""
    p = _day(published)
    if p is None:
        return False
    if len(event_date) >= 10:
        first = last = _day(event_date)
    elif len(event_date) == 7:
        first = _day(f"{event_date}-01")
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1) if first else None
    else:
        first, last = _day(f"{event_date[:4]}-01-01"), _day(f"{event_date[:4]}-12-31")
    if first is None or last is None:
        return False
    return first <= p <= last + timedelta(days=UNDATED_WINDOW)


def _near(a: str | None, b: str | None) -> bool:
    da, db = _day(a), _day(b)
    if da is None or db is None:
        return a == b
    return abs((da - db).days) <= 3


def _event_id(members: Sequence[Report]) -> str:
    """A stable id: a hash of the first report's article id and event index."""
    first = min(members, key=lambda r: (r.published or "", r.article.id, r.n))
    return hashlib.blake2b(f"{first.article.id}#{first.n}".encode(), digest_size=8).hexdigest()
