"""Build the bundled corpus (src/vndiplo/data/*.json) from the reviewed sources in data-src/.

    python scripts/build_data.py          # rewrite the bundled files
    python scripts/build_data.py --check  # exit 1 when the bundled files are stale

Inputs, all in data-src/ (copies of the project's reviewed material, so that the build
never reads outside the repository):

- register.json: the sourced fact register (conferences, Party Congresses, officials,
  sources, seed metadata);
- seed-000.json, seed-001.json: the reviewed gold annotations of the two seed articles,
  in the shape of the extraction contract;
- seed-corrections.json: what the extractor still gets wrong on the seeds.

The seed annotations are the extractor's output with the corrections applied, so that
they are reproducible; `--suggest` prints the corrections a fresh extractor needs.
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
    extract,
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


def annotate(text: str, published: Any) -> Json:
    """The extractor's annotation of one seed, with the spans the records need."""
    found = extract(text, published)
    return {
        "conferences": [
            {**c.to_dict(), "span": [c.mention_start, c.mention_end]} for c in found.conferences
        ],
        "officials": [
            {**o.to_dict(), "span": [o.mention_start, o.mention_end]} for o in found.officials
        ],
        "quotes": [{k: v for k, v in q.to_dict().items() if k != "text"} for q in found.quotes],
        "evidence": [[e.theme.value, e.start, e.end] for e in found.evidence],
    }


def _key(conference: Json) -> list[Any]:
    return [conference["series"], conference["ordinal"]]


def _quote_key(quote: Json) -> list[Any]:
    return [quote["speaker"], quote["kind"], quote["start"], quote["end"]]


_FIELDS = ("start", "end", "location", "subject")


def suggest(annotation: Json, gold: Json) -> Json:
    """The corrections that turn the extractor's *annotation* into the reviewed *gold*."""
    got = {tuple(_key(c)): c for c in annotation["conferences"]}
    want = {tuple(_key(c)): c for c in gold["conferences"]}
    changed = [k for k in want if k in got and any(want[k][f] != got[k][f] for f in _FIELDS)]
    conferences: Json = {
        "drop": [list(k) for k in got if k not in want],
        "add": [{**want[k], "phrase": "FIXME"} for k in want if k not in got],
        "set": [
            {"series": k[0], "ordinal": k[1]}
            | {f: want[k][f] for f in _FIELDS if want[k][f] != got[k][f]}
            for k in changed
        ],
    }
    got_o = {o["name"]: o for o in annotation["officials"]}
    want_o = {o["name"]: o for o in gold["officials"]}
    officials: Json = {
        "drop": [n for n in got_o if n not in want_o],
        "add": [want_o[n] for n in want_o if n not in got_o],
        "set": [
            want_o[n] for n in want_o if n in got_o and want_o[n]["titles"] != got_o[n]["titles"]
        ],
    }
    got_q = [_quote_key(q) for q in annotation["quotes"]]
    want_q = [_quote_key(q) for q in gold["quotes"]]
    quotes: Json = {
        "drop": [q for q in got_q if q not in want_q],
        "add": [q for q in want_q if q not in got_q],
    }
    got_t = sorted({e[0] for e in annotation["evidence"]})
    themes: Json = {
        "drop": [t for t in got_t if t not in gold["themes"]],
        "add": [{"theme": t, "phrase": "FIXME"} for t in gold["themes"] if t not in got_t],
    }
    parts = {"conferences": conferences, "officials": officials, "quotes": quotes,
             "themes": themes}  # fmt: skip
    out: Json = {}
    for name, part in parts.items():
        kept = {k: v for k, v in part.items() if v}
        if kept:
            out[name] = kept
    return out


def correct(text: str, annotation: Json, fixes: Json, what: str) -> Json:
    """Apply reviewed corrections to the extractor's annotation of one seed."""
    wrong = fixes.get("conferences", {})
    conferences = [c for c in annotation["conferences"] if _key(c) not in wrong.get("drop", [])]
    for change in wrong.get("set", []):
        next(c for c in conferences if _key(c) == _key(change)).update(change)
    for added in wrong.get("add", []):
        entry = {k: v for k, v in added.items() if k != "phrase"}
        entry["span"] = list(_find(text, added["phrase"], f"{what} {_key(added)}"))
        conferences.append(entry)
    wrong = fixes.get("officials", {})
    officials = [o for o in annotation["officials"] if o["name"] not in wrong.get("drop", [])]
    for change in wrong.get("set", []):
        next(o for o in officials if o["name"] == change["name"]).update(change)
    for added in wrong.get("add", []):
        officials.append({**added, "span": list(_find(text, added["name"], what))})
    wrong = fixes.get("quotes", {})
    quotes = [q for q in annotation["quotes"] if _quote_key(q) not in wrong.get("drop", [])]
    for speaker, kind, start, end in wrong.get("add", []):
        quotes.append({"speaker": speaker, "kind": kind, "start": start, "end": end})
    quotes.sort(key=lambda q: q["start"])
    wrong = fixes.get("themes", {})
    evidence = [e for e in annotation["evidence"] if e[0] not in wrong.get("drop", [])]
    for added in wrong.get("add", []):
        span = _sentence(text, *_find(text, added["phrase"], f"{what} {added['theme']}"))
        evidence.append([added["theme"], *span])
    return {"conferences": conferences, "officials": officials, "quotes": quotes,
            "evidence": evidence}  # fmt: skip


def build_seeds(register: Json, *, suggest_only: bool = False) -> Corpus:
    """The seed documents, annotated by the extractor and the reviewed corrections."""
    corrections = json.loads((SOURCE / "seed-corrections.json").read_text(encoding="utf-8"))
    documents, mentions, appearances, quotes, tags = [], [], [], [], []
    suggestions: Json = {}
    for index, (filename, meta) in enumerate(sorted(register["seeds"].items())):
        doc_id = filename.removesuffix(".txt")
        text = (DATA / "seeds" / filename).read_text(encoding="utf-8")
        published = _day(meta["published"])
        annotation = annotate(text, published)
        if suggest_only:
            gold = json.loads((SOURCE / f"seed-{index:03d}.json").read_text(encoding="utf-8"))
            suggestions[doc_id] = suggest(annotation, gold)
            continue
        fixed = correct(text, annotation, corrections.get(doc_id, {}), doc_id)
        documents.append(
            Document(
                id=doc_id,
                text=text,
                headline=meta["headline"],
                publisher=meta["publisher"],
                url=meta["url"],
                published=published,
                language="en",
                citation=meta["source"],
                notes=_join(meta["match"], meta["notes"]),
            )
        )
        subject = None
        for c in fixed["conferences"]:
            cid = conference_id(c["series"], c["ordinal"])
            mentions.append(
                Mention(
                    document=doc_id,
                    conference=cid,
                    subject=c["subject"],
                    start=c["span"][0],
                    end=c["span"][1],
                    opens=_day(c["start"]),
                    closes=_day(c["end"]),
                    location=c["location"],
                )
            )
            if subject is None and c["subject"] and c["series"] == "diplomatic":
                subject = cid
        for o in fixed["officials"]:
            appearances.append(
                Appearance(
                    document=doc_id,
                    official=official_id(o["name"]),
                    start=o["span"][0],
                    end=o["span"][1],
                    titles=tuple(Title(t) for t in o["titles"]),
                )
            )
        for q in fixed["quotes"]:
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
        for theme_id, start, end in fixed["evidence"]:
            tags.append(ThemeTag(document=doc_id, theme=Theme(theme_id), start=start, end=end))
    if suggest_only:
        print(json.dumps(suggestions, ensure_ascii=False, indent=2))
        sys.exit(0)
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
    parser.add_argument(
        "--suggest",
        action="store_true",
        help="print the corrections that turn the extractor's seed annotations into the "
        "reviewed gold (data-src/seed-*.json), for review",
    )
    args = parser.parse_args()
    register = json.loads((SOURCE / "register.json").read_text(encoding="utf-8"))
    registry = build_register(register)
    seeds = build_seeds(register, suggest_only=args.suggest)
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
