"""Grow a corpus from a folder of articles: extract each one and save the records.

Usage: ``python examples/ingest_articles.py ARTICLES/ --out grown.json``.  Each ``*.txt``
file below ARTICLES is one English news article in UTF-8; its path (without ``.txt``)
becomes the document id.  The saved corpus loads on its own, or beside the bundled one::

    corpus = vndiplo.load_path("grown.json", base=vndiplo.load())

``--demo`` first writes the two bundled seed articles into ARTICLES, to try it out.
The command line does the same job with ``vndiplo ingest ARTICLES --out grown.json``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import vndiplo


def grow(folder: Path, out: Path) -> vndiplo.Corpus:
    """Extract every article in *folder*, save the records to *out*, and return them
    loaded back beside the bundled corpus."""
    result = vndiplo.ingest(folder)  # links names and numbers to the register's ids
    for problem in result.skipped:  # unreadable files are reported, the rest go on
        print(f"skipped {problem}", file=sys.stderr)
    vndiplo.dump(result.corpus, out)
    return vndiplo.load_path(out, base=vndiplo.load())  # checks every record and span


def report(corpus: vndiplo.Corpus, out: Path) -> None:
    """Print what the new documents hold: quotes by speaker, and themes."""
    bundled = {d.id for d in vndiplo.load().documents}
    new = [d for d in corpus.documents if d.id not in bundled]
    print(f"{len(new)} articles ingested into {out}")
    for document in new:
        speakers = Counter(q.speaker for q in corpus.quotes if q.document == document.id)
        themes = sorted({t.theme.value for t in corpus.theme_tags if t.document == document.id})
        quoted = ", ".join(f"{corpus.official(s).name} ({n})" for s, n in speakers.items())
        print(f"  {document.id}: quotes by {quoted or 'nobody'}")
        print(f"    themes: {', '.join(themes) or 'none'}")


def write_demo_articles(folder: Path) -> None:
    """Write the bundled seed articles into *folder* as ``seed-N.txt``."""
    folder.mkdir(parents=True, exist_ok=True)
    for n, document in enumerate(vndiplo.load().documents):
        (folder / f"seed-{n}.txt").write_text(document.text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Grow a corpus from a folder of articles.")
    parser.add_argument("folder", type=Path, help="a folder of *.txt articles")
    parser.add_argument("--out", type=Path, default=Path("grown.json"), help="the corpus file")
    parser.add_argument("--demo", action="store_true", help="first write the seed articles")
    args = parser.parse_args(argv)

    if args.demo:
        write_demo_articles(args.folder)
    report(grow(args.folder, args.out), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
