"""The ``vndiplo`` command line: the library's jobs as readable tables or JSON."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from vndiplo._corpus import Corpus
from vndiplo._errors import CorpusError
from vndiplo._records import Conference, Quote
from vndiplo._vocab import Series, Theme, Title

__all__ = ["main"]

Handler = Callable[[Corpus, argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> Any:  # argparse declares NoReturn
        self.exit(2, f"{self.prog}: error: {message}\n")


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _json(data: object) -> None:
    _out(json.dumps(data, ensure_ascii=False, indent=2))


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        _out("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            _out("  ".join("-" * w for w in widths))


def _when(conference: Conference) -> str:
    if conference.start and conference.end and conference.start != conference.end:
        return f"{conference.start} to {conference.end}"
    return str(conference.start or conference.end or "")


def _conference_json(corpus: Corpus, conference: Conference) -> dict[str, Any]:
    from vndiplo._convert import unstructure

    data: dict[str, Any] = {"id": conference.id, "name": conference.name}
    data.update(unstructure(conference))
    data["themes"] = [t.value for t in corpus.themes_for(conference)]
    data["documents"] = [d.id for d in corpus.documents_about(conference)]
    return data


def _quote_json(corpus: Corpus, quote: Quote) -> dict[str, Any]:
    from vndiplo._convert import unstructure

    data: dict[str, Any] = unstructure(quote)
    when = corpus.date_of(quote)
    data["date"] = when.isoformat() if when else None
    return data


# -- commands -----------------------------------------------------------------------


def _summary(corpus: Corpus, args: argparse.Namespace) -> int:
    counts = corpus.counts()
    if args.json:
        by_series = Counter(c.series.value for c in corpus.conferences)
        speakers = Counter(q.speaker for q in corpus.quotes)
        _json({"counts": counts, "conferences": by_series, "quotes_by_speaker": speakers})
        return 0
    _out("vndiplo corpus")
    _out("==============")
    _out(", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items()))
    _out()
    _out("Conferences by series")
    rows: list[tuple[object, ...]] = []
    for series in Series:
        found = [c for c in corpus.conferences if c.series is series]
        if found:
            numbers = ", ".join(str(c.ordinal) for c in sorted(found, key=lambda c: c.ordinal))
            rows.append((series.value, len(found), numbers))
    _table(["series", "count", "ordinals"], rows)
    _out()
    _out("Documents")
    rows = []
    for document in corpus.documents:
        about = [m.conference for m in corpus.mentions if m.document == document.id and m.subject]
        rows.append(
            (
                document.id,
                document.published or "undated",
                document.publisher,
                ", ".join(about),
                sum(1 for q in corpus.quotes if q.document == document.id),
            )
        )
    _table(["document", "published", "publisher", "about", "quotes"], rows)
    _out()
    _out("Themes of the conferences the documents are about")
    rows = []
    for conference in corpus.conferences_where():
        themes = corpus.themes_for(conference)
        if themes:
            shown = ", ".join(t.value for t in themes[:5])
            more = f" (+{len(themes) - 5})" if len(themes) > 5 else ""
            rows.append((conference.name, shown + more))
    _table(["conference", "themes, most evidenced first"], rows)
    _out()
    _out("Quoted officials")
    speakers = Counter(q.speaker for q in corpus.quotes)
    rows = [(corpus.official(s).name, n) for s, n in speakers.most_common()]
    _table(["official", "quotes"], rows)
    return 0


def _conferences(corpus: Corpus, args: argparse.Namespace) -> int:
    found = corpus.conferences_where(series=args.series, year=args.year, theme=args.theme)
    if args.json:
        _json([_conference_json(corpus, c) for c in found])
        return 0
    _table(
        ["id", "name", "dates", "location"],
        [(c.id, c.name, _when(c), c.location) for c in found],
    )
    return 0


def _conference(corpus: Corpus, args: argparse.Namespace) -> int:
    conference = corpus.conference(_conference_ref(args.ref))
    if args.json:
        _json(_conference_json(corpus, conference))
        return 0
    _out(conference.name)
    _out("=" * len(conference.name))
    rows: list[tuple[str, object]] = [
        ("id", conference.id),
        ("dates", _when(conference)),
        ("location", conference.location),
        ("venue", conference.venue),
        ("format", conference.format.value if conference.format else None),
        ("motto", conference.motto),
        ("motto (vi)", conference.motto_vi),
        ("held with", ", ".join(conference.held_with)),
        ("implements", conference.implements),
        ("uncertain", ", ".join(conference.uncertain)),
    ]
    for label, value in rows:
        if value:
            _out(f"{label + ':':12} {value}")
    if conference.speakers:
        _out()
        _table(
            ["speaker", "titles", "role"],
            [
                (corpus.official(s.official).name, ", ".join(s.titles), s.role)
                for s in conference.speakers
            ],
        )
    documents = corpus.documents_about(conference)
    if documents:
        _out()
        _out("Documents: " + "; ".join(str(d) for d in documents))
    themes = corpus.themes_for(conference)
    if themes:
        _out("Themes: " + ", ".join(t.value for t in themes))
    _out(f"Sources: {len(corpus.sources_of(conference))} citations")
    if conference.notes:
        _out()
        _out(conference.notes)
    return 0


def _themes(corpus: Corpus, args: argparse.Namespace) -> int:
    conference = corpus.conference(_conference_ref(args.ref))
    themes = corpus.themes_for(conference)
    if args.json:
        _json(
            [
                {
                    "theme": t.value,
                    "label": t.label,
                    "evidence": [
                        {
                            "document": e.document,
                            "start": e.start,
                            "end": e.end,
                            "text": corpus.text_of(e),
                        }
                        for e in corpus.evidence(conference, t)
                    ],
                }
                for t in themes
            ]
        )
        return 0
    _out(f"Themes of the {conference.name}, most evidenced first")
    _table(
        ["theme", "label", "sentences"],
        [(t.value, t.label, len(corpus.evidence(conference, t))) for t in themes],
    )
    return 0


def _quotes(corpus: Corpus, args: argparse.Namespace) -> int:
    conference = _conference_ref(args.conference) if args.conference else None
    official = corpus.official(args.official)
    quotes = corpus.quotes_by(official, conference)
    if args.json:
        _json([_quote_json(corpus, q) for q in quotes])
        return 0
    _out(f"{len(quotes)} quotes by {official}")
    for quote in quotes:
        when = corpus.date_of(quote)
        _out()
        _out(
            f"[{when or 'undated'}, {quote.kind.value}, {quote.document} {quote.start}-{quote.end}]"
        )
        _out(quote.text)
    return 0


def _officials(corpus: Corpus, args: argparse.Namespace) -> int:
    conference = _conference_ref(args.conference) if args.conference else None
    found = corpus.officials_where(title=args.title, conference=conference)
    if args.json:
        from vndiplo._convert import unstructure

        _json([{"id": o.id, **unstructure(o)} for o in found])
        return 0
    _table(
        ["id", "name", "name (vi)", "titles"],
        [(o.id, o.name, o.name_vi, ", ".join(o.titles)) for o in found],
    )
    return 0


def _validate(corpus: Corpus, args: argparse.Namespace) -> int:
    from vndiplo._io import load_path

    checked = load_path(args.path)
    counts = checked.counts()
    if args.json:
        _json({"valid": True, "counts": counts})
    else:
        shown = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items() if n)
        _out(f"{args.path}: valid ({shown or 'empty'})")
    return 0


def _csv_rows(corpus: Corpus, records: str) -> tuple[list[str], list[list[object]]]:
    if records == "quotes":
        head = ["speaker", "name", "document", "date", "conference", "kind", "start", "end", "text"]
        rows: list[list[object]] = []
        for quote in corpus.quotes:
            when = corpus.date_of(quote)
            rows.append(
                [quote.speaker, corpus.official(quote.speaker).name, quote.document,
                 when.isoformat() if when else "", quote.conference or "", quote.kind.value,
                 quote.start, quote.end, quote.text]
            )  # fmt: skip
        return head, rows
    if records == "conferences":
        head = ["id", "series", "ordinal", "name", "start", "end", "location", "themes"]
        return head, [
            [c.id, c.series.value, c.ordinal, c.name, c.start or "", c.end or "",
             c.location or "", " ".join(corpus.themes_for(c))]
            for c in corpus.conferences_where()
        ]  # fmt: skip
    head = ["id", "name", "name_vi", "titles"]
    return head, [[o.id, o.name, o.name_vi or "", " ".join(o.titles)] for o in corpus.officials]


def _export(corpus: Corpus, args: argparse.Namespace) -> int:
    from vndiplo._convert import unstructure
    from vndiplo._io import dumps

    if args.format == "json":
        text = dumps(corpus) + "\n"
    elif args.format == "jsonl":
        lines = []
        for name, records in unstructure(corpus).items():
            for record in records:
                lines.append(json.dumps({"type": name, **record}, ensure_ascii=False))
        text = "\n".join(lines) + "\n"
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        head, rows = _csv_rows(corpus, args.records)
        writer.writerow(head)
        writer.writerows(rows)
        text = buffer.getvalue()
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    return 0


# -- arguments ----------------------------------------------------------------------


def _conference_ref(text: str) -> str | int:
    return int(text) if text.isdigit() else text


def _positive(text: str) -> int:
    if not (text.isdigit() and int(text) > 0):
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {text!r}")
    return int(text)


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"expected a year such as 2021, got {text!r}")
    return int(text)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vndiplo",
        description="Vietnam's diplomatic conferences as typed, sourced data.",
    )
    from vndiplo import __version__

    parser.add_argument("--version", action="version", version=f"vndiplo {__version__}")
    parser.add_argument(
        "--corpus",
        action="append",
        metavar="PATH",
        help="also load this corpus file or folder (repeatable), beside the bundled one",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    def command(name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        sub.set_defaults(handler=handler)
        if name not in ("export",):
            sub.add_argument("--json", action="store_true", help="print JSON for machines")
        return sub

    command("summary", _summary, "the corpus at a glance")
    sub = command("conferences", _conferences, "list conferences, earliest first")
    sub.add_argument("--series", choices=[s.value for s in Series])
    sub.add_argument("--year", type=_year)
    sub.add_argument("--theme", choices=[t.value for t in Theme])
    sub = command("conference", _conference, "one conference in detail")
    sub.add_argument("ref", help='a number, ordinal or name: 31, "31st", "thirty-first"')
    sub = command("themes", _themes, "a conference's themes, most evidenced first")
    sub.add_argument("ref", help="a conference, as for 'conference'")
    sub = command("quotes", _quotes, "what an official is quoted as saying, in date order")
    sub.add_argument("official", help='a name: "Pham Binh Minh", "Phạm Bình Minh", "Minh"')
    sub.add_argument("--conference", help="only quotes at or about this conference")
    sub = command("officials", _officials, "list officials")
    sub.add_argument("--title", choices=[t.value for t in Title])
    sub.add_argument("--conference", help="only officials at this conference")
    sub = command("validate", _validate, "check a corpus file or folder")
    sub.add_argument("path", help="a corpus JSON file or a folder of them")
    sub = command("export", _export, "write the corpus as JSON, JSON lines or CSV")
    sub.add_argument("--format", choices=["json", "jsonl", "csv"], default="json")
    sub.add_argument(
        "--records",
        choices=["quotes", "conferences", "officials"],
        default="quotes",
        help="which records a CSV holds (default: quotes)",
    )
    sub.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    _add_extraction_commands(commands)
    sub = command("ingest", _ingest, "extract a folder of articles (*.txt) into a corpus file")
    sub.add_argument("folder", help="a folder of UTF-8 article texts")
    sub.add_argument("--out", required=True, metavar="PATH", help="the corpus file to write")
    sub.add_argument("--jobs", type=_positive, help="processes to use (default: every core)")
    sub.add_argument("--quiet", action="store_true", help="no progress on stderr")
    return parser


def _add_extraction_commands(commands: Any) -> None:
    from vndiplo._extract import cli

    cli.add_extract_parser(commands)
    commands.choices["extract"].set_defaults(handler=_extract)


def _extract(corpus: Corpus, args: argparse.Namespace) -> int:
    from vndiplo._extract import cli

    return cli.run_extract(args)


def _ingest(corpus: Corpus, args: argparse.Namespace) -> int:
    from vndiplo._default import load
    from vndiplo._ingest import ingest
    from vndiplo._io import dump, load_path

    register = load()
    for path in args.corpus or ():
        register = load_path(path, base=register)
    tty = sys.stderr.isatty()

    def progress(done: int, total: int, path: str) -> None:
        if args.quiet:
            return
        if tty:
            sys.stderr.write(f"\rvndiplo: ingest: {done}/{total} articles")
            if done == total:
                sys.stderr.write("\n")
        elif done == total or done % max(1, total // 10) == 0:
            sys.stderr.write(f"vndiplo: ingest: {done}/{total} articles\n")

    result = ingest(args.folder, register=register, jobs=args.jobs, progress=progress)
    for problem in result.skipped:
        sys.stderr.write(f"vndiplo: skipped {problem}\n")
    if not result.corpus.documents:
        sys.stderr.write(f"vndiplo: error: {args.folder}: no article could be read\n")
        return 2
    written = dump(result.corpus, args.out)
    counts = result.corpus.counts()
    if args.json:
        _json({"out": str(written), "counts": counts, "skipped": [str(p) for p in result.skipped]})
    else:
        _out(
            f"{written}: {counts['documents']} documents, {counts['quotes']} quotes, "
            f"{counts['mentions']} conference mentions, {counts['appearances']} officials named"
            + (f"; skipped {len(result.skipped)} files" if result.skipped else "")
        )
    return 0


# Commands that read no corpus of their own (validate reads the one it is given).
_WITHOUT_CORPUS: tuple[Handler, ...] = (_validate, _extract, _ingest)


def _corpus(paths: list[str] | None) -> Corpus:
    from vndiplo._default import load
    from vndiplo._io import load_path

    corpus = load()
    for path in paths or ():
        corpus = load_path(path, base=corpus)
    return corpus


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``).

    :returns: the exit status: 0 on success, 2 for a bad argument or a bad file.

    >>> main(["conferences", "--series", "foreign-affairs"])
    id                 name                                        dates       location
    -----------------  ------------------------------------------  ----------  --------
    foreign-affairs-1  1st National Conference on Foreign Affairs  2021-12-14  Hanoi
    0
    """
    args = _parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        corpus = _corpus(args.corpus) if handler not in _WITHOUT_CORPUS else Corpus()
        return handler(corpus, args)
    except BrokenPipeError:  # pragma: no cover - piped into head, say
        return 0
    except CorpusError as exc:
        for problem in exc.problems:
            sys.stderr.write(f"vndiplo: error: {problem}\n")
        return 2
    except (LookupError, ValueError, OSError) as exc:
        sys.stderr.write(f"vndiplo: error: {exc}\n")
        return 2
