"""The timeline's filters: one FilterSet, used by the page, its facets and its exports.

Every filter reads the query string only through a declared field, so a bad value becomes a form
error shown on the page (and that one filter is left out), never a 500.
"""

from datetime import date

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet

from events.models import Actor, Event, EventSource, EventType, Place, Statement, SubEventType

# The offensive and its sources: a range wide enough for background events, narrow enough that
# a typo (99999-01-01, 0001-01-01) is caught as an error instead of silently matching nothing.
EARLIEST_DATE = date(1978, 1, 1)
LATEST_DATE = date(2100, 12, 31)
MAX_FATALITIES = 1_000_000
MAX_SEARCH_LENGTH = 200


class BoundedDateField(forms.DateField):
    default_error_messages = {
        "out_of_range": "Give a date between %(earliest)s and %(latest)s.",
    }

    def clean(self, value):
        cleaned = super().clean(value)
        if cleaned and not EARLIEST_DATE <= cleaned <= LATEST_DATE:
            raise forms.ValidationError(
                self.error_messages["out_of_range"],
                code="out_of_range",
                params={"earliest": EARLIEST_DATE.isoformat(), "latest": LATEST_DATE.isoformat()},
            )
        return cleaned


class BoundedDateFilter(django_filters.Filter):
    field_class = BoundedDateField


class PositiveIntegerFilter(django_filters.Filter):
    field_class = forms.IntegerField


def date_input() -> forms.DateInput:
    """The browser's date picker, with values in the ISO form the filters parse."""
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class CheckboxFilter(django_filters.Filter):
    field_class = forms.BooleanField


class DateRangeForm(forms.Form):
    """A filter form whose `date_range` fields (start, end) must not be reversed."""

    date_range = ("date_after", "date_before")

    def clean(self):
        cleaned = super().clean()
        start_field, end_field = self.date_range
        start, end = cleaned.get(start_field), cleaned.get(end_field)
        if start and end and start > end:
            self.add_error(end_field, "The end date is before the start date.")
        return cleaned


class TimelineFilterForm(DateRangeForm):
    pass


class EventFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Search",
        method="filter_text",
        max_length=MAX_SEARCH_LENGTH,
        help_text="Words in the summary, the reporting sentences or the statements.",
    )
    place = django_filters.ModelMultipleChoiceFilter(
        label="Place",
        queryset=Place.objects.visible().in_afghanistan(),
        to_field_name="slug",
        method="filter_place",
        widget=forms.CheckboxSelectMultiple,
    )
    actor = django_filters.ModelMultipleChoiceFilter(
        label="Actor",
        queryset=Actor.objects.visible(),
        to_field_name="slug",
        method="filter_actor",
        widget=forms.CheckboxSelectMultiple,
    )
    event_type = django_filters.MultipleChoiceFilter(
        label="Event type",
        choices=[(v, v) for v in EventType.values],
        widget=forms.CheckboxSelectMultiple,
    )
    sub_event_type = django_filters.MultipleChoiceFilter(
        label="Sub-type",
        choices=[(v, v) for v in SubEventType.values],
        widget=forms.CheckboxSelectMultiple,
    )
    date_after = BoundedDateFilter(
        label="From",
        method="filter_date_after",
        widget=date_input(),
    )
    date_before = BoundedDateFilter(
        label="To",
        method="filter_date_before",
        widget=date_input(),
    )
    min_fatalities = PositiveIntegerFilter(
        label="At least this many deaths",
        min_value=1,
        max_value=MAX_FATALITIES,
        method="filter_min_fatalities",
        widget=forms.NumberInput(attrs={"min": 1, "max": MAX_FATALITIES, "inputmode": "numeric"}),
    )
    reviewed = CheckboxFilter(
        label="Reviewed by an editor only",
        method="filter_reviewed",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = Event
        fields: list[str] = []
        form = TimelineFilterForm

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return text_match(queryset, value) if value else queryset

    def filter_place(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.in_place(*value) if value else queryset

    def filter_actor(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.involving(*value) if value else queryset

    def filter_date_after(self, queryset: QuerySet, name: str, value: date | None) -> QuerySet:
        return queryset.between(start=value) if value else queryset

    def filter_date_before(self, queryset: QuerySet, name: str, value: date | None) -> QuerySet:
        return queryset.between(end=value) if value else queryset

    def filter_min_fatalities(self, queryset: QuerySet, name: str, value: int | None) -> QuerySet:
        return queryset.with_fatalities(value) if value else queryset

    def filter_reviewed(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset.reviewed() if value else queryset

    def qs_without(self, *names: str) -> QuerySet:
        """The events under every valid filter except these: what a facet counts against."""
        self.errors  # noqa: B018 - validates the form, filling cleaned_data
        queryset = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            if name not in names:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def cleaned(self, name: str):
        """A filter's valid value, or None when it is missing or was rejected."""
        self.errors  # noqa: B018
        return self.form.cleaned_data.get(name) if name not in self.form.errors else None


def text_match(queryset: QuerySet, text: str) -> QuerySet:
    """Events whose summary, evidence sentences or statements contain the text (no duplicates)."""
    evidence = EventSource.objects.filter(event=OuterRef("pk"), evidence__icontains=text)
    statements = Statement.objects.visible().filter(event=OuterRef("pk"), text__icontains=text)
    return queryset.filter(Q(summary__icontains=text) | Exists(evidence) | Exists(statements))


def timeline_events(data) -> EventFilter:
    """The FilterSet over what readers may see, bound to a query string."""
    return EventFilter(data, queryset=Event.objects.visible())
