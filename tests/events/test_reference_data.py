"""The reference data loaders and migrations: loading twice, editors' changes kept,
migration 0003 on an old database."""

from importlib import import_module

import pytest

from events.lookup import gazetteer_records
from events.models import Actor, Place
from events.reference_data import (
    drop_aliases_moved_to_other_places,
    load_actors,
    load_gazetteer,
)
from sources.extract.places import Gazetteer

pytestmark = pytest.mark.django_db


def test_loading_twice_creates_nothing_new():
    places, actors = Place.objects.count(), Actor.objects.count()
    assert load_gazetteer(Place) == 0
    assert load_actors(Actor) == 0
    assert (Place.objects.count(), Actor.objects.count()) == (places, actors)


def test_loading_onto_an_edited_database_keeps_the_editors_changes():
    herat = Place.objects.get(name="Herat", kind="city")
    herat.add_alias("Herat City Centre")
    herat.save()
    Actor.objects.filter(name="Taliban").update(description="Edited.")
    load_gazetteer(Place)
    load_actors(Actor)
    herat.refresh_from_db()
    assert "Herat City Centre" in herat.aliases
    assert Actor.objects.get(name="Taliban").description == "Edited."


def test_the_shipped_gazetteer_gives_no_spelling_to_two_places_so_nothing_is_dropped():
    assert drop_aliases_moved_to_other_places(Place) == 0


def test_migration_0003_adds_the_new_rows_to_a_database_migrated_before():
    from django.apps import apps

    migration = import_module("events.migrations.0003_reference_data_districts")
    districts = Place.objects.filter(kind="district").count()
    Place.objects.filter(kind="district", name__in=["Surkhrod", "Khanabad"]).delete()
    Actor.objects.filter(name="Abdul Saboor Qani").delete()
    # What the towns were called before the districts took these spellings, and an editor's.
    for name, aliases in [
        ("Spin Boldak", ["Spin Boldak district", "Spin Buldak"]),
        ("Gereshk", ["Nahr-e Saraj", "Nahr-i-Sarraj", "Gereshk bazaar"]),
        ("Woluswali-ye Achin", ["Achin"]),
    ]:
        Place.objects.filter(name=name, kind="city").update(aliases=aliases)
    Place.objects.filter(name="Camp Shorabak").update(aliases=["Shorabak", "Camp Bastion"])
    migration.load(apps, None)
    assert Place.objects.filter(kind="district").count() == districts
    assert Place.objects.get(name="Khanabad", kind="district").slug != (
        Place.objects.get(name="Khanabad", kind="city").slug
    )
    assert Place.objects.get(name="Spin Boldak", kind="city").aliases == ["Spin Buldak"]
    assert Place.objects.get(name="Gereshk").aliases == ["Gereshk bazaar"]
    assert Place.objects.get(name="Woluswali-ye Achin").aliases == []
    assert Place.objects.get(name="Camp Shorabak").aliases == ["Camp Bastion"]
    gazetteer = Gazetteer.from_records(gazetteer_records())
    assert gazetteer.lookup("Nahr-e Saraj").kind == "district"
    assert gazetteer.lookup("Spin Boldak district").kind == "district"
    assert Actor.objects.get(name="Abdul Saboor Qani").affiliation.name == (
        "Government of Afghanistan"
    )
    migration.load(apps, None)
    assert Place.objects.filter(kind="district").count() == districts
