"""The admin's "Import articles" page through the Django test client."""

import io
import re
import zipfile
from pathlib import Path

import pytest
from django.contrib import admin
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import include, path, reverse

from events.models import Event
from sources.admin_import import import_urls
from sources.importer import uploads
from sources.models import Source

# The lead wires import_urls() into SourceAdmin.get_urls(); this URL map does the same.
urlpatterns = [
    path(
        "admin/",
        (
            [path("sources/source/", include(import_urls(admin.site))), *admin.site.get_urls()],
            "admin",
            "admin",
        ),
    ),
    path("", include("events.urls")),
]

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.fixture(autouse=True)
def upload_dir(settings, tmp_path):
    settings.ARTICLE_IMPORT_DIR = str(tmp_path / "uploads")
    return tmp_path / "uploads"


def seed_file(n: int, name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name or SEEDS[n].name, SEEDS[n].read_bytes(), "text/plain")


def page(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def upload(client, *files) -> str:
    response = client.post(reverse("admin:sources_source_import"), {"files": list(files)})
    assert response.status_code == 302, page(response)
    return response["Location"]


def token_of(preview_url: str) -> str:
    return preview_url.rstrip("/").rsplit("/", 1)[-1]


def test_the_upload_page_states_the_limits(editor_client):
    response = editor_client.get(reverse("admin:sources_source_import"))
    html = page(response)
    assert response.status_code == 200
    assert 'type="file"' in html and "multiple" in html
    assert "2 MB" in html and html.count("500 entries") == 1


def test_upload_preview_confirm_summary(editor_client, upload_dir):
    preview_url = upload(editor_client, seed_file(0), seed_file(1), seed_file(2))
    preview = editor_client.get(preview_url)
    assert preview.status_code == 200
    html = page(preview)
    for seed in SEEDS[:3]:
        assert seed.name in html
    assert html.count("ready to import") >= 3
    assert "Events (" in html and "Statements (" in html
    assert "Import 3 articles" in html
    assert not Source.objects.exists()  # the preview stores nothing

    token = token_of(preview_url)
    summary = editor_client.post(reverse("admin:sources_source_import_confirm", args=[token]))
    html = page(summary)
    assert summary.status_code == 200
    assert "3 imported, 0 already present, 0 failed" in html
    assert Source.objects.count() == 3
    for source in Source.objects.all():
        assert reverse("admin:sources_source_change", args=[source.pk]) in html
    assert not (upload_dir / token).exists()  # the uploaded bytes are gone

    again = editor_client.post(reverse("admin:sources_source_import_confirm", args=[token]))
    assert again.status_code == 302  # a second click imports nothing twice
    assert Source.objects.count() == 3


def confirm(client, preview_url: str) -> str:
    """The import runs while the summary streams: read it all, as a browser does."""
    return page(
        client.post(reverse("admin:sources_source_import_confirm", args=[token_of(preview_url)]))
    )


def test_the_same_article_again_is_reported_already_present(editor_client):
    confirm(editor_client, upload(editor_client, seed_file(0)))
    # The same article under another name: already present, not imported again.
    html = page(editor_client.get(upload(editor_client, seed_file(0, "renamed.txt"))))
    assert "renamed.txt — already present" in html
    assert "There is nothing new to import" in html


def test_cancel_discards_the_upload_and_stores_nothing(editor_client, upload_dir):
    preview_url = upload(editor_client, seed_file(0))
    token = token_of(preview_url)
    assert (upload_dir / token).exists()
    response = editor_client.post(reverse("admin:sources_source_import_cancel", args=[token]))
    assert response.status_code == 302
    assert not (upload_dir / token).exists()
    assert not Source.objects.exists()
    assert editor_client.get(preview_url).status_code == 302


def test_a_zip_with_a_bad_member_among_good_files(editor_client):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("good.txt", SEEDS[3].read_bytes())
        archive.writestr("../evil.txt", b"escape")
        archive.writestr("inner.zip", b"PK\x03\x04")
    files = [
        seed_file(4),
        SimpleUploadedFile("empty.txt", b""),
        SimpleUploadedFile("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
        SimpleUploadedFile("batch.zip", buffer.getvalue()),
    ]
    preview_url = upload(editor_client, *files)
    html = page(editor_client.get(preview_url))
    assert "unsafe path" in html
    assert "nested archives are not opened" in html
    assert "Import 2 articles" in html
    summary = page(
        editor_client.post(
            reverse("admin:sources_source_import_confirm", args=[token_of(preview_url)])
        )
    )
    assert "2 imported, 0 already present, 4 failed" in summary
    assert Source.objects.count() == 2


def test_a_staff_user_without_the_permission_gets_403(client, django_user_model):
    user = django_user_model.objects.create_user("clerk", password="x", is_staff=True)
    client.force_login(user)
    assert client.get(reverse("admin:sources_source_import")).status_code == 403
    response = client.post(reverse("admin:sources_source_import"), {"files": [seed_file(0)]})
    assert response.status_code == 403
    assert not Source.objects.exists()


def test_a_staff_user_with_the_permission_may_import(client, django_user_model):
    user = django_user_model.objects.create_user("importer", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="import_articles"))
    client.force_login(user)
    preview_url = upload(client, seed_file(0))
    confirm(client, preview_url)
    assert Source.objects.get().imported_by == user


def test_anonymous_users_are_sent_to_the_login(client):
    response = client.get(reverse("admin:sources_source_import"))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_another_editors_token_is_not_accepted(editor_client, client, django_user_model):
    token = token_of(upload(editor_client, seed_file(0)))
    other = django_user_model.objects.create_superuser("other", "o@example.org", "x")
    client.force_login(other)
    response = client.post(reverse("admin:sources_source_import_confirm", args=[token]))
    assert response.status_code == 302
    assert not Source.objects.exists()
    assert uploads.load(token, other.pk) is None


def test_a_made_up_token_is_not_accepted(editor_client):
    response = editor_client.get(
        reverse("admin:sources_source_import_preview", args=["..%2F..%2Fetc"])
    )
    assert response.status_code == 302


def test_uploading_nothing_shows_the_form_again(editor_client):
    response = editor_client.post(reverse("admin:sources_source_import"), {})
    assert response.status_code == 200
    assert "Choose at least one file" in page(response) or "This field is required" in page(
        response
    )


def test_no_event_is_created_by_the_preview_even_for_many_files(editor_client):
    preview_url = upload(editor_client, *[seed_file(n) for n in range(5)])
    page(editor_client.get(preview_url))
    assert not Event.objects.exists()


def test_the_preview_says_which_events_will_be_linked_to_stored_ones(editor_client):
    # Seeds 000 and 002 both report the attack on the UN compound in Herat on 30 July.
    confirm(editor_client, upload(editor_client, seed_file(0)))
    (stored,) = Event.objects.all()
    html = page(editor_client.get(upload(editor_client, seed_file(2))))
    assert "same as" in html
    assert "will be linked, not duplicated" in html
    assert reverse("admin:events_event_change", args=[stored.pk]) in html


def test_the_preview_says_how_many_sentences_report_an_event(editor_client):
    article = Path(__file__).resolve().parent / "importer/articles/twice_told_qalat_checkpoint.txt"
    told = SimpleUploadedFile(article.name, article.read_bytes(), "text/plain")
    html = page(editor_client.get(upload(editor_client, told)))
    assert re.search(r"told in [2-9] sentences", html)
