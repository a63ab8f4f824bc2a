"""Actors found, and names wrongly taken for actors, against hand labels.

    .venv/bin/python scripts/measure_actors.py [-v] [labels.json ...]

Labels: tests/sources/extract/labels/actors_*.json. Per article, "actors" lists what a careful
reader records: {name, kind, affiliation}, where name and affiliation are lists of substrings
(any fits) of an extracted mention's name or surface and of a person's affiliation (null: any).
"not_actors" lists channels, credits and outlets that must never come out as actors. Printed
per set: actors labelled, found, with the right kind, people with the right affiliation, and
false actors; with -v every miss, every wrong kind or affiliation, every false actor and the
distinct unlabelled names the extractor gave.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

EXTRACT = ROOT / "tests" / "sources" / "extract"


def actors_of(name: str, gazetteer, lexicon):
    from sources.extract.actors import find_actors
    from sources.extract.clean import clean
    from sources.extract.decode import decode_bytes
    from sources.extract.nlp import parse

    cleaned = clean(decode_bytes((EXTRACT / "articles" / name).read_bytes()), name)
    return find_actors(parse(cleaned.text), lexicon, gazetteer)


def _names(mention) -> str:
    return f"{mention.name} | {mention.surface}".casefold()


def _fits(text: str | None, accepted: list[str] | None) -> bool:
    if accepted is None:
        return True
    return text is not None and any(a.casefold() in text.casefold() for a in accepted)


def score(labelled: dict, found: dict, verbose: bool = False) -> dict:
    counts = dict.fromkeys(["labelled", "found", "kind_ok", "people", "affiliation_ok", "false"], 0)
    for name, article in labelled.items():
        mentions = found[name]
        used: set[str] = set()
        for actor in article["actors"]:
            counts["labelled"] += 1
            hits = [m for m in mentions if any(n.casefold() in _names(m) for n in actor["name"])]
            if not hits:
                if verbose:
                    print(f"  MISS {name}: {actor['name'][0]}")
                continue
            used.update(m.name for m in hits)
            counts["found"] += 1
            kind_ok = any(m.kind == actor["kind"] for m in hits)
            counts["kind_ok"] += kind_ok
            if verbose and not kind_ok:
                print(f"  KIND {name}: {actor['name'][0]} -> {hits[0].kind}")
            if actor["kind"] == "person":
                counts["people"] += 1
                good = any(_fits(m.affiliation, actor["affiliation"]) for m in hits)
                counts["affiliation_ok"] += good
                if verbose and not good:
                    print(f"  AFFILIATION {name}: {actor['name'][0]} -> {hits[0].affiliation}")
        for wrong in article["not_actors"]:
            folded = wrong.casefold()
            bad = [m for m in mentions if folded in {m.name.casefold(), m.surface.casefold()}]
            counts["false"] += bool(bad)
            if verbose and bad:
                print(f"  FALSE {name}: {wrong}")
        if verbose:
            extra = sorted({f"{m.name} ({m.kind})" for m in mentions if m.name not in used})
            if extra:
                print(f"  UNLABELLED {name}: {', '.join(extra)}")
    return counts


def main(argv: list[str]) -> None:
    import django

    django.setup()
    from scripts.measure_extraction import tools

    verbose = "-v" in argv
    files = [Path(a) for a in argv if a != "-v"] or sorted(
        (EXTRACT / "labels").glob("actors_*.json")
    )
    gazetteer, lexicon = tools(shipped_only=True)
    for path in files:
        articles = json.loads(path.read_text(encoding="utf-8"))["articles"]
        print(path.name)
        found = {name: actors_of(name, gazetteer, lexicon) for name in articles}
        figures = score(articles, found, verbose)
        print("  " + ", ".join(f"{k} {v}" for k, v in figures.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
