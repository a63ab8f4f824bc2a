"""Plotly geo figures for the places pages, drawn on map geometry served by the app itself.

Plotly's geo maps fetch their base map (world_50m.json, ...) from a CDN unless
`config.topojsonURL` points elsewhere: every figure here goes with `map_config()`, which
points it at `static/geo/`.
"""

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.db.models import Q
from django.templatetags.static import static

from events.models import Place, PlaceKind

GEO_DIR = Path(settings.BASE_DIR) / "static" / "geo"
PROVINCES_FILES = (
    "afghanistan_provinces.geojson",
    "afghanistan-provinces.geojson",
    "afg_provinces.geojson",
    "provinces.geojson",
)
# Afghanistan and a margin, for a map that opens on the country rather than the world; wider
# than tall so that it fills a page-wide box.
AFGHANISTAN_LON = (57.0, 78.5)
AFGHANISTAN_LAT = (28.8, 39.2)
BUBBLE_COLOUR = "#b2182b"
FOCUS_COLOUR = "#0072b2"
MAX_BUBBLE_PX = 36
MAP_ASPECT = 1.6


MAP_LABEL_CHARS = 24


def place_label(place: Place) -> str:
    """'Herat province' for a province, else its name: a province and its capital often share it."""
    return f"{place.name} province" if place.kind == PlaceKind.PROVINCE else place.name


def map_config() -> dict:
    """The plotly config that keeps map geometry local and the toolbar small."""
    return {
        # A folder, not a file: plotly adds "world_110m.json". static() would look a folder up
        # in a hashed-names manifest and fail; collectstatic keeps the unhashed copies too.
        "topojsonURL": f"{settings.STATIC_URL}geo/",
        "responsive": True,
        "displaylogo": False,
        "modeBarButtonsToRemove": ["select2d", "lasso2d"],
    }


@lru_cache(maxsize=1)
def base_map_resolution() -> int:
    """The light 110 m base map (137 KB against 1.1 MB for 50 m) when the province outlines are
    there to draw Afghanistan in detail; the 50 m one otherwise."""
    light = (GEO_DIR / "world_110m.json").exists()
    return 110 if light and province_outlines() is not None else 50


@dataclass(frozen=True)
class ProvinceOutlines:
    url: str
    feature_key: str  # plotly's featureidkey
    ids: tuple[str, ...]


@lru_cache(maxsize=1)
def province_outlines() -> ProvinceOutlines | None:
    """The provinces GeoJSON served under static/geo/, if one is there, and its feature ids."""
    for name in PROVINCES_FILES:
        path = GEO_DIR / name
        if path.exists():
            break
    else:
        return None
    try:
        features = json.loads(path.read_text(encoding="utf-8"))["features"]
    except (OSError, ValueError, KeyError):
        return None
    for key in ("shapeName", "name", "NAME_1", "province", "ADM1_EN"):
        ids = tuple(str(f.get("properties", {}).get(key, "")) for f in features)
        if ids and all(ids):
            return ProvinceOutlines(static(f"geo/{name}"), f"properties.{key}", ids)
    return None


def _outline_trace(outlines: ProvinceOutlines) -> dict:
    return {
        "type": "choropleth",
        "geojson": outlines.url,
        "featureidkey": outlines.feature_key,
        "locations": list(outlines.ids),
        "z": [0] * len(outlines.ids),
        "colorscale": [[0, "rgba(0,0,0,0)"], [1, "rgba(0,0,0,0)"]],
        "showscale": False,
        "marker": {"line": {"color": "#6f6f6f", "width": 0.7}},
        "hoverinfo": "skip",
        "name": "Provinces",
        "showlegend": False,
    }


def _geo_layout(lon: tuple[float, float], lat: tuple[float, float]) -> dict:
    return {
        "scope": "world",
        "resolution": base_map_resolution(),
        "projection": {"type": "mercator"},
        "lonaxis": {"range": list(lon)},
        "lataxis": {"range": list(lat)},
        "showland": True,
        "landcolor": "#f3f1ea",
        "showcountries": True,
        "countrycolor": "#9a9a9a",
        "countrywidth": 0.8,
        "showcoastlines": False,
        "showlakes": False,
        "bgcolor": "rgba(0,0,0,0)",
    }


def _bubbles(places: list[Place], colour: str, name: str) -> dict:
    counts = [getattr(p, "event_count", 0) or 0 for p in places]
    top = max(counts, default=1) or 1
    return {
        "type": "scattergeo",
        "name": name,
        "lat": [p.latitude for p in places],
        "lon": [p.longitude for p in places],
        "text": [place_label(p) for p in places],
        "customdata": [
            [
                p.get_absolute_url(),
                getattr(p, "event_count", 0) or 0,
                p.latest_event_on.isoformat() if getattr(p, "latest_event_on", None) else "—",
            ]
            for p in places
        ],
        "hovertemplate": "<b>%{text}</b><br>%{customdata[1]} events"
        "<br>latest %{customdata[2]}<extra></extra>",
        "mode": "markers",
        "marker": {
            "size": counts,
            "sizemode": "area",
            "sizeref": 2.0 * top / MAX_BUBBLE_PX**2,
            "sizemin": 5,
            "color": colour,
            "opacity": 0.75,
            "line": {"color": "#ffffff", "width": 1},
        },
    }


def mappable(places) -> list[Place]:
    return [p for p in places if p.latitude is not None and p.longitude is not None]


def country_map(places) -> dict:
    """Every place with events as a bubble sized by its number of events."""
    data = []
    outlines = province_outlines()
    if outlines:
        data.append(_outline_trace(outlines))
    data.append(_bubbles(mappable(places), BUBBLE_COLOUR, "Places with events"))
    return {
        "data": data,
        "layout": {
            "geo": _geo_layout(AFGHANISTAN_LON, AFGHANISTAN_LAT),
            "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
            "height": 480,
            "showlegend": False,
            "dragmode": "pan",
        },
    }


def place_map(place: Place, nearby: list[Place], span_degrees: float = 2.0) -> dict | None:
    """The place and the places around it that have events; None if it has no coordinates."""
    if place.latitude is None or place.longitude is None:
        return None
    data = []
    outlines = province_outlines()
    if outlines:
        data.append(_outline_trace(outlines))
    others = [p for p in mappable(nearby) if p.pk != place.pk]
    if others:
        data.append(_bubbles(others, BUBBLE_COLOUR, "Nearby places with events"))
    focus = _bubbles([place], FOCUS_COLOUR, place.name)
    focus["mode"] = "markers+text"
    focus["textposition"] = "top center"
    # The label drawn on the map is cut short (the hover keeps the full name): a long name ran
    # off both sides of a phone's map.
    focus["texttemplate"] = short_label(place_label(place))
    focus["marker"].update({"size": [14], "sizemode": "diameter", "sizeref": 1, "symbol": "star"})
    data.append(focus)
    # Mercator stretches latitude by 1/cos(lat): widen the longitudes so that the map fills a
    # box about 1.6 times as wide as it is high instead of leaving bands on either side.
    half_lon = span_degrees * MAP_ASPECT / max(math.cos(math.radians(place.latitude)), 0.2)
    lon = (place.longitude - half_lon, place.longitude + half_lon)
    lat = (place.latitude - span_degrees, place.latitude + span_degrees)
    return {
        "data": data,
        "layout": {
            "geo": _geo_layout(lon, lat),
            "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
            "height": 380,
            "showlegend": False,
            "dragmode": "pan",
        },
    }


def short_label(label: str, limit: int = MAP_LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip(" -,") + "…"


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def nearby_places(place: Place, radius_km: float = 150.0, limit: int = 40) -> list[Place]:
    """Places with events within radius_km, nearest first, in one query.

    A province also gets every place recorded inside it with events, however far.
    """
    if place.latitude is None or place.longitude is None:
        inside = Place.objects.visible().with_events().filter(province=place)
        return list(inside[:limit])
    # A bounding box the database can use, then the exact distance in Python.
    dlat = radius_km / 111.0
    dlon = radius_km / (111.0 * max(math.cos(math.radians(place.latitude)), 0.1))
    in_box = Q(
        latitude__range=(place.latitude - dlat, place.latitude + dlat),
        longitude__range=(place.longitude - dlon, place.longitude + dlon),
    )
    candidates = (
        Place.objects.visible()
        .with_events()
        .filter(in_box | Q(province=place), latitude__isnull=False, longitude__isnull=False)
        .exclude(pk=place.pk)
    )
    found = [
        p for p in candidates if p.province_id == place.pk or distance_km(place, p) <= radius_km
    ]
    found.sort(key=lambda p: distance_km(place, p))
    for p in found:
        p.distance_km = round(distance_km(place, p))
    return found[:limit]
