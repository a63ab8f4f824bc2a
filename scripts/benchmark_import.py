"""Import throughput on a fresh SQLite database (a measurement, not a test).

    .venv/bin/python scripts/benchmark_import.py [--articles 300] [--keep DB_PATH]

Builds article variants from seeds/ and tests/sources/extract/articles/ — other places,
dates, names and wording, and a distinct closing line so that every hash differs — then
imports them through the same service as the command and the admin. Prints articles/s,
words/s, queries per article and peak memory (resident set size).
"""

import argparse
import os
import random
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACES = ["Herat", "Kandahar", "Lashkar Gah", "Kunduz", "Ghazni", "Farah", "Zaranj",
          "Sheberghan", "Taloqan", "Pul-e Khumri", "Qala-e Naw", "Faizabad"]  # fmt: skip
MONTHS = ["June", "July", "August"]
NAMES = ["Ahmad Zia", "Mohammad Naim", "Abdul Basir", "Gul Agha", "Sayed Rahim"]
WORDING = [("said", "stated"), ("fighting", "clashes"), ("killed", "left dead"),
           ("attack", "assault"), ("city", "town"), ("officials", "authorities")]  # fmt: skip


def source_articles() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "sources" / "extract" / "articles").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def variant(text: str, n: int, rng: random.Random) -> str:
    """Another article of the same shape: other places, days, names and words."""
    for place in rng.sample(PLACES, 3):
        text = text.replace(rng.choice(PLACES), place)
    text = re.sub(
        r"\b(June|July|August) (\d{1,2})\b",
        lambda m: f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
        text,
    )
    text = re.sub(r"\b20(\d\d)-0(\d)-(\d\d)\b", lambda m: f"2021-0{rng.randint(6, 8)}-{m[3]}", text)
    for plain, other in rng.sample(WORDING, 3):
        text = re.sub(rf"\b{plain}\b", other, text)
    name = rng.choice(NAMES)
    return f"{text}\n\nReporting by {name} in {rng.choice(PLACES)}; dispatch {n}.\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--keep", help="Path of the SQLite file to keep (default: a temp file).")
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args()

    db_path = Path(args.keep) if args.keep else Path(tempfile.mkdtemp()) / "benchmark.sqlite3"
    if db_path.exists():
        db_path.unlink()
    os.environ["DATABASE_URL"] = f"sqlite:///{db_path}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from events.models import Event, EventSource, Statement
    from sources.importer.archive import ArticleFile
    from sources.importer.service import ImportService

    call_command("migrate", verbosity=0)
    rng = random.Random(args.seed)
    bases = source_articles()
    items = [
        ArticleFile(f"variant-{n:04d}.txt", variant(bases[n % len(bases)], n, rng).encode())
        for n in range(args.articles)
    ]

    queries = {"n": 0}

    def count(execute, sql, params, many, context):
        queries["n"] += 1
        return execute(sql, params, many, context)

    service = ImportService()
    service.tools()  # loading the model and the gazetteer is start-up, not per article
    service.extract("Warm-up. Fighting in Herat on Friday.", "warm-up.txt")
    extract_time = {"s": 0.0}
    real_extract = service.extract

    def timed_extract(data, name):
        t0 = time.perf_counter()
        try:
            return real_extract(data, name)
        finally:
            extract_time["s"] += time.perf_counter() - t0

    service.extract = timed_extract
    per_article: list[int] = []
    last = {"q": 0}

    def progress(outcome):
        per_article.append(queries["n"] - last["q"])
        last["q"] = queries["n"]

    started = time.perf_counter()
    with connection.execute_wrapper(count):
        summary = service.import_items(items, progress)
    elapsed = time.perf_counter() - started

    words = sum(f.words for f in summary.files)
    imported = [
        q for q, f in zip(per_article, summary.files, strict=True) if f.status == "imported"
    ]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"database          {db_path}")
    print(f"articles          {len(items)} ({summary.headline()})")
    print(f"time              {elapsed:.1f} s")
    print(
        f"of which         extraction {extract_time['s']:.1f} s, "
        f"database {elapsed - extract_time['s']:.1f} s"
    )
    print(f"articles/s        {len(items) / elapsed:.2f}")
    print(f"words/s           {words / elapsed:,.0f}")
    if imported:
        print(
            f"queries/article   mean {sum(imported) / len(imported):.1f}, "
            f"max {max(imported)} (imported articles)"
        )
    print(f"peak memory (RSS) {peak_mb:,.0f} MB")
    print(
        f"stored            {Event.objects.count()} events, {EventSource.objects.count()} "
        f"event links, {Statement.objects.count()} statements"
    )
    failures = [f for f in summary.files if f.status == "failed"]
    for outcome in failures[:5]:
        print(f"failed            {outcome.name}: {outcome.reason}")


if __name__ == "__main__":
    main()
