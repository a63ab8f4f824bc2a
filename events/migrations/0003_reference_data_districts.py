"""Adds the districts, sites and actors added to events/data/ since 0002 to databases that
were migrated before: the same idempotent loaders, which create only the missing rows."""

from django.db import migrations


def load(apps, schema_editor):
    from events.reference_data import load_actors, load_gazetteer

    load_gazetteer(apps.get_model("events", "Place"))
    load_actors(apps.get_model("events", "Actor"))


class Migration(migrations.Migration):
    dependencies = [("events", "0002_load_reference_data")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
