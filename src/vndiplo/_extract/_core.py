"""The extractor: one article in, an :class:`Extraction` out."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache

import attrs

from vndiplo._extract._conf import find_conferences, register_dates
from vndiplo._extract._model import (
    ExtractedOfficial,
    Extraction,
    ThemeEvidence,
)
from vndiplo._extract._people import FOREIGN, find_people
from vndiplo._extract._quotes import find_quotes, quote_regions
from vndiplo._extract._segment import find_dateline, headline_lines, lines, sentences, unwrap
from vndiplo._extract._themes import find_themes

_ENGLISH = frozenset("the of and to in a is that for on with was are by as at".split())


@cache
def _word_re() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]+(?:[’'][a-z]+)?")


def _is_english(words: list[str]) -> bool:
    """Whether the text reads as English (Vietnamese prose marks most small words)."""
    words = words[:3000]
    lower = list(filter(str.islower, words))
    if len(lower) >= 8:
        marked = len(lower) - sum(map(str.isascii, lower))
        if marked / len(lower) > 0.3:
            return False
    if len(words) < 40:
        return True
    hits = sum(map(_ENGLISH.__contains__, map(str.lower, words)))
    return hits / len(words) >= 0.04


@cache
def _capitalised_re() -> re.Pattern[str]:
    return re.compile(r"\b[A-ZĐ][^\W\d_]+")


def _about_vietnam(text: str) -> bool:
    """False when another country dominates the article (its own conferences included)."""
    viet = 0
    others: Counter[str] = Counter()
    for word in _capitalised_re().findall(text):
        low = word.lower()
        if low in ("vietnam", "vietnamese", "viet", "việt"):  # "Việt Nam" too
            viet += 1
        elif low in FOREIGN and low not in ("us", "eu", "european", "african"):
            others["lao" if low.startswith("lao") else low[:4]] += 1
    if not others:
        return True
    top = others.most_common(1)[0][1]
    return not (top >= 3 and top > viet)


def extract(text: str, published: dt.date | str | None = None) -> Extraction:
    """Extract conferences, officials, quotes and themes from one English article.

    Never raises for a string; offsets index *text* as given.

    :param text: the article.
    :param published: the publication date (a date or ``"YYYY-MM-DD"``); when ``None``, a
        dateline in the text is used.
    :raises TypeError: when *text* is not a string or *published* not a date.
    :raises ValueError: when *published* is a string that is not a date as ``YYYY-MM-DD``.
    :returns: the extraction.

    >>> article = (
    ...     "Hanoi (VNA) – The 31st Diplomatic Conference opened in Hanoi on December 15, 2021. "
    ...     "Deputy Foreign Minister Lê Văn Bình said the sector must attract investment."
    ... )
    >>> result = extract(article)
    >>> [(c.series.value, c.ordinal, str(c.start), c.location) for c in result.conferences]
    [('diplomatic', 31, '2021-12-15', 'Hanoi')]
    >>> [(o.name, [t.value for t in o.titles]) for o in result.officials]
    [('Le Van Binh', ['deputy-foreign-minister'])]
    >>> result.quotes[0].text
    'the sector must attract investment'
    >>> [t.value for t in result.themes]
    ['economic-diplomacy']
    """
    if not isinstance(text, str):
        raise TypeError(f"extract() needs a str, not {type(text).__name__}")
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published)
        except ValueError:
            raise ValueError(f"published must be a date as YYYY-MM-DD, not {published!r}") from None
    elif isinstance(published, dt.datetime):
        published = published.date()
    elif published is not None and not isinstance(published, dt.date):
        raise TypeError(f"published must be a date, not {type(published).__name__}")
    original, text = text, unwrap(text)
    spans = lines(text)
    dateline, found = find_dateline(text, spans)
    when = published if published is not None else found
    empty = Extraction(when, (), (), (), (), ())
    words = _word_re().findall(text[:20000])
    if not _is_english(words):
        return empty
    result = _extract(text, spans, dateline, when)
    # Another country's diplomacy: it dominates the text, and neither a Vietnamese official
    # nor one of Vietnam's conferences (one the register knows) is named; its own
    # "Diplomatic Conference" carries an ordinal Vietnam's series never had lately.
    if not result.officials and not _vietnams_conference(result) and not _about_vietnam(text):
        return empty
    known = register_dates()
    unknown = [c for c in result.conferences if (c.series, c.ordinal) not in known]
    if unknown and result.officials and not _about_vietnam(text):
        # A Vietnamese guest at another country's conference: the officials stay, the
        # host's conference (an ordinal Vietnam's series never had lately) does not.
        kept = tuple(c for c in result.conferences if c not in unknown)
        result = attrs.evolve(result, conferences=kept)
    if text is not original:
        # What was said, as the article has it: with its line breaks.
        quotes = tuple(attrs.evolve(q, text=original[q.start : q.end]) for q in result.quotes)
        result = attrs.evolve(result, quotes=quotes)
    return result


def _vietnams_conference(result: Extraction) -> bool:
    known = register_dates()
    return any((c.series, c.ordinal) in known for c in result.conferences)


def _extract(
    text: str, spans: list[tuple[int, int]], dateline: int, when: dt.date | None
) -> Extraction:
    sents = sentences(text, spans)
    head = headline_lines(text, spans, dateline)
    headline = (spans[head[0]][0], spans[head[-1]][1]) if head else None
    people = find_people(text)
    ref_spans = sorted((r.left, r.end) for r in people.refs if r.kind in ("name", "given"))
    regions = quote_regions(text, spans)
    conferences = find_conferences(text, sents, headline, when, ref_spans, regions)
    skip = set(head) | ({dateline} if dateline >= 0 else set())
    quotes = find_quotes(text, sents, people, spans, skip, regions)
    officials = tuple(
        ExtractedOfficial(p.name, tuple(p.titles), p.start, p.end)
        for p in sorted(people.persons.values(), key=lambda p: p.start)
        if not p.foreign
    )
    evidence = tuple(ThemeEvidence(t, s, e) for t, s, e in find_themes(text, sents))
    themes = tuple(sorted({e.theme for e in evidence}, key=lambda t: t.value))
    return Extraction(when, conferences, officials, quotes, themes, evidence)
