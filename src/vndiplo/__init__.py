"""vndiplo: Vietnam's diplomatic conferences as typed, sourced, importable data.

>>> import vndiplo
>>> vndiplo.conference(31).name
'31st National Diplomatic Conference'
>>> vndiplo.themes_for("31st")[:2]
(Theme.ECONOMIC_DIPLOMACY, Theme.PEACE_STABILITY)
"""

from __future__ import annotations

import typing as _typing

from vndiplo._corpus import Corpus, merge
from vndiplo._dates import PartialDate
from vndiplo._default import (
    conference,
    conferences,
    conferences_with,
    documents_about,
    evidence,
    load,
    official,
    officials,
    quotes_by,
    search,
    speakers_at,
    themes_for,
    title_of,
)
from vndiplo._errors import CorpusError, Problem
from vndiplo._ingest import Ingestion, ingest, link
from vndiplo._io import MAX_FILE_BYTES, dump, dumps, load_path, loads
from vndiplo._records import (
    Appearance,
    Citation,
    Conference,
    Document,
    Hit,
    Mention,
    Official,
    Position,
    Quote,
    Speaker,
    ThemeTag,
    conference_id,
    official_id,
)
from vndiplo._text import fold, ordinal, parse_ordinal
from vndiplo._vocab import Format, QuoteKind, Series, Theme, Title

if _typing.TYPE_CHECKING:
    __version__: str


def __getattr__(name: str) -> str:
    # importlib.metadata costs more than the rest of the import: read it on demand.
    if name == "__version__":
        from importlib.metadata import version

        return version("vndiplo")
    raise AttributeError(f"module 'vndiplo' has no attribute {name!r}")


__all__ = [
    "MAX_FILE_BYTES",
    "Appearance",
    "Citation",
    "Conference",
    "Corpus",
    "CorpusError",
    "Document",
    "Format",
    "Hit",
    "Ingestion",
    "Mention",
    "Official",
    "PartialDate",
    "Position",
    "Problem",
    "Quote",
    "QuoteKind",
    "Series",
    "Speaker",
    "Theme",
    "ThemeTag",
    "Title",
    "__version__",
    "conference",
    "conference_id",
    "conferences",
    "conferences_with",
    "documents_about",
    "dump",
    "dumps",
    "evidence",
    "fold",
    "ingest",
    "link",
    "load",
    "load_path",
    "loads",
    "merge",
    "official",
    "official_id",
    "officials",
    "ordinal",
    "parse_ordinal",
    "quotes_by",
    "search",
    "speakers_at",
    "themes_for",
    "title_of",
]
