from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from sources.review import Reviewed, ReviewedQuerySet


class StatementKind(models.TextChoices):
    DIRECT = "direct", "Direct quote"
    REPORTED = "reported", "Reported speech"


class StatementQuerySet(ReviewedQuerySet):
    def by(self, *actors):
        """Said by these actors or by anyone speaking for them."""
        ids = [a.pk if hasattr(a, "pk") else a for a in actors]
        return self.filter(
            Q(speaker__in=ids) | Q(speaker__affiliation__in=ids) | Q(on_behalf_of__in=ids)
        )

    def about_place(self, *places):
        ids = [p.pk if hasattr(p, "pk") else p for p in places]
        return self.filter(Q(event__place__in=ids) | Q(event__place__province__in=ids))

    def between(self, start=None, end=None):
        qs = self
        if start:
            qs = qs.filter(said_on__gte=start)
        if end:
            qs = qs.filter(said_on__lte=end)
        return qs

    def direct(self):
        return self.filter(kind=StatementKind.DIRECT)

    def for_listing(self):
        return self.select_related(
            "speaker", "speaker__affiliation", "on_behalf_of", "source", "event", "event__place"
        )


class Statement(Reviewed):
    speaker = models.ForeignKey(
        "events.Actor",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="statements",
        help_text="Who said it: a person or an organisation. Empty if the article does not say.",
    )
    on_behalf_of = models.ForeignKey(
        "events.Actor",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="relayed_statements",
        help_text="Whose words the speaker relays (a UN spokesman relaying UNAMA).",
    )
    text = models.TextField()
    kind = models.CharField(max_length=10, choices=StatementKind.choices)
    said_on = models.DateField(null=True, blank=True, db_index=True)
    source = models.ForeignKey(
        "sources.Source", on_delete=models.CASCADE, related_name="statements"
    )
    evidence = models.TextField(blank=True, help_text="The passage of the article that carries it.")
    start = models.PositiveIntegerField(help_text="Offset of the evidence in the cleaned text.")
    end = models.PositiveIntegerField()
    event = models.ForeignKey(
        "events.Event",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="statements",
        help_text="The event the statement is about, if any.",
    )

    history = HistoricalRecords()
    objects = StatementQuerySet.as_manager()

    class Meta:
        ordering = [models.F("said_on").desc(nulls_last=True), "pk"]
        indexes = [models.Index(fields=["speaker", "said_on"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gte=models.F("start")), name="statement_span_order"
            ),
        ]

    def __str__(self) -> str:
        who = self.speaker.name if self.speaker_id else "Unattributed"
        text = self.text if len(self.text) < 80 else self.text[:77] + "…"
        return f"{who}: “{text}”"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("statement-list") + f"?q=&statement={self.pk}"
