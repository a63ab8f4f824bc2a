"""Whole articles, labelled by hand before the extractor was run on them.

Each labelled event must be found with its type, sub-type, place and date, and nothing else
may be found, except for the labels marked "known_miss" (a gap the report names). Labels of
the other helpers' fixture articles ("external") and of the last, blind set ("blind") are
only measured, not asserted: the first belong to other tests and may change, the second
estimate the error on unseen articles and keep their misses.
Precision and recall over all of them: scripts/measure_extraction.py.
"""

import json
from datetime import date
from pathlib import Path

import pytest

from sources.extract.matching import period
from sources.extract.pipeline import extract_article
from tests.sources.extract.test_pipeline import ROOT, reference_tools

LABELS = sorted(
    p
    for p in [
        *(Path(__file__).parent / "labels").glob("events_*.json"),
        *(Path(__file__).parent / "labels").glob("events2_*.json"),
        *(Path(__file__).parent / "labels").glob("events3_*.json"),
    ]
    if "article" in (spec := json.loads(p.read_text(encoding="utf-8")))
    and not spec.get("external")
    and not spec.get("blind")
)


def _matches(label: dict, event) -> bool:
    if (label["event_type"], label["sub_event_type"]) != (event.event_type, event.sub_event_type):
        return False
    places = label["place"] if isinstance(label["place"], list) else [label["place"]]
    if (event.place.name if event.place else None) not in places:
        return False
    if label["date"] is None or event.date.value is None:
        return label["date"] is None and event.date.value is None
    first, last = period(event.date.value, event.date.precision, event.date.end)
    return first <= date.fromisoformat(label["date"]) <= last


@pytest.mark.parametrize("label_file", LABELS, ids=[p.stem for p in LABELS])
def test_labelled_article_gives_exactly_the_labelled_events(label_file):
    spec = json.loads(label_file.read_text(encoding="utf-8"))
    article = ROOT / spec["article"]
    gazetteer, lexicon = reference_tools()
    events = extract_article(article.read_bytes(), article.name, gazetteer, lexicon).events
    expected = [label for label in spec["events"] if not label.get("known_miss")]
    missing = [label for label in expected if not any(_matches(label, e) for e in events)]
    extra = [e.summary for e in events if not any(_matches(label, e) for label in spec["events"])]
    assert missing == []
    assert extra == []


def test_labelled_fatalities_are_found_where_the_article_states_them():
    checked = 0
    gazetteer, lexicon = reference_tools()
    for label_file in LABELS:
        spec = json.loads(label_file.read_text(encoding="utf-8"))
        article = ROOT / spec["article"]
        events = extract_article(article.read_bytes(), article.name, gazetteer, lexicon).events
        for label in spec["events"]:
            if label.get("fatalities") is None or label.get("known_miss"):
                continue
            event = next(e for e in events if _matches(label, e))
            assert event.fatalities == label["fatalities"], label
            if "injured" in label:
                assert event.injured == label["injured"], label
            checked += 1
    assert checked >= 10
