"""Folding and ordinals: the parsers behind every lookup."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vndiplo import fold, ordinal, parse_ordinal
from vndiplo._text import ordinal_word, roman


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text())
def test_fold_leaves_no_combining_marks_or_d_with_stroke(text: str) -> None:
    import unicodedata

    folded = fold(text)
    assert not any(unicodedata.combining(c) for c in folded)
    assert "đ" not in folded
    assert "Đ" not in folded


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Phạm Bình Minh", "pham binh minh"),
        ("Nguyễn Phú Trọng", "nguyen phu trong"),
        ("Đặng Thị Ngọc Thịnh", "dang thi ngoc thinh"),
        ("Vương Đình Huệ", "vuong dinh hue"),
        ("Bùi Thanh Sơn", "bui thanh son"),
        ("Lê Thị Thu Hằng", "le thi thu hang"),
    ],
)
def test_fold_vietnamese_names(name: str, folded: str) -> None:
    assert fold(name) == folded


@given(st.integers(min_value=1, max_value=99))
def test_every_form_of_an_ordinal_reads_back(n: int) -> None:
    forms = [str(n), ordinal(n), ordinal_word(n), ordinal_word(n).replace("-", " "),
             ordinal_word(n).title(), roman(n), f" {ordinal(n).upper()} "]  # fmt: skip
    assert {parse_ordinal(form) for form in forms} == {n}


@given(st.text(alphabet=st.characters(categories=["L", "Zs"]), max_size=12))
def test_parse_ordinal_never_raises(text: str) -> None:
    result = parse_ordinal(text)
    assert result is None or result >= 0


@pytest.mark.parametrize("text", ["Minh", "Xi", "mix", "first conference", "", "31stt"])
def test_words_that_are_not_ordinals(text: str) -> None:
    assert parse_ordinal(text) is None


def test_roman_numerals_count_only_in_capitals() -> None:
    assert parse_ordinal("XIII") == 13
    assert parse_ordinal("xiii") is None


@pytest.mark.parametrize(("n", "word"), [(1, "first"), (12, "twelfth"), (20, "twentieth"),
                                         (32, "thirty-second"), (99, "ninety-ninth")])  # fmt: skip
def test_ordinal_words(n: int, word: str) -> None:
    assert ordinal_word(n) == word


def test_ordinal_suffixes_for_teens() -> None:
    assert [ordinal(n) for n in (11, 12, 13, 111, 112, 21, 22, 23)] == [
        "11th", "12th", "13th", "111th", "112th", "21st", "22nd", "23rd"
    ]  # fmt: skip
