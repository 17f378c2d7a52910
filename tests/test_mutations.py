"""Random mutants of valid corpora: each loads and round-trips exactly, or is refused.

A mutant is a valid corpus's JSON with one to three random edits anywhere in its tree:
a key or item dropped, a key or item added, a value replaced by one of another type, or
a value copied from elsewhere in the same corpus (which makes duplicates and plausible
references).  Whatever the mutant, ``loads`` must either return a corpus that writes and
reads back to itself, or raise :class:`vndiplo.CorpusError`; no other exception may
escape.  The same mutants also check that the fast paths (the lean converter and the
all-valid check) agree with the detailed ones.
"""

from __future__ import annotations

import copy
import json
from functools import partial
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import vndiplo
from typed import corpora
from vndiplo import Corpus, CorpusError, _convert, _validate

BOUNDED = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["diplomatic", "reported", "direct", "economic-diplomacy", "2021-12-15"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
FIELD_NAMES = ["id", "text", "start", "end", "speaker", "document", "kind", "conference",
               "series", "ordinal", "name", "theme", "titles", "citations", "quotes"]  # fmt: skip


def places(node: Any, found: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in the JSON tree under *node*."""
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((node, key))
            places(value, found)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.append((node, i))
            places(value, found)
    return found


def containers(node: Any, found: list[Any]) -> list[Any]:
    if isinstance(node, dict | list):
        found.append(node)
        for value in node.values() if isinstance(node, dict) else node:
            containers(value, found)
    return found


def _another_type(kind: type, value: object) -> bool:
    return type(value) is not kind


@st.composite
def mutants(draw: st.DrawFn) -> tuple[Any, list[str]]:
    corpus = draw(corpora(max_records=3))
    data = json.loads(vndiplo.dumps(corpus))
    done = []
    for _ in range(draw(st.integers(1, 3))):
        spots = places(data, [])
        how = draw(st.sampled_from(["drop", "add", "retype", "duplicate"]))
        if how == "add" or not spots:
            target = draw(st.sampled_from(containers(data, [])))
            value = draw(json_values)
            if isinstance(target, dict):
                key = draw(st.sampled_from(FIELD_NAMES) | st.text(max_size=8))
                target[key] = value
                done.append(f"add {key!r}")
            else:
                target.insert(draw(st.integers(0, len(target))), value)
                done.append("add item")
            continue
        parent, key = draw(st.sampled_from(spots))
        if how == "drop":
            del parent[key]
        elif how == "retype":
            parent[key] = draw(json_values.filter(partial(_another_type, type(parent[key]))))
        else:
            source_parent, source_key = draw(st.sampled_from(spots))
            value = copy.deepcopy(source_parent[source_key])
            if isinstance(parent, list) and draw(st.booleans()):
                parent.insert(key, value)  # a duplicate item
            else:
                parent[key] = value
        done.append(f"{how} {key!r}")
    return data, done


@BOUNDED
@given(mutants())
def test_a_mutant_loads_and_round_trips_or_is_refused(mutant: tuple[Any, list[str]]) -> None:
    data, _ = mutant
    text = json.dumps(data, ensure_ascii=False)
    refused: CorpusError | None = None
    try:
        loaded = vndiplo.loads(text, source="mutant.json")
    except CorpusError as exc:
        refused = exc
    if refused is not None:
        event("refused")
        assert refused.problems
        assert all(p.file == "mutant.json" for p in refused.problems)
        return
    event("loaded")
    written = vndiplo.dumps(loaded)
    again = vndiplo.loads(written)
    assert again == loaded
    assert vndiplo.dumps(again) == written


def structured(detailed: bool, data: Any) -> Corpus | None:
    try:
        return _convert._converter(detailed).structure(data, Corpus)
    except Exception:
        return None


@BOUNDED
@given(mutants())
def test_the_fast_paths_agree_with_the_detailed_ones(mutant: tuple[Any, list[str]]) -> None:
    data, _ = mutant
    if not isinstance(data, dict):
        return
    fast, detailed = structured(False, data), structured(True, data)
    assert fast == detailed
    assert (fast is None) == (detailed is None)
    if fast is None:
        return
    ids = _validate._Ids(fast)
    clean = _validate._clean(fast, ids)
    problems = list(_validate._problems("mutant.json", fast, ids))
    assert clean == (not problems), problems
