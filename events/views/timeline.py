"""Scaffolding: replaced by the real views."""

from django.http import Http404


def timeline(request, *args, **kwargs):
    raise Http404("not built yet")


def export_csv(request, *args, **kwargs):
    raise Http404("not built yet")


def export_json(request, *args, **kwargs):
    raise Http404("not built yet")


def export_geojson(request, *args, **kwargs):
    raise Http404("not built yet")
