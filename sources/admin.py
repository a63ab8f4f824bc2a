from django.contrib import admin
from django.urls import reverse

from events.admin.actions import mark_reviewed, reject
from events.admin.base import EditorAdmin, EventAndStatementCounts, ReadOnlyEvidenceMixin
from events.admin.statements import StatementInline
from events.models import EventSource
from sources.admin_import import import_urls
from sources.models import Source


class EventLinkInline(ReadOnlyEvidenceMixin, admin.TabularInline):
    """The events this article reports, each with the sentence that reports it."""

    model = EventSource
    verbose_name = "event reported"
    verbose_name_plural = "events reported by this article"
    extra = 0
    fields = ["event", "evidence_text", "date_phrase", "confidence"]
    readonly_fields = ["evidence_text", "date_phrase", "confidence"]
    autocomplete_fields = ["event"]
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Source)
class SourceAdmin(EventAndStatementCounts, EditorAdmin):
    list_display = [
        "__str__",
        "outlet",
        "published_on",
        "published_on_source",
        "event_count",
        "statement_count",
        "review_status",
        "imported_at",
    ]
    list_filter = ["review_status", "published_on_source", "outlet", "language"]
    search_fields = ["title", "file_name", "outlet", "text"]
    date_hierarchy = "published_on"
    readonly_fields = [
        "sha256",
        "file_name",
        "imported_at",
        "imported_by",
        "extractor_version",
        "raw_text",
        "metadata",
        "warnings",
        "reviewed_by",
        "reviewed_at",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "outlet",
                    "url",
                    ("published_on", "published_on_source"),
                    "language",
                ]
            },
        ),
        ("Review", {"fields": ["review_status", "reviewed_by", "reviewed_at", "warnings"]}),
        (
            "Text",
            {
                "fields": ["text"],
                "description": "Evidence offsets point into this text: "
                "editing it can misplace highlighted spans.",
            },
        ),
        (
            "Import",
            {
                "classes": ["collapse"],
                "fields": [
                    "file_name",
                    "imported_at",
                    "imported_by",
                    "extractor_version",
                    "sha256",
                    "metadata",
                    "raw_text",
                ],
            },
        ),
    ]
    inlines = [EventLinkInline, StatementInline]
    actions = [mark_reviewed, reject]
    change_list_template = "admin/sources/source/change_list.html"

    def get_urls(self):
        return import_urls(self.admin_site) + super().get_urls()

    def changelist_view(self, request, extra_context=None):
        extra_context = extra_context or {}
        if request.user.has_perm("sources.import_articles"):
            extra_context["import_url"] = reverse("admin:sources_source_import")
        return super().changelist_view(request, extra_context)

    def save_model(self, request, obj, form, change):
        if change and "published_on" in form.changed_data:
            obj.published_on_source = "editor" if obj.published_on else "unknown"
        super().save_model(request, obj, form, change)
