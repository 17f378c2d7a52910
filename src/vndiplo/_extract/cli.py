"""The ``extract`` command, for ``vndiplo extract`` and ``python -m vndiplo._extract``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any

__all__ = ["add_extract_parser", "main", "run_extract"]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text!r}") from None


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the article, as UTF-8 text")
    parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        type=_date,
        help="publication date (default: read from a dateline in the text)",
    )
    parser.add_argument("--json", action="store_true", help="print the EXTRACTION.md JSON object")


def add_extract_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add the ``extract`` subcommand to an :mod:`argparse` subparsers object.

    :param subparsers: what :meth:`argparse.ArgumentParser.add_subparsers` returned.
    :returns: the new subparser (its default ``func`` is :func:`run_extract`).

    >>> parser = argparse.ArgumentParser(prog="vndiplo")
    >>> _ = add_extract_parser(parser.add_subparsers(dest="command"))
    >>> parser.parse_args(["extract", "a.txt", "--json"]).json
    True
    """
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "extract",
        help="extract conferences, officials, quotes and themes from an article",
        description="Extract conferences, officials, quotes and themes from one article.",
    )
    _configure(parser)
    parser.set_defaults(func=run_extract)
    return parser


def _summary(data: dict[str, Any]) -> str:
    out = [f"published: {data['published'] or 'unknown'}"]
    out.append(f"conferences: {len(data['conferences'])}")
    for c in data["conferences"]:
        when = f"{c['start'] or '?'} to {c['end'] or '?'}" if c["start"] or c["end"] else "undated"
        mark = "*" if c["subject"] else " "
        out.append(f"  {mark} {c['series']} {c['ordinal']}: {when}, {c['location'] or 'no place'}")
    out.append(f"officials: {len(data['officials'])}")
    for o in data["officials"]:
        out.append(f"    {o['name']}" + (f" ({', '.join(o['titles'])})" if o["titles"] else ""))
    out.append(f"quotes: {len(data['quotes'])}")
    for q in data["quotes"]:
        snippet = q["text"] if len(q["text"]) <= 70 else q["text"][:67] + "..."
        out.append(f"    {q['speaker']} ({q['kind']}): {snippet}")
    out.append("themes: " + (", ".join(data["themes"]) or "none"))
    return "\n".join(out)


def run_extract(args: argparse.Namespace) -> int:
    """Run ``extract`` for parsed *args*; print the result; return the exit status.

    :param args: with ``file``, ``published`` and ``json``.
    :returns: 0 on success, 2 when the file cannot be read.
    """
    from vndiplo._extract import ExtractError, extract_file

    try:
        result = extract_file(args.file, args.published)
    except ExtractError as exc:
        print(f"vndiplo extract: error: {exc}", file=sys.stderr)
        return 2
    data = result.to_dict()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(_summary(data))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """The standalone command line.

    :param argv: the arguments (default: ``sys.argv[1:]``).
    :returns: the exit status (argparse exits with 2 on bad usage, a bad date included).
    """
    parser = argparse.ArgumentParser(
        prog="python -m vndiplo._extract",
        description="Extract conferences, officials, quotes and themes from one article.",
    )
    _configure(parser)
    return run_extract(parser.parse_args(argv))
