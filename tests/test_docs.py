"""Every example shown anywhere runs: docstrings, the README, the docs' shell sessions.

The Sphinx doctest builder (in .ci/run) runs the ``>>>`` examples of the docs pages;
these tests pin the rest: each public object has a field-list docstring with an example,
the module doctests pass, the README's ``pycon`` blocks run in order in one namespace,
the docs pages' ``.. doctest::`` blocks run here too (for a quick ``pytest``), and the
``$ vndiplo ...`` sessions in the docs print what they show.
"""

from __future__ import annotations

import doctest
import enum
import importlib
import inspect
import os
import pkgutil
import re
import shlex
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import vndiplo
from vndiplo import _vocab

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
README = ROOT / "README.md"
FLAGS = doctest.ELLIPSIS

needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="no docs/ beside the tests")


# -- the public surface --------------------------------------------------------------


def _public_members(cls: type) -> Iterator[tuple[str, Callable[..., object]]]:
    """Methods and properties a user reaches on *cls*, from vndiplo's own classes.

    attrs fields are left out (the class docstring's ``:param:`` lines document them), and
    so are names inherited from outside vndiplo (``str.upper`` on a vocabulary member).
    """
    seen: set[str] = set()
    for base in cls.__mro__:
        if not base.__module__.startswith("vndiplo"):
            continue
        fields = {a.name for a in attrs.fields(base)} if attrs.has(base) else set()
        for name, raw in vars(base).items():
            if name.startswith("_") or name in seen or name in fields:
                continue
            seen.add(name)
            if isinstance(raw, property) and raw.fget is not None:
                yield name, raw.fget
            elif isinstance(raw, classmethod | staticmethod) or inspect.isfunction(raw):
                yield name, getattr(cls, name)


def _public_objects() -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for name in vndiplo.__all__:
        obj = getattr(vndiplo, name)
        if not (inspect.isclass(obj) or inspect.isroutine(obj)):
            continue  # data such as MAX_FILE_BYTES: documented in docs/api.rst
        found.append((name, obj))
        if inspect.isclass(obj):
            found += [(f"{name}.{member}", fn) for member, fn in _public_members(obj)]
    return found


PUBLIC = _public_objects()


def test_the_public_surface_is_found() -> None:
    names = {name for name, _ in PUBLIC}
    assert {"load", "Corpus", "Corpus.quotes_by", "Official.given", "Theme.label"} <= names
    assert "extract" in names


@pytest.mark.parametrize(("name", "obj"), PUBLIC, ids=[name for name, _ in PUBLIC])
def test_public_object_has_a_docstring_with_an_example(name: str, obj: object) -> None:
    doc = inspect.getdoc(obj) or ""
    assert doc.strip(), f"{name} has no docstring"
    assert ">>>" in doc, f"{name}'s docstring has no >>> example"
    private = [line for line in doc.splitlines() if ">>>" in line and "vndiplo._" in line]
    assert not private, f"{name}'s example imports a private module: {private[0].strip()}"


def _parameters(obj: object) -> list[str]:
    if inspect.isclass(obj) and issubclass(obj, enum.Enum):
        return []  # members are listed, not constructed
    try:
        signature = inspect.signature(obj)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return []
    plain = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    return [
        p.name
        for p in signature.parameters.values()
        if p.name not in ("self", "cls") and p.kind not in plain
    ]


@pytest.mark.parametrize(("name", "obj"), PUBLIC, ids=[name for name, _ in PUBLIC])
def test_public_parameters_have_param_fields(name: str, obj: object) -> None:
    doc = inspect.getdoc(obj) or ""
    missing = [p for p in _parameters(obj) if f":param {p}:" not in doc]
    assert not missing, f"{name}'s docstring has no ':param {missing[0]}:' line"


# -- module doctests -----------------------------------------------------------------


def _modules() -> list[ModuleType]:
    names = ["vndiplo"] + [
        info.name
        for info in pkgutil.walk_packages(vndiplo.__path__, "vndiplo.")
        if not info.name.endswith("__main__")
    ]
    return [importlib.import_module(name) for name in sorted(names)]


MODULES = _modules()


def test_every_module_has_a_docstring() -> None:
    missing = [m.__name__ for m in MODULES if not (m.__doc__ or "").strip()]
    assert not missing


@pytest.mark.parametrize("module", MODULES, ids=[m.__name__ for m in MODULES])
def test_module_doctests_pass(module: ModuleType) -> None:
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report: list[str] = []
    for test in finder.find(module, module.__name__):
        runner.run(test, out=report.append)
    results = runner.summarize(verbose=False)
    assert results.failed == 0, "".join(report)


def test_the_module_doctests_are_many() -> None:
    finder = doctest.DocTestFinder(exclude_empty=True)
    examples = sum(len(t.examples) for m in MODULES for t in finder.find(m, m.__name__))
    assert examples >= 200, examples


# -- the README --------------------------------------------------------------------


def _readme_examples() -> str:
    blocks = re.findall(r"^```pycon\n(.*?)^```", README.read_text(encoding="utf-8"), re.M | re.S)
    return "\n".join(blocks)


@pytest.mark.skipif(not README.is_file(), reason="no README.md beside the tests")
def test_readme_pycon_blocks_run_in_order_in_one_namespace() -> None:
    text = _readme_examples()
    test = doctest.DocTestParser().get_doctest(text, {}, "README.md", str(README), 0)
    assert len(test.examples) >= 5, "the README's pycon blocks were not found"
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    report: list[str] = []
    results = runner.run(test, out=report.append)
    assert results.failed == 0, "".join(report)


# -- the docs pages ----------------------------------------------------------------


def _pages() -> list[Path]:
    if not DOCS.is_dir():
        return []
    return sorted(p for p in DOCS.rglob("*.rst") if "_build" not in p.parts)


@needs_docs
def test_api_reference_lists_every_public_name() -> None:
    api = (DOCS / "api.rst").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\.\. (?:auto)?(?:function|class|exception|data):: (\S+)", api, re.M))
    assert set(vndiplo.__all__) - listed == set()


@needs_docs
def test_vocabulary_page_shows_every_vocabulary() -> None:
    page = (DOCS / "vocabulary.rst").read_text(encoding="utf-8")
    shown = set(re.findall(r"^\.\. vocabulary:: (\w+)", page, re.M))
    vocabularies = {
        name
        for name, obj in vars(_vocab).items()
        if inspect.isclass(obj) and issubclass(obj, _vocab._Labelled) and not name.startswith("_")
    }
    assert shown == vocabularies


@needs_docs
def test_every_example_script_is_shown_in_the_docs() -> None:
    page = (DOCS / "examples.rst").read_text(encoding="utf-8")
    for script in sorted((ROOT / "examples").glob("*.py")):
        assert f"examples/{script.name}" in page, script.name


def _doctest_blocks(page: Path) -> str:
    """The ``.. doctest::`` blocks of *page*, dedented and joined in order."""
    lines = page.read_text(encoding="utf-8").splitlines()
    found: list[str] = []
    i = 0
    while i < len(lines):
        if not lines[i].startswith(".. doctest::"):
            i += 1
            continue
        i += 1
        while i < len(lines) and (not lines[i].strip() or lines[i].lstrip().startswith(":")):
            i += 1
        while i < len(lines) and (not lines[i].strip() or lines[i].startswith("   ")):
            found.append(lines[i][3:])
            i += 1
    return "\n".join(found)


PAGES_WITH_DOCTESTS = [page for page in _pages() if _doctest_blocks(page)]


@pytest.mark.parametrize(
    "page", PAGES_WITH_DOCTESTS, ids=[str(p.relative_to(DOCS)) for p in PAGES_WITH_DOCTESTS]
)
def test_docs_page_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same examples the Sphinx doctest builder runs, for a quick ``pytest``."""
    monkeypatch.chdir(ROOT)  # as docs/conf.py does: examples name files from the root
    globs: dict[str, object] = {}
    exec("import datetime\nimport vndiplo\nfrom vndiplo import *", globs)
    test = doctest.DocTestParser().get_doctest(
        _doctest_blocks(page), globs, page.name, str(page), 0
    )
    runner = doctest.DocTestRunner(optionflags=FLAGS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    results = runner.run(test, out=report.append)
    assert results.attempted > 0
    assert results.failed == 0, "".join(report)


@attrs.frozen
class Session:
    """One ``$ vndiplo ...`` command in a docs page, with the output the page shows."""

    page: str
    line: int
    command: str
    output: str


def _console_blocks(text: str) -> Iterator[tuple[int, list[str]]]:
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].strip() != ".. code-block:: console":
            i += 1
            continue
        i += 1
        while i < len(lines) and not lines[i].strip():
            i += 1
        start = i
        indent = len(lines[i]) - len(lines[i].lstrip()) if i < len(lines) else 0
        block: list[str] = []
        while i < len(lines) and (not lines[i].strip() or lines[i].startswith(" " * indent)):
            block.append(lines[i][indent:])
            i += 1
        while block and not block[-1].strip():
            block.pop()
        yield start + 1, block


def _sessions(page: Path) -> list[Session]:
    found: list[Session] = []
    for first, block in _console_blocks(page.read_text(encoding="utf-8")):
        for n, line in enumerate(block):
            if not line.startswith("$ vndiplo "):
                continue
            output: list[str] = []
            for following in block[n + 1 :]:
                if following.startswith("$ "):
                    break
                output.append(following)
            text = "\n".join(output) + "\n" if output else ""
            found.append(Session(page.name, first + n, line.removeprefix("$ "), text))
    return found


PAGES_WITH_SESSIONS = [page for page in _pages() if _sessions(page)]


@needs_docs
def test_the_docs_show_command_line_sessions() -> None:
    sessions = [s for page in PAGES_WITH_SESSIONS for s in _sessions(page)]
    commands = {shlex.split(s.command)[1] for s in sessions}
    assert {"summary", "conference", "quotes", "export", "validate", "extract", "ingest"} <= (
        commands
    )


def _workspace(folder: Path) -> None:
    """What the docs' sessions assume: an article, and a folder of articles."""
    text = vndiplo.load().document("001_2dc3e466aeec6e55").text
    (folder / "article.txt").write_text(text, encoding="utf-8")
    (folder / "articles").mkdir()
    (folder / "articles" / "hanoitimes-29th.txt").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    "page", PAGES_WITH_SESSIONS, ids=[str(p.relative_to(DOCS)) for p in PAGES_WITH_SESSIONS]
)
def test_docs_command_line_sessions_print_what_they_show(page: Path, tmp_path: Path) -> None:
    _workspace(tmp_path)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "80"}
    checker = doctest.OutputChecker()
    for session in _sessions(page):
        argv = shlex.split(session.command)[1:]
        done = subprocess.run(
            [sys.executable, "-m", "vndiplo", *argv],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            check=False,
        )
        where = f"{session.page}:{session.line}: $ {session.command}"
        if "error:" not in session.output:
            assert done.returncode == 0, f"{where}\n{done.stdout}"
        shown_is_printed = checker.check_output(session.output, done.stdout, FLAGS)
        assert shown_is_printed, f"{where}\nshown:\n{session.output}\nprinted:\n{done.stdout}"
