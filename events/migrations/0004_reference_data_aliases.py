"""Brings databases migrated before up to the shipped gazetteer's spellings: creates the places
of events/data/gazetteer.json that are missing (the idempotent loader), then adds to every
shipped place the aliases of the file it lacks ("Shebarghan", "Pol-i-Khumri", "Wesh" for Spin
Boldak). An alias is only added, never removed, and not when another place of the database
already answers to it (an editor gave it there). Running it twice changes nothing.

Actors the same way: the lexicon's missing actors are created (the idempotent loader) without
an alias another actor already answers to, shipped actor aliases are added under the same
rule, and the role phrases the file used to ship as aliases ("State Department spokesman Ned
Price") are taken off their person, since a role is read by the extractor and names the body
it serves; a role alias an editor gave is not in the list and stays."""

import json

from django.db import migrations


def _owners(records) -> dict[str, set[int]]:
    """Which records answer to each name key (their names and aliases)."""
    from events.models.names import name_key

    owners: dict[str, set[int]] = {}
    for record in records:
        for name in [record.name, *record.aliases]:
            owners.setdefault(name_key(name), set()).add(record.pk)
    return owners


def _union_aliases(records: list, key_of_record, rows: list[dict], key_of_row) -> int:
    """Add each row's aliases its record (same key) lacks, unless another record answers to
    one; returns the number of records changed."""
    from events.models.names import add_alias, name_key

    owners = _owners(records)
    by_key = {key_of_record(record): record for record in records}
    changed = 0
    for row in rows:
        record = by_key.get(key_of_row(row))
        if record is None:
            continue
        aliases = list(record.aliases)
        for alias in row.get("aliases", []):
            if owners.get(name_key(alias), set()) - {record.pk}:
                continue
            aliases = add_alias(aliases, alias, record.name)
        if aliases != list(record.aliases):
            record.aliases = aliases
            record.save(update_fields=["aliases"])
            for alias in aliases:
                owners.setdefault(name_key(alias), set()).add(record.pk)
            changed += 1
    return changed


def union_shipped_aliases(Place) -> int:
    """Add the file's aliases each shipped place lacks; returns the number of places changed."""
    from events.reference_data import GAZETTEER_FILE

    rows = json.loads(GAZETTEER_FILE.read_text(encoding="utf-8"))["places"]
    return _union_aliases(
        list(Place.objects.select_related("province")),
        lambda p: (p.name, p.kind, p.province.name if p.province_id else None),
        rows,
        lambda row: (row["name"], row["kind"], row.get("province")),
    )


# Aliases of 0002's lexicon that were a role and a name, not a name: frozen here, as shipped.
SHIPPED_ROLE_ALIASES = {
    "Ashraf Ghani": ["President Ghani", "Afghan President Ashraf Ghani", "President Ashraf Ghani"],
    "Amrullah Saleh": ["Vice President Amrullah Saleh", "First Vice President Amrullah Saleh"],
    "Bismillah Mohammadi": [
        "Gen. Bismillah Mohammadi",
        "General Bismillah Mohammadi",
        "Defense Minister Bismillah Mohammadi",
    ],
    "Ajmal Omar Shinwari": ["Gen. Ajmal Omar Shinwari"],
    "Sami Sadat": ["Gen. Sami Sadat", "General Sami Sadat"],
    "Hamid Karzai": ["former President Hamid Karzai"],
    "Abdul Rashid Dostum": ["Marshal Abdul Rashid Dostum"],
    "Antonio Guterres": [
        "UN Secretary-General Antonio Guterres",
        "Secretary-General Antonio Guterres",
    ],
    "Joe Biden": ["President Joe Biden", "President Biden", "US President Joe Biden"],
    "Antony Blinken": [
        "Secretary of State Antony Blinken",
        "US Secretary of State Antony Blinken",
    ],
    "Ned Price": ["State Department spokesman Ned Price"],
    "Jake Sullivan": [
        "National Security Advisor Jake Sullivan",
        "National Security Adviser Jake Sullivan",
    ],
    "Lloyd Austin": ["Defense Secretary Lloyd Austin"],
    "Mark Milley": ["Gen. Mark Milley", "General Mark Milley"],
    "John Kirby": ["Pentagon spokesman John Kirby"],
    "Kenneth McKenzie": ["Gen. Kenneth McKenzie", "Gen. Frank McKenzie"],
    "Ross Wilson": ["Ambassador Ross Wilson"],
    "Austin Scott Miller": ["Gen. Austin Scott Miller", "General Scott Miller"],
    "Donald Trump": ["President Donald Trump", "former President Donald Trump"],
    "Imran Khan": ["Prime Minister Imran Khan", "Pakistani Prime Minister Imran Khan"],
    "Qamar Javed Bajwa": ["Gen. Qamar Javed Bajwa"],
    "Boris Johnson": ["Prime Minister Boris Johnson"],
    "Ben Wallace": ["Defence Secretary Ben Wallace"],
    "Abdul Saboor Qani": ["Governor Abdul Saboor Qani"],
    "Rohullah Khanzada": ["Governor Rohullah Khanzada"],
    "Mohammad Farhad Azimi": ["Governor Farhad Azimi"],
    "Wali Mohammad Ahmadzai": ["Gen. Wali Mohammad Ahmadzai"],
    "Hibatullah Alizai": ["Gen. Hibatullah Alizai", "General Hibatullah Alizai"],
    "Henrietta Fore": ["UNICEF Executive Director Henrietta Fore"],
    "Heiko Maas": ["Foreign Minister Heiko Maas"],
    "Angela Merkel": ["Chancellor Angela Merkel"],
    "Jen Psaki": ["White House press secretary Jen Psaki"],
}


def load_missing_actors(Actor) -> int:
    """Create the lexicon's missing actors, without the aliases an actor already there answers
    to (an editor's); one whose very name an actor already there answers to is that actor (an
    editor merged it) and is not kept. Returns the number created."""
    from events.models.names import name_key
    from events.reference_data import load_actors

    before = list(Actor.objects.all())
    owners = _owners(before)
    old = {a.pk for a in before}
    created = load_actors(Actor)
    for actor in Actor.objects.exclude(pk__in=old):
        holders = owners.get(name_key(actor.name), set())
        if holders:
            Actor.objects.filter(affiliation=actor).update(affiliation_id=min(holders))
            actor.delete()
            created -= 1
            continue
        kept = [a for a in actor.aliases if not owners.get(name_key(a), set())]
        if kept != list(actor.aliases):
            actor.aliases = kept
            actor.save(update_fields=["aliases"])
    return created


def union_shipped_actor_aliases(Actor) -> int:
    """Add the lexicon's aliases each shipped actor lacks, unless another actor answers to one;
    returns the number of actors changed."""
    from events.reference_data import ACTORS_FILE

    rows = json.loads(ACTORS_FILE.read_text(encoding="utf-8"))["actors"]
    return _union_aliases(
        list(Actor.objects.all()), lambda a: a.name, rows, lambda row: row["name"]
    )


def drop_shipped_role_aliases(Actor) -> int:
    """Take the role phrases 0002 shipped off their person; returns the number changed."""
    from events.models.names import name_key

    changed = 0
    for actor in Actor.objects.filter(name__in=SHIPPED_ROLE_ALIASES):
        dropped = {name_key(a) for a in SHIPPED_ROLE_ALIASES[actor.name]}
        kept = [a for a in actor.aliases if name_key(a) not in dropped]
        if kept != list(actor.aliases):
            actor.aliases = kept
            actor.save(update_fields=["aliases"])
            changed += 1
    return changed


def load(apps, schema_editor):
    from events.reference_data import load_gazetteer

    Place = apps.get_model("events", "Place")
    load_gazetteer(Place)
    union_shipped_aliases(Place)
    Actor = apps.get_model("events", "Actor")
    load_missing_actors(Actor)
    union_shipped_actor_aliases(Actor)
    drop_shipped_role_aliases(Actor)


class Migration(migrations.Migration):
    dependencies = [("events", "0003_reference_data_districts")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
