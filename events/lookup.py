"""The gazetteer and the actor lexicon as plain dicts, for extraction and import.

Extraction must not touch the ORM per mention: it reads these lists once per run, in one
query each, and matches names with the indexes below.
"""

from events.models import Actor, Place
from events.models.names import name_key

# When one name fits several places, the more specific reading wins: "Herat" alone is the
# city, and the province is "Herat province" (an alias only the province has).
_KIND_RANK = {"city": 0, "district": 1, "site": 2, "province": 3, "country": 4}


def gazetteer_records() -> list[dict]:
    """Every place, with the keys of events/data/gazetteer.json rows plus id, slug and
    review_status; `province` is the province's name."""
    rows = Place.objects.order_by("pk").values(
        "id",
        "slug",
        "name",
        "kind",
        "province__name",
        "latitude",
        "longitude",
        "aliases",
        "geonames_id",
        "population",
        "is_provincial_capital",
        "in_afghanistan",
        "review_status",
    )
    records = []
    for row in rows:
        row["province"] = row.pop("province__name")
        row["aliases"] = list(row["aliases"] or [])
        records.append(row)
    return records


def lexicon_records() -> list[dict]:
    """Every actor, with the keys of events/data/actors.json rows plus id, slug and
    review_status; `affiliation` is the affiliated actor's canonical name."""
    rows = Actor.objects.order_by("pk").values(
        "id",
        "slug",
        "name",
        "kind",
        "aliases",
        "affiliation__name",
        "description",
        "review_status",
    )
    records = []
    for row in rows:
        row["affiliation"] = row.pop("affiliation__name")
        row["aliases"] = list(row["aliases"] or [])
        records.append(row)
    return records


def _index(records: list[dict]) -> dict[str, list[dict]]:
    index: dict[str, list[dict]] = {}
    for record in records:
        keys = {name_key(n) for n in [record["name"], *record["aliases"]]} - {""}
        for key in keys:
            index.setdefault(key, []).append(record)
    return index


def place_index(records: list[dict]) -> dict[str, list[dict]]:
    """name_key of every name and alias -> the places it may mean, likeliest first."""
    index = _index(records)
    for places in index.values():
        places.sort(
            key=lambda p: (
                _KIND_RANK.get(p["kind"], 9),
                not p["is_provincial_capital"],
                -(p["population"] or 0),
            )
        )
    return index


def actor_index(records: list[dict]) -> dict[str, list[dict]]:
    """name_key of every name and alias -> the actors it may mean (one, unless editors added
    a clash)."""
    return _index(records)
