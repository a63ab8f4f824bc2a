"""Scaffolding: replaced by the real views."""

from django.http import Http404


def event_detail(request, *args, **kwargs):
    raise Http404("not built yet")
