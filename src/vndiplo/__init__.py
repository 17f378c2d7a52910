"""vndiplo: Vietnam's diplomatic conferences as typed, sourced, importable data.

>>> import vndiplo
>>> vndiplo.conference(31).name
'31st National Diplomatic Conference'
>>> vndiplo.themes_for("31st")[0]
Theme.ECONOMIC_DIPLOMACY
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
    from vndiplo._extract import (
        ExtractedConference,
        ExtractedOfficial,
        ExtractedQuote,
        ExtractError,
        Extraction,
        ThemeEvidence,
        extract,
        extract_file,
    )

    __version__: str

# The extractor's patterns and python-dateutil cost as much as the rest of the import,
# and importlib.metadata more: both load on first use.
_LAZY = {
    "ExtractError": "vndiplo._extract",
    "ExtractedConference": "vndiplo._extract",
    "ExtractedOfficial": "vndiplo._extract",
    "ExtractedQuote": "vndiplo._extract",
    "Extraction": "vndiplo._extract",
    "ThemeEvidence": "vndiplo._extract",
    "extract": "vndiplo._extract",
    "extract_file": "vndiplo._extract",
}


def __getattr__(name: str) -> object:
    if name == "__version__":
        from importlib.metadata import version

        return version("vndiplo")
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'vndiplo' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, "__version__"})


__all__ = [
    "MAX_FILE_BYTES",
    "Appearance",
    "Citation",
    "Conference",
    "Corpus",
    "CorpusError",
    "Document",
    "ExtractError",
    "ExtractedConference",
    "ExtractedOfficial",
    "ExtractedQuote",
    "Extraction",
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
    "ThemeEvidence",
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
    "extract",
    "extract_file",
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
