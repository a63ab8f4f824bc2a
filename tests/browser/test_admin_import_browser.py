"""The admin's article import in a real Chromium: upload, streamed preview, confirm, summary.

The editor is the login `ensure_editor` creates; the uploads are two seed articles and an
empty file, which the preview reports as failed without stopping the others.
"""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from events.models import EventSource
from sources.models import Source

pytestmark = pytest.mark.browser

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.fixture
def upload_dir(settings, tmp_path) -> Path:
    settings.ARTICLE_IMPORT_DIR = str(tmp_path / "uploads")
    return tmp_path / "uploads"


@pytest.fixture
def files(tmp_path) -> list[Path]:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    return [SEEDS[0], SEEDS[3], empty]


def log_in_as_editor(page: Page, site: str) -> None:
    call_command("ensure_editor", stdout=io.StringIO())
    page.goto(f"{site}/admin/login/?next=/admin/sources/source/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "editor")
    page.click("input[type=submit]")
    expect(page.get_by_role("link", name="Import articles")).to_be_visible()


def upload_and_preview(page: Page, files: list[Path]) -> None:
    page.get_by_role("link", name="Import articles").click()
    expect(page.locator("h1")).to_have_text("Import articles")
    page.set_input_files("input[type=file]", [str(f) for f in files])
    page.click("input[value='Upload and preview']")
    # The preview is streamed; the totals come last, once every file has been read.
    expect(page.locator("#import-totals")).to_be_visible(timeout=120_000)


def test_the_preview_lists_each_file_and_the_error_of_the_empty_one(
    page: Page, site, upload_dir, files, guard, artifacts
):
    log_in_as_editor(page, site)
    upload_and_preview(page, files)

    entries = page.locator(".import-file")
    expect(entries).to_have_count(3)
    ready = page.locator(".import-file.import-ready")
    expect(ready).to_have_count(2)
    for seed in files[:2]:
        entry = page.locator(".import-file", has_text=seed.name)
        expect(entry).to_contain_text("ready to import")
        expect(entry.locator("h3", has_text="Events")).to_be_visible()
    failed = page.locator(".import-file.import-failed")
    expect(failed).to_have_count(1)
    expect(failed).to_contain_text("empty.txt")
    expect(failed.locator(".errornote")).to_contain_text("the file is empty")
    expect(page.locator("#import-totals")).to_contain_text("1 failed")
    expect(page.locator("#import-totals")).to_contain_text("2 ready to import")
    page.screenshot(path=str(artifacts / "admin-import-preview.png"), full_page=True)
    assert not Source.objects.exists()  # nothing is stored before the editor confirms
    assert guard.offsite == [] and guard.console_errors == []


def test_confirming_imports_the_good_files_and_the_summary_links_to_them(
    page: Page, site, upload_dir, files, guard
):
    log_in_as_editor(page, site)
    upload_and_preview(page, files)

    page.click("input[value='Import 2 articles']")
    totals = page.locator("#import-totals")
    expect(totals).to_contain_text("Import finished", timeout=120_000)
    expect(totals).to_contain_text("2 imported")
    expect(totals).to_contain_text("1 failed")
    imported = page.locator(".import-file.import-imported")
    expect(imported).to_have_count(2)
    expect(page.locator(".import-file.import-failed")).to_contain_text("the file is empty")

    assert Source.objects.count() == 2
    assert EventSource.objects.filter(source__in=Source.objects.all()).exists()
    first = imported.first
    source_link = first.locator("p", has_text="Source:").get_by_role("link")
    expect(first.locator(".import-records a").first).to_be_visible()
    source_link.click()
    # The link leads to the stored source's admin page.
    expect(page.locator("#id_title")).to_be_visible()
    stored = Source.objects.get(file_name=SEEDS[0].name)
    assert page.url.rstrip("/").endswith(f"/admin/sources/source/{stored.pk}/change")
    assert guard.offsite == [] and guard.console_errors == []
