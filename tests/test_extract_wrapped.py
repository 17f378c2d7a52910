"""Hard-wrapped text: line breaks inside sentences are not paragraph ends. Texts invented."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from vndiplo._extract import extract
from vndiplo._extract._segment import unwrap

PARAGRAPHS = [
    "Hanoi (VNA) - The 32nd Diplomatic Conference opened in Hanoi on December 19, 2023,"
    " with heads of the country's representative missions abroad in attendance.",
    "Foreign Minister Tran Van Khoa said that the diplomatic sector had to renew its"
    " thinking and act faster, so that economic diplomacy would bring investment to the"
    " localities.",
    "He added that the ministry would protect Vietnamese citizens abroad in every circumstance.",
]


def article(width: int, blank: bool) -> str:
    joiner = "\n\n" if blank else "\n"
    return joiner.join(textwrap.fill(p, width) for p in PARAGRAPHS)


def test_quotes_run_across_the_line_breaks_of_a_wrapped_article() -> None:
    flat = extract("\n\n".join(PARAGRAPHS), "2023-12-20")
    for width in (60, 72, 80):
        for blank in (True, False):
            text = article(width, blank)
            got = extract(text, "2023-12-20")
            assert [(q.speaker, q.kind) for q in got.quotes] == [
                (q.speaker, q.kind) for q in flat.quotes
            ]
            assert [" ".join(q.text.split()) for q in got.quotes] == [q.text for q in flat.quotes]
            for quote in got.quotes:
                assert text[quote.start : quote.end] == quote.text  # the line breaks kept
            assert got.themes == flat.themes
            assert [c.ordinal for c in got.conferences] == [32]


def test_a_sentence_broken_mid_way_is_joined_in_any_text() -> None:
    text = "Deputy Foreign Minister Le Thi Hoa said that the sector\nmust modernise."
    (quote,) = extract(text).quotes
    assert quote.text == "the sector\nmust modernise"


def test_headlines_captions_and_paragraphs_stay_apart() -> None:
    text = "Envoys meet in Hanoi\nHanoi (VNA) - Envoys met.\nThey talked.\n\nThen left."
    assert unwrap(text) == text


@given(st.text(alphabet=st.sampled_from("ab. ,\n\rT")))
def test_unwrap_keeps_length_and_changes_only_line_breaks(text: str) -> None:
    out = unwrap(text)
    assert len(out) == len(text)
    for before, after in zip(text, out, strict=True):
        assert before == after or (before in "\r\n" and after == " ")
    assert "\n\n" not in text or all(
        out[i : i + 2] == "\n\n" for i in range(len(text) - 1) if text[i : i + 2] == "\n\n"
    )
