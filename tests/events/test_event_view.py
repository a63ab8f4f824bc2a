from datetime import date

import pytest
from django.urls import reverse

from events.models import Actor
from tests.factories import (
    link_source,
    make_actor,
    make_event,
    make_place,
    make_source,
    make_statement,
)

pytestmark = pytest.mark.django_db

EVENT_QUERIES = 5

PAJHWOK = (
    "The Taliban captured Zaranj, the capital of Nimroz province, on Friday. "
    "“Zaranj has fallen without a fight,” a provincial council member said."
)
TOLO = (
    "Taliban fighters entered Zaranj on Friday afternoon, officials said. "
    "“Our forces withdrew to avoid civilian casualties,” the Ministry of Defence said. "
    "“The city was handed over to us by its elders,” Zabihullah Mujahid said."
)


@pytest.fixture
def zaranj():
    taliban = Actor.objects.get_or_create(
        slug="taliban", defaults={"name": "Taliban", "kind": "armed_group"}
    )[0]
    ansf = make_actor("Afghan forces test", kind="state_forces")
    mujahid = make_actor("Zabihullah Mujahid test", kind="person", affiliation=taliban)
    ministry = make_actor("Ministry of Defence test", kind="government")
    place = make_place("Zaranj test", latitude=30.96, longitude=61.86)
    pajhwok = make_source(PAJHWOK, outlet="Pajhwok", title="Zaranj falls")
    tolo = make_source(TOLO, outlet="TOLOnews", title="Taliban enter Zaranj")
    event = make_event(
        place=place,
        place_precision=1,
        date=date(2021, 8, 6),
        sub_event_type="Non-state actor overtakes territory",
        summary="Taliban capture Zaranj",
        fatalities=None,
        injured=3,
        actors=[(taliban, "actor1"), (ansf, "actor2")],
        source=pajhwok,
        evidence="The Taliban captured Zaranj, the capital of Nimroz province, on Friday.",
        notes="Second article says <b>no fight</b>.",
    )
    link_source(event, tolo, "Taliban fighters entered Zaranj on Friday afternoon, officials said.")
    make_statement(
        tolo,
        text="Our forces withdrew to avoid civilian casualties,",
        speaker=ministry,
        event=event,
    )
    make_statement(
        tolo, text="The city was handed over to us by its elders,", speaker=mujahid, event=event
    )
    return {"event": event, "pajhwok": pajhwok, "tolo": tolo}


def test_the_event_page_shows_every_field_and_the_actors_by_role(client, zaranj):
    response = client.get(zaranj["event"].get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Taliban capture Zaranj</h1>" in html
    assert "Non-state actor overtakes territory" in html
    assert "<dt>Deaths</dt><dd>Unknown</dd>" in html
    assert "<dt>Injured</dt><dd>3</dd>" in html
    assert "(the place itself)" in html
    assert '<dt>Actor 1</dt><dd><a href="/actors/taliban/">Taliban</a>' in html
    assert "Afghan forces test" in html
    assert "&lt;b&gt;no fight&lt;/b&gt;" in html


def test_each_source_shows_its_sentence_linked_to_the_highlight(client, zaranj):
    response = client.get(zaranj["event"].get_absolute_url())

    html = response.content.decode()
    for link in zaranj["event"].source_links.all():
        assert f'href="/sources/{link.source_id}/#span-e{link.pk}"' in html
        assert f"“{link.evidence}”" in html
    assert "Corroborated by 2 independent sources" in html


def test_two_articles_from_one_outlet_are_a_single_source(client):
    first = make_source("Clashes in Kunduz city on Monday.", outlet="Pajhwok")
    second = make_source("Kunduz clashes went on, officials said.", outlet="pajhwok ")
    event = make_event(source=first, evidence="Clashes in Kunduz city on Monday.")
    link_source(event, second, "Kunduz clashes went on, officials said.")

    html = client.get(event.get_absolute_url()).content.decode()

    assert "Single source (2 articles)" in html


def test_competing_claims_are_grouped_by_side(client, zaranj):
    response = client.get(zaranj["event"].get_absolute_url())

    groups = response.context["claim_groups"]
    assert [(g.camp.label, [s.text for s in g.statements]) for g in groups] == [
        ("Taliban", ["The city was handed over to us by its elders,"]),
        ("Afghan government", ["Our forces withdrew to avoid civilian casualties,"]),
    ]
    html = response.content.decode()
    assert '<h3 id="camp-taliban">Taliban</h3>' in html
    assert '<h3 id="camp-government">Afghan government</h3>' in html


def test_the_change_history_lists_who_changed_what(client, editor, zaranj):
    event = zaranj["event"]
    event.fatalities = 4
    event._history_user = editor
    event.save()

    response = client.get(event.get_absolute_url())

    changes = response.context["changes"]
    assert [c.kind for c in changes] == ["Changed", "Created"]
    assert changes[0].fields == ["fatalities"]
    html = response.content.decode()
    assert "Changed: fatalities" in html and "by editor" in html
    assert "by the import" in html


def test_a_rejected_or_unknown_event_is_a_404(client, zaranj):
    zaranj["event"].review_status = "rejected"
    zaranj["event"].save()

    assert client.get(zaranj["event"].get_absolute_url()).status_code == 404
    assert client.get(reverse("event-detail", args=[999999])).status_code == 404


def test_an_undated_placeless_event_says_what_is_unknown(client):
    event = make_event(date=None, summary="Fighting somewhere")

    html = client.get(event.get_absolute_url()).content.decode()

    assert "Unknown — the articles do not say" in html
    assert "place unknown" in html
    assert "No article is linked" in html
    assert "No statements about this event" in html


@pytest.mark.parametrize("n_sources", [2, 25])
def test_the_event_page_runs_a_fixed_number_of_queries(
    client, zaranj, n_sources, django_assert_max_num_queries
):
    event = zaranj["event"]
    speaker = make_actor("Spokesman test", kind="person")
    for i in range(n_sources - 2):
        source = make_source(f"Report {i}: Zaranj fell. “Statement {i}.”", outlet=f"Outlet {i}")
        link_source(event, source, f"Report {i}: Zaranj fell.")
        make_statement(source, text=f"Statement {i}.", speaker=speaker, event=event)
    for _ in range(n_sources):
        event.save()  # history records

    with django_assert_max_num_queries(EVENT_QUERIES):
        assert client.get(event.get_absolute_url()).status_code == 200


def test_a_town_is_named_with_its_province_and_a_week_date_is_not_shown_as_a_day(client):
    province = make_place("Testistan", kind="province")
    town = make_place("Testabad", province=province)
    event = make_event(place=town, date=date(2021, 8, 2), date_precision="week")

    html = client.get(event.get_absolute_url()).content.decode()

    assert "Testabad</a>, Testistan province" in html
    assert "Testabad (Testistan)" not in html
    assert ">week of 2 Aug 2021</time>" in html
    assert ">2 August 2021</time>" not in html


def test_the_event_page_gives_a_citation_with_its_own_address(client, zaranj):
    event = zaranj["event"]

    html = client.get(event.get_absolute_url()).content.decode()

    url = f"http://testserver{event.get_absolute_url()}"
    assert f"Afghanistan 2021 offensive timeline: Taliban capture Zaranj. {url} (accessed" in html
    assert "not yet checked by an editor: quote the sources above" in html
