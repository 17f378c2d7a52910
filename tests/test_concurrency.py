"""Concurrency and safety: one load under many threads, immutable records, no risky code.

- Many threads calling lookups on first use load the bundled corpus once and all get
  the same object; a corpus builds its index once however many threads ask first.
- Records and corpora are immutable: changing one raises.
- No code path evaluates or unpickles data or touches the network: the source tree
  imports no such module and calls no such function, and loading, lookups and
  extraction run with the network switched off.
"""

from __future__ import annotations

import ast
import gc
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import vndiplo
from typed import synthetic_corpus
from vndiplo import _corpus, _default, _index, _io

SOURCE = Path(vndiplo.__file__).resolve().parent
THREADS = 32


def run_together(work: Callable[[], object], threads: int = THREADS) -> list[object]:
    """Start *threads* threads on *work* at the same moment; return their results."""
    barrier = threading.Barrier(threads)
    results: list[object] = [None] * threads
    errors: list[BaseException] = []

    def one(i: int) -> None:
        barrier.wait()
        try:
            results[i] = work()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    pool = [threading.Thread(target=one, args=(i,)) for i in range(threads)]
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
    finally:
        sys.setswitchinterval(switch)
    assert not errors, errors
    return results


# -- the bundled corpus loads once -------------------------------------------------


def test_threads_on_first_use_load_the_bundled_corpus_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_default, "_cached", [])
    calls = []
    real = _io.loads_many

    def counting(*args: Any, **kwargs: Any) -> vndiplo.Corpus:
        calls.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(_io, "loads_many", counting)
    corpora = run_together(vndiplo.load)
    assert len(calls) == 1
    assert len({id(corpus) for corpus in corpora}) == 1
    assert corpora[0] is vndiplo.load()


FIRST_USE = """
import sys, threading
sys.setswitchinterval(1e-6)
import vndiplo
from vndiplo import _io
calls = []
real = _io.loads_many
def counting(*args, **kwargs):
    calls.append(1)
    return real(*args, **kwargs)
_io.loads_many = counting
barrier = threading.Barrier({threads})
seen = []
def one(lookup):
    barrier.wait()
    seen.append((lookup(), id(vndiplo.load())))
lookups = [
    lambda: vndiplo.quotes_by("Minh"),
    lambda: vndiplo.themes_for(31),
    lambda: vndiplo.conference("31st"),
    lambda: vndiplo.official("Pham Binh Minh"),
]
pool = [threading.Thread(target=one, args=(lookups[i % 4],)) for i in range({threads})]
for t in pool: t.start()
for t in pool: t.join()
assert len(seen) == {threads}, seen
print(len(calls), len({{corpus for _, corpus in seen}}))
"""


def test_threads_in_a_fresh_process_load_once() -> None:
    done = subprocess.run(
        [sys.executable, "-c", FIRST_USE.format(threads=THREADS)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "1"]


def test_a_corpus_builds_its_index_once(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = synthetic_corpus(2_000, seed=7)
    built = []
    real = _index.Index

    def counting(target: vndiplo.Corpus) -> Any:
        built.append(1)
        return real(target)

    monkeypatch.setattr(_corpus, "Index", counting)
    name = corpus.officials[0].name
    results = run_together(lambda: corpus.quotes_by(name))
    assert len(built) == 1
    assert len({id(r) for r in results}) <= len(results)
    assert all(r == results[0] for r in results)


def test_concurrent_loads_of_separate_texts_do_not_interfere() -> None:
    texts = [vndiplo.dumps(synthetic_corpus(300, seed=s)) for s in range(4)]
    results = run_together(lambda: [vndiplo.loads(t) for t in texts], threads=8)
    expected = [vndiplo.loads(t) for t in texts]
    assert all(r == expected for r in results)


# -- immutability -------------------------------------------------------------------

RECORD_CLASSES = [
    vndiplo.Citation,
    vndiplo.Document,
    vndiplo.Conference,
    vndiplo.Official,
    vndiplo.Position,
    vndiplo.Speaker,
    vndiplo.Mention,
    vndiplo.Appearance,
    vndiplo.Quote,
    vndiplo.ThemeTag,
    vndiplo.Hit,
    vndiplo.PartialDate,
    vndiplo.Problem,
    vndiplo.Corpus,
]


def instances() -> list[object]:
    corpus = vndiplo.load()
    found: list[object] = [corpus, vndiplo.PartialDate(2021, 12), vndiplo.search("Doi Moi")[0]]
    for name in corpus.counts():
        found.extend(getattr(corpus, name)[:1])
    official = corpus.official("Minh")
    found += [official.positions[0], corpus.conference(31).speakers[0]]
    found.append(vndiplo.Problem("a.json", "quotes[0]", "bad"))
    return found


@pytest.mark.parametrize("record", instances(), ids=lambda r: type(r).__name__)
def test_records_cannot_be_changed(record: object) -> None:
    assert type(record) in RECORD_CLASSES
    name = attrs.fields(type(record))[0].name  # type: ignore[arg-type]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, name, None)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        delattr(record, name)
    with pytest.raises((attrs.exceptions.FrozenInstanceError, AttributeError)):
        record.something_new = 1  # type: ignore[attr-defined]


def test_collections_are_tuples_so_cannot_be_changed_in_place() -> None:
    corpus = vndiplo.load()
    for name in corpus.counts():
        assert type(getattr(corpus, name)) is tuple
    for result in (
        vndiplo.quotes_by("Minh"),
        vndiplo.themes_for(31),
        vndiplo.conferences(),
        vndiplo.officials(),
        vndiplo.search("diplomacy"),
        corpus.conference(31).speakers,
        corpus.official("Minh").positions,
    ):
        assert type(result) is tuple


def test_changing_a_copy_leaves_the_bundled_corpus_alone() -> None:
    corpus = vndiplo.load()
    quote = corpus.quotes[0]
    changed = attrs.evolve(quote, text="something else")
    assert corpus.quotes[0] is quote
    assert quote.text != "something else"
    assert changed != quote
    assert vndiplo.load() is corpus


def test_every_record_class_is_frozen() -> None:
    for cls in RECORD_CLASSES:
        assert attrs.has(cls)
        assert getattr(cls, "__setattr__", None) is not object.__setattr__, cls


# -- nothing evaluates data or touches the network ----------------------------------

FORBIDDEN_MODULES = {
    "pickle", "cPickle", "_pickle", "dill", "marshal", "shelve", "copyreg",
    "socket", "ssl", "urllib", "http", "requests", "httpx", "aiohttp", "ftplib",
    "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc", "socketserver", "webbrowser",
    "yaml", "ctypes",
}  # fmt: skip
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "breakpoint", "input"}
#: The one generated function: structuring code built from the record classes' field
#: names (never from input), in the fast converter, as attrs and cattrs themselves do.
ALLOWED_CALLS = {("_convert.py", "exec"), ("_convert.py", "compile")}
ALLOWED_DYNAMIC_IMPORT = {"__init__.py"}  # import_module over the fixed _LAZY table


def python_files() -> list[Path]:
    files = sorted(SOURCE.rglob("*.py"))
    assert len(files) > 10
    return files


@pytest.mark.parametrize("path", python_files(), ids=lambda p: str(p.relative_to(SOURCE)))
def test_no_risky_imports_or_calls(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                assert alias.name.split(".")[0] not in FORBIDDEN_MODULES, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module:
            assert node.module.split(".")[0] not in FORBIDDEN_MODULES, node.module
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            name = node.func.id
            if name in FORBIDDEN_CALLS:
                assert (path.name, name) in ALLOWED_CALLS, f"{name}() in {path}"
            if name == "import_module":
                assert path.name in ALLOWED_DYNAMIC_IMPORT, path
        elif isinstance(node, ast.Attribute) and node.attr in {"loads", "load"}:
            owner = node.value
            if isinstance(owner, ast.Name):
                assert owner.id not in {"pickle", "marshal", "yaml"}, ast.unparse(node)


def test_the_one_generated_function_is_built_from_field_names_only() -> None:
    source = (SOURCE / "_convert.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    execs = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "exec"
    ]
    assert len(execs) == 1
    # Each record field's name is an identifier: nothing from a corpus file gets in.
    for cls in RECORD_CLASSES:
        assert all(a.name.isidentifier() for a in attrs.fields(cls))


NO_NETWORK = """
import socket, sys, tempfile, pathlib
def refuse(*args, **kwargs):
    raise AssertionError("network touched")
socket.socket = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
import vndiplo
corpus = vndiplo.load()
vndiplo.quotes_by("Minh"); vndiplo.themes_for(31); vndiplo.search("diplomacy")
with tempfile.TemporaryDirectory() as folder:
    path = vndiplo.dump(corpus, pathlib.Path(folder, "c.json"))
    assert vndiplo.load_path(folder) == corpus
if hasattr(vndiplo, "extract"):
    vndiplo.extract(corpus.documents[0].text)
forbidden = {"pickle", "_pickle", "socket", "ssl", "http.client", "urllib.request", "marshal"}
print(sorted(m for m in forbidden if m in sys.modules and m not in {"socket", "marshal"}))
"""


def test_loading_lookups_and_extraction_work_with_the_network_switched_off() -> None:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(NO_NETWORK)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", done.stdout


# -- the collector is left as it was ----------------------------------------------


def test_loading_leaves_the_garbage_collector_as_it_was() -> None:
    text = vndiplo.dumps(synthetic_corpus(200))
    assert gc.isenabled()
    vndiplo.loads(text)
    assert gc.isenabled()
    with pytest.raises(vndiplo.CorpusError):
        vndiplo.loads("[]")
    assert gc.isenabled()
    gc.disable()
    try:
        vndiplo.loads(text)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_loading_does_not_undo_someone_elses_freeze() -> None:
    keep: list[list[None]] = [[] for _ in range(100)]  # objects to freeze
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        vndiplo.loads(vndiplo.dumps(synthetic_corpus(200)))
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    assert keep


def test_overlapping_loads_in_threads_leave_the_collector_running() -> None:
    # A load that starts while another has paused the collector must not pause it for
    # good when the first one ends before it.
    texts = [vndiplo.dumps(synthetic_corpus(50, seed=s)) for s in range(3)]
    for _ in range(20):
        run_together(lambda: [vndiplo.loads(t) for t in texts], threads=6)
        assert gc.isenabled()
