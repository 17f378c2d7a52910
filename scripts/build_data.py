"""Build the bundled corpus (src/vndiplo/data/*.json) from the reviewed sources in data-src/.

    python scripts/build_data.py          # rewrite the bundled files
    python scripts/build_data.py --check  # exit 1 when the bundled files are stale

Inputs, all in data-src/ (copies of the project's reviewed material, so that the build
never reads outside the repository):

- register.json: the sourced fact register (conferences, Party Congresses, officials,
  sources, seed metadata);
- seed-000.json, seed-001.json: the reviewed annotations of the two seed articles, in the
  shape of the extraction contract;
- seed-evidence.json: phrases locating each conference mention and each theme's evidence.

The seed texts themselves are src/vndiplo/data/seeds/*.txt, shipped as they were given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from vndiplo import (
    Appearance,
    Citation,
    Conference,
    Corpus,
    Document,
    Mention,
    Official,
    PartialDate,
    Position,
    Quote,
    QuoteKind,
    Series,
    Speaker,
    Theme,
    ThemeTag,
    Title,
    conference_id,
    dumps,
    official_id,
)

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data-src"
DATA = ROOT / "src" / "vndiplo" / "data"

Json = dict[str, Any]


def _date(text: str | None) -> PartialDate | None:
    return PartialDate.parse(text) if text else None


def _day(text: str | None) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(text) if text else None


def _join(*notes: str | None) -> str | None:
    parts = [n.strip() for n in notes if n and n.strip()]
    return " ".join(parts) or None


def build_register(register: Json) -> Corpus:
    """The register's sources, conferences, congresses and officials as records."""
    citations = [
        Citation(
            id=s["id"],
            url=s["url"],
            publisher=s["publisher"],
            published=_date(s["published"]),
            title=s["title"],
            language=s["language"],
            reliability=s["reliability"],
            note=s["note"],
        )
        for s in register["sources"]
    ]
    officials = {
        o["name"]: Official(
            name=o["name"],
            name_vi=o["name_vi"],
            born=_date(o["born"]),
            died=_date(o["died"]),
            positions=tuple(
                Position(
                    title=Title(p["title"]) if p["title"] else None,
                    label=p["label"],
                    start=_date(p["start"]),
                    end=_date(p["end"]),
                    attested=tuple(PartialDate.parse(d) for d in p.get("attested", [])),
                    citations=tuple(p["sources"]),
                    notes=p.get("notes"),
                )
                for p in o["positions"]
            ),
            citations=tuple(dict.fromkeys(o["name_vi_sources"] + o["note_sources"])),
            notes=o.get("notes"),
        )
        for o in register["officials"]
    }
    conferences = []
    for c in register["conferences"]:
        speakers = []
        for s in c["speakers"]:
            if s["name"] not in officials:
                # Known to the register only as a speaker: keep the person, cite the source.
                officials[s["name"]] = Official(
                    name=s["name"],
                    name_vi=s["name_vi"],
                    called=s["name"] if s["name"] == "Ho Chi Minh" else None,
                    citations=tuple(s["sources"]),
                    notes="Known to the register only as a speaker at the "
                    f"{Conference(Series(c['series']), c['ordinal']).name}.",
                )
            speakers.append(
                Speaker(
                    official=official_id(s["name"]),
                    titles=tuple(Title(t) for t in s["titles"]),
                    role=s["role"],
                    citations=tuple(s["sources"]),
                    note=s.get("note"),
                )
            )
        implements = c["implements_party_congress"]
        conferences.append(
            Conference(
                series=Series(c["series"]),
                ordinal=c["ordinal"],
                start=_date(c["start"]),
                end=_date(c["end"]),
                location=c["location"],
                venue=c["venue"],
                format=c["format"],
                motto=c["motto"],
                motto_vi=c["motto_vi"],
                held_with=tuple(conference_id(s, n) for s, n in c["held_with"]),
                implements=conference_id(Series.PARTY_CONGRESS, implements) if implements else None,
                speakers=tuple(speakers),
                citations=tuple(c["sources"]),
                uncertain=tuple(c["uncertain"]),
                notes=c["notes"],
            )
        )
    for p in register["party_congresses"]:
        facts = [
            f"Preparatory session on {p['preparatory_session']}."
            if p["preparatory_session"]
            else None,
            f"{p['delegates']} delegates." if p["delegates"] else None,
            f"Elected General Secretary: {p['general_secretary_elected']}."
            if p["general_secretary_elected"]
            else None,
        ]
        conferences.append(
            Conference(
                series=Series.PARTY_CONGRESS,
                ordinal=p["ordinal"],
                start=_date(p["start"]),
                end=_date(p["end"]),
                location=p["location"],
                venue=p["venue"],
                citations=tuple(p["sources"]),
                notes=_join(*facts, p["notes"]),
            )
        )
    return Corpus(
        citations=tuple(citations),
        conferences=tuple(conferences),
        officials=tuple(officials.values()),
    )


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a phrase's span to the sentence around it, its closing full stop included."""
    left = max(text.rfind("\n", 0, start), *(text.rfind(m, 0, start) for m in (". ", "? ")))
    begin = left + 1
    while begin < start and text[begin].isspace():
        begin += 1
    finish = end
    while finish < len(text) and text[finish] != "\n":
        if text[finish] in ".?!" and (finish + 1 == len(text) or text[finish + 1] in " \n/"):
            finish += 1
            break
        finish += 1
    return begin, finish


def _find(text: str, phrase: str, what: str) -> tuple[int, int]:
    at = text.find(phrase)
    if at < 0:
        sys.exit(f"build_data: {what}: phrase not found: {phrase!r}")
    return at, at + len(phrase)


def build_seeds(register: Json, corpus: Corpus) -> Corpus:
    """The seed documents and their reviewed annotations as records."""
    evidence = json.loads((SOURCE / "seed-evidence.json").read_text(encoding="utf-8"))
    names = {official_id(o.name): o for o in corpus.officials}
    documents, mentions, appearances, quotes, tags = [], [], [], [], []
    for index, (filename, meta) in enumerate(sorted(register["seeds"].items())):
        doc_id = filename.removesuffix(".txt")
        text = (DATA / "seeds" / filename).read_text(encoding="utf-8")
        gold = json.loads((SOURCE / f"seed-{index:03d}.json").read_text(encoding="utf-8"))
        documents.append(
            Document(
                id=doc_id,
                text=text,
                headline=meta["headline"],
                publisher=meta["publisher"],
                url=meta["url"],
                published=_day(meta["published"]),
                language="en",
                citation=meta["source"],
                notes=_join(meta["match"], meta["notes"]),
            )
        )
        phrases = evidence[doc_id]
        subject = None
        for c in gold["conferences"]:
            cid = conference_id(c["series"], c["ordinal"])
            start, end = _find(text, phrases["mentions"][cid], f"{doc_id} {cid}")
            mentions.append(
                Mention(
                    document=doc_id,
                    conference=cid,
                    subject=c["subject"],
                    start=start,
                    end=end,
                    opens=_day(c["start"]),
                    closes=_day(c["end"]),
                    location=c["location"],
                )
            )
            if c["subject"] and c["series"] == "diplomatic":
                subject = cid
        for o in gold["officials"]:
            start, end = _find(text, o["name"], f"{doc_id} {o['name']}")
            appearances.append(
                Appearance(
                    document=doc_id,
                    official=official_id(o["name"]),
                    start=start,
                    end=end,
                    titles=tuple(Title(t) for t in o["titles"]),
                )
            )
            assert official_id(o["name"]) in names, o["name"]
        for q in gold["quotes"]:
            quotes.append(
                Quote(
                    speaker=official_id(q["speaker"]),
                    document=doc_id,
                    kind=QuoteKind(q["kind"]),
                    start=q["start"],
                    end=q["end"],
                    text=text[q["start"] : q["end"]],
                    conference=subject,
                )
            )
        for theme_id in gold["themes"]:
            for phrase in phrases["themes"][theme_id]:
                start, end = _sentence(text, *_find(text, phrase, f"{doc_id} {theme_id}"))
                tags.append(ThemeTag(document=doc_id, theme=Theme(theme_id), start=start, end=end))
    return Corpus(
        documents=tuple(documents),
        mentions=tuple(mentions),
        appearances=tuple(appearances),
        quotes=tuple(quotes),
        theme_tags=tuple(tags),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 if stale")
    args = parser.parse_args()
    register = json.loads((SOURCE / "register.json").read_text(encoding="utf-8"))
    registry = build_register(register)
    seeds = build_seeds(register, registry)
    outputs = {"register.json": registry, "seeds.json": seeds}
    stale = []
    for name, corpus in outputs.items():
        path = DATA / name
        fresh = dumps(corpus) + "\n"
        if not path.exists() or path.read_text(encoding="utf-8") != fresh:
            stale.append(name)
            if not args.check:
                path.write_text(fresh, encoding="utf-8")
    if args.check and stale:
        print(f"stale bundled data: {', '.join(stale)}; run scripts/build_data.py", file=sys.stderr)
        return 1
    print(f"{'checked' if args.check else 'built'}: {', '.join(outputs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
