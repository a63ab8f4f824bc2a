"""Adds the districts, sites and actors added to events/data/ since 0002 to databases that
were migrated before: the same idempotent loaders, which create only the missing rows; then
takes off the towns the spellings that now belong to a district (see
events.reference_data.drop_aliases_moved_to_other_places)."""

from django.db import migrations


def load(apps, schema_editor):
    from events.reference_data import (
        drop_aliases_moved_to_other_places,
        load_actors,
        load_gazetteer,
    )

    load_gazetteer(apps.get_model("events", "Place"))
    drop_aliases_moved_to_other_places(apps.get_model("events", "Place"))
    load_actors(apps.get_model("events", "Actor"))


class Migration(migrations.Migration):
    dependencies = [("events", "0002_load_reference_data")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
