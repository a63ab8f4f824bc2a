from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from events.models.names import add_alias, name_key, unique_slug
from sources.review import Reviewed, ReviewedQuerySet


class PlaceKind(models.TextChoices):
    COUNTRY = "country", "Country"
    PROVINCE = "province", "Province"
    DISTRICT = "district", "District"
    CITY = "city", "City or town"
    SITE = "site", "Site (base, crossing, compound)"


class PlaceQuerySet(ReviewedQuerySet):
    def provinces(self):
        return self.filter(kind=PlaceKind.PROVINCE)

    def cities(self):
        return self.filter(kind=PlaceKind.CITY)

    def within(self, province: "Place"):
        """The province itself and everything recorded as lying in it."""
        return self.filter(Q(pk=province.pk) | Q(province=province))

    def with_event_counts(self):
        from events.models.events import Event

        visible = Event.objects.visible().filter(place=models.OuterRef("pk"))
        return self.annotate(
            event_count=models.Count(
                "events", filter=~Q(events__review_status="rejected"), distinct=True
            ),
            latest_event_on=models.Subquery(
                visible.order_by(models.F("date").desc(nulls_last=True)).values("date")[:1]
            ),
        )

    def with_events(self):
        return self.with_event_counts().filter(event_count__gt=0)

    def in_afghanistan(self):
        return self.filter(in_afghanistan=True)

    def search(self, text: str):
        return self.filter(Q(name__icontains=text) | Q(aliases__icontains=text))


class Place(Reviewed):
    name = models.CharField(max_length=200, help_text="The usual English spelling.")
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=10, choices=PlaceKind.choices, db_index=True)
    province = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contained_places",
        limit_choices_to={"kind": PlaceKind.PROVINCE},
        help_text="The province this place lies in (empty for provinces and the country).",
    )
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other spellings met in articles, e.g. Lashkargah and Lashkagah for "
        "Lashkar Gah. The import recognises each of them.",
    )
    geonames_id = models.PositiveIntegerField(
        "GeoNames id", null=True, blank=True, unique=True, help_text="From geonames.org, if known."
    )
    population = models.PositiveIntegerField(null=True, blank=True)
    is_provincial_capital = models.BooleanField(default=False)
    in_afghanistan = models.BooleanField(
        default=True,
        help_text="Places abroad (Doha, Washington) can be mentioned but are never where an "
        "event of the offensive happened.",
    )

    history = HistoricalRecords()
    objects = PlaceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["kind", "name"])]

    def __str__(self) -> str:
        if self.kind == PlaceKind.PROVINCE:
            return f"{self.name} province"
        if self.province_id and self.kind != PlaceKind.COUNTRY:
            return f"{self.name} ({self.province.name})"
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            base = f"{self.name} province" if self.kind == PlaceKind.PROVINCE else self.name
            self.slug = unique_slug(Place, base, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("place-detail", args=[self.slug])

    @property
    def all_names(self) -> list[str]:
        return [self.name, *self.aliases]

    def add_alias(self, name: str) -> None:
        self.aliases = add_alias(self.aliases, name, self.name)

    def matches(self, name: str) -> bool:
        return name_key(name) in {name_key(n) for n in self.all_names}
