"""python manage.py export_events --format json|csv [--output FILE]"""

import sys

from django.core.management.base import BaseCommand

from events.models import Event, Statement
from sources.exporting import write_csv, write_json


class Command(BaseCommand):
    help = (
        "Export the events readers can see (rejected ones are left out). JSON: one document with "
        "sources, events, statements, actors and places — only the actors and places that the "
        "exported events and statements use, not the whole gazetteer. CSV: events in ACLED's "
        "column layout; cells a spreadsheet would run as formulas are prefixed with an apostrophe."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["json", "csv"], default="json")
        parser.add_argument("--output", help="File to write; standard output if omitted.")

    def handle(self, *args, format, output, **options):
        events = Event.objects.visible()
        if output:
            # newline="" lets the csv module write its own line endings.
            with open(output, "w", encoding="utf-8", newline="") as stream:
                self._write(format, events, stream)
            self.stderr.write(f"Wrote {events.count()} events to {output}.")
        else:
            self._write(format, events, self.stdout._out if self.stdout._out else sys.stdout)

    @staticmethod
    def _write(format: str, events, stream) -> None:
        if format == "csv":
            write_csv(events, stream)
        else:
            write_json(events, stream, statements=Statement.objects.visible())
