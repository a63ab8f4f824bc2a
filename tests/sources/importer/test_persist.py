"""Writing an Extraction: built by hand here, so that each rule is tested on its own."""

from datetime import date

import pytest

from events.models import DuplicateCandidate, Event, EventSource, Place, Statement
from events.models.actors import Actor
from sources.extract import EXTRACTOR_VERSION
from sources.extract.records import (
    ActorMention,
    ActorRoleMention,
    CleanedText,
    ExtractedEvent,
    ExtractedStatement,
    Extraction,
    PlaceMention,
    PublicationDate,
    ResolvedDate,
    Span,
    Tweet,
)
from sources.importer.persist import create_source, persist_extraction
from sources.models import text_sha256
from tests.factories import make_event, make_source

pytestmark = pytest.mark.django_db

BODY = (
    "Taliban fighters seized the police headquarters in Lashkar Gah on Tuesday, killing 12. "
    "“We control the city,” said Qari Yusuf Ahmadi, a Taliban spokesman."
)
EVENT_SENTENCE = BODY.split(". ")[0] + "."
QUOTE = "We control the city,"


def span(text: str) -> Span:
    start = BODY.index(text)
    return Span(start, start + len(text), text)


def taliban() -> ActorMention:
    return ActorMention(name="Taliban", kind="armed_group", surface="Taliban")


def spokesman() -> ActorMention:
    return ActorMention(
        name="Qari Yusuf Ahmadi",
        kind="person",
        surface="Qari Yusuf Ahmadi",
        affiliation="Taliban",
        description="Taliban spokesman",
        known=False,
    )


def lashkar_gah_mention() -> PlaceMention:
    return PlaceMention(
        name="Lashkar Gah", kind="city", province="Helmand", surface="Lashkar Gah",
        span=span("Lashkar Gah"),
    )  # fmt: skip


def make_extracted_event(**overrides) -> ExtractedEvent:
    fields = {
        "event_type": "Battles",
        "sub_event_type": "Non-state actor overtakes territory",
        "summary": "Taliban seize police headquarters in Lashkar Gah",
        "date": ResolvedDate(date(2021, 8, 3), "day", phrase="on Tuesday"),
        "place": lashkar_gah_mention(),
        "place_precision": 1,
        "actors": [ActorRoleMention(taliban(), "actor1")],
        "fatalities": 12,
        "injured": None,
        "evidence": span(EVENT_SENTENCE),
        "confidence": 0.8,
        "key": "e1",
    }
    fields.update(overrides)
    return ExtractedEvent(**fields)


def make_extraction(
    body: str = BODY, events=None, statements=None, raw: str | None = None, **overrides
) -> Extraction:
    if events is None:
        events = [make_extracted_event()]
    if statements is None:
        statements = [
            ExtractedStatement(
                speaker=spokesman(),
                on_behalf_of=taliban(),
                text=QUOTE,
                kind="direct",
                said_on=date(2021, 8, 4),
                evidence=span(QUOTE),
                confidence=0.9,
                event_key="e1",
            )
        ]
    fields = {
        "cleaned": CleanedText(
            raw=raw if raw is not None else " date 2021-08-04 " + body,
            text=body,
            title="Taliban take Lashkar Gah police HQ",
            outlet="Tolo News",
            url="https://example.org/a",
            header_date=date(2021, 8, 4),
            removed=["Photo: AFP"],
            tweets=[Tweet("UNAMA", "@UNAMAnews", date(2021, 8, 4), "— UNAMA (@UNAMAnews) Aug 4")],
        ),
        "published": PublicationDate(date(2021, 8, 4), "header", "from the header"),
        "events": events,
        "statements": statements,
        "actors": [taliban(), spokesman()],
        "places": [lashkar_gah_mention()],
        "warnings": ["Check the toll."],
    }
    fields.update(overrides)
    return Extraction(**fields)


def store(extraction: Extraction, file_name="a.txt", user=None):
    source = create_source(extraction, file_name=file_name, user=user)
    return source, persist_extraction(extraction, source)


def test_the_source_keeps_text_metadata_and_provenance(lashkar_gah, editor):
    extraction = make_extraction()
    source, _ = store(extraction, user=editor)
    source.refresh_from_db()
    assert source.text == BODY
    assert source.raw_text == extraction.cleaned.raw
    assert source.title == "Taliban take Lashkar Gah police HQ"
    assert source.outlet == "Tolo News"
    assert source.url == "https://example.org/a"
    assert source.published_on == date(2021, 8, 4)
    assert source.published_on_source == "header"
    assert source.sha256 == text_sha256(extraction.cleaned.raw)
    assert source.imported_by == editor
    assert source.extractor_version == EXTRACTOR_VERSION
    assert source.metadata["removed"] == ["Photo: AFP"]
    assert source.metadata["tweets"][0]["posted_on"] == "2021-08-04"
    assert source.warnings == ["Check the toll."]
    assert source.review_status == "machine"


def test_the_source_records_the_language_the_text_was_read_as(lashkar_gah):
    english, _ = store(make_extraction())
    other, _ = store(
        make_extraction(raw="Die Taliban", language="und", events=[], statements=[]), "b.txt"
    )

    assert english.language == "en"
    assert other.language == "und"


def test_an_event_is_created_with_place_actors_and_evidence(lashkar_gah):
    source, written = store(make_extraction())
    event = Event.objects.get()
    assert event.place == lashkar_gah
    assert (event.date, event.date_precision) == (date(2021, 8, 3), "day")
    assert event.fatalities == 12
    assert event.review_status == "machine"
    assert [(link.actor.name, link.role) for link in event.actor_links.all()] == [
        ("Taliban", "actor1")
    ]
    link = EventSource.objects.get()
    assert (link.source, link.evidence, link.date_phrase) == (source, EVENT_SENTENCE, "on Tuesday")
    assert source.text[link.start : link.end] == EVENT_SENTENCE
    assert written.created["events"] == 1


def test_known_actors_resolve_and_new_ones_are_created_for_review(lashkar_gah):
    before = Actor.objects.count()
    store(make_extraction())
    assert Actor.objects.count() == before + 1
    new = Actor.objects.get(name="Qari Yusuf Ahmadi")
    assert new.review_status == "machine"
    assert new.kind == "person"
    assert new.affiliation == Actor.objects.get(name="Taliban")


def test_a_statement_links_speaker_side_and_event(lashkar_gah):
    source, _ = store(make_extraction())
    statement = Statement.objects.get()
    assert statement.speaker.name == "Qari Yusuf Ahmadi"
    assert statement.on_behalf_of.name == "Taliban"
    assert statement.event == Event.objects.get()
    assert statement.said_on == date(2021, 8, 4)
    assert source.text[statement.start : statement.end] == QUOTE
    assert statement.review_status == "machine"


def test_a_place_missing_from_the_gazetteer_is_created_for_review():
    village = PlaceMention(
        name="Qala-e-Testabad", kind="city", province="Helmand", surface="Qala-e-Testabad",
        span=span("Lashkar Gah"),
    )  # fmt: skip
    store(make_extraction(events=[make_extracted_event(place=village)], places=[village]))
    place = Place.objects.get(name="Qala-e-Testabad")
    assert Event.objects.get().place == place
    assert place.review_status == "machine"
    assert place.province.name == "Helmand"


def test_the_same_event_in_another_article_is_linked_not_duplicated(lashkar_gah):
    existing = make_event(
        date=date(2021, 8, 3),
        place=lashkar_gah,
        event_type="Battles",
        sub_event_type="Non-state actor overtakes territory",
        fatalities=None,
        actors=[(Actor.objects.get(name="Taliban"), "actor1")],
    )
    _source, written = store(make_extraction())
    assert Event.objects.count() == 1
    assert EventSource.objects.get().event == existing
    existing.refresh_from_db()
    assert existing.fatalities == 12  # a machine event learns an unknown toll
    assert written.created["links to existing events"] == 1


def test_a_report_casting_the_sides_the_other_way_keeps_each_actor_on_one_side(lashkar_gah):
    taliban_actor = Actor.objects.get(name="Taliban")
    forces = Actor.objects.create(name="Afghan forces (persist test)", kind="state_forces")
    existing = make_event(
        date=date(2021, 8, 3),
        place=lashkar_gah,
        event_type="Battles",
        sub_event_type="Non-state actor overtakes territory",
        actors=[(taliban_actor, "actor1"), (forces, "actor2")],
    )
    flipped = make_extracted_event(
        actors=[
            ActorRoleMention(
                ActorMention(name=forces.name, kind="state_forces", surface=forces.name),
                "actor1",
            ),
            ActorRoleMention(taliban(), "actor2"),
            ActorRoleMention(spokesman(), "assoc_actor1"),
        ]
    )
    store(make_extraction(events=[flipped]))

    roles = dict(existing.actor_links.values_list("actor__name", "role"))
    assert roles == {
        "Taliban": "actor1",
        forces.name: "actor2",
        "Qari Yusuf Ahmadi": "assoc_actor1",
    }


def test_an_event_an_editor_reviewed_only_gains_a_source_link(lashkar_gah):
    existing = make_event(
        date=date(2021, 8, 3),
        place=lashkar_gah,
        sub_event_type="Non-state actor overtakes territory",
        fatalities=None,
        summary="Reviewed summary",
        review_status="reviewed",
    )
    store(make_extraction())
    existing.refresh_from_db()
    assert existing.fatalities is None
    assert existing.summary == "Reviewed summary"
    assert existing.actor_links.count() == 0
    assert EventSource.objects.filter(event=existing).count() == 1


def test_a_possible_duplicate_is_created_and_proposed_to_an_editor(lashkar_gah):
    # Only the week, only the province, a neighbouring kind of event: an editor should decide.
    existing = make_event(
        date=date(2021, 8, 2),
        date_precision="week",
        place=Place.objects.get(name="Helmand", kind="province"),
        event_type="Battles",
        sub_event_type="Armed clash",
    )
    store(make_extraction())
    assert Event.objects.count() == 2
    candidate = DuplicateCandidate.objects.get()
    assert candidate.other == existing
    assert candidate.event != existing
    assert 0.5 <= candidate.score < 0.75
    assert candidate.reason


def test_a_fight_on_another_day_is_a_new_event(lashkar_gah):
    make_event(date=date(2021, 7, 20), place=lashkar_gah, sub_event_type="Armed clash")
    store(make_extraction())
    assert Event.objects.count() == 2
    assert not DuplicateCandidate.objects.exists()


def test_rejected_events_are_not_linked(lashkar_gah):
    make_event(
        date=date(2021, 8, 3),
        place=lashkar_gah,
        sub_event_type="Non-state actor overtakes territory",
        review_status="rejected",
    )
    store(make_extraction())
    assert Event.objects.visible().count() == 1
    assert Event.objects.count() == 2


def test_an_incoherent_sub_event_type_is_skipped_with_a_warning(lashkar_gah):
    source, _ = store(make_extraction(events=[make_extracted_event(sub_event_type="Picnic")]))
    assert not Event.objects.exists()
    source.refresh_from_db()
    assert any("Picnic" in w for w in source.warnings)


def test_query_count_per_article_is_bounded(lashkar_gah, django_assert_max_num_queries):
    make_source("Other article.")
    events = [
        make_extracted_event(key=f"e{n}", date=ResolvedDate(date(2021, 8, n + 1), "day"))
        for n in range(10)
    ]
    extraction = make_extraction(events=events)
    # Per event: candidate rows and their actors, event, actor links, and their history; the
    # article's source links go in one insert (and one for their history).
    with django_assert_max_num_queries(12 + 10 * 10):
        store(extraction)


def test_a_machine_event_known_only_by_month_gets_the_day_a_new_report_gives(lashkar_gah):
    existing = make_event(
        date=date(2021, 8, 1),
        date_precision="month",
        place=lashkar_gah,
        sub_event_type="Non-state actor overtakes territory",
    )
    store(make_extraction())
    existing.refresh_from_db()
    assert Event.objects.count() == 1
    assert (existing.date, existing.date_precision) == (date(2021, 8, 3), "day")


def test_a_reviewed_event_known_only_by_month_keeps_its_date(lashkar_gah):
    existing = make_event(
        date=date(2021, 8, 1),
        date_precision="month",
        place=lashkar_gah,
        sub_event_type="Non-state actor overtakes territory",
        review_status="reviewed",
    )
    store(make_extraction())
    existing.refresh_from_db()
    assert (existing.date, existing.date_precision) == (date(2021, 8, 1), "month")
    assert existing.source_links.count() == 1


def test_a_machine_event_placed_at_a_province_takes_the_town_a_new_report_names(lashkar_gah):
    helmand = Place.objects.get(name="Helmand", kind="province")
    existing = make_event(
        date=date(2021, 8, 3),
        place=helmand,
        place_precision=3,
        event_type="Battles",
        sub_event_type="Non-state actor overtakes territory",
        actors=[(Actor.objects.get(name="Taliban"), "actor1")],
    )
    store(make_extraction())
    existing.refresh_from_db()
    assert Event.objects.count() == 1
    assert existing.place == lashkar_gah
    assert existing.place_precision == 1


def test_a_reviewed_event_keeps_the_province_its_editor_chose(lashkar_gah):
    helmand = Place.objects.get(name="Helmand", kind="province")
    existing = make_event(
        date=date(2021, 8, 3),
        place=helmand,
        event_type="Battles",
        sub_event_type="Non-state actor overtakes territory",
        review_status="reviewed",
        actors=[(Actor.objects.get(name="Taliban"), "actor1")],
    )
    store(make_extraction())
    existing.refresh_from_db()
    assert existing.place == helmand
