"""Scaffolding: replaced by the real views."""

from django.http import Http404


def place_index(request, *args, **kwargs):
    raise Http404("not built yet")


def place_detail(request, *args, **kwargs):
    raise Http404("not built yet")
