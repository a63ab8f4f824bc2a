from django.contrib import admin

from events.admin.actions import mark_reviewed, reject
from events.admin.base import EditorAdmin
from events.models import Statement


@admin.register(Statement)
class StatementAdmin(EditorAdmin):
    list_display = [
        "short_text",
        "speaker",
        "on_behalf_of",
        "kind",
        "said_on",
        "source",
        "review_status",
    ]
    list_filter = ["kind", "review_status", "speaker__kind"]
    search_fields = ["text", "speaker__name", "on_behalf_of__name"]
    autocomplete_fields = ["speaker", "on_behalf_of", "event", "source"]
    list_select_related = ["speaker", "on_behalf_of", "source"]
    date_hierarchy = "said_on"
    readonly_fields = ["evidence", "start", "end", "reviewed_by", "reviewed_at", "confidence"]
    actions = [mark_reviewed, reject]

    @admin.display(description="Statement")
    def short_text(self, obj):
        return obj.text if len(obj.text) <= 90 else obj.text[:87] + "…"


class StatementInline(admin.TabularInline):
    model = Statement
    extra = 0
    fields = ["speaker", "on_behalf_of", "kind", "text", "said_on", "event", "review_status"]
    autocomplete_fields = ["speaker", "on_behalf_of", "event"]
    show_change_link = True
