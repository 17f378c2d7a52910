"""Checks that structuring cannot make: ids, references, offsets and date ranges."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter
from typing import TypeVar

from vndiplo._corpus import Corpus
from vndiplo._dates import PartialDate
from vndiplo._errors import CorpusError, Problem
from vndiplo._records import Conference, Document, Official
from vndiplo._vocab import Series

__all__ = ["check"]

R = TypeVar("R")


class _Ids:
    """The ids the merged corpus defines, for reference checks."""

    def __init__(self, corpus: Corpus) -> None:
        self.citations = {c.id for c in corpus.citations}
        self.documents: dict[str, Document] = {d.id: d for d in corpus.documents}
        self.conferences: dict[str, Conference] = {c.id: c for c in corpus.conferences}
        self.officials: dict[str, Official] = {o.id: o for o in corpus.officials}


def check(parts: Sequence[tuple[str, Corpus]], merged: Corpus) -> None:
    """Check each labelled part against the merged corpus.

    :raises CorpusError: listing every problem, each with its file and JSON path.
    """
    ids = _Ids(merged)
    if all(_clean(part, ids) for _, part in parts):
        return
    problems = [p for label, part in parts for p in _problems(label, part, ids)]
    if problems:
        raise CorpusError(problems)


def _clean(part: Corpus, ids: _Ids) -> bool:
    """Whether :func:`_problems` would find nothing in *part*, answered in tight loops.

    Valid input is the common case, and large: this pass checks the same conditions as
    :func:`_problems` without building a problem (or a generator) per record, and only
    when it answers no does the slower pass run to find and name every problem.
    """
    citations, documents = ids.citations, ids.documents
    conferences, officials = ids.conferences, ids.officials
    by_id, by_mention, by_appearance = (
        attrgetter("id"),
        attrgetter("document", "conference"),
        attrgetter("document", "official"),
    )
    keyed: tuple[tuple[Sequence[object], Callable[[object], object]], ...] = (
        (part.citations, by_id),
        (part.documents, by_id),
        (part.conferences, by_id),
        (part.officials, by_id),
        (part.mentions, by_mention),
        (part.appearances, by_appearance),
    )
    for records, key in keyed:
        if len(set(map(key, records))) != len(records):
            return False
    if len(set(part.quotes)) != len(part.quotes):
        return False
    if len(set(part.theme_tags)) != len(part.theme_tags):
        return False

    def dated(start: PartialDate | None, end: PartialDate | None) -> bool:
        return start is None or end is None or end.latest() >= start.earliest()

    for document in part.documents:
        cited = document.citation
        if not document.id.strip() or (cited is not None and cited not in citations):
            return False
    for conf in part.conferences:
        if conf.ordinal < 1 or not dated(conf.start, conf.end):
            return False
        if not all(other in conferences for other in conf.held_with):
            return False
        if conf.implements is not None:
            target = conferences.get(conf.implements)
            if target is None or target.series is not Series.PARTY_CONGRESS:
                return False
        for speaker in conf.speakers:
            if speaker.official not in officials or not citations.issuperset(speaker.citations):
                return False
        if not citations.issuperset(conf.citations):
            return False
    for person in part.officials:
        if len(person.name.split()) < 2 or not dated(person.born, person.died):
            return False
        if not citations.issuperset(person.citations):
            return False
        for position in person.positions:
            if not dated(position.start, position.end):
                return False
            if not citations.issuperset(position.citations):
                return False
    # A span lies inside its document when 0 <= start < end <= the text's length; a
    # quote's span holds when its text is non-empty, starts at a non-negative offset,
    # is end - start long and is what the document has there (which puts end inside).
    lengths = {key: len(doc.text) for key, doc in documents.items()}
    texts = {key: doc.text for key, doc in documents.items()}
    for mention in part.mentions:
        if not 0 <= mention.start < mention.end <= lengths.get(mention.document, -1):
            return False
        if mention.conference not in conferences:
            return False
        if mention.opens and mention.closes and mention.closes < mention.opens:
            return False
    for appearance in part.appearances:
        if not 0 <= appearance.start < appearance.end <= lengths.get(appearance.document, -1):
            return False
        if appearance.official not in officials:
            return False
    for quote in part.quotes:
        start, said = quote.start, quote.text
        if (
            start < 0
            or not said
            or len(said) != quote.end - start
            or not texts.get(quote.document, "").startswith(said, start)
        ):
            return False
        if quote.speaker not in officials:
            return False
        if quote.conference is not None and quote.conference not in conferences:
            return False
    for tag in part.theme_tags:  # noqa: SIM110 (a loop: all() over a generator is slower)
        if not 0 <= tag.start < tag.end <= lengths.get(tag.document, -1):
            return False
    return True


def _duplicates(
    file: str, key: str, records: Sequence[R], id_of: Callable[[R], object]
) -> Iterator[Problem]:
    seen: dict[object, int] = {}
    for i, record in enumerate(records):
        ident = id_of(record)
        if ident in seen:
            yield Problem(
                file, f"{key}[{i}]", f"duplicate id {ident!r} (first at {key}[{seen[ident]}])"
            )
        else:
            seen[ident] = i


def _range(
    file: str, path: str, start: PartialDate | None, end: PartialDate | None
) -> Iterator[Problem]:
    if start is not None and end is not None and end.latest() < start.earliest():
        yield Problem(file, path, f"ends ({end}) before it starts ({start})")


def _problems(file: str, part: Corpus, ids: _Ids) -> Iterator[Problem]:
    def cites(path: str, citations: tuple[str, ...]) -> Iterator[Problem]:
        for j, cited in enumerate(citations):
            if cited not in ids.citations:
                yield Problem(file, f"{path}[{j}]", f"unknown citation {cited!r}")

    def official(path: str, ref: str) -> Iterator[Problem]:
        if ref not in ids.officials:
            yield Problem(file, path, f"unknown official {ref!r}")

    def conference(path: str, ref: str | None) -> Iterator[Problem]:
        if ref is not None and ref not in ids.conferences:
            yield Problem(file, path, f"unknown conference {ref!r}")

    def span(path: str, document: str, start: int, end: int, empty_ok: bool) -> Iterator[Problem]:
        doc = ids.documents.get(document)
        if doc is None:
            yield Problem(file, f"{path}.document", f"unknown document {document!r}")
            return
        if start < 0:
            yield Problem(file, f"{path}.start", f"offset {start} is negative")
        elif end > len(doc.text):
            yield Problem(
                file,
                f"{path}.end",
                f"offset {end} is past the end of document {document!r} "
                f"({len(doc.text)} characters)",
            )
        elif end < start or (end == start and not empty_ok):
            yield Problem(file, f"{path}.end", f"end {end} is not after start {start}")

    yield from _duplicates(file, "citations", part.citations, lambda r: r.id)
    yield from _duplicates(file, "documents", part.documents, lambda r: r.id)
    yield from _duplicates(file, "conferences", part.conferences, lambda r: r.id)
    yield from _duplicates(file, "officials", part.officials, lambda r: r.id)
    yield from _duplicates(file, "quotes", part.quotes, lambda r: r)
    yield from _duplicates(file, "mentions", part.mentions, lambda r: (r.document, r.conference))
    yield from _duplicates(
        file, "appearances", part.appearances, lambda r: (r.document, r.official)
    )
    yield from _duplicates(file, "theme_tags", part.theme_tags, lambda r: r)

    for i, doc in enumerate(part.documents):
        if not doc.id.strip():
            yield Problem(file, f"documents[{i}].id", "empty id")
        if doc.citation is not None and doc.citation not in ids.citations:
            yield Problem(file, f"documents[{i}].citation", f"unknown citation {doc.citation!r}")

    for i, conf in enumerate(part.conferences):
        path = f"conferences[{i}]"
        if conf.ordinal < 1:
            yield Problem(file, f"{path}.ordinal", f"ordinal {conf.ordinal} is not positive")
        yield from _range(file, f"{path}.end", conf.start, conf.end)
        for j, other in enumerate(conf.held_with):
            yield from conference(f"{path}.held_with[{j}]", other)
        if conf.implements is not None:
            target = ids.conferences.get(conf.implements)
            if target is None:
                yield Problem(file, f"{path}.implements", f"unknown conference {conf.implements!r}")
            elif target.series is not Series.PARTY_CONGRESS:
                yield Problem(
                    file, f"{path}.implements", f"{conf.implements!r} is not a Party Congress"
                )
        for j, speaker in enumerate(conf.speakers):
            yield from official(f"{path}.speakers[{j}].official", speaker.official)
            yield from cites(f"{path}.speakers[{j}].citations", speaker.citations)
        yield from cites(f"{path}.citations", conf.citations)

    for i, person in enumerate(part.officials):
        path = f"officials[{i}]"
        if len(person.name.split()) < 2:
            yield Problem(
                file,
                f"{path}.name",
                f"{person.name!r} is not a full name (family name first, given name last)",
            )
        yield from _range(file, f"{path}.died", person.born, person.died)
        yield from cites(f"{path}.citations", person.citations)
        for j, position in enumerate(person.positions):
            yield from _range(file, f"{path}.positions[{j}].end", position.start, position.end)
            yield from cites(f"{path}.positions[{j}].citations", position.citations)

    for i, mention in enumerate(part.mentions):
        path = f"mentions[{i}]"
        yield from span(path, mention.document, mention.start, mention.end, empty_ok=False)
        yield from conference(f"{path}.conference", mention.conference)
        if mention.opens and mention.closes and mention.closes < mention.opens:
            yield Problem(
                file,
                f"{path}.closes",
                f"closes ({mention.closes}) before it opens ({mention.opens})",
            )

    for i, appearance in enumerate(part.appearances):
        path = f"appearances[{i}]"
        yield from span(path, appearance.document, appearance.start, appearance.end, empty_ok=False)
        yield from official(f"{path}.official", appearance.official)

    for i, quote in enumerate(part.quotes):
        path = f"quotes[{i}]"
        problems = list(span(path, quote.document, quote.start, quote.end, empty_ok=False))
        yield from problems
        if not problems:
            actual = ids.documents[quote.document].text[quote.start : quote.end]
            if actual != quote.text:
                yield Problem(
                    file,
                    f"{path}.text",
                    f"differs from the document's text at {quote.start}-{quote.end} "
                    f"({_clip(actual)!r} there, {_clip(quote.text)!r} here)",
                )
        yield from official(f"{path}.speaker", quote.speaker)
        yield from conference(f"{path}.conference", quote.conference)

    for i, tag in enumerate(part.theme_tags):
        yield from span(f"theme_tags[{i}]", tag.document, tag.start, tag.end, empty_ok=False)


def _clip(text: str, size: int = 40) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"
