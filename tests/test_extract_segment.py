"""Where a story's body starts: after its dateline prefix. Texts invented for the tests."""

from __future__ import annotations

import pytest

from vndiplo._extract import extract
from vndiplo._extract._segment import prefix_end


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Hanoi (VNA) – Envoys met.", "Envoys met."),
        ("HANOI — Envoys met.", "Envoys met."),
        ("Hanoi – Envoys met.", "Envoys met."),
        ("Ho Chi Minh City — “We met,” he said.", "“We met,” he said."),
        ("Minh said – firmly – no.", "Minh said – firmly – no."),
        ("Envoys met in Hanoi.", "Envoys met in Hanoi."),
    ],
)
def test_the_body_starts_after_a_place_and_a_dash(line: str, body: str) -> None:
    assert line[prefix_end(line, 0, len(line)) :] == body


def test_a_quote_in_the_lead_starts_after_the_place() -> None:
    text = "Da Nang – The ministry would help localities, Deputy FM Lò Văn Phúc said."
    (quote,) = extract(text).quotes
    assert quote.text == "The ministry would help localities"
