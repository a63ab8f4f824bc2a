from django.contrib import admin
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from sources.review import ReviewStatus


class EditorAdmin(SimpleHistoryAdmin):
    """Common ground for the editors' admins: history with revert, no full-table counts."""

    show_full_result_count = False
    list_per_page = 50

    def save_model(self, request, obj, form, change):
        # An editor's save is a review: a later re-import must not overwrite it.
        if (
            change
            and hasattr(obj, "review_status")
            and obj.review_status == ReviewStatus.MACHINE
            and form.has_changed()
        ):
            obj.set_review(ReviewStatus.REVIEWED, request.user)
        super().save_model(request, obj, form, change)


class ReadOnlyEvidenceMixin:
    """Evidence is what the article said: editors correct records, not the quote."""

    @admin.display(description="Evidence")
    def evidence_text(self, obj):
        return obj.evidence or "—"


class EventAndStatementCounts:
    """Change-list columns for records that events and statements point at (actors, sources),
    counted in the same query as the list."""

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                n_events=Count("event_links__event", distinct=True),
                n_statements=Count("statements", distinct=True),
            )
        )

    @admin.display(description="Events", ordering="n_events")
    def event_count(self, obj):
        return obj.n_events

    @admin.display(description="Statements", ordering="n_statements")
    def statement_count(self, obj):
        return obj.n_statements
