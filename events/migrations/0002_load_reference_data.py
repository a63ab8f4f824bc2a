from django.db import migrations


def load(apps, schema_editor):
    from events.reference_data import load_actors, load_gazetteer

    load_gazetteer(apps.get_model("events", "Place"))
    load_actors(apps.get_model("events", "Actor"))


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
