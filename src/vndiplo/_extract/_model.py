"""The result of an extraction: frozen, slotted attrs classes with exact types."""

from __future__ import annotations

import datetime as dt
from typing import Any

from attrs import frozen

from vndiplo._vocab import QuoteKind, Series, Theme, Title

__all__ = [
    "ExtractedConference",
    "ExtractedOfficial",
    "ExtractedQuote",
    "Extraction",
    "ThemeEvidence",
]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


@frozen
class ExtractedConference:
    """A conference (or Party Congress) that an article names.

    :param series: the series.
    :param ordinal: its number within the series.
    :param start: the opening day, when the text states or implies it.
    :param end: the closing day, when the text states or implies it.
    :param location: the city, when the text places the conference there.
    :param subject: whether the article is about this event.
    :param mention_start: offset of the first mention.
    :param mention_end: end offset of the first mention.

    >>> from vndiplo import Series
    >>> c = ExtractedConference(Series.DIPLOMATIC, 31, None, None, "Hanoi", True, 0, 24)
    >>> c.to_dict()["series"]
    'diplomatic'
    """

    series: Series
    ordinal: int
    start: dt.date | None
    end: dt.date | None
    location: str | None
    subject: bool
    mention_start: int
    mention_end: int

    def to_dict(self) -> dict[str, Any]:
        """This conference as in the JSON of ``vndiplo extract --json``.

        >>> from vndiplo import Series
        >>> c = ExtractedConference(Series.PARTY_CONGRESS, 13, None, None, None, False, 4, 30)
        >>> c.to_dict()["series"], c.to_dict()["subject"]
        ('party-congress', False)
        """
        return {
            "series": self.series.value,
            "ordinal": self.ordinal,
            "start": _iso(self.start),
            "end": _iso(self.end),
            "location": self.location,
            "subject": self.subject,
        }


@frozen
class ExtractedOfficial:
    """A Vietnamese official that an article names.

    :param name: the full name without diacritics, family name first.
    :param titles: title ids the text gives the official.
    :param mention_start: offset of the first mention of the full name.
    :param mention_end: end offset of that mention.

    >>> from vndiplo import Title
    >>> ExtractedOfficial("Pham Binh Minh", (Title.FOREIGN_MINISTER,), 10, 24).to_dict()
    {'name': 'Pham Binh Minh', 'titles': ['foreign-minister']}
    """

    name: str
    titles: tuple[Title, ...]
    mention_start: int
    mention_end: int

    def to_dict(self) -> dict[str, Any]:
        """This official as in the JSON of ``vndiplo extract --json``.

        >>> from vndiplo import Title
        >>> ExtractedOfficial("Bui Thanh Son", (Title.FOREIGN_MINISTER,), 0, 13).to_dict()
        {'name': 'Bui Thanh Son', 'titles': ['foreign-minister']}
        """
        return {"name": self.name, "titles": [t.value for t in self.titles]}


@frozen
class ExtractedQuote:
    """A statement attributed to a named official.

    :param speaker: the speaker's full name without diacritics.
    :param kind: direct (all inside quotation marks) or reported.
    :param start: offset of the first character of what was said.
    :param end: offset just after the last character of what was said.
    :param text: ``article[start:end]``.

    >>> from vndiplo import QuoteKind
    >>> q = ExtractedQuote("Pham Binh Minh", QuoteKind.REPORTED, 5, 9, "good")
    >>> q.to_dict()["kind"]
    'reported'
    """

    speaker: str
    kind: QuoteKind
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """This quote as in the JSON of ``vndiplo extract --json``.

        >>> from vndiplo import QuoteKind
        >>> ExtractedQuote("Bui Thanh Son", QuoteKind.DIRECT, 1, 6, "peace").to_dict()
        {'speaker': 'Bui Thanh Son', 'kind': 'direct', 'start': 1, 'end': 6, 'text': 'peace'}
        """
        return {
            "speaker": self.speaker,
            "kind": self.kind.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


@frozen
class ThemeEvidence:
    """A sentence that shows a theme.

    :param theme: the theme.
    :param start: offset of the sentence.
    :param end: end offset of the sentence.

    >>> from vndiplo import Theme
    >>> ThemeEvidence(Theme.SOVEREIGNTY, 0, 40).theme.label
    'Independence, sovereignty and territorial integrity'
    """

    theme: Theme
    start: int
    end: int


@frozen
class Extraction:
    """Everything the extractor found in one article.

    :param published: the publication date (given, or read from a dateline).
    :param conferences: conferences and congresses, in order of first mention.
    :param officials: Vietnamese officials, in order of first mention.
    :param quotes: statements attributed to officials, in text order.
    :param themes: theme ids, sorted.
    :param evidence: for each theme, the sentences that show it.

    >>> from vndiplo import extract
    >>> extract("Hello world.").to_dict()
    {'published': None, 'conferences': [], 'officials': [], 'quotes': [], 'themes': []}
    """

    published: dt.date | None
    conferences: tuple[ExtractedConference, ...]
    officials: tuple[ExtractedOfficial, ...]
    quotes: tuple[ExtractedQuote, ...]
    themes: tuple[Theme, ...]
    evidence: tuple[ThemeEvidence, ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object that ``vndiplo extract --json`` prints: exactly five keys.

        :returns: a dict ready for :func:`json.dumps`.

        >>> from vndiplo import extract
        >>> sorted(extract("Minh said peace matters.").to_dict())
        ['conferences', 'officials', 'published', 'quotes', 'themes']
        """
        return {
            "published": _iso(self.published),
            "conferences": [c.to_dict() for c in self.conferences],
            "officials": [o.to_dict() for o in self.officials],
            "quotes": [q.to_dict() for q in self.quotes],
            "themes": [t.value for t in self.themes],
        }
