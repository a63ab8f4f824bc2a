import hashlib
import re
import unicodedata

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from sources.review import Reviewed, ReviewedQuerySet


def normalise_for_hash(text: str) -> str:
    """The same article with other whitespace or line endings must hash the same."""
    text = unicodedata.normalize("NFC", text).replace("\ufeff", "")
    return re.sub(r"\s+", " ", text).strip().casefold()


def text_sha256(text: str) -> str:
    return hashlib.sha256(normalise_for_hash(text).encode("utf-8")).hexdigest()


class DateOrigin(models.TextChoices):
    HEADER = "header", "Header in the file"
    INFERRED = "inferred", "Inferred from the text"
    EDITOR = "editor", "Set by an editor"
    UNKNOWN = "unknown", "Unknown"


class SourceQuerySet(ReviewedQuerySet):
    def undated(self):
        return self.filter(published_on__isnull=True)

    def published_between(self, start=None, end=None):
        qs = self
        if start:
            qs = qs.filter(published_on__gte=start)
        if end:
            qs = qs.filter(published_on__lte=end)
        return qs


class Source(Reviewed):
    """One news article, as imported: the evidence every event and statement points back to."""

    file_name = models.CharField(max_length=255, help_text="Name of the uploaded file.")
    raw_text = models.TextField(help_text="The file's text as uploaded, decoded but unchanged.")
    text = models.TextField(
        help_text="The article body without captions, credits, widgets and promotions. "
        "Evidence offsets point into this text."
    )
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True, help_text="The publisher, if known.")
    url = models.URLField(max_length=1000, blank=True)
    published_on = models.DateField(
        null=True, blank=True, db_index=True, help_text="Publication date, if known."
    )
    published_on_source = models.CharField(
        "publication date from",
        max_length=10,
        choices=DateOrigin.choices,
        default=DateOrigin.UNKNOWN,
        help_text="How the publication date was found. Set it to 'Set by an editor' when you "
        "correct it.",
    )
    language = models.CharField(max_length=12, default="en")
    sha256 = models.CharField(
        "SHA-256",
        max_length=64,
        unique=True,
        editable=False,
        help_text="Hash of the normalised text: the same article is never stored twice.",
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="imported_sources",
    )
    extractor_version = models.CharField(max_length=40, blank=True)
    metadata = models.JSONField(
        default=dict,
        blank=True,
        help_text="What the import learned beside the body: embedded tweets, removed lines.",
    )
    warnings = models.JSONField(
        default=list, blank=True, help_text="Points the import wants an editor to check."
    )

    history = HistoricalRecords()
    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-imported_at"]
        permissions = [("import_articles", "Can import articles")]
        indexes = [models.Index(fields=["imported_at"])]

    def __str__(self) -> str:
        return self.title or self.file_name

    def save(self, *args, **kwargs):
        if not self.sha256:
            self.sha256 = text_sha256(self.raw_text)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("source-detail", args=[self.pk])
