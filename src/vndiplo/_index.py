"""Indexes over a corpus, and the resolution of what people type into records.

An index is built once per corpus, on its first lookup, so that lookups are dictionary
reads rather than scans.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, NoReturn

from vndiplo._records import (
    Appearance,
    Conference,
    Document,
    Mention,
    Official,
    Quote,
    ThemeTag,
)
from vndiplo._text import fold, parse_ordinal
from vndiplo._vocab import Series, Theme

if TYPE_CHECKING:
    from vndiplo._corpus import Corpus

# Folded words that name a series when typed after an ordinal ("31st Diplomatic Conference").
_SERIES_WORDS: tuple[tuple[str, Series], ...] = (
    ("external affairs", Series.EXTERNAL_AFFAIRS),
    ("external relations", Series.EXTERNAL_AFFAIRS),
    ("local diplomacy", Series.EXTERNAL_AFFAIRS),
    ("ngoai vu", Series.EXTERNAL_AFFAIRS),
    ("foreign affairs", Series.FOREIGN_AFFAIRS),
    ("doi ngoai", Series.FOREIGN_AFFAIRS),
    ("congress", Series.PARTY_CONGRESS),
    ("dai hoi", Series.PARTY_CONGRESS),
    ("diplomatic", Series.DIPLOMATIC),
    ("ngoai giao", Series.DIPLOMATIC),
)
_LEADING_ORDINAL = re.compile(r"(?:the\s+)?(\S+(?:[ -](?:first|second|third|fourth|fifth|"
                              r"sixth|seventh|eighth|ninth))?)\s*(.*)", re.IGNORECASE)  # fmt: skip
_THEME_ORDER = {theme: i for i, theme in enumerate(Theme)}
_LOCAL_ORDINALS = range(16, 22)  # the localities' conferences that coverage misnames


class Index:
    """Dictionaries over one corpus; see :class:`vndiplo.Corpus` for the lookups."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.documents: dict[str, Document] = {d.id: d for d in corpus.documents}
        self.citations = {c.id: c for c in corpus.citations}
        self.conferences: dict[str, Conference] = {c.id: c for c in corpus.conferences}
        self.officials: dict[str, Official] = {o.id: o for o in corpus.officials}
        self.by_ordinal: dict[int, list[Conference]] = defaultdict(list)
        for conf in corpus.conferences:
            self.by_ordinal[conf.ordinal].append(conf)
        self.names: dict[str, list[Official]] = defaultdict(list)
        for official in corpus.officials:
            # The full name, and every tail of it that ends with the given name.
            words = fold(official.name).split()
            shortest = len(words) - len(official.given.split())
            for i in range(max(shortest, 0) + 1):
                self.names[" ".join(words[i:])].append(official)
        for official in corpus.officials:
            if official.name_vi:  # a spelling that folds to something else of its own
                self.names.setdefault(fold(official.name_vi), [official])
        self.mentions: dict[str, list[Mention]] = defaultdict(list)
        for mention in corpus.mentions:
            self.mentions[mention.conference].append(mention)
        self.appearances: dict[str, list[Appearance]] = defaultdict(list)
        for appearance in corpus.appearances:
            self.appearances[appearance.document].append(appearance)
        self.tags: dict[str, list[ThemeTag]] = defaultdict(list)
        for tag in corpus.theme_tags:
            self.tags[tag.document].append(tag)
        self.quotes: dict[str, list[Quote]] = defaultdict(list)
        for quote in sorted(corpus.quotes, key=self._quote_order):
            self.quotes[quote.speaker].append(quote)
        self._memo: dict[tuple[str, object], object] = {}

    # -- ordering ---------------------------------------------------------------

    def date_of(self, quote: Quote) -> dt.date | None:
        """A quote's date: its document's publication, else its conference's close."""
        document = self.documents.get(quote.document)
        if document is not None and document.published is not None:
            return document.published
        conference = self.conferences.get(quote.conference or "")
        if conference is not None and conference.end is not None:
            return conference.end.latest()
        return None

    def _quote_order(self, quote: Quote) -> tuple[dt.date, str, int]:
        return (self.date_of(quote) or dt.date.max, quote.document, quote.start)

    # -- resolution ---------------------------------------------------------------

    def conference(self, ref: Conference | str | int) -> Conference:
        """Resolve *ref* to a conference or raise :class:`LookupError`."""
        if isinstance(ref, Conference):
            return self.conferences.get(ref.id) or _missing("conference", ref.id, [])
        if isinstance(ref, bool) or not isinstance(ref, int | str):
            raise TypeError(f"a conference is given by number, name or id, not {ref!r}")
        key = ("conference", ref)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._resolve_conference(ref)
        assert isinstance(found, Conference)
        return found

    def _resolve_conference(self, ref: str | int) -> Conference:
        if isinstance(ref, str) and ref in self.conferences:
            return self.conferences[ref]
        number, series = _parse_conference(ref)
        if number is None:
            return _missing("conference", ref, [c.name for c in self.corpus.conferences])
        candidates = self.by_ordinal.get(number, [])
        if series is not None:
            picked = [c for c in candidates if c.series is series]
            if not picked and series is Series.FOREIGN_AFFAIRS and number in _LOCAL_ORDINALS:
                # "the 20th national conference on foreign affairs" is the localities' one.
                picked = [c for c in candidates if c.series is Series.EXTERNAL_AFFAIRS]
            candidates = picked
        elif len(candidates) > 1:
            # A bare number means the Diplomatic Conference, the series the corpus is about.
            diplomatic = [c for c in candidates if c.series is Series.DIPLOMATIC]
            candidates = diplomatic or candidates
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            names = ", ".join(c.name for c in candidates)
            raise LookupError(f"conference {ref!r} is ambiguous: {names}")
        near = [c.name for c in self.corpus.conferences if series in (None, c.series)]
        return _missing("conference", ref, near)

    def official(self, ref: Official | str) -> Official:
        """Resolve *ref* to an official or raise :class:`LookupError`."""
        if isinstance(ref, Official):
            return self.officials.get(ref.id) or _missing("official", ref.name, [])
        if not isinstance(ref, str):
            raise TypeError(f"an official is given by name or id, not {ref!r}")
        key = ("official", ref)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._resolve_official(ref)
        assert isinstance(found, Official)
        return found

    def _resolve_official(self, ref: str) -> Official:
        if ref in self.officials:
            return self.officials[ref]
        folded = fold(ref.replace("-", " "))
        candidates = self.names.get(folded, [])
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            names = ", ".join(o.name for o in candidates)
            raise LookupError(f"official {ref!r} is ambiguous: {names}")
        return _missing("official", ref, [o.name for o in self.corpus.officials], folded)

    def theme(self, ref: Theme | str) -> Theme:
        """Resolve a theme id or label."""
        if isinstance(ref, Theme):
            return ref
        folded = fold(str(ref)).replace(" ", "-")
        for theme in Theme:
            if folded in (theme.value, fold(theme.label).replace(" ", "-")):
                return theme
        return _missing("theme", ref, [t.value for t in Theme])

    # -- derived facts -----------------------------------------------------------

    def subject_documents(self, conference: Conference) -> list[Document]:
        """The documents whose subject is *conference*."""
        seen = dict.fromkeys(m.document for m in self.mentions[conference.id] if m.subject)
        return [self.documents[d] for d in seen if d in self.documents]

    def themes_ranked(self, conference: Conference) -> tuple[Theme, ...]:
        """The themes of *conference*, most evidenced first, ties in vocabulary order."""
        key = ("ranked", conference.id)
        ranked = self._memo.get(key)
        if ranked is None:
            counts = self.theme_counts(conference)
            ranked = tuple(sorted(counts, key=lambda t: (-counts[t], _THEME_ORDER[t])))
            self._memo[key] = ranked
        assert isinstance(ranked, tuple)
        return ranked

    def theme_counts(self, conference: Conference) -> Counter[Theme]:
        """How many pieces of evidence each theme has in the documents about *conference*."""
        key = ("themes", conference.id)
        counts = self._memo.get(key)
        if counts is None:
            counts = Counter(
                tag.theme
                for document in self.subject_documents(conference)
                for tag in self.tags[document.id]
            )
            self._memo[key] = counts
        assert isinstance(counts, Counter)
        return counts


def _parse_conference(ref: str | int) -> tuple[int | None, Series | None]:
    if isinstance(ref, int):
        return ref, None
    text = " ".join(ref.split())
    match = _LEADING_ORDINAL.fullmatch(text)
    if not match:
        return None, None
    number = parse_ordinal(match.group(1))
    rest = fold(match.group(2))
    if number is None:
        # "diplomatic 31", "party-congress-13", "XIII Congress" forms.
        tail = re.fullmatch(r"(.*?)[\s-]*(\d+)", text)
        if not tail:
            return None, None
        number, rest = int(tail.group(2)), fold(tail.group(1).replace("-", " "))
    if not rest:
        return number, None
    for words, series in _SERIES_WORDS:
        if words in rest:
            return number, series
    return None, None


def _missing(kind: str, ref: object, names: Iterable[str], folded: str | None = None) -> NoReturn:
    by_fold = {fold(n): n for n in names}
    wanted = folded or fold(str(ref))
    # Names that hold the typed word (a family name, say) first, then similar spellings.
    holding = [f for f in by_fold if wanted and wanted in f.split()]
    if not holding:
        import difflib  # only for this message: it costs a millisecond at import

        holding = difflib.get_close_matches(wanted, list(by_fold), n=3, cutoff=0.5)
    close = holding[:5]
    hint = f"; closest: {', '.join(by_fold[c] for c in close)}" if close else ""
    raise LookupError(f"no {kind} matches {ref!r}{hint}")
