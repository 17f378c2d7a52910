"""Writing a corpus and reading it back gives the same corpus, exactly."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings

import vndiplo
from typed import corpora, synthetic_corpus
from vndiplo import Corpus

BOUNDED = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@BOUNDED
@given(corpora())
def test_generated_corpora_round_trip_exactly(corpus: Corpus) -> None:
    text = vndiplo.dumps(corpus)
    again = vndiplo.loads(text)
    assert again == corpus
    assert vndiplo.dumps(again) == text


def test_bundled_corpus_round_trips() -> None:
    bundled = vndiplo.load()
    assert vndiplo.loads(vndiplo.dumps(bundled)) == bundled


def test_bundled_corpus_round_trips_through_a_file(tmp_path: Path) -> None:
    bundled = vndiplo.load()
    assert vndiplo.load_path(vndiplo.dump(bundled, tmp_path / "copy.json")) == bundled


def test_synthetic_corpus_round_trips_and_is_deterministic() -> None:
    corpus = synthetic_corpus(500, seed=3)
    assert synthetic_corpus(500, seed=3) == corpus
    assert synthetic_corpus(500, seed=4) != corpus
    assert vndiplo.loads(vndiplo.dumps(corpus)) == corpus
    assert corpus.counts()["quotes"] == 500
