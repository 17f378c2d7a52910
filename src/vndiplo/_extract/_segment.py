"""Cutting an article into lines, sentences and the parts around them.

Offsets are always indices into the text as given, so spans can be quoted back.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import cache
from itertools import pairwise

from attrs import frozen

from vndiplo._extract import _rx

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"


@frozen
class Sentence:
    """A sentence: its span, the paragraph (line) it sits in, and where its content starts."""

    start: int
    end: int
    para: int
    body: int  # start after a dateline prefix such as "Hanoi (VNA) – "


@cache
def _dateline_re() -> re.Pattern[str]:
    date = (
        rf"(?P<date>{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}"
        r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})"
    )
    time = (
        r"(?:\s*[|/–—,-]?\s*(?:at\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?"
        r"(?:\s*\(?\s*(?:GMT|UTC|ICT)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)?"
        r"|\s*[+-]\d{4})?"
    )
    # Before the date: an outlet's label and its section ("VOV1 |", "VTN | Politics |"),
    # "Updated:", a weekday and a time of day ("Monday, 09:12, 20/12/2021"); the whole may
    # stand in brackets ("(26-08-2016)").
    label = r"(?:[A-Z][\w.&]{1,15}(?: [A-Z][\w.&]{1,15}){0,2}\s*\|\s*){0,3}"
    clock = r"(?:\d{1,2}[:h]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*,?\s*)?"
    return re.compile(
        rf"\s*\(?\s*{label}(?:(?:Last\s+)?(?:Updated|Update|Posted|Published)(?:\s+on)?\s*:?\s*)?"
        rf"(?:{WEEKDAY},?\s+)?{clock}{date}{time}\s*\)?\s*",
        re.IGNORECASE,
    )


@cache
def _prefix_re() -> re.Pattern[str]:
    return re.compile(
        r"(?:[A-ZĐ][\w’'.]*(?: [A-ZĐ][\w’'.]*){0,3}"
        r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?,? ?\([A-Za-z/&. ]{2,20}\)"
        r"|\([A-Za-z/&. ]{2,20}\)"
        r"|[A-ZĐÀ-Ỹ]{2,}(?: [A-ZĐÀ-Ỹ]{2,}){0,3}"
        # An outlet's credit: a camel-case or dotted name ("VietNamNet Bridge", "VOV.VN").
        r"|(?:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}(?:\.[A-Z]{2,})+)(?: [A-Z][a-z]+)?"
        # A place and a day: "Hanoi, December 11", "HANOI, 18 December 2021".
        rf"|[A-ZĐ][\w’'.]*(?: [A-ZĐ][\w’'.]*){{0,2}},\s*(?:{MONTH}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?"
        rf"|\d{{1,2}}\s+{MONTH}\.?(?:,?\s*\d{{4}})?)"
        # A place alone before a spaced long dash: "Hanoi – The conference ...".
        r"|[A-ZĐ][a-zà-ỹđ]+(?: [A-ZĐ][a-zà-ỹđ]+){0,3}(?= [–—] [A-Z“\"])"
        r") ?[–—-]{1,2} ?"
    )


@cache
def _sentence_end_re() -> re.Pattern[str]:
    # A full stop (or ! ?) with optional closing marks, then space and a new start.
    return re.compile(r"[.!?][”\"’)]*(?=\s+[“\"‘(]?[A-Z0-9ĐÀ-Ỹ])")


_ABBREV = frozenset(
    "mr mrs ms dr st no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n "
    "e.g i.e etc vs gen col lt prof assoc corp inc ltd co".split()
)


class Locator:
    """Find the sentence at an offset in logarithmic time."""

    __slots__ = ("_ends", "_sents")

    def __init__(self, sents: list[Sentence]) -> None:
        self._sents = sents
        self._ends = [s.end for s in sents]

    def at(self, pos: int) -> Sentence | None:
        """The sentence containing offset *pos*, if any."""
        index = bisect_left(self._ends, pos + 1)
        if index < len(self._sents) and self._sents[index].start <= pos:
            return self._sents[index]
        return None


def lines(text: str) -> list[tuple[int, int]]:
    """The non-empty lines of *text* as ``(start, end)`` spans, stripped of blanks."""
    out: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


_TERMINAL = frozenset('.!?:;…"”’)]')
_CARRY_ON = frozenset("a an and as at by for from in of on or that the to with".split())


def unwrap(text: str) -> str:
    """*text* with the line breaks inside wrapped paragraphs turned into spaces.

    A saved page or a transcript may break its lines every 70-80 characters, inside
    sentences; each line is then not a paragraph.  The result has the same length as
    *text*, so offsets into it are offsets into *text*.  A line is carried on to the next
    when the text is wrapped (most lines nearly as long as the longest, none much
    longer) and the line is full, or, in any text, when it stops mid-sentence: on a comma
    or a word such as "that" or "the", or without a full stop before a next line that
    starts in lower case.  A blank line always ends a paragraph.

    >>> unwrap("Minh said that the sector\\nmust act.\\n\\nNext.")
    'Minh said that the sector must act.\\n\\nNext.'
    >>> unwrap("Envoys meet\\nHanoi (VNA) - Envoys met.")
    'Envoys meet\\nHanoi (VNA) - Envoys met.'
    """
    if "\n" not in text:
        return text
    raw = text.split("\n")
    sizes = [len(line.rstrip()) for line in raw if line.strip()]
    width = max((n for n in sizes if n <= 120), default=0)
    wrapped = (
        len(sizes) >= 6
        and width >= 40
        and sum(n > 120 for n in sizes) <= len(sizes) // 10
        and sum(n >= width - 20 for n in sizes) >= 0.4 * len(sizes)
    )
    out = list(text)
    pos = 0
    for line, following in pairwise(raw):
        pos += len(line)  # the newline after *line*
        here, there = line.rstrip(), following.lstrip()
        if here.strip() and there:
            last = here.rsplit(None, 1)[-1]
            full = wrapped and len(here) >= width - 20
            midway = last[-1] == "," or last.lower() in _CARRY_ON
            lowered = last[-1] not in _TERMINAL and there[0].islower()
            if full or midway or (lowered and len(here.strip()) >= 20):
                out[pos] = " "
                if line.endswith("\r"):
                    out[pos - 1] = " "
        pos += 1
    return "".join(out)


def parse_dateline(line: str) -> dt.date | None:
    """Read a dateline such as ``Aug 20, 2016 / 16:09`` or ``12/08/2018 09:40 GMT+7``.

    Numeric dates are read day first, as Vietnamese outlets write them.

    :param line: one line of text.
    :returns: the date, or ``None`` when the line is not a dateline.

    >>> parse_dateline("Tuesday, December 14, 2021 17:42 (GMT+7)")
    datetime.date(2021, 12, 14)
    >>> parse_dateline("12/08/2018 09:40 GMT+7")
    datetime.date(2018, 8, 12)
    >>> parse_dateline("Monday, 09:12, 20/12/2021")
    datetime.date(2021, 12, 20)
    >>> parse_dateline("VTN | World News | 13/12/2021 | 19:45")
    datetime.date(2021, 12, 13)
    >>> parse_dateline("(26-08-2016)")
    datetime.date(2016, 8, 26)
    >>> parse_dateline("Leaders met.") is None
    True
    """
    if len(line) > 80:
        return None
    match = _dateline_re().fullmatch(line)
    if not match:
        return None
    raw = match.group("date")
    quick = _quick_date(raw)
    if quick is not None:
        return quick
    from dateutil import parser as dateparser  # slow to import: only for odd forms

    try:
        day = dateparser.parse(raw, dayfirst=True, default=dt.datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return None
    return day.date()


_MONTH_NUMBERS = {
    m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())
}


def _quick_date(raw: str) -> dt.date | None:
    """The common dateline forms without dateutil (which is slow); ``None`` to defer."""
    parts = _rx.findall(r"[A-Za-z]+|\d+", raw)
    try:
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            if len(parts[0]) == 4:
                return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
            return dt.date(int(parts[2]), int(parts[1]), int(parts[0]))  # day first
        words = [p for p in parts if not p.isdigit() and p.lower() not in ("st", "nd", "rd", "th")]
        numbers = [int(p) for p in parts if p.isdigit()]
        if len(words) == 1 and len(numbers) == 2 and numbers[1] > 31:
            month = _MONTH_NUMBERS.get(words[0][:3].lower())
            if month is not None:
                return dt.date(numbers[1], month, numbers[0])
    except ValueError:
        return None
    return None


@cache
def _placed_date_re() -> re.Pattern[str]:
    # "HANOI, Dec 18, 2021 –" or "Hanoi, December 18, 2021 (VNA) -": a wire story's lead
    # opens with its place and full date.
    return re.compile(
        rf"[A-ZĐ][\w’'.]*(?: [A-ZĐ][\w’'.]*){{0,2}},\s*(?P<date>{MONTH}\.?\s+\d{{1,2}},\s*\d{{4}}"
        rf"|\d{{1,2}}\s+{MONTH}\.?,?\s+\d{{4}})\s*(?:\([A-Za-z/&. ]{{2,20}}\)\s*)?[–—-]"
    )


def find_dateline(text: str, spans: list[tuple[int, int]]) -> tuple[int, dt.date | None]:
    """The index (in *spans*) and date of the dateline among the first lines, if any.

    Without a dateline line, a lead that opens with its place and a full date
    ("HANOI, Dec 18, 2021 – ...") dates the article; the index is then -1, as that line
    is the story, not a dateline.

    >>> find_dateline("HANOI, Dec 18, 2021 – Leaders met.", [(0, 34)])
    (-1, datetime.date(2021, 12, 18))
    """
    for index, (start, end) in enumerate(spans[:5]):
        day = parse_dateline(text[start:end])
        if day is not None:
            return index, day
    for start, end in spans[:5]:
        placed = _placed_date_re().match(text, start, end)
        if placed:
            day = _quick_date(placed.group("date"))
            if day is not None:
                return -1, day
    return -1, None


def prefix_end(text: str, start: int, end: int) -> int:
    """Where the body starts in a line opening with ``Hanoi (VNA) –`` (else *start*)."""
    match = _prefix_re().match(text, start, end)
    return match.end() if match else start


def headline_lines(text: str, spans: list[tuple[int, int]], dateline: int) -> list[int]:
    """The indices of the headline lines: short, unpunctuated lines before the body.

    A section label ("Politics") may stand before the headline: up to two lines count.

    >>> t = "\\n\\n".join(["Aug 20, 2016 / 16:09", "Politics", "Envoys meet", "Hanoi (VNA) – Met."])
    >>> headline_lines(t, lines(t), 0)
    [1, 2]
    """
    first = dateline + 1 if 0 <= dateline < 3 else 0
    if first + 1 >= len(spans):
        return []  # a text of one line has no headline
    out: list[int] = []
    for index in range(first, min(first + 2, len(spans) - 1)):
        start, end = spans[index]
        line = text[start:end]
        if index == dateline or len(line) > 300 or prefix_end(text, start, end) != start:
            break
        if line[-1] in '.!?”"':
            break
        out.append(index)
    return out


def sentences(text: str, spans: list[tuple[int, int]]) -> list[Sentence]:
    """Split each line into sentences (lines are paragraphs in this register)."""
    out: list[Sentence] = []
    pattern = _sentence_end_re()
    for para, (start, end) in enumerate(spans):
        body = prefix_end(text, start, end)
        cut = start
        for match in pattern.finditer(text, start, end):
            stop = match.end()
            if match.group()[0] == ".":
                word = _rx.search(r"([\w.]+)\.$", text[max(cut, stop - 12) : match.start() + 1])
                token = word.group(1).lower() if word else ""
                if token in _ABBREV or (len(token) == 1 and token.isalpha()):
                    continue
            out.append(Sentence(cut, stop, para, max(cut, body)))
            cut = stop
            while cut < end and text[cut].isspace():
                cut += 1
        if cut < end:
            out.append(Sentence(cut, end, para, max(cut, body)))
    return out
