from django.contrib import admin
from django.db.models import Count

from events.admin.actions import mark_reviewed, merge_action
from events.admin.base import EditorAdmin
from events.merge import merge_places
from events.models import Place


@admin.register(Place)
class PlaceAdmin(EditorAdmin):
    list_display = [
        "name",
        "kind",
        "province",
        "is_provincial_capital",
        "event_count",
        "geonames_id",
    ]
    list_filter = ["kind", "is_provincial_capital", "in_afghanistan", "review_status"]
    search_fields = ["name", "aliases"]
    autocomplete_fields = ["province"]
    list_select_related = ["province"]
    readonly_fields = ["slug"]
    ordering = ["name", "pk"]
    actions = [mark_reviewed, merge_action(merge_places, "places")]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_events=Count("events"))

    @admin.display(description="Events", ordering="n_events")
    def event_count(self, obj):
        return obj.n_events
