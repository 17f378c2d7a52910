"""Reading and writing corpora as JSON.

A corpus file is a JSON object whose keys are the :class:`~vndiplo.Corpus` fields
(``citations``, ``documents``, ``conferences``, ``officials``, ``mentions``,
``appearances``, ``quotes``, ``theme_tags``), each a list of records; every key is
optional.  The bundled corpus is stored in exactly this format.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import stat
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from vndiplo._corpus import Corpus, merge
from vndiplo._errors import CorpusError

__all__ = ["MAX_FILE_BYTES", "dump", "dumps", "load_path", "loads", "loads_many"]

#: The largest corpus file read, in bytes (256 MiB); a larger one is refused whole.
MAX_FILE_BYTES = 256 * 1024 * 1024


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not allowed in a corpus")


def _parse(text: str, source: str) -> Corpus:
    from vndiplo import _convert  # cattrs is imported on first load, not at import time

    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise CorpusError.one(
            source, "", f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except RecursionError:
        raise CorpusError.one(source, "", "not loadable: JSON nested too deeply") from None
    except ValueError as exc:
        raise CorpusError.one(source, "", f"not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise CorpusError.one(
            source, "", f"expected a JSON object at the top, got {_convert._json_type(data)}"
        )
    try:
        return _convert.structure(data, Corpus)
    except RecursionError:
        raise CorpusError.one(source, "", "not loadable: JSON nested too deeply") from None
    except Exception as exc:
        raise CorpusError(_convert.problems_of(exc, source)) from None


class _Pause:
    """How many loads are running, and whether the first of them paused the collector."""

    lock = threading.Lock()
    running = 0
    paused = False


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while any load runs, in any thread.

    Loading allocates hundreds of thousands of objects and no reference cycles; the
    collector would walk them again and again (doubling the time of a large load), so
    it waits until the last running load is over.  Only a collector that was running is
    paused and resumed, so a program that turned it off keeps it off.
    """
    with _Pause.lock:
        if _Pause.running == 0:
            _Pause.paused = gc.isenabled()
            gc.disable()
        _Pause.running += 1
    try:
        yield
    finally:
        with _Pause.lock:
            _Pause.running -= 1
            if _Pause.running == 0 and _Pause.paused:
                if not gc.get_freeze_count():
                    # The records live as long as the corpus: they go to the oldest
                    # generation now, rather than being walked by the young collections
                    # one after another.  (Only when nothing else is frozen, so that no
                    # one's freeze is undone.)
                    gc.freeze()
                    gc.unfreeze()
                gc.enable()


def loads_many(texts: Sequence[tuple[str, str]], *, base: Corpus | None = None) -> Corpus:
    """Load and merge several JSON texts, each labelled with its source name.

    All or nothing: if any text has a problem, nothing is returned.

    :param texts: ``(source, text)`` pairs.
    :param base: a corpus to load beside, such as the bundled one: the texts may refer
        to its records, and the result holds both.
    :returns: the merged, checked corpus.
    :raises CorpusError: naming the source and JSON path of each problem.

    >>> from vndiplo._io import loads_many
    >>> len(loads_many([("a.json", "{}"), ("b.json", '{"citations": []}')]).quotes)
    0
    """
    from vndiplo._validate import check

    with _collector_paused():
        parts = [(source, _parse(text, source)) for source, text in texts]
        whole = [("the base corpus", base), *parts] if base is not None else parts
        merged = merge(whole) if whole else Corpus()
        check(parts, merged)
    return merged


def loads(text: str, *, source: str = "<string>", base: Corpus | None = None) -> Corpus:
    """Load a corpus from a JSON string.

    :param text: the JSON text of one corpus file.
    :param source: the name to give the text in error messages.
    :param base: a corpus to load beside (see :func:`load_path`).
    :returns: the checked corpus.
    :raises CorpusError: when the text is not a valid corpus; nothing is loaded then.

    >>> import vndiplo
    >>> corpus = vndiplo.loads('{"citations": [{"id": "x", "url": "https://example.org", '
    ...                '"publisher": "Example"}]}')
    >>> corpus.citation("x").publisher
    'Example'
    """
    return loads_many([(source, text)], base=base)


def _decode(raw: bytes, source: str) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError.one(
            source, "", f"not valid UTF-8 (byte {exc.start}: {raw[exc.start : exc.start + 1]!r})"
        ) from None
    return text.removeprefix("\ufeff")


def _too_large(shown: str, size: int | str) -> CorpusError:
    return CorpusError.one(
        shown, "", f"too large to load ({size} bytes; the limit is {MAX_FILE_BYTES})"
    )


def _read(path: Path, shown: str) -> str:
    try:
        # Opened without blocking and checked before reading: a named pipe or a device
        # called "x.json" would otherwise wait for a writer, or never end.  The read is
        # bounded too, in case the file grows after the check.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(fd, "rb") as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise CorpusError.one(shown, "", "is not a regular file")
            if info.st_size > MAX_FILE_BYTES:
                raise _too_large(shown, info.st_size)
            raw = file.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise _too_large(shown, f"over {MAX_FILE_BYTES}")
        return _decode(raw, shown)
    except OSError as exc:
        raise CorpusError.one(shown, "", f"cannot be read: {exc.strerror or exc}") from None


def _files(folder: Path) -> list[Path]:
    root = folder.resolve()
    found = []
    for dirpath, _, filenames in os.walk(folder, followlinks=False):
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if path.suffix.lower() != ".json":
                continue
            try:
                target = path.resolve()
            except (OSError, RuntimeError):  # a loop of links (RuntimeError before 3.13)
                raise CorpusError.one(str(path), "", "is a loop of links") from None
            if not target.is_relative_to(root):
                raise CorpusError.one(
                    str(path), "", f"is a link to {target}, outside the folder {folder}"
                )
            found.append(path)
    return sorted(found)


def load_path(path: str | os.PathLike[str], *, base: Corpus | None = None) -> Corpus:
    """Load a corpus from a JSON file, or from every ``*.json`` file below a folder.

    Files in a folder are merged: a record that several files hold identically is kept
    once, and references may cross files.  Files that do not end in ``.json`` are not
    read; a link that leads outside the folder is an error.  Each file may be at most
    :data:`MAX_FILE_BYTES` long.

    Pass ``base=vndiplo.load()`` to load your files beside the bundled corpus: they may
    then quote the register's officials and conferences by id without copying them.

    :param path: a file or a folder.
    :param base: a corpus to load beside; the result holds both.
    :returns: the checked corpus.
    :raises CorpusError: for a missing path, an unreadable or invalid file, or an
        invalid record; the message names the file and the JSON path, and nothing is
        loaded.

    >>> import tempfile, vndiplo
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     saved = vndiplo.dump(vndiplo.load(), folder + "/corpus.json")
    ...     vndiplo.load_path(folder) == vndiplo.load()
    True
    """
    where = Path(path)
    if where.is_dir():
        files = _files(where)
        if not files:
            raise CorpusError.one(str(where), "", "holds no .json files")
    elif where.exists():
        files = [where]
    else:
        raise CorpusError.one(str(where), "", "no such file or folder")
    return loads_many([(str(f), _read(f, str(f))) for f in files], base=base)


def dumps(corpus: Corpus) -> str:
    """The JSON text of *corpus*, which :func:`loads` reads back to an equal corpus.

    Fields at their defaults are left out; the output is deterministic.

    :param corpus: the corpus to write.
    :returns: indented JSON, non-ASCII characters kept as they are.

    >>> import vndiplo
    >>> vndiplo.dumps(vndiplo.Corpus())
    '{}'
    """
    from vndiplo._convert import unstructure

    return json.dumps(unstructure(corpus), ensure_ascii=False, indent=1)


def dump(corpus: Corpus, path: str | os.PathLike[str]) -> Path:
    """Write *corpus* to *path* as JSON (UTF-8), replacing any file there.

    :param corpus: the corpus to write.
    :param path: the file to write.
    :returns: the path written.

    >>> import tempfile, pathlib, vndiplo
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = vndiplo.dump(vndiplo.load(), pathlib.Path(folder, "copy.json"))
    ...     vndiplo.load_path(path) == vndiplo.load()
    True
    """
    target = Path(path)
    # A lone surrogate (which a JSON escape can bring in) has no UTF-8 form; written as
    # its JSON escape, it reads back as the same string.
    target.write_bytes((dumps(corpus) + "\n").encode("utf-8", "backslashreplace"))
    return target
