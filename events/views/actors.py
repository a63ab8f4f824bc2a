"""Scaffolding: replaced by the real views."""

from django.http import Http404


def actor_index(request, *args, **kwargs):
    raise Http404("not built yet")


def actor_detail(request, *args, **kwargs):
    raise Http404("not built yet")
