"""Properties of the extractor under arbitrary text (hypothesis)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from vndiplo._extract import extract

# Pieces of this register, so that random texts exercise the rules and not only noise.
PIECES = [
    "the 31st Diplomatic Conference", "Deputy FM Lâm Minh Tuấn", " said that ", " he said",
    "“", "”", '"', "According to her, ", ", adding that ", "on Monday", "December 15-18",
    "from August 21 to 26", "\n\n", ". ", "Hanoi (VNA) – ", "the conference", "Minh",
    "Aug 20, 2016 / 16:09\n", "XIII National Party Congress", "investment", "she",
    "the 20th national conference of foreign affairs", "asked the envoys to ", ":",
    "Lao Foreign Minister", "Prime Minister Hà Quang Vinh", "\ufeff", "./.", "Đ", "\r\n",
    "‘", "’", "„", "«", "»", "Vietnam’s",
]  # fmt: skip

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_extract_never_raises_and_offsets_stay_inside(text: str) -> None:
    result = extract(text)
    for quote in result.quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
    for conf in result.conferences:
        assert 0 <= conf.mention_start < conf.mention_end <= len(text)
    for official in result.officials:
        assert 0 <= official.mention_start < official.mention_end <= len(text)
    for evidence in result.evidence:
        assert 0 <= evidence.start < evidence.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_output_has_the_contract_shape(text: str) -> None:
    data = json.loads(json.dumps(extract(text).to_dict()))
    assert list(data) == ["published", "conferences", "officials", "quotes", "themes"]
    for conf in data["conferences"]:
        assert isinstance(conf["ordinal"], int)
        assert isinstance(conf["subject"], bool)
    assert data["themes"] == sorted(data["themes"])
    assert len({(c["series"], c["ordinal"]) for c in data["conferences"]}) == len(
        data["conferences"]
    )
    assert len({o["name"] for o in data["officials"]}) == len(data["officials"])


@settings(max_examples=100, deadline=None)
@given(texts)
def test_extract_is_deterministic(text: str) -> None:
    assert extract(text) == extract(text)


def test_one_very_long_sentence_stays_fast() -> None:
    import time

    piece = (
        "the 31st Diplomatic Conference opened in Hanoi on Monday and Deputy FM Lê Văn Bình "
        "said that “the sector” grew, he said, "
    )
    text = piece * 2500
    started = time.process_time()
    extract(text)
    assert time.process_time() - started < 10


def test_a_text_of_one_line_is_not_a_headline() -> None:
    result = extract("Deputy FM Lê Văn Bình said trade would grow")
    assert [q.text for q in result.quotes] == ["trade would grow"]
