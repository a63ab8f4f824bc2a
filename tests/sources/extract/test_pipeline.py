"""The whole extraction of one article: decode, clean, date, parse, find, link, warn."""

import json
from functools import cache
from pathlib import Path

import pytest

from events.reference_data import ACTORS_FILE, GAZETTEER_FILE
from sources.extract.actors import Lexicon
from sources.extract.decode import DecodeError
from sources.extract.pipeline import event_of, extract_article, extract_text
from sources.extract.places import Gazetteer
from sources.extract.records import ExtractedEvent, ExtractedStatement, Span

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
HERE = Path(__file__).resolve().parent
REFERENCE = HERE / "labels" / "events_reference.json"


@cache
def reference_tools() -> tuple[Gazetteer, Lexicon]:
    """The shipped gazetteer and lexicon, completed by the rows the event tests need (Afghan
    forces, UNAMA, the US...): shipped rows win, so the tests follow events/data as it grows."""
    places = json.loads(GAZETTEER_FILE.read_text(encoding="utf-8"))["places"]
    actors = json.loads(ACTORS_FILE.read_text(encoding="utf-8"))["actors"]
    extra = json.loads(REFERENCE.read_text(encoding="utf-8"))
    have_places = {(p["name"], p["kind"]) for p in places}
    have_actors = {a["name"] for a in actors}
    places = places + [p for p in extra["places"] if (p["name"], p["kind"]) not in have_places]
    actors = actors + [a for a in extra["actors"] if a["name"] not in have_actors]
    return Gazetteer.from_records(places), Lexicon.from_records(actors)


def seed(number: str) -> Path:
    return next(SEEDS.glob(f"{number}_*.txt"))


def extract_seed(number: str):
    gazetteer, lexicon = reference_tools()
    path = seed(number)
    return extract_article(path.read_bytes(), path.name, gazetteer, lexicon)


def test_bytes_are_decoded_cleaned_and_dated_from_the_header():
    extraction = extract_seed("000")
    assert extraction.published.value.isoformat() == "2021-07-31"
    assert extraction.published.origin == "header"
    assert not extraction.cleaned.text.startswith(" date")
    assert extraction.warnings == []


def test_every_evidence_span_is_a_slice_of_the_cleaned_text():
    for number in ("000", "001", "002", "003", "004"):
        extraction = extract_seed(number)
        text = extraction.cleaned.text
        spans = [e.evidence for e in extraction.events]
        spans += [m for e in extraction.events for m in e.mentions]
        spans += [s.evidence for s in extraction.statements]
        for span in spans:
            assert text[span.start : span.end] == span.text


def test_bytes_that_are_not_text_raise_decode_error():
    gazetteer, lexicon = reference_tools()
    with pytest.raises(DecodeError):
        extract_article(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "x.txt", gazetteer, lexicon
        )


def test_extraction_is_deterministic():
    first, second = extract_seed("004"), extract_seed("004")
    assert [(e.key, e.summary, e.date, e.evidence) for e in first.events] == [
        (e.key, e.summary, e.date, e.evidence) for e in second.events
    ]
    assert [s.event_key for s in first.statements] == [s.event_key for s in second.statements]


def test_unknown_publication_date_is_warned_and_leaves_events_without_own_date_undated():
    extraction = extract_seed("001")
    assert extraction.published.value is None
    assert any("publication date unknown" in w for w in extraction.warnings)
    assert all(e.date.value is None for e in extraction.events)


def test_an_article_without_incidents_warns_no_events_found():
    gazetteer, lexicon = reference_tools()
    text = (
        " date 2021-08-05\nPeace talks in Doha have stalled, and the Taliban have shown little "
        "interest in a ceasefire, diplomats said.\n"
    )
    extraction = extract_text(text, "talks.txt", gazetteer, lexicon)
    assert extraction.events == []
    assert "no events found" in extraction.warnings


def test_distinct_actors_and_places_are_collected_once():
    extraction = extract_seed("004")
    names = [a.name for a in extraction.actors]
    assert len(names) == len(set(names))
    assert "Taliban" in names
    places = [(p.name, p.kind) for p in extraction.places]
    assert len(places) == len(set(places))
    assert ("Lashkar Gah", "city") in places


def test_statements_about_the_attack_are_linked_to_its_event():
    extraction = extract_seed("000")
    (attack,) = extraction.events
    linked = [s for s in extraction.statements if s.event_key == attack.key]
    assert linked, "the condemnations of the Herat attack should point at it"


def _statement(text: str, start: int, end: int) -> ExtractedStatement:
    return ExtractedStatement(
        speaker=None,
        on_behalf_of=None,
        text=text,
        kind="direct",
        said_on=None,
        evidence=Span(start, end, text),
        confidence=0.5,
    )


def _event(key: str, place_name: str | None, spans: list[tuple[int, int]]) -> ExtractedEvent:
    from sources.extract.records import PlaceMention, ResolvedDate

    place = (
        PlaceMention(place_name, "city", None, place_name, Span(0, 1, "x")) if place_name else None
    )
    mentions = [Span(a, b, "x") for a, b in spans]
    return ExtractedEvent(
        event_type="Battles",
        sub_event_type="Armed clash",
        summary="",
        date=ResolvedDate(None, ""),
        place=place,
        place_precision=1 if place else None,
        actors=[],
        fatalities=None,
        injured=None,
        evidence=mentions[0],
        confidence=0.5,
        key=key,
        mentions=mentions,
    )


def test_a_statement_is_linked_to_the_event_whose_place_it_names():
    events = [_event("e1", "Herat", [(0, 50)]), _event("e2", "Kunduz", [(60, 90)])]
    statement = _statement("The attack in Herat was a war crime", 2000, 2035)
    assert event_of(statement, events) == "e1"


def test_a_statement_about_no_incident_is_linked_to_none():
    events = [_event("e1", "Herat", [(0, 50)])]
    statement = _statement("We want a political settlement in Herat", 60, 100)
    assert event_of(statement, events) is None


def test_a_statement_right_after_an_incident_refers_to_it():
    events = [_event("e1", "Herat", [(0, 50)]), _event("e2", "Kunduz", [(300, 350)])]
    statement = _statement("This attack is deplorable", 360, 390)
    assert event_of(statement, events) == "e2"


def test_an_embedded_tweet_becomes_a_dated_statement_of_its_author(gazetteer, lexicon):
    from datetime import date

    from sources.extract.pipeline import extract_article

    article = (
        " date 2021-08-09 Afghan forces said they had pushed the Taliban back in Lashkar Gah.\n\n"
        "Defense Ministry spokesman Fawad Aman posted on Twitter on Monday:\n\n"
        "Our forces cleared three more neighbourhoods of Lashkargah city today.\n\n"
        "pic.twitter.com/AbCdEf1234\n\n"
        "— Fawad Aman (@FawadAman2) August 9, 2021\n\n"
        "Residents said fighting continued near the governor's compound.\n"
    )
    extraction = extract_article(article.encode(), "tweet.txt", gazetteer, lexicon)
    tweeted = [s for s in extraction.statements if "three more neighbourhoods" in s.text]
    assert len(tweeted) == 1
    assert tweeted[0].speaker.name == "Fawad Aman"
    assert tweeted[0].kind == "direct"
    assert tweeted[0].said_on == date(2021, 8, 9)
    assert "Fawad Aman (@FawadAman2)" not in extraction.cleaned.text
