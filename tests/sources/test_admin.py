import pytest
from django.urls import reverse

from tests.factories import make_event, make_source, make_statement

pytestmark = pytest.mark.django_db


def test_source_change_list_has_counts_and_bounded_queries(
    editor_client, django_assert_max_num_queries
):
    for _ in range(3):
        source = make_source()
        make_event(source=source)
        make_statement(source=source)
    url = reverse("admin:sources_source_changelist")
    with django_assert_max_num_queries(12) as small:
        page = editor_client.get(url)
    assert page.status_code == 200
    for _ in range(15):
        make_event(source=make_source())
    with django_assert_max_num_queries(len(small.captured_queries)):
        editor_client.get(url)


def test_source_page_shows_events_and_statements_inline(editor_client):
    source = make_source("The Taliban attacked the compound. Officials condemned it.")
    make_event(source=source, evidence="The Taliban attacked the compound.")
    make_statement(source=source, text="Officials condemned it.")
    page = editor_client.get(reverse("admin:sources_source_change", args=[source.pk]))
    html = page.content.decode()
    assert "events reported by this article" in html.lower()
    assert "The Taliban attacked the compound." in html
    assert "Officials condemned it." in html


def test_correcting_the_publication_date_records_that_an_editor_set_it(editor_client):
    source = make_source(published_on=None, published_on_source="unknown")
    url = reverse("admin:sources_source_change", args=[source.pk])
    form = editor_client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k in form.fields}
    data.update(
        {
            "published_on": "2021-08-05",
            "published_on_source": "unknown",
            "event_links-TOTAL_FORMS": 1,
            "event_links-INITIAL_FORMS": 1,
            "statements-TOTAL_FORMS": 0,
            "statements-INITIAL_FORMS": 0,
        }
    )
    data.update({"event_links-TOTAL_FORMS": 0, "event_links-INITIAL_FORMS": 0})
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    source.refresh_from_db()
    assert str(source.published_on) == "2021-08-05"
    assert source.published_on_source == "editor"


def test_source_list_links_to_the_import_page_for_editors_who_may_import(
    editor_client, client, django_user_model
):
    url = reverse("admin:sources_source_changelist")
    import_url = reverse("admin:sources_source_import")
    assert import_url in editor_client.get(url).content.decode()
    staff = django_user_model.objects.create_user("reader", password="x", is_staff=True)
    from django.contrib.auth.models import Permission

    staff.user_permissions.add(Permission.objects.get(codename="view_source"))
    client.force_login(staff)
    assert client.get(url).status_code == 200
    assert import_url not in client.get(url).content.decode()
    assert client.get(import_url).status_code == 403
