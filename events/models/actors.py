from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from events.models.names import add_alias, name_key, unique_slug
from sources.review import Reviewed, ReviewedQuerySet


class ActorKind(models.TextChoices):
    ARMED_GROUP = "armed_group", "Armed group"
    STATE_FORCES = "state_forces", "State forces"
    GOVERNMENT = "government", "Government body"
    INTERNATIONAL_ORG = "international_org", "International organisation"
    FOREIGN_GOVERNMENT = "foreign_government", "Foreign government"
    NGO = "ngo", "NGO"
    MEDIA = "media", "Media"
    PERSON = "person", "Person"
    CIVILIANS = "civilians", "Civilians"
    OTHER = "other", "Other"


class ActorQuerySet(ReviewedQuerySet):
    def people(self):
        return self.filter(kind=ActorKind.PERSON)

    def organisations(self):
        return self.exclude(kind=ActorKind.PERSON)

    def search(self, text: str):
        return self.filter(Q(name__icontains=text) | Q(aliases__icontains=text))


class Actor(Reviewed):
    name = models.CharField(max_length=200, unique=True, help_text="The canonical name.")
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=20, choices=ActorKind.choices, db_index=True)
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other names met in articles (UNAMA, UN Assistance Mission in Afghanistan). "
        "The import recognises each of them.",
    )
    affiliation = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        help_text="The organisation a person speaks for or belongs to, or the parent body "
        "(Zabihullah Mujahid → Taliban).",
    )
    description = models.CharField(max_length=500, blank=True)

    history = HistoricalRecords()
    objects = ActorQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Actor, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("actor-detail", args=[self.slug])

    @property
    def all_names(self) -> list[str]:
        return [self.name, *self.aliases]

    def add_alias(self, name: str) -> None:
        self.aliases = add_alias(self.aliases, name, self.name)

    def matches(self, name: str) -> bool:
        return name_key(name) in {name_key(n) for n in self.all_names}

    @property
    def side(self) -> "Actor":
        """The organisation whose claims these are: a spokesman speaks for his organisation."""
        return self.affiliation if self.affiliation_id else self
