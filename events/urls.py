from django.urls import path

from events.views import actors, event, places, source, statements, timeline

urlpatterns = [
    path("", timeline.timeline, name="timeline"),
    path("events.csv", timeline.export_csv, name="export-csv"),
    path("events.json", timeline.export_json, name="export-json"),
    path("events.geojson", timeline.export_geojson, name="export-geojson"),
    path("events/<int:pk>/", event.event_detail, name="event-detail"),
    path("cities/", places.place_index, name="place-index"),
    path("cities/<slug:slug>/", places.place_detail, name="place-detail"),
    path("actors/", actors.actor_index, name="actor-index"),
    path("actors/<slug:slug>/", actors.actor_detail, name="actor-detail"),
    path("sources/", source.source_index, name="source-index"),
    path("sources/<int:pk>/", source.source_detail, name="source-detail"),
    path("statements/", statements.statement_list, name="statement-list"),
]
