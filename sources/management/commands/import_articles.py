"""python manage.py import_articles PATH... — files, directories and zips of .txt articles."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from sources.importer import limits
from sources.importer.archive import read_paths
from sources.importer.results import ImportSummary, Status
from sources.importer.service import ImportService
from sources.models import Source


class Command(BaseCommand):
    help = (
        "Import news articles (.txt files, directories of them, or .zip archives) through the same "
        "service as the admin's 'Import articles' page. Accepts " + limits.describe() + " The same "
        "text imported twice is reported as already present. "
        "Exits with status 1 if any file failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", help="Files, directories or .zip archives.")
        parser.add_argument("--user", help="Username recorded as the importer of new sources.")
        parser.add_argument(
            "--reextract",
            action="store_true",
            help="Run extraction again on stored sources (all, or those given with --source) "
            "instead of importing files. Only machine-made records of each source are replaced; "
            "anything an editor reviewed, rejected or edited is kept.",
        )
        parser.add_argument(
            "--source", type=int, action="append", default=[], help="With --reextract: a source id."
        )
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, paths, user, reextract, source, no_progress, **options):
        service = ImportService(user=self._user(user))
        if reextract:
            if paths:
                raise CommandError("--reextract works on stored sources: give no paths.")
            sources = Source.objects.order_by("pk")
            if source:
                sources = sources.filter(pk__in=source)
            work = lambda progress: service.reextract(sources.iterator(), progress)  # noqa: E731
        else:
            if not paths:
                raise CommandError("Give at least one file, directory or .zip archive.")
            work = lambda progress: service.import_items(read_paths(paths), progress)  # noqa: E731
        summary = self._with_progress(work, no_progress or options.get("verbosity", 1) == 0)
        self._report(summary)
        if not summary.ok:
            raise CommandError(f"{summary.failed} file(s) failed.", returncode=1)

    def _user(self, username: str | None):
        if not username:
            return None
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as exc:
            raise CommandError(f"No user named {username!r}.") from exc

    def _with_progress(self, work, quiet: bool) -> ImportSummary:
        # tqdm writes carriage returns: give it the raw stream, not Django's line wrapper.
        bar = tqdm(unit="file", desc="Importing", file=self.stderr._out, disable=quiet)

        def progress(outcome):
            bar.set_postfix_str(outcome.name[-40:], refresh=False)
            bar.update(1)

        try:
            return work(progress)
        finally:
            bar.close()

    def _report(self, summary: ImportSummary) -> None:
        styles = {
            Status.IMPORTED: self.style.SUCCESS,
            Status.DUPLICATE: self.style.WARNING,
            Status.FAILED: self.style.ERROR,
            Status.SKIPPED: self.style.NOTICE,
        }
        for outcome in summary.files:
            self.stdout.write(styles.get(outcome.status, str)(outcome.line()))
        created = summary.created()
        self.stdout.write("")
        self.stdout.write(f"Summary: {summary.headline()}.")
        if created:
            self.stdout.write(
                "Created: " + ", ".join(f"{n} {k}" for k, n in sorted(created.items())) + "."
            )
