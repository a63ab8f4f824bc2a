"""Template helpers for event lists: dates with their precision, type swatches, actor names."""

import re
from pathlib import PurePosixPath

from django import template

from events.charts import period_label, short_date
from events.maps import place_label as _place_label

register = template.Library()


@register.filter
def event_when(event) -> str:
    """'30 Jul 2021', 'week of 2 Aug 2021', 'Aug 2021', '30 Jul – 2 Aug 2021' or 'date unknown'."""
    if event.date is None:
        return "date unknown"
    precision = event.date_precision or "day"
    if precision != "day":
        return period_label(event.date, precision)
    if event.end_date and event.end_date != event.date:
        return f"{short_date(event.date)} – {short_date(event.end_date)}"
    return short_date(event.date)


@register.filter
def type_key(event_type: str) -> str:
    """A CSS-safe key: 'Explosions/Remote violence' -> 'explosions-remote-violence'."""
    return re.sub(r"[^a-z0-9]+", "-", str(event_type).lower()).strip("-")


@register.filter
def event_actors(event) -> list:
    """The event's actors in role order, each once (uses the prefetched actor_links)."""
    seen: dict[int, object] = {}
    for link in event.actor_links.all():
        seen.setdefault(link.actor_id, link.actor)
    return list(seen.values())


@register.filter
def place_label(place) -> str:
    """'Herat province' for a province, else the name (a province and its capital share it)."""
    return _place_label(place)


@register.filter
def source_title(source) -> str:
    """The headline, or 'Untitled article (kabul_reuters.txt)': a bare path reads as a title."""
    if source.title:
        return source.title
    return f"Untitled article ({PurePosixPath(source.file_name).name})"


OPENING_QUOTES = "\"“‘'«"


@register.filter
def quoted(text) -> str:
    """The text in curly quotes, unless it opens with a quote mark of its own (no “" … ”)."""
    text = str(text).strip()
    return text if text[:1] in OPENING_QUOTES else f"“{text}”"
