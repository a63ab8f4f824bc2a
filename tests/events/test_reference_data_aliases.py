"""Migration 0004: a database migrated before gets the gazetteer's new places and spellings."""

from importlib import import_module

import pytest
from django.apps import apps

from events.lookup import gazetteer_records
from events.models import Place
from sources.extract.places import Gazetteer

pytestmark = pytest.mark.django_db

migration = import_module("events.migrations.0004_reference_data_aliases")


def _old_database() -> None:
    """What a database loaded before these spellings looked like, with an editor's alias."""
    Place.objects.filter(name="Spin Boldak", kind="city").update(
        aliases=["Spin Buldak", "Spin Boldak bazaar"]
    )
    Place.objects.filter(name="Sheberghan", kind="city").update(aliases=["Shibirghan"])
    Place.objects.filter(name="Torghundi", kind="city").delete()


def test_migration_0004_adds_the_new_spellings_and_keeps_the_editors():
    _old_database()
    migration.load(apps, None)
    spin_boldak = Place.objects.get(name="Spin Boldak", kind="city")
    assert {"Wesh", "Weesh", "Spin Boldak crossing", "Spin Boldak bazaar"} <= set(
        spin_boldak.aliases
    )
    assert "Shebarghan" in Place.objects.get(name="Sheberghan", kind="city").aliases
    gazetteer = Gazetteer.from_records(gazetteer_records())
    assert gazetteer.lookup("Wesh").name == "Spin Boldak"
    assert gazetteer.lookup("Pol-i-Khumri").name == "Pul-e Khumri"


def test_migration_0004_recreates_a_missing_place_with_its_aliases():
    _old_database()
    migration.load(apps, None)
    torghundi = Place.objects.get(name="Torghundi", kind="city")
    assert torghundi.province.name == "Herat"
    assert "Torghondi" in torghundi.aliases


def test_migration_0004_twice_changes_nothing():
    _old_database()
    migration.load(apps, None)
    before = {p.pk: list(p.aliases) for p in Place.objects.all()}
    count = Place.objects.count()
    assert migration.union_shipped_aliases(Place) == 0
    migration.load(apps, None)
    assert Place.objects.count() == count
    assert {p.pk: list(p.aliases) for p in Place.objects.all()} == before


def test_migration_0004_leaves_a_spelling_an_editor_gave_another_place():
    Place.objects.filter(name="Spin Boldak", kind="city").update(aliases=["Spin Buldak"])
    chaman = Place.objects.get(name="Chaman", kind="city")
    chaman.aliases = [*chaman.aliases, "Wesh"]
    chaman.save()
    migration.load(apps, None)
    assert "Wesh" not in Place.objects.get(name="Spin Boldak", kind="city").aliases
    assert "Wesh" in Place.objects.get(name="Chaman", kind="city").aliases


def test_migration_0004_adds_the_new_places_abroad():
    Place.objects.filter(name="Mashhad", in_afghanistan=False).delete()
    migration.load(apps, None)
    mashhad = Place.objects.get(name="Mashhad", in_afghanistan=False)
    assert mashhad.aliases == ["Mashad", "Meshed"]
    gazetteer = Gazetteer.from_records(gazetteer_records())
    assert gazetteer.lookup("Mashhad").in_afghanistan is False
