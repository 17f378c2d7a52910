"""Growing a corpus from a folder of articles: extract, link to the register, load back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import vndiplo
from vndiplo._cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "articles"
    shutil.copytree(FIXTURES, target)
    return target


def test_ingest_reads_every_article_and_skips_what_it_cannot_read(folder: Path) -> None:
    result = vndiplo.ingest(folder)
    ids = [d.id for d in result.corpus.documents]
    assert ids == ["closing-32nd", "interview-minh", "unrelated"]
    assert [(Path(p.file).name, p.message) for p in result.skipped] == [
        ("broken.txt", "not valid UTF-8 (byte 0)")
    ]


def test_ingested_officials_link_to_the_register_or_are_new(folder: Path) -> None:
    corpus = vndiplo.ingest(folder).corpus
    minh = corpus.official("Minh")
    assert minh == vndiplo.official("Pham Binh Minh")  # the register's record, positions and all
    vu = corpus.official("Dinh Quang Vu")
    assert vu.positions == ()
    assert vu.notes is not None
    assert "not in the register" in vu.notes


def test_ingested_corpus_answers_quotes_by(folder: Path) -> None:
    corpus = vndiplo.ingest(folder).corpus
    vu = corpus.quotes_by("Dinh Quang Vu")
    assert len(vu) >= 2
    assert all(q.conference == "diplomatic-32" for q in vu)
    assert {q.kind for q in vu} == {vndiplo.QuoteKind.REPORTED, vndiplo.QuoteKind.DIRECT}
    minh = corpus.quotes_by("Phạm Bình Minh", conference=30)
    assert minh
    assert minh[0].text.startswith("the 30th Diplomatic Conference would review")


def test_ingested_documents_keep_text_dates_and_claims(folder: Path) -> None:
    corpus = vndiplo.ingest(folder).corpus
    closing = corpus.document("closing-32nd")
    assert str(closing.published) == "2023-12-23"
    mention = corpus.mentions_of(32)[0]
    assert mention.subject
    assert str(mention.closes) == "2023-12-23"
    # The register's own record of the 32nd is untouched.
    assert corpus.conference(32) == vndiplo.conference(32)
    assert "economic-diplomacy" in corpus.themes_for(32)


def test_ingested_corpus_round_trips_alone_and_beside_the_bundled_one(
    folder: Path, tmp_path: Path
) -> None:
    corpus = vndiplo.ingest(folder).corpus
    path = vndiplo.dump(corpus, tmp_path / "grown.json")
    assert vndiplo.load_path(path) == corpus
    both = vndiplo.load_path(path, base=vndiplo.load())
    assert len(both.documents) == len(vndiplo.load().documents) + 3


def test_ingest_in_parallel_gives_the_same_corpus(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vndiplo._ingest

    serial = vndiplo.ingest(folder, jobs=1).corpus
    monkeypatch.setattr(vndiplo._ingest, "PARALLEL_FROM", 1)
    seen: list[int] = []
    parallel = vndiplo.ingest(folder, jobs=2, progress=lambda done, total, path: seen.append(done))
    assert parallel.corpus == serial
    assert seen == [1, 2, 3, 4]


def test_ingest_refuses_a_file_for_a_folder(folder: Path) -> None:
    with pytest.raises(NotADirectoryError, match="not a folder"):
        vndiplo.ingest(folder / "unrelated.txt")


def test_cli_ingest_writes_a_corpus_and_reports_skipped_files(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "grown.json"
    status = main(["ingest", str(folder), "--out", str(out), "--json"])
    captured = capsys.readouterr()
    assert status == 0
    report = json.loads(captured.out)
    assert report["counts"]["documents"] == 3
    assert "vndiplo: skipped" in captured.err
    assert "broken.txt: not valid UTF-8" in captured.err
    assert main(["--corpus", str(out), "quotes", "Dinh Quang Vu", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["document"] == "closing-32nd"


def test_cli_ingest_of_a_folder_with_nothing_readable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xff")
    status = main(["ingest", str(tmp_path), "--out", str(tmp_path / "x.json")])
    assert status == 2
    assert "no article could be read" in capsys.readouterr().err
