"""The ``re`` functions the extractor calls with literal patterns, compiled once each.

``re.search(pattern, ...)`` looks its pattern up in ``re``'s cache on every call; these
look it up in a :func:`functools.cache` (a dictionary keyed on the string, whose hash is
kept), and compile it on first use, never at import.
"""

from __future__ import annotations

import re
from functools import cache


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """*pattern* compiled with *flags*, once."""
    return re.compile(pattern, flags)


def search(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    """:func:`re.search` with a compiled-once pattern."""
    return compiled(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    """:func:`re.match` with a compiled-once pattern."""
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    """:func:`re.fullmatch` with a compiled-once pattern."""
    return compiled(pattern, flags).fullmatch(string)


def findall(pattern: str, string: str, flags: int = 0) -> list[str]:
    """:func:`re.findall` with a compiled-once pattern (patterns without groups)."""
    return compiled(pattern, flags).findall(string)


def split(pattern: str, string: str, flags: int = 0) -> list[str]:
    """:func:`re.split` with a compiled-once pattern (patterns without groups)."""
    return compiled(pattern, flags).split(string)


def sub(pattern: str, repl: str, string: str, flags: int = 0) -> str:
    """:func:`re.sub` with a compiled-once pattern."""
    return compiled(pattern, flags).sub(repl, string)
