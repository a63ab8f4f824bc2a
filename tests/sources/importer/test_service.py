"""The import service end to end: real extraction on the seed articles and bad input."""

import io
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Actor, Event, EventSource, Place, Statement
from sources.extract.decode import MAX_ARTICLE_CHARACTERS
from sources.importer import persist
from sources.importer.archive import ArticleFile, read_bytes, read_paths
from sources.importer.results import Status
from sources.importer.service import ImportService
from sources.models import Source
from tests.factories import make_event, make_place
from tests.sources.importer.test_persist import make_extraction

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def seed_items():
    return list(read_paths(sorted(SEEDS.glob("*.txt"))))


def outcomes_by_name(summary):
    return {f.name.rsplit("/", 1)[-1]: f for f in summary.files}


def test_the_seed_articles_import_with_their_records():
    summary = ImportService().import_items(seed_items())
    assert summary.imported == 5, [f.line() for f in summary.files]
    assert Source.objects.count() == 5
    assert Event.objects.exists()
    assert Statement.objects.exists()
    for outcome in summary.files:
        source = Source.objects.get(pk=outcome.source.pk)
        assert source.extractor_version
        for link in EventSource.objects.filter(source=source):
            assert source.text[link.start : link.end] == link.evidence
        for statement in source.statements.all():
            assert source.text[statement.start : statement.end] == statement.evidence


def test_importing_the_seeds_again_reports_them_already_present():
    ImportService().import_items(seed_items())
    counts = (Source.objects.count(), Event.objects.count(), Statement.objects.count())
    again = ImportService().import_items(seed_items())
    assert again.duplicates == 5 and again.ok
    assert "already stored" in again.files[0].reason
    assert (Source.objects.count(), Event.objects.count(), Statement.objects.count()) == counts


def test_the_same_article_with_other_whitespace_and_name_is_already_present():
    seed = sorted(SEEDS.glob("*.txt"))[1].read_bytes()
    respaced = seed.replace(b"\n", b"\r\n").replace(b". ", b".  ") + b"\n\n"
    summary = ImportService().import_items(
        [ArticleFile("original.txt", seed), ArticleFile("copy-of-it.txt", respaced)]
    )
    assert [f.status for f in summary.files] == [Status.IMPORTED, Status.DUPLICATE]
    assert "original.txt" in summary.files[1].reason


def test_bad_files_fail_with_a_message_and_the_good_ones_still_import():
    seed = sorted(SEEDS.glob("*.txt"))[0].read_bytes()
    items = [
        ArticleFile("empty.txt", b""),
        ArticleFile("blank.txt", b"   \n\n  "),
        ArticleFile("picture.txt", PNG),
        ArticleFile("garbage.txt", bytes(range(128, 256)) * 40 + b"\x00\x01"),
        ArticleFile("good.txt", seed),
    ]
    summary = ImportService().import_items(items)
    by_name = outcomes_by_name(summary)
    assert by_name["good.txt"].status == Status.IMPORTED
    for name in ("empty.txt", "blank.txt", "picture.txt", "garbage.txt"):
        assert by_name[name].status == Status.FAILED, by_name[name]
        assert by_name[name].reason
    assert Source.objects.count() == 1


def test_a_text_too_long_for_one_article_is_refused_before_it_is_read():
    seed = sorted(SEEDS.glob("*.txt"))[0].read_bytes()
    sentence = b"Fighting continued in the city on Tuesday, officials said. "
    too_long = sentence * (MAX_ARTICLE_CHARACTERS // len(sentence) + 1)
    items = [ArticleFile("merged.txt", too_long), ArticleFile("good.txt", seed)]

    by_name = outcomes_by_name(ImportService().import_items(items))

    assert by_name["merged.txt"].status == Status.FAILED
    assert "too long for one article" in by_name["merged.txt"].reason
    assert f"{MAX_ARTICLE_CHARACTERS:,}" in by_name["merged.txt"].reason
    assert by_name["good.txt"].status == Status.IMPORTED
    assert Source.objects.count() == 1


def test_a_zip_of_good_and_bad_members_reports_each(tmp_path):
    seeds = sorted(SEEDS.glob("*.txt"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", seeds[0].read_bytes())
        archive.writestr("../evil.txt", seeds[1].read_bytes())
        archive.writestr("notes.pdf", b"%PDF")
        archive.writestr("b.txt", seeds[2].read_bytes())
    summary = ImportService().import_items(read_bytes("batch.zip", buffer.getvalue()))
    statuses = {f.name: f.status for f in summary.files}
    assert statuses == {
        "batch.zip/a.txt": Status.IMPORTED,
        "batch.zip/../evil.txt": Status.FAILED,
        "batch.zip/notes.pdf": Status.SKIPPED,
        "batch.zip/b.txt": Status.IMPORTED,
    }
    assert not summary.ok


def test_an_article_is_stored_whole_or_not_at_all(monkeypatch):
    actors, places = Actor.objects.count(), Place.objects.count()
    service = ImportService()
    monkeypatch.setattr(service, "extract", lambda data, name: make_extraction())

    def broken_statement_writer(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(persist, "write_statements", broken_statement_writer)
    summary = service.import_items([ArticleFile("doomed.txt", b"ignored")])
    (outcome,) = summary.files
    assert outcome.status == Status.FAILED
    assert "disk on fire" in outcome.reason
    assert not Source.objects.exists()
    assert not Event.objects.exists()
    assert not EventSource.objects.exists()
    assert not Statement.objects.exists()
    assert (Actor.objects.count(), Place.objects.count()) == (actors, places)


def test_a_failing_article_does_not_stop_the_next_one(monkeypatch):
    seed = sorted(SEEDS.glob("*.txt"))[0].read_bytes()
    calls = {"n": 0}
    real = persist.write_statements

    def fail_first_article(*args, **kwargs):
        if Source.objects.count() == 1 and calls["n"] == 0:
            calls["n"] += 1
            raise RuntimeError("first one breaks")
        return real(*args, **kwargs)

    service = ImportService()
    extractions = iter([make_extraction(), None])
    monkeypatch.setattr(
        service,
        "extract",
        lambda data, name: next(extractions) or ImportService.extract(service, data, name),
    )
    monkeypatch.setattr(persist, "write_statements", fail_first_article)
    summary = service.import_items([ArticleFile("one.txt", b"x"), ArticleFile("two.txt", seed)])
    assert [f.status for f in summary.files] == [Status.FAILED, Status.IMPORTED]
    assert list(Source.objects.values_list("file_name", flat=True)) == ["two.txt"]


def test_the_preview_stores_nothing_and_shows_what_would_be_created():
    summary = ImportService().preview_items(seed_items())
    assert summary.ready == 5
    assert not Source.objects.exists()
    assert not Event.objects.exists()
    previews = [f.preview for f in summary.files]
    assert all(p.published_reason for p in previews)  # how the date was found, or why not
    assert {p.published_on_source for p in previews} >= {"header", "unknown"}
    assert any(p.events for p in previews)
    assert any(p.statements for p in previews)


def test_the_preview_marks_a_file_repeated_in_the_same_upload():
    seed = sorted(SEEDS.glob("*.txt"))[0].read_bytes()
    summary = ImportService().preview_items(
        [ArticleFile("a.txt", seed), ArticleFile("b.txt", seed + b"\n")]
    )
    assert [f.status for f in summary.files] == [Status.READY, Status.DUPLICATE]


def test_the_preview_shows_which_events_match_stored_ones(monkeypatch):
    service = ImportService()
    monkeypatch.setattr(service, "extract", lambda data, name: make_extraction())
    service.import_items([ArticleFile("first.txt", b"x")])
    other = make_extraction(raw="Another outlet: " + make_extraction().cleaned.text)
    monkeypatch.setattr(service, "extract", lambda data, name: other)
    (outcome,) = service.preview_items([ArticleFile("second.txt", b"y")]).files
    (plan,) = outcome.preview.events
    assert plan.action == "link"
    assert plan.match.pk == Event.objects.get().pk
    assert outcome.preview.new_actors == []  # the spokesman was created by the first import


def test_reextraction_replaces_machine_records_and_keeps_editor_work(monkeypatch):
    ImportService().import_items(seed_items())
    source = Source.objects.filter(statements__isnull=False, event_links__isnull=False).first()
    statements = list(source.statements.order_by("pk"))
    kept_statement = statements[0]
    kept_statement.review_status = "reviewed"
    kept_statement.text = "Edited by an editor"
    kept_statement.save()
    link = source.event_links.select_related("event").first()
    rejected = link.event
    rejected.review_status = "rejected"
    rejected.save()
    machine_before = set(
        source.statements.filter(review_status="machine").values_list("pk", flat=True)
    )

    summary = ImportService().reextract([source])
    assert summary.ok, summary.files[0].reason

    kept_statement.refresh_from_db()
    assert kept_statement.text == "Edited by an editor"
    rejected.refresh_from_db()
    assert rejected.review_status == "rejected"
    assert EventSource.objects.filter(event=rejected, source=source).exists()
    machine_after = set(
        source.statements.filter(review_status="machine").values_list("pk", flat=True)
    )
    assert not machine_before & machine_after  # replaced, not kept
    # The statement the editor settled is not extracted a second time.
    assert (
        not source.statements.filter(start=kept_statement.start)
        .exclude(pk=kept_statement.pk)
        .exists()
    )
    # Nor is the event the editor rejected.
    assert (
        not EventSource.objects.filter(source=source, start=link.start)
        .exclude(event=rejected)
        .exists()
    )


def test_reextracting_twice_leaves_the_same_number_of_records():
    ImportService().import_items(seed_items())
    counts = (Event.objects.count(), EventSource.objects.count(), Statement.objects.count())
    ImportService().reextract(Source.objects.all())
    ImportService().reextract(Source.objects.all())
    assert (Event.objects.count(), EventSource.objects.count(), Statement.objects.count()) == counts


def test_queries_per_article_do_not_grow_with_the_events_already_stored():
    article = [ArticleFile("kabul.txt", sorted(SEEDS.glob("*.txt"))[4].read_bytes())]
    service = ImportService()
    service.tools()
    with CaptureQueriesContext(connection) as empty_db:
        service.import_items(article)
    Source.objects.all().delete()
    Event.objects.all().delete()
    # 200 events of the same kinds and days in other towns: all are near in time and type.
    for n in range(200):
        make_event(
            date=date(2021, 7, 25) + timedelta(days=n % 14),
            place=make_place(f"Town {n}"),
            sub_event_type="Armed clash",
        )
    with CaptureQueriesContext(connection) as full_db:
        service.import_items(article)
    assert len(full_db) <= len(empty_db) + 2
    assert len(empty_db) <= 80


def test_reextraction_keeps_a_publication_date_an_editor_set(monkeypatch):
    service = ImportService()
    monkeypatch.setattr(service, "extract", lambda data, name: make_extraction())
    service.import_items([ArticleFile("a.txt", b"x")])
    source = Source.objects.get()
    source.published_on, source.published_on_source = date(2021, 8, 2), "editor"
    source.save()
    assert service.reextract([source]).ok
    source.refresh_from_db()
    assert (source.published_on, source.published_on_source) == (date(2021, 8, 2), "editor")
    assert source.title == "Taliban take Lashkar Gah police HQ"
