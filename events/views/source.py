"""Scaffolding: replaced by the real views."""

from django.http import Http404


def source_index(request, *args, **kwargs):
    raise Http404("not built yet")


def source_detail(request, *args, **kwargs):
    raise Http404("not built yet")
