"""Facets: each value's count under the other active filters, one query per facet."""

import pytest
from django.http import QueryDict

from events.facets import (
    actor_facet,
    clean_query,
    event_type_facet,
    place_facet,
    reviewed_facet,
    sub_event_type_facet,
    timeline_facets,
    toggled,
)
from events.filters import timeline_events
from tests.factories import make_actor, make_event, make_place

pytestmark = pytest.mark.django_db


def counts(facet) -> dict[str, int]:
    return {v.value: v.count for v in facet.values}


def bound(query: str):
    data = QueryDict(query)
    filterset = timeline_events(data)
    return filterset, clean_query(filterset, data)


@pytest.fixture
def towns():
    province = make_place("Testistan", kind="province")
    a = make_place("Town A", province=province)
    b = make_place("Town B")
    for _ in range(3):
        make_event(place=a)
    make_event(place=a, event_type="Protests", sub_event_type="Peaceful protest")
    make_event(place=b)
    return province, a, b


def test_a_place_count_ignores_the_place_filter_but_follows_the_others(towns):
    province, a, b = towns
    filterset, query = bound(f"place={a.slug}&event_type=Battles")

    facet = place_facet(filterset, query)

    assert counts(facet) == {province.slug: 3, a.slug: 3, b.slug: 1}
    assert [v.value for v in facet.values if v.selected] == [a.slug]


def test_a_type_count_follows_the_place_filter(towns):
    _, a, _ = towns
    filterset, query = bound(f"place={a.slug}&event_type=Battles")

    facet = event_type_facet(filterset, query)

    assert counts(facet)["Battles"] == 3
    assert counts(facet)["Protests"] == 1
    assert counts(facet)["Riots"] == 0
    assert [v.value for v in facet.selected] == ["Battles"]


def test_sub_types_list_only_those_present_or_selected(towns):
    filterset, query = bound("sub_event_type=Looting/property+destruction")

    facet = sub_event_type_facet(filterset, query)

    assert counts(facet) == {
        "Armed clash": 4,
        "Peaceful protest": 1,
        "Looting/property destruction": 0,
    }


def test_an_organisation_counts_each_event_of_it_or_its_members_once():
    group = make_actor("Test Movement")
    spokesman = make_actor("Test Spokesman", kind="person", affiliation=group)
    make_event(actors=[(group, "actor1"), (spokesman, "assoc_actor1")])
    make_event(actors=[(spokesman, "actor1")])
    filterset, query = bound("")

    facet = actor_facet(filterset, query)

    assert counts(facet) == {group.slug: 2, spokesman.slug: 2}


def test_reviewed_counts_reviewed_events_under_the_other_filters(towns):
    _, a, _ = towns
    make_event(place=a, review_status="reviewed")
    make_event(review_status="reviewed")
    filterset, query = bound(f"place={a.slug}")

    facet = reviewed_facet(filterset, query)

    assert counts(facet) == {"on": 1}
    assert facet.values[0].toggle_url == f"?place={a.slug}&reviewed=on"


def test_each_facet_is_one_query(towns, django_assert_num_queries):
    _, a, _ = towns
    filterset, query = bound(f"place={a.slug}&event_type=Battles")
    filterset.errors  # noqa: B018 - validating the place looks it up once, outside the facets

    for facet in (place_facet, actor_facet, event_type_facet, sub_event_type_facet, reviewed_facet):
        with django_assert_num_queries(1):
            facet(filterset, query)


def test_toggle_urls_add_and_remove_a_value_and_go_back_to_page_one():
    query = QueryDict("place=a&place=b&page=3&bin=week")

    assert toggled(query, "place", "b") == "?place=a&bin=week"
    assert toggled(query, "place", "c") == "?place=a&place=b&place=c&bin=week"
    assert toggled(query, "event_type", "Riots") == "?place=a&place=b&bin=week&event_type=Riots"


def test_clean_query_drops_unknown_keys_rejected_values_and_nul_bytes(towns):
    _, a, _ = towns
    data = QueryDict(f"place={a.slug}&foo=1&date_after=99999-01-01&q=%00&min_fatalities=3")
    filterset = timeline_events(data)

    query = clean_query(filterset, data)

    assert query.urlencode() == f"place={a.slug}&min_fatalities=3"


def test_timeline_facets_cover_every_faceted_filter(towns):
    filterset, query = bound("")

    facets = timeline_facets(filterset, query)

    assert list(facets) == ["place", "actor", "event_type", "sub_event_type", "reviewed"]
