from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

admin.site.site_header = "Offensive timeline — editors"
admin.site.site_title = "Offensive timeline admin"
admin.site.index_title = "Curate articles, events, actors and places"

urlpatterns = [
    path("admin/", admin.site.urls),
    # Browsers ask for /favicon.ico on pages that name no icon (the admin's); answer it locally.
    path("favicon.ico", RedirectView.as_view(url=static("img/favicon.svg"), permanent=True)),
    path("", include("events.urls")),
]
