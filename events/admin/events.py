from django import forms
from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from events.admin.actions import mark_reviewed, merge_action, reject
from events.admin.base import EditorAdmin, ReadOnlyEvidenceMixin
from events.merge import merge_events
from events.models import DuplicateCandidate, Event, EventActor, EventSource, Statement


class EventActorInline(admin.TabularInline):
    model = EventActor
    extra = 0
    autocomplete_fields = ["actor"]


class EventSourceInline(ReadOnlyEvidenceMixin, admin.TabularInline):
    model = EventSource
    extra = 0
    fields = ["source_link", "evidence_text", "date_phrase", "start", "end", "confidence"]
    # The offsets point into this source's text: moving the link to another article would
    # leave them pointing at the wrong sentence, so the source is shown, not edited.
    readonly_fields = ["source_link", "evidence_text", "start", "end", "confidence"]

    class Media:
        css = {"all": ["css/admin.css"]}

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # The admin's full-width text box left the evidence a narrow column beside it.
        if db_field.name == "date_phrase":
            kwargs["widget"] = forms.TextInput(attrs={"size": 14})
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    @admin.display(description="Source")
    def source_link(self, obj: EventSource) -> str:
        url = reverse("admin:sources_source_change", args=[obj.source_id])
        return format_html('<a href="{}">{}</a>', url, obj.source)

    def has_add_permission(self, request, obj=None):
        # Evidence comes from an article's text through the import; it is not typed in.
        return False


class StatementAboutInline(admin.TabularInline):
    model = Statement
    fk_name = "event"
    extra = 0
    fields = ["speaker", "kind", "text", "said_on", "source"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Event)
class EventAdmin(EditorAdmin):
    list_display = [
        "date",
        "date_precision",
        "place",
        "event_type",
        "sub_event_type",
        "summary",
        "fatalities",
        "review_status",
    ]
    list_filter = ["review_status", "event_type", "sub_event_type", "date_precision"]
    search_fields = ["summary", "place__name", "source_links__evidence"]
    autocomplete_fields = ["place"]
    list_select_related = ["place", "place__province"]
    date_hierarchy = "date"
    readonly_fields = ["reviewed_by", "reviewed_at", "confidence", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["summary", "event_type", "sub_event_type"]}),
        (
            "When and where",
            {"fields": [("date", "date_precision", "end_date"), ("place", "place_precision")]},
        ),
        ("Toll", {"fields": [("fatalities", "injured")]}),
        (
            "Review",
            {
                "fields": [
                    "review_status",
                    "reviewed_by",
                    "reviewed_at",
                    "confidence",
                    "notes",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]
    inlines = [EventActorInline, EventSourceInline, StatementAboutInline]
    actions = [mark_reviewed, reject, merge_action(merge_events, "events")]


@admin.register(DuplicateCandidate)
class DuplicateCandidateAdmin(admin.ModelAdmin):
    list_display = ["event", "other", "score", "reason", "status", "created_at"]
    list_filter = ["status"]
    list_select_related = ["event", "other"]
    readonly_fields = ["event", "other", "score", "reason", "created_at"]
    show_full_result_count = False
    actions = ["merge_pairs", "dismiss"]

    @admin.action(
        description="Merge each selected pair (the older event stays)", permissions=["change"]
    )
    def merge_pairs(self, request, queryset):
        merged = 0
        for pair in queryset.filter(status=DuplicateCandidate.Status.OPEN).select_related(
            "event", "other"
        ):
            keep, other = sorted([pair.event, pair.other], key=lambda e: e.pk)
            if Event.objects.filter(pk__in=[keep.pk, other.pk]).count() == 2:
                merge_events(keep, [other])
                merged += 1
        self.message_user(request, f"Merged {merged} pair(s).")

    @admin.action(description="Not the same event: dismiss", permissions=["change"])
    def dismiss(self, request, queryset):
        n = queryset.update(status=DuplicateCandidate.Status.DISMISSED)
        self.message_user(request, f"Dismissed {n} proposal(s).")
