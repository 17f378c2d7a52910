"""Throughput of the extractor, in characters per second on one core.

Runs :func:`vndiplo._extract.extract` over the practice articles bundled with the tests
(``tests/fixtures/practice``), repeated until a few megabytes have been read, and prints
the rate. Not a pytest test: run it as ``python benchmarks/bench_extract.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

from vndiplo._extract import extract

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "tests" / "fixtures" / "practice"


def _articles() -> list[tuple[str, dt.date | None]]:
    out: list[tuple[str, dt.date | None]] = []
    for gold in sorted(FIXTURES.glob("*.json")):
        data = json.loads(gold.read_text(encoding="utf-8"))
        text = (gold.parent / data["text"]).read_text(encoding="utf-8")
        published = data.get("published")
        out.append((text, dt.date.fromisoformat(published) if published else None))
    return out


def main() -> int:
    """Print characters per second over about ``--megabytes`` of text."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--megabytes", type=float, default=4.0, help="text to read (default 4)")
    parser.add_argument(
        "--quick", action="store_true", help="half a megabyte, for CI's printed report"
    )
    args = parser.parse_args()
    if args.quick:
        args.megabytes = 0.5
    articles = _articles()
    if not articles:
        print(f"no articles in {FIXTURES}")
        return 1
    extract(articles[0][0], articles[0][1])  # compile patterns outside the timing
    target = int(args.megabytes * 1_000_000)
    chars = 0
    started = time.process_time()
    while chars < target:
        for text, published in articles:
            extract(text, published)
            chars += len(text)
    elapsed = time.process_time() - started
    print(f"{chars:,} characters in {elapsed:.2f} s: {chars / elapsed:,.0f} characters/s")
    big = "\n\n".join(text for text, _ in articles) * (5 if args.quick else 40)
    started = time.process_time()
    extract(big)
    elapsed = time.process_time() - started
    print(
        f"one {len(big):,}-character text in {elapsed:.2f} s: "
        f"{len(big) / elapsed:,.0f} characters/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
