"""Cleaning, publication dates and places against the raw-article labels.

    .venv/bin/python scripts/measure_cleaning.py [-v] [labels/cleaning_blind4.json ...]

A label file lists, per article, the whole lines a careful coder removes ("removed"; every
other non-empty line must stay, with "removed_tokens" cut out of it), the publication date,
the Afghan places the body names (gazetteer name and kind) and the places abroad it names.
Counted: lines wrongly kept / wrongly removed, tokens left in, publication dates right, places
found / missed / wrong (an Afghan place the label does not list, or a place abroad read as
Afghan; the country Afghanistan is left out), and places abroad that became an event's place.
Uses the shipped gazetteer only.
"""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

LABELS = ROOT / "tests" / "sources" / "extract" / "labels"
ARTICLES = ROOT / "tests" / "sources" / "extract" / "articles"


def _kept_form(line: str, tokens: list[str]) -> str:
    for token in tokens:
        line = line.replace(token, "")
    return " ".join(line.split())


def measure_article(label: dict, gazetteer, lexicon, verbose: bool) -> dict:
    from sources.extract.pipeline import extract_article

    path = ARTICLES / label["file"]
    raw_lines = [line.strip() for line in path.read_text(encoding="utf-8").split("\n")]
    extraction = extract_article(path.read_bytes(), path.name, gazetteer, lexicon)
    cleaned = extraction.cleaned
    body_lines = {" ".join(line.split()) for line in cleaned.text.split("\n") if line.strip()}
    body = cleaned.text
    removed = set(label["removed"])
    wrongly_kept = [line for line in removed if " ".join(line.split()) in body_lines]
    wrongly_removed = [
        line
        for line in raw_lines
        if line
        and line not in removed
        and _kept_form(line, label["removed_tokens"])
        and _kept_form(line, label["removed_tokens"]) not in body_lines
        # kept with a token left in: counted once, under tokens_left
        and " ".join(line.split()) not in body_lines
    ]
    tokens_left = [token for token in label["removed_tokens"] if token in body]
    published = extraction.published
    date_right = (published.value.isoformat() if published.value else None) == label["published"][
        "date"
    ]
    # The country itself is never an event's place; the labels leave it out.
    found = {
        (m.name, m.kind) for m in extraction.places if m.in_afghanistan and m.kind != "country"
    }
    expected = {(p["name"], p["kind"]) for p in label["places"]}
    foreign_as_afghan = [
        m.surface
        for m in extraction.places
        if m.in_afghanistan and m.surface.casefold() in {f.casefold() for f in label["foreign"]}
    ]
    foreign_event_places = [
        e.place.name for e in extraction.events if e.place and not e.place.in_afghanistan
    ]
    result = {
        "file": label["file"],
        "wrongly_kept": wrongly_kept,
        "wrongly_removed": wrongly_removed,
        "tokens_left": tokens_left,
        "date_right": date_right,
        "date": f"{published.value} ({published.origin}: {published.reason})",
        "places_found": sorted(found & expected),
        "places_missed": sorted(expected - found),
        "places_wrong": sorted(found - expected),
        "foreign_as_afghan": foreign_as_afghan,
        "foreign_event_places": foreign_event_places,
        "outlet": cleaned.outlet,
        "outlet_right": cleaned.outlet == label.get("outlet", cleaned.outlet),
    }
    if verbose:
        print(f"== {label['file']}")
        for key in (
            "wrongly_kept",
            "wrongly_removed",
            "tokens_left",
            "places_missed",
            "places_wrong",
            "foreign_as_afghan",
            "foreign_event_places",
        ):
            if result[key]:
                print(f"  {key}: {result[key]}")
        if not date_right:
            print(f"  date: expected {label['published']['date']}, got {result['date']}")
        if not result["outlet_right"]:
            print(f"  outlet: expected {label.get('outlet')!r}, got {cleaned.outlet!r}")
    return result


def main(files: list[Path], verbose: bool = False) -> dict:
    import django

    django.setup()
    sys.path.insert(0, str(ROOT / "scripts"))
    from measure_extraction import tools

    gazetteer, lexicon = tools(shipped_only=True)
    results = []
    removed_total = kept_total = places_total = 0
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        for label in data["articles"]:
            results.append(measure_article(label, gazetteer, lexicon, verbose))
            removed_total += len(label["removed"]) + len(label["removed_tokens"])
            raw = (ARTICLES / label["file"]).read_text(encoding="utf-8").split("\n")
            kept_total += sum(1 for line in raw if line.strip()) - len(label["removed"])
            places_total += len(label["places"])

    def count(key):
        return sum(len(r[key]) for r in results)

    summary = {
        "articles": len(results),
        "lines_to_remove": removed_total,
        "wrongly_kept": count("wrongly_kept") + count("tokens_left"),
        "lines_to_keep": kept_total,
        "wrongly_removed": count("wrongly_removed"),
        "dates_right": sum(r["date_right"] for r in results),
        "places_expected": places_total,
        "places_found": count("places_found"),
        "places_missed": count("places_missed"),
        "places_wrong": count("places_wrong"),
        "foreign_as_afghan": count("foreign_as_afghan"),
        "foreign_event_places": count("foreign_event_places"),
        "outlets_right": sum(r["outlet_right"] for r in results),
    }
    print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    paths = [Path(a) if "/" in a else LABELS / a for a in args] or sorted(
        LABELS.glob("cleaning_*.json")
    )
    main(paths, verbose="-v" in sys.argv)
