"""Metadata stated in an article's own text: author, date, outlet and genre.

``clean_text`` hands these functions the lines before the body (``header``) and the body itself.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from eventwire.errors import LexiconError
from eventwire.ingest.dates import normalize_date

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|van|von|der|la|le|bin|al|el|ibn)){0,4}"
EDITOR_NOTE = re.compile(r"(?i)\b(?:this (?:article|story|piece|column) (?:was )?(?:written|reported) by|"
                         r"the (?:author|writer),?)\s+(" + _NAME + ")")
DATE_IN_LINE = re.compile(
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}\b))(?=\D|$|\d{1,2}:)", re.I)
URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2}|[a-z]{3})[/-](\d{1,2})(?:/|-|$)")
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
#: A dateline at the start of a line: a place in capitals, perhaps a region and an agency in brackets, then a
#: dash or a colon.
DATELINE = re.compile(r"(?m)^[A-Z][A-Z.'’ /-]{2,40}"          # the place in capitals
                      r"(?:,\s*[A-Z][\w.'’ -]{1,40})?"          # ", Palestinian Territories", ", Fla."
                      r"(?:\s*\([^()\n]{2,40}\))?"             # "(Reuters)"
                      r"\s*[-–—:]+\s+(?=\S)")
CREDIT = re.compile(r"\(([A-Z][\w .&'-]{1,40}?)\)\s*[-–—:]|^([A-Z][A-Za-z .&'-]{1,40}?)\s+[-–—]\s")
OPINION = re.compile(r"(?i)^(?:opinion|op-ed|commentary|column|editorial|perspective|guest (?:column|essay|opinion)|"
                     r"(?:opinion|guest|contributing) columnist|the opinion pages?)\b")
ANALYSIS = re.compile(r"(?i)^(?:analysis|news analysis)\b")
DISCLAIMER = re.compile(r"(?i)views (?:expressed|are) .{0,60}(?:own|those of the author|do not (?:necessarily )?reflect)")
OPINION_PATH = re.compile(r"/(?:opinion|opinions|commentary|commentisfree|op-ed|oped|op-eds|editorials?|columns?|columnists?|"
                          r"voices|blogs?/opinion)/")
ANALYSIS_PATH = re.compile(r"/(?:analysis|news-analysis)/")


@lru_cache(maxsize=1)
def outlets() -> tuple[dict[str, str], dict[str, str]]:
    """(domain -> display name, agency credit -> display name) from lexicon/outlets.tsv."""
    path = resources.files("eventwire.nlp") / "lexicon" / "outlets.tsv"
    domains: dict[str, str] = {}
    credits: dict[str, str] = {}
    rows = [r for r in path.read_text(encoding="utf-8").splitlines() if r.strip() and not r.startswith("#")]
    for number, row in enumerate(rows[1:], 2):
        parts = row.split("\t")
        if len(parts) != 3:
            raise LexiconError(f"{path}: row {number}: expected domain<TAB>name<TAB>credits")
        domain, name, names = parts
        domains.setdefault(domain.lower(), name)
        for credit in filter(None, names.split("|")):
            credits[credit] = name
    return domains, credits


def outlet_for_url(url: str | None) -> str | None:
    """The display name of the site a URL belongs to, else its bare domain, else None."""
    host = (urlsplit(url).hostname or "") if url else ""
    if not host:
        return None
    host = host.removeprefix("www.")
    domains, _ = outlets()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = domains.get(".".join(parts[i:]))
        if name:
            return name
    return host


def _url_date(url: str | None) -> str | None:
    m = URL_DATE.search(urlsplit(url).path.lower()) if url else None
    if not m:
        return None
    year, month, day = m.groups()
    number = MONTHS.get(month) if month.isalpha() else int(month)
    if number and 1 <= number <= 12 and 1 <= int(day) <= 31:
        return f"{year}-{number:02d}-{int(day):02d}"
    return None


def _numeric(text: str) -> str | None:
    """"18.11.2019" -> 2019-11-18; "11/14/19" -> 2019-11-14; "05.06.2019" is ambiguous -> None."""
    a, b, year = (int(x) for x in re.split(r"[./]", text))
    year = year + 2000 if year < 100 else year
    if a > 12 >= b:
        return f"{year}-{b:02d}-{a:02d}"
    if b > 12 >= a:
        return f"{year}-{a:02d}-{b:02d}"
    return None


def find_outlet(text: str, header: list[str], url: str | None) -> str | None:
    """An agency credit in the dateline ("MADRID (AP) —"), else the site of the URL."""
    _, credits = outlets()
    for line in [text[:200], *header[-8:]]:
        for m in CREDIT.finditer(line):
            name = credits.get((m.group(1) or m.group(2) or "").strip())
            if name:
                return name
        for credit, name in credits.items():
            if len(credit) > 3 and re.match(rf"^{re.escape(credit)}\b", line) and DATE_IN_LINE.search(line):
                return name
    return outlet_for_url(url)


def find_genre(header: list[str], text: str, url: str | None, title: str | None, near: list[str] | None = None) -> str:
    """``opinion`` or ``analysis`` where labels ("Opinion", "Analysis by Jane Roe"), the URL or a disclaimer say so;
    else ``news``. ``near`` are the lines next to the headline."""
    path = urlsplit(url).path.lower() if url else ""
    labels = [line.strip() for line in header[-10:] + (near or [])] + [title or ""]
    if OPINION_PATH.search(path) or any(OPINION.match(x) for x in labels) or DISCLAIMER.search(text[-1500:]):
        return "opinion"
    if ANALYSIS_PATH.search(path) or any(ANALYSIS.match(x) for x in labels):
        return "analysis"
    return "news"


# ---------------------------------------------------------------------------------------------------------------
# Bylines. A byline names one or more people, perhaps with a lead word ("By", "Analysis by"), an outlet or agency
# ("Jane Roe, Reuters", "John Doe | Example News", "Jane Roe Associated Press"), a job title ("Staff Writer"), a
# handle ("@janeroe") or a time stamp. ``byline`` reads the names and says how sure the reading is.

# Capitalised words that are never part of a person's name in a byline: outlets, jobs, institutions, sections,
# time words and the first words of place names.
NOT_NAME = frozenset("""
news press associated wire wires service services staff writer writers reporter reporters editor editors
correspondent correspondents columnist columnists contributor contributors contributing senior chief national
political politics sports sport business insider today times post journal herald tribune daily weekly gazette
telegraph guardian observer express mail star sun mirror standard chronicle bulletin courier globe review
magazine media network group agency bureau desk team digital online newsroom channel radio television tv
association institute university college council ministry department office company corporation inc ltd llc
foundation society center centre board committee commission government authority administration agencies
space nasa science health technology tech world international global europe european american africa asia
opinion analysis commentary editorial column blog feature features interview interviews review reviews video
videos photo photos photograph image images gallery getty share shares follow read more key points key
published updated posted modified min mins minute minutes hour hours ago comments comment print email save
home menu search close subscribe sign login account advertisement sponsored contact about privacy policy terms
breaking live latest trending top most popular related recommended watch listen overview articles article
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec am pm est edt pst pdt gmt utc
new north south east west saint san los las santa united great upper lower fort port mount lake
the of and for with from our your this that who what when where why how
ap afp upi pti ians cnn bbc nbc cbs abc npr pbs ips
check rights events deals tips guide story stories update updates weather traffic obituaries markets economy money
travel food style arts culture books music film movies games gaming auto autos cars estate jobs careers education
environment climate energy religion crime law justice military defense defence security elections election campaign
congress parliament police show festival cup league championship finals awards week year season edition special
report reports podcast podcasts newsletter newsletters shop store deals local view full closed policy
any all some every no more most my his her its their we you it is are be to in on at as by up out off over not
is was will can how why featured content contents opening closing morning evening briefing
facebook twitter email linkedin reddit pinterest instagram youtube whatsapp tumblr flipboard telegram snapchat tiktok
president minister prime secretary senator governor mayor king queen prince princess pope general dr mr mrs ms sir
lord rep sen gov judge justice ambassador chairman chairwoman ceo
""".split())
PARTICLES = frozenset("de da das dos du del della di van von der den ter ten la le bin ibn al el y".split())
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
JOB_WORDS = frozenset("""writer reporter correspondent columnist editor contributor producer journalist anchor author
staff senior chief contributing special foreign political national investigative sports business science health
white house editor-at-large""".split())
TOKEN = re.compile(r"@\w+|\d[\w:./-]*|[^\W\d_](?:[\w'’.-]*[^\W_])?\.?|[^\w\s]")
LEAD = re.compile(r"(?i)^(?:(?:analysis|opinion|commentary|column|review|story|words|written|text|report|interview|"
                  r"posted|filed|reported)"
                  r"\s+)?by\s*:?\s+")
MID_BY = re.compile(r"(?:^|(?<=[\s|/•·,;–—-]))(?:by|By|BY)\s*:?\s+(?=[A-Z])")
def _name_word(word: str) -> bool:
    letters = word.replace("'", "").replace("’", "").replace("-", "")
    if len(word) < 2 or not word[0].isupper() or not letters.isalpha() or word.lower() in NOT_NAME \
            or word.endswith(("'s", "’s")):
        return False
    inner = letters[1:]
    return not inner.isupper() and sum(c.isupper() for c in inner) <= 2


def _initial(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.(?:[A-Z]\.)?|[A-Z]", word))


def _title_case(word: str) -> str:
    """"MCCOY" -> "McCoy", "O'NEIL" -> "O'Neil", "SMITH-JONES" -> "Smith-Jones"."""
    out = word.capitalize()
    out = re.sub(r"^(Mc|O['’]|D['’])([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)
    return re.sub(r"-([a-z])", lambda m: "-" + m.group(1).upper(), out)


def _tokens(text: str) -> list[str]:
    text = re.sub(r"(?<=[a-z])(?=@)|(?<=[a-z])(?=[A-Z]{2,}[A-Za-z]*\b)", " ", text)  # "Roe@handle", "RoeOUTLET"
    tokens = []
    for token in TOKEN.findall(text):  # "Jane RoeStaff Writer", "Jane RoeView all posts"
        m = re.fullmatch(r"(.*[a-z])([A-Z][a-z]+)", token)
        if m and _name_word(m.group(1)) and (m.group(2).lower() in NOT_NAME or m.group(2).lower() in JOB_WORDS):
            tokens += [m.group(1), m.group(2)]
        else:
            tokens.append(token)
    # an upper-case byline ("JANE ROE, MARY DOE and PETER VAN DER BERG, AP"): title-case the leading run of
    # upper-case words, commas and "and"s; particles go lower case
    upper, i = [], 0
    while i < len(tokens) and (_upper_word(tokens[i]) or tokens[i] in (",", "&") or tokens[i].lower() == "and"):
        upper += [i] if _upper_word(tokens[i]) else []
        i += 1
    if len(upper) >= 2:
        for k in upper:
            t = tokens[k]
            tokens[k] = t.lower() if k and t.lower() in PARTICLES else _title_case(t)
        tokens = ["and" if t == "AND" else t for t in tokens]
    half = len(tokens) // 2
    if half >= 2 and len(tokens) % 2 == 0 and tokens[:half] == tokens[half:]:  # "Jane Roe Jane Roe"
        tokens = tokens[:half]
    return tokens


def _upper_word(token: str) -> bool:
    return token[0].isalpha() and token.isupper() and len(token.rstrip(".")) > 1 and token != "AND"


def _person(tokens: list[str], i: int) -> int:
    """The index after the person name starting at ``tokens[i]``, or ``i`` when none starts there.

    A name is a capitalised word, then up to two more, initials or particles ("Mary Clare Roe", "Trevor J. Doe",
    "Jan van der Berg", "Bruce Y. Lee Jr."); a word after an initial ends it.
    """
    if i >= len(tokens) or not _name_word(tokens[i]):
        return i
    j, names, after_initial = i + 1, 1, False
    while j < len(tokens) and names < 4:
        t = tokens[j]
        if _initial(t) and not after_initial:
            after_initial, j = True, j + 1
        elif t in PARTICLES:
            k = j
            while k < len(tokens) and tokens[k] in PARTICLES:
                k += 1
            if k == len(tokens) or not _name_word(tokens[k]):
                break
            j = k
        elif _name_word(t) and names < 3:
            names, j = names + 1, j + 1
            if after_initial:
                break
        else:
            break
    while j > i and _initial(tokens[j - 1]):  # a trailing capital is no initial: "Jane Roe A" of "Jane Roe AP"
        j -= 1
    if j < len(tokens) and tokens[j].lower().rstrip(",") in SUFFIXES:
        j += 1
    words = [t for t in tokens[i:j] if _name_word(t)]
    if len(words) < 2 and not any(_initial(t) for t in tokens[i:j]):
        return i
    if j < len(tokens) and tokens[j][:1].isupper() and tokens[j].lower() in INSTITUTIONS:
        return i  # "European Space Agency", "Example Research Institute": an organisation, not a person
    return j


FOLLOW_WORDS = frozenset("view see follow contact email articles posts stories profile bio".split())
MONTH_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thurs fri sat sun
january february march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec today yesterday updated published posted""".split())
PAPER_WORDS = frozenset("""news press times post journal herald tribune gazette chronicle leader register enquirer
inquirer sentinel examiner dispatch record independent advertiser monitor observer star sun mirror express mail
telegraph guardian standard bulletin courier globe democrat argus bee courant ledger beacon today wire services
network magazine review weekly daily""".split())
INSTITUTIONS = frozenset("""agency association institute university college council ministry department office company
corporation foundation society center centre board committee commission group bureau authority inc ltd llc
club league party union fund bank trust editorial newsroom""".split())


def _names(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Person names at the start of ``tokens`` joined by commas and "and", and the tokens after them."""
    names: list[str] = []
    i = 0
    while True:
        j = _person(tokens, i)
        if j == i:
            break
        names.append(" ".join(tokens[i:j]).replace(" ,", ","))
        i = j
        if i + 1 < len(tokens) and tokens[i].lower() in ("and", "&", ","):
            k = i + 2 if tokens[i] == "," and i + 2 < len(tokens) and tokens[i + 1].lower() == "and" else i + 1
            if _person(tokens, k) > k:
                i = k
                continue
        break
    return names, tokens[i:] if names else tokens


def _byline_rest(rest: list[str], outlet_names: frozenset[str]) -> bool:
    """What may follow the names on a byline without "By": a separator and an outlet, job or date; a handle;
    an outlet's name ("Associated Press", "Springfield Evening Leader")."""
    if not rest:
        return False
    first = rest[0]
    if first.startswith("@") or first[0].isdigit() or first.lower() in FOLLOW_WORDS:
        return True
    words = [t for t in rest if t[0].isalpha()]
    capitalised = all(w[0].isupper() or w.lower() in ("and", "of", "the") for w in words)
    outlet = " ".join(words).lower() in outlet_names or (capitalised and 0 < len(words) <= 5
                                                         and words[-1].lower() in PAPER_WORDS)
    if first in (",", "|", "-", "–", "—", "/", "•", "·", ":"):
        tail = rest[1:]
        if not tail:
            return True
        nxt = tail[0]
        return (nxt[0].isdigit() or nxt.startswith("@") or outlet or nxt.lower().rstrip(".") in MONTH_WORDS
                or (nxt[0].isupper() and nxt.lower() in JOB_WORDS)
                or (len(words) <= 4 and capitalised and words[0][0].isupper()))
    return outlet or first.isupper() or (first[0].isupper() and first.lower() in JOB_WORDS)


def byline(line: str) -> tuple[int, str | None]:
    """(strength, names) of a byline: 3 "By Jane Roe", 2 "Jane Roe, Reuters" / "Jane Roe @janeroe", 1 a bare
    "Jane Roe" (a name alone; only its place near the headline can tell), 0 no byline, -1 a byline that names
    no person ("By Reuters", "By Example News Staff")."""
    line = line.strip().strip("|•·").strip()
    if not line or len(line) > 160 or re.search(r"[a-z]/[A-Z]{2,}", line):  # "Jane Roe/AGENCY": a photo credit
        return 0, None
    m = LEAD.match(line)
    if m:
        tokens = _tokens(line[m.end():])
        names, _ = _names(tokens)
        if not names and tokens and _name_word(tokens[0]) and tokens[0].lower() not in _outlet_names():
            rest = line[m.end():].strip()[len(tokens[0]):].strip()  # one name: "by Regan March 3, 2021"
            if not rest or DATE_IN_LINE.match(rest) or rest[0] in ",|/•·–—-":
                names = [tokens[0]]
        if names:
            return 3, _join(names)
        return (-1, None) if tokens and tokens[0][:1].isupper() else (0, None)
    for m in MID_BY.finditer(line):
        prefix = line[:m.start()].rstrip()
        after_stamp = re.search(r"(?:\d|[|/•·,;–—-]|\b[AP]M|\b[A-Z]{2,4}T)$", prefix, re.I)  # "10:31 pm PST by"
        if prefix and len(prefix.split()) <= 12 and after_stamp:
            names, _ = _names(_tokens(line[m.end():]))
            if names:
                return 3, _join(names)
    dated = DATE_IN_LINE.match(line)  # "March 3, 2021 Jane Roe", "03/03/2021 | Jane Roe"
    if dated:
        time = r"^[\s,|/•·–—-]*(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?[\s,|/•·–—-]*"
        line = re.sub(time, "", line[dated.end():], flags=re.I)
    tokens = _tokens(line)
    if len(tokens) > 16:
        return 0, None
    names, rest = _names(tokens)
    if not names:
        return 0, None
    if dated:
        return (2 if not rest or _byline_rest(rest, _outlet_names()) else 1), _join(names)
    if not rest:
        return 1, _join(names)
    if _byline_rest(rest, _outlet_names()):
        return 2, _join(names)
    return 0, None


def _join(names: list[str]) -> str | None:
    seen: list[str] = []
    for name in names:
        name = name.strip(" ,;")
        if name and name not in seen:
            seen.append(name)
    return " and ".join(seen) or None


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    domains, credits = outlets()
    return frozenset(n.lower() for n in [*domains.values(), *credits])


def find_author(after: list[str], before: list[str], header: list[str], text: str,
                credits: list[str] | None = None) -> str | None:
    """The author(s) named by the byline nearest the headline.

    ``after`` are the lines after the headline (nearest first), ``before`` the lines before it (nearest first),
    ``header`` all lines before the body. "" when the byline names no person ("By Reuters"). A "By" line or a
    name with an outlet, job or handle counts anywhere after
    the headline, then a "By" line just above it, then a name alone right after the headline or next to a time
    stamp, then bylines further above. Else a "By" line anywhere
    before the body, else an editor's note naming the author.
    """
    found = {i: byline(x) for i, x in enumerate(after)}
    found_before = {i: byline(x) for i, x in enumerate(before)}
    stamps = [i for i, x in enumerate(after) if is_stamp(x)]
    for i in found:  # a name two lines or more below the time stamp is a photo credit or a related story's
        if found[i][0] < 3 and stamps and stamps[0] < i - 1:
            found[i] = (0, None)
    for i in range(len(after)):  # the first byline after the headline names no person: there is no author
        if found[i][0] == -1:
            return ""
        if found[i][0] >= 2:
            break
    for strength in (3, 2):
        for i in range(len(after)):
            if found[i][0] == strength:
                return found[i][1]
    for i in range(min(len(before), 3)):
        if found_before[i][0] == 3:
            return found_before[i][1]
    for i in range(min(len(after), 4)):
        if found[i][0] == 1 and (i < 2 or _stamp_near(after, i)):
            return found[i][1]
    for strength in (3, 2):
        for i in range(len(before)):
            if found_before[i][0] == strength:
                return found_before[i][1]
    for i in range(min(len(before), 4)):
        if found_before[i][0] == 1 and _stamp_near(before, i):
            return found_before[i][1]
    for line in reversed(header):
        strength, names = byline(line)
        if strength == 3:
            return names
    for line in credits or []:
        names = reporting_credit(line)
        if names:
            return names
    m = EDITOR_NOTE.search(text[-600:]) if text else None
    return m.group(1).strip() if m else None


def reporting_credit(line: str) -> str | None:
    """The reporters of an agency's closing credit: "(Reporting by Jane Roe in Paris and John Doe; Editing by
    Max Muster)" -> "Jane Roe and John Doe"."""
    m = re.match(r"(?i)^\W{0,2}(?:additional )?reporting by\s+", line.strip())
    if not m:
        return None
    part = re.split(r"(?i);|\bwith\b|\b(?:additional )?(?:reporting|editing|writing) by\b", line.strip()[m.end():])[0]
    part = re.sub(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*", "", part)  # "in New York"
    names, _ = _names(_tokens(part))
    return _join(names)


def _stamp_near(lines: list[str], i: int) -> bool:
    return any(is_stamp(x) for x in lines[max(0, i - 2):i] + lines[i + 1:i + 3])


def is_stamp(line: str) -> bool:
    if len(line.split()) > 16:
        return False
    return bool(DATE_IN_LINE.search(line) or RELATIVE.search(line) or re.search(r"\d{1,2}:\d{2}", line))


# ---------------------------------------------------------------------------------------------------------------
# Time stamps. The article's own stamp stands next to its headline or byline; dates further away belong to
# related stories, captions or comments.

RELATIVE = re.compile(r"(?i)\b(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b|"
                      r"^(?:today|yesterday|just now)\b|^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}:\d{2}")
MARKER = re.compile(r"(?i)\b(?:last updated|updated|modified|edited|published|first published|posted|original|"
                    r"created|filed)\b")
NO_YEAR = re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})"
                     r"(?:st|nd|rd|th)?\b(?!\s*,?\s*(?:19|20)\d\d)(?![:.]\d)|"
                     r"\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
                     r"nov|dec)[a-z]*\b(?!\.?,?\s*(?:19|20)\d\d)")


def stamp(line: str, year: int | None = None) -> tuple[list[tuple[str, bool]], bool]:
    """The dates of a time-stamp line as (ISO date, is an update) pairs, and whether it holds a relative stamp
    ("2 hours ago", "Today 9:41"). A long line (a caption, a sentence) is no stamp. Dates without a year ("Nov 18,
    8:19 PM") count when ``year`` is known."""
    text = line.strip()
    if len(text.split()) > 16 and not MARKER.match(text):
        return [], False
    marks = [(m.start(), m.group(0).lower()) for m in MARKER.finditer(text)]

    def is_update(pos: int) -> bool:
        before = [word for start, word in marks if start < pos]
        return bool(before) and before[-1] in ("last updated", "updated", "modified", "edited")

    found = []
    for m in DATE_IN_LINE.finditer(text):
        iso = _numeric(m.group(0)) if re.fullmatch(r"[\d./]+", m.group(0)) else normalize_date(m.group(0))
        if iso:
            found.append((m.start(), iso, is_update(m.start())))
    if year and not found:
        for m in NO_YEAR.finditer(text):
            month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            number = MONTHS.get(month[:3].lower())
            if number and 1 <= int(day) <= 31:
                found.append((m.start(), f"{year}-{number:02d}-{int(day):02d}", is_update(m.start())))
    found.sort()
    return [(iso, update) for _, iso, update in found], bool(RELATIVE.search(text))


def find_date(after: list[str], before: list[str], header: list[str], url: str | None) -> str | None:
    """The publication date: the URL's when it has one, else the time stamp nearest the headline.

    ``after`` and ``before`` are the lines after and before the headline, nearest first; ``header`` all lines
    before the body. A date marked "Updated" counts only when the stamp gives no other. A relative stamp
    ("3 hours ago") next to the headline with no date beside it means the date is unknown.
    """
    from_url = _url_date(url)
    if from_url:
        return from_url
    year = _url_year(url)
    updated = None
    order = []
    for k in range(max(len(after), len(before))):
        order += [(after, k)] if k < len(after) else []
        if k < len(before) and not _related_stamp(before, k):
            order.append((before, k))
    for lines, k in order:
        dates, rel = stamp(lines[k], year)
        if not dates and not rel:
            continue
        # the stamp nearest the headline; "Updated" and "Published" may stand on the lines next to each other
        for line in lines[k:k + 3]:
            first = [iso for iso, update in stamp(line, year)[0] if not update]
            if first:
                return first[0]
            updated = updated or next((iso for iso, _ in stamp(line, year)[0]), None)
        return updated
    for line in reversed(header[-10:]):
        first = [iso for iso, update in stamp(line, year)[0] if not update]
        if first:
            return first[0]
    return None


def _related_stamp(before: list[str], k: int) -> bool:
    """A date above the headline under a line that reads as a headline (not a breadcrumb of section names):
    another story's headline and stamp."""
    above = before[k + 1] if k + 1 < len(before) else ""
    words = above.split()
    headline = len(words) >= 6 or (len(words) >= 4 and any(w[:1].islower() for w in words[1:]))
    return headline and above[:1].isupper() and not stamp(above)[0] and byline(above)[0] < 2


def _url_year(url: str | None) -> int | None:
    m = re.search(r"/((?:19|20)\d\d)/", urlsplit(url).path) if url else None
    return int(m.group(1)) if m else None
