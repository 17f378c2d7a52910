"""Text helpers shared by the lookups and the extractor: folding and ordinals."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "ordinal", "ordinal_word", "parse_ordinal", "roman"]

_STROKES = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L"})


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Fold *text* for matching: no diacritics, ``đ`` to ``d``, lower case, single spaces.

    :param text: any string, such as a Vietnamese name.
    :returns: the folded form; ``fold(fold(x)) == fold(x)``.

    >>> fold("Phạm Bình Minh")
    'pham binh minh'
    >>> fold("  Tô   Anh  DŨNG ")
    'to anh dung'
    >>> fold("Đối ngoại")
    'doi ngoai'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_STROKES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    # NFKD can produce new đ-like letters only via compatibility forms; translate again.
    return " ".join(bare.translate(_STROKES).casefold().split())


_UNITS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNIT_ORDINALS = [
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth",
]  # fmt: skip
_TEN_ORDINALS = [
    "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
    "eightieth", "ninetieth",
]  # fmt: skip


def ordinal_word(n: int) -> str:
    """Spell *n* (1 to 99) as an English ordinal word.

    :param n: a number from 1 to 99.
    :returns: the word, such as ``"thirty-first"``.
    :raises ValueError: outside 1 to 99.

    >>> ordinal_word(31)
    'thirty-first'
    >>> ordinal_word(20)
    'twentieth'
    """
    if not 1 <= n <= 99:
        raise ValueError(f"ordinal words cover 1 to 99, not {n}")
    if n < 20:
        return _UNIT_ORDINALS[n]
    tens, unit = divmod(n, 10)
    return _TEN_ORDINALS[tens] if unit == 0 else f"{_TENS[tens]}-{_UNIT_ORDINALS[unit]}"


_WORD_ORDINALS: dict[str, int] = {ordinal_word(n): n for n in range(1, 100)}
_WORD_ORDINALS.update({w.replace("-", " "): n for w, n in list(_WORD_ORDINALS.items())})
_WORD_ORDINALS.update({w.replace("-", ""): n for w, n in list(_WORD_ORDINALS.items())})

_ROMAN = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]  # fmt: skip


def roman(n: int) -> str:
    """Write *n* (1 to 3999) in Roman numerals.

    :param n: a positive number below 4000.
    :returns: the numeral in capitals.
    :raises ValueError: outside 1 to 3999.

    >>> roman(13)
    'XIII'
    """
    if not 1 <= n <= 3999:
        raise ValueError(f"Roman numerals cover 1 to 3999, not {n}")
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


_ROMAN_VALUES: dict[str, int] = {roman(n): n for n in range(1, 100)}


def ordinal(n: int) -> str:
    """Write *n* with its English ordinal suffix.

    :param n: a non-negative number.
    :returns: ``"1st"``, ``"12th"``, ``"31st"``, ...

    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 31, 112)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '31st', '112th']
    """
    teens = 10 <= n % 100 <= 20
    suffix = "th" if teens else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_DIGITS = re.compile(r"(\d{1,4})(?:\s*(?:st|nd|rd|th))?")


def parse_ordinal(text: str) -> int | None:
    """Read an ordinal as people write it: a number, a suffixed number, a word, a numeral.

    Roman numerals count only in capitals, so that names such as "Xi" stay names.

    :param text: such as ``"31"``, ``"31st"``, ``"thirty-first"``, ``"XXXI"``.
    :returns: the number, or ``None`` when *text* is not an ordinal.

    >>> [parse_ordinal(s) for s in ("31", "31st", "thirty-first", "Thirty First", "XXXI")]
    [31, 31, 31, 31, 31]
    >>> parse_ordinal("Minh") is None
    True
    """
    stripped = text.strip()
    digits = _DIGITS.fullmatch(stripped.lower())
    if digits:
        return int(digits.group(1))
    word = _WORD_ORDINALS.get(" ".join(stripped.lower().split()))
    if word is not None:
        return word
    return _ROMAN_VALUES.get(stripped)
