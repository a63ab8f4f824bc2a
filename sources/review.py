"""Review state shared by every record an import can create."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class ReviewStatus(models.TextChoices):
    MACHINE = "machine", "Machine-extracted"
    REVIEWED = "reviewed", "Reviewed"
    REJECTED = "rejected", "Rejected"


class ReviewedQuerySet(models.QuerySet):
    def visible(self):
        """Everything a reader may see: rejected records are kept for the record, not shown."""
        return self.exclude(review_status=ReviewStatus.REJECTED)

    def reviewed(self):
        return self.filter(review_status=ReviewStatus.REVIEWED)

    def unreviewed(self):
        return self.filter(review_status=ReviewStatus.MACHINE)

    def mark(self, status: str, user=None) -> int:
        return self.update(review_status=status, reviewed_by=user, reviewed_at=timezone.now())


class Reviewed(models.Model):
    review_status = models.CharField(
        max_length=10,
        choices=ReviewStatus.choices,
        default=ReviewStatus.MACHINE,
        db_index=True,
        help_text="Machine-extracted records are shown with a badge until an editor reviews them. "
        "Rejected records stay in the database but are hidden from readers.",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The editor who last reviewed or rejected this record.",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    confidence = models.FloatField(
        null=True,
        blank=True,
        help_text="How sure the extractor was (0-1). Empty for records an editor typed in.",
    )

    class Meta:
        abstract = True

    @property
    def is_editor_owned(self) -> bool:
        """Once an editor has touched a record, a re-import must leave it alone."""
        return self.review_status != ReviewStatus.MACHINE

    def set_review(self, status: str, user=None) -> None:
        self.review_status = status
        self.reviewed_by = user
        self.reviewed_at = timezone.now()
