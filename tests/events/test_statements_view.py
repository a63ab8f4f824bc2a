from datetime import date, timedelta

import pytest
from django.urls import reverse

from events.models import Actor
from tests.factories import make_actor, make_event, make_place, make_source, make_statement

pytestmark = pytest.mark.django_db

URL = reverse("statement-list")
STATEMENT_QUERIES = 6


@pytest.fixture
def said():
    """Statements from three sides about events in two places, on different days."""
    taliban = Actor.objects.get_or_create(
        slug="taliban", defaults={"name": "Taliban", "kind": "armed_group"}
    )[0]
    mujahid = make_actor("Zabihullah Mujahid test", kind="person", affiliation=taliban)
    unama = make_actor("UNAMA test", kind="international_org")
    ministry = make_actor("Ministry of Defence test", kind="government")
    kunduz = make_place("Kunduz test")
    herat = make_place("Herat test")
    source = make_source(
        "“Kunduz is liberated,” Mujahid said. “We are alarmed by civilian casualties,” UNAMA "
        "said. “Our forces hold the airport,” the ministry said. “The <script> is ours.”",
        outlet="Pajhwok",
    )
    in_kunduz = make_event(place=kunduz, source=source, summary="Taliban enter Kunduz")
    in_herat = make_event(place=herat, summary="Clashes in Herat")
    return {
        "taliban": taliban,
        "kunduz": kunduz,
        "source": source,
        "event": in_kunduz,
        "mujahid": make_statement(
            source,
            text="Kunduz is liberated,",
            speaker=mujahid,
            event=in_kunduz,
            said_on=date(2021, 8, 8),
        ),
        "unama": make_statement(
            source,
            text="We are alarmed by civilian casualties,",
            speaker=unama,
            event=in_herat,
            said_on=date(2021, 8, 1),
        ),
        "ministry": make_statement(
            source,
            text="Our forces hold the airport,",
            speaker=ministry,
            event=in_kunduz,
            said_on=date(2021, 8, 9),
        ),
        "script": make_statement(source, text="The <script> is ours.", said_on=None),
    }


def texts(response):
    return sorted(s.text for s in response.context["page"])


def test_the_list_shows_each_quote_with_speaker_side_date_source_and_event(client, said):
    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "“Kunduz is liberated,”" in html
    assert 'href="/actors/zabihullah-mujahid-test/">Zabihullah Mujahid test</a>' in html
    assert "<dd>Taliban</dd>" in html
    assert f'href="/sources/{said["source"].pk}/#span-s{said["mujahid"].pk}"' in html
    assert f'href="{said["event"].get_absolute_url()}">Taliban enter Kunduz</a>' in html
    assert "&lt;script&gt;" in html and "<script> is ours" not in html
    assert response["Vary"] and "HX-Request" in response["Vary"]


def test_search_matches_the_quote_text(client, said):
    assert texts(client.get(URL, {"q": "airport"})) == ["Our forces hold the airport,"]


def test_a_speaker_includes_the_people_speaking_for_it(client, said):
    assert texts(client.get(URL, {"speaker": "taliban"})) == ["Kunduz is liberated,"]


def test_side_and_place_and_dates_filter(client, said):
    assert texts(client.get(URL, {"side": "international"})) == [
        "We are alarmed by civilian casualties,"
    ]
    assert texts(client.get(URL, {"side": "others"})) == ["The <script> is ours."]
    assert texts(client.get(URL, {"place": said["kunduz"].slug})) == [
        "Kunduz is liberated,",
        "Our forces hold the airport,",
    ]
    assert texts(client.get(URL, {"said_after": "2021-08-08", "said_before": "2021-08-08"})) == [
        "Kunduz is liberated,"
    ]


def test_a_statement_link_shows_that_statement(client, said):
    response = client.get(said["mujahid"].get_absolute_url())

    assert texts(response) == ["Kunduz is liberated,"]
    assert "See all statements" in response.content.decode()


def test_bad_values_are_reported_and_left_out(client, said):
    response = client.get(
        URL,
        {
            "speaker": "nobody",
            "side": "martians",
            "said_after": "soon",
            "said_before": "2021-13-45",
            "page": "x",
            "statement": "abc",
        },
    )

    assert response.status_code == 200
    assert "Some filters were not understood" in response.content.decode()
    assert len(texts(response)) == 4


def test_a_reversed_date_range_is_an_error_not_an_empty_page(client, said):
    response = client.get(URL, {"said_after": "2021-08-09", "said_before": "2021-08-01"})

    assert "The end date is before the start date." in response.content.decode()
    assert texts(response) == ["Our forces hold the airport,"]


def test_htmx_requests_get_only_the_results(client, said):
    response = client.get(URL, {"side": "taliban"}, headers={"HX-Request": "true"})

    html = response.content.decode()
    assert "<h1>" not in html and "<form" not in html
    assert "Kunduz is liberated" in html


def test_rejected_statements_are_not_shown(client, said):
    said["ministry"].review_status = "rejected"
    said["ministry"].save()

    assert "Our forces hold the airport," not in texts(client.get(URL))


@pytest.mark.parametrize("extra", [0, 60])
def test_the_page_runs_a_fixed_number_of_queries(
    client, said, extra, django_assert_max_num_queries
):
    source = make_source(" ".join(f"“Line {i}.”" for i in range(extra)) or "Empty.")
    speaker = make_actor("Spokesman test", kind="person", affiliation=said["taliban"])
    for i in range(extra):
        make_statement(
            source,
            text=f"Line {i}.",
            speaker=speaker,
            event=said["event"],
            said_on=date(2021, 7, 1) + timedelta(days=i % 30),
        )

    with django_assert_max_num_queries(STATEMENT_QUERIES):
        response = client.get(
            URL, {"speaker": "taliban", "place": said["kunduz"].slug, "said_after": "2021-07-01"}
        )
    assert response.status_code == 200


def test_nul_bytes_and_overlong_values_are_errors_not_crashes(client, said):
    nasty = {name: "\x00" for name in ("q", "speaker", "side", "place", "said_after")}
    nasty["statement"] = "9" * 40
    nasty["event"] = "9" * 40

    response = client.get(URL, nasty)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Some filters were not understood" in html
    assert "Statement: Ensure this value is less than or equal to" in html
    assert client.get(URL, {"q": "x" * 500}).status_code == 200


def test_the_downloads_carry_the_filters_and_hold_what_the_list_shows(client, said):
    query = {"speaker": "taliban", "said_after": "2021-08-01", "page": "1", "q": "\x00"}

    html = client.get(URL, query).content.decode()
    rows = client.get(URL, {**query, "format": "csv"}).content.decode().splitlines()
    records = client.get(URL, {**query, "format": "json"}).json()["statements"]

    expected = "speaker=taliban&amp;said_after=2021-08-01&amp;format=csv"
    assert f'href="{URL}?{expected}"' in html
    assert rows[0].startswith("statement_id,said_on,side,speaker,speaker_affiliation")
    assert len(rows) == 2
    assert (
        "Kunduz is liberated," in rows[1] and ",Taliban,Zabihullah Mujahid test,Taliban," in rows[1]
    )
    assert [r["text"] for r in records] == ["Kunduz is liberated,"]
    assert records[0]["side"] == "Taliban"
    assert "Statements" not in rows[0]


def test_a_downloaded_quote_that_looks_like_a_formula_is_neutralised(client, said):
    source = make_source("“=HYPERLINK(1)” he said.")
    make_statement(source, text="=HYPERLINK(1)", said_on=date(2021, 8, 2))

    body = client.get(URL, {"q": "HYPERLINK", "format": "csv"}).content.decode()

    assert ",'=HYPERLINK(1)," in body


def test_the_list_is_cited_with_its_filters(client, said):
    html = client.get(URL, {"side": "taliban"}).content.decode()

    assert (
        "Afghanistan 2021 offensive timeline: statements. http://testserver/statements/?side=taliban"
        in html
    )


def test_a_search_with_no_match_says_so_and_offers_to_clear_the_filters(client, said):
    html = client.get(reverse("statement-list"), {"q": "zzzqqq"}).content.decode()

    assert "No statements match these filters." in html
    assert f'<a href="{reverse("statement-list")}">Clear the filters</a>' in html


def test_filtering_statements_pushes_the_address_without_the_forms_empty_fields(client, said):
    form = {"q": "kunduz", "speaker": "", "side": "", "place": "", "said_after": "", "page": "1"}

    response = client.get(reverse("statement-list"), form, headers={"HX-Request": "true"})

    assert response["HX-Push-Url"] == reverse("statement-list") + "?q=kunduz"
    assert f"{reverse('statement-list')}?q=kunduz (accessed" in response.content.decode()
