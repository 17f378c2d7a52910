"""Hypothesis strategies for valid corpora, and a synthetic corpus generator.

Both make corpora whose references resolve and whose offsets fit: every quote's text is
the slice of its document that its offsets name, every id a record cites exists, every
date range runs forwards.  The strategies explore odd but legal values (any Unicode in
free text, partial dates, empty collections); the generator makes large, realistic-looking
corpora quickly and deterministically for the benchmarks.

Tests import this module as ``typed`` (``tests/`` is on pytest's ``pythonpath``); the
benchmarks put ``tests/`` on ``sys.path`` themselves.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Sequence
from typing import TypeVar

from hypothesis import strategies as st

from vndiplo import (
    Appearance,
    Citation,
    Conference,
    Corpus,
    Document,
    Format,
    Mention,
    Official,
    PartialDate,
    Position,
    Quote,
    QuoteKind,
    Series,
    Speaker,
    Theme,
    ThemeTag,
    Title,
    conference_id,
    official_id,
)

__all__ = ["corpora", "partial_dates", "synthetic_corpus"]

T = TypeVar("T")

# -- hypothesis strategies ----------------------------------------------------------

#: Any text but lone surrogates, which no UTF-8 file can hold.
_NO_SURROGATES = st.characters(exclude_categories=["Cs"])
texts = st.text(_NO_SURROGATES, max_size=30)
optional_texts = st.none() | texts
_NAME_LETTERS = "abcdeghiklmnopqrstuvxyđăâêôơưáàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ"
name_words = st.text(st.sampled_from(_NAME_LETTERS), min_size=1, max_size=6).map(str.title)
official_names = st.lists(name_words, min_size=2, max_size=4).map(" ".join)
ids = st.text(string.ascii_lowercase + string.digits + "-_", min_size=1, max_size=10)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    """Any partial date: a year, a month or a day."""
    day = draw(st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31)))
    precision = draw(st.sampled_from(("year", "month", "day")))
    if precision == "year":
        return PartialDate(day.year)
    if precision == "month":
        return PartialDate(day.year, day.month)
    return PartialDate.of(day)


@st.composite
def _date_range(draw: st.DrawFn) -> tuple[PartialDate | None, PartialDate | None]:
    first, second = draw(st.none() | partial_dates()), draw(st.none() | partial_dates())
    if first is not None and second is not None and second.latest() < first.earliest():
        first, second = second, first
    return first, second


def _some(draw: st.DrawFn, pool: Sequence[T], max_size: int = 3) -> tuple[T, ...]:
    if not pool:
        return ()
    return tuple(draw(st.lists(st.sampled_from(pool), max_size=max_size)))


@st.composite
def _span(draw: st.DrawFn, document: Document) -> tuple[int, int]:
    start = draw(st.integers(0, len(document.text) - 1))
    end = draw(st.integers(start + 1, len(document.text)))
    return start, end


@st.composite
def corpora(draw: st.DrawFn, max_records: int = 4) -> Corpus:
    """Valid corpora: consistent references, offsets inside their documents."""
    size = st.integers(0, max_records)
    citation_ids = draw(st.lists(ids, max_size=max_records, unique=True))
    citations = []
    for cid in citation_ids:
        published = draw(st.none() | partial_dates())
        citations.append(
            Citation(
                cid,
                draw(texts),
                draw(texts),
                published,
                draw(optional_texts),
                draw(st.sampled_from(("en", "vi"))),
                draw(st.sampled_from(("news", "mirror", "blog"))),
                draw(optional_texts),
            )
        )

    names = draw(st.lists(official_names, max_size=max_records, unique_by=official_id))
    officials = []
    for name in names:
        positions = []
        for _ in range(draw(st.integers(0, 2))):
            began, ended = draw(_date_range())
            positions.append(
                Position(
                    draw(st.none() | st.sampled_from(list(Title))),
                    draw(texts),
                    began,
                    ended,
                    tuple(draw(st.lists(partial_dates(), max_size=2))),
                    _some(draw, citation_ids),
                    draw(optional_texts),
                )
            )
        born, died = draw(_date_range())
        officials.append(
            Official(
                name,
                draw(st.none() | st.just(name.lower())),
                draw(st.none() | name_words),
                born,
                died,
                tuple(positions),
                _some(draw, citation_ids),
                draw(optional_texts),
            )
        )
    official_ids = [o.id for o in officials]

    keys = draw(
        st.lists(
            st.tuples(st.sampled_from(list(Series)), st.integers(1, 120)),
            max_size=max_records,
            unique=True,
        )
    )
    conference_ids = [conference_id(series, n) for series, n in keys]
    congresses = [
        c for c, (s, _) in zip(conference_ids, keys, strict=True) if s is Series.PARTY_CONGRESS
    ]
    conferences = []
    for series, number in keys:
        opened, closed = draw(_date_range())
        speakers = tuple(
            Speaker(
                draw(st.sampled_from(official_ids)),
                _some(draw, list(Title)),
                draw(optional_texts),
                _some(draw, citation_ids),
                draw(optional_texts),
            )
            for _ in range(draw(st.integers(0, 2) if official_ids else st.just(0)))
        )
        conferences.append(
            Conference(
                series,
                number,
                opened,
                closed,
                draw(optional_texts),
                draw(optional_texts),
                draw(st.none() | st.sampled_from(list(Format))),
                draw(optional_texts),
                draw(optional_texts),
                _some(draw, conference_ids, 2),
                draw(st.none() | st.sampled_from(congresses)) if congresses else None,
                speakers,
                _some(draw, citation_ids),
                _some(draw, ("location", "start", "end"), 2),
                draw(optional_texts),
            )
        )

    document_ids = draw(st.lists(ids, max_size=max_records, unique=True))
    documents = [
        Document(
            did,
            draw(st.text(_NO_SURROGATES, min_size=1, max_size=80)),
            draw(optional_texts),
            draw(optional_texts),
            draw(optional_texts),
            draw(st.none() | st.dates()),
            draw(st.sampled_from(("en", "vi"))),
            draw(st.none() | st.sampled_from(citation_ids)) if citation_ids else None,
            draw(optional_texts),
        )
        for did in document_ids
    ]

    mentions: dict[tuple[str, str], Mention] = {}
    appearances: dict[tuple[str, str], Appearance] = {}
    quotes: dict[Quote, None] = {}
    tags: dict[ThemeTag, None] = {}
    for document in documents if documents else ():
        for _ in range(draw(size) if conference_ids else 0):
            start, end = draw(_span(document))
            opens, closes = draw(st.none() | st.dates()), draw(st.none() | st.dates())
            if opens and closes and closes < opens:
                opens, closes = closes, opens
            target = draw(st.sampled_from(conference_ids))
            mentions.setdefault(
                (document.id, target),
                Mention(
                    document.id,
                    target,
                    draw(st.booleans()),
                    start,
                    end,
                    opens,
                    closes,
                    draw(optional_texts),
                ),
            )
        for _ in range(draw(size) if official_ids else 0):
            start, end = draw(_span(document))
            who = draw(st.sampled_from(official_ids))
            appearances.setdefault(
                (document.id, who),
                Appearance(document.id, who, start, end, _some(draw, list(Title))),
            )
        for _ in range(draw(size) if official_ids else 0):
            start, end = draw(_span(document))
            quote = Quote(
                draw(st.sampled_from(official_ids)),
                document.id,
                draw(st.sampled_from(list(QuoteKind))),
                start,
                end,
                document.text[start:end],
                draw(st.none() | st.sampled_from(conference_ids)) if conference_ids else None,
            )
            quotes[quote] = None
        for _ in range(draw(size)):
            start, end = draw(_span(document))
            tags[ThemeTag(document.id, draw(st.sampled_from(list(Theme))), start, end)] = None

    return Corpus(
        tuple(citations),
        tuple(documents),
        tuple(conferences),
        tuple(officials),
        tuple(mentions.values()),
        tuple(appearances.values()),
        tuple(quotes),
        tuple(tags),
    )


# -- the synthetic corpus generator ---------------------------------------------------

_FAMILY = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang",
           "Bui", "Do", "Ho", "Ngo", "Duong", "Ly"]  # fmt: skip
_MIDDLE = ["Van", "Thi", "Minh", "Quoc", "Thanh", "Duc", "Huu", "Xuan", "Hong", "Ngoc",
           "Anh", "Kim", "Gia", "Bao", "Tuan", "Dinh"]  # fmt: skip
_GIVEN = ["Anh", "Binh", "Chinh", "Dung", "Hai", "Hung", "Khoa", "Lam", "Long", "Minh",
          "Nam", "Phuc", "Quang", "Son", "Tam", "Thang", "Trong", "Tuan", "Viet",
          "Vinh"]  # fmt: skip
_SAYS = ["said that", "stressed that", "noted that", "affirmed that", "told reporters that"]
_CLAIMS = [
    "economic diplomacy must serve national development and attract quality investment",
    "the diplomatic sector will keep a peaceful and stable environment for the country",
    "Vietnam is a friend, a reliable partner and a responsible member of the community",
    "citizen protection work will continue to be promoted in every situation abroad",
    "the sector must be modern, professional and comprehensive in the new period",
    "cultural diplomacy helps raise the country’s soft power and national image",
    "overseas Vietnamese are an inseparable part of the nation and deserve support",
    "international law and peaceful settlement of disputes remain the firm principles",
]
_TAGGED = [
    (Theme.ECONOMIC_DIPLOMACY, "Economic diplomacy was named a key task of the sector."),
    (Theme.PEACE_STABILITY, "Delegates agreed on keeping a peaceful, stable environment."),
    (Theme.CITIZEN_PROTECTION, "Citizen protection was discussed at length."),
    (Theme.CULTURAL_DIPLOMACY, "Cultural diplomacy received new attention this year."),
    (Theme.OVERSEAS_VIETNAMESE, "Work with overseas Vietnamese was reviewed."),
    (Theme.MULTILATERAL_DIPLOMACY, "Roles at the UN and ASEAN were discussed."),
]
_BACKGROUND = (
    "The conference reviewed the implementation of the Party's external policy over the "
    "past years and set out orientations for the time ahead, with the participation of "
    "heads of Vietnamese representative agencies abroad and leaders of ministries, "
    "sectors and localities, both in person and through online connecting points. "
)
# Shaped like the practice articles (tests/fixtures/practice): about 2,200 characters,
# seven quotes of about 150 characters, three officials and six themes per article.
QUOTES_PER_DOCUMENT = 7
QUOTES_PER_OFFICIAL = 50
SPEAKERS_PER_DOCUMENT = 3
DOCUMENTS_PER_CONFERENCE = 20


def _names(count: int) -> list[str]:
    """*count* distinct three-word names (four words past 4,096)."""
    names = [f"{f} {m} {g}" for f in _FAMILY for m in _MIDDLE for g in _GIVEN]
    extra = [f"{n} {g}" for n in names for g in _GIVEN[:3]]
    return (names + extra)[:count]


def synthetic_corpus(quotes: int, seed: int = 0) -> Corpus:
    """A valid corpus of *quotes* quotes, the same for the same *seed*.

    Every ratio is fixed, so that a corpus ten times larger has ten times as many of
    everything and the same number of quotes per official, documents per conference and
    so on: lookups that use an index cost the same at any size, scans do not.  Each
    document holds ``QUOTES_PER_DOCUMENT`` reported statements ("X said that ...") by up
    to ``SPEAKERS_PER_DOCUMENT`` officials, with exact offsets, tagged sentences, a
    paragraph of background and a mention of its conference: about the size and shape
    of the practice articles.

    :param quotes: how many quotes (rounded up to whole documents).
    :param seed: the random seed.
    :returns: the corpus, which loads, validates and round-trips.

    >>> corpus = synthetic_corpus(140)
    >>> corpus.counts()["quotes"], corpus.counts()["documents"]
    (140, 20)
    >>> q = corpus.quotes[0]
    >>> corpus.document(q.document).text[q.start : q.end] == q.text
    True
    """
    rng = random.Random(seed)
    n_documents = max(1, -(-quotes // QUOTES_PER_DOCUMENT))
    n_officials = max(2, quotes // QUOTES_PER_OFFICIAL)
    n_conferences = max(1, n_documents // DOCUMENTS_PER_CONFERENCE)
    officials = [
        Official(
            name,
            positions=(
                Position(
                    rng.choice([Title.FOREIGN_MINISTER, Title.DEPUTY_FOREIGN_MINISTER, None]),
                    "Official",
                    PartialDate(2000 + i % 20),
                    PartialDate(2021 + i % 5, 1 + i % 12),
                    citations=("synthetic-register",),
                ),
            ),
            citations=("synthetic-register",),
        )
        for i, name in enumerate(_names(n_officials))
    ]
    conferences = []
    for i in range(n_conferences):
        year = 1960 + i % 60
        conferences.append(
            Conference(
                (Series.DIPLOMATIC, Series.EXTERNAL_AFFAIRS)[i % 2],
                1 + i // 2,
                PartialDate(year, 12, 14),
                PartialDate(year, 12, 18),
                "Hanoi",
                speakers=(Speaker(officials[i % n_officials].id, (Title.FOREIGN_MINISTER,)),),
                citations=("synthetic-register",),
            )
        )
    documents, mentions, appearances, quote_records, tags = [], [], [], [], []
    for d in range(n_documents):
        conf = conferences[d % n_conferences]
        doc_id = f"synthetic-{d:07d}"
        parts = [f"The {conf.name} opened in Hanoi on Monday. ", _BACKGROUND, "\n\n"]
        mentions.append(Mention(doc_id, conf.id, True, 4, 4 + len(conf.name), location="Hanoi"))
        offset = sum(map(len, parts))
        spans: list[tuple[Theme, int, int]] = []
        speakers: dict[str, tuple[int, int]] = {}
        pending = []
        cast = [officials[rng.randrange(n_officials)] for _ in range(SPEAKERS_PER_DOCUMENT)]
        wanted = min(QUOTES_PER_DOCUMENT, quotes - d * QUOTES_PER_DOCUMENT)
        for k in range(wanted):
            who = rng.choice(cast)
            lead = f"{who.name} {rng.choice(_SAYS)} "
            first, second = rng.sample(_CLAIMS, 2)
            claim = f"{first}, and {second}"
            speakers.setdefault(who.id, (offset, offset + len(who.name)))
            start = offset + len(lead)
            pending.append((who.id, start, start + len(claim), claim))
            sentence = f"{lead}{claim}.\n\n"
            parts.append(sentence)
            offset += len(sentence)
            if k < len(_TAGGED):
                theme, line = _TAGGED[(d + k) % len(_TAGGED)]
                spans.append((theme, offset, offset + len(line)))
                parts.append(line + " ")
                offset += len(line) + 1
        text = "".join(parts)
        documents.append(
            Document(
                doc_id,
                text,
                headline=f"{conf.name}: day {d % 5 + 1}",
                publisher="Synthetic News Agency",
                url=f"https://example.org/{doc_id}",
                published=dt.date(conf.end.year, 12, 18) if conf.end else None,
            )
        )
        for who_id, start, end, claim in pending:
            quote_records.append(
                Quote(who_id, doc_id, QuoteKind.REPORTED, start, end, claim, conf.id)
            )
        for who_id, (start, end) in speakers.items():
            appearances.append(Appearance(doc_id, who_id, start, end, (Title.FOREIGN_MINISTER,)))
        for theme, start, end in spans:
            tags.append(ThemeTag(doc_id, theme, start, end))
    citation = Citation("synthetic-register", "https://example.org/register", "Synthetic")
    return Corpus(
        (citation,),
        tuple(documents),
        tuple(conferences),
        tuple(officials),
        tuple(mentions),
        tuple(appearances),
        tuple(quote_records),
        tuple(tags),
    )
