"""The extractor against the annotated practice set, scored as the evaluation scores it.

The practice articles and their gold annotations are copied into
``tests/fixtures/practice`` (the two real seed articles point at the texts the package
ships), so nothing outside the repository is read. The scoring below is our own: per
field, true and false positives and negatives over all documents, then F1.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from vndiplo._extract import extract

FIXTURES = Path(__file__).parent / "fixtures" / "practice"
HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
HELDOUT2 = Path(__file__).parent / "fixtures" / "heldout2"
BAR = {
    "conferences": 0.95,
    "officials": 0.95,
    "quotes": 0.90,
    "themes": 0.85,
    "conference.start": 0.90,
    "conference.end": 0.90,
    "official.titles": 0.90,
    "conference.subject": 0.90,
    "conference.location": 0.90,
}
# The held-out set was written without reading the extractor: its floors sit a little
# under what the extractor reaches, so that a regression in generalisation shows.
HELDOUT_BAR = {
    "conferences": 0.97,
    "officials": 0.97,
    "quotes": 0.97,
    "themes": 0.97,
    "conference.start": 0.97,
    "conference.end": 0.97,
    "official.titles": 0.97,
    "conference.subject": 0.97,
    "conference.location": 0.97,
}


def _fold(name: str | None) -> str:
    text = unicodedata.normalize("NFD", name or "").replace("đ", "d").replace("Đ", "D")
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


class Counts:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def sets(self, gold: Iterable[object], pred: Iterable[object]) -> None:
        g, p = set(gold), set(pred)
        self.tp += len(g & p)
        self.fp += len(p - g)
        self.fn += len(g - p)

    def f1(self) -> float:
        if self.tp == 0:
            return 1.0 if self.fp == self.fn == 0 else 0.0
        precision = self.tp / (self.tp + self.fp)
        recall = self.tp / (self.tp + self.fn)
        return 2 * precision * recall / (precision + recall)


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    inter: int = min(a["end"], b["end"]) - max(a["start"], b["start"])
    shorter: int = min(a["end"] - a["start"], b["end"] - b["start"])
    return shorter > 0 and inter >= shorter / 2


def _score(name: str, gold: dict[str, Any], pred: dict[str, Any], c: dict[str, Counts]) -> None:
    g_conf = {(x["series"], x["ordinal"]): x for x in gold["conferences"]}
    p_conf = {(x["series"], x["ordinal"]): x for x in pred["conferences"]}
    c["conferences"].sets(g_conf, p_conf)
    for key in set(g_conf) & set(p_conf):
        for field in ("start", "end", "subject", "location"):
            gv, pv = g_conf[key][field], p_conf[key][field]
            if gv in (None, False) and pv in (None, False):
                continue
            c[f"conference.{field}"].sets([gv] if gv else [], [pv] if pv else [])
    g_off = {_fold(o["name"]): set(o["titles"]) for o in gold["officials"]}
    p_off = {_fold(o["name"]): set(o["titles"]) for o in pred["officials"]}
    c["officials"].sets(g_off, p_off)
    for who in set(g_off) & set(p_off):
        c["official.titles"].sets({(who, t) for t in g_off[who]}, {(who, t) for t in p_off[who]})
    used = [False] * len(gold["quotes"])
    for q in pred["quotes"]:
        hit = next(
            (
                i
                for i, g in enumerate(gold["quotes"])
                if not used[i] and _fold(g["speaker"]) == _fold(q["speaker"]) and _overlaps(g, q)
            ),
            None,
        )
        if hit is not None:
            used[hit] = True
            c["quotes"].tp += 1
        elif not any(
            _fold(g["speaker"]) == _fold(q["speaker"]) and _overlaps(g, q)
            for g in gold.get("optional_quotes", [])
        ):
            c["quotes"].fp += 1
    c["quotes"].fn += used.count(False)
    c["themes"].sets({(name, t) for t in gold["themes"]}, {(name, t) for t in pred["themes"]})


def _run(use_published: bool, folder: Path = FIXTURES, documents: int = 14) -> dict[str, Counts]:
    counts = {field: Counts() for field in BAR}
    golds = sorted(folder.glob("*.json"))
    assert len(golds) == documents
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (path.parent / gold["text"]).read_text(encoding="utf-8")
        published = gold.get("published") if use_published else None
        day = dt.date.fromisoformat(published) if published else None
        _score(path.stem, gold, extract(text, day).to_dict(), counts)
    return counts


@pytest.mark.parametrize("use_published", [True, False], ids=["published", "dateline"])
def test_practice_set_meets_the_quality_bar(use_published: bool) -> None:
    counts = _run(use_published)
    scores = {field: round(counts[field].f1(), 3) for field in BAR}
    assert all(scores[field] >= bar for field, bar in BAR.items()), scores


@pytest.mark.parametrize("use_published", [True, False], ids=["published", "dateline"])
def test_heldout_set_stays_at_its_floor(use_published: bool) -> None:
    counts = _run(use_published, HELDOUT, 10)
    scores = {field: round(counts[field].f1(), 3) for field in HELDOUT_BAR}
    assert all(scores[field] >= bar for field, bar in HELDOUT_BAR.items()), scores


# Held-out set 2 (messy web copy) was added after the extractor's last round of rules and
# not tuned on at first; its floors record where the extractor stands after the rules it
# prompted (stated generally, tested on invented sentences), so that regressions show.
HELDOUT2_BAR = HELDOUT_BAR  # the same floors


@pytest.mark.parametrize("use_published", [True, False], ids=["published", "dateline"])
def test_heldout_set_2_stays_at_its_floor(use_published: bool) -> None:
    counts = _run(use_published, HELDOUT2, 8)
    scores = {field: round(counts[field].f1(), 3) for field in HELDOUT2_BAR}
    assert all(scores[field] >= bar for field, bar in HELDOUT2_BAR.items()), scores


# Held-out sets 4-11 were written later, each by someone who had not read the extractor
# (their READMEs give the first scores).  Sets 4-7 then prompted rules of their own; sets
# 8-11 were scored once, untuned, before they prompted a few more.  One table of
# floors, a little under the lowest score of the eight on each field, catches a
# regression in generalisation.
LATER_SETS = {
    "heldout4": 8,
    "heldout5": 8,
    "heldout6": 10,
    "heldout7": 10,
    "heldout8": 10,
    "heldout9": 10,
    "heldout10": 8,
    "heldout11": 5,
}
LATER_BAR = {
    "conferences": 0.95,
    "officials": 0.94,
    "quotes": 0.95,
    "themes": 0.91,
    "conference.start": 0.90,
    "conference.end": 0.85,
    "official.titles": 0.95,
    "conference.subject": 0.90,
    "conference.location": 0.88,
}


@pytest.mark.parametrize("use_published", [True, False], ids=["published", "dateline"])
@pytest.mark.parametrize("name", sorted(LATER_SETS))
def test_later_heldout_sets_stay_at_their_floors(name: str, use_published: bool) -> None:
    folder = Path(__file__).parent / "fixtures" / name
    counts = _run(use_published, folder, LATER_SETS[name])
    scores = {field: round(counts[field].f1(), 3) for field in LATER_BAR}
    assert all(scores[field] >= bar for field, bar in LATER_BAR.items()), (name, scores)
