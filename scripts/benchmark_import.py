"""Import throughput on a fresh SQLite database (a measurement, not a test).

    .venv/bin/python scripts/benchmark_import.py [--articles 300] [--keep DB_PATH]

Builds article variants from seeds/ and tests/sources/extract/articles/ — other places,
dates, names and wording, and a distinct closing line so that every hash differs — then
imports them through the same service as the command and the admin. Prints the machine
load, articles/s and words/s (wall clock and CPU), the extraction / database split, queries
per article, peak memory (resident set size; with --tracemalloc also the Python heap peak,
which slows the run) and, for scale, how fast spaCy alone parses the same text.
"""

import argparse
import os
import random
import re
import resource
import sys
import tempfile
import time
import tracemalloc
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


def spacy_words_per_second(texts) -> float:
    from sources.extract.nlp import parse

    words, cpu = 0, time.process_time()
    for text in texts:
        parse(text)
        words += len(text.split())
    return words / max(time.process_time() - cpu, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--keep", help="Path of the SQLite file to keep (default: a temp file).")
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument(
        "--tracemalloc", action="store_true", help="Also trace the Python heap peak (slower)."
    )
    args = parser.parse_args()
    load_before = os.getloadavg()

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
    from sources.models import Source

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
    started = time.perf_counter()
    service.tools()  # loading the model and the gazetteer is start-up, not per article
    service.extract("Warm-up. Fighting in Herat on Friday.", "warm-up.txt")
    startup = time.perf_counter() - started
    spent = {"wall": 0.0, "cpu": 0.0}
    real_extract = service.extract

    def timed_extract(data, name):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return real_extract(data, name)
        finally:
            spent["wall"] += time.perf_counter() - wall
            spent["cpu"] += time.process_time() - cpu

    service.extract = timed_extract
    per_article: list[int] = []
    last = {"q": 0}

    def progress(outcome):
        per_article.append(queries["n"] - last["q"])
        last["q"] = queries["n"]

    if args.tracemalloc:
        tracemalloc.start()
    started, cpu_started = time.perf_counter(), time.process_time()
    with connection.execute_wrapper(count):
        summary = service.import_items(items, progress)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    heap_peak = tracemalloc.get_traced_memory()[1] if args.tracemalloc else None
    tracemalloc.stop()
    load_after = os.getloadavg()
    words = sum(f.words for f in summary.files)
    imported = [
        q for q, f in zip(per_article, summary.files, strict=True) if f.status == "imported"
    ]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    spacy_wps = spacy_words_per_second(Source.objects.values_list("text", flat=True))
    cpus = os.cpu_count() or 1
    print(f"database          {db_path}")
    print(
        f"machine load      {load_before[0]:.2f} before, {load_after[0]:.2f} after "
        f"(1-min load average, {cpus} CPUs)"
    )
    print(f"articles          {len(items)} ({summary.headline()})")
    print(f"start-up          {startup:.1f} s (model, gazetteer, lexicon)")
    print(f"time              {elapsed:.1f} s wall, {cpu:.1f} s CPU")
    print(
        f"of which         extraction {spent['wall']:.1f} s wall / {spent['cpu']:.1f} s CPU "
        f"({100 * spent['wall'] / elapsed:.0f}%), database and the rest "
        f"{elapsed - spent['wall']:.1f} s wall / {cpu - spent['cpu']:.1f} s CPU"
    )
    print(f"articles/s        {len(items) / elapsed:.2f} wall, {len(items) / cpu:.2f} CPU")
    print(f"words/s           {words / elapsed:,.0f} wall, {words / cpu:,.0f} CPU")
    print(f"spaCy alone       {spacy_wps:,.0f} words/s CPU (parsing the same bodies)")
    if imported:
        print(
            f"queries/article   mean {sum(imported) / len(imported):.1f}, "
            f"max {max(imported)} (imported articles)"
        )
    print(f"peak memory (RSS) {peak_mb:,.0f} MB")
    if heap_peak is not None:
        print(f"Python heap peak  {heap_peak / 2**20:,.0f} MB during the import (tracemalloc)")
    print(
        f"stored            {Event.objects.count()} events, {EventSource.objects.count()} "
        f"event links, {Statement.objects.count()} statements"
    )
    failures = [f for f in summary.files if f.status == "failed"]
    for outcome in failures[:5]:
        print(f"failed            {outcome.name}: {outcome.reason}")


if __name__ == "__main__":
    main()
