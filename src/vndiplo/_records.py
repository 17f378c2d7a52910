"""The typed records of a corpus: frozen, slotted attrs classes.

Register facts (conferences, officials, positions) cite :class:`Citation` records by id;
document facts (mentions, appearances, quotes, theme tags) carry a character span into
their :class:`Document`.  Every fact therefore points to its evidence.
"""

from __future__ import annotations

import datetime as dt

from attrs import field, frozen

from vndiplo._dates import PartialDate
from vndiplo._text import fold
from vndiplo._text import ordinal as _ordinal
from vndiplo._vocab import Format, QuoteKind, Series, Theme, Title

__all__ = [
    "Appearance",
    "Citation",
    "Conference",
    "Document",
    "Hit",
    "Mention",
    "Official",
    "Position",
    "Quote",
    "Speaker",
    "ThemeTag",
    "conference_id",
    "official_id",
]


def conference_id(series: Series | str, number: int) -> str:
    """The id of the conference *number* of *series*.

    :param series: the series, as a member or an id.
    :param number: the conference's ordinal within the series.

    >>> conference_id(Series.DIPLOMATIC, 31)
    'diplomatic-31'
    """
    return f"{Series(series).value}-{number}"


def official_id(name: str) -> str:
    """The id of the official called *name*: the folded name, hyphenated.

    :param name: the full name, with or without diacritics.

    >>> official_id("Phạm Bình Minh")
    'pham-binh-minh'
    """
    return fold(name).replace(" ", "-")


@frozen
class Citation:
    """A source that a register fact rests on.

    :param id: a stable id, the outlet's short name and the article number.
    :param url: the address as retrieved.
    :param publisher: the outlet.
    :param published: the date printed in the source, if shown (possibly in part).
    :param title: the headline, if shown.
    :param language: an ISO 639-1 code.
    :param reliability: ``news``, ``republication``, ``mirror``, ``wiki-mirror`` or ``blog``.
    :param note: anything needed to read the source correctly.

    >>> import vndiplo
    >>> print(vndiplo.load().citation("hanoitimes-11562").publisher)
    The Hanoi Times
    """

    id: str
    url: str
    publisher: str
    published: PartialDate | None = None
    title: str | None = None
    language: str = "en"
    reliability: str = "news"
    note: str | None = None

    def __str__(self) -> str:
        when = f", {self.published}" if self.published else ""
        title = f" “{self.title}”" if self.title else ""
        return f"{self.publisher}{when}:{title} <{self.url}>"


@frozen
class Document:
    """A source article with its full text.

    :param id: a stable id (for the bundled seeds, the file name without ``.txt``).
    :param text: the full text; quote and tag offsets index into it.
    :param headline: the headline.
    :param publisher: the outlet.
    :param url: where it was published.
    :param published: the publication date, when known.
    :param language: an ISO 639-1 code.
    :param citation: the id of the register :class:`Citation` for this article, if any.
    :param notes: provenance notes.

    >>> import vndiplo
    >>> doc = vndiplo.load().document("001_2dc3e466aeec6e55")
    >>> doc.published, doc.publisher
    (datetime.date(2016, 8, 20), 'The Hanoi Times')
    """

    id: str
    text: str = field(repr=False)
    headline: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str = "en"
    citation: str | None = None
    notes: str | None = field(default=None, repr=False)

    def __str__(self) -> str:
        when = self.published.isoformat() if self.published else "undated"
        return f"{self.headline or self.id} ({self.publisher or 'unknown'}, {when})"


@frozen
class Speaker:
    """An official's part in a conference, as the register records it.

    :param official: the :class:`Official`'s id.
    :param titles: the titles held at the time.
    :param role: what they did (opening address, closing, press briefing ...).
    :param citations: ids of the supporting :class:`Citation` records.
    :param note: anything else worth knowing.

    >>> import vndiplo
    >>> [s.official for s in vndiplo.conference(31).speakers][:2]
    ['bui-thanh-son', 'pham-minh-chinh']
    """

    official: str
    titles: tuple[Title, ...] = ()
    role: str | None = None
    citations: tuple[str, ...] = field(default=(), repr=False)
    note: str | None = field(default=None, repr=False)


@frozen
class Conference:
    """A conference (or a Party Congress), as the register knows it.

    :param series: which series.
    :param ordinal: its number within the series.
    :param start: the day it opened (possibly known only in part).
    :param end: the day it closed.
    :param location: the city.
    :param venue: the building, where a source names it.
    :param format: in person or hybrid, where a source says.
    :param motto: the official theme line in English.
    :param motto_vi: the official theme line in Vietnamese.
    :param held_with: ids of the conferences held with it.
    :param implements: id of the Party Congress whose resolution it implements.
    :param speakers: who spoke or attended, with citations.
    :param citations: ids of every supporting :class:`Citation`.
    :param uncertain: names of fields whose value is inferred or disputed.
    :param notes: context and the reasoning behind inferred values.

    >>> import vndiplo
    >>> c = vndiplo.conference("31st")
    >>> c.id, c.name, str(c.start)
    ('diplomatic-31', '31st National Diplomatic Conference', '2021-12-15')
    """

    series: Series
    ordinal: int
    start: PartialDate | None = None
    end: PartialDate | None = None
    location: str | None = None
    venue: str | None = None
    format: Format | None = None
    motto: str | None = None
    motto_vi: str | None = None
    held_with: tuple[str, ...] = ()
    implements: str | None = None
    speakers: tuple[Speaker, ...] = field(default=(), repr=False)
    citations: tuple[str, ...] = field(default=(), repr=False)
    uncertain: tuple[str, ...] = field(default=(), repr=False)
    notes: str | None = field(default=None, repr=False)

    @property
    def id(self) -> str:
        """The conference's id, ``series-ordinal``.

        >>> import vndiplo
        >>> vndiplo.conference("20th National Conference on External Affairs").id
        'external-affairs-20'
        """
        return conference_id(self.series, self.ordinal)

    @property
    def name(self) -> str:
        """The canonical name, such as ``"31st National Diplomatic Conference"``.

        >>> import vndiplo
        >>> vndiplo.conference("twenty-ninth").name
        '29th National Diplomatic Conference'
        """
        return f"{_ordinal(self.ordinal)} {self.series.label}"

    def __str__(self) -> str:
        when = ""
        if self.start and self.end and self.start != self.end:
            when = f", {self.start} to {self.end}"
        elif self.start or self.end:
            when = f", {self.start or self.end}"
        where = f", {self.location}" if self.location else ""
        return f"{self.name}{where}{when}"


@frozen
class Position:
    """A post an official held, with dates as far as sources establish them.

    :param title: the vocabulary title, or ``None`` for a post without an id.
    :param label: the post in words.
    :param start: when it began (``None``: not established).
    :param end: when it ended (``None``: not established, not "still in office").
    :param attested: days (or months) on which a source shows the post held.
    :param citations: ids of supporting :class:`Citation` records.
    :param notes: how to read the dates.

    >>> import vndiplo
    >>> p = vndiplo.official("Minh").positions[2]
    >>> p.title, str(p.start), str(p.end)
    (Title.DEPUTY_PRIME_MINISTER, '2013-11-13', '2023-01-05')
    """

    title: Title | None
    label: str
    start: PartialDate | None = None
    end: PartialDate | None = None
    attested: tuple[PartialDate, ...] = field(default=(), repr=False)
    citations: tuple[str, ...] = field(default=(), repr=False)
    notes: str | None = field(default=None, repr=False)

    def held_on(self, day: dt.date) -> bool:
        """Whether the sources show this post held on *day*.

        A post counts as held when *day* falls between a known start and a known end, or
        is an attested day.  An open end counts only up to the last attested day.

        :param day: the day to test.
        :returns: ``True`` when held.

        >>> import datetime, vndiplo
        >>> p = vndiplo.official("Minh").positions[2]
        >>> p.held_on(datetime.date(2016, 8, 20)), p.held_on(datetime.date(2024, 1, 1))
        (True, False)
        """
        if any(seen.earliest() <= day <= seen.latest() for seen in self.attested):
            return True
        if self.start is None or self.start.earliest() > day:
            return False
        if self.end is not None:
            return day <= self.end.latest()
        return any(day <= seen.latest() for seen in self.attested)


@frozen
class Official:
    """A Vietnamese official.

    :param name: the full name without diacritics, family name first.
    :param name_vi: the name with diacritics, where sourced.
    :param called: how news copy refers back to the official, when that is not the last
        word of the name (the given name); Ho Chi Minh, for one, is never "Minh".
    :param born: date of birth, where sourced.
    :param died: date of death, where sourced.
    :param positions: posts held over time.
    :param citations: ids of :class:`Citation` records backing the name and notes.
    :param notes: anything else worth knowing.

    >>> import vndiplo
    >>> o = vndiplo.official("Pham Binh Minh")
    >>> o.id, o.family, o.given, o.name_vi
    ('pham-binh-minh', 'Pham', 'Minh', 'Phạm Bình Minh')
    """

    name: str
    name_vi: str | None = None
    called: str | None = None
    born: PartialDate | None = None
    died: PartialDate | None = None
    positions: tuple[Position, ...] = field(default=(), repr=False)
    citations: tuple[str, ...] = field(default=(), repr=False)
    notes: str | None = field(default=None, repr=False)

    @property
    def id(self) -> str:
        """The official's id: the folded name, hyphenated.

        >>> import vndiplo
        >>> vndiplo.official("Phạm Bình Minh").id
        'pham-binh-minh'
        """
        return official_id(self.name)

    @property
    def family(self) -> str:
        """The family name, which Vietnamese names put first.

        >>> import vndiplo
        >>> vndiplo.official("Bui Thanh Son").family
        'Bui'
        """
        return self.name.split()[0]

    @property
    def given(self) -> str:
        """The given name, which comes last and by which news copy refers back.

        >>> import vndiplo
        >>> vndiplo.official("Bui Thanh Son").given
        'Son'
        """
        return self.called or self.name.split()[-1]

    @property
    def titles(self) -> tuple[Title, ...]:
        """Every vocabulary title the official ever held, in the order of the positions.

        >>> import vndiplo
        >>> Title.FOREIGN_MINISTER in vndiplo.official("Pham Binh Minh").titles
        True
        """
        return tuple(dict.fromkeys(p.title for p in self.positions if p.title is not None))

    def titles_on(self, day: dt.date) -> tuple[Title, ...]:
        """The vocabulary titles held on *day*.

        :param day: the day.
        :returns: titles in the order of the positions.

        >>> import datetime, vndiplo
        >>> vndiplo.official("Minh").titles_on(datetime.date(2016, 8, 26))
        (Title.FOREIGN_MINISTER, Title.DEPUTY_PRIME_MINISTER)
        """
        return tuple(p.title for p in self.positions if p.title is not None and p.held_on(day))

    def __str__(self) -> str:
        return (self.name_vi and f"{self.name} ({self.name_vi})") or self.name


@frozen
class Mention:
    """A document's mention of a conference, with what the document claims about it.

    The claims (``opens``, ``closes``, ``location``) are the document's, not the register's:
    seed 001 dates the 29th Diplomatic Conference "August 21-26" while the register has it
    opening on the 22nd, and both are kept.

    :param document: the :class:`Document`'s id.
    :param conference: the :class:`Conference`'s id.
    :param subject: whether the document is about this conference.
    :param opens: the opening day the document states or implies.
    :param closes: the closing day the document states or implies.
    :param location: where the document places it.
    :param start: offset of the first mention in the document's text.
    :param end: offset just past the first mention.

    >>> import vndiplo
    >>> m = vndiplo.load().mentions_of(29)[0]
    >>> m.opens, m.subject
    (datetime.date(2016, 8, 21), True)
    """

    document: str
    conference: str
    subject: bool
    start: int
    end: int
    opens: dt.date | None = None
    closes: dt.date | None = None
    location: str | None = None


@frozen
class Appearance:
    """An official named in a document, with the titles the document gives.

    :param document: the :class:`Document`'s id.
    :param official: the :class:`Official`'s id.
    :param titles: titles the document gives the official.
    :param start: offset of the first mention of the full name.
    :param end: offset just past it.

    >>> import vndiplo
    >>> [a.official for a in vndiplo.load().appearances_in("000_c6e9a052c59178f6")]
    ['pham-minh-chinh', 'nguyen-quoc-dung', 'nguyen-phu-trong']
    """

    document: str
    official: str
    start: int
    end: int
    titles: tuple[Title, ...] = ()


@frozen
class Quote:
    """A statement a document attributes to an official.

    :param speaker: the :class:`Official`'s id.
    :param document: the :class:`Document`'s id.
    :param kind: direct (in quotation marks) or reported speech.
    :param start: offset of the first character of what was said.
    :param end: offset just past the last character.
    :param text: exactly ``document.text[start:end]``.
    :param conference: the :class:`Conference` it was said at or about, if any.

    >>> import vndiplo
    >>> q = vndiplo.quotes_by("Minh")[0]
    >>> q.kind, q.text[:40]
    (QuoteKind.REPORTED, 'External activities need to be further i')
    """

    speaker: str
    document: str
    kind: QuoteKind
    start: int
    end: int
    text: str
    conference: str | None = None

    def __str__(self) -> str:
        marks = ("“", "”") if self.kind is QuoteKind.DIRECT else ("", "")
        return f"{self.speaker}: {marks[0]}{self.text}{marks[1]}"


@frozen
class ThemeTag:
    """The evidence that a document speaks to a theme: the offsets of a sentence.

    :param document: the :class:`Document`'s id.
    :param theme: the theme.
    :param start: offset of the sentence's first character.
    :param end: offset just past its last.

    >>> import vndiplo
    >>> tag = vndiplo.evidence(31, "citizen-protection")[0]
    >>> vndiplo.load().text_of(tag)[-53:]
    'citizen protection work will continue to be promoted.'
    """

    document: str
    theme: Theme
    start: int
    end: int


@frozen
class Hit:
    """A keyword-in-context search hit.

    :param document: the :class:`Document`'s id.
    :param start: offset of the match.
    :param end: offset just past it.
    :param before: up to the context width of text before the match.
    :param match: the matched text.
    :param after: up to the context width of text after it.

    >>> import vndiplo
    >>> hit = vndiplo.search("Doi Moi")[0]
    >>> hit.document, hit.match
    ('000_c6e9a052c59178f6', 'Doi Moi')
    """

    document: str
    start: int
    end: int
    before: str
    match: str
    after: str

    def __str__(self) -> str:
        def flat(text: str) -> str:
            return " ".join(text.replace("\n", " ").split(" "))

        return f"…{flat(self.before)}[{self.match}]{flat(self.after)}…"
