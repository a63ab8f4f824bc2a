"""Precision and recall of extracted statements against hand labels.

    .venv/bin/python scripts/measure_statements.py [-v] [labels.json ...]

Labels: tests/sources/extract/labels/statements_*.json (default: every set whose articles are
in tests/sources/extract/articles). Each label is {match, kind, speaker, optional} and may
add on_behalf_of (substrings the body spoken for must contain) and said_on (ISO day). A label
matches the first unused statement whose evidence contains `match`. Printed per set: found,
precision, recall, speaker accuracy, and the on_behalf_of and said_on accuracies where
labelled; with -v every miss, every extra statement and every wrong speaker. A set labelled
only by {speaker, kind} (not exhaustive) prints how many of its pairs are found.
"""

import inspect
import json
import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

EXTRACT = ROOT / "tests" / "sources" / "extract"
PUBLISHED = date(2021, 8, 5)  # the held-out tests' publication day for undated articles


def _fits(mention, accepted) -> bool:
    if accepted is None:
        return True
    if mention is None:
        return False
    names = " ".join([mention.name, mention.surface, mention.affiliation or ""]).casefold()
    return any(a.casefold() in names for a in accepted)


def statements_of(name: str, gazetteer, lexicon):
    from sources.extract.clean import clean
    from sources.extract.decode import decode_bytes
    from sources.extract.nlp import parse
    from sources.extract.statements import find_statements

    cleaned = clean(decode_bytes((EXTRACT / "articles" / name).read_bytes()), name)
    published = cleaned.header_date or PUBLISHED
    extra = {}
    params = inspect.signature(find_statements).parameters
    if "tweets" in params:
        extra["tweets"] = cleaned.tweets
    if "raw" in params:
        extra["raw"] = cleaned.raw
    return find_statements(
        cleaned.text, parse(cleaned.text), lexicon, gazetteer, published, **extra
    )


def score(labelled: dict, found: dict, verbose: bool = False) -> dict:
    counts = dict.fromkeys(
        ["found", "matched", "labels", "hit", "speakers", "speakers_ok", "behalf", "behalf_ok",
         "dates", "dates_ok"], 0,
    )  # fmt: skip
    for name, labels in labelled.items():
        statements = found[name]
        used: set[int] = set()
        for label in labels:
            hit = next(
                (i for i, s in enumerate(statements)
                 if i not in used and label["match"] in s.evidence.text),
                None,
            )  # fmt: skip
            counts["labels"] += not label["optional"]
            if hit is None:
                if verbose and not label["optional"]:
                    print(f"  MISS {name}: {label['match']!r}")
                continue
            used.add(hit)
            s = statements[hit]
            counts["hit"] += not label["optional"]
            counts["speakers"] += 1
            ok = _fits(s.speaker, label["speaker"])
            counts["speakers_ok"] += ok
            if verbose and not ok:
                who = s.speaker.name if s.speaker else None
                print(f"  SPEAKER {name}: {label['match']!r} -> {who}")
            if "on_behalf_of" in label:
                counts["behalf"] += 1
                good = _fits(s.on_behalf_of, label["on_behalf_of"])
                counts["behalf_ok"] += good
                if verbose and not good:
                    who = s.on_behalf_of.name if s.on_behalf_of else None
                    print(f"  BEHALF {name}: {label['match']!r} -> {who}")
            if "said_on" in label:
                counts["dates"] += 1
                good = s.said_on == date.fromisoformat(label["said_on"])
                counts["dates_ok"] += good
                if verbose and not good:
                    print(f"  SAID_ON {name}: {label['match']!r} -> {s.said_on}")
        counts["found"] += len(statements)
        counts["matched"] += len(used)
        if verbose:
            for i, s in enumerate(statements):
                if i not in used:
                    who = s.speaker.name if s.speaker else None
                    print(f"  EXTRA {name}: [{s.kind}] {who}: {s.evidence.text[:90]!r}")
    return {
        "found": counts["found"],
        "precision": _ratio(counts["matched"], counts["found"]),
        "recall": _ratio(counts["hit"], counts["labels"]),
        "speaker_accuracy": _ratio(counts["speakers_ok"], counts["speakers"]),
        "on_behalf_accuracy": _ratio(counts["behalf_ok"], counts["behalf"]),
        "said_on_accuracy": _ratio(counts["dates_ok"], counts["dates"]),
        "counts": counts,
    }


def score_speakers(labelled: dict, found: dict, verbose: bool = False) -> dict:
    """Sets labelled by speaker and kind only (no `match`, not exhaustive): how many labelled
    (speaker, kind) pairs some statement has."""
    hit = total = 0
    for name, labels in labelled.items():
        used: set[int] = set()
        for label in labels:
            total += 1
            i = next(
                (i for i, s in enumerate(found[name])
                 if i not in used and s.kind == label["kind"]
                 and _fits(s.speaker, [label["speaker"]])),
                None,
            )  # fmt: skip
            if i is None:
                if verbose:
                    print(f"  MISS {name}: [{label['kind']}] {label['speaker']}")
                continue
            used.add(i)
            hit += 1
    found_total = sum(len(v) for v in found.values())
    return {"found": found_total, "speaker_kind_recall": _ratio(hit, total)}


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def main(argv: list[str]) -> None:
    import django

    django.setup()
    from scripts.measure_extraction import tools

    verbose = "-v" in argv
    files = [Path(a) for a in argv if a != "-v"] or sorted(
        (EXTRACT / "labels").glob("statements_*.json")
    )
    gazetteer, lexicon = tools(shipped_only=True)
    for path in files:
        articles = json.loads(path.read_text(encoding="utf-8")).get("articles")
        if not articles or not all((EXTRACT / "articles" / name).exists() for name in articles):
            continue
        print(path.name)
        found = {name: statements_of(name, gazetteer, lexicon) for name in articles}
        labels = [label for labelled in articles.values() for label in labelled]
        if labels and all("match" not in label for label in labels):
            figures = score_speakers(articles, found, verbose)
        else:
            figures = score(articles, found, verbose)
        shown = [
            f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {'n/a' if v is None else v}"
            for k, v in figures.items()
            if k != "counts"  # the raw tallies behind the ratios, for the tests
        ]
        print("  " + ", ".join(shown))


if __name__ == "__main__":
    main(sys.argv[1:])
