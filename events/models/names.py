"""Name handling shared by places and actors: matching must not care about case or accents."""

import re
import unicodedata

from django.utils.text import slugify


def name_key(name: str) -> str:
    """Lower-case, accent-free, punctuation-free key: 'Mazar-e-Sharif' -> 'mazar e sharif'."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", ascii_only.casefold()).strip()


def unique_slug(model, name: str, exclude_pk=None) -> str:
    base = slugify(name)[:70] or "item"
    slug, n = base, 2
    qs = model._default_manager.all()
    if exclude_pk:
        qs = qs.exclude(pk=exclude_pk)
    while qs.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def add_alias(aliases: list[str], name: str, canonical: str) -> list[str]:
    """Aliases keep one spelling per key and never repeat the canonical name."""
    keys = {name_key(a) for a in aliases} | {name_key(canonical)}
    if name and name_key(name) not in keys:
        return [*aliases, name]
    return list(aliases)
