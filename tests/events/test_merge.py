import pytest

from events.merge import merge_actors, merge_events, merge_places
from events.models import Actor, DuplicateCandidate, Event, EventSource, Place
from tests.factories import make_actor, make_event, make_place, make_source, make_statement

pytestmark = pytest.mark.django_db


def test_merging_actors_keeps_links_and_records_the_name_as_alias():
    keep = make_actor("Afghan forces test", kind="state_forces")
    dup = make_actor("ANA test", kind="state_forces", aliases=["Afghan army test"])
    member = make_actor("A commander", kind="person", affiliation=dup)
    event = make_event(actors=[(dup, "actor1")])
    both = make_event(actors=[(keep, "actor2"), (dup, "actor2")])
    statement = make_statement(speaker=dup)

    merge_actors(keep, [dup])

    keep.refresh_from_db()
    assert not Actor.objects.filter(pk=dup.pk).exists()
    assert set(keep.aliases) == {"ANA test", "Afghan army test"}
    assert list(event.actors.all()) == [keep]
    assert both.actor_links.count() == 1
    statement.refresh_from_db()
    member.refresh_from_db()
    assert statement.speaker == keep
    assert member.affiliation == keep


def test_merging_places_moves_events_and_keeps_spelling_variants():
    keep = make_place("Sheberghan test")
    dup = make_place("Shibirghan test", geonames_id=999001, latitude=36.6, longitude=65.7)
    event = make_event(place=dup)
    merge_places(keep, [dup])
    keep.refresh_from_db()
    event.refresh_from_db()
    assert event.place == keep
    assert "Shibirghan test" in keep.aliases
    assert keep.geonames_id == 999001 and keep.latitude == 36.6
    assert not Place.objects.filter(pk=dup.pk).exists()


def test_merging_events_keeps_every_sources_evidence():
    a = make_source("On July 30, the Taliban attacked the UN compound in Herat.")
    b = make_source("Last Friday's assault on the UN compound in Herat killed a guard.")
    keep = make_event(
        source=a, evidence="On July 30, the Taliban attacked the UN compound in Herat."
    )
    dup = make_event(
        source=b,
        evidence="Last Friday's assault on the UN compound in Herat killed a guard.",
        fatalities=1,
    )
    statement = make_statement(source=b, event=dup)
    DuplicateCandidate.objects.create(event=dup, other=keep, score=0.7, reason="same day")

    merge_events(keep, [dup])

    keep.refresh_from_db()
    assert not Event.objects.filter(pk=dup.pk).exists()
    assert set(EventSource.objects.filter(event=keep).values_list("source", flat=True)) == {
        a.pk,
        b.pk,
    }
    assert keep.fatalities == 1  # unknown was filled, not overwritten
    assert f"Merged from #{dup.pk}" in keep.notes
    statement.refresh_from_db()
    assert statement.event == keep


def test_merging_events_leaves_an_actor_on_the_side_the_kept_event_gives_it():
    taliban = make_actor("Taliban merge test", kind="armed_group")
    forces = make_actor("Forces merge test", kind="state_forces")
    civilians = make_actor("Civilians merge test", kind="other")
    keep = make_event(actors=[(taliban, "actor1"), (forces, "actor2")])
    dup = make_event(actors=[(forces, "actor1"), (taliban, "actor2"), (civilians, "assoc_actor2")])

    merge_events(keep, [dup])

    assert dict(keep.actor_links.values_list("actor__name", "role")) == {
        taliban.name: "actor1",
        forces.name: "actor2",
        civilians.name: "assoc_actor2",
    }


def test_merging_needs_another_record():
    actor = make_actor()
    with pytest.raises(ValueError):
        merge_actors(actor, [actor])
