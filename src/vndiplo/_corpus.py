"""The corpus: every record, immutable, with lookups that accept what people type."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Iterable, Sequence

from attrs import field, frozen

from vndiplo._errors import CorpusError, Problem
from vndiplo._index import Index
from vndiplo._records import (
    Appearance,
    Citation,
    Conference,
    Document,
    Hit,
    Mention,
    Official,
    Quote,
    ThemeTag,
)
from vndiplo._vocab import Series, Theme, Title

__all__ = ["Corpus", "merge"]

ConferenceRef = Conference | str | int
OfficialRef = Official | str
Spanned = Quote | ThemeTag | Mention | Appearance


class _Lazy:
    """Holds a corpus's index, built once on first use, behind a lock."""

    __slots__ = ("index", "lock")

    def __init__(self) -> None:
        self.index: Index | None = None
        self.lock = threading.Lock()


@frozen
class Corpus:
    """Documents, register facts and annotations, with lookups.

    A corpus is immutable; :func:`vndiplo.load` gives the bundled one, and
    :func:`vndiplo.load_path` reads your own.  Lookups accept what a person types: a
    conference as ``31``, ``"31st"``, ``"thirty-first"``, ``"31st Diplomatic Conference"``
    or its id; an official as ``"Phạm Bình Minh"``, ``"pham binh minh"``, a given name
    (``"Minh"``) or an id.  Unknown or ambiguous references raise :class:`LookupError`.

    :param citations: the sources register facts cite.
    :param documents: the articles.
    :param conferences: conferences and Party Congresses.
    :param officials: officials with their positions.
    :param mentions: which documents name which conferences.
    :param appearances: which documents name which officials, with what titles.
    :param quotes: statements attributed to officials.
    :param theme_tags: the evidence for each theme of each document.

    >>> import vndiplo
    >>> corpus = vndiplo.load()
    >>> len(corpus.documents), len(corpus.conferences) > 10
    (2, True)
    """

    citations: tuple[Citation, ...] = ()
    documents: tuple[Document, ...] = ()
    conferences: tuple[Conference, ...] = ()
    officials: tuple[Official, ...] = ()
    mentions: tuple[Mention, ...] = ()
    appearances: tuple[Appearance, ...] = ()
    quotes: tuple[Quote, ...] = ()
    theme_tags: tuple[ThemeTag, ...] = ()
    _lazy: _Lazy = field(init=False, factory=_Lazy, eq=False, hash=False, repr=False)

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={n}" for name, n in self.counts().items())
        return f"Corpus({counts})"

    @property
    def _index(self) -> Index:
        index = self._lazy.index
        if index is None:
            with self._lazy.lock:
                index = self._lazy.index
                if index is None:
                    index = self._lazy.index = Index(self)
        return index

    def counts(self) -> dict[str, int]:
        """How many records of each kind the corpus holds.

        >>> import vndiplo
        >>> vndiplo.load().counts()["documents"]
        2
        """
        return {
            "citations": len(self.citations),
            "documents": len(self.documents),
            "conferences": len(self.conferences),
            "officials": len(self.officials),
            "mentions": len(self.mentions),
            "appearances": len(self.appearances),
            "quotes": len(self.quotes),
            "theme_tags": len(self.theme_tags),
        }

    def __add__(self, other: Corpus) -> Corpus:
        """Merge two corpora; see :func:`merge`."""
        if not isinstance(other, Corpus):
            return NotImplemented
        return merge([("<left>", self), ("<right>", other)])

    # -- single records -----------------------------------------------------------

    def citation(self, id: str) -> Citation:
        """The citation with id *id*.

        :param id: a citation id.
        :raises LookupError: when there is none.

        >>> import vndiplo
        >>> vndiplo.load().citation("vnplus-218429").publisher
        'VietnamPlus (Vietnam News Agency)'
        """
        found = self._index.citations.get(id)
        if found is None:
            raise LookupError(f"no citation with id {id!r}")
        return found

    def document(self, id: str) -> Document:
        """The document with id *id*.

        :param id: a document id.
        :raises LookupError: when there is none.

        >>> import vndiplo
        >>> vndiplo.load().document("000_c6e9a052c59178f6").publisher
        'VietnamPlus (Vietnam News Agency)'
        """
        found = self._index.documents.get(id)
        if found is None:
            raise LookupError(f"no document with id {id!r}")
        return found

    def conference(self, ref: ConferenceRef) -> Conference:
        """The conference *ref* names.

        A bare number means the Diplomatic Conference of that number where there is one.

        :param ref: a number, an ordinal (``"31st"``, ``"thirty-first"``, ``"XXXI"``), a
            name (``"20th National Conference on External Affairs"``), an id or a record.
        :raises LookupError: when nothing or more than one conference matches.

        >>> import vndiplo
        >>> corpus = vndiplo.load()
        >>> corpus.conference("thirty-first") == corpus.conference(31)
        True
        >>> corpus.conference("20th National Conference on Local Diplomacy").id
        'external-affairs-20'
        """
        return self._index.conference(ref)

    def official(self, ref: OfficialRef) -> Official:
        """The official *ref* names.

        :param ref: a full name with or without diacritics, a given name that only one
            official has, an id, or a record.
        :raises LookupError: when nothing or more than one official matches; the message
            lists the candidates or the closest names.

        >>> import vndiplo
        >>> corpus = vndiplo.load()
        >>> corpus.official("Phạm Bình Minh") == corpus.official("Minh")
        True
        """
        return self._index.official(ref)

    # -- collections ----------------------------------------------------------------

    def conferences_where(
        self,
        series: Series | str | None = None,
        year: int | None = None,
        theme: Theme | str | None = None,
    ) -> tuple[Conference, ...]:
        """Conferences filtered by series, year (of opening) and theme, in date order.

        :param series: a series id such as ``"diplomatic"``.
        :param year: the year the conference opened (or closed).
        :param theme: a theme the documents about it speak to.
        :returns: matching conferences, earliest first.

        >>> import vndiplo
        >>> [c.id for c in vndiplo.load().conferences_where(year=2021)]
        ['party-congress-13', 'external-affairs-20', 'foreign-affairs-1', 'diplomatic-31']
        """
        wanted = Series(series) if series is not None else None
        theme_id = self._index.theme(theme) if theme is not None else None
        found = [
            c
            for c in self.conferences
            if (wanted is None or c.series is wanted)
            and (year is None or year in _years(c))
            and (theme_id is None or self._index.theme_counts(c)[theme_id] > 0)
        ]
        return tuple(sorted(found, key=_conference_order))

    def officials_where(
        self, title: Title | str | None = None, conference: ConferenceRef | None = None
    ) -> tuple[Official, ...]:
        """Officials filtered by a title they held and a conference they spoke at.

        :param title: a title id such as ``"foreign-minister"``.
        :param conference: a conference reference, as for :meth:`conference`.
        :returns: matching officials, in register order.

        >>> import vndiplo
        >>> [o.name for o in vndiplo.load().officials_where(title="foreign-minister")][:2]
        ['Pham Binh Minh', 'Bui Thanh Son']
        """
        wanted = Title(title) if title is not None else None
        pool: Iterable[Official] = (
            self.officials if conference is None else self.speakers_at(conference)
        )
        return tuple(o for o in pool if wanted is None or wanted in o.titles)

    def quotes_by(
        self, official: OfficialRef, conference: ConferenceRef | None = None
    ) -> tuple[Quote, ...]:
        """What *official* is quoted as saying, in date order.

        :param official: an official reference, as for :meth:`official`.
        :param conference: only quotes said at or about this conference.
        :returns: the quotes, earliest first (then in text order).

        >>> import vndiplo
        >>> len(vndiplo.load().quotes_by("Nguyen Quoc Dung", conference=31))
        10
        """
        found = self._index.quotes.get(self.official(official).id, [])
        if conference is not None:
            wanted = self.conference(conference).id
            found = [q for q in found if q.conference == wanted]
        return tuple(found)

    def themes_for(self, conference: ConferenceRef) -> tuple[Theme, ...]:
        """The themes of the documents about *conference*, most evidenced first.

        :param conference: a conference reference, as for :meth:`conference`.
        :returns: themes; ties keep vocabulary order.

        >>> import vndiplo
        >>> "overseas-vietnamese" in vndiplo.load().themes_for("29th")
        True
        """
        return self._index.themes_ranked(self.conference(conference))

    def evidence(self, conference: ConferenceRef, theme: Theme | str) -> tuple[ThemeTag, ...]:
        """The sentences that tie *theme* to *conference*, in document order.

        :param conference: a conference reference.
        :param theme: a theme id or label.
        :returns: the theme tags; :meth:`text_of` gives each sentence.

        >>> import vndiplo
        >>> corpus = vndiplo.load()
        >>> corpus.text_of(corpus.evidence(31, "green-development")[0])[:30]
        'Notably, for the first time, f'
        """
        wanted = self._index.theme(theme)
        return tuple(
            tag
            for document in self._index.subject_documents(self.conference(conference))
            for tag in self._index.tags[document.id]
            if tag.theme is wanted
        )

    def conferences_with(self, theme: Theme | str) -> tuple[Conference, ...]:
        """The conferences whose documents speak to *theme*, most evidenced first.

        :param theme: a theme id or label.

        >>> import vndiplo
        >>> [c.id for c in vndiplo.load().conferences_with("defence-security")]
        ['external-affairs-18', 'diplomatic-29']
        """
        wanted = self._index.theme(theme)
        scored = [(self._index.theme_counts(c)[wanted], c) for c in self.conferences]
        ranked = sorted((x for x in scored if x[0]), key=lambda x: (-x[0], _conference_order(x[1])))
        return tuple(c for _, c in ranked)

    def speakers_at(self, conference: ConferenceRef) -> tuple[Official, ...]:
        """Officials the register lists at *conference*, then others quoted about it.

        :param conference: a conference reference.

        >>> import vndiplo
        >>> [o.given for o in vndiplo.load().speakers_at(29)][:3]
        ['Minh', 'Trong', 'Phuc']
        """
        conf = self.conference(conference)
        ids = [s.official for s in conf.speakers]
        ids += [q.speaker for q in self.quotes if q.conference == conf.id]
        officials = self._index.officials
        return tuple(officials[i] for i in dict.fromkeys(ids) if i in officials)

    def documents_about(self, conference: ConferenceRef) -> tuple[Document, ...]:
        """The documents whose subject is *conference*.

        :param conference: a conference reference, as for :meth:`conference`.
        :returns: the documents, in corpus order.

        >>> import vndiplo
        >>> [d.id for d in vndiplo.load().documents_about(31)]
        ['000_c6e9a052c59178f6']
        """
        return tuple(self._index.subject_documents(self.conference(conference)))

    def mentions_of(self, conference: ConferenceRef) -> tuple[Mention, ...]:
        """Every document's mention of *conference*.

        :param conference: a conference reference, as for :meth:`conference`.
        :returns: the mentions, subject or not, in corpus order.

        >>> import vndiplo
        >>> [m.subject for m in vndiplo.load().mentions_of("12th Party Congress")]
        [False]
        """
        return tuple(self._index.mentions[self.conference(conference).id])

    def appearances_in(self, document: Document | str) -> tuple[Appearance, ...]:
        """The officials a document names, with the titles it gives them.

        :param document: a document or its id.
        :returns: the appearances, in text order.
        :raises LookupError: when there is no such document.

        >>> import vndiplo
        >>> vndiplo.load().appearances_in("001_2dc3e466aeec6e55")[0].titles
        (Title.DEPUTY_PRIME_MINISTER, Title.FOREIGN_MINISTER)
        """
        key = document.id if isinstance(document, Document) else document
        return tuple(self._index.appearances[self.document(key).id])

    def title_of(self, official: OfficialRef, on: dt.date | None = None) -> tuple[Title, ...]:
        """The titles *official* held on a day, or every title held when *on* is omitted.

        :param official: an official reference.
        :param on: the day; see :meth:`Position.held_on` for how open dates count.

        >>> import datetime, vndiplo
        >>> vndiplo.load().title_of("Pham Binh Minh", on=datetime.date(2022, 6, 1))
        (Title.DEPUTY_PRIME_MINISTER,)
        """
        person = self.official(official)
        return person.titles if on is None else person.titles_on(on)

    def date_of(self, quote: Quote) -> dt.date | None:
        """A quote's date: its document's publication date, else its conference's close.

        :param quote: a quote of this corpus.
        :returns: the date, or ``None`` when neither is known.

        >>> import vndiplo
        >>> corpus = vndiplo.load()
        >>> corpus.date_of(corpus.quotes_by("Nguyen Quoc Dung")[0])
        datetime.date(2021, 12, 18)
        """
        return self._index.date_of(quote)

    def text_of(self, record: Spanned) -> str:
        """The text a quote, theme tag, mention or appearance points to.

        :param record: a record with a ``document`` and a ``start``/``end`` span.
        :returns: ``document.text[start:end]``.
        :raises LookupError: when the corpus has no such document.

        >>> import vndiplo
        >>> corpus = vndiplo.load()
        >>> corpus.text_of(corpus.mentions_of(31)[0])
        '31st Diplomatic Conference'
        """
        return self.document(record.document).text[record.start : record.end]

    def sources_of(self, record: Conference | Official) -> tuple[Citation, ...]:
        """The citations behind a register record, its parts' citations included.

        :param record: a conference (its speakers' citations included) or an official
            (its positions' citations included).
        :returns: the citations, each once, in order of first citing.

        >>> import vndiplo
        >>> corpus = vndiplo.load()
        >>> len(corpus.sources_of(corpus.conference(31))) >= 10
        True
        """
        ids = list(record.citations)
        if isinstance(record, Conference):
            ids += [c for s in record.speakers for c in s.citations]
        else:
            ids += [c for p in record.positions for c in p.citations]
        return tuple(self.citation(i) for i in dict.fromkeys(ids))

    def search(self, query: str, *, width: int = 40) -> tuple[Hit, ...]:
        """Keyword in context: every place *query* occurs in a document's text.

        Matching ignores case and treats any run of white space as one space.

        :param query: words to find.
        :param width: how many characters of context to keep on each side.
        :returns: hits in document order.

        >>> import vndiplo
        >>> hit = vndiplo.load().search("soft power", width=20)[0]
        >>> print(hit)
        …imise the country’s [soft power], he said, adding th…
        """
        words = query.split()
        if not words:
            return ()
        pattern = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
        hits = []
        for document in self.documents:
            text = document.text
            for match in pattern.finditer(text):
                start, end = match.span()
                hits.append(
                    Hit(
                        document=document.id,
                        start=start,
                        end=end,
                        before=text[max(0, start - width) : start],
                        match=match.group(0),
                        after=text[end : end + width],
                    )
                )
        return tuple(hits)


def _years(conference: Conference) -> set[int]:
    return {d.year for d in (conference.start, conference.end) if d is not None}


def _conference_order(conference: Conference) -> tuple[dt.date, str, int]:
    when = conference.start or conference.end
    return (when.earliest() if when else dt.date.max, conference.series.value, conference.ordinal)


_KEYS: dict[str, Callable[[object], object]] = {
    "citations": lambda r: r.id,  # type: ignore[attr-defined]
    "documents": lambda r: r.id,  # type: ignore[attr-defined]
    "conferences": lambda r: r.id,  # type: ignore[attr-defined]
    "officials": lambda r: r.id,  # type: ignore[attr-defined]
}


def _itself(record: object) -> object:
    return record


def merge(parts: Sequence[tuple[str, Corpus]]) -> Corpus:
    """Merge labelled corpora into one.

    A record that several parts hold identically is kept once; two different records
    with the same id are an error naming both parts.

    :param parts: ``(label, corpus)`` pairs; the label (a file name) names the part in
        errors.
    :returns: the merged corpus.
    :raises CorpusError: when two parts disagree about a record.

    >>> import vndiplo
    >>> base = vndiplo.load()
    >>> vndiplo.merge([("a", base), ("b", base)]) == base
    True
    """
    if len(parts) == 1:
        return parts[0][1]
    merged: dict[str, list[object]] = {}
    problems: list[Problem] = []
    for name in Corpus.__attrs_attrs__:
        if not name.init:
            continue
        key_of = _KEYS.get(name.name, _itself)
        seen: dict[object, tuple[str, int, object]] = {}
        for label, corpus in parts:
            for i, record in enumerate(getattr(corpus, name.name)):
                key = key_of(record)
                first = seen.get(key)
                if first is None:
                    seen[key] = (label, i, record)
                elif first[2] != record:
                    problems.append(
                        Problem(
                            label,
                            f"{name.name}[{i}]",
                            f"differs from the record with id {key!r} in "
                            f"{first[0]} ({name.name}[{first[1]}])",
                        )
                    )
        merged[name.name] = [entry[2] for entry in seen.values()]
    if problems:
        raise CorpusError(problems)
    return Corpus(**{name: tuple(records) for name, records in merged.items()})  # type: ignore[arg-type]
