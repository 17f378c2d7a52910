"""Hostile article input: mangled practice articles and odd text never break extraction.

The practice articles (tests/fixtures/practice/*.txt, with the seeds) are mangled the
ways copied web text is: paragraphs shuffled, CRLF line ends, straight and curly
quotation marks swapped, marks left unbalanced, spaces doubled or made non-breaking,
stray HTML tags, a cut in mid-word.  Whatever comes in, ``extract`` must return, and
its ``to_dict()`` must have the shape of the extraction contract (spec EXTRACTION.md)
with every offset inside the text and every quote's text the slice it names.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vndiplo
from vndiplo import QuoteKind, Series, Theme, Title

HERE = Path(__file__).resolve().parent
ARTICLES = sorted((HERE / "fixtures" / "practice").glob("*.txt")) + sorted(
    (HERE.parent / "src" / "vndiplo" / "data" / "seeds").glob("*.txt")
)
TEXTS = [p.read_text(encoding="utf-8") for p in ARTICLES]
BOUNDED = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
SERIES = {s.value for s in Series}
TITLES = {t.value for t in Title}
THEMES = {t.value for t in Theme}
KINDS = {k.value for k in QuoteKind}


def assert_contract(text: str, result: dict[str, Any]) -> None:
    """*result* has the shape EXTRACTION.md gives, and its offsets fit *text*."""
    assert list(result) == ["published", "conferences", "officials", "quotes", "themes"]
    json.dumps(result)  # plain JSON values only
    published = result["published"]
    assert published is None or (type(published) is str and ISO_DATE.fullmatch(published))
    if published is not None:
        dt.date.fromisoformat(published)
    seen = set()
    for conference in result["conferences"]:
        assert set(conference) == {"series", "ordinal", "start", "end", "location", "subject"}
        assert conference["series"] in SERIES
        assert type(conference["ordinal"]) is int
        assert conference["ordinal"] >= 1
        key = (conference["series"], conference["ordinal"])
        assert key not in seen, key
        seen.add(key)
        for day in (conference["start"], conference["end"]):
            assert day is None or dt.date.fromisoformat(day).isoformat() == day
        assert conference["location"] is None or type(conference["location"]) is str
        assert type(conference["subject"]) is bool
    names = [official["name"] for official in result["officials"]]
    assert len(names) == len(set(names))
    for official in result["officials"]:
        assert set(official) == {"name", "titles"}
        assert type(official["name"]) is str
        assert official["name"].strip()
        assert all(title in TITLES for title in official["titles"])
    for quote in result["quotes"]:
        assert set(quote) == {"speaker", "kind", "start", "end", "text"}
        assert type(quote["speaker"]) is str
        assert quote["kind"] in KINDS
        start, end = quote["start"], quote["end"]
        assert type(start) is int
        assert type(end) is int
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == quote["text"]
    themes = result["themes"]
    assert themes == sorted(set(themes))
    assert all(theme in THEMES for theme in themes)


def assert_extraction_holds(text: str) -> None:
    extraction = vndiplo.extract(text)
    assert_contract(text, extraction.to_dict())
    for official in extraction.officials:
        assert 0 <= official.mention_start <= official.mention_end <= len(text)
    for conference in extraction.conferences:
        assert 0 <= conference.mention_start <= conference.mention_end <= len(text)
    for evidence in extraction.evidence:
        assert 0 <= evidence.start <= evidence.end <= len(text)
    dated = vndiplo.extract(text, published=dt.date(2021, 12, 18))
    assert dated.to_dict()["published"] == "2021-12-18"


def test_there_are_articles_to_mangle() -> None:
    assert len(TEXTS) >= 2


@pytest.mark.parametrize("text", TEXTS, ids=[p.stem for p in ARTICLES])
def test_each_article_as_given(text: str) -> None:
    assert_extraction_holds(text)


# -- mangling -------------------------------------------------------------------------

CURLY_TO_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
TAGS = ["<p>", "</p>", "<br/>", "<div class='x'>", "</div>", "<a href=\"/x\">", "</a>", "&nbsp;",
        "<script>alert(1)</script>", "<!-- comment -->", "<em>"]  # fmt: skip


def straight_to_curly(text: str) -> str:
    out, opened = [], False
    for char in text:
        if char == '"':
            out.append("”" if opened else "“")
            opened = not opened
        elif char == "'":
            out.append("’")
        else:
            out.append(char)
    return "".join(out)


@st.composite
def mangled(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(TEXTS))
    for how in draw(st.lists(st.sampled_from(MANGLES), min_size=1, max_size=4)):
        text = how(draw, text)
    return text


def shuffle_paragraphs(draw: st.DrawFn, text: str) -> str:
    parts = text.split("\n\n")
    return "\n\n".join(draw(st.permutations(parts)))


def crlf(draw: st.DrawFn, text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def swap_quotes(draw: st.DrawFn, text: str) -> str:
    return straight_to_curly(text) if draw(st.booleans()) else text.translate(CURLY_TO_STRAIGHT)


def unbalance_marks(draw: st.DrawFn, text: str) -> str:
    marks = [i for i, c in enumerate(text) if c in "“”\"‘’'«»"]
    drop: bool = draw(st.booleans())
    if marks and drop:
        gone: int = draw(st.sampled_from(marks))
        return text[:gone] + text[gone + 1 :]
    at: int = draw(st.integers(0, len(text)))
    return text[:at] + draw(st.sampled_from(["“", "”", '"', "«", "’"])) + text[at:]


def double_spaces(draw: st.DrawFn, text: str) -> str:
    space = draw(st.sampled_from(["  ", "\u00a0", "\t", " \u200b", "\u2009"]))
    return text.replace(" ", space)


def stray_html(draw: st.DrawFn, text: str) -> str:
    for _ in range(draw(st.integers(1, 5))):
        i = draw(st.integers(0, len(text)))
        text = text[:i] + draw(st.sampled_from(TAGS)) + text[i:]
    return text


def cut(draw: st.DrawFn, text: str) -> str:
    return text[: draw(st.integers(0, len(text)))]


def repeat_paragraph(draw: st.DrawFn, text: str) -> str:
    parts = text.split("\n\n")
    i = draw(st.integers(0, len(parts) - 1))
    return "\n\n".join(parts[: i + 1] + parts[i:])


def odd_characters(draw: st.DrawFn, text: str) -> str:
    odd = draw(
        st.sampled_from(["\u202e", "\ufeff", "\x00", "\U0001f600", "e\u0301", "\ud800", "\u2028"])
    )
    i = draw(st.integers(0, len(text)))
    return text[:i] + odd + text[i:]


MANGLES = [
    shuffle_paragraphs,
    crlf,
    swap_quotes,
    unbalance_marks,
    double_spaces,
    stray_html,
    cut,
    repeat_paragraph,
    odd_characters,
]


@BOUNDED
@given(mangled())
def test_mangled_articles_give_the_contract_shape(text: str) -> None:
    assert_extraction_holds(text)


@pytest.mark.parametrize("how", MANGLES, ids=lambda f: f.__name__)
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_each_mangle_alone(how: Any, data: st.DataObject) -> None:
    article = data.draw(st.sampled_from(TEXTS))
    assert_extraction_holds(how(data.draw, article))


# -- odd text -------------------------------------------------------------------------

ODD = {
    "empty": "",
    "spaces": " \n\t\r\n ",
    "only-quotes": "“" * 2000 + "”" * 1000,
    "straight-quotes": '"' * 3001,
    "said-loop": " said that" * 2000,
    "names-loop": "Nguyen Van " * 1500,
    "conference-loop": "the 31st National Diplomatic Conference " * 300,
    "long-word": "a" * 50_000,
    "one-long-line": "Minister Pham Binh Minh said peace matters. " * 1000,
    "html-page": "<html><body>" + "<p>Deputy Prime Minister said “x”</p>" * 500 + "</body></html>",
    "null-bytes": "\x00" * 1000,
    "surrogates": "\ud800\udc00\udfff" * 100,
    "rtl": "\u202eMinister Pham Binh Minh said peace\u202c",
    "vietnamese": "Phó Thủ tướng Phạm Bình Minh nói rằng “hòa bình”. " * 50,
    "numbers": "31st 32nd 33rd XXXI thirty-first 2021-12-18 December 18 " * 200,
}


@pytest.mark.parametrize("text", list(ODD.values()), ids=list(ODD))
def test_odd_text(text: str) -> None:
    assert_extraction_holds(text)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(max_size=300))
def test_any_unicode_never_raises_and_offsets_fit(text: str) -> None:
    assert_extraction_holds(text)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(TEXTS), st.text(max_size=50), st.integers(0, 10_000))
def test_any_unicode_spliced_into_an_article(article: str, insert: str, at: int) -> None:
    at %= len(article) + 1
    assert_extraction_holds(article[:at] + insert + article[at:])
