from django.contrib import admin

from events.admin.actions import mark_reviewed, merge_action, reject
from events.admin.base import EditorAdmin, EventAndStatementCounts
from events.merge import merge_actors
from events.models import Actor


@admin.register(Actor)
class ActorAdmin(EventAndStatementCounts, EditorAdmin):
    list_display = [
        "name",
        "kind",
        "affiliation",
        "event_count",
        "statement_count",
        "review_status",
    ]
    list_filter = ["kind", "review_status"]
    search_fields = ["name", "aliases", "description"]
    autocomplete_fields = ["affiliation"]
    list_select_related = ["affiliation"]
    readonly_fields = ["slug", "reviewed_by", "reviewed_at", "confidence"]
    fields = [
        "name",
        "kind",
        "aliases",
        "affiliation",
        "description",
        "review_status",
        "reviewed_by",
        "reviewed_at",
        "confidence",
        "slug",
    ]
    actions = [mark_reviewed, reject, merge_action(merge_actors, "actors")]
