"""Loading: the bundled corpus once, users' files strictly, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import vndiplo
from vndiplo import CorpusError

TEXT = "Hanoi (VNA) - Deputy Foreign Minister Vu Thanh Lam said the sector would modernise."
NAME = TEXT.index("Vu Thanh Lam")
SAID = TEXT.index("the sector")


def corpus_data() -> dict[str, Any]:
    """A small valid corpus in the file format, written for these tests."""
    return {
        "citations": [{"id": "src-1", "url": "https://example.org/1", "publisher": "Example"}],
        "documents": [{"id": "doc-1", "text": TEXT, "published": "2023-12-20"}],
        "conferences": [
            {
                "series": "diplomatic",
                "ordinal": 32,
                "start": "2023-12-19",
                "end": "2023-12-23",
                "citations": ["src-1"],
            },
        ],
        "officials": [
            {
                "name": "Vu Thanh Lam",
                "name_vi": "Vũ Thanh Lâm",
                "positions": [
                    {
                        "title": "deputy-foreign-minister",
                        "label": "Deputy FM",
                        "start": "2020",
                        "citations": ["src-1"],
                    }
                ],
            },
        ],
        "mentions": [],
        "appearances": [
            {"document": "doc-1", "official": "vu-thanh-lam", "start": NAME, "end": NAME + 12}
        ],
        "quotes": [
            {
                "speaker": "vu-thanh-lam",
                "document": "doc-1",
                "kind": "reported",
                "start": SAID,
                "end": len(TEXT),
                "text": TEXT[SAID:],
                "conference": "diplomatic-32",
            },
        ],
        "theme_tags": [
            {"document": "doc-1", "theme": "sector-modernisation", "start": 0, "end": len(TEXT)}
        ],
    }


def load_data(data: object, source: str = "mine.json") -> vndiplo.Corpus:
    return vndiplo.loads(json.dumps(data), source=source)


def test_the_fixture_is_valid_and_answers_lookups() -> None:
    corpus = load_data(corpus_data())
    assert corpus.quotes_by("Lam")[0].text == "the sector would modernise."
    assert corpus.themes_for(32) == ()  # no mention makes doc-1 about the 32nd


def test_bundled_corpus_loads_once_and_is_cached() -> None:
    assert vndiplo.load() is vndiplo.load()


def test_round_trip_of_the_bundled_corpus_is_exact() -> None:
    corpus = vndiplo.load()
    assert vndiplo.loads(vndiplo.dumps(corpus)) == corpus
    assert vndiplo.dumps(vndiplo.loads(vndiplo.dumps(corpus))) == vndiplo.dumps(corpus)


def problem(data: object) -> str:
    with pytest.raises(CorpusError) as info:
        load_data(data)
    return str(info.value)


def test_unknown_key_names_file_path_and_key() -> None:
    data = corpus_data()
    data["quotes"][0]["speeker"] = "x"
    assert problem(data) == "mine.json: quotes[0]: unknown key 'speeker'"


def test_unknown_top_level_key() -> None:
    assert problem({"quotez": []}) == "mine.json: unknown key 'quotez'"


def test_wrong_type_is_not_coerced() -> None:
    data = corpus_data()
    data["quotes"][0]["start"] = "56"
    assert problem(data) == "mine.json: quotes[0].start: expected an integer, got string"


def test_bool_is_not_an_integer() -> None:
    data = corpus_data()
    data["conferences"][0]["ordinal"] = True
    assert "conferences[0].ordinal: expected an integer, got bool" in problem(data)


def test_a_string_is_not_a_list() -> None:
    data = corpus_data()
    data["conferences"][0]["citations"] = "src-1"
    assert "conferences[0].citations: expected a list, got string" in problem(data)


def test_missing_required_field() -> None:
    data = corpus_data()
    del data["quotes"][0]["text"]
    assert problem(data) == "mine.json: quotes[0].text: required field missing"


def test_unknown_vocabulary_id_lists_the_choices() -> None:
    data = corpus_data()
    data["officials"][0]["positions"][0]["title"] = "foreign-secretary"
    message = problem(data)
    assert "officials[0].positions[0].title: unknown title id 'foreign-secretary'" in message
    assert "deputy-foreign-minister" in message


def test_duplicate_ids() -> None:
    data = corpus_data()
    data["citations"].append(dict(data["citations"][0]))
    assert problem(data) == "mine.json: citations[1]: duplicate id 'src-1' (first at citations[0])"


def test_dangling_references() -> None:
    data = corpus_data()
    data["quotes"][0]["speaker"] = "nobody-at-all"
    data["quotes"][0]["conference"] = "diplomatic-99"
    message = problem(data)
    assert "mine.json: quotes[0].speaker: unknown official 'nobody-at-all'" in message
    assert "mine.json: quotes[0].conference: unknown conference 'diplomatic-99'" in message


def test_offsets_outside_the_text() -> None:
    data = corpus_data()
    data["theme_tags"][0]["end"] = 10_000
    assert "theme_tags[0].end: offset 10000 is past the end of document 'doc-1'" in problem(data)


def test_quote_text_must_be_the_documents_text() -> None:
    data = corpus_data()
    data["quotes"][0]["text"] = "the sector would modernize."
    assert f"quotes[0].text: differs from the document's text at {SAID}-{len(TEXT)}" in problem(
        data
    )


def test_end_before_start() -> None:
    data = corpus_data()
    data["appearances"][0]["end"] = 10
    assert f"appearances[0].end: end 10 is not after start {NAME}" in problem(data)


def test_reversed_date_range() -> None:
    data = corpus_data()
    data["conferences"][0]["end"] = "2023-12-01"
    assert "conferences[0].end: ends (2023-12-01) before it starts (2023-12-19)" in problem(data)


def test_impossible_date() -> None:
    data = corpus_data()
    data["documents"][0]["published"] = "2023-02-30"
    assert "documents[0].published: no such date: '2023-02-30'" in problem(data)


def test_every_problem_is_listed() -> None:
    data = corpus_data()
    data["quotes"][0]["speaker"] = "nobody"
    data["appearances"][0]["official"] = "nobody"
    with pytest.raises(CorpusError) as info:
        load_data(data)
    assert [p.path for p in info.value.problems] == ["appearances[0].official", "quotes[0].speaker"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"quotes": [', "mine.json: not valid JSON: Expecting value (line 1, column 13)"),
        ("[]", "mine.json: expected a JSON object at the top, got list"),
        ('"corpus"', "mine.json: expected a JSON object at the top, got string"),
        ('{"quotes": NaN}', "mine.json: not valid JSON: NaN is not allowed in a corpus"),
        ("[" * 100_000 + "]" * 100_000, "mine.json: not loadable: JSON nested too deeply"),
    ],
)
def test_text_that_is_not_a_corpus(text: str, expected: str) -> None:
    with pytest.raises(CorpusError) as info:
        vndiplo.loads(text, source="mine.json")
    assert str(info.value) == expected


def test_corpus_error_is_a_value_error() -> None:
    assert issubclass(CorpusError, ValueError)


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_load_path_reads_a_folder_and_merges_across_files(tmp_path: Path) -> None:
    data = corpus_data()
    register = {k: data[k] for k in ("citations", "conferences", "officials")}
    annotations = {k: data[k] for k in ("documents", "appearances", "quotes", "theme_tags")}
    write(tmp_path / "a-register.json", register)
    (tmp_path / "notes.txt").write_text("not a corpus file", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "b-annotations.json", annotations)
    assert vndiplo.load_path(tmp_path) == load_data(data)


def test_identical_records_in_two_files_are_kept_once(tmp_path: Path) -> None:
    write(tmp_path / "one.json", corpus_data())
    write(tmp_path / "two.json", corpus_data())
    assert vndiplo.load_path(tmp_path) == load_data(corpus_data())


def test_conflicting_records_in_two_files_name_both(tmp_path: Path) -> None:
    write(tmp_path / "one.json", corpus_data())
    other = corpus_data()
    other["citations"][0]["publisher"] = "Another"
    write(tmp_path / "two.json", other)
    with pytest.raises(CorpusError, match=r"two.json: citations\[0\]: differs .*one.json"):
        vndiplo.load_path(tmp_path)


def test_a_bad_file_loads_nothing(tmp_path: Path) -> None:
    write(tmp_path / "good.json", corpus_data())
    (tmp_path / "bad.json").write_bytes(b'{"quotes": [}')
    with pytest.raises(CorpusError, match="bad.json: not valid JSON"):
        vndiplo.load_path(tmp_path)


def test_invalid_utf8_names_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin.json"
    path.write_bytes('{"documents": [{"id": "é", "text": "x"}]}'.encode("latin-1"))
    with pytest.raises(CorpusError, match=r"latin.json: not valid UTF-8 \(byte 23"):
        vndiplo.load_path(path)


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(corpus_data()).encode())
    assert vndiplo.load_path(path) == load_data(corpus_data())


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file or folder"):
        vndiplo.load_path(tmp_path / "absent.json")
    with pytest.raises(CorpusError, match="holds no .json files"):
        vndiplo.load_path(tmp_path)


def test_link_outside_the_folder_is_refused(tmp_path: Path) -> None:
    outside = write(tmp_path / "outside.json", corpus_data())
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "link.json").symlink_to(outside)
    with pytest.raises(CorpusError, match="is a link to .*outside the folder"):
        vndiplo.load_path(folder)


def test_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vndiplo._io

    path = write(tmp_path / "big.json", corpus_data())
    monkeypatch.setattr(vndiplo._io, "MAX_FILE_BYTES", 100)
    with pytest.raises(CorpusError, match="big.json: too large to load"):
        vndiplo.load_path(path)


def test_dump_then_load_path(tmp_path: Path) -> None:
    corpus = load_data(corpus_data())
    assert vndiplo.load_path(vndiplo.dump(corpus, tmp_path / "out.json")) == corpus


def test_a_users_corpus_beside_the_bundled_one_may_refer_to_it() -> None:
    data = corpus_data()
    del data["conferences"]  # the quote's "diplomatic-32" is the register's
    with pytest.raises(CorpusError, match="unknown conference 'diplomatic-32'"):
        load_data(data)
    merged = vndiplo.loads(json.dumps(data), base=vndiplo.load())
    # "Lam" alone is now ambiguous with the register's To Lam.
    assert merged.official("Thanh Lam").name == "Vu Thanh Lam"
    assert merged.official("Minh").name == "Pham Binh Minh"
    assert (
        merged.quotes_by("Vũ Thanh Lâm", conference="32nd")[0].text == "the sector would modernise."
    )


def test_a_users_record_that_contradicts_the_bundled_one_is_refused() -> None:
    data = corpus_data()  # its 32nd conference lacks the register's facts
    with pytest.raises(
        CorpusError, match=r"mine.json: conferences\[0\]: differs from .*'diplomatic-32'"
    ):
        vndiplo.loads(json.dumps(data), source="mine.json", base=vndiplo.load())
    with pytest.raises(CorpusError, match="differs from the record with id 'diplomatic-32'"):
        vndiplo.load() + load_data(data)
