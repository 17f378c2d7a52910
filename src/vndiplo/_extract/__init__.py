"""Extract typed data from English news coverage of Vietnam's diplomatic conferences.

The entry points are :func:`extract` (a string) and :func:`extract_file` (a path).
Nothing is compiled at import time; patterns are built on first use.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from vndiplo._extract._core import extract
from vndiplo._extract._model import (
    ExtractedConference,
    ExtractedOfficial,
    ExtractedQuote,
    Extraction,
    ThemeEvidence,
)

__all__ = [
    "ExtractError",
    "ExtractedConference",
    "ExtractedOfficial",
    "ExtractedQuote",
    "Extraction",
    "ThemeEvidence",
    "extract",
    "extract_file",
    "read_article",
]


class ExtractError(ValueError):
    """An article file that cannot be read: missing, a directory, or not UTF-8.

    >>> try:
    ...     extract_file("/nonexistent/article.txt")
    ... except ExtractError as exc:
    ...     print(exc)
    cannot read /nonexistent/article.txt: no such file
    """


def read_article(path: str | Path) -> str:
    """Read an article as UTF-8 text.

    A leading byte order mark is dropped (it is not part of the article), so offsets index
    the text after it. Line endings are kept as written.

    :param path: the file.
    :returns: the text.
    :raises ExtractError: when the file is missing, is a directory, or is not UTF-8.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
    ...     _ = f.write("\\ufeffHello".encode())
    >>> read_article(f.name)
    'Hello'
    >>> os.unlink(f.name)
    """
    where = Path(path)
    try:
        raw = where.read_bytes()
    except FileNotFoundError:
        raise ExtractError(f"cannot read {where}: no such file") from None
    except IsADirectoryError:
        raise ExtractError(f"cannot read {where}: it is a directory") from None
    except PermissionError:
        raise ExtractError(f"cannot read {where}: permission denied") from None
    except OSError as exc:
        if where.is_dir():
            raise ExtractError(f"cannot read {where}: it is a directory") from None
        raise ExtractError(f"cannot read {where}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExtractError(
            f"cannot read {where}: not UTF-8 (bad byte at offset {exc.start})"
        ) from None
    return text.removeprefix("\ufeff")


def extract_file(path: str | Path, published: dt.date | str | None = None) -> Extraction:
    """Extract from the article in *path* (UTF-8; a leading BOM is dropped).

    :param path: the article file.
    :param published: the publication date (a date or ``"YYYY-MM-DD"``), if known.
    :returns: the extraction; offsets index the decoded text without its BOM.
    :raises ExtractError: when the file cannot be read.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
    ...     _ = f.write("The 30th Diplomatic Conference opened in Hanoi.")
    >>> [c.ordinal for c in extract_file(f.name).conferences]
    [30]
    >>> os.unlink(f.name)
    """
    return extract(read_article(path), published)
