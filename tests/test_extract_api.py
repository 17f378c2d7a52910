"""The extractor's API, files, datelines and command line. Texts invented for the tests."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from vndiplo._extract import ExtractError, Extraction, extract, extract_file
from vndiplo._extract.cli import add_extract_parser, main

ARTICLE = (
    "Aug 22, 2016 / 18:05\n\n29th Diplomatic Conference opens\n\n"
    "Hanoi (VNA) – The 29th Diplomatic Conference opened in Hanoi on Monday. "
    "Deputy Foreign Minister Lâm Minh Tuấn said that missions must attract investment.\n"
)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Aug 20, 2016 / 16:09", dt.date(2016, 8, 20)),
        ("12/08/2018 09:40 GMT+7", dt.date(2018, 8, 12)),
        ("Tuesday, December 14, 2021 17:42 (GMT+7)", dt.date(2021, 12, 14)),
        ("Friday, 20 December 2013 | 19:25", dt.date(2013, 12, 20)),
        ("Dec 23, 2023 - 19:02", dt.date(2023, 12, 23)),
        ("Thursday, 19/12/2024 | 14:30", dt.date(2024, 12, 19)),
        ("December 14, 2023 at 5:42 pm", dt.date(2023, 12, 14)),
        ("Posted on December 14, 2023", dt.date(2023, 12, 14)),
        ("Last updated: 14/12/2023 17:42", dt.date(2023, 12, 14)),
        ("Thu, 14 Dec 2023 17:42:00 +0700", dt.date(2023, 12, 14)),
    ],
)
def test_a_dateline_gives_the_publication_date(line: str, day: dt.date) -> None:
    assert extract(f"{line}\n\nHeadline here\n\nBody text.").published == day


def test_the_given_publication_date_wins_over_the_dateline() -> None:
    assert extract(ARTICLE, dt.date(2016, 8, 23)).published == dt.date(2016, 8, 23)


def test_no_dateline_no_date() -> None:
    assert extract("Hanoi (VNA) – Envoys met.").published is None


def test_to_dict_has_exactly_the_contract_keys() -> None:
    data = extract(ARTICLE).to_dict()
    assert list(data) == ["published", "conferences", "officials", "quotes", "themes"]
    assert set(data["conferences"][0]) == {
        "series", "ordinal", "start", "end", "location", "subject",
    }  # fmt: skip
    assert set(data["officials"][0]) == {"name", "titles"}
    assert set(data["quotes"][0]) >= {"speaker", "kind", "start", "end"}
    json.dumps(data)


def test_extraction_records_are_frozen() -> None:
    result = extract(ARTICLE)
    with pytest.raises(AttributeError):
        result.published = None  # type: ignore[misc]
    assert isinstance(result, Extraction)
    assert not hasattr(result, "__dict__")


def test_extract_file_reads_utf8_and_drops_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeff".encode() + ARTICLE.encode())
    result = extract_file(path)
    assert result == extract(ARTICLE)


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "directory"),
    ],
)
def test_extract_file_errors_name_the_file(make: object, words: str, tmp_path: Path) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(ExtractError, match=words) as info:
        extract_file(path)
    assert str(path) in str(info.value)
    assert isinstance(info.value, ValueError)


def test_extract_file_rejects_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Hà Nội".encode("latin-1", errors="replace") + b"\xff\xfe")
    with pytest.raises(ExtractError, match="not UTF-8"):
        extract_file(path)


def test_cli_prints_the_json_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main([str(path), "--json", "--published", "2016-08-22"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["published"] == "2016-08-22"
    assert data["officials"][0]["name"] == "Lam Minh Tuan"


def test_cli_summary_without_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "diplomatic 29" in out
    assert "Lam Minh Tuan" in out


def test_cli_error_is_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "nope.txt" in err
    assert "Traceback" not in err


def test_cli_bad_date_exits_2_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "vndiplo._extract", str(path), "--published", "2016-13-45"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "YYYY-MM-DD" in proc.stderr


def test_the_subparser_hook_runs_extract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    parser = argparse.ArgumentParser(prog="vndiplo")
    add_extract_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["extract", str(path), "--json"])
    assert args.func(args) == 0
    assert json.loads(capsys.readouterr().out)["conferences"][0]["ordinal"] == 29


def test_a_datetime_publication_date_is_taken_as_its_day() -> None:
    result = extract("Envoys met.", dt.datetime(2021, 12, 15, 9, 30))
    assert result.to_dict()["published"] == "2021-12-15"


def test_a_publication_date_may_be_given_as_iso_text() -> None:
    text = "The 32nd Diplomatic Conference opened in Hanoi on Tuesday."
    assert extract(text, "2023-12-19").to_dict() == extract(text, dt.date(2023, 12, 19)).to_dict()


@pytest.mark.parametrize(
    ("published", "error", "message"),
    [
        ("19/12/2023", ValueError, "published must be a date as YYYY-MM-DD, not '19/12/2023'"),
        (20231219, TypeError, "published must be a date, not int"),
    ],
)
def test_a_bad_publication_date_is_refused_by_name(
    published: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        extract("Envoys met.", published)  # type: ignore[arg-type]
