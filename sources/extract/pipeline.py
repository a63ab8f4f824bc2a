"""One article in, one `Extraction` out: every extraction step in order.

decode (bytes) → clean → publication date → spaCy parse → places, actors, dates →
events → statements, each linked to the event it is about → distinct actors and places →
warnings for the editor. Deterministic and free of database access: the gazetteer and
the lexicon are handed in.
"""

import re

from sources.extract.actors import find_actors
from sources.extract.clean import clean
from sources.extract.dates import find_dates
from sources.extract.decode import DecodeError, check_length, decode_bytes
from sources.extract.events import find_events
from sources.extract.language import ENGLISH, language_of
from sources.extract.nlp import parse
from sources.extract.published import infer_publication_date
from sources.extract.records import (
    ActorMention,
    ExtractedEvent,
    ExtractedStatement,
    Extraction,
    PlaceMention,
)
from sources.extract.statements import find_statements

__all__ = ["DecodeError", "extract_article", "extract_text"]


def extract_article(data: bytes | str, file_name: str, gazetteer, lexicon) -> Extraction:
    """Raises DecodeError when the bytes are not text, or too long a text to read."""
    text = check_length(decode_bytes(data) if isinstance(data, bytes) else data)
    return extract_text(text, file_name, gazetteer, lexicon)


def extract_text(text: str, file_name: str, gazetteer, lexicon) -> Extraction:
    cleaned = clean(text, file_name)
    published = infer_publication_date(cleaned)
    body = cleaned.text
    language = language_of(body)
    if language != ENGLISH:
        # The rules and the model would read another language as noise: store the article,
        # extract nothing, and say why.
        return Extraction(
            cleaned=cleaned,
            published=published,
            events=[],
            statements=[],
            actors=[],
            places=[],
            warnings=[
                "the text does not read as English: the extractor reads English only, so "
                "nothing was extracted; add its records by hand",
                *[w for w in _warnings(published, [], body) if w != "no events found"],
            ],
            language=language,
        )
    doc = parse(body)
    places = gazetteer.find(body)
    actors = find_actors(doc, lexicon, gazetteer)
    dates = find_dates(body, published.value, years_from_text=True)
    events = find_events(
        body,
        places=places,
        actors=actors,
        dates=dates,
        published=published.value,
        lexicon=lexicon,
        gazetteer=gazetteer,
    )
    statements = find_statements(
        body,
        doc,
        lexicon,
        gazetteer,
        published.value,
        tweets=cleaned.tweets,
        raw=cleaned.raw,
        actors=actors,
    )
    for statement in statements:
        statement.event_key = event_of(statement, events)

    return Extraction(
        cleaned=cleaned,
        published=published,
        events=list(events),
        statements=statements,
        actors=_distinct_actors(actors, events, statements),
        places=_distinct_places(places, events),
        warnings=_warnings(published, events, body),
    )


_ABOUT_INCIDENT = re.compile(
    r"\b(?:attack\w*|assault\w*|incident|strike\w*|bomb\w*|explosion\w*|blast\w*|killing\w*"
    r"|murder\w*|fighting|clash\w*|capture\w*|fall|fell|offensive|operation\w*|crimes?)\b",
    re.IGNORECASE,
)


def event_of(statement: ExtractedStatement, events: list[ExtractedEvent]) -> str | None:
    """The event a statement is about: the one told in the statement's own sentence; else,
    if the statement speaks of an incident, the one event whose place it names, else the one
    told last in the 600 characters before it. A statement that names no incident ("we want
    a political settlement") is about none."""
    if not events:
        return None
    start, end = statement.evidence.start, statement.evidence.end
    for event in events:
        for span in event.mentions or [event.evidence]:
            if span.start < end and start < span.end:
                return event.key
    if not _ABOUT_INCIDENT.search(statement.text + " " + statement.evidence.text):
        return None
    said = (statement.text + " " + statement.evidence.text).casefold()
    named = [e for e in events if e.place and e.place.name.casefold() in said]
    if len({e.key for e in named}) == 1:
        return named[0].key
    nearby = [
        (span.end, event.key)
        for event in events
        for span in event.mentions or [event.evidence]
        if 0 <= start - span.end <= 600
    ]
    if nearby:
        return max(nearby)[1]
    return None


def _distinct_actors(actors, events, statements) -> list[ActorMention]:
    found: dict[str, ActorMention] = {}
    for mention in actors:
        found.setdefault(mention.name, mention)
    for event in events:
        for role in event.actors:
            found.setdefault(role.actor.name, role.actor)
    for statement in statements:
        for mention in (statement.speaker, statement.on_behalf_of):
            if mention is not None:
                found.setdefault(mention.name, mention)
    return list(found.values())


def _distinct_places(places, events) -> list[PlaceMention]:
    found: dict[tuple[str, str], PlaceMention] = {}
    for mention in places:
        found.setdefault((mention.name, mention.kind), mention)
    for event in events:
        if event.place is not None:
            found.setdefault((event.place.name, event.place.kind), event.place)
    return list(found.values())


def _warnings(published, events, body: str) -> list[str]:
    warnings = []
    if not body.strip():
        warnings.append("empty article: no text left after cleaning")
    if published.value is None:
        warnings.append("publication date unknown: events without a date of their own left undated")
    if not events:
        warnings.append("no events found")
    undated = sum(1 for e in events if e.date.value is None)
    if events and undated:
        warnings.append(f"{undated} of {len(events)} events undated")
    placeless = sum(1 for e in events if e.place is None)
    if placeless:
        warnings.append(f"{placeless} of {len(events)} events without a place")
    return warnings
