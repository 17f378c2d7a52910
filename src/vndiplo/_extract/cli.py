"""The ``extract`` command, for ``vndiplo extract`` and ``python -m vndiplo._extract``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any

__all__ = ["add_extract_parser", "main", "run_extract"]


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the article, as UTF-8 text")
    parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
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

    Errors (an unreadable file, a bad ``--published`` date) are one line on stderr.

    :param args: with ``file``, ``published`` (a ``YYYY-MM-DD`` string or ``None``) and
        ``json``.
    :returns: 0 on success, 2 on an error.

    >>> import argparse, tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
    ...     _ = f.write("The 31st Diplomatic Conference opened in Hanoi on December 15.")
    >>> run_extract(argparse.Namespace(file=f.name, published="2021-12-15", json=False))
    published: 2021-12-15
    conferences: 1
      * diplomatic 31: 2021-12-15 to ?, Hanoi
    officials: 0
    quotes: 0
    themes: none
    0
    >>> os.unlink(f.name)
    """
    from vndiplo._extract import ExtractError, extract_file

    published: dt.date | None = None
    raw = getattr(args, "published", None)
    if isinstance(raw, dt.date):
        published = raw
    elif raw is not None:
        try:
            published = dt.date.fromisoformat(str(raw))
        except ValueError:
            print(
                f"vndiplo extract: error: --published must be a date as YYYY-MM-DD, not {raw!r}",
                file=sys.stderr,
            )
            return 2
    try:
        result = extract_file(args.file, published)
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
    :returns: the exit status (argparse exits with 2 on bad usage).

    >>> main(["/nonexistent/article.txt"])
    2
    """
    parser = argparse.ArgumentParser(
        prog="python -m vndiplo._extract",
        description="Extract conferences, officials, quotes and themes from one article.",
    )
    _configure(parser)
    return run_extract(parser.parse_args(argv))
