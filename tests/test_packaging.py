"""The public surface: one sorted __all__, a version from the metadata, a cheap import."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import zipfile
from pathlib import Path

import vndiplo


def test_version_comes_from_the_package_metadata() -> None:
    assert vndiplo.__version__ == importlib.metadata.version("vndiplo")


def test_all_is_sorted_and_complete() -> None:
    # Sorted as ruff sorts it: constants, then classes, then functions.
    def group(name: str) -> tuple[bool, bool, str]:
        return (not name.isupper(), not name[0].isupper(), name)

    assert vndiplo.__all__ == sorted(vndiplo.__all__, key=group)
    for name in vndiplo.__all__:
        assert hasattr(vndiplo, name), name
    public = {n for n in dir(vndiplo) if not n.startswith("_")} - {"annotations"}
    assert public <= set(vndiplo.__all__)


def test_public_objects_live_in_private_modules() -> None:
    for name in vndiplo.__all__:
        module = getattr(getattr(vndiplo, name), "__module__", "vndiplo._")
        assert module.startswith("vndiplo._"), (name, module)


def test_import_parses_nothing_and_imports_no_cattrs() -> None:
    code = (
        "import sys, vndiplo, vndiplo._default as d\n"
        "assert not d._cached, 'corpus loaded at import'\n"
        "assert 'cattrs' not in sys.modules, 'cattrs imported at import time'\n"
        "assert 'dateutil' not in sys.modules, 'dateutil imported at import time'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_bundled_data_is_package_data() -> None:
    from importlib.resources import files

    data = files("vndiplo") / "data"
    for name in vndiplo._default.BUNDLED_FILES:
        assert (data / name).is_file()
    assert (files("vndiplo") / "py.typed").is_file()


def test_the_bundled_corpus_loads_from_a_zip_archive(tmp_path: Path) -> None:
    # The package's loader reads the data, so a zipped package works as one on disk.
    package = Path(vndiplo.__file__).parent
    archive = tmp_path / "vndiplo.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in package.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                zipped.write(path, path.relative_to(package.parent).as_posix())
    code = (
        f"import sys; sys.path.insert(0, {str(archive)!r})\n"
        "import vndiplo\n"
        "assert '.zip' in vndiplo.__file__, vndiplo.__file__\n"
        "print(len(vndiplo.quotes_by('Minh')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert int(done.stdout) == len(vndiplo.quotes_by("Minh")) > 0
