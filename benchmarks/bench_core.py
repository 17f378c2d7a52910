"""What vndiplo costs: first query, loading, lookups, memory and extraction, in one table.

    python benchmarks/bench_core.py           # full sizes (about a minute)
    python benchmarks/bench_core.py --quick   # reduced sizes, for CI (a few seconds)

Every row is measured in this one run, beside its floor (the cheapest way to do the same
work: ``json.loads`` of the same file, the imports vndiplo cannot avoid) and its target.
Times are medians (fresh processes) or the best of several repeats (in process).  It is a
report, not a test: it never fails on a missed target.  The method is described in
docs/performance.rst.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

import vndiplo  # noqa: E402
from typed import synthetic_corpus  # noqa: E402

# -- helpers ------------------------------------------------------------------------


#: Children write and use bytecode caches, as an installed package does.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _child(code: str) -> str:
    """Run *code* in a fresh interpreter and return what it prints."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=HERE,
        env=_ENV,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    return done.stdout.strip()


_TIMED = """
import time
_t0 = time.perf_counter()
{body}
print((time.perf_counter() - _t0) * 1e3)
"""


def fresh_ms(bodies: dict[str, str], runs: int) -> dict[str, float | None]:
    """Median milliseconds of each body in fresh processes, runs interleaved.

    One untimed run of each comes first, so that bytecode caches exist.
    """
    times: dict[str, list[float]] = {name: [] for name in bodies}
    failed: set[str] = set()
    for run in range(runs + 1):
        for name, body in bodies.items():
            if name in failed:
                continue
            try:
                took = float(_child(_TIMED.format(body=body)))
            except (RuntimeError, ValueError):
                failed.add(name)
            else:
                if run:
                    times[name].append(took)
    return {n: None if n in failed else statistics.median(t) for n, t in times.items()}


def best_s(work: Callable[[], object], repeats: int) -> float:
    """The best of *repeats* wall times of *work*, in seconds, after a collection.

    The time includes the collection that the first allocations after *work* set off:
    a load that pauses the collector leaves it a young generation of every object it
    made, and that cost is the load's too.
    """
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        kept = work()
        settle: list[list[None]] = [[] for _ in range(1_000)]  # enough to trigger it
        best = min(best, time.perf_counter() - start)
        del kept, settle
    return best


def per_call_us(call: Callable[[Any], object], refs: Sequence[Any], rounds: int) -> float:
    """Mean microseconds per call over *refs*, after one warm-up pass."""
    for ref in refs:
        call(ref)
    start = time.perf_counter()
    for _ in range(rounds):
        for ref in refs:
            call(ref)
    return (time.perf_counter() - start) / (rounds * len(refs)) * 1e6


_RSS = """
import gc, json
import vndiplo
vndiplo.loads('{{"citations": []}}')  # converters and imports ready before measuring
def status_mb(key):
    # VmHWM (the peak) is per address space, so unlike ru_maxrss it starts afresh at exec.
    with open("/proc/self/status") as f:
        line = next(line for line in f if line.startswith(key))
    return int(line.split()[1]) / 1024
before = status_mb("VmRSS")
kept = {work}
gc.collect()
print(status_mb("VmHWM") - before, status_mb("VmRSS") - before)
"""


def memory_mb(path: Path, work: str) -> tuple[float, float] | None:
    """Peak and retained resident memory (MiB) of *work* on *path*, in a fresh process."""
    try:
        peak, kept = _child(_RSS.format(work=work.format(path=str(path)))).split()
    except (RuntimeError, ValueError):
        return None
    return float(peak), float(kept)


# -- the table ----------------------------------------------------------------------

Row = tuple[str, str, str, str, str]


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "MISSED")


def first_query(runs: int) -> list[Row]:
    got = fresh_ms(
        {
            "vndiplo": "import vndiplo\nvndiplo.quotes_by('Minh')",
            "pycountry": "import pycountry\npycountry.countries.get(alpha_2='VN')",
            "floor": "import attrs, cattrs",
        },
        runs,
    )
    ours, theirs, floor = got["vndiplo"], got["pycountry"], got["floor"]
    shown = f"{ours:.1f} ms" if ours is not None else "failed"
    reference = f"pycountry {theirs:.1f} ms" if theirs is not None else "pycountry n/a"
    reference += f"; attrs+cattrs imports {floor:.1f} ms" if floor is not None else ""
    ok = None if ours is None or theirs is None else ours <= theirs
    return [
        (
            f"import + first quotes_by, fresh process (median of {runs})",
            shown,
            reference,
            "<= pycountry",
            _verdict(ok),
        )
    ]


def loading(text: str, quotes: int, repeats: int) -> tuple[list[Row], vndiplo.Corpus]:
    corpus = vndiplo.loads(text)
    floor = best_s(lambda: json.loads(text), repeats)
    ours = best_s(lambda: vndiplo.loads(text), repeats)
    gc.disable()  # vndiplo pauses the collector while it loads; json.loads alone, so:
    try:
        bare = best_s(lambda: json.loads(text), repeats)
    finally:
        gc.enable()
    size = len(text.encode()) / 1e6
    ratio = ours / floor
    rows = [
        (
            f"loads, {quotes:,} quotes ({size:.1f} MB, best of {repeats})",
            f"{ours:.3f} s = {ratio:.2f}x ({ours / bare:.2f}x)",
            f"json.loads {floor:.3f} s ({bare:.3f} s without gc)",
            "<= 2x json.loads",
            _verdict(ratio <= 2),
        )
    ]
    return rows, corpus


def lookups(sizes: Sequence[tuple[str, vndiplo.Corpus]], rounds: int) -> list[Row]:
    rows: list[Row] = []
    kinds: dict[str, list[float]] = {"quotes_by": [], "themes_for": [], "conference": []}
    labels = []
    for label, corpus in sizes:
        labels.append(label)
        people = [o.name for o in corpus.officials[:200]]
        meetings = [c.name for c in corpus.conferences[:200]]
        kinds["quotes_by"].append(per_call_us(corpus.quotes_by, people, rounds))
        kinds["themes_for"].append(per_call_us(corpus.themes_for, meetings, rounds))
        kinds["conference"].append(per_call_us(corpus.conference, meetings, rounds))
    for name, times in kinds.items():
        shown = " / ".join(f"{t:.2f}" for t in times)
        flat = max(times) <= 10 and max(times) <= 3 * min(times)
        rows.append(
            (
                f"{name} latency at {' / '.join(labels)} (us, warm)",
                shown,
                "dict lookup",
                "< 10 us, flat",
                _verdict(flat),
            )
        )
    return rows


def memory(path: Path, quotes: int) -> list[Row]:
    ours = memory_mb(path, "vndiplo.load_path({path!r})")
    floor = memory_mb(path, "json.loads(open({path!r}, encoding='utf-8').read())")
    if ours is None or floor is None:
        return [(f"memory, {quotes:,} quotes", "n/a", "", "", "n/a")]
    return [
        (
            f"peak memory growth of load_path, {quotes:,} quotes",
            f"{ours[0]:.0f} MiB (kept {ours[1]:.0f})",
            f"json.loads {floor[0]:.0f} MiB (kept {floor[1]:.0f})",
            "bounded, reported",
            "met" if ours[0] < 4 * max(floor[0], 1) else "MISSED",
        )
    ]


def extraction(megabytes: float) -> list[Row]:
    extract: Callable[[str], object] | None = getattr(vndiplo, "extract", None)
    if extract is None:
        return [("extraction throughput", "n/a (extractor not built)", "", ">= 1 MB/s", "n/a")]
    folder = HERE.parent / "tests" / "fixtures" / "practice"
    paths = sorted(folder.glob("*.txt")) or sorted(
        (HERE.parent / "src" / "vndiplo" / "data" / "seeds").glob("*.txt")
    )
    articles = [p.read_text(encoding="utf-8") for p in paths]
    size = sum(len(a.encode()) for a in articles)
    passes = max(1, round(megabytes * 1e6 / size))
    start = time.perf_counter()
    for _ in range(passes):
        for article in articles:
            extract(article)
    elapsed = time.perf_counter() - start
    rate = passes * size / 1e6 / elapsed
    return [
        (
            f"extraction, {len(articles)} articles x {passes} ({passes * size / 1e6:.1f} MB)",
            f"{rate:.2f} MB/s",
            "one core",
            ">= 1 MB/s",
            _verdict(rate >= 1),
        )
    ]


def render(rows: Sequence[Row]) -> str:
    header: Row = ("measurement", "vndiplo", "floor / reference", "target", "verdict")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(5)]
    line = "+".join("-" * (w + 2) for w in widths)

    def fmt(row: Row) -> str:
        return "|".join(f" {cell:<{w}} " for cell, w in zip(row, widths, strict=True))

    return "\n".join([fmt(header), line, *(fmt(r) for r in rows)])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="reduced sizes, for CI")
    args = parser.parse_args(argv)
    big = 10_000 if args.quick else 100_000
    runs, repeats, rounds = (5, 2, 20) if args.quick else (11, 3, 200)

    started = time.perf_counter()
    rows = first_query(runs)
    corpus = synthetic_corpus(big)
    text = vndiplo.dumps(corpus)
    del corpus
    load_rows, loaded = loading(text, big, repeats)
    rows += load_rows
    sizes = [(f"{n:,}", synthetic_corpus(n)) for n in (big // 100, big // 10)]
    rows += lookups([*sizes, (f"{big:,}", loaded)], rounds)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "corpus.json")
        path.write_text(text, encoding="utf-8")
        rows += memory(path, big)
    rows += extraction(0.2 if args.quick else 2.0)
    mode = "quick" if args.quick else "full"
    print(
        f"vndiplo {vndiplo.__version__} benchmarks ({mode}; Python "
        f"{sys.version.split()[0]}; {time.perf_counter() - started:.0f} s)"
    )
    print(render(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
