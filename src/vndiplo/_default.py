"""The bundled corpus, loaded once on first use, and lookups over it."""

from __future__ import annotations

import datetime as dt
import os
import threading

from vndiplo._corpus import ConferenceRef, Corpus, OfficialRef
from vndiplo._records import Conference, Document, Hit, Official, Quote, ThemeTag
from vndiplo._vocab import Series, Theme, Title

__all__ = [
    "BUNDLED_FILES",
    "conference",
    "conferences",
    "conferences_with",
    "documents_about",
    "evidence",
    "load",
    "official",
    "officials",
    "quotes_by",
    "search",
    "speakers_at",
    "themes_for",
    "title_of",
]

#: The bundled corpus files, inside the package's ``data`` folder.
BUNDLED_FILES = ("register.json", "seeds.json")

_lock = threading.Lock()
_cached: list[Corpus] = []


def load() -> Corpus:
    """The bundled corpus: the register of conferences and officials, and the seeds.

    It is read on the first call, once, even when many threads call at the same time,
    and the same object is returned afterwards.

    :returns: the bundled :class:`Corpus`.

    >>> import vndiplo
    >>> vndiplo.load() is vndiplo.load()
    True
    """
    if _cached:
        return _cached[0]
    with _lock:
        if not _cached:
            from vndiplo._io import loads_many

            texts = [(f"vndiplo/data/{name}", _read(name)) for name in BUNDLED_FILES]
            _cached.append(loads_many(texts))
    return _cached[0]


def _read(name: str) -> str:
    """A file of the package's ``data`` folder, as text.

    The package's own loader reads it, so that it is found in a zip archive as well as
    on disk; importlib.resources would do the same at the cost of several milliseconds
    of imports on the way to the first query.
    """
    path = os.path.join(os.path.dirname(__file__), "data", name)
    loader = __spec__.loader
    get_data = getattr(loader, "get_data", None)
    if get_data is None:  # an unusual loader: the file is on disk or nowhere
        with open(path, "rb") as file:
            return file.read().decode("utf-8")
    data: bytes = get_data(path)
    return data.decode("utf-8")


def conference(ref: ConferenceRef) -> Conference:
    """The conference *ref* names, in the bundled corpus; see :meth:`Corpus.conference`.

    :param ref: a number, an ordinal (``"31st"``, ``"thirty-first"``), a name, an id or a
        record.
    :raises LookupError: when nothing or more than one conference matches.

    >>> import vndiplo
    >>> vndiplo.conference("31st Diplomatic Conference").name
    '31st National Diplomatic Conference'
    """
    return load().conference(ref)


def conferences(
    series: Series | str | None = None,
    year: int | None = None,
    theme: Theme | str | None = None,
) -> tuple[Conference, ...]:
    """Bundled conferences by series, year and theme; see :meth:`Corpus.conferences_where`.

    :param series: a series id such as ``"diplomatic"``.
    :param year: the year the conference opened (or closed).
    :param theme: a theme the documents about it speak to.
    :returns: matching conferences, earliest first.

    >>> import vndiplo
    >>> [c.ordinal for c in vndiplo.conferences(series="diplomatic")]
    [3, 27, 28, 29, 30, 31, 32]
    """
    return load().conferences_where(series=series, year=year, theme=theme)


def official(ref: OfficialRef) -> Official:
    """The official *ref* names, in the bundled corpus; see :meth:`Corpus.official`.

    :param ref: a full name with or without diacritics, a given name that only one
        official has, an id, or a record.
    :raises LookupError: when nothing or more than one official matches.

    >>> import vndiplo
    >>> vndiplo.official("pham binh minh").name_vi
    'Phạm Bình Minh'
    """
    return load().official(ref)


def officials(
    title: Title | str | None = None, conference: ConferenceRef | None = None
) -> tuple[Official, ...]:
    """Bundled officials by title and conference; see :meth:`Corpus.officials_where`.

    :param title: a title id such as ``"foreign-minister"``.
    :param conference: a conference the official spoke at.
    :returns: matching officials, in register order.

    >>> import vndiplo
    >>> [o.name for o in vndiplo.officials(title="general-secretary")]
    ['Nguyen Phu Trong', 'To Lam']
    """
    return load().officials_where(title=title, conference=conference)


def quotes_by(official: OfficialRef, conference: ConferenceRef | None = None) -> tuple[Quote, ...]:
    """What *official* is quoted as saying, in date order; see :meth:`Corpus.quotes_by`.

    :param official: a full name with or without diacritics, a given name, or an id.
    :param conference: only quotes said at or about this conference.
    :raises LookupError: when the official or the conference is unknown or ambiguous.

    >>> import vndiplo
    >>> len(vndiplo.quotes_by("Phạm Bình Minh")) == len(vndiplo.quotes_by("Minh"))
    True
    """
    return load().quotes_by(official, conference)


def themes_for(conference: ConferenceRef) -> tuple[Theme, ...]:
    """The themes of *conference*, most evidenced first; see :meth:`Corpus.themes_for`.

    :param conference: a conference reference, as for :func:`conference`.

    >>> import vndiplo
    >>> "economic-diplomacy" in vndiplo.themes_for(31)
    True
    """
    return load().themes_for(conference)


def evidence(conference: ConferenceRef, theme: Theme | str) -> tuple[ThemeTag, ...]:
    """The sentences that tie *theme* to *conference*; see :meth:`Corpus.evidence`.

    :param conference: a conference reference, as for :func:`conference`.
    :param theme: a theme id or label.

    >>> import vndiplo
    >>> len(vndiplo.evidence("29th", "overseas-vietnamese"))
    1
    """
    return load().evidence(conference, theme)


def conferences_with(theme: Theme | str) -> tuple[Conference, ...]:
    """Conferences whose documents speak to *theme*; see :meth:`Corpus.conferences_with`.

    :param theme: a theme id or label.

    >>> import vndiplo
    >>> [c.id for c in vndiplo.conferences_with("green-development")]
    ['external-affairs-20', 'diplomatic-31']
    """
    return load().conferences_with(theme)


def speakers_at(conference: ConferenceRef) -> tuple[Official, ...]:
    """Officials at *conference*; see :meth:`Corpus.speakers_at`.

    :param conference: a conference reference, as for :func:`conference`.

    >>> import vndiplo
    >>> "Nguyen Quoc Dung" in [o.name for o in vndiplo.speakers_at(31)]
    True
    """
    return load().speakers_at(conference)


def documents_about(conference: ConferenceRef) -> tuple[Document, ...]:
    """Documents about *conference*; see :meth:`Corpus.documents_about`.

    :param conference: a conference reference, as for :func:`conference`.

    >>> import vndiplo
    >>> [d.publisher for d in vndiplo.documents_about(29)]
    ['The Hanoi Times']
    """
    return load().documents_about(conference)


def title_of(official: OfficialRef, on: dt.date | None = None) -> tuple[Title, ...]:
    """The titles *official* held on a day; see :meth:`Corpus.title_of`.

    :param official: an official reference, as for :func:`official`.
    :param on: the day; every title ever held when omitted.

    >>> import datetime, vndiplo
    >>> vndiplo.title_of("Bui Thanh Son", on=datetime.date(2021, 12, 15))
    (Title.FOREIGN_MINISTER,)
    """
    return load().title_of(official, on)


def search(query: str, *, width: int = 40) -> tuple[Hit, ...]:
    """Keyword in context over the bundled documents; see :meth:`Corpus.search`.

    :param query: words to find, in any case.
    :param width: how many characters of context to keep on each side.

    >>> import vndiplo
    >>> len(vndiplo.search("economic diplomacy"))
    3
    """
    return load().search(query, width=width)
