"""Hostile corpus input: every bad file gives CorpusError naming the file and JSON path.

The cases are generated from one valid corpus that uses every field of every record:
each field is given every wrong JSON type, each required field is dropped, each
reference is cut, each offset pushed outside its text, and so on.  Every case must raise
:class:`vndiplo.CorpusError` (no other exception may escape), every problem must name
the file, and one problem must name the exact JSON path.  Nothing partial can come back:
the loaders return a corpus or raise.
"""

from __future__ import annotations

import copy
import json
import os
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import vndiplo
from vndiplo import (
    Appearance,
    Citation,
    Conference,
    CorpusError,
    Document,
    Mention,
    Official,
    Position,
    Quote,
    Speaker,
    ThemeTag,
    _io,
)

TEXT = (
    "Hanoi (VNA) – Deputy Foreign Minister Lê Văn Thành said the sector would “modernise”. "
    "The 32nd Diplomatic Conference opened on Tuesday."
)
NAME = TEXT.index("Lê Văn Thành")
SAID = TEXT.index("the sector")
SAID_END = TEXT.index(". The 32nd")
CONF = TEXT.index("32nd Diplomatic Conference")
SOURCE = "hostile.json"


def base() -> dict[str, Any]:
    """A valid corpus in which every field of every record is present."""
    return {
        "citations": [
            {
                "id": "src-1",
                "url": "https://example.org/1",
                "publisher": "Example",
                "published": "2023-12",
                "title": "A headline",
                "language": "vi",
                "reliability": "mirror",
                "note": "a note",
            }
        ],
        "documents": [
            {
                "id": "doc-1",
                "text": TEXT,
                "headline": "Conference opens",
                "publisher": "VNA",
                "url": "https://example.org/doc-1",
                "published": "2023-12-20",
                "language": "en",
                "citation": "src-1",
                "notes": "notes",
            }
        ],
        "conferences": [
            {"series": "party-congress", "ordinal": 13, "start": "2021-01", "end": "2021-02"},
            {
                "series": "diplomatic",
                "ordinal": 32,
                "start": "2023-12-19",
                "end": "2023-12-23",
                "location": "Hanoi",
                "venue": "National Convention Center",
                "format": "hybrid",
                "motto": "A motto",
                "motto_vi": "Khẩu hiệu",
                "held_with": ["party-congress-13"],
                "implements": "party-congress-13",
                "speakers": [
                    {
                        "official": "le-van-thanh",
                        "titles": ["deputy-foreign-minister"],
                        "role": "opening address",
                        "citations": ["src-1"],
                        "note": "a note",
                    }
                ],
                "citations": ["src-1"],
                "uncertain": ["venue"],
                "notes": "notes",
            },
        ],
        "officials": [
            {
                "name": "Le Van Thanh",
                "name_vi": "Lê Văn Thành",
                "called": "Thanh",
                "born": "1960",
                "died": "2090-01-01",
                "positions": [
                    {
                        "title": "deputy-foreign-minister",
                        "label": "Deputy Minister of Foreign Affairs",
                        "start": "2020",
                        "end": "2025-06",
                        "attested": ["2023-12-20"],
                        "citations": ["src-1"],
                        "notes": "notes",
                    }
                ],
                "citations": ["src-1"],
                "notes": "notes",
            }
        ],
        "mentions": [
            {
                "document": "doc-1",
                "conference": "diplomatic-32",
                "subject": True,
                "start": CONF,
                "end": CONF + 26,
                "opens": "2023-12-19",
                "closes": "2023-12-23",
                "location": "Hanoi",
            }
        ],
        "appearances": [
            {
                "document": "doc-1",
                "official": "le-van-thanh",
                "start": NAME,
                "end": NAME + 12,
                "titles": ["deputy-foreign-minister"],
            }
        ],
        "quotes": [
            {
                "speaker": "le-van-thanh",
                "document": "doc-1",
                "kind": "reported",
                "start": SAID,
                "end": SAID_END,
                "text": TEXT[SAID:SAID_END],
                "conference": "diplomatic-32",
            }
        ],
        "theme_tags": [
            {"document": "doc-1", "theme": "sector-modernisation", "start": 0, "end": SAID_END}
        ],
    }


RECORDS: dict[str, type] = {
    "citations": Citation,
    "documents": Document,
    "conferences": Conference,
    "officials": Official,
    "mentions": Mention,
    "appearances": Appearance,
    "quotes": Quote,
    "theme_tags": ThemeTag,
    "speakers": Speaker,
    "positions": Position,
}


def records(data: dict[str, Any]) -> Iterator[tuple[str, type, dict[str, Any]]]:
    """Every record in *data*, nested ones included, with its JSON path and class."""
    for key, items in data.items():
        for i, record in enumerate(items):
            yield f"{key}[{i}]", RECORDS[key], record
            for inner in ("speakers", "positions"):
                for j, part in enumerate(record.get(inner, ())):
                    yield f"{key}[{i}].{inner}[{j}]", RECORDS[inner], part


def at(data: dict[str, Any], path: str) -> dict[str, Any]:
    """The record at *path* (such as ``conferences[1].speakers[0]``) inside *data*."""
    node: Any = data
    for step in path.split("."):
        name, _, index = step.partition("[")
        node = node[name][int(index.rstrip("]"))]
    assert isinstance(node, dict)
    return node


def field_types(cls: type) -> dict[str, Any]:
    attrs.resolve_types(cls)
    return {a.name: a.type for a in attrs.fields(cls) if a.init}


def optional(kind: Any) -> bool:
    return type(None) in typing.get_args(kind)


# -- the harness ----------------------------------------------------------------------


def refused(load: Callable[[], object]) -> CorpusError:
    """Run *load*, which must raise CorpusError and nothing else."""
    caught: CorpusError | None = None
    try:
        result = load()
    except CorpusError as exc:
        caught = exc
    except BaseException as exc:  # pragma: no cover - the failure being tested for
        pytest.fail(f"{type(exc).__name__} escaped instead of CorpusError: {exc}")
    else:
        pytest.fail(f"loaded instead of refusing: {result!r}")
    assert caught.problems, "a CorpusError lists at least one problem"
    return caught


def assert_refused(text: str, path: str | None, source: str = SOURCE) -> CorpusError:
    exc = refused(lambda: vndiplo.loads(text, source=source))
    assert {p.file for p in exc.problems} == {source}
    assert source in str(exc)
    if path is not None:
        paths = [p.path for p in exc.problems]
        assert path in paths, f"{path!r} not among {paths}"
    return exc


Case = tuple[str, dict[str, Any], str]  # (id, corpus data, expected JSON path)


def test_the_base_corpus_is_valid_and_uses_every_field() -> None:
    corpus = vndiplo.loads(json.dumps(base()))
    assert vndiplo.loads(vndiplo.dumps(corpus)) == corpus
    seen: dict[type, set[str]] = {}
    for _, cls, record in records(base()):
        seen.setdefault(cls, set()).update(record)
    assert set(seen) == set(RECORDS.values())
    for cls, names in seen.items():
        assert names == set(field_types(cls)), cls


# -- wrong types, missing fields, unknown keys --------------------------------------

_SAMPLES: dict[str, object] = {
    "null": None,
    "int": 3,
    "float": 2.5,
    "bool": True,
    "str": "x",
    "list": [],
    "object": {},
}


def _json_kind(value: object) -> str:
    return {
        type(None): "null",
        bool: "bool",
        int: "int",
        float: "float",
        str: "str",
        list: "list",
        dict: "object",
    }[type(value)]


def wrong_type_cases() -> Iterator[Case]:
    for path, cls, record in records(base()):
        types = field_types(cls)
        for name, value in record.items():
            allowed = {_json_kind(value)} | ({"null"} if optional(types[name]) else set())
            if _json_kind(value) in ("str",) and "date" in str(types[name]).lower():
                allowed = {"str"} | ({"null"} if optional(types[name]) else set())
            for kind, sample in _SAMPLES.items():
                if kind in allowed:
                    continue
                data = base()
                at(data, path)[name] = copy.deepcopy(sample)
                yield f"{path}.{name}={kind}", data, f"{path}.{name}"
            if isinstance(value, list) and value:
                for kind, sample in _SAMPLES.items():
                    if kind == _json_kind(value[0]):
                        continue
                    data = base()
                    at(data, path)[name] = [copy.deepcopy(sample)]
                    yield f"{path}.{name}[0]={kind}", data, f"{path}.{name}[0]"


def missing_field_cases() -> Iterator[Case]:
    for path, cls, record in records(base()):
        for a in attrs.fields(cls):
            if a.init and a.default is attrs.NOTHING:
                data = base()
                del at(data, path)[a.name]
                yield f"{path}-{a.name}", data, f"{path}.{a.name}"
        assert record


def unknown_key_cases() -> Iterator[Case]:
    data = base()
    data["colour"] = "red"
    yield "top-level", data, ""
    for path, _, _ in records(base()):
        data = base()
        at(data, path)["colour"] = "red"
        yield path, data, path


def unknown_vocabulary_cases() -> Iterator[Case]:
    fields = {
        "conferences[1].series": "diplomacy",
        "conferences[1].format": "virtual",
        "quotes[0].kind": "indirect",
        "theme_tags[0].theme": "trade",
        "officials[0].positions[0].title": "minister",
    }
    for where, wrong in fields.items():
        record, _, name = where.rpartition(".")
        data = base()
        at(data, record)[name] = wrong
        yield f"{where}={wrong}", data, where
        data = base()
        at(data, record)[name] = wrong.upper()
        yield f"{where}={wrong.upper()}", data, where
    for where in (
        "appearances[0].titles",
        "conferences[1].speakers[0].titles",
    ):
        record, _, name = where.rpartition(".")
        data = base()
        at(data, record)[name] = ["deputy-foreign-minister", "Deputy Foreign Minister"]
        yield f"{where}[1]=label", data, f"{where}[1]"


_WRONG_TYPES = list(wrong_type_cases())
_MISSING = list(missing_field_cases())
_UNKNOWN_KEYS = list(unknown_key_cases())
_VOCABULARY = list(unknown_vocabulary_cases())


@pytest.mark.parametrize(
    ("data", "path"), [c[1:] for c in _WRONG_TYPES], ids=[c[0] for c in _WRONG_TYPES]
)
def test_wrong_type(data: dict[str, Any], path: str) -> None:
    assert_refused(json.dumps(data), path)


@pytest.mark.parametrize(("data", "path"), [c[1:] for c in _MISSING], ids=[c[0] for c in _MISSING])
def test_missing_required_field(data: dict[str, Any], path: str) -> None:
    exc = assert_refused(json.dumps(data), path)
    assert "required field missing" in str(exc)


@pytest.mark.parametrize(
    ("data", "path"), [c[1:] for c in _UNKNOWN_KEYS], ids=[c[0] for c in _UNKNOWN_KEYS]
)
def test_unknown_key(data: dict[str, Any], path: str) -> None:
    exc = assert_refused(json.dumps(data), path)
    assert "'colour'" in str(exc)


@pytest.mark.parametrize(
    ("data", "path"), [c[1:] for c in _VOCABULARY], ids=[c[0] for c in _VOCABULARY]
)
def test_unknown_vocabulary_id(data: dict[str, Any], path: str) -> None:
    assert_refused(json.dumps(data), path)


def test_every_field_is_covered_by_a_wrong_type_case() -> None:
    covered = {c[2] for c in _WRONG_TYPES}
    for path, _, record in records(base()):
        for name in record:
            assert f"{path}.{name}" in covered


# -- duplicates, dangling references, offsets, text, dates ----------------------------


def duplicate_cases() -> Iterator[Case]:
    for key in base():
        data = base()
        data[key].append(copy.deepcopy(data[key][-1]))
        yield f"{key}-copy", data, f"{key}[{len(data[key]) - 1}]"
    data = base()
    twin = copy.deepcopy(data["officials"][0])
    twin["name"] = "LÊ VĂN  THÀNH"  # folds to the same id
    data["officials"].append(twin)
    yield "officials-same-folded-name", data, "officials[1]"
    data = base()
    twin = copy.deepcopy(data["citations"][0])
    twin["publisher"] = "Someone else"
    data["citations"].append(twin)
    yield "citations-same-id-different-record", data, "citations[1]"
    data = base()
    twin = copy.deepcopy(data["mentions"][0])
    twin["subject"] = False
    data["mentions"].append(twin)
    yield "mentions-same-pair-different-claim", data, "mentions[1]"


def dangling_cases() -> Iterator[Case]:
    refs = {
        "documents[0].citation": "nowhere",
        "conferences[1].held_with[0]": "diplomatic-99",
        "conferences[1].implements": "party-congress-99",
        "conferences[1].speakers[0].official": "nobody-at-all",
        "conferences[1].speakers[0].citations[0]": "nowhere",
        "conferences[1].citations[0]": "nowhere",
        "officials[0].citations[0]": "nowhere",
        "officials[0].positions[0].citations[0]": "nowhere",
        "mentions[0].document": "no-doc",
        "mentions[0].conference": "diplomatic-99",
        "appearances[0].document": "no-doc",
        "appearances[0].official": "nobody-at-all",
        "quotes[0].speaker": "nobody-at-all",
        "quotes[0].document": "no-doc",
        "quotes[0].conference": "diplomatic-99",
        "theme_tags[0].document": "no-doc",
    }
    for where, wrong in refs.items():
        record, _, name = where.rpartition(".")
        data = base()
        if name.endswith("]"):
            name, _, index = name.partition("[")
            at(data, record)[name][int(index.rstrip("]"))] = wrong
        else:
            at(data, record)[name] = wrong
        yield where, data, where
    data = base()
    data["conferences"][1]["implements"] = "diplomatic-32"
    yield "implements-a-conference-not-a-congress", data, "conferences[1].implements"
    data = base()
    data["quotes"][0]["speaker"] = "Le Van Thanh"  # a name, not an id
    yield "quotes[0].speaker=name-not-id", data, "quotes[0].speaker"


def offset_cases() -> Iterator[Case]:
    size = len(TEXT)
    for key in ("mentions", "appearances", "quotes", "theme_tags"):
        record = base()[key][0]
        start, end = record["start"], record["end"]
        for label, new_start, new_end, where in (
            ("negative-start", -1, end, "start"),
            ("end-past-text", start, size + 1, "end"),
            ("far-past-text", start, 10**12, "end"),
            ("empty", start, start, "end"),
            ("reversed", end, start, "end"),
        ):
            data = base()
            data[key][0]["start"], data[key][0]["end"] = new_start, new_end
            if key == "quotes":
                data[key][0]["text"] = TEXT[max(new_start, 0) : max(new_end, 0)]
            yield f"{key}-{label}", data, f"{key}[0].{where}"


def quote_text_cases() -> Iterator[Case]:
    said = TEXT[SAID:SAID_END]
    for label, text in (
        ("changed-word", said.replace("sector", "seller")),
        ("straight-quotes", said.replace("“", '"').replace("”", '"')),
        ("trailing-space", said + " "),
        ("one-shorter", said[:-1]),
        ("decomposed-accents", "Lê Văn Thành".encode().decode()),
        ("empty", ""),
    ):
        data = base()
        data["quotes"][0]["text"] = text
        yield label, data, "quotes[0].text"
    data = base()
    data["quotes"][0]["start"] += 1
    data["quotes"][0]["end"] += 1
    yield "offsets-shifted", data, "quotes[0].text"


def date_cases() -> Iterator[Case]:
    for label, record, first, second, where in (
        ("conference", "conferences[1]", "start", "end", "end"),
        ("conference-partial", "conferences[0]", "start", "end", "end"),
        ("official-lifetime", "officials[0]", "born", "died", "died"),
        ("position", "officials[0].positions[0]", "start", "end", "end"),
        ("mention-claims", "mentions[0]", "opens", "closes", "closes"),
    ):
        data = base()
        node = at(data, record)
        node[first], node[second] = node[second], node[first]
        yield f"reversed-{label}", data, f"{record}.{where}"
    for bad in (
        "2023-02-30",
        "2023-13",
        "2023-00-10",
        "0000",
        "23-12-20",
        "2023/12/20",
        "",
        "20231220",
    ):
        for where in ("citations[0].published", "conferences[1].start", "documents[0].published"):
            record, _, name = where.rpartition(".")
            data = base()
            at(data, record)[name] = bad
            yield f"{where}={bad!r}", data, where
    data = base()
    data["conferences"][0]["start"], data["conferences"][0]["end"] = "2022", "2021-12"
    yield "reversed-partial-year-month", data, "conferences[0].end"


def other_semantic_cases() -> Iterator[Case]:
    data = base()
    data["conferences"][1]["ordinal"] = 0
    yield "ordinal-zero", data, "conferences[1].ordinal"
    data = base()
    data["officials"][0]["name"] = "Thanh"
    yield "one-word-name", data, "officials[0].name"
    data = base()
    data["documents"][0]["id"] = "  "
    for key in ("mentions", "appearances", "quotes", "theme_tags"):
        data[key][0]["document"] = "  "
    yield "blank-document-id", data, "documents[0].id"


_SEMANTIC = {
    "duplicate": list(duplicate_cases()),
    "dangling": list(dangling_cases()),
    "offset": list(offset_cases()),
    "quote-text": list(quote_text_cases()),
    "date": list(date_cases()),
    "other": list(other_semantic_cases()),
}
_SEMANTIC_FLAT = [
    (f"{kind}:{c[0]}", c[1], c[2]) for kind, cases in _SEMANTIC.items() for c in cases
]


@pytest.mark.parametrize(
    ("data", "path"), [c[1:] for c in _SEMANTIC_FLAT], ids=[c[0] for c in _SEMANTIC_FLAT]
)
def test_semantic_problem(data: dict[str, Any], path: str) -> None:
    assert_refused(json.dumps(data), path)


def test_every_problem_is_reported_at_once() -> None:
    data = base()
    data["quotes"][0]["speaker"] = "nobody"
    data["theme_tags"][0]["end"] = 10**6
    data["conferences"][1]["start"], data["conferences"][1]["end"] = "2024", "2023"
    exc = assert_refused(json.dumps(data), None)
    assert {p.path for p in exc.problems} >= {
        "quotes[0].speaker",
        "theme_tags[0].end",
        "conferences[1].end",
    }


# -- text that is not a corpus ------------------------------------------------------

_VALID_TEXT = json.dumps(base(), ensure_ascii=False, indent=1)


def truncated_texts() -> Iterator[tuple[str, str]]:
    step = max(1, len(_VALID_TEXT) // 40)
    for cut in range(0, len(_VALID_TEXT) - 1, step):
        yield f"truncated-at-{cut}", _VALID_TEXT[:cut]


_NOT_JSON = [
    *truncated_texts(),
    ("empty", ""),
    ("whitespace", " \n\t "),
    ("single-quotes", "{'quotes': []}"),
    ("trailing-comma", '{"quotes": [],}'),
    ("comment", '{"quotes": [] /* none */}'),
    ("nan", '{"quotes": [{"start": NaN}]}'),
    ("infinity", '{"quotes": [{"start": Infinity}]}'),
    ("two-values", "{} {}"),
    ("unterminated-string", '{"quotes": "'),
    ("control-character", '{"citations": [{"id": "a\nb"}]}'),
    ("bad-escape", '{"citations": [{"id": "\\x41"}]}'),
    ("bom-in-a-string", "\ufeff{}"),
    ("huge-integer", '{"conferences": [{"series": "diplomatic", "ordinal": ' + "9" * 5000 + "}]}"),
    ("nul-byte", "{\x00}"),
]


@pytest.mark.parametrize("text", [t for _, t in _NOT_JSON], ids=[n for n, _ in _NOT_JSON])
def test_text_that_is_not_json(text: str) -> None:
    assert_refused(text, "")


_TOP_LEVEL = ["[]", '"corpus"', "3", "2.5", "null", "true", "[{}]"]


@pytest.mark.parametrize("text", _TOP_LEVEL)
def test_wrong_top_level_type(text: str) -> None:
    exc = assert_refused(text, "")
    assert "expected a JSON object at the top" in str(exc)


_NESTING = [
    ("brackets-at-top", "[" * 100_000 + "]" * 100_000),
    ("brackets-in-a-list", '{"quotes": ' + "[" * 100_000 + "]" * 100_000 + "}"),
    (
        "objects-in-a-field",
        '{"citations": [{"id": ' + '{"a": ' * 100_000 + "1" + "}" * 100_000 + "}]}",
    ),
    ("unclosed", "[" * 100_000),
    ("moderate-in-a-field", '{"documents": [{"id": "d", "text": ' + "[" * 500 + "]" * 500 + "}]}"),
]


@pytest.mark.parametrize("text", [t for _, t in _NESTING], ids=[n for n, _ in _NESTING])
def test_deeply_nested_json(text: str) -> None:
    assert_refused(text, None)


# -- files and folders ----------------------------------------------------------------


def assert_file_refused(path: Path, shown: Path | None = None, where: str = "") -> CorpusError:
    exc = refused(lambda: vndiplo.load_path(path))
    named = str(shown or path)
    assert named in {p.file for p in exc.problems}, exc.problems
    assert where in [p.path for p in exc.problems]
    return exc


_NOT_UTF8 = [
    ("latin-1", '{"citations": [{"id": "Lê"}]}'.encode("latin-1")),
    ("lone-continuation-byte", b'{"x": "\x80"}'),
    ("overlong-slash", b'{"x": "\xc0\xaf"}'),
    ("encoded-surrogate", b'{"x": "\xed\xa0\x80"}'),
    ("truncated-sequence-at-end", b'{"x": 1}\xe2\x82'),
    ("ff-byte", b"\xff{}"),
    ("utf-16-with-bom", "{}".encode("utf-16")),
    ("utf-32", "{}".encode("utf-32")),
]


@pytest.mark.parametrize("raw", [r for _, r in _NOT_UTF8], ids=[n for n, _ in _NOT_UTF8])
def test_invalid_utf8(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "corpus.json"
    path.write_bytes(raw)
    exc = assert_file_refused(path)
    assert "not valid UTF-8" in str(exc) or "not valid JSON" in str(exc)


def test_a_byte_order_mark_is_tolerated_in_a_file(tmp_path: Path) -> None:
    # RFC 8259 lets a parser ignore a leading UTF-8 BOM; editors on Windows write one.
    path = tmp_path / "corpus.json"
    path.write_bytes(b"\xef\xbb\xbf" + _VALID_TEXT.encode())
    assert vndiplo.load_path(path) == vndiplo.loads(_VALID_TEXT)


def test_a_second_byte_order_mark_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    path.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + _VALID_TEXT.encode())
    assert_file_refused(path)


def test_a_byte_order_mark_before_bad_content_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    path.write_bytes(b"\xef\xbb\xbf[]")
    assert_file_refused(path)


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as sparse:  # a hole: no disk or memory is used
        sparse.truncate(_io.MAX_FILE_BYTES + 1)
    exc = assert_file_refused(path)
    assert "too large" in str(exc)


def test_the_size_limit_is_the_documented_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert vndiplo.MAX_FILE_BYTES == 256 * 1024 * 1024
    monkeypatch.setattr(_io, "MAX_FILE_BYTES", len(_VALID_TEXT.encode()) - 1)
    path = tmp_path / "corpus.json"
    path.write_text(_VALID_TEXT, encoding="utf-8")
    assert "too large" in str(assert_file_refused(path))


def test_a_pipe_named_like_a_corpus_is_refused_not_waited_on(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(tmp_path / "pipe.json")
    (tmp_path / "ok.json").write_text("{}", encoding="utf-8")
    exc = assert_file_refused(tmp_path, tmp_path / "pipe.json")
    assert "not a regular file" in str(exc)
    assert_file_refused(tmp_path / "pipe.json")


def test_a_device_is_refused() -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    assert_file_refused(Path("/dev/zero"))


def folder_with_litter(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "corpus.json").write_text(_VALID_TEXT, encoding="utf-8")
    (folder / "README.txt").write_text("not a corpus", encoding="utf-8")
    (folder / "corpus.json.bak").write_text("{broken", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1\x00")
    (folder / "photo.png").write_bytes(bytes(range(256)))
    (folder / "sub" / "notes.md").write_text("# notes", encoding="utf-8")
    (folder / "sub" / "empty.JSON.txt").write_text("", encoding="utf-8")
    return folder


def test_files_that_are_not_json_are_not_read(tmp_path: Path) -> None:
    folder = folder_with_litter(tmp_path)
    assert vndiplo.load_path(folder) == vndiplo.loads(_VALID_TEXT)


def test_a_json_file_that_is_not_a_corpus_spoils_the_whole_folder(tmp_path: Path) -> None:
    folder = folder_with_litter(tmp_path)
    (folder / "sub" / "package.json").write_text('{"name": "left-pad"}', encoding="utf-8")
    exc = assert_file_refused(folder, folder / "sub" / "package.json")
    assert "unknown key 'name'" in str(exc)


def test_an_empty_json_file_is_refused(tmp_path: Path) -> None:
    folder = folder_with_litter(tmp_path)
    (folder / "empty.json").write_text("", encoding="utf-8")
    assert_file_refused(folder, folder / "empty.json")


def test_a_link_to_a_file_outside_the_folder_is_refused(tmp_path: Path) -> None:
    folder = folder_with_litter(tmp_path)
    outside = tmp_path / "secret.json"
    outside.write_text("{}", encoding="utf-8")
    (folder / "sub" / "link.json").symlink_to(outside)
    exc = assert_file_refused(folder, folder / "sub" / "link.json")
    assert "outside the folder" in str(exc)


def test_a_link_to_a_folder_outside_is_not_followed(tmp_path: Path) -> None:
    folder = folder_with_litter(tmp_path)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "bad.json").write_text("[]", encoding="utf-8")
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    assert vndiplo.load_path(folder) == vndiplo.loads(_VALID_TEXT)


def test_a_link_inside_the_folder_is_read_once_as_identical_records(tmp_path: Path) -> None:
    folder = folder_with_litter(tmp_path)
    (folder / "sub" / "again.json").symlink_to(folder / "corpus.json")
    assert vndiplo.load_path(folder) == vndiplo.loads(_VALID_TEXT)


def test_a_dangling_link_is_refused(tmp_path: Path) -> None:
    folder = folder_with_litter(tmp_path)
    (folder / "gone.json").symlink_to(folder / "never-there.json")
    assert_file_refused(folder, folder / "gone.json")


def test_a_link_loop_is_refused(tmp_path: Path) -> None:
    folder = folder_with_litter(tmp_path)
    (folder / "loop.json").symlink_to(folder / "loop.json")
    assert_file_refused(folder, folder / "loop.json")


def test_a_file_name_that_is_not_utf8_is_named_as_it_can_be(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("byte file names are a POSIX matter")
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"\xff odd\nname.json"), "w", encoding="utf-8") as bad:
        bad.write("[]")
    exc = refused(lambda: vndiplo.load_path(tmp_path))
    assert exc.problems[0].file == os.fsdecode(os.path.join(folder, b"\xff odd\nname.json"))
    assert "expected a JSON object at the top" in str(exc)


def test_a_missing_path_is_refused(tmp_path: Path) -> None:
    assert_file_refused(tmp_path / "nothing-here.json")


def test_a_folder_without_json_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    assert_file_refused(tmp_path)


def test_a_bad_record_in_one_file_loads_nothing_from_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(_VALID_TEXT, encoding="utf-8")
    broken = base()
    broken["quotes"][0]["end"] = 10**6
    (tmp_path / "b.json").write_text(json.dumps(broken), encoding="utf-8")
    assert_file_refused(tmp_path, tmp_path / "b.json", "quotes[0].end")


def test_two_files_that_disagree_are_both_named(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(_VALID_TEXT, encoding="utf-8")
    other = base()
    other["citations"][0]["publisher"] = "Another outlet"
    (tmp_path / "b.json").write_text(json.dumps(other), encoding="utf-8")
    exc = assert_file_refused(tmp_path, tmp_path / "b.json", "citations[0]")
    assert str(tmp_path / "a.json") in str(exc)


# -- lone surrogates: valid JSON escapes, not UTF-8 -----------------------------------


def test_a_lone_surrogate_escape_loads_and_round_trips_through_a_file(tmp_path: Path) -> None:
    data = base()
    data["documents"][0]["notes"] = "\ud800 half a pair"
    corpus = vndiplo.loads(json.dumps(data))
    assert vndiplo.load_path(vndiplo.dump(corpus, tmp_path / "copy.json")) == corpus


# -- counts, for docs/reliability.rst -------------------------------------------------

CATEGORIES = {
    "wrong type": len(_WRONG_TYPES),
    "missing required field": len(_MISSING),
    "unknown key": len(_UNKNOWN_KEYS),
    "unknown vocabulary id": len(_VOCABULARY),
    **{k: len(v) for k, v in _SEMANTIC.items()},
    "not JSON (truncated, malformed)": len(_NOT_JSON),
    "wrong top-level type": len(_TOP_LEVEL),
    "deep nesting": len(_NESTING),
    "not UTF-8": len(_NOT_UTF8),
}


def test_the_suite_is_as_large_as_documented() -> None:
    assert sum(CATEGORIES.values()) >= 400, CATEGORIES
