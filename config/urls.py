from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Offensive timeline — editors"
admin.site.site_title = "Offensive timeline admin"
admin.site.index_title = "Curate articles, events, actors and places"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("events.urls")),
]
