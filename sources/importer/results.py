"""What an import reports per file: shared by the management command and the admin page."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date


class Status:
    IMPORTED = "imported"
    DUPLICATE = "duplicate"  # the same text is already stored: not an error
    FAILED = "failed"
    SKIPPED = "skipped"  # not an article (a .pdf in a zip): reported, not an error
    READY = "ready"  # preview only: would be imported on confirmation


STATUS_LABELS = {
    Status.IMPORTED: "imported",
    Status.DUPLICATE: "already present",
    Status.FAILED: "failed",
    Status.SKIPPED: "skipped",
    Status.READY: "ready to import",
}


@dataclass(frozen=True)
class RecordRef:
    """A row the import created or touched, for links in summaries."""

    model: str  # "source" | "event" | "statement" | "actor" | "place"
    pk: int
    label: str


@dataclass
class EventPlan:
    """What the import does with one extracted event."""

    action: str  # "create" | "link" (same as an existing event) | "propose" (create + candidate)
    date: date | None
    date_precision: str
    place: str  # "Lashkar Gah (Helmand)" or ""
    event_type: str
    sub_event_type: str
    summary: str
    actors: list[tuple[str, str]]  # (name, role)
    fatalities: int | None
    injured: int | None
    evidence: str
    mentions: int = 1  # sentences of the article that report it, the evidence included
    match: RecordRef | None = None
    score: float | None = None
    reason: str = ""


@dataclass
class StatementPlan:
    speaker: str
    on_behalf_of: str
    text: str
    kind: str
    said_on: date | None


@dataclass
class ArticlePreview:
    """Everything the editor sees before confirming: nothing of it is stored yet."""

    title: str
    outlet: str
    url: str
    published_on: date | None
    published_on_source: str
    published_reason: str
    events: list[EventPlan] = field(default_factory=list)
    statements: list[StatementPlan] = field(default_factory=list)
    new_actors: list[str] = field(default_factory=list)
    new_places: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class FileOutcome:
    name: str  # "batch.zip/article.txt" for zip members
    status: str
    reason: str = ""
    created: Counter = field(default_factory=Counter)  # "events", "links", "statements", ...
    source: RecordRef | None = None
    records: list[RecordRef] = field(default_factory=list)
    preview: ArticlePreview | None = None
    words: int = 0

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def ok(self) -> bool:
        return self.status != Status.FAILED

    def line(self) -> str:
        """One line for a terminal."""
        text = f"{self.status_label:>15}  {self.name}"
        if self.reason:
            text += f" — {self.reason}"
        if self.created:
            text += " (" + ", ".join(f"{n} {k}" for k, n in sorted(self.created.items()) if n) + ")"
        return text


@dataclass
class ImportSummary:
    files: list[FileOutcome] = field(default_factory=list)

    def add(self, outcome: FileOutcome) -> FileOutcome:
        self.files.append(outcome)
        return outcome

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def imported(self) -> int:
        return self.count(Status.IMPORTED)

    @property
    def duplicates(self) -> int:
        return self.count(Status.DUPLICATE)

    @property
    def failed(self) -> int:
        return self.count(Status.FAILED)

    @property
    def skipped(self) -> int:
        return self.count(Status.SKIPPED)

    @property
    def ready(self) -> int:
        return self.count(Status.READY)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def created(self) -> Counter:
        total: Counter = Counter()
        for f in self.files:
            total.update(f.created)
        return total

    @property
    def created_items(self) -> list[tuple[str, int]]:
        """(kind, count) pairs, for templates (a Counter's .items is shadowed there)."""
        return sorted((k, n) for k, n in self.created().items() if n)

    def headline(self) -> str:
        parts = [
            f"{self.imported} imported",
            f"{self.duplicates} already present",
            f"{self.failed} failed",
        ]
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        if self.ready:
            parts.append(f"{self.ready} ready to import")
        return ", ".join(parts)
