"""Write one official's quotes to a CSV file, with the evidence for each.

Usage: ``python examples/quotes_to_csv.py "Pham Binh Minh" minh.csv``.  The official may be
named with or without diacritics, or by the given name alone ("Minh").  Add
``--corpus PATH`` to read your own corpus file or folder beside the bundled one.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import vndiplo

COLUMNS = ["date", "conference", "kind", "document", "publisher", "start", "end", "text"]


def write_quotes(corpus: vndiplo.Corpus, official: str, out: Path) -> int:
    """Write *official*'s quotes in *corpus* to *out*; return how many were written."""
    quotes = corpus.quotes_by(official)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for quote in quotes:
            when = corpus.date_of(quote)
            document = corpus.document(quote.document)
            writer.writerow(
                [
                    when.isoformat() if when else "",
                    quote.conference or "",
                    quote.kind.value,
                    quote.document,
                    document.publisher or "",
                    quote.start,
                    quote.end,
                    quote.text,
                ]
            )
    return len(quotes)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("official", help='a name: "Pham Binh Minh", "Phạm Bình Minh", "Minh"')
    parser.add_argument("out", type=Path, help="the CSV file to write")
    parser.add_argument("--corpus", help="a corpus file or folder to read beside the bundled one")
    args = parser.parse_args(argv)

    corpus = vndiplo.load()
    if args.corpus:
        corpus = vndiplo.load_path(args.corpus, base=corpus)
    count = write_quotes(corpus, args.official, args.out)
    print(f"{count} quotes by {corpus.official(args.official)} written to {args.out}")


if __name__ == "__main__":
    main()
