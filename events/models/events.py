"""Events coded the way ACLED codes them, each linked to the sentences that report it."""

from datetime import date

from django.db import models
from django.db.models import Count, Q
from simple_history.models import HistoricalRecords

from sources.review import Reviewed, ReviewedQuerySet


class EventType(models.TextChoices):
    BATTLES = "Battles"
    EXPLOSIONS = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC = "Strategic developments"


class SubEventType(models.TextChoices):
    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_ESTABLISHED = "Headquarters or base established"
    LOOTING = "Looting/property destruction"
    NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
    OTHER = "Other"


# ACLED's codebook: which sub-event types belong to which event type.
EVENT_TYPES: dict[str, list[str]] = {
    EventType.BATTLES: [
        SubEventType.ARMED_CLASH,
        SubEventType.GOVERNMENT_REGAINS_TERRITORY,
        SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    ],
    EventType.EXPLOSIONS: [
        SubEventType.CHEMICAL_WEAPON,
        SubEventType.AIR_DRONE_STRIKE,
        SubEventType.SUICIDE_BOMB,
        SubEventType.SHELLING,
        SubEventType.REMOTE_EXPLOSIVE,
        SubEventType.GRENADE,
    ],
    EventType.VIOLENCE_AGAINST_CIVILIANS: [
        SubEventType.SEXUAL_VIOLENCE,
        SubEventType.ATTACK,
        SubEventType.ABDUCTION,
    ],
    EventType.PROTESTS: [
        SubEventType.PEACEFUL_PROTEST,
        SubEventType.PROTEST_WITH_INTERVENTION,
        SubEventType.EXCESSIVE_FORCE,
    ],
    EventType.RIOTS: [SubEventType.VIOLENT_DEMONSTRATION, SubEventType.MOB_VIOLENCE],
    EventType.STRATEGIC: [
        SubEventType.AGREEMENT,
        SubEventType.ARRESTS,
        SubEventType.CHANGE_TO_GROUP,
        SubEventType.DISRUPTED_WEAPONS_USE,
        SubEventType.HEADQUARTERS_ESTABLISHED,
        SubEventType.LOOTING,
        SubEventType.NON_VIOLENT_TRANSFER,
        SubEventType.OTHER,
    ],
}
SUB_EVENT_TYPES: dict[str, str] = {sub: main for main, subs in EVENT_TYPES.items() for sub in subs}


class DatePrecision(models.TextChoices):
    """ACLED's time_precision: 1 = day, 2 = week, 3 = month."""

    DAY = "day", "Day"
    WEEK = "week", "Week"
    MONTH = "month", "Month"


class PlacePrecision(models.IntegerChoices):
    """ACLED's geo_precision."""

    EXACT = 1, "The place itself"
    NEAR = 2, "Near the place or part of its district"
    REGION = 3, "Only the province or region is known"


class ActorRole(models.TextChoices):
    ACTOR1 = "actor1", "Actor 1"
    ASSOC_ACTOR1 = "assoc_actor1", "Associated with actor 1"
    ACTOR2 = "actor2", "Actor 2"
    ASSOC_ACTOR2 = "assoc_actor2", "Associated with actor 2"


class EventQuerySet(ReviewedQuerySet):
    def in_place(self, *places):
        """Events at these places or anywhere inside them (a province includes its towns)."""
        ids = [p.pk if hasattr(p, "pk") else p for p in places]
        return self.filter(Q(place__in=ids) | Q(place__province__in=ids))

    def between(self, start: date | None = None, end: date | None = None):
        """Events whose known period overlaps [start, end]; undated events never match."""
        qs = self
        if start:
            qs = qs.filter(Q(end_date__gte=start) | Q(end_date__isnull=True, date__gte=start))
        if end:
            qs = qs.filter(date__lte=end)
        return qs

    def of_type(self, event_type: str):
        return self.filter(event_type=event_type)

    def of_sub_type(self, sub_event_type: str):
        return self.filter(sub_event_type=sub_event_type)

    def involving(self, *actors, role: str | None = None):
        """Events with any of these actors, or any of their members (Taliban spokesman)."""
        ids = [a.pk if hasattr(a, "pk") else a for a in actors]
        cond = Q(actor_links__actor__in=ids) | Q(actor_links__actor__affiliation__in=ids)
        if role:
            cond &= Q(actor_links__role=role)
        return self.filter(pk__in=Event.objects.filter(cond).values("pk"))

    def with_fatalities(self, minimum: int = 1):
        return self.filter(fatalities__gte=minimum)

    def dated(self):
        return self.filter(date__isnull=False)

    def undated(self):
        return self.filter(date__isnull=True)

    def chronological(self):
        return self.order_by(models.F("date").asc(nulls_last=True), "pk")

    def latest_first(self):
        return self.order_by(models.F("date").desc(nulls_last=True), "-pk")

    def with_source_count(self):
        return self.annotate(source_count=Count("source_links__source", distinct=True))

    def for_listing(self):
        """What a list of events shows, fetched in a fixed number of queries."""
        return (
            self.select_related("place", "place__province")
            .prefetch_related("actor_links__actor")
            .with_source_count()
        )

    def territorial(self):
        """Events that tell who controls a place."""
        return self.filter(
            sub_event_type__in=[
                SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                SubEventType.NON_VIOLENT_TRANSFER,
                SubEventType.ARMED_CLASH,
                SubEventType.HEADQUARTERS_ESTABLISHED,
            ]
        )


class Event(Reviewed):
    date = models.DateField(
        null=True,
        blank=True,
        help_text="When it happened (the first day of the week or month when only that is "
        "known). Leave empty if the articles do not say: an unknown date is not guessed.",
    )
    date_precision = models.CharField(
        max_length=5,
        choices=DatePrecision.choices,
        blank=True,
        help_text="How exactly the date is known, as ACLED's time precision.",
    )
    end_date = models.DateField(
        null=True, blank=True, help_text="Last day, for an event that lasted several days."
    )
    place = models.ForeignKey(
        "events.Place",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="events",
        help_text="Where it happened inside Afghanistan; empty if unknown.",
    )
    place_precision = models.PositiveSmallIntegerField(
        choices=PlacePrecision.choices, null=True, blank=True
    )
    event_type = models.CharField(max_length=40, choices=EventType.choices)
    sub_event_type = models.CharField(max_length=40, choices=SubEventType.choices)
    summary = models.CharField(
        max_length=300, help_text="One line a reader can scan: who did what, where."
    )
    fatalities = models.PositiveIntegerField(
        null=True, blank=True, help_text="Deaths reported. Empty means unknown, not zero."
    )
    injured = models.PositiveIntegerField(
        null=True, blank=True, help_text="Injuries reported. Empty means unknown, not zero."
    )
    actors = models.ManyToManyField(
        "events.Actor", through="events.EventActor", related_name="events", blank=True
    )
    sources = models.ManyToManyField(
        "sources.Source", through="events.EventSource", related_name="events", blank=True
    )
    notes = models.TextField(blank=True, help_text="Editors' notes, shown on the event page.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = [models.F("date").desc(nulls_last=True), "-pk"]
        indexes = [
            models.Index(fields=["date"]),
            models.Index(fields=["place", "date"]),
            models.Index(fields=["event_type", "sub_event_type"]),
            models.Index(fields=["review_status", "date"]),
            models.Index(fields=["fatalities"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(date__isnull=False, end_date__gte=models.F("date")),
                name="event_end_after_start",
            ),
        ]

    def __str__(self) -> str:
        when = self.date.isoformat() if self.date else "undated"
        return f"{when} · {self.summary}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("event-detail", args=[self.pk])

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.sub_event_type and SUB_EVENT_TYPES.get(self.sub_event_type) != self.event_type:
            raise ValidationError(
                {"sub_event_type": f"“{self.sub_event_type}” is not a kind of “{self.event_type}”."}
            )
        if self.date and not self.date_precision:
            raise ValidationError({"date_precision": "Say how exactly the date is known."})


class EventActor(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="actor_links")
    actor = models.ForeignKey("events.Actor", on_delete=models.PROTECT, related_name="event_links")
    role = models.CharField(max_length=14, choices=ActorRole.choices)

    history = HistoricalRecords()

    class Meta:
        ordering = ["role", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "actor", "role"], name="event_actor_role_unique"
            )
        ]
        indexes = [models.Index(fields=["actor", "role"])]

    def __str__(self) -> str:
        return f"{self.actor} ({self.get_role_display()})"


class EventSource(models.Model):
    """One article's report of an event, with the sentence that says so."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="source_links")
    source = models.ForeignKey(
        "sources.Source", on_delete=models.CASCADE, related_name="event_links"
    )
    evidence = models.TextField(help_text="The sentence(s) of the article that report the event.")
    start = models.PositiveIntegerField(help_text="Offset of the evidence in the cleaned text.")
    end = models.PositiveIntegerField()
    date_phrase = models.CharField(
        max_length=100, blank=True, help_text="How this article dated it ('last Friday')."
    )
    confidence = models.FloatField(null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["source__published_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "source", "start"], name="event_source_span_unique"
            ),
            models.CheckConstraint(
                condition=Q(end__gte=models.F("start")), name="event_source_span_order"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} [{self.start}:{self.end}]"


class DuplicateCandidate(models.Model):
    """A pair of events the import thinks may be one; an editor decides."""

    class Status(models.TextChoices):
        OPEN = "open", "To decide"
        MERGED = "merged", "Merged"
        DISMISSED = "dismissed", "Not the same"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="duplicate_candidates")
    other = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    reason = models.CharField(max_length=300)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score"]
        constraints = [
            models.UniqueConstraint(fields=["event", "other"], name="duplicate_pair_unique")
        ]

    def __str__(self) -> str:
        return f"#{self.event_id} ≈ #{self.other_id} ({self.score:.2f})"
