"""The one import service: bytes in, rows out, one outcome per file.

Both the `import_articles` command and the admin's "Import articles" page call it. Each
article is written in its own transaction, and a failure is reported for that file only.
"""

import logging
from collections.abc import Callable, Iterable, Iterator

from django.db import IntegrityError, transaction

from sources.importer.archive import ArticleFile, Item, Refused
from sources.importer.persist import create_source, persist_extraction
from sources.importer.preview import preview_extraction
from sources.importer.reextract import clear_machine_records, refresh_source_fields
from sources.importer.results import FileOutcome, ImportSummary, RecordRef, Status
from sources.models import Source, text_sha256

logger = logging.getLogger(__name__)

Progress = Callable[[FileOutcome], None]


class ImportService:
    def __init__(self, user=None):
        self.user = user
        self._tools = None

    # -- extraction -------------------------------------------------------------------------
    def tools(self):
        """Gazetteer and lexicon, built once per service from the database."""
        if self._tools is None:
            from events.lookup import gazetteer_records, lexicon_records
            from sources.extract.actors import Lexicon
            from sources.extract.places import Gazetteer

            self._tools = (
                Gazetteer.from_records(gazetteer_records()),
                Lexicon.from_records(lexicon_records()),
            )
        return self._tools

    def extract(self, data: bytes | str, file_name: str):
        from sources.extract.pipeline import extract_article

        gazetteer, lexicon = self.tools()
        return extract_article(data, file_name, gazetteer, lexicon)

    # -- batches ----------------------------------------------------------------------------
    def iter_import(self, items: Iterable[Item]) -> Iterator[FileOutcome]:
        """Import file by file, yielding each outcome as soon as that file is done."""
        return self._iter(items, self.import_one)

    def iter_preview(self, items: Iterable[Item]) -> Iterator[FileOutcome]:
        seen: set[str] = set()
        return self._iter(items, lambda item: self.preview_one(item, seen))

    def import_items(
        self, items: Iterable[Item], progress: Progress | None = None
    ) -> ImportSummary:
        return self._collect(self.iter_import(items), progress)

    def preview_items(
        self, items: Iterable[Item], progress: Progress | None = None
    ) -> ImportSummary:
        return self._collect(self.iter_preview(items), progress)

    @staticmethod
    def _collect(outcomes: Iterable[FileOutcome], progress: Progress | None) -> ImportSummary:
        summary = ImportSummary()
        for outcome in outcomes:
            summary.add(outcome)
            if progress is not None:
                progress(outcome)
        return summary

    def _iter(self, items, handle) -> Iterator[FileOutcome]:
        for item in items:
            if isinstance(item, Refused):
                yield FileOutcome(item.name, item.status, item.reason)
            else:
                yield self._guarded(handle, item)

    @staticmethod
    def _guarded(handle, item: ArticleFile) -> FileOutcome:
        """A bug in one article must not stop the others, nor show an editor a server error."""
        from sources.extract.decode import DecodeError

        try:
            return handle(item)
        except DecodeError as exc:
            return FileOutcome(item.name, Status.FAILED, str(exc))
        except Exception as exc:
            logger.exception("import of %s failed", item.name)
            return FileOutcome(
                item.name,
                Status.FAILED,
                f"could not be processed ({exc.__class__.__name__}: {exc})",
            )

    # -- one article ------------------------------------------------------------------------
    def _duplicate_of(self, sha: str, name: str) -> FileOutcome | None:
        existing = Source.objects.filter(sha256=sha).only("pk", "file_name", "title").first()
        if existing is None:
            return None
        return FileOutcome(
            name,
            Status.DUPLICATE,
            f"the same text is already stored as “{existing.file_name}”",
            source=RecordRef("source", existing.pk, str(existing)),
        )

    def import_one(self, item: ArticleFile) -> FileOutcome:
        extraction = self.extract(item.data, item.name)
        sha = text_sha256(extraction.cleaned.raw)
        duplicate = self._duplicate_of(sha, item.name)
        if duplicate is not None:
            return duplicate
        try:
            with transaction.atomic():
                source = create_source(extraction, file_name=item.name, user=self.user)
                written = persist_extraction(extraction, source, user=self.user, new_source=True)
        except IntegrityError:
            # Another import stored the same text meanwhile: that is a duplicate, not a failure.
            duplicate = self._duplicate_of(sha, item.name)
            if duplicate is not None:
                return duplicate
            raise
        return FileOutcome(
            item.name,
            Status.IMPORTED,
            created=written.created,
            source=RecordRef("source", source.pk, str(source)),
            records=written.records,
            words=len(extraction.cleaned.text.split()),
        )

    def preview_one(self, item: ArticleFile, seen: set[str]) -> FileOutcome:
        extraction = self.extract(item.data, item.name)
        sha = text_sha256(extraction.cleaned.raw)
        duplicate = self._duplicate_of(sha, item.name)
        if duplicate is not None:
            return duplicate
        if sha in seen:
            return FileOutcome(
                item.name, Status.DUPLICATE, "the same text is in another file of this upload"
            )
        seen.add(sha)
        return FileOutcome(
            item.name,
            Status.READY,
            preview=preview_extraction(extraction),
            words=len(extraction.cleaned.text.split()),
        )

    # -- re-extraction ----------------------------------------------------------------------
    def reextract(
        self, sources: Iterable[Source], progress: Progress | None = None
    ) -> ImportSummary:
        """Run extraction again on stored articles; what an editor touched stays as it is."""
        summary = ImportSummary()
        for source in sources:
            item = ArticleFile(source.file_name, source.raw_text.encode("utf-8"))
            outcome = self._guarded(lambda _item, s=source: self.reextract_one(s), item)
            summary.add(outcome)
            if progress is not None:
                progress(outcome)
        return summary

    def reextract_one(self, source: Source) -> FileOutcome:
        extraction = self.extract(source.raw_text, source.file_name)
        with transaction.atomic():
            kept = clear_machine_records(source)
            refresh_source_fields(source, extraction)
            written = persist_extraction(extraction, source, kept_spans=kept, user=self.user)
        return FileOutcome(
            source.file_name,
            Status.IMPORTED,
            reason="extracted again",
            created=written.created,
            source=RecordRef("source", source.pk, str(source)),
            records=written.records,
            words=len(extraction.cleaned.text.split()),
        )
