"""The statements page's filters: every query-string value goes through a declared field."""

from datetime import date

import django_filters
from django import forms
from django.db.models import Q, QuerySet

from events.claims import CAMPS, camp_q
from events.filters import BoundedDateField, DateRangeForm, date_input
from events.models import Actor, Event, Place, Statement

MAX_SEARCH_LENGTH = 200
MAX_ID = 2**63 - 1  # a larger id is no id: refused before it reaches the database


class BoundedDateFilter(django_filters.Filter):
    field_class = BoundedDateField


class StatementFilterForm(DateRangeForm):
    date_range = ("said_after", "said_before")


class StatementFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Search the quotes",
        method="filter_text",
        max_length=MAX_SEARCH_LENGTH,
    )
    speaker = django_filters.ModelChoiceFilter(
        label="Speaker",
        queryset=Actor.objects.visible()
        .filter(
            Q(statements__isnull=False)
            | Q(members__statements__isnull=False)
            | Q(relayed_statements__isnull=False)
        )
        .distinct(),
        to_field_name="slug",
        method="filter_speaker",
        empty_label="Anyone",
        help_text="Includes the people speaking for an organisation.",
    )
    side = django_filters.ChoiceFilter(
        label="Side",
        choices=[(camp.key, camp.label) for camp in CAMPS],
        method="filter_side",
        empty_label="Any side",
    )
    said_after = BoundedDateFilter(
        label="Said from",
        method="filter_said_after",
        widget=date_input(),
    )
    said_before = BoundedDateFilter(
        label="Said until",
        method="filter_said_before",
        widget=date_input(),
    )
    place = django_filters.ModelChoiceFilter(
        label="Place of the event",
        queryset=Place.objects.visible()
        .filter(events__statements__isnull=False)
        .select_related("province")
        .distinct(),
        to_field_name="slug",
        method="filter_place",
        empty_label="Anywhere",
    )
    event = django_filters.ModelChoiceFilter(
        label="Event",
        queryset=Event.objects.visible(),
        method="filter_event",
        widget=forms.HiddenInput,
    )
    statement = django_filters.NumberFilter(
        label="Statement",
        field_name="pk",
        widget=forms.HiddenInput,
        min_value=1,
        max_value=MAX_ID,
        decimal_places=0,
    )

    class Meta:
        model = Statement
        fields: list[str] = []
        form = StatementFilterForm

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if not value:
            return queryset
        return queryset.filter(Q(text__icontains=value) | Q(evidence__icontains=value))

    def filter_speaker(self, queryset: QuerySet, name: str, value: Actor | None) -> QuerySet:
        return queryset.by(value) if value else queryset

    def filter_side(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(camp_q(value)) if value else queryset

    def filter_said_after(self, queryset: QuerySet, name: str, value: date | None) -> QuerySet:
        return queryset.between(start=value) if value else queryset

    def filter_said_before(self, queryset: QuerySet, name: str, value: date | None) -> QuerySet:
        return queryset.between(end=value) if value else queryset

    def filter_place(self, queryset: QuerySet, name: str, value: Place | None) -> QuerySet:
        return queryset.about_place(value) if value else queryset

    def filter_event(self, queryset: QuerySet, name: str, value: Event | None) -> QuerySet:
        return queryset.filter(event=value) if value else queryset

    def valid_qs(self) -> QuerySet:
        """Every valid filter applied; a rejected value is left out (and shown as an error)."""
        self.errors  # noqa: B018 - validates the form, filling cleaned_data
        queryset = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            if name not in self.form.errors:
                queryset = self.filters[name].filter(queryset, value)
        return queryset


def statement_filter(data) -> StatementFilter:
    return StatementFilter(data, queryset=Statement.objects.visible())


def without_nul_bytes(form: forms.Form) -> forms.Form:
    """After validation, the inputs show the values as typed minus NUL bytes (never echoed back)."""
    form.errors  # noqa: B018 - validate against the data as sent
    data = form.data.copy()
    for key in data:
        data.setlist(key, [value.replace("\x00", "") for value in data.getlist(key)])
    form.data = data
    return form


def error_messages(form: forms.Form) -> list[str]:
    """A FilterSet form's errors as sentences that name the filter ("Said from: ...")."""
    messages = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else "Filters"
        messages += [f"{label}: {error}" for error in errors]
    return messages
