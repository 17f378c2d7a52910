"""The public surface: one sorted __all__, a version from the metadata, a cheap import."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys

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


def test_bundled_data_is_read_through_importlib_resources() -> None:
    from importlib.resources import files

    data = files("vndiplo") / "data"
    for name in vndiplo._default.BUNDLED_FILES:
        assert (data / name).is_file()
    assert (files("vndiplo") / "py.typed").is_file()
