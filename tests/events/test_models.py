from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from events.models import EVENT_TYPES, SUB_EVENT_TYPES, Event, Place, Statement
from sources.review import ReviewStatus
from tests.factories import make_actor, make_event, make_place, make_source, make_statement

pytestmark = pytest.mark.django_db


def test_acled_codebook_has_six_types_and_twenty_five_sub_types():
    assert len(EVENT_TYPES) == 6
    assert len(SUB_EVENT_TYPES) == 25


def test_a_sub_type_must_belong_to_its_type():
    event = make_event(event_type="Protests", sub_event_type="Armed clash")
    with pytest.raises(ValidationError, match="not a kind of"):
        event.full_clean()


def test_an_event_cannot_end_before_it_starts():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_event(date=date(2021, 8, 5), end_date=date(2021, 8, 1))


def test_visible_hides_rejected_events_but_keeps_them():
    shown = make_event()
    make_event(review_status=ReviewStatus.REJECTED)
    assert list(Event.objects.visible()) == [shown]
    assert Event.objects.count() == 2


def test_in_place_of_a_province_includes_its_towns():
    helmand = Place.objects.get(name="Helmand", kind="province")
    lashkar_gah = Place.objects.get(name="Lashkar Gah")
    elsewhere = make_place("Somewhere")
    in_city = make_event(place=lashkar_gah)
    in_province = make_event(place=helmand)
    make_event(place=elsewhere)
    assert set(Event.objects.in_place(helmand)) == {in_city, in_province}
    assert set(Event.objects.in_place(lashkar_gah)) == {in_city}


def test_between_uses_the_whole_period_of_week_and_month_events():
    day = make_event(date=date(2021, 7, 30))
    month = make_event(date=date(2021, 7, 1), date_precision="month", end_date=date(2021, 7, 31))
    make_event(date=None)
    assert set(Event.objects.between(date(2021, 7, 15), date(2021, 7, 20))) == {month}
    assert set(Event.objects.between(date(2021, 7, 30), date(2021, 8, 2))) == {day, month}
    assert Event.objects.between(date(2021, 1, 1), None).filter(date__isnull=True).count() == 0


def test_involving_an_organisation_includes_its_members_events():
    taliban = make_actor("Taliban fighters group")
    spokesman = make_actor("A spokesman", kind="person", affiliation=taliban)
    by_member = make_event(actors=[(spokesman, "actor1")])
    by_group = make_event(actors=[(taliban, "actor2")])
    make_event()
    assert set(Event.objects.involving(taliban)) == {by_member, by_group}
    assert set(Event.objects.involving(taliban, role="actor2")) == {by_group}


def test_chained_domain_filters_read_like_the_timeline_filters():
    herat = make_place("Herat test city")
    source = make_source("Taliban attacked the compound in Herat on Friday.")
    hit = make_event(
        place=herat, fatalities=1, source=source, evidence="Taliban attacked the compound"
    )
    make_event(place=herat, fatalities=None)
    qs = Event.objects.visible().in_place(herat).between(date(2021, 7, 29), date(2021, 7, 31))
    assert list(qs.with_fatalities(1)) == [hit]
    assert qs.with_source_count().get(pk=hit.pk).source_count == 1


def test_statements_by_an_organisation_include_its_spokesmen_and_relays():
    unama = make_actor("UN mission test", kind="international_org")
    spokesman = make_actor("Spokes Person", kind="person")
    own = make_statement(speaker=unama, text="We condemn the attack.")
    relayed = make_statement(
        speaker=spokesman, on_behalf_of=unama, text="The Mission is concerned."
    )
    make_statement(speaker=spokesman, text="Unrelated words.")
    assert set(Statement.objects.by(unama)) == {own, relayed}


def test_place_slug_and_alias_matching():
    place = make_place("Mazar test", aliases=["Mazar-e test"])
    assert place.slug == "mazar-test"
    assert place.matches("MAZAR E TEST")
    place.add_alias("mazar-e-test")  # same key as an existing alias: not added twice
    assert place.aliases == ["Mazar-e test"]
