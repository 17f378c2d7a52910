"""Sphinx directives that generate reference pages from vndiplo's own data.

``.. vocabulary:: Theme`` renders a table of the ids, labels and descriptions that the
enum in :mod:`vndiplo._vocab` carries, so the vocabulary page is never retyped.
``.. cli-help::`` renders the ``--help`` of the ``vndiplo`` command and its subcommands.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from docutils import nodes  # type: ignore[import-untyped]
from sphinx.directives.other import TocTree
from sphinx.util.docutils import SphinxDirective

import vndiplo
from vndiplo import _vocab


def _cell(text: str) -> str:
    return text.replace("\n", " ").strip() or "\\-"


class Vocabulary(SphinxDirective):
    """A list-table of one vocabulary enum: id, label, description (and Vietnamese)."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0]
        vocabulary = getattr(_vocab, name, None)
        if not (isinstance(vocabulary, type) and issubclass(vocabulary, _vocab._Labelled)):
            raise self.error(f"vndiplo._vocab has no vocabulary called {name!r}")
        vietnamese = vocabulary is vndiplo.Series
        header = ["id", "label", "Vietnamese", "what it covers"]
        if not vietnamese:
            header.remove("Vietnamese")
        lines = [
            f".. list-table:: {len(vocabulary)} ids of :class:`vndiplo.{name}`",
            "   :header-rows: 1",
            "   :widths: auto",
            "",
            *(f"   {'*' if i == 0 else ' '} - {h}" for i, h in enumerate(header)),
        ]
        for member in vocabulary:
            cells = [f"``{member.value}``", member.label]
            if vietnamese:
                cells.append(vndiplo.Series(member).vietnamese)
            cells.append(member.description)
            for i, cell in enumerate(cells):
                lines.append(f"   {'*' if i == 0 else ' '} - {_cell(cell)}")
        return self.parse_text_to_nodes("\n".join(lines))


class CliHelp(SphinxDirective):
    """The ``--help`` text of ``vndiplo`` and of every subcommand, as literal blocks."""

    def run(self) -> list[nodes.Node]:
        from vndiplo._cli import _parser

        parser = _parser()
        out: list[nodes.Node] = [_help_block(parser, "vndiplo --help")]
        for action in parser._subparsers._group_actions if parser._subparsers else ():
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    section = nodes.rubric(text=f"vndiplo {name}")
                    out += [section, _help_block(sub, f"vndiplo {name} --help")]
        return out


def _help_block(parser: argparse.ArgumentParser, command: str) -> nodes.literal_block:
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "88"  # the same width wherever the docs are built
    try:
        text = f"$ {command}\n{parser.format_help().rstrip()}"
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved
    block = nodes.literal_block(text, text)
    block["language"] = "text"
    return block


class OptionalTocTree(TocTree):
    """A toctree that leaves out the entries whose pages do not exist (yet).

    Pages that other parts of the project add later (performance, reliability) are listed
    here before they exist, without a warning that would fail the ``-W`` build.
    """

    def run(self) -> list[nodes.Node]:
        found = self.env.found_docs
        content: Any = self.content
        for i in reversed(range(len(content))):
            entry = content[i].strip()
            if entry and entry not in found:
                del content[i]
        return super().run()


def setup(app: Any) -> dict[str, Any]:
    app.add_directive("vocabulary", Vocabulary)
    app.add_directive("optional-toctree", OptionalTocTree)
    app.add_directive("cli-help", CliHelp)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
