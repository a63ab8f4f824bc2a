"""Measure every public page on the current database: queries, HTML bytes, JS bytes, render time.

Usage (on a database with the seed articles imported):

    DATABASE_URL=sqlite:////tmp/pages.sqlite3 .venv/bin/python manage.py migrate
    DATABASE_URL=sqlite:////tmp/pages.sqlite3 .venv/bin/python manage.py import_articles seeds/
    DATABASE_URL=sqlite:////tmp/pages.sqlite3 .venv/bin/python scripts/measure_pages.py

Each page is requested in-process through Django's test client (no network, no browser): the
queries are counted with CaptureQueriesContext, the time is the median of --runs requests after
one warm-up (server time only: URL routing, views, queries, templates), the HTML is the response
body, and the JS is the size of the page's own <script src> files found by the static finders
(raw, and gzip -6 as a compressing server would send it). Prints a Markdown table.
"""

import argparse
import gzip
import os
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django

django.setup()

from django.contrib.staticfiles import finders  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from events.models import Actor, Event, Place  # noqa: E402
from sources.models import Source  # noqa: E402


def page_urls() -> list[tuple[str, str, dict[str, str]]]:
    """(label, url, extra headers) for every public page, on the busiest records."""
    city = Place.objects.visible().with_events().order_by("-event_count", "name").first()
    actor = (
        Actor.objects.visible().filter(slug="taliban").first()
        or Actor.objects.visible().filter(event_links__isnull=False).first()
    )
    event = Event.objects.visible().order_by("pk").first()
    source = Source.objects.visible().order_by("pk").first()
    urls = [
        ("Timeline", reverse("timeline"), {}),
        ("Timeline, filtered", reverse("timeline") + "?event_type=Battles&bin=week", {}),
        (
            "Timeline, htmx filter answer",
            reverse("timeline") + "?event_type=Battles",
            {"HX-Request": "true", "HX-Target": "results"},
        ),
        ("Cities", reverse("place-index"), {}),
        ("Actors", reverse("actor-index"), {}),
        ("Sources", reverse("source-index"), {}),
        ("Statements", reverse("statement-list"), {}),
        ("Export CSV", reverse("export-csv"), {}),
        ("Export GeoJSON", reverse("export-geojson"), {}),
    ]
    if city:
        urls.insert(4, (f"City ({city.name})", city.get_absolute_url(), {}))
    if actor:
        urls.insert(-4, (f"Actor ({actor.name})", actor.get_absolute_url(), {}))
    if event:
        urls.insert(-3, ("Event", event.get_absolute_url(), {}))
    if source:
        urls.insert(-3, ("Source", source.get_absolute_url(), {}))
    return urls


def script_bytes(html: str) -> tuple[int, int]:
    raw = zipped = 0
    for src in re.findall(r'<script\b[^>]*\ssrc="([^"]+)"', html):
        path = finders.find(src.removeprefix("/static/").split("?")[0])
        if path:
            data = Path(path).read_bytes()
            raw += len(data)
            zipped += len(gzip.compress(data, compresslevel=6))
    return raw, zipped


def measure(client: Client, url: str, headers: dict[str, str], runs: int) -> dict:
    client.get(url, headers=headers)  # warm-up: template loading, first connection
    # Each request starts by emptying the query log (request_started -> reset_queries): empty it
    # first too, so that the context's starting index is 0 and nothing is lost.
    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(url, headers=headers)
        times.append((time.perf_counter() - start) * 1000)
    body = response.content
    is_html = response["Content-Type"].startswith("text/html")
    js, js_gz = script_bytes(body.decode()) if is_html else (0, 0)
    return {
        "queries": len(queries),
        "bytes": len(body),
        "bytes_gz": len(gzip.compress(body, compresslevel=6)),
        "js": js,
        "js_gz": js_gz,
        "ms": statistics.median(times),
    }


def kb(n: int) -> str:
    return f"{n / 1024:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed requests per page")
    args = parser.parse_args()
    client = Client(SERVER_NAME="127.0.0.1")
    events = Event.objects.visible().count()
    print(f"{events} events, {Source.objects.visible().count()} sources, {connection.vendor}\n")
    print(
        "| Page | URL | Queries | Body KB (gzip) | Page JS KB (gzip) | Server ms (median) |\n"
        "|---|---|--:|--:|--:|--:|"
    )
    for label, url, headers in page_urls():
        row = measure(client, url, headers, args.runs)
        js = f"{kb(row['js'])} ({kb(row['js_gz'])})" if row["js"] else "–"
        print(
            f"| {label} | `{url}` | {row['queries']} | {kb(row['bytes'])} ({kb(row['bytes_gz'])}) "
            f"| {js} | {row['ms']:.1f} |"
        )


if __name__ == "__main__":
    main()
