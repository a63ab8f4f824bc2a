"""The timeline's FilterSet: each filter's meaning, and bad values left out with an error."""

from datetime import date

import pytest
from django.http import QueryDict

from events.filters import timeline_events
from tests.factories import (
    link_source,
    make_actor,
    make_event,
    make_place,
    make_source,
    make_statement,
)

pytestmark = pytest.mark.django_db


def shown(query: str) -> set[str]:
    return set(timeline_events(QueryDict(query)).qs.values_list("summary", flat=True))


def test_a_province_selects_the_events_in_its_towns_too():
    province = make_place("Testistan", kind="province")
    town = make_place("Test Town", kind="city", province=province)
    make_event(place=province, summary="In the province")
    make_event(place=town, summary="In the town")
    make_event(place=make_place("Elsewhere Town"), summary="Elsewhere")

    assert shown(f"place={province.slug}") == {"In the province", "In the town"}
    assert shown(f"place={town.slug}") == {"In the town"}


def test_several_places_select_events_at_any_of_them():
    a, b = make_place("Town A"), make_place("Town B")
    make_event(place=a, summary="A")
    make_event(place=b, summary="B")
    make_event(summary="Nowhere")

    assert shown(f"place={a.slug}&place={b.slug}") == {"A", "B"}


def test_an_organisation_selects_the_events_of_its_spokesmen():
    group = make_actor("Test Movement")
    spokesman = make_actor("Test Spokesman", kind="person", affiliation=group)
    make_event(actors=[(spokesman, "actor1")], summary="Spokesman's")
    make_event(actors=[(group, "actor1"), (spokesman, "assoc_actor1")], summary="Both")
    make_event(actors=[(make_actor("Other Group"), "actor1")], summary="Other")

    assert shown(f"actor={group.slug}") == {"Spokesman's", "Both"}
    assert timeline_events(QueryDict(f"actor={group.slug}")).qs.count() == 2


def test_search_finds_summaries_evidence_and_statements_once_each():
    source = make_source("Heavy shelling hit the market. The shelling went on all night.")
    by_evidence = make_event(summary="Evidence match")
    link_source(by_evidence, source, "Heavy shelling hit the market")
    link_source(by_evidence, source, "The shelling went on all night")
    by_statement = make_event(summary="Statement match")
    make_statement(text="We stopped the shelling.", event=by_statement)
    make_event(summary="Shelling in the summary")
    make_event(summary="Nothing relevant")

    events = timeline_events(QueryDict("q=shelling")).qs

    assert set(events.values_list("summary", flat=True)) == {
        "Evidence match",
        "Statement match",
        "Shelling in the summary",
    }
    assert events.count() == 3


def test_a_date_range_keeps_events_whose_period_overlaps_it():
    make_event(date=date(2021, 7, 28), end_date=date(2021, 8, 2), summary="Overlapping siege")
    make_event(date=date(2021, 8, 5), summary="Inside")
    make_event(date=date(2021, 8, 20), summary="After")
    make_event(date=None, summary="Undated")

    assert shown("date_after=2021-08-01&date_before=2021-08-10") == {"Overlapping siege", "Inside"}


def test_minimum_fatalities_leaves_out_unknown_tolls():
    make_event(fatalities=None, summary="Unknown")
    make_event(fatalities=2, summary="Two")
    make_event(fatalities=20, summary="Twenty")

    assert shown("min_fatalities=2") == {"Two", "Twenty"}


def test_type_sub_type_and_reviewed_only():
    make_event(summary="Clash", review_status="reviewed")
    make_event(
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", summary="Strike"
    )
    make_event(summary="Unchecked clash")

    assert shown("event_type=Explosions/Remote+violence") == {"Strike"}
    assert shown("sub_event_type=Armed+clash&reviewed=on") == {"Clash"}


def test_rejected_events_are_never_shown():
    make_event(summary="Kept")
    make_event(summary="Rejected", review_status="rejected")

    assert shown("") == {"Kept"}


def test_a_bad_value_is_an_error_and_only_that_filter_is_left_out():
    place = make_place("Town A")
    make_event(place=place, date=date(2021, 8, 1), summary="A")
    make_event(date=date(2021, 8, 1), summary="Elsewhere")

    filterset = timeline_events(QueryDict(f"place={place.slug}&date_after=2021-13-45"))

    assert set(filterset.errors) == {"date_after"}
    assert set(filterset.qs.values_list("summary", flat=True)) == {"A"}
    assert filterset.cleaned("date_after") is None


def test_qs_without_leaves_out_the_named_filters_only():
    place = make_place("Town A")
    make_event(place=place, summary="Clash in A")
    make_event(
        place=place,
        event_type="Protests",
        sub_event_type="Peaceful protest",
        summary="Protest in A",
    )
    make_event(summary="Clash elsewhere")

    filterset = timeline_events(QueryDict(f"place={place.slug}&event_type=Battles"))

    without_type = set(filterset.qs_without("event_type").values_list("summary", flat=True))
    assert without_type == {"Clash in A", "Protest in A"}
    without_place = set(filterset.qs_without("place").values_list("summary", flat=True))
    assert without_place == {"Clash in A", "Clash elsewhere"}
