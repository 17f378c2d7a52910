"""Draw the themes of each conference as a heatmap: one row per theme, one column per
conference, each cell the number of sentences that tie the theme to the conference.

Usage: ``python examples/themes_heatmap.py themes.png``.  Needs matplotlib, which the
``plot`` extra installs: ``python -m pip install -e ".[plot]"``.  The documentation
draws its figure with this script when it is built (docs/conf.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import vndiplo


def theme_matrix(corpus: vndiplo.Corpus) -> tuple[list[vndiplo.Conference], list[list[int]]]:
    """The conferences that have themes, and for each theme (in vocabulary order) the
    number of evidence sentences at each of those conferences."""
    conferences = [c for c in corpus.conferences_where() if corpus.themes_for(c)]
    counts = [[len(corpus.evidence(c, theme)) for c in conferences] for theme in vndiplo.Theme]
    return conferences, counts


SHORT_NAMES = {
    vndiplo.Series.DIPLOMATIC: "Diplomatic",
    vndiplo.Series.EXTERNAL_AFFAIRS: "External Affairs",
    vndiplo.Series.FOREIGN_AFFAIRS: "Foreign Affairs",
    vndiplo.Series.PARTY_CONGRESS: "Party Congress",
}


def column_label(conference: vndiplo.Conference) -> str:
    """A short label in three lines: ordinal, series, year."""
    year = conference.start.year if conference.start else "?"
    return f"{vndiplo.ordinal(conference.ordinal)}\n{SHORT_NAMES[conference.series]}\n{year}"


def draw(corpus: vndiplo.Corpus, out: Path) -> Path:
    """Draw the heatmap of *corpus* into *out* (any format matplotlib writes)."""
    import matplotlib

    matplotlib.use("Agg")  # no display needed
    import matplotlib.pyplot as plt

    conferences, counts = theme_matrix(corpus)
    themes = list(vndiplo.Theme)
    figure, axes = plt.subplots(figsize=(3.4 + 1.2 * len(conferences), 0.42 * len(themes) + 1.6))
    image = axes.imshow(counts, cmap="YlGnBu", aspect="auto", vmin=0)
    axes.set_xticks(range(len(conferences)))
    axes.set_xticklabels([column_label(c) for c in conferences], fontsize=8)
    axes.set_yticks(range(len(themes)))
    axes.set_yticklabels([t.label for t in themes], fontsize=8)
    for row, values in enumerate(counts):
        for column, value in enumerate(values):
            if value:
                colour = "white" if value >= 2 else "black"
                axes.text(column, row, str(value), ha="center", va="center", color=colour)
    most = max(max(values) for values in counts)
    figure.colorbar(image, ax=axes, label="evidence sentences", shrink=0.6, ticks=range(most + 1))
    axes.set_title("Themes across conferences, in the bundled corpus", fontsize=10)
    figure.tight_layout()
    figure.savefig(out, dpi=110, metadata={"Software": None})
    plt.close(figure)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Draw themes across conferences.")
    parser.add_argument("out", type=Path, nargs="?", default=Path("themes-heatmap.png"))
    parser.add_argument("--corpus", help="a corpus file or folder to read beside the bundled one")
    args = parser.parse_args(argv)

    corpus = vndiplo.load()
    if args.corpus:
        corpus = vndiplo.load_path(args.corpus, base=corpus)
    print(f"wrote {draw(corpus, args.out)}")


if __name__ == "__main__":
    main()
