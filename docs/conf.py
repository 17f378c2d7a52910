"""Sphinx configuration for the vndiplo documentation.

The build is offline (no intersphinx) and runs twice in CI, with the ``doctest`` and the
``html`` builders, both nitpicky and with warnings as errors.
"""

from __future__ import annotations

import runpy
import shutil
import sys
from pathlib import Path
from typing import Any

import vndiplo

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "_ext"))

project = "vndiplo"
author = "The vndiplo developers"
copyright = "2026, The vndiplo developers"
release = vndiplo.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "vndiplo_docs",
]

exclude_patterns = ["_build"]
templates_path: list[str] = []
html_static_path = ["_static"]
html_theme = "furo"
html_title = f"vndiplo {release}"

# The API reference shows the public names: ``vndiplo.Corpus``, not the private module
# that defines it.  Types are shown in the descriptions, where they can link.
add_module_names = False
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_member_order = "bysource"
autodoc_preserve_defaults = False

# Every example in the docs is a test: prose pages and docstrings share this set-up.
doctest_global_setup = f"""
import datetime
import os
import vndiplo
from vndiplo import *
os.chdir({str(HERE.parent)!r})  # examples name files from the repository's root
"""
doctest_default_flags = __import__("doctest").ELLIPSIS | __import__("doctest").NORMALIZE_WHITESPACE

nitpicky = True
# Targets outside this project: with intersphinx off (CI is offline) they cannot link.
nitpick_ignore = [
    ("py:class", "datetime.date"),
    ("py:class", "dt.date"),
    ("py:class", "date"),
    ("py:class", "pathlib.Path"),
    ("py:class", "Path"),
    ("py:class", "os.PathLike"),
    ("py:class", "PathLike"),
    ("py:class", "enum.StrEnum"),
    ("py:class", "StrEnum"),
    ("py:class", "ValueError"),
    ("py:exc", "LookupError"),
    ("py:exc", "ValueError"),
    ("py:class", "Any"),
    ("py:class", "collections.abc.Sequence"),
    ("py:class", "collections.abc.Callable"),
    ("py:class", "Callable"),
    ("py:class", "Sequence"),
    ("py:class", "typing.Any"),
    ("py:func", "json.dumps"),
]


def _resolve_private(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Point ``vndiplo._module.Name`` at the public ``vndiplo.Name``, where it exists."""
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not target.startswith("vndiplo._"):
        return None
    name = target.rsplit(".", 1)[-1]
    if name not in vndiplo.__all__:
        return None
    domain = env.get_domain("py")
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], f"vndiplo.{name}", node, contnode
    )


#: The heatmap in examples.rst: drawn at build time by examples/themes_heatmap.py from the
#: bundled corpus, so it always shows the data; without matplotlib (the ``plot`` extra),
#: the committed copy in _static/ stands in.
HEATMAP = HERE / "_build" / "figures" / "themes-heatmap.png"


def _draw_heatmap(app: Any) -> None:
    HEATMAP.parent.mkdir(parents=True, exist_ok=True)
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        shutil.copyfile(HERE / "_static" / "themes-heatmap.png", HEATMAP)
        return
    script = runpy.run_path(str(HERE.parent / "examples" / "themes_heatmap.py"))
    script["draw"](vndiplo.load(), HEATMAP)


def setup(app: Any) -> None:
    app.connect("builder-inited", _draw_heatmap)
    app.connect("missing-reference", _resolve_private)
