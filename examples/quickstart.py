"""Quickstart: a first look at the bundled corpus of Vietnam's diplomatic conferences.

Run it with ``python examples/quickstart.py``; it needs nothing beyond vndiplo itself.
"""

from __future__ import annotations

import datetime

import vndiplo


def main() -> None:
    corpus = vndiplo.load()
    print(f"The bundled corpus: {corpus!r}\n")

    # A conference, asked for the way a person writes it.
    conference = vndiplo.conference("thirty-first")
    print(conference)
    print(f"  held with {', '.join(conference.held_with)}; implements {conference.implements}")

    # Its themes, most evidenced first, each with the sentence that shows it.
    print("\nThemes, most evidenced first:")
    for theme in vndiplo.themes_for(conference)[:5]:
        sentence = corpus.text_of(vndiplo.evidence(conference, theme)[0])
        print(f"  {theme.label}: “{sentence[:70]}…”")

    # An official, by a name with or without diacritics, and the titles held on a day.
    minh = vndiplo.official("Phạm Bình Minh")
    titles = vndiplo.title_of(minh, on=datetime.date(2016, 8, 22))
    print(f"\n{minh}: {', '.join(t.label for t in titles)} on 22 August 2016")

    # What the official is quoted as saying, with the place in the source.
    for quote in vndiplo.quotes_by(minh, conference=29)[:3]:
        document = corpus.document(quote.document)
        assert document.text[quote.start : quote.end] == quote.text  # the evidence holds
        print(f"  [{document.publisher}, characters {quote.start}-{quote.end}] {quote.text}")

    # The sources behind a register fact.
    print(f"\nSources for the {conference.name}:")
    for citation in corpus.sources_of(conference)[:3]:
        print(f"  {citation}")

    # A first extracted article: the same kinds of facts, found in raw text.
    article = (
        "Prime Minister Pham Minh Chinh opened the 32nd Diplomatic Conference in Hanoi on "
        'December 19, 2023. "Diplomacy must lead the way," Chinh said.'
    )
    found = vndiplo.extract(article)
    print("\nExtracted from a two-sentence article:")
    for event in found.conferences:
        print(f"  conference: {vndiplo.conference_id(event.series, event.ordinal)}, {event.start}")
    for said in found.quotes:
        print(f"  {said.kind.value} quote by {said.speaker}: “{article[said.start : said.end]}”")


if __name__ == "__main__":
    main()
