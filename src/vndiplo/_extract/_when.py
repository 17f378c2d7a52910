"""Dates as news copy writes them: "August 21-26", "from December 19 to 23", "on Monday".

Rules:

- A date without a year takes the year that puts it closest to the publication date
  ("last year" / "next year" right after it shift that year), but in past-tense copy ("met
  from January 21 to 28" in a December article) not one after it; without a publication
  date, the year the register knows for the conference it belongs to.
- Vietnamese copy writes dates day first in figures: "on 14/12", "15-18/12",
  "30/11-2/12", "19/12/2023".
- A range whose end month comes before its start month crosses a new year.
- A weekday is the one within a week of publication: on or before it in past-tense copy,
  on or after it when the copy looks ahead ("will", "opens", "to open", "runs through");
  "last Saturday" is always before it, "next Saturday" always after.
- Days named relative to publication ("today", "this morning", "tonight", "yesterday",
  "tomorrow") are that many days from it, and unknown without it.
- "concluded on X after five working days" counts back: the closing day counts, Sundays
  do not, Saturdays only when the conference sat that day (it closed on a Saturday).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from attrs import frozen

from vndiplo._extract import _rx

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_RELATIVE = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "tomorrow": 1}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?))"
)
_SEP = r"\s*(?:-|–|—|to|until|till|through|and)\s*"


@frozen
class DateExpr:
    """A date or date range written in the text (year possibly missing)."""

    start: int
    end: int
    month1: int
    day1: int
    year1: int | None
    month2: int | None
    day2: int | None
    year2: int | None
    weekday: int | None  # set for a bare weekday ("on Monday"); then the rest is 0/None
    shift: int  # -1 "last year", +1 "next year", 0 otherwise
    offset: int | None = None  # days from publication ("yesterday": -1); then the rest is 0/None
    lean: int = 0  # for a weekday: -1 "last Monday", +1 "next Monday", 0 by the tense


@cache
def _date_re() -> re.Pattern[str]:
    day = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
    return re.compile(
        # Every date opens with a capital (a month, a weekday), a figure or the first letter
        # of a relative day (today, tonight, this ..., yesterday): a cheap first test.
        r"(?=[A-Z\dty])"
        r"(?:\b(?P<rel>(?i:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)))\b"
        r"(?![’'-])|"
        rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
        rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{day})(?:,?\s+(?P<y1>\d{{4}}))?"
        rf"(?:{_SEP}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{day})(?:,?\s+(?P<y2>\d{{4}}))?)?"
        rf"|(?P<d1b>{day})(?:\s*(?:-|–|—|to)\s*(?P<d2b>{day}))?\s+(?P<mb>{_MONTH})(?:,?\s+(?P<yb>\d{{4}}))?"
        # Day first, in figures: "15-18/12", "30/11-2/12", "14/12/2021" (not "24/7").
        r"|(?<![\d/.,])(?!24/7(?![\d/]))(?P<dn1>\d{1,2})(?:/(?P<mn1>\d{1,2}))?"
        r"(?:\s*(?:-|–|—|to)\s*(?P<dn2>\d{1,2}))?/(?P<mn2>\d{1,2})(?:/(?P<yn>\d{4}))?(?![\d/]))"
        rf"|\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    )


def _month(name: str | None) -> int | None:
    return _MONTHS.get(name[:3].lower()) if name else None


def _num(text: str | None) -> int | None:
    if not text:
        return None
    return int(_rx.match(r"\d+", text).group()) if _rx.match(r"\d+", text) else None  # type: ignore[union-attr]


def _numeric(month: str | None) -> int | None:
    number = _num(month)
    return number if number is not None and 1 <= number <= 12 else None


def find_dates(text: str, lo: int, hi: int) -> list[DateExpr]:
    """Date expressions in ``text[lo:hi]``.

    >>> [(d.month1, d.day1, d.day2) for d in find_dates("on August 21-26.", 0, 16)]
    [(8, 21, 26)]
    """
    out: list[DateExpr] = []
    for match in _date_re().finditer(text, lo, hi):
        tail = text[match.end() : match.end() + 14].lower()
        shift = -1 if tail.startswith(" last year") else 1 if tail.startswith(" next year") else 0
        if match.group("rel"):
            offset = _RELATIVE[match.group("rel").split()[0].lower()]
            out.append(
                DateExpr(match.start(), match.end(), 0, 0, None, None, None, None, None, 0, offset)
            )
            continue
        if match.group("wd"):
            wd = _WEEKDAYS.index(match.group("wd").lower())
            before = text[max(0, match.start() - 5) : match.start()].lower()
            lean = -1 if before.endswith("last ") else 1 if before.endswith("next ") else 0
            at = (match.start(), match.end())
            out.append(DateExpr(*at, 0, 0, None, None, None, None, wd, 0, None, lean))
            continue
        if match.group("m1"):
            m1, d1, y1 = _month(match.group("m1")), _num(match.group("d1")), _num(match.group("y1"))
            m2 = _month(match.group("m2"))
            d2, y2 = _num(match.group("d2")), _num(match.group("y2"))
            if d2 is not None and m2 is None:
                m2 = m1
        elif match.group("dn1"):
            m2, d2, y2 = (
                _numeric(match.group("mn2")),
                _num(match.group("dn2")),
                _num(match.group("yn")),
            )
            if d2 is None:  # "14/12" (a month after the first day needs a second one)
                if match.group("mn1"):
                    continue
                m1, d1, y1, m2, y2 = m2, _num(match.group("dn1")), y2, None, None
            else:
                m1, d1, y1 = _numeric(match.group("mn1")) or m2, _num(match.group("dn1")), None
        else:
            m1, d1, y1 = (
                _month(match.group("mb")),
                _num(match.group("d1b")),
                _num(match.group("yb")),
            )
            d2 = _num(match.group("d2b"))
            m2, y2 = (m1, y1) if d2 is not None else (None, None)
        if m1 is None or d1 is None:
            continue
        if y2 is not None and y1 is None:
            y1 = y2 if (m2 or m1) >= m1 else y2 - 1
        out.append(DateExpr(match.start(), match.end(), m1, d1, y1, m2, d2, y2, None, shift))
    return out


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve(
    expr: DateExpr,
    published: dt.date | None,
    known_year: int | None,
    forward: bool,
    past: bool = False,
) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day an expression means (the same day for a single date).

    :param expr: the expression.
    :param published: the publication date, if known.
    :param known_year: the year the register gives the conference, if any.
    :param forward: whether the copy looks ahead (for weekdays).
    :param past: whether the copy looks back: a date without a year is then not after
        publication.
    :returns: ``(first, last)``; ``(None, None)`` when the year cannot be known.

    >>> e = find_dates("from December 15 to 18", 0, 22)[0]
    >>> resolve(e, dt.date(2022, 1, 4), None, False)
    (datetime.date(2021, 12, 15), datetime.date(2021, 12, 18))
    """
    if expr.offset is not None:
        if published is None:
            return None, None
        day = published + dt.timedelta(days=expr.offset)
        return day, day
    if expr.weekday is not None:
        if published is None:
            return None, None
        if expr.lean > 0 or (forward and expr.lean == 0):
            delta = (expr.weekday - published.weekday()) % 7 or (7 if expr.lean else 0)
        else:
            delta = -((published.weekday() - expr.weekday) % 7 or (7 if expr.lean else 0))
        day = published + dt.timedelta(days=delta)
        return day, day
    year = expr.year1
    if year is None:
        if published is not None:
            year = _nearest_year(expr.month1, expr.day1, published, past)
            if year is not None and expr.shift:
                year = published.year + expr.shift
        elif known_year is not None:
            year = known_year
            if expr.month2 is not None and expr.month2 < expr.month1:
                year = known_year - 1
    if year is None:
        return None, None
    first = _make(year, expr.month1, expr.day1)
    if expr.day2 is None or expr.month2 is None:
        return first, first
    year2 = expr.year2 or (year + 1 if expr.month2 < expr.month1 else year)
    last = _make(year2, expr.month2, expr.day2)
    if first is not None and last is not None and last < first:
        last = None
    return first, last


def _nearest_year(month: int, day: int, published: dt.date, past: bool) -> int | None:
    """The year that puts *month*/*day* closest to *published* (not after it when *past*).

    >>> _nearest_year(1, 21, dt.date(2016, 12, 30), past=False)
    2017
    >>> _nearest_year(1, 21, dt.date(2016, 12, 30), past=True)
    2016
    """
    probes = []
    for candidate in (published.year - 1, published.year, published.year + 1):
        probe = _make(candidate, month, min(day, 28))
        if probe is not None:
            probes.append((abs((probe - published).days), probe > published, candidate))
    if past and any(not later for _, later, _ in probes):
        probes = [p for p in probes if not p[1]]
    return min(probes)[2] if probes else None


def count_back(end: dt.date, days: int) -> dt.date:
    """The first of *days* sitting days that end on *end* (the closing day counted).

    Sundays never count; Saturdays count only when the conference closed on a Saturday.

    >>> count_back(dt.date(2021, 12, 18), 5)  # a Saturday
    datetime.date(2021, 12, 14)
    >>> count_back(dt.date(2018, 8, 17), 5)  # a Friday
    datetime.date(2018, 8, 13)
    """
    saturday_sits = end.weekday() == 5
    day = end
    left = max(1, min(days, 60)) - 1
    while left:
        day -= dt.timedelta(days=1)
        if day.weekday() == 6 or (day.weekday() == 5 and not saturday_sits):
            continue
        left -= 1
    return day
