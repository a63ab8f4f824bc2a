"""Migration 0004: a database migrated before gets the gazetteer's new places and spellings,
and the lexicon's new actors and aliases without the role phrases it used to ship."""

import json
from importlib import import_module

import pytest
from django.apps import apps

from events.lookup import gazetteer_records, lexicon_records
from events.models import Actor, Place
from events.reference_data import ACTORS_FILE
from sources.extract.actors import Lexicon
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


# -- actors ---------------------------------------------------------------------------------------


def _old_lexicon() -> None:
    """Actors as 0002 loaded them: no parliament, no ISPR, the spokesman's handle missing, a
    role phrase as Ned Price's alias; and an editor's own alias on Price."""
    Actor.objects.filter(name__in=["Wolesi Jirga", "Meshrano Jirga"]).delete()
    Actor.objects.filter(
        name__in=["Inter-Services Public Relations", "Gulbuddin Hekmatyar"]
    ).delete()
    Actor.objects.filter(name="Zabihullah Mujahid").update(aliases=["Mujahid"])
    Actor.objects.filter(name="Ned Price").update(
        aliases=["State Department spokesman Ned Price", "Edward Price"]
    )


def _lexicon() -> Lexicon:
    return Lexicon.from_records(lexicon_records())


def test_migration_0004_adds_the_missing_actors_with_their_affiliations():
    _old_lexicon()
    migration.load(apps, None)
    wolesi = Actor.objects.get(name="Wolesi Jirga")
    assert (wolesi.kind, wolesi.affiliation.name) == (
        "government",
        "National Assembly (Afghanistan)",
    )
    assert "Wolasi Jirga" in wolesi.aliases
    assert Actor.objects.get(name="Meshrano Jirga").affiliation.name == (
        "National Assembly (Afghanistan)"
    )
    ispr = Actor.objects.get(name="Inter-Services Public Relations")
    assert ispr.affiliation.name == "Pakistan Armed Forces"
    assert Actor.objects.get(name="Gulbuddin Hekmatyar").affiliation.name == "Hezb-e Islami"
    assert _lexicon().resolve("ISPR").name == "Inter-Services Public Relations"


def test_migration_0004_adds_the_handle_and_takes_the_role_phrase_off_the_person():
    _old_lexicon()
    migration.load(apps, None)
    assert Actor.objects.get(name="Zabihullah Mujahid").aliases == [
        "Mujahid",
        "Zabiullah Mujahid",
        "Zabihullah Mujahed",
        "Zabehulah_M33",
    ]
    assert Actor.objects.get(name="Ned Price").aliases == ["Edward Price"]  # the editor's stays
    assert _lexicon().resolve("Zabehulah_M33").name == "Zabihullah Mujahid"


def test_migration_0004_leaves_an_actor_alias_an_editor_gave_another_actor():
    _old_lexicon()
    taliban = Actor.objects.get(name="Taliban")
    taliban.aliases = [*taliban.aliases, "Zabehulah_M33", "Wolasi Jirga"]
    taliban.save()
    migration.load(apps, None)
    assert "Zabehulah_M33" not in Actor.objects.get(name="Zabihullah Mujahid").aliases
    assert "Wolasi Jirga" not in Actor.objects.get(name="Wolesi Jirga").aliases
    assert {"Zabehulah_M33", "Wolasi Jirga"} <= set(Actor.objects.get(name="Taliban").aliases)


def test_migration_0004_does_not_recreate_an_actor_an_editor_already_made():
    _old_lexicon()
    government = Actor.objects.get(name="Government of Afghanistan")
    editors = Actor.objects.create(
        name="House of the People (Afghanistan)",
        slug="house-of-the-people",
        kind="government",
        aliases=["Wolesi Jirga"],
        affiliation=government,
    )
    migration.load(apps, None)
    assert not Actor.objects.filter(name="Wolesi Jirga").exists()
    assert _lexicon().resolve("Wolesi Jirga").name == editors.name
    assert Actor.objects.get(name="Meshrano Jirga").affiliation.name == (
        "National Assembly (Afghanistan)"
    )


def test_migration_0004_twice_changes_no_actor():
    _old_lexicon()
    migration.load(apps, None)
    before = {a.pk: (a.name, list(a.aliases), a.affiliation_id) for a in Actor.objects.all()}
    assert migration.union_shipped_actor_aliases(Actor) == 0
    assert migration.drop_shipped_role_aliases(Actor) == 0
    migration.load(apps, None)
    after = {a.pk: (a.name, list(a.aliases), a.affiliation_id) for a in Actor.objects.all()}
    assert after == before


def test_migrated_lexicon_matches_the_shipped_file():
    """A database brought up to date answers to every alias the file ships."""
    _old_lexicon()
    migration.load(apps, None)
    rows = json.loads(ACTORS_FILE.read_text(encoding="utf-8"))["actors"]
    lexicon = _lexicon()
    for row in rows:
        for alias in row["aliases"]:
            assert lexicon.resolve(alias).name == row["name"], alias
