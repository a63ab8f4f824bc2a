from django.contrib import admin
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
