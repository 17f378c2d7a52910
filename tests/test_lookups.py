"""Lookups accept what a person types and resolve it to one record, or say why not."""

from __future__ import annotations

import datetime as dt

import pytest

import vndiplo
from vndiplo import QuoteKind, Series, Theme, Title


@pytest.mark.parametrize(
    "ref",
    [
        31,
        "31",
        "31st",
        "thirty-first",
        "Thirty First",
        "XXXI",
        "31st Diplomatic Conference",
        "the 31st National Diplomatic Conference",
        "diplomatic-31",
        "  31st   diplomatic   conference ",
        "Hội nghị Ngoại giao 31",
    ],
)
def test_conference_accepts_every_form_of_the_31st(ref: str | int) -> None:
    assert vndiplo.conference(ref).id == "diplomatic-31"


def test_conference_accepts_the_record_itself() -> None:
    record = vndiplo.conference(29)
    assert vndiplo.conference(record) is record


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("20th National Conference on External Affairs", "external-affairs-20"),
        ("20th National Conference on Local Diplomacy", "external-affairs-20"),
        ("18th National Conference on External Relations", "external-affairs-18"),
        # Coverage sometimes calls the localities' conference one "of foreign affairs".
        ("21st national conference on foreign affairs", "external-affairs-21"),
        ("first National Conference on Foreign Affairs", "foreign-affairs-1"),
        ("13th National Party Congress", "party-congress-13"),
        ("XIII Party Congress", "party-congress-13"),
        ("party-congress-12", "party-congress-12"),
        (20, "external-affairs-20"),  # a bare number with no Diplomatic Conference of it
    ],
)
def test_conference_resolves_series_by_name(ref: str | int, expected: str) -> None:
    assert vndiplo.conference(ref).id == expected


@pytest.mark.parametrize("ref", [99, "99th Diplomatic Conference", "Minh", "", "fortieth"])
def test_unknown_conference_raises_lookup_error_quoting_the_query(ref: str | int) -> None:
    with pytest.raises(LookupError, match="no conference matches"):
        vndiplo.conference(ref)


def test_ambiguous_bare_number_raises_listing_candidates() -> None:
    corpus = vndiplo.Corpus(
        conferences=(
            vndiplo.Conference(Series.EXTERNAL_AFFAIRS, 5),
            vndiplo.Conference(Series.PARTY_CONGRESS, 5),
        )
    )
    with pytest.raises(LookupError, match="ambiguous.*5th National Conference on External"):
        corpus.conference(5)


def test_conference_rejects_a_non_reference() -> None:
    with pytest.raises(TypeError):
        vndiplo.conference(31.0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "ref",
    ["Pham Binh Minh", "Phạm Bình Minh", "pham binh minh", "PHAM BINH MINH", "Binh Minh",
     "Minh", "minh", "pham-binh-minh", " Pham  Binh   Minh "],
)  # fmt: skip
def test_official_accepts_names_with_and_without_diacritics(ref: str) -> None:
    assert vndiplo.official(ref).id == "pham-binh-minh"


def test_given_name_is_the_last_word_not_a_middle_one() -> None:
    # Pham Minh Chinh carries "Minh" in the middle; news copy calls him Chinh.
    assert vndiplo.official("Chinh").name == "Pham Minh Chinh"
    assert vndiplo.official("Minh").name == "Pham Binh Minh"


def test_a_name_used_whole_is_not_found_by_its_last_word() -> None:
    assert vndiplo.official("Ho Chi Minh").given == "Ho Chi Minh"
    assert vndiplo.official("Minh").name != "Ho Chi Minh"


def test_shared_given_name_is_ambiguous_and_lists_candidates() -> None:
    with pytest.raises(LookupError, match="ambiguous: Nguyen Quoc Dung, Nguyen Tan Dung"):
        vndiplo.official("Dung")
    assert vndiplo.official("Quoc Dung").name == "Nguyen Quoc Dung"


def test_family_name_alone_is_not_a_reference_but_suggests_names() -> None:
    with pytest.raises(LookupError, match="closest: Pham Binh Minh, Pham Minh Chinh"):
        vndiplo.official("Pham")


def test_misspelt_name_suggests_the_closest() -> None:
    with pytest.raises(LookupError, match="closest: Pham Binh Minh"):
        vndiplo.official("Pham Bin Minh")


def test_d_with_stroke_folds_to_d() -> None:
    assert vndiplo.official("Tô Anh Dũng").name == "To Anh Dung"
    assert vndiplo.official("Vương Đình Huệ").name == "Vuong Dinh Hue"


def test_quotes_by_every_spelling_gives_the_same_quotes_in_date_order() -> None:
    quotes = vndiplo.quotes_by("Pham Binh Minh")
    assert quotes == vndiplo.quotes_by("Phạm Bình Minh") == vndiplo.quotes_by("Minh")
    assert len(quotes) == 7
    corpus = vndiplo.load()
    keys = [(corpus.date_of(q), q.document, q.start) for q in quotes]
    assert keys == sorted(keys)


def test_quotes_by_filters_by_conference() -> None:
    assert len(vndiplo.quotes_by("Nguyen Quoc Dung", conference="31st")) == 10
    assert vndiplo.quotes_by("Nguyen Quoc Dung", conference=29) == ()


def test_quotes_by_an_official_never_quoted_is_empty() -> None:
    assert vndiplo.quotes_by("To Lam") == ()


def test_quotes_across_documents_come_in_date_order() -> None:
    corpus = vndiplo.load()
    dung = corpus.quotes_by("Nguyen Quoc Dung")
    # Seed 000 is undated; its quotes take the 31st conference's closing day.
    assert {corpus.date_of(q) for q in dung} == {dt.date(2021, 12, 18)}


def test_themes_for_orders_by_evidence_then_vocabulary() -> None:
    corpus = vndiplo.load()
    themes = corpus.themes_for(31)
    counts = [len(corpus.evidence(31, t)) for t in themes]
    assert counts == sorted(counts, reverse=True)
    assert set(themes) == {
        Theme.CITIZEN_PROTECTION, Theme.CULTURAL_DIPLOMACY, Theme.ECONOMIC_DIPLOMACY,
        Theme.GREEN_DEVELOPMENT, Theme.INTERNATIONAL_INTEGRATION, Theme.INTERNATIONAL_LAW,
        Theme.LOCAL_DIPLOMACY, Theme.MULTILATERAL_DIPLOMACY, Theme.PEACE_STABILITY,
        Theme.SECTOR_MODERNISATION, Theme.SOVEREIGNTY, Theme.THREE_PILLARS,
    }  # fmt: skip
    assert themes[0] is Theme.ECONOMIC_DIPLOMACY


def test_themes_for_a_conference_without_documents_is_empty() -> None:
    assert vndiplo.themes_for(27) == ()


def test_evidence_is_a_sentence_of_a_document_about_the_conference() -> None:
    corpus = vndiplo.load()
    for tag in corpus.evidence("29th", "defence-security"):
        sentence = corpus.text_of(tag)
        assert tag.document == "001_2dc3e466aeec6e55"
        assert sentence[0].isupper()
        assert sentence.endswith(".")
    assert "defence" in corpus.text_of(corpus.evidence(29, "Defence and security cooperation")[0])


def test_unknown_theme_suggests_ids() -> None:
    with pytest.raises(LookupError, match="no theme matches 'economy'"):
        vndiplo.evidence(31, "economy")


def test_conferences_filters_and_orders_by_date() -> None:
    assert [c.id for c in vndiplo.conferences(series="external-affairs", year=2021)] == [
        "external-affairs-20"
    ]
    with_theme = vndiplo.conferences(theme="green-development")
    assert [c.id for c in with_theme] == ["external-affairs-20", "diplomatic-31"]
    starts = [c.start.earliest() for c in vndiplo.conferences() if c.start]
    assert starts == sorted(starts)


def test_conferences_with_ranks_by_evidence() -> None:
    ranked = vndiplo.conferences_with(Theme.PEACE_STABILITY)
    assert {c.id for c in ranked} == {
        "diplomatic-29", "external-affairs-18", "diplomatic-31", "external-affairs-20"
    }  # fmt: skip


def test_officials_filters_by_title_and_conference() -> None:
    ministers = {o.name for o in vndiplo.officials(title=Title.FOREIGN_MINISTER)}
    assert ministers == {"Pham Binh Minh", "Bui Thanh Son", "Le Hoai Trung"}
    at_31 = vndiplo.officials(conference=31)
    assert "Nguyen Quoc Dung" in {o.name for o in at_31}
    assert len(vndiplo.officials()) == len(vndiplo.load().officials)


def test_speakers_at_lists_register_speakers_then_quoted_officials() -> None:
    names = [o.name for o in vndiplo.speakers_at(31)]
    assert names[:2] == ["Bui Thanh Son", "Pham Minh Chinh"]
    assert names.count("Nguyen Quoc Dung") == 1


def test_documents_about_uses_subject_mentions_only() -> None:
    assert [d.id for d in vndiplo.documents_about(29)] == ["001_2dc3e466aeec6e55"]
    assert vndiplo.documents_about("12th Party Congress") == ()


@pytest.mark.parametrize(
    ("day", "titles"),
    [
        (dt.date(2010, 6, 1), (Title.DEPUTY_FOREIGN_MINISTER,)),
        (dt.date(2016, 8, 20), (Title.FOREIGN_MINISTER, Title.DEPUTY_PRIME_MINISTER)),
        (dt.date(2022, 6, 1), (Title.DEPUTY_PRIME_MINISTER,)),
        (dt.date(2024, 1, 1), ()),
    ],
)
def test_title_of_follows_positions_over_time(day: dt.date, titles: tuple[Title, ...]) -> None:
    # An open-ended post counts up to its last attested day, and no further.
    assert vndiplo.title_of("Minh", on=day) == titles


def test_title_of_without_a_day_lists_every_title_held() -> None:
    assert vndiplo.title_of("Pham Binh Minh") == (
        Title.DEPUTY_FOREIGN_MINISTER,
        Title.FOREIGN_MINISTER,
        Title.DEPUTY_PRIME_MINISTER,
        Title.POLITBURO_MEMBER,
    )


def test_search_is_case_and_space_insensitive_with_context() -> None:
    hits = vndiplo.search("ECONOMIC   diplomacy", width=10)
    assert len(hits) == 3
    corpus = vndiplo.load()
    for hit in hits:
        text = corpus.document(hit.document).text
        assert text[hit.start : hit.end] == hit.match
        assert hit.before == text[max(0, hit.start - 10) : hit.start]
    assert vndiplo.search("   ") == ()


def test_search_treats_query_as_text_not_a_pattern() -> None:
    assert vndiplo.search("(Photo: VNA)")[0].match == "(Photo: VNA)"
    assert vndiplo.search(".*") == ()


def test_lookups_are_repeatable_and_memoised() -> None:
    corpus = vndiplo.load()
    assert corpus.official("Minh") is corpus.official("Minh")
    assert corpus.conference("31st") is corpus.conference(31)


def test_quote_kind_and_text_of_point_into_the_document() -> None:
    corpus = vndiplo.load()
    for quote in corpus.quotes:
        assert corpus.text_of(quote) == quote.text
        assert quote.kind in (QuoteKind.DIRECT, QuoteKind.REPORTED)
