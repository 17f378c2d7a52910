"""Growing a corpus: extract a folder of articles into linked, checked records."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import frozen

from vndiplo._corpus import Corpus
from vndiplo._errors import Problem
from vndiplo._records import (
    Appearance,
    Citation,
    Conference,
    Document,
    Mention,
    Official,
    Quote,
    ThemeTag,
    conference_id,
    official_id,
)

if TYPE_CHECKING:
    from vndiplo._extract import Extraction

__all__ = ["Ingestion", "ingest", "link"]

#: Folders with at least this many articles are extracted on every core.
PARALLEL_FROM = 64

Progress = Callable[[int, int, str], None]


@frozen
class Ingestion:
    """What :func:`ingest` made of a folder: the corpus, and the files it had to skip.

    :param corpus: the articles as documents, with their mentions, appearances, quotes
        and theme tags, and the register records they refer to.
    :param skipped: one problem for each file that could not be read.

    >>> import pathlib, tempfile, vndiplo
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Deputy Foreign Minister Nguyen Quoc Dung said "
    ...                                   "the sector would modernise.", encoding="utf-8")
    >>> result = vndiplo.ingest(folder)
    >>> result.skipped, [q.text for q in result.corpus.quotes]
    ((), ['the sector would modernise'])
    """

    corpus: Corpus
    skipped: tuple[Problem, ...] = ()


def _articles(folder: Path) -> list[Path]:
    root = folder.resolve()
    found = []
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            path = Path(dirpath) / name
            if path.suffix.lower() == ".txt" and path.resolve().is_relative_to(root):
                found.append(path)
    return sorted(found)


def _read_and_extract(path: Path) -> tuple[str, Extraction] | str:
    """Extract one article; return its text and extraction, or why it could not be read."""
    from vndiplo._extract import extract

    try:
        text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        return f"not valid UTF-8 (byte {exc.start})"
    except OSError as exc:
        return f"cannot be read: {exc.strerror or exc}"
    return text, extract(text)


def _extract_all(
    paths: list[Path], jobs: int | None, progress: Progress | None
) -> Iterator[tuple[Path, tuple[str, Extraction] | str]]:
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if workers > 1 and len(paths) >= PARALLEL_FROM:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            chunk = max(1, len(paths) // (workers * 8))
            results: Iterable[tuple[str, Extraction] | str] = pool.map(
                _read_and_extract, paths, chunksize=chunk
            )
            for n, (path, result) in enumerate(zip(paths, results, strict=True), 1):
                if progress:
                    progress(n, len(paths), str(path))
                yield path, result
        return
    for n, path in enumerate(paths, 1):
        result = _read_and_extract(path)
        if progress:
            progress(n, len(paths), str(path))
        yield path, result


def link(document: Document, extraction: Extraction, register: Corpus) -> Corpus:
    """Turn one article's extraction into records linked to *register*.

    Officials and conferences the register knows are referred to by their ids; others
    become new records.  Quotes are tied to the first conference the article is about,
    or, when it is about none, to the only conference it names (congresses aside).  The
    result holds the register records it refers to, with the citations they need, so
    that it loads on its own.

    :param document: the article as a document.
    :param extraction: what :func:`vndiplo.extract` found in its text.
    :param register: the corpus to link to, such as :func:`vndiplo.load`.
    :returns: a corpus for this one article.

    >>> import vndiplo
    >>> text = "Prime Minister Pham Minh Chinh said the 31st Diplomatic Conference mattered."
    >>> doc = vndiplo.Document(id="note", text=text)
    >>> part = vndiplo.link(doc, vndiplo.extract(text), vndiplo.load())
    >>> [a.official for a in part.appearances], [m.conference for m in part.mentions]
    (['pham-minh-chinh'], ['diplomatic-31'])
    """
    known_officials = {o.id: o for o in register.officials}
    known_conferences = {c.id: c for c in register.conferences}
    officials: dict[str, Official] = {}
    conferences: dict[str, Conference] = {}

    def official(name: str) -> str:
        ident = official_id(name)
        if ident not in officials:
            officials[ident] = known_officials.get(ident) or Official(
                name=name, notes=f"Named in document {document.id!r}; not in the register."
            )
        return ident

    mentions = []
    subject: str | None = None
    for found in extraction.conferences:
        ident = conference_id(found.series, found.ordinal)
        conferences[ident] = known_conferences.get(ident) or Conference(
            series=found.series,
            ordinal=found.ordinal,
            notes=f"Named in document {document.id!r}; not in the register. "
            "What the document says of its dates and place is kept in its mention.",
        )
        if found.subject and subject is None:
            subject = ident
        mentions.append(
            Mention(
                document=document.id,
                conference=ident,
                subject=found.subject,
                start=found.mention_start,
                end=found.mention_end,
                opens=found.start,
                closes=found.end,
                location=found.location,
            )
        )
    if subject is None:
        # An article that names just one conference (congresses aside) is about it.
        named = {m.conference for m in mentions if not m.conference.startswith("party-congress")}
        subject = named.pop() if len(named) == 1 else None
    appearances = [
        Appearance(
            document=document.id,
            official=official(o.name),
            start=o.mention_start,
            end=o.mention_end,
            titles=o.titles,
        )
        for o in extraction.officials
    ]
    quotes = [
        Quote(
            speaker=official(q.speaker),
            document=document.id,
            kind=q.kind,
            start=q.start,
            end=q.end,
            text=q.text,
            conference=subject,
        )
        for q in extraction.quotes
    ]
    tags = [
        ThemeTag(document=document.id, theme=e.theme, start=e.start, end=e.end)
        for e in extraction.evidence
    ]
    records = _closure(register, officials, conferences)
    return Corpus(
        citations=records.citations,
        documents=(document,),
        conferences=records.conferences,
        officials=records.officials,
        mentions=tuple(mentions),
        appearances=tuple(appearances),
        quotes=tuple(quotes),
        theme_tags=tuple(tags),
    )


def _closure(
    register: Corpus, officials: dict[str, Official], conferences: dict[str, Conference]
) -> Corpus:
    """The given records plus every register record and citation they refer to."""
    known_officials = {o.id: o for o in register.officials}
    known_conferences = {c.id: c for c in register.conferences}
    pending = list(conferences.values())
    while pending:
        conference = pending.pop()
        linked = [
            *conference.held_with,
            *([conference.implements] if conference.implements else []),
        ]
        for ident in linked:
            if ident not in conferences and ident in known_conferences:
                conferences[ident] = known_conferences[ident]
                pending.append(known_conferences[ident])
        for speaker in conference.speakers:
            if speaker.official in known_officials:
                officials.setdefault(speaker.official, known_officials[speaker.official])
    cited: dict[str, None] = {}
    for c in conferences.values():
        cited.update(dict.fromkeys(c.citations))
        for s in c.speakers:
            cited.update(dict.fromkeys(s.citations))
    for o in officials.values():
        cited.update(dict.fromkeys(o.citations))
        for p in o.positions:
            cited.update(dict.fromkeys(p.citations))
    citations: tuple[Citation, ...] = tuple(c for c in register.citations if c.id in cited)
    order = {c.id: i for i, c in enumerate(register.conferences)}
    return Corpus(
        citations=citations,
        conferences=tuple(sorted(conferences.values(), key=lambda c: order.get(c.id, len(order)))),
        officials=tuple(officials.values()),
    )


def ingest(
    folder: str | os.PathLike[str],
    *,
    register: Corpus | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> Ingestion:
    """Extract every ``*.txt`` article below *folder* into one corpus.

    Each article becomes a :class:`Document` (its id is its path below the folder,
    without ``.txt``) with the mentions, appearances, quotes and theme tags the extractor
    finds, linked to the register's officials and conferences where the names and
    numbers match.  Large folders are extracted on every core.  A file that cannot be
    read is reported in :attr:`Ingestion.skipped`, and the rest go on.

    :param folder: a folder of UTF-8 text files.
    :param register: what to link to; the bundled corpus by default.
    :param jobs: how many processes to use (default: one per core).
    :param progress: called as ``progress(done, total, path)`` after each file.
    :returns: the corpus and the skipped files.
    :raises NotADirectoryError: when *folder* is not a folder.

    >>> import pathlib, tempfile, vndiplo
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "bad.txt").write_bytes(b"\\xff")
    >>> [p.message for p in vndiplo.ingest(folder).skipped]
    ['not valid UTF-8 (byte 0)']
    """
    root = Path(folder)
    if not root.is_dir():
        raise NotADirectoryError(f"{root}: not a folder")
    if register is None:
        from vndiplo._default import load

        register = load()
    from vndiplo._corpus import merge

    parts: list[tuple[str, Corpus]] = []
    skipped: list[Problem] = []
    for path, result in _extract_all(_articles(root), jobs, progress):
        if isinstance(result, str):
            skipped.append(Problem(str(path), "", result))
            continue
        text, extraction = result
        document = Document(
            id=path.relative_to(root).with_suffix("").as_posix(),
            text=text,
            published=extraction.published,
        )
        parts.append((str(path), link(document, extraction, register)))
    corpus = merge(parts) if parts else Corpus()
    return Ingestion(corpus=corpus, skipped=tuple(skipped))
