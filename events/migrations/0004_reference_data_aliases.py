"""Brings databases migrated before up to the shipped gazetteer's spellings: creates the places
of events/data/gazetteer.json that are missing (the idempotent loader), then adds to every
shipped place the aliases of the file it lacks ("Shebarghan", "Pol-i-Khumri", "Wesh" for Spin
Boldak). An alias is only added, never removed, and not when another place of the database
already answers to it (an editor gave it there). Running it twice changes nothing."""

import json

from django.db import migrations


def union_shipped_aliases(Place) -> int:
    """Add the file's aliases each shipped place lacks; returns the number of places changed."""
    from events.models.names import add_alias, name_key
    from events.reference_data import GAZETTEER_FILE

    rows = json.loads(GAZETTEER_FILE.read_text(encoding="utf-8"))["places"]
    places = list(Place.objects.select_related("province"))
    owners: dict[str, set[int]] = {}
    for place in places:
        for name in [place.name, *place.aliases]:
            owners.setdefault(name_key(name), set()).add(place.pk)
    by_key = {(p.name, p.kind, p.province.name if p.province_id else None): p for p in places}
    changed = 0
    for row in rows:
        place = by_key.get((row["name"], row["kind"], row.get("province")))
        if place is None:
            continue
        aliases = list(place.aliases)
        for alias in row.get("aliases", []):
            if owners.get(name_key(alias), set()) - {place.pk}:
                continue
            aliases = add_alias(aliases, alias, place.name)
        if aliases != list(place.aliases):
            place.aliases = aliases
            place.save(update_fields=["aliases"])
            for alias in aliases:
                owners.setdefault(name_key(alias), set()).add(place.pk)
            changed += 1
    return changed


def load(apps, schema_editor):
    from events.reference_data import load_gazetteer

    Place = apps.get_model("events", "Place")
    load_gazetteer(Place)
    union_shipped_aliases(Place)


class Migration(migrations.Migration):
    dependencies = [("events", "0003_reference_data_districts")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
