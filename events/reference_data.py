"""Loads the gazetteer and the actor lexicon shipped in events/data/ into the database.

Called by migrations (with historical models) and by tests; loading twice changes nothing.
"""

import json
from pathlib import Path

from django.utils.text import slugify

from events.models.names import name_key

DATA_DIR = Path(__file__).resolve().parent / "data"
GAZETTEER_FILE = DATA_DIR / "gazetteer.json"
ACTORS_FILE = DATA_DIR / "actors.json"


def _unique_slug(model, base: str, taken: set[str]) -> str:
    base = slugify(base)[:70] or "item"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def load_gazetteer(Place) -> int:
    """Create the places of events/data/gazetteer.json that are not there yet."""
    data = json.loads(GAZETTEER_FILE.read_text(encoding="utf-8"))
    # Same-named towns exist in different provinces (Nayak in Bamyan and in Ghor).
    existing = {
        (p.name, p.kind, p.province.name if p.province_id else None)
        for p in Place.objects.select_related("province")
    }
    taken = set(Place.objects.values_list("slug", flat=True))
    created = 0
    # Provinces first so that towns can point at them.
    rows = sorted(data["places"], key=lambda r: {"country": 0, "province": 1}.get(r["kind"], 2))
    provinces: dict[str, object] = {p.name: p for p in Place.objects.filter(kind="province")}
    for row in rows:
        key = (row["name"], row["kind"], row.get("province"))
        if key in existing:
            continue
        base = f"{row['name']} province" if row["kind"] == "province" else row["name"]
        place = Place.objects.create(
            name=row["name"],
            slug=_unique_slug(Place, base, taken),
            kind=row["kind"],
            province=provinces.get(row.get("province") or ""),
            latitude=row.get("latitude"),
            longitude=row.get("longitude"),
            aliases=row.get("aliases", []),
            geonames_id=row.get("geonames_id"),
            population=row.get("population"),
            is_provincial_capital=row.get("is_provincial_capital", False),
            in_afghanistan=row.get("in_afghanistan", True),
            review_status="reviewed",
        )
        if place.kind == "province":
            provinces[place.name] = place
        existing.add(key)
        created += 1
    return created


def load_actors(Actor) -> int:
    """Create the actors of events/data/actors.json that are not there yet."""
    data = json.loads(ACTORS_FILE.read_text(encoding="utf-8"))
    by_name = {a.name: a for a in Actor.objects.all()}
    taken = set(Actor.objects.values_list("slug", flat=True))
    created = 0
    for row in data["actors"]:
        if row["name"] in by_name:
            continue
        by_name[row["name"]] = Actor.objects.create(
            name=row["name"],
            slug=_unique_slug(Actor, row["name"], taken),
            kind=row["kind"],
            aliases=row.get("aliases", []),
            description=row.get("description", ""),
            review_status="reviewed",
        )
        created += 1
    for row in data["actors"]:
        if row.get("affiliation"):
            actor = by_name[row["name"]]
            if actor.affiliation_id is None:
                actor.affiliation = by_name[row["affiliation"]]
                actor.save(update_fields=["affiliation"])
    return created


def drop_aliases_moved_to_other_places(Place) -> int:
    """Remove from places loaded earlier the aliases the gazetteer now gives another place.

    Districts added later took spellings the towns had ("Nahr-e Saraj" was Gereshk's, "Spin
    Boldak district" the town's, "Shorabak" Camp Shorabak's); left on the town, the longer
    alias would win over the district. An alias the file gives no other place (an editor's) is
    kept. Returns the number of places changed.
    """
    data = json.loads(GAZETTEER_FILE.read_text(encoding="utf-8"))
    rows = {(r["name"], r["kind"], r.get("province")): r for r in data["places"]}
    owners: dict[str, set[tuple]] = {}
    for key, row in rows.items():
        for name in [row["name"], *row.get("aliases", [])]:
            owners.setdefault(name_key(name), set()).add(key)
        if row["kind"] == "district":
            owners.setdefault(name_key(f"{row['name']} district"), set()).add(key)
    changed = 0
    for place in Place.objects.select_related("province"):
        key = (place.name, place.kind, place.province.name if place.province_id else None)
        row = rows.get(key)
        if row is None:
            continue
        shipped = {name_key(a) for a in [row["name"], *row.get("aliases", [])]}
        kept = [
            a
            for a in place.aliases
            if name_key(a) in shipped or not owners.get(name_key(a), set()) - {key}
        ]
        if kept != list(place.aliases):
            place.aliases = kept
            place.save(update_fields=["aliases"])
            changed += 1
    return changed
