"""Conferences: series names, ordinals, back-references, dates, places and subjects.

Rules, as a reader of this register states them:

- A conference is an ordinal (31st, thirty-first, XXXI) before a series name in any of its
  variants; "the Party's 13th National Congress" is a Party Congress.
- "the 21st (National) Conference on External Affairs" is the localities' conference.
- "since the 16th conference" (an ordinal of ten or more and "conference" alone) is in the
  series the article names with that ordinal, else in the one whose named ordinal is
  nearest (at most three apart); "the 12th conference of ..." is another meeting.
- A "national conference of foreign affairs" numbered 10 or more, or one spoken of with
  localities and provinces, is the localities' conference (external-affairs).
- "the conference", "the event", "the meeting" refer back to the article's main
  conference (the first one it names); "the Diplomatic Conference" to the last one named
  in that series, and "the congress" to the last Party Congress named.
- "It will close on Friday." refers back to the conference that opens the sentence before
  (only "It" opening a sentence with an opening or closing verb).
- "X was preceded on 21 August by the 18th ..." dates the 18th, the agent.
- A date or a city belongs to the conference named nearest before it in the sentence
  (or just after it when none comes before), unless a speaker stands in between.
- Dates tied to "opened/opens/to open" are starts, to "ended/closed/concluded/until/
  through" ends; a bare single date is both for the one-day conferences of localities and
  of the Party.
- The article is about (subject) the conferences in its headline, those it places in a
  city (a Party Congress only when no conference is named), and those held within the
  framework of a subject conference ("the framework of the Diplomatic Conference" is the
  subject one of that series, not one named in passing).
- A conference with a foreign adjective or possessive before it is not Vietnam's, nor
  "its" conference in a sentence opening with a foreign subject ("Cambodia's ministry
  on Monday opened its 29th ...") that names no Vietnam.
- A date or place "for/at the Nth ..." is that conference's (and that of the named ones
  coordinated after it: "in Hanoi next week for the 30th ... and the 19th ..."); a date
  that opens a sentence
  ("On Sunday, ...") is that of the conference the sentence names (not one after "on the
  eve of", "before", "after"; a person who chairs or attends it does not stand between);
  "X on Monday attended the opening of the Nth ..." is its start, and so is the only date
  of a sentence on its opening session; a date after "the closing speech at the Nth ..."
  is its last day.
- A stated length gives the other end: "opened on Monday ... a five-day review" ends on
  Friday; "from Tuesday to Saturday" counts on from the first weekday, and "from
  Wednesday until yesterday" starts on the Wednesday before the day the second gives.
- "the following morning", "the next day", "a day later" is the day after the last single
  date written before it.
- "Sunday's 19th ..." is the day of the conference it possesses.
- "one day after the 20th ..." and "two days before the opening of the 31st ..." date
  those from the sentence's first conference, when its days are written (not counted).
- "in the capital" with no country named is Hanoi; a conference that "brought/drew
  delegates ... to Hanoi" is placed there too.
- Without a publication date, the bundled register gives a conference's year, and a
  weekday is the one within the register's dates for it.
- Not subjects: a conference placed only in a closing one-sentence paragraph (background),
  one placed where it is named as what another event follows ("the conference followed
  the 21st ..., which gathered ... in Hanoi on Monday"),
  a framework partner already over before its host opened, one named only in quotations,
  one placed only in a clause recalling it as over ("the 31st ..., which wrapped up in the
  capital last week"; "the 32nd ..., held in Hanoi last December / in December 2023";
  "which took place in Hanoi in August last year"; "held in Hanoi from August 13 to 17,
  2018", a written year before the month of publication),
  one placed but over more than three months before publication (a year-end feature, a
  commentary),
  even when the lead names it; a conference of another series than the main one, placed in
  a single sentence of a report written once the main one has opened, when nothing after
  it goes on about it ("that meeting", "It will ...") and no other sentence names it.
- A preview (written before the main conference opens) announces the paired conference
  dated on or after publication as a subject too, placed or not, when it says more of it
  than one sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import pairwise

from attrs import define

from vndiplo._extract import _rx
from vndiplo._extract._model import ExtractedConference
from vndiplo._extract._people import FOREIGN
from vndiplo._extract._segment import Locator, Sentence, parse_dateline
from vndiplo._extract._when import _MONTHS, DateExpr, count_back, find_dates, resolve
from vndiplo._text import parse_ordinal
from vndiplo._vocab import Series


@cache
def register_dates() -> dict[tuple[Series, int], tuple[int, dt.date | None, dt.date | None]]:
    """What the bundled register knows of each conference: ``(year, start, end)``.

    Read on first use (only for articles without a publication date), from the package's
    ``data/register.json``; a start or end the register gives only as a year is ``None``.

    >>> register_dates()[(Series.DIPLOMATIC, 31)]
    (2021, datetime.date(2021, 12, 15), datetime.date(2021, 12, 18))
    """
    import json
    from importlib.resources import files

    out: dict[tuple[Series, int], tuple[int, dt.date | None, dt.date | None]] = {}
    try:
        raw = (files("vndiplo") / "data" / "register.json").read_text(encoding="utf-8")
        records = json.loads(raw)["conferences"]
    except (OSError, ValueError, KeyError, TypeError):
        return out
    for record in records:
        try:
            key = (Series(record["series"]), int(record["ordinal"]))
            start, end = str(record.get("start") or ""), str(record.get("end") or "")
            year = int((end or start)[:4])
        except (KeyError, TypeError, ValueError):
            continue
        out[key] = (year, _iso(start), _iso(end))
    return out


def _iso(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


_ONE_DAY = frozenset({Series.EXTERNAL_AFFAIRS, Series.FOREIGN_AFFAIRS})
_CITIES = {
    "hanoi": "Hanoi",
    "the capital": "Hanoi",
    "the capital city": "Hanoi",
    "the capital, hanoi": "Hanoi",
    "the capital hanoi": "Hanoi",
    "the capital, ha noi": "Hanoi",
    "the capital ha noi": "Hanoi",
    "the capital city, hanoi": "Hanoi",
    "the capital city hanoi": "Hanoi",
    "the capital city, ha noi": "Hanoi",
    "the capital city ha noi": "Hanoi",
    "ha noi": "Hanoi",
    "ho chi minh city": "Ho Chi Minh City",
    "hcm city": "Ho Chi Minh City",
    "da nang": "Da Nang",
    "hai phong": "Hai Phong",
    "can tho": "Can Tho",
    "hue": "Hue",
    "nha trang": "Nha Trang",
    "ha long": "Ha Long",
}

_DIPLO = r"(?:national\s+)?diplomatic\s+conference"
_EXT = (
    r"national\s+(?:external\s+(?:affairs|relations)\s+conference"
    r"|conference\s+(?:on|of|for)\s+(?:external\s+(?:affairs|relations)|local\s+diplomacy))"
    r"|external\s+affairs\s+conference"
    # Without "National": "the 21st Conference on External Affairs".
    r"|conference\s+(?:on|of|for)\s+(?:external\s+(?:affairs|relations)|local\s+diplomacy)"
)
_FA = (
    r"national\s+conference\s+(?:on|of)\s+foreign\s+(?:affairs|relations)"
    r"|national\s+foreign\s+(?:affairs|relations)\s+conference"
)
_PC = (
    r"(?:national\s+)?party\s+congress|cpv\s+(?:national\s+)?congress"
    r"|national\s+congress\s+of\s+the\s+communist\s+party\s+of\s+viet\s?nam"
)


@cache
def _ordinal_alt() -> str:
    units = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    teens = (
        "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
        "|eighteenth|nineteenth"
    )
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    tens_ord = "twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth"
    words = rf"(?:{tens})[- ]?(?:{units})|{tens_ord}|{teens}|{units}"
    return rf"\d{{1,2}}(?:st|nd|rd|th)|(?i:{words})|[IVXL]{{1,7}}"


@cache
def _mention_re() -> re.Pattern[str]:
    ords = _ordinal_alt()
    return re.compile(
        # A cheap first test: a figure, a Roman numeral, the first letter of an ordinal word
        # (first ... ninety) or of "Party".
        r"\b(?=[\dIVXLPfstenFSTEN])"
        rf"(?:\b(?P<ord>{ords})\s+(?:(?P<dip>(?i:{_DIPLO}))|(?P<ext>(?i:{_EXT}))|(?P<fa>(?i:{_FA}))"
        rf"|(?P<pc>(?i:{_PC})))\b"
        rf"|\bParty(?:’|')s\s+(?P<ord2>{ords})\s+(?i:(?:national\s+)?congress)\b"
        # "the 13th National Congress" of Vietnam's Party, not "... of the Lao ... Party".
        rf"|\b(?P<ord3>{ords})\s+National\s+Congress\b"
        r"(?!\s+of\s+the\s+(?!Communist\s+Party\s+of\s+Viet))"
        # "the XIII Congress": a Roman numeral before "Congress" is the Party's.
        r"|\b(?P<ord4>[IVXL]{2,7}|\d{1,2}(?:st|nd|rd|th))\s+Congress\b"
        r"(?!\s+of\s+(?!the\s+Communist\s+Party\s+of\s+Viet)))"
    )


@cache
def _vietnamese_re() -> re.Pattern[str]:
    """The series' Vietnamese names, with or without diacritics, and "lần thứ N"."""
    a, o, d = "[aàáạảãâầấậẩẫăằắặẳẵ]", "[oòóọỏõôồốộổỗơờớợởỡ]", "[dđ]"
    hoi_nghi = rf"h{o}i\s+ngh[iìíịỉĩ]"
    toan_quoc = rf"(?:\s+to{a}n\s+qu{o}c)?"
    return re.compile(
        rf"(?i:(?P<vdip>{hoi_nghi}\s+ngo{a}i\s+giao)"
        rf"|(?P<vext>{hoi_nghi}\s+ngo{a}i\s+v[uùúụủũ]{toan_quoc})"
        rf"|(?P<vfa>{hoi_nghi}\s+{d}{o}i\s+ngo{a}i{toan_quoc})"
        rf"|(?P<vpc>{d}{a}i\s+h{o}i(?:\s+{d}{a}i\s+bi[eêềếệểễ]u)?(?:\s+{d}{a}ng)?{toan_quoc}))"
        rf"\s+(?i:l{a}n\s+th[uưừứựửữ]\s+)?(?P<vord>\d{{1,2}}|[IVXL]{{1,7}}|(?i:nh{a}t))\b"
    )


_VIETNAMESE_SERIES = {
    "vdip": Series.DIPLOMATIC,
    "vext": Series.EXTERNAL_AFFAIRS,
    "vfa": Series.FOREIGN_AFFAIRS,
    "vpc": Series.PARTY_CONGRESS,
}


@cache
def _series_ref_re() -> re.Pattern[str]:
    # "The congress" alone refers back to the Party Congress named before ("the congress
    # of the Fatherland Front" names another body).
    return re.compile(
        rf"\b(?i:the|this|that)\s+(?:(?P<dip>(?i:{_DIPLO}))|(?P<ext>(?i:{_EXT}))|(?P<fa>(?i:{_FA}))"
        rf"|(?P<pc>(?i:{_PC})|[Cc]ongress(?!\s+of\b)))\b"
    )


@cache
def _generic_ref_re() -> re.Pattern[str]:
    # Definite only: "a conference reviewing the city's work" brings in another meeting.
    return re.compile(
        r"\b(?:[Tt]he|[Tt]his)\s+(?:(?:[\w]+-day|biennial|diplomatic|national|annual|whole)\s+){0,2}"
        r"(?:conference|event|meeting|gathering)\b(?!\s+(?:of|on|for|with)\b)"
    )


@cache
def _city_re() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<prep>in|to)\s+(?P<city>Hanoi|Ha Noi|Hà Nội|Ho Chi Minh City|HCM City|Da Nang"
        r"|Đà Nẵng|Hai Phong|Can Tho|Hue|Nha Trang|Ha Long"
        # "in the capital": with no country named, Vietnam's (this register's) capital.
        r"|the capital(?: city)?(?:,? (?:Hanoi|Ha Noi|Hà Nội))?(?!,?\s+(?:of\b|[A-Z])))\b"
    )


def _foreign_before(text: str, pos: int, body: int = -1) -> bool:
    """A foreign adjective or possessive before a mention: "Laos opened its ninth ...".

    "its" also belongs to a foreign subject that opens the sentence (from *body*, where
    the sentence's content starts): "Cambodia's Ministry of Foreign Affairs on Monday
    opened its 29th Diplomatic Conference", unless Vietnam is named in between.
    """
    words = _words(text[max(0, pos - 50) : pos])
    if words and words[-1] == "the":
        words.pop()
    if words and words[-1] in FOREIGN:
        return True
    if words and words[-1] == "its":
        return any(w in FOREIGN for w in words[-4:-1]) or _foreign_subject(text, body, pos)
    return False


def _words(span: str) -> list[str]:
    words = span.replace("’", "'").lower().split()
    return [w.removesuffix("'s").strip(",.") for w in words]


def _foreign_subject(text: str, body: int, pos: int) -> bool:
    """Whether the sentence from *body* opens with a foreign subject ("Cambodia's
    ministry", "The Lao Foreign Ministry") that Vietnam does not follow before *pos*."""
    if not 0 <= body < pos or pos - body > 400:
        return False
    words = _words(text[body:pos])
    if not any(w in FOREIGN for w in words[:3]):
        return False
    return not any(w.startswith(("vietnam", "viet")) for w in words)


_SOURCES: dict[str, str] = {
    "open": (
        r"\b(?:open|opens|opened|opening|begin|begins|began|start|starts|started|kicks? off"
        r"|kicked off)\b"
    ),
    "close": (
        r"\b(?:end|ends|ended|close|closes|closed|closing|conclude|concludes|concluded"
        r"|wrap(?:s|ped)? up|until|till|through|runs? to)\b"
    ),
    "future": (
        r"\b(?:will|to open|to close|to be held|to take place|is to|are to|scheduled|opens"
        r"|closes|runs"
        r"|begins|starts|ends|convenes|expected|set to|upcoming|next)\b"
    ),
    "past": (
        r"\b(?:opened|closed|ended|concluded|wrapped up|held|took place|was|were|gathered|convened"
        r"|began|started|met|came)\b"
    ),
    "block": (r"\b(?:said|says|told|noted|stressed|added|according|announced|affirmed)\b"),
    "localities": (r"\blocalit(?:y|ies)\b|\bleaders\s+of\s+(?:the\s+|all\s+)?(?:\d+\s+)?provinces"),
    "duration": (
        r"\b(?:after|following)\s+(?P<n>\w+)\s+(?:(?:official\s+)?working\s+|sitting\s+)?days\b"
        r"|\b(?P<m>\w+)-day\s+(?:[\w-]+(?:st|nd|rd|th)\s+)?(?i:(?:national|diplomatic)\s+)*"
        r"(?i:meeting|conference|event|session|gathering|review|programme"
        r"|program|sitting|forum)\b"
    ),
}


@cache
def _pat(name: str) -> re.Pattern[str]:
    """The named pattern of :data:`_SOURCES`, compiled on first use."""
    return re.compile(_SOURCES[name])


_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
}  # fmt: skip


@define
class _Mention:
    start: int
    end: int
    key: tuple[Series, int] | None  # None until a back-reference is resolved
    kind: str  # "named", "series", "generic", "pronoun"
    series: Series | None = None
    anchor: int = -1  # for "pronoun": where the sentence before it starts


@define
class _Conf:
    series: Series
    ordinal: int
    start_at: int
    end_at: int
    start: dt.date | None = None
    end: dt.date | None = None
    location: str | None = None
    subject: bool = False
    located_at: int = -1
    recalled: bool = False
    followed: bool = False  # named as what another event follows: an earlier event
    counted: bool = False  # a day counted from a stated length, not written


def _series_of(match: re.Match[str]) -> Series:
    if match.group("dip"):
        return Series.DIPLOMATIC
    if match.group("ext"):
        return Series.EXTERNAL_AFFAIRS
    if match.group("fa"):
        return Series.FOREIGN_AFFAIRS
    return Series.PARTY_CONGRESS


def _windows(lowered: str, generic: bool = False) -> list[tuple[int, int]]:
    """Stretches of text that can hold a mention: a little before and after a keyword.

    *lowered* is the text in lower case (same length as the text).
    """
    hits: list[tuple[int, int]] = []
    keys = (
        ("conference", "event", "meeting", "gathering") if generic else ("conference", "congress")
    )
    for key in keys:
        pos = lowered.find(key)
        while pos >= 0:
            hits.append((pos, pos + len(key)))
            pos = lowered.find(key, pos + 1)
    hits.sort()
    out: list[tuple[int, int]] = []
    before, after = (40, 12) if generic else (70, 48)
    for start, end in hits:
        lo, hi = max(0, start - before), end + after
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _in_windows(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]
) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    last_end = -1
    for lo, hi in windows:
        for match in pattern.finditer(text, lo, hi):
            if match.start() >= last_end:
                found.append(match)
                last_end = match.end()
    return found


def _descriptive(text: str, raw: str, end: int) -> bool:
    """'the first Diplomatic Conference held after ...' describes; it does not number.

    The first Diplomatic Conference met in 1957 and the first localities' one long ago;
    "first" followed by "held", "since", "after" ... is an adjective of rank.
    """
    if raw.lower() not in ("first", "last"):
        return False
    follow = text[end : end + 40].lower()
    return (
        _rx.match(
            r"[\s,]*(?:to be |ever )?(?:held|organi[sz]ed|since|after|following|under|"
            r"of (?:its|the) kind|in the new|of the (?:new|\d+)|of this)\b",
            follow,
        )
        is not None
    )


def _mentions(text: str, sents: list[Sentence]) -> list[_Mention]:
    out: list[_Mention] = []
    taken = bytearray(len(text) + 1)
    locate = Locator(sents)

    def free(lo: int, hi: int) -> bool:
        return not any(taken[lo:hi])

    def take(lo: int, hi: int) -> None:
        taken[lo:hi] = b"\x01" * (hi - lo)

    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters change length in lower case
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    windows = _windows(lowered)
    for match in _in_windows(_mention_re(), text, windows):
        raw = (
            match.group("ord") or match.group("ord2") or match.group("ord3") or match.group("ord4")
        )
        number = parse_ordinal(raw.replace("\n", " "))
        if number is None or not 1 <= number <= 99:
            continue
        congress = match.group("ord2") or match.group("ord3") or match.group("ord4")
        series = Series.PARTY_CONGRESS if congress else _series_of(match)
        if series is not Series.FOREIGN_AFFAIRS and _descriptive(text, raw, match.end()):
            take(*match.span())
            continue
        sentence = locate.at(match.start())
        if _foreign_before(text, match.start(), sentence.body if sentence else -1):
            take(*match.span())
            continue
        if series is Series.FOREIGN_AFFAIRS:
            around = text[sentence.start : sentence.end].lower() if sentence else ""
            if number >= 10 or _pat("localities").search(around):
                series = Series.EXTERNAL_AFFAIRS
        take(*match.span())
        out.append(_Mention(match.start(), match.end(), (series, number), "named"))
    if any(key in lowered for key in ("hội nghị", "đại hội", "hoi nghi", "dai hoi")):
        # The Vietnamese name: "Hội nghị Ngoại giao lần thứ 32" is the 32nd Diplomatic Conference.
        for match in _vietnamese_re().finditer(text):
            raw = match.group("vord")
            number = 1 if raw.lower().startswith("nh") else parse_ordinal(raw)
            kind = next(k for k in _VIETNAMESE_SERIES if match.group(k))
            if number is None or not 1 <= number <= 99 or not free(*match.span()):
                continue
            take(*match.span())
            key = (_VIETNAMESE_SERIES[kind], number)
            out.append(_Mention(match.start(), match.end(), key, "named"))
    for mention in _bare_mentions(text, windows, out):
        if free(mention.start, mention.end):
            take(mention.start, mention.end)
            out.append(mention)
    for match in _in_windows(_series_ref_re(), text, windows):
        if not free(*match.span()):
            continue
        out.append(_Mention(match.start(), match.end(), None, "series", _series_of(match)))
        take(*match.span())
    for match in _in_windows(_generic_ref_re(), text, _windows(lowered, generic=True)):
        if not free(*match.span()):
            continue
        if text[max(0, match.start() - 6) : match.start()].lower().endswith("press "):
            continue
        if _rx.search(r"press\s+conference", match.group(), re.IGNORECASE):
            continue
        out.append(_Mention(match.start(), match.end(), None, "generic"))
    out.extend(_pronouns(text, sents))
    out.sort(key=lambda m: m.start)
    return out


@cache
def _pronoun_re() -> re.Pattern[str]:
    return re.compile(
        r"It\s+(?:(?:will|is\s+(?:due|set|scheduled|expected)\s+to|was\s+due\s+to)\s+)?"
        r"(?:open|close|end|conclude|run|last|wrap)(?:s|ed|d)?\b"
    )


def _pronouns(text: str, sents: list[Sentence]) -> list[_Mention]:
    """ "It will close on Friday." after a sentence whose subject is a conference: "It"
    opening a sentence with an opening or closing verb refers back to that conference.

    The mention's key is resolved with the other back-references, from the conference
    that opens the sentence before (*anchor*); none when that sentence opens otherwise.
    """
    out: list[_Mention] = []
    for previous, sentence in pairwise(sents):
        at = sentence.body
        if text.startswith("It ", at) and _pronoun_re().match(text, at, sentence.end):
            out.append(_Mention(at, at + 2, None, "pronoun", anchor=previous.body))
    return out


@cache
def _bare_re() -> re.Pattern[str]:
    # "the 16th conference", "the twenty-ninth Conference": an ordinal of ten or more (a
    # small word ordinal, "the second conference this week", ranks rather than numbers)
    # before "conference" alone. Not "the 8th conference of the Central Committee" nor
    # "... on tourism": an "of", "for", "with" or "on" + a topic names another meeting.
    tens = "twenty|thirty|forty"
    units = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    words = (
        rf"(?:{tens})[- ]?(?:{units})|twentieth|thirtieth|fortieth|tenth|eleventh|twelfth"
        r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    )
    weekday = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    return re.compile(
        rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<ord>\d{{2}}(?:st|nd|rd|th)|(?i:{words}))"
        r"\s+[Cc]onference\b(?!\s+(?:of|for|with|between|among)\b|-)"
        rf"(?!\s+on\s+(?!{weekday}|{_MONTHS_ALT}|\d))"
    )


_MONTHS_ALT = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"


def _bare_mentions(
    text: str, windows: list[tuple[int, int]], named: list[_Mention]
) -> list[_Mention]:
    """Conferences named by an ordinal and "conference" alone, in the series the article
    implies.

    "since the 16th conference in 2011" in a piece on the 17th External Affairs conference
    is the 16th of that series: an ordinal is in the series of a conference the article
    names with that ordinal, else of the one whose named ordinal is nearest it (at most
    three apart, and no other series as near). A Party Congress gives no series, and an
    article naming no conference gives none.
    """
    ordinals: dict[Series, set[int]] = {}
    for mention in named:
        if mention.key is not None and mention.key[0] is not Series.PARTY_CONGRESS:
            ordinals.setdefault(mention.key[0], set()).add(mention.key[1])
    if not ordinals:
        return []
    out: list[_Mention] = []
    for match in _in_windows(_bare_re(), text, windows):
        number = parse_ordinal(match.group("ord"))
        if number is None or _foreign_before(text, match.start()):
            continue
        series = _implied_series(number, ordinals)
        if series is not None:
            out.append(_Mention(match.start(), match.end(), (series, number), "named"))
    return out


def _implied_series(number: int, ordinals: dict[Series, set[int]]) -> Series | None:
    """The series an ordinal belongs to, from the ordinals the article names per series."""
    exact = [series for series, seen in ordinals.items() if number in seen]
    if exact:
        return exact[0] if len(exact) == 1 else None
    gaps = sorted(
        ((min(abs(number - n) for n in seen), series) for series, seen in ordinals.items()),
        key=lambda gap: gap[0],
    )
    if gaps[0][0] > 3 or (len(gaps) > 1 and gaps[1][0] == gaps[0][0]):
        return None
    return gaps[0][1]


def _blocked(text: str, lo: int, hi: int, ref_spans: list[tuple[int, int]]) -> bool:
    if _pat("block").search(text, lo, hi):
        return True
    index = bisect_left(ref_spans, (lo, 0))
    return index < len(ref_spans) and ref_spans[index][0] < hi


def _bisect_start(mentions: list[_Mention], pos: int) -> int:
    lo, hi = 0, len(mentions)
    while lo < hi:
        mid = (lo + hi) // 2
        if mentions[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _owners(
    text: str, mentions: list[_Mention], lo: int, hi: int, ref_spans: list[tuple[int, int]]
) -> list[_Mention]:
    """The mentions a date or city at ``[lo, hi)`` belongs to (*mentions* sorted)."""
    index = _bisect_start(mentions, lo)
    if text.startswith(("’s ", "'s "), hi):
        # "Sunday's 19th National Conference ...": the day it was held.
        possessed = next((m for m in mentions[index : index + 2] if m.start >= hi), None)
        if possessed is not None and possessed.kind == "named" and possessed.start == hi + 3:
            return [possessed]
    forward = _forward_owner(text, mentions, hi, index)
    if forward is not None:
        return _with_partners(text, mentions, forward)
    agent = _agent_owner(text, mentions, lo, hi, index)
    if agent is not None:
        return [agent]
    before = [m for m in mentions[max(0, index - 8) : index] if m.end <= lo and m.key is not None]
    if before:
        owner = before[-1]
        if (
            len(before) > 1
            and "," in text[owner.end : lo]
            and "," in text[before[-2].end : owner.start]
            and _rx.search(r"\bsince\s+(?:the\s+)?$", text[max(0, owner.start - 12) : owner.start])
            and lo - before[-2].end <= 200
        ):
            # "The conference, the first since the 11th Party Congress, will last until
            # December 19": the event named as a point in time, set off by commas, is not
            # what the date belongs to; the one before it is.
            owner = before[-2]
        if lo - owner.end <= 120 and not _blocked(text, owner.end, lo, ref_spans):
            owners = [owner]
            # Coordination: "the 29th Diplomatic Conference and the 18th ... on August 21-26".
            index = len(before) - 1
            while index > 0:
                prev = before[index - 1]
                joint = text[prev.end : before[index].start]
                # Not "Prior to the Diplomatic Conference, the 19th ... took place on Sunday":
                # a fronted phrase closed by a comma gives another event's time, not a partner.
                fronted = "," in joint and _not_its_date_re().search(
                    text[max(0, prev.start - 30) : prev.start].lower()
                )
                if _rx.fullmatch(r"\s*(?:,|and|&)\s*(?:the\s+)?", joint) and not fronted:
                    owners.append(prev)
                    index -= 1
                    continue
                break
            return owners
    after = [m for m in mentions[index : index + 8] if m.start >= hi and m.key is not None]
    if after and after[0].start - hi <= 80:
        between = text[hi : after[0].start]
        if (
            _linking(between)
            or _session_of_re().fullmatch(between)
            or _held_re().fullmatch(between)
        ):
            return [after[0]]
    return []


_ATTEND = r"(?:(?:will\s+)?(?:attend|chair|co-chair|address|join)(?:s|ed)?|spoke\s+at|speaks\s+at)"


@cache
def _session_of_re() -> re.Pattern[str]:
    # "X on Monday attended the opening session of the 30th ...": the session's day is the
    # conference's (its first or last).
    return re.compile(
        rf"\s*,?\s*{_ATTEND}\s+the\s+(?:opening|closing)"
        r"(?:\s+(?:session|ceremony|sitting|plenary))?\s+of\s+(?:the\s+)?"
    )


@cache
def _held_re() -> re.Pattern[str]:
    # "The Politburo on December 14 convened the first ...": the day it was held.
    return re.compile(r"\s*,?\s*(?:convened|held|hosted|organi[sz]ed)\s+the\s+")


def _forward_owner(text: str, mentions: list[_Mention], hi: int, index: int) -> _Mention | None:
    """The named conference a date or place is "for": "meet in Hanoi on May 5 for the 9th ..."."""
    for mention in mentions[index : index + 8]:
        if mention.start < hi or mention.key is None:
            continue
        between = text[hi : mention.start]
        if (
            mention.kind == "named"
            and mention.start - hi <= 80
            and _linking(between)
            and _for_the_re().search(between)
        ):
            return mention
        return None
    return None


def _with_partners(text: str, mentions: list[_Mention], first: _Mention) -> list[_Mention]:
    """*first* and the named conferences coordinated after it: "in Hanoi next week for the
    30th Diplomatic Conference and the 19th National Conference on External Affairs"."""
    out = [first]
    index = mentions.index(first)
    for mention in mentions[index + 1 : index + 4]:
        if mention.kind != "named" or mention.key is None:
            break
        if not _rx.fullmatch(r"\s*(?:,|and|&)\s*(?:the\s+)?", text[out[-1].end : mention.start]):
            break
        out.append(mention)
    return out


@cache
def _preceded_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:preceded|followed)\s+(?:on\s+|in\s+)?$")


def _agent_owner(
    text: str, mentions: list[_Mention], lo: int, hi: int, index: int
) -> _Mention | None:
    """ "X was preceded on 21 August by the 18th ...": the date is the agent's, not X's."""
    after = next((m for m in mentions[index : index + 4] if m.start >= hi), None)
    if after is None or after.key is None or after.kind != "named":
        return None
    if not _rx.fullmatch(r",?\s+by\s+(?:the\s+)?", text[hi : after.start]):
        return None
    return after if _preceded_re().search(text, max(0, lo - 25), lo) else None


@cache
def _for_the_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:for|at)\s+(?:the\s+)?$")


_LINK_WORDS = frozenset(
    "on in at for of to the opening closing session sessions morning afternoon evening "
    "and from until through "
    # "in Hanoi next week for the 30th ...": a time relative to the story's.
    "next this last week month today tomorrow yesterday".split()
)


def _linking(between: str) -> bool:
    """Whether only place, date and linking words stand between a date and a mention.

    "in Hanoi on Monday for the opening of the 29th ..." links; "on Monday attended the
    29th ..." does not (a person's act, not the conference's date).
    """
    for word in _rx.findall(r"[\w’'-]+", between):
        if word.lower() in _LINK_WORDS or word[0].isupper() or word[0].isdigit():
            continue
        return False
    return True


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word.lower())


def find_conferences(
    text: str,
    sents: list[Sentence],
    headline: tuple[int, int] | None,
    published: dt.date | None,
    ref_spans: list[tuple[int, int]],
    quoted: list[tuple[int, int]] | None = None,
) -> tuple[ExtractedConference, ...]:
    """The conferences *text* names, with dates, places and whether they are its subject.

    *quoted* are the spans inside quotation marks: a conference named only there is
    something a speaker mentions, not the article's subject.
    """
    mentions = _mentions(text, sents)
    if not mentions:
        return ()
    confs: dict[tuple[Series, int], _Conf] = {}
    for mention in mentions:
        if mention.key is not None and mention.key not in confs:
            confs[mention.key] = _Conf(mention.key[0], mention.key[1], mention.start, mention.end)
    if not confs:
        return ()
    main = next((k for k in confs if k[0] is not Series.PARTY_CONGRESS), None)
    # Resolve back-references.
    last: dict[Series, tuple[Series, int]] = {}
    for mention in mentions:
        if mention.kind == "named" and mention.key is not None:
            last[mention.key[0]] = mention.key
        elif mention.kind == "series" and mention.series is not None:
            mention.key = last.get(mention.series) or next(
                (k for k in confs if k[0] is mention.series), None
            )
        elif mention.kind == "generic":
            mention.key = main
        elif mention.kind == "pronoun":
            mention.key = next(
                (
                    m.key
                    for m in mentions
                    if mention.anchor <= m.start <= mention.anchor + 4 and m.kind != "pronoun"
                ),
                None,
            )
    refs_count: dict[tuple[Series, int], int] = {}
    for mention in mentions:
        if mention.key is not None:
            refs_count[mention.key] = refs_count.get(mention.key, 0) + 1

    # From each sentence's body: a lead's "HANOI, 18 December 2021 –" dates the story, not a
    # conference.
    units: list[tuple[int, int]] = [(s.body, s.end) for s in sents]
    starts = [m.start for m in mentions]
    for lo, hi in units:
        first = bisect_left(starts, lo)
        last_index = bisect_left(starts, hi)
        here = mentions[first:last_index]
        if not here:
            continue
        _dates_in(text, lo, hi, here, confs, published, ref_spans)
        for match in _city_re().finditer(text, lo, hi):
            if match.group("prep") == "to" and not _brought_re().search(text, lo, match.start()):
                continue
            city = _CITIES.get(_fold_city(match.group("city")))
            for owner in _owners(text, here, match.start(), match.end(), ref_spans):
                conf = confs[owner.key] if owner.key else None
                if conf is not None and conf.location is None and city:
                    conf.location = city
                    conf.located_at = match.start()
                    conf.recalled = _recalled(text, owner.end, match, hi, published)
                    conf.followed = _followed(text, lo, owner)

    _lengths(text, mentions, confs)
    if " day after " in text or " day before " in text or " days " in text:
        for lo, hi in units:
            first, last_index = bisect_left(starts, lo), bisect_left(starts, hi)
            if last_index - first > 1:
                _days_apart(text, lo, hi, mentions[first:last_index], confs)
    if headline is not None:
        # A congress in the headline is the article's subject only when no conference is
        # named: conferences implement its resolution, and headlines say so.
        for mention in mentions:
            in_headline = headline[0] <= mention.start < headline[1]
            if mention.kind != "named" or not mention.key or not in_headline:
                continue
            if mention.key[0] is Series.PARTY_CONGRESS and main is not None:
                continue
            confs[mention.key].subject = True
    headlined = {k for k, c in confs.items() if c.subject}
    # A closing one-sentence paragraph is background ("The 30th ... will take place in the
    # capital on August 13-17./."): placing a conference there does not make it the subject.
    coda = sents[-1].start if len(sents) > 3 and sents[-2].para != sents[-1].para else len(text)
    for conf in confs.values():
        placed = conf.location is not None and conf.located_at < coda
        if placed and not conf.recalled and not conf.followed and not _long_over(conf, published):
            # As in headlines: a placed congress is the occasion only when no conference is
            # named; an article naming one recalls the congress whose resolution it applies.
            if conf.series is Series.PARTY_CONGRESS and main is not None:
                continue
            conf.subject = True
    if main is not None and published is not None:
        for key, conf in confs.items():
            if (
                conf.subject
                and key not in headlined
                and _passing_partner(text, sents, mentions, key, main, confs[main], published)
            ):
                conf.subject = False
    if main is not None and published is not None:
        for key, conf in confs.items():
            if _announced_partner(text, sents, mentions, key, confs, main, published):
                conf.subject = True
    # Co-held events: a framework partner of a subject conference is a subject too.
    if "framework" in text or "sidelines" in text or "alongside" in text.lower():
        for lo, hi in units:
            first, last_index = bisect_left(starts, lo), bisect_left(starts, hi)
            if last_index - first > 1:
                for key in _framework(text, lo, hi, mentions[first:last_index], confs):
                    # "proposals to the 20th ..., held within the framework of the Diplomatic
                    # Conference": described in passing, as a partner placed once is.
                    if main is not None and published is not None and key not in headlined:
                        main_conf = confs[main]
                        if _passing_partner(text, sents, mentions, key, main, main_conf, published):
                            confs[key].subject = False
    if main is not None and not any(c.subject for c in confs.values()):
        # The article's occasion: its main conference, named in the lead paragraph.
        after_head = headline[1] if headline is not None else 0
        lead = next((s for s in sents if s.start >= after_head and s.end - s.start > 60), None)
        if lead is not None:
            lead_lines = [s for s in sents if s.para == lead.para]
            lo, hi = lead_lines[0].start, lead_lines[-1].end
            named = any(m.key == main and lo <= m.start < hi for m in mentions)
            if named and not confs[main].recalled and not _long_over(confs[main], published):
                confs[main].subject = True
    if quoted:
        quoted_starts = [a for a, _ in quoted]

        def inside(pos: int) -> bool:
            index = bisect_right(quoted_starts, pos) - 1
            return index >= 0 and quoted[index][0] <= pos < quoted[index][1]

        outside = {m.key for m in mentions if m.key is not None and not inside(m.start)}
        for key, conf in confs.items():
            if key not in outside:
                conf.subject = False
    for conf in confs.values():
        if conf.series in _ONE_DAY:
            if conf.start and not conf.end:
                conf.end = conf.start
            elif conf.end and not conf.start:
                conf.start = conf.end
    return tuple(
        ExtractedConference(
            c.series, c.ordinal, c.start, c.end, c.location, c.subject, c.start_at, c.end_at
        )
        for c in confs.values()
    )


@cache
def _days_apart_re() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<n>one|two|three|a|\d)\s+days?\s+(?P<dir>after|before)\s+(?:the\s+"
        r"(?P<which>opening|closing)(?:\s+(?:session|ceremony))?\s+of\s+)?(?:the\s+)?$"
    )


def _days_apart(
    text: str, lo: int, hi: int, here: list[_Mention], confs: dict[tuple[Series, int], _Conf]
) -> None:
    """ "The conference came one day after the 20th ... and one day before the opening of
    the 31st ...": the sentence's first conference, dated as written (not counted from a
    length), dates the others by the days stated."""
    anchor = here[0]
    if anchor.key is None:
        return
    base = confs[anchor.key]
    one_day = base.series in _ONE_DAY
    if base.counted or base.start is None or (base.end is None and not one_day):
        return
    base_end = base.end or base.start
    for other in here[1:]:
        if other.key is None or other.key == anchor.key or other.kind != "named":
            continue
        apart = _days_apart_re().search(text, max(lo, other.start - 60), other.start)
        if apart is None:
            continue
        days = dt.timedelta(days=_number(apart.group("n")) or 1)
        conf = confs[other.key]
        before = apart.group("dir") == "before"
        day = base_end + days if before else base.start - days
        # "before X" is X's first day, "after X" its last, unless a session is named.
        which = apart.group("which") or ("opening" if before else "closing")
        if which == "opening":
            conf.start = conf.start or day
        else:
            conf.end = conf.end or day
        if conf.series in _ONE_DAY:
            conf.start, conf.end = conf.start or day, conf.end or day


def _stated_length(text: str, mention: _Mention) -> int | None:
    """The days a mention gives its conference: "the four-day event", "the five-day 29th ..."."""
    found = _rx.search(
        r"\b(\w+)-day\s+(?:[\w-]+\s+)?$",
        text[max(0, mention.start - 25) : mention.start],
    ) or _rx.search(r"\b(\w+)-day\b", text[mention.start : mention.end])
    return _number(found.group(1)) if found else None


def _lengths(text: str, mentions: list[_Mention], confs: dict[tuple[Series, int], _Conf]) -> None:
    """A length stated anywhere gives the missing end of a conference dated at the other:
    "closed last Saturday. The four-day event ..." opened on the Wednesday."""
    for mention in mentions:
        if mention.key is None:
            continue
        conf = confs[mention.key]
        if (conf.start is None) == (conf.end is None):
            continue
        days = _stated_length(text, mention)
        if days is None or not 2 <= days <= 31:
            continue
        conf.counted = True
        if conf.end is not None:
            conf.start = count_back(conf.end, days)
        elif conf.start is not None:
            conf.end = conf.start + dt.timedelta(days=days - 1)


@cache
def _recall_clause_re() -> re.Pattern[str]:
    # ", which met in", ", held in" and, without the comma, "the 32nd ... held in".
    return re.compile(
        r",\s+(?:(?:which|that)\s+(?:was\s+)?(?:held|met|wrapped\s+up|ended|concluded|closed"
        r"|took\s+place)|held)\s+|\s+held\s+"
    )


@cache
def _recall_time_re() -> re.Pattern[str]:
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    # "last year" may follow the day: "on December 18 last year".
    # "last year" may also follow the month: "in August last year".
    day = (
        rf"on\s+(?:{months})\s+\d{{1,2}}\s+|on\s+\d{{1,2}}\s+(?:{months})\s+"
        rf"|in\s+(?:{months})\s+"
    )
    # A written year dates it too: "from August 13 to 17, 2018", "on December 18, 2021".
    dated = (
        rf"(?:from|on)\s+(?P<dmonth>{months})\s+\d{{1,2}}"
        rf"(?:\s*(?:-|–|to)\s*(?:(?:{months})\s+)?\d{{1,2}})?,?\s+(?P<dyear>\d{{4}})\b"
    )
    return re.compile(
        rf"\s*(?:(?:{day})?last\s+(?:week|month|year|{months})\b|earlier\b"
        rf"|in\s+(?P<month>{months})\s+(?P<year>\d{{4}})\b|{dated})"
    )


def _recalled(
    text: str, named_end: int, city: re.Match[str], hi: int, published: dt.date | None
) -> bool:
    """Whether a conference is placed only in a clause recalling it as over.

    "the 31st Diplomatic Conference, which wrapped up in the capital last week" and
    "the 32nd ..., held in Hanoi last December" look back on a past event: background
    to the article's occasion, not the occasion itself.
    """
    if not _recall_clause_re().fullmatch(text, named_end, city.start()):
        return False
    when = _recall_time_re().match(text, city.end(), hi)
    if when is None:
        return False
    year, month_name = when.group("year") or when.group("dyear"), when.group("month")
    if year is None:
        return True
    if published is None:
        return False
    month = _MONTHS[(month_name or when.group("dmonth"))[:3].lower()]
    return (int(year), month) < (published.year, published.month)


@cache
def _that_meeting_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:that|this)\s+(?:conference|meeting|event)\b", re.IGNORECASE)


_PAIRED = {Series.DIPLOMATIC: Series.EXTERNAL_AFFAIRS, Series.EXTERNAL_AFFAIRS: Series.DIPLOMATIC}


def _announced_partner(
    text: str,
    sents: list[Sentence],
    mentions: list[_Mention],
    key: tuple[Series, int],
    confs: dict[tuple[Series, int], _Conf],
    main: tuple[Series, int],
    published: dt.date,
) -> bool:
    """Whether a preview announces the paired conference with the main one: before the main
    conference opens, the localities' (or the Diplomatic) conference dated on or after
    publication, which the article goes on about beyond one sentence ("will take place on
    Sunday, August 12, one day before the Diplomatic Conference. It will bring together
    ..."), is part of what it looks ahead to, placed or not. Named once with its date, it
    is mentioned in passing."""
    conf, main_conf = confs[key], confs[main]
    if _PAIRED.get(main[0]) is not key[0] or conf.recalled or conf.followed:
        return False
    if main_conf.start is None or main_conf.start <= published:
        return False
    day = conf.start or conf.end
    return day is not None and day >= published and _report_extent(text, sents, mentions, key) > 1


@cache
def _habitual_re() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:has|have)\s+been\s+held\b[^.]*?\bsince\s+\d{4}\b|\b(?:is|are)\s+held\s+every\b"
    )


def _passing_partner(
    text: str,
    sents: list[Sentence],
    mentions: list[_Mention],
    key: tuple[Series, int],
    main: tuple[Series, int],
    main_conf: _Conf,
    published: dt.date,
) -> bool:
    """Whether a placed conference of another series than the main one is only mentioned.

    A report on the main conference (once it has opened) that places the one held
    alongside it in a single sentence ("Earlier, on December 18, the 21st ... gathered
    leaders ... in Hanoi") and says nothing more of it names background, not its occasion.
    It is reported when another sentence names it or the sentences after it go on about
    it ("Deputy FM X, who chaired that meeting, said ..."); a preview, written before the
    main conference opens, announces both. A sentence on the series ("has been held alongside
    the Diplomatic Conference since 2011") and a tag line are not about the conference.
    """
    if key == main or key[0] in (main[0], Series.PARTY_CONGRESS):
        return False
    opened = main_conf.start or main_conf.end  # a closing day known alone says it opened
    if opened is None or opened > published:
        return False
    return _report_extent(text, sents, mentions, key) == 1


def _report_extent(
    text: str, sents: list[Sentence], mentions: list[_Mention], key: tuple[Series, int]
) -> int:
    """How much an article says of a conference: 0 when no sentence is about it, 1 for a
    single sentence that nothing after goes on about, 2 for more."""
    locate = Locator(sents)
    where = set()
    for mention in mentions:
        if mention.key != key:
            continue
        sentence = locate.at(mention.start)
        if sentence is None or text[sentence.start : sentence.start + 1] == "#":
            continue  # a tag line ("#19th National Conference ...") reports nothing
        if mention.kind == "series" and _habitual_re().search(text, sentence.start, sentence.end):
            continue  # "has been held alongside the Diplomatic Conference since 2011": the series
        where.add(sentence.start)
    if key[0] is Series.EXTERNAL_AFFAIRS and where:
        # "The localities' conference, held on Sunday, brought together ...": a sentence
        # that names it by what it is, not by its ordinal, is about it too.
        for match in _localities_ref_re().finditer(text):
            sentence = locate.at(match.start())
            if sentence is not None:
                where.add(sentence.start)
    if len(where) != 1:
        return min(len(where), 2)
    index = next(i for i, s in enumerate(sents) if s.start in where)
    after = sents[index + 1 : index + 3]
    if any(_that_meeting_re().search(text, s.start, s.end) for s in after):
        return 2
    # "It will bring together leaders of all 63 provinces ..." goes on about it.
    going_on = bool(after) and after[0].para == sents[index].para
    return 2 if going_on and text.startswith("It ", after[0].body) else 1


@cache
def _localities_ref_re() -> re.Pattern[str]:
    return re.compile(
        r"\b[Tt]he\s+(?:localities[’']|provinces[’']|local|provincial)\s+(?:conference|meeting)\b"
    )


def _long_over(conf: _Conf, published: dt.date | None) -> bool:
    """Whether a conference ended over three months before publication: a year-end feature
    or a commentary that places it ("the 29th ..., which met in Hanoi from 22 to 26 August";
    "the 21st ..., which brought the leaders of provinces to Hanoi" on December 18, 2023,
    written in 2025) looks back on it. Reports and interviews on a conference come out
    within weeks of it."""
    last = conf.end or conf.start
    return published is not None and last is not None and (published - last).days > 92


@cache
def _brought_re() -> re.Pattern[str]:
    # "the 21st ... brought 500 delegates from the provinces to Hanoi": a conference that
    # brings people to a city is held there; "the ambassadors then flew to Da Nang" is a trip.
    # Searched up to the city: no other place may stand between the verb and it
    # ("gathered in Hanoi and then went to Da Nang").
    return re.compile(
        r"\b(?:br(?:ing|ings|ought)|dr(?:aw|aws|ew)|attract(?:s|ed)?|summon(?:s|ed)?"
        r"|gather(?:s|ed)?)\b(?![^.;]*\b(?:in|to)\s+[A-Z])"
    )


@cache
def _followed_re() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:follow(?:s|ed|ing)?|c(?:ame|omes)\s+(?:\w+\s+){0,3}after)\s+"
        r"(?:(?:the|\w+(?:’|')s)\s+)?$",
        re.IGNORECASE,
    )


def _followed(text: str, lo: int, owner: _Mention) -> bool:
    """Whether a placed conference is named as what another event follows: "the Diplomatic
    Conference followed the 21st ..., which gathered ... in Hanoi on Monday" recalls an
    earlier event; the article is about the one that follows it ("followed by the 30th"
    names the later one, which this does not match)."""
    return _followed_re().search(text, max(lo, owner.start - 40), owner.start) is not None


def _fold_city(name: str) -> str:
    from vndiplo._text import fold

    return fold(name)


@cache
def _framework_re() -> re.Pattern[str]:
    return re.compile(r"(?:framework|sidelines)\s+of\s+|\b[Aa]longside\s+")


def _framework(
    text: str,
    lo: int,
    hi: int,
    here: list[_Mention],
    confs: dict[tuple[Series, int], _Conf],
) -> set[tuple[Series, int]]:
    """A conference held within the framework of (or alongside) a subject is a subject.

    Returns the guests made subjects only by a reduced relative before the phrase ("the
    20th ..., held within the framework of ..."), which describes them in passing.
    """
    described: set[tuple[Series, int]] = set()
    for match in _framework_re().finditer(text, lo, hi):
        at = match.end()
        host = next((m for m in here if at <= m.start <= at + 4 and m.key), None)
        if host is None or host.key is None:
            continue
        key = host.key
        if not confs[key].subject and host.kind == "series":
            # "within the framework of the Diplomatic Conference": the one under way or
            # coming (the article's), not one of that series named earlier in passing.
            key = next((k for k, c in confs.items() if k[0] is key[0] and c.subject), key)
        if not confs[key].subject:
            continue
        opened = confs[key].start
        for guest in here:
            if (
                guest.key
                and guest.key not in (host.key, key)
                and (guest.key[0] is not Series.PARTY_CONGRESS)
            ):
                ended = confs[guest.key].end or confs[guest.key].start
                if opened is not None and ended is not None and ended < opened:
                    continue  # over before the host opened: background, not the occasion
                if not confs[guest.key].subject and _rx.fullmatch(
                    r",\s+held\s+(?:with)?in\s+the\s+", text[guest.end : match.start()]
                ):
                    described.add(guest.key)
                confs[guest.key].subject = True
    return described


def _dates_in(
    text: str,
    lo: int,
    hi: int,
    here: list[_Mention],
    confs: dict[tuple[Series, int], _Conf],
    published: dt.date | None,
    ref_spans: list[tuple[int, int]],
) -> None:
    previous_end = lo
    previous: DateExpr | None = None
    for expr in _sentence_dates(text, lo, hi, published):
        if (
            previous is not None
            and previous.weekday is not None
            and expr.weekday is not None
            and _weekday_span_re().fullmatch(text, previous.end, expr.start)
        ):
            # "from Tuesday to Saturday": the second weekday counts on from the first.
            _weekday_range(text, lo, hi, here, confs, previous, expr, ref_spans)
            previous, previous_end = expr, expr.end
            continue
        if (
            previous is not None
            and previous.weekday is not None
            and expr.day2 is None
            and _weekday_span_re().fullmatch(text, previous.end, expr.start)
            and _rx.search(r"\b(?i:from)\s+$", text[max(lo, previous.start - 6) : previous.start])
        ):
            # "from Wednesday until yesterday": a weekday up to a day given otherwise.
            _weekday_to_day(text, lo, hi, here, confs, (previous, expr), published, ref_spans)
            previous, previous_end = expr, expr.end
            continue
        previous = expr
        owners = _owners(text, here, expr.start, expr.end, ref_spans)
        if not owners:
            owners = _sentence_owner(text, lo, expr, here, ref_spans)
        if not owners and _session_day(text, lo, hi, expr, here, confs, published):
            previous_end = expr.end
            continue
        window_lo = max(previous_end, lo)
        previous_end = expr.end
        if not owners:
            continue
        tense = _tense_before(text, lo, window_lo, expr.start)
        for owner in owners:
            if owner.key is None:
                continue
            conf = confs[owner.key]
            near_lo = max(owner.end, window_lo) if owner.end <= expr.start else window_lo
            near = text[near_lo : expr.start].lower()
            if owner.start >= expr.end:
                near = f"{near} {_verb_after(text, owner.end, hi)}"
            else:
                near = f"{_session_before(text, lo, owner.start)} {near}"
            after = text[expr.end : expr.end + 30].lower()
            _assign(conf, expr, near, after, tense, published, text, lo, hi)


@cache
def _following_re() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening)|a\s+day\s+later)\b",
        re.IGNORECASE,
    )


def _sentence_dates(text: str, lo: int, hi: int, published: dt.date | None) -> list[DateExpr]:
    """The dates of a sentence, "the following morning" included as the day after the last
    date written before it."""
    found = find_dates(text, lo, hi)
    lowered = text[lo:hi].lower()
    if "following" not in lowered and "next" not in lowered and "later" not in lowered:
        return found  # the cheap first test
    extra = [
        expr
        for match in _following_re().finditer(text, lo, hi)
        if (expr := _day_after_last(text, match, published)) is not None
    ]
    return sorted(found + extra, key=lambda expr: expr.start) if extra else found


def _day_after_last(text: str, match: re.Match[str], published: dt.date | None) -> DateExpr | None:
    """ "The 30th ... will open the following morning": the day after the last date written
    before *match* in the story (a dateline's date is the article's, not the story's), as
    a date with its year; ``None`` when that date is a range or cannot be resolved."""
    before = find_dates(text, max(0, match.start() - 2000), match.start())
    if not before or before[-1].day2 is not None:
        return None
    anchor = before[-1]
    line_start = text.rfind("\n", 0, anchor.start) + 1
    line_end = text.find("\n", anchor.end)
    if parse_dateline(text[line_start : line_end if line_end >= 0 else len(text)]) is not None:
        return None
    tense = _tense(text[max(0, anchor.start - 150) : anchor.start].lower())
    day, _ = resolve(anchor, published, None, bool(tense), past=tense is False)
    if day is None:
        return None
    day += dt.timedelta(days=1)
    return DateExpr(
        match.start(), match.end(), day.month, day.day, day.year, None, None, None, None, 0
    )


@cache
def _verb_after_re() -> re.Pattern[str]:
    return re.compile(
        r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:was|were|has|had|will|is)\s+(?:be(?:en)?\s+)?)?"
        r"(?P<verb>(?:open|begin|start|close|conclude|end)(?:s|ed|d)?|began|kick(?:s|ed)?\s+off"
        r"|wrap(?:s|ped)?\s+up)\b",
        re.IGNORECASE,
    )


def _verb_after(text: str, at: int, hi: int) -> str:
    """The opening or closing verb right after a conference named after its date.

    "On the afternoon of 26 August, the 29th ... concluded": the date is its last day.
    """
    verb = _verb_after_re().match(text, at, hi)
    return verb.group("verb").lower() if verb else ""


@cache
def _session_before_re() -> re.Pattern[str]:
    return re.compile(
        r"\b(?P<which>opening|closing)\s+(?:(?:plenary\s+)?(?:session|sitting|speech|remarks"
        r"|address|ceremony)\s+)?(?:of|at|to)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def _session_before(text: str, lo: int, at: int) -> str:
    """ "opening" or "closing" when the conference at *at* is named as the object of its
    opening or closing session, speech or ceremony, else "".

    "delivers the closing speech at the 32nd ... in Hanoi on December 23": the date that
    follows is the last day, unless a later verb ("..., which opened on ...") says otherwise.
    """
    session = _session_before_re().search(text, max(lo, at - 45), at)
    return session.group("which").lower() if session else ""


@cache
def _opening_date_re() -> re.Pattern[str]:
    # What may precede a date that opens a sentence: a dateline prefix, a sentence adverb
    # ("Earlier,", "Meanwhile,"), "On".
    return re.compile(
        # An interview's speaker label may come first: "Deputy FM X: On December 15, ...".
        r"(?:[^\n]{0,40}[–—-]\s*|[^\n:]{0,40}:\s+)?(?:(?:Earlier|Meanwhile|Previously|Before\s+that|Also)"
        r",\s+)?(?:[Oo]n\s+)?"
    )


@cache
def _not_its_date_re() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:eve\s+of|ahead\s+of|before|after|following|since|prior\s+to|preparation\s+for"
        r"|implement\w*|resolution\s+of)\s+(?:the\s+)?$"
    )


def _sentence_owner(
    text: str,
    lo: int,
    expr: DateExpr,
    here: list[_Mention],
    ref_spans: list[tuple[int, int]],
) -> list[_Mention]:
    """The date that opens a sentence ("On Sunday, ...") is that of the conference the
    sentence names, unless a speaker stands between or the name follows "on the eve of",
    "before", "after" ... (another event's date)."""
    if text[expr.end : expr.end + 1] != ",":
        return []
    opening = _opening_date_re().match(text, lo, expr.start)
    if opening is None or opening.end() != expr.start:
        return []
    for mention in here:
        if mention.kind != "named" or mention.start < expr.end or mention.key is None:
            continue
        if _blocked(text, expr.end, mention.start, ref_spans) and not _presided(
            text, expr.end, mention.start, ref_spans
        ):
            return []
        if _not_its_date_re().search(text, max(expr.end, mention.start - 30), mention.start):
            continue
        return [mention]
    return []


@cache
def _presided_re() -> re.Pattern[str]:
    return re.compile(
        r",?\s+(?:also\s+)?(?:chaired|co-chaired|presided\s+over|opened|attended|addressed"
        r"|hosted)\s+(?:the\s+)?"
    )


def _presided(text: str, lo: int, hi: int, ref_spans: list[tuple[int, int]]) -> bool:
    """ "On 14/12, General Secretary X chaired the ...": the person acts on the conference
    the date belongs to; they are not a speaker between the two."""
    if _pat("block").search(text, lo, hi):
        return False
    index = bisect_left(ref_spans, (hi, 0)) - 1
    if index < 0 or ref_spans[index][0] < lo:
        return False
    return _presided_re().fullmatch(text, ref_spans[index][1], hi) is not None


def _register_weekday(weekday: int, start: dt.date | None, end: dt.date | None) -> dt.date | None:
    """Without a publication date, "on Friday" is the Friday within the register's dates."""
    if start is None or end is None or not 0 <= (end - start).days <= 31:
        return None
    days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
    matching = [day for day in days if day.weekday() == weekday]
    return matching[0] if len(matching) == 1 else None


@cache
def _session_of_mention_re() -> re.Pattern[str]:
    return re.compile(
        r"\bthe\s+(?P<which>opening|closing)(?:\s+(?:session|ceremony|sitting|plenary))?"
        r"\s+of\s+(?:the\s+)?$"
    )


def _session_day(
    text: str,
    lo: int,
    hi: int,
    expr: DateExpr,
    here: list[_Mention],
    confs: dict[tuple[Series, int], _Conf],
    published: dt.date | None,
) -> bool:
    """ "X on December 19 asked ..., while addressing the opening session of the 32nd ...":
    the only date of a sentence that speaks of a conference's opening (or closing)
    session is that session's day."""
    if len(find_dates(text, lo, hi)) != 1:
        return False
    for mention in here:
        if mention.kind != "named" or mention.key is None or mention.start < expr.end:
            continue
        session = _session_of_mention_re().search(text, max(lo, mention.start - 60), mention.start)
        if session is None:
            continue
        if _not_its_date_re().search(text, max(lo, session.start() - 30), session.start()):
            return False  # "ahead of the opening of ...": another day
        conf = confs[mention.key]
        known = register_dates().get(mention.key) if published is None else None
        first, _ = resolve(expr, published, known[0] if known else None, False)
        if first is None:
            return False
        if session.group("which") == "opening":
            conf.start = conf.start or first
        else:
            conf.end = conf.end or first
        return True
    return False


@cache
def _weekday_span_re() -> re.Pattern[str]:
    return re.compile(r"\s*(?:to|until|till|through|-|–|—)\s*")


def _weekday_range(
    text: str,
    lo: int,
    hi: int,
    here: list[_Mention],
    confs: dict[tuple[Series, int], _Conf],
    first: DateExpr,
    second: DateExpr,
    ref_spans: list[tuple[int, int]],
) -> None:
    owners = _owners(text, here, first.start, first.end, ref_spans)
    owners = owners or _sentence_owner(text, lo, first, here, ref_spans)
    for owner in owners:
        conf = confs[owner.key] if owner.key else None
        if conf is None or conf.start is None or first.weekday is None or second.weekday is None:
            continue
        if conf.start.weekday() == first.weekday and conf.end is None:
            conf.end = conf.start + dt.timedelta(days=(second.weekday - first.weekday) % 7)


def _weekday_to_day(
    text: str,
    lo: int,
    hi: int,
    here: list[_Mention],
    confs: dict[tuple[Series, int], _Conf],
    pair: tuple[DateExpr, DateExpr],
    published: dt.date | None,
    ref_spans: list[tuple[int, int]],
) -> None:
    """ "from Wednesday until yesterday (December 18)": the range ends on the day the second
    expression gives, and starts on the weekday named at most six days before it."""
    first, second = pair
    if first.weekday is None:
        return
    owners = _owners(text, here, first.start, second.end, ref_spans)
    tense = _tense_before(text, lo, lo, first.start)
    for owner in owners:
        if owner.key is None:
            continue
        conf = confs[owner.key]
        known = register_dates().get(owner.key) if published is None else None
        _, end = resolve(
            second, published, known[0] if known else None, bool(tense), past=tense is False
        )
        if end is not None:
            conf.start = conf.start or end - dt.timedelta(days=(end.weekday() - first.weekday) % 7)
            conf.end = conf.end or end
        elif known is not None:
            conf.start = conf.start or _register_weekday(first.weekday, known[1], known[2])


def _tense(window: str) -> bool | None:
    """Whether the last tense marker in *window* looks ahead; ``None`` without one.

    A participle after "be" ("will be held", "to be held") takes the tense of the verb
    before it, and one before "by" ("convened by the Party") is a passive attribute: neither
    is the past.
    """
    future = [m.end() for m in _pat("future").finditer(window)]
    past = [
        m.end()
        for m in _pat("past").finditer(window)
        if window[m.end() : m.end() + 4] != " by "
        and not window[max(0, m.start() - 6) : m.start()].endswith(("be ", "being "))
    ]
    if not future and not past:
        return None
    return bool(future) and (not past or future[-1] >= past[-1])


def _tense_before(text: str, lo: int, window_lo: int, at: int) -> bool | None:
    """Whether the copy before a date looks ahead (``False``: back), read from the previous
    date on; ``None`` when nothing in the sentence before it shows a tense.

    With no tense marker since the previous date ("will attend the 20th ... on Monday and
    the first ... on Tuesday"), the sentence's own tense holds.
    """
    tense = _tense(text[window_lo:at].lower())
    if tense is None and window_lo > lo:
        tense = _tense(text[lo:at].lower())
    return tense


def _assign(
    conf: _Conf,
    expr: DateExpr,
    near: str,
    after: str,
    tense: bool | None,
    published: dt.date | None,
    text: str,
    lo: int,
    hi: int,
) -> None:
    registered = register_dates().get((conf.series, conf.ordinal))
    known = registered if published is None else None
    if (
        registered is not None
        and registered[1] is not None
        and expr.year1 is None
        and expr.weekday is None
        and expr.offset is None
        and expr.shift == 0
        and registered[1].month in (expr.month1, expr.month2)
    ):
        # The register knows when this conference met: a day of that month without a year
        # is of that year, however far the article is from it ("the 21st ... on December
        # 18" in a retrospective written two years on).
        known = registered
        published = None
    first, last = resolve(
        expr, published, known[0] if known else None, bool(tense), past=tense is False
    )
    if first is None and expr.weekday is not None and known is not None:
        first = last = _register_weekday(expr.weekday, known[1], known[2])
    if first is None:
        return
    if expr.day2 is not None:
        # A stated range is the best evidence there is: it overrides single days.
        conf.start = first
        conf.end = last or conf.end
        return
    opens = [m.end() for m in _pat("open").finditer(near)]
    closes = [m.end() for m in _pat("close").finditer(near)]
    role = ""
    if opens or closes:
        role = "open" if (opens[-1] if opens else -1) > (closes[-1] if closes else -1) else "close"
    elif _rx.match(rf"\s*(?:,\s*)?(?:for|at|{_ATTEND})\s+the\s+opening", after):
        role = "open"
    elif _rx.match(rf"\s*(?:,\s*)?(?:for|at|{_ATTEND})\s+the\s+clos", after):
        role = "close"
    sentence = text[lo:hi]
    if role == "open":
        conf.start = conf.start or first
        if conf.end is None and conf.start == first:
            # "opened on Monday ... for a five-day review": consecutive days from the start.
            length = _pat("duration").search(sentence)
            count = _number(length.group("m") or "") if length else None
            if count and 1 <= count <= 31:
                conf.end = first + dt.timedelta(days=count - 1)
                conf.counted = True
    elif role == "close":
        conf.end = conf.end or first
        if conf.start is None:
            duration = _pat("duration").search(sentence)
            if duration:
                count = _number(duration.group("n") or duration.group("m") or "")
                if count and count > 1:
                    conf.start = count_back(first, count)
                    conf.counted = True
    else:
        conf.start = conf.start or first
        if conf.series in _ONE_DAY or _rx.search(r"\bone-day\b", sentence):
            conf.end = conf.end or first
