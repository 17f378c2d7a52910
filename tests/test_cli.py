"""The command line: readable tables, --json for machines, one-line errors with status 2."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import vndiplo
from vndiplo._cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_summary_shows_the_corpus_at_a_glance(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "summary")
    assert status == 0
    assert err == ""
    assert "2 documents" in out
    assert "diplomatic        7      3, 27, 28, 29, 30, 31, 32" in out
    assert "Nguyen Quoc Dung  10" in out


def test_summary_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "summary", "--json")
    data = json.loads(out)
    assert status == 0
    assert data["counts"] == vndiplo.load().counts()


def test_conference_by_ordinal_word(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "conference", "thirty-first")
    assert status == 0
    assert out.startswith("31st National Diplomatic Conference\n")
    assert "held with:   external-affairs-20" in out


def test_conference_json_carries_id_themes_and_documents(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "conference", "29", "--json")
    data = json.loads(out)
    assert data["id"] == "diplomatic-29"
    assert data["start"] == "2016-08-22"
    assert data["documents"] == ["001_2dc3e466aeec6e55"]
    assert "defence-security" in data["themes"]


def test_conferences_filters(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "conferences", "--year", "2021", "--json")
    assert [c["id"] for c in json.loads(out)] == [
        "party-congress-13", "external-affairs-20", "foreign-affairs-1", "diplomatic-31"
    ]  # fmt: skip


def test_themes_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "themes", "31st")
    assert "economic-diplomacy" in out.splitlines()[3]
    _, out, _ = run(capsys, "themes", "31st", "--json")
    first = json.loads(out)[0]
    assert first["theme"] == "economic-diplomacy"
    assert all(e["text"] for e in first["evidence"])


def test_quotes_accepts_a_name_with_diacritics(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "quotes", "Phạm Bình Minh", "--json")
    quotes = json.loads(out)
    assert status == 0
    assert len(quotes) == 7
    assert quotes[0]["speaker"] == "pham-binh-minh"
    assert quotes[0]["date"] == "2016-08-20"


def test_quotes_filtered_by_conference(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "quotes", "Minh", "--conference", "31")
    assert out.startswith("0 quotes by Pham Binh Minh")


def test_officials_by_title(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "officials", "--title", "general-secretary", "--json")
    assert [o["id"] for o in json.loads(out)] == ["nguyen-phu-trong", "to-lam"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["conference", "99"], "vndiplo: error: no conference matches 99\n"),
        (["quotes", "Dung"], "vndiplo: error: official 'Dung' is ambiguous: "),
        (["themes", "Minh"], "vndiplo: error: no conference matches 'Minh'"),
    ],
)
def test_unknown_references_give_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert err.startswith(message)
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["conferences", "--year", "twenty"], "expected a year such as 2021, got 'twenty'"),
        (["conferences", "--series", "regional"], "invalid choice: 'regional'"),
        (["nonsense"], "invalid choice: 'nonsense'"),
    ],
)
def test_bad_arguments_give_one_error_line_and_status_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert message in err.splitlines()[-1]
    assert "Traceback" not in err


def test_validate_a_good_and_a_bad_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    good = vndiplo.dump(vndiplo.load(), tmp_path / "good.json")
    status, out, _ = run(capsys, "validate", str(good))
    assert status == 0
    assert "valid (154 citations" in out
    bad = tmp_path / "bad.json"
    bad.write_text('{"quotes": [{"speaker": 1}]}', encoding="utf-8")
    status, _, err = run(capsys, "validate", str(bad))
    assert status == 2
    assert f"vndiplo: error: {bad}: quotes[0].speaker: expected a string, got int" in err


def test_extra_corpus_is_loaded_beside_the_bundled_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = "Deputy FM Ha Kim Ngoc said the 32nd conference would be hybrid."
    start = text.index("the 32nd")
    mine = {
        "documents": [{"id": "mine", "text": text}],
        "officials": [{"name": "Ha Kim Ngoc"}],
        "quotes": [{"speaker": "ha-kim-ngoc", "document": "mine", "kind": "reported",
                    "start": start, "end": len(text) - 1, "text": text[start:-1],
                    "conference": "diplomatic-32"}],
    }  # fmt: skip
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(mine), encoding="utf-8")
    status, out, _ = run(capsys, "--corpus", str(path), "quotes", "Ngoc", "--json")
    assert status == 0
    assert json.loads(out)[0]["conference"] == "diplomatic-32"


@pytest.mark.parametrize("form", ["json", "jsonl", "csv"])
def test_export_formats(capsys: pytest.CaptureFixture[str], tmp_path: Path, form: str) -> None:
    out_file = tmp_path / f"corpus.{form}"
    status, _, _ = run(capsys, "export", "--format", form, "--out", str(out_file))
    assert status == 0
    text = out_file.read_text(encoding="utf-8")
    if form == "json":
        assert vndiplo.loads(text) == vndiplo.load()
    elif form == "jsonl":
        kinds = [json.loads(line)["type"] for line in text.splitlines()]
        assert kinds.count("quotes") == len(vndiplo.load().quotes)
    else:
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == len(vndiplo.load().quotes)
        assert rows[0]["name"] in {"Pham Binh Minh", "Nguyen Quoc Dung"}


def test_export_conferences_csv_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "export", "--format", "csv", "--records", "conferences")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["id"] == "diplomatic-3"
    assert len(rows) == len(vndiplo.load().conferences)


def test_python_dash_m_runs_the_same_command_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "vndiplo", "conference", "31st", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["id"] == "diplomatic-31"


def test_console_script_reports_a_bad_file_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(b"\xff\xfe not utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "vndiplo", "validate", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == f"vndiplo: error: {path}: not valid UTF-8 (byte 0: b'\\xff')\n"
