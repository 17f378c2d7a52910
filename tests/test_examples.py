"""The scripts in examples/ run as a user would run them, each in a fresh folder."""

from __future__ import annotations

import csv
import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

import vndiplo

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

pytestmark = pytest.mark.skipif(not EXAMPLES.is_dir(), reason="no examples/ beside the tests")


def run(script: str, *args: str, cwd: Path) -> str:
    """Run ``python examples/SCRIPT ARGS`` in *cwd*; return what it printed."""
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        cwd=cwd,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "MPLBACKEND": "Agg"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, f"{script} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_every_example_is_tested() -> None:
    here = Path(__file__).read_text(encoding="utf-8")
    for script in sorted(EXAMPLES.glob("*.py")):
        assert f'"{script.name}"' in here, f"{script.name} has no test"


def test_quickstart(tmp_path: Path) -> None:
    out = run("quickstart.py", cwd=tmp_path)
    assert "31st National Diplomatic Conference, Hanoi, 2021-12-15 to 2021-12-18" in out
    assert "Pham Binh Minh (Phạm Bình Minh)" in out
    assert "Sources for the 31st National Diplomatic Conference:" in out
    assert "direct quote by Pham Minh Chinh: “Diplomacy must lead the way”" in out


def test_quotes_to_csv(tmp_path: Path) -> None:
    out = run("quotes_to_csv.py", "Phạm Bình Minh", "minh.csv", cwd=tmp_path)
    rows = list(csv.DictReader((tmp_path / "minh.csv").open(encoding="utf-8", newline="")))
    assert out.startswith(f"{len(rows)} quotes by Pham Binh Minh")
    assert len(rows) == len(vndiplo.quotes_by("Minh")) > 0
    corpus = vndiplo.load()
    for row in rows:  # each row's text is the span of its document it claims to be
        text = corpus.document(row["document"]).text
        assert text[int(row["start"]) : int(row["end"])] == row["text"]


def test_quotes_to_csv_reads_a_corpus_of_ones_own(tmp_path: Path) -> None:
    (tmp_path / "mine.json").write_text(
        json.dumps(
            {
                "documents": [{"id": "note", "text": "Minh said: peace matters."}],
                "quotes": [
                    {"speaker": "pham-binh-minh", "document": "note", "kind": "direct",
                     "start": 11, "end": 24, "text": "peace matters"}
                ],
            }
        ),
        encoding="utf-8",
    )  # fmt: skip
    run("quotes_to_csv.py", "Minh", "out.csv", "--corpus", "mine.json", cwd=tmp_path)
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8", newline="")))
    assert [r["text"] for r in rows if r["document"] == "note"] == ["peace matters"]


def test_themes_heatmap_counts_need_no_matplotlib() -> None:
    theme_matrix = runpy.run_path(str(EXAMPLES / "themes_heatmap.py"))["theme_matrix"]
    conferences, counts = theme_matrix(vndiplo.load())
    assert len(counts) == len(vndiplo.Theme)
    assert all(len(row) == len(conferences) for row in counts)
    for conference in conferences:
        column = [row[conferences.index(conference)] for row in counts]
        assert sum(column) == sum(len(vndiplo.evidence(conference, t)) for t in vndiplo.Theme)


def test_themes_heatmap_draws_a_png(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="matplotlib comes with the 'plot' extra")
    out = run("themes_heatmap.py", "themes.png", cwd=tmp_path)
    assert out.strip() == "wrote themes.png"
    assert (tmp_path / "themes.png").read_bytes().startswith(b"\x89PNG")


def test_ingest_articles(tmp_path: Path) -> None:
    out = run("ingest_articles.py", "articles", "--out", "grown.json", "--demo", cwd=tmp_path)
    assert out.startswith("2 articles ingested into grown.json")
    grown = vndiplo.load_path(tmp_path / "grown.json", base=vndiplo.load())
    new = {d.id for d in grown.documents} - {d.id for d in vndiplo.load().documents}
    assert new == {"seed-0", "seed-1"}
    assert any(q.document == "seed-1" and q.speaker == "pham-binh-minh" for q in grown.quotes)
