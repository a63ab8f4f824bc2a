from datetime import date

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from events.models import Actor, Event, Place
from sources.review import ReviewStatus
from tests.factories import make_actor, make_event, make_place, make_source, make_statement

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", ["event", "actor", "place", "statement", "duplicatecandidate"])
def test_change_lists_run_a_bounded_number_of_queries(
    editor_client, model, django_assert_max_num_queries
):
    source = make_source()
    for _ in range(3):
        event = make_event(actors=[(make_actor(), "actor1")], source=source, place=make_place())
        make_statement(source=source, event=event, speaker=make_actor(kind="person"))
    url = reverse(f"admin:events_{model}_changelist")
    with django_assert_max_num_queries(14) as small:
        assert editor_client.get(url).status_code == 200
    for _ in range(20):
        event = make_event(actors=[(make_actor(), "actor1")], source=source, place=make_place())
        make_statement(source=source, event=event, speaker=make_actor(kind="person"))
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert editor_client.get(url).status_code == 200


def test_editor_creates_an_event_with_actors(editor_client):
    taliban = Actor.objects.get(name="Taliban")
    place = Place.objects.get(name="Lashkar Gah")
    response = editor_client.post(
        reverse("admin:events_event_add"),
        {
            "summary": "Taliban attack Lashkar Gah",
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "date": "2021-08-03",
            "date_precision": "day",
            "place": place.pk,
            "place_precision": 1,
            "review_status": "reviewed",
            "actor_links-TOTAL_FORMS": 1,
            "actor_links-INITIAL_FORMS": 0,
            "actor_links-0-actor": taliban.pk,
            "actor_links-0-role": "actor1",
            "source_links-TOTAL_FORMS": 0,
            "source_links-INITIAL_FORMS": 0,
            "statements-TOTAL_FORMS": 0,
            "statements-INITIAL_FORMS": 0,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    event = Event.objects.get(summary="Taliban attack Lashkar Gah")
    assert list(event.actors.all()) == [taliban]
    assert event.history.count() == 1


def test_an_editors_edit_marks_the_event_reviewed_and_is_in_its_history(editor_client, editor):
    event = make_event(date=date(2021, 7, 30), summary="Machine summary")
    url = reverse("admin:events_event_change", args=[event.pk])
    page = editor_client.get(url)
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(
        {
            "summary": "Taliban attack the UN compound in Herat",
            "date": "2021-07-30",
            "review_status": "machine",
            "actor_links-TOTAL_FORMS": 0,
            "actor_links-INITIAL_FORMS": 0,
            "source_links-TOTAL_FORMS": 0,
            "source_links-INITIAL_FORMS": 0,
            "statements-TOTAL_FORMS": 0,
            "statements-INITIAL_FORMS": 0,
        }
    )
    data = {k: v for k, v in data.items() if k not in {"reviewed_by", "reviewed_at", "confidence"}}
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    event.refresh_from_db()
    assert event.summary == "Taliban attack the UN compound in Herat"
    assert event.review_status == ReviewStatus.REVIEWED
    assert event.reviewed_by == editor
    assert event.history.first().history_user == editor
    assert event.history.last().summary == "Machine summary"


def test_history_can_revert_an_event(editor_client):
    event = make_event(summary="Original summary")
    event.summary = "Wrong summary"
    event.save()
    first = event.history.order_by("history_date").first()
    assert (
        editor_client.get(reverse("admin:events_event_history", args=[event.pk])).status_code == 200
    )
    url = reverse("admin:events_event_simple_history", args=[event.pk, first.history_id])
    form = editor_client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and k in form.fields}
    data = {k: v for k, v in data.items() if k not in {"reviewed_by", "reviewed_at", "confidence"}}
    for prefix in ("actor_links", "source_links", "statements"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    event.refresh_from_db()
    assert event.summary == "Original summary"


def test_bulk_actions_review_and_reject(editor_client, editor):
    keep, drop = make_event(), make_event()
    url = reverse("admin:events_event_changelist")
    editor_client.post(url, {"action": "mark_reviewed", ACTION_CHECKBOX_NAME: [keep.pk]})
    editor_client.post(url, {"action": "reject", ACTION_CHECKBOX_NAME: [drop.pk]})
    keep.refresh_from_db()
    drop.refresh_from_db()
    assert (keep.review_status, keep.reviewed_by) == (ReviewStatus.REVIEWED, editor)
    assert drop.review_status == ReviewStatus.REJECTED


def test_merge_action_asks_which_record_stays_then_merges(editor_client):
    keep = make_actor("Afghan army test", kind="state_forces")
    dup = make_actor("ANA test 2", kind="state_forces")
    event = make_event(actors=[(dup, "actor2")])
    url = reverse("admin:events_actor_changelist")
    ids = [keep.pk, dup.pk]
    confirm = editor_client.post(url, {"action": "merge_actors", ACTION_CHECKBOX_NAME: ids})
    assert confirm.status_code == 200
    assert "Choose the record that stays" in confirm.content.decode()
    assert Actor.objects.filter(pk=dup.pk).exists()
    done = editor_client.post(
        url,
        {"action": "merge_actors", ACTION_CHECKBOX_NAME: ids, "confirm": "yes", "keep": keep.pk},
    )
    assert done.status_code == 302
    keep.refresh_from_db()
    assert not Actor.objects.filter(pk=dup.pk).exists()
    assert "ANA test 2" in keep.aliases
    assert list(event.actors.all()) == [keep]


def test_merge_events_from_the_admin_keeps_both_sources(editor_client):
    a, b = make_source("Report one of the attack."), make_source("Report two of the attack.")
    first = make_event(source=a, evidence="Report one of the attack.")
    second = make_event(source=b, evidence="Report two of the attack.")
    url = reverse("admin:events_event_changelist")
    editor_client.post(
        url,
        {
            "action": "merge_events",
            ACTION_CHECKBOX_NAME: [first.pk, second.pk],
            "confirm": "yes",
            "keep": second.pk,
        },
    )
    assert list(Event.objects.values_list("pk", flat=True)) == [second.pk]
    assert second.sources.count() == 2


def test_autocomplete_finds_places_by_spelling_variant(editor_client):
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"term": "Lashkagah", "app_label": "events", "model_name": "event", "field_name": "place"},
    )
    assert response.status_code == 200
    assert "Lashkar Gah" in [r["text"].split(" (")[0] for r in response.json()["results"]]


def test_event_change_page_shows_evidence_read_only(editor_client):
    source = make_source("The Taliban attacked the UN compound in Herat on Friday.")
    event = make_event(source=source, evidence="The Taliban attacked the UN compound in Herat")
    page = editor_client.get(reverse("admin:events_event_change", args=[event.pk])).content.decode()
    assert "The Taliban attacked the UN compound in Herat" in page
    assert 'name="source_links-0-evidence"' not in page
    assert 'name="source_links-0-source"' not in page  # the offsets belong to this article
    assert reverse("admin:sources_source_change", args=[source.pk]) in page
