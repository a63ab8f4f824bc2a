"""The timeline page: what it shows, how it answers htmx, bad query strings, bounded queries."""

import re
from datetime import date, timedelta

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from events.charts import event_counts
from events.models import Actor, Event, Place
from tests.factories import link_source, make_actor, make_event, make_place, make_source

pytestmark = pytest.mark.django_db

# Counts, page, chart, five facets, actor prefetch, and the validation of selected places and
# actors: the same whatever the number of events.
MAX_QUERIES = 13
FILTERED = (
    "?place=qalat-test&actor=test-militia&q=clash&date_after=2021-07-01&date_before=2021-12-31"
    "&min_fatalities=1&event_type=Battles&sub_event_type=Armed+clash&bin=week&page=2"
)


def make_events(n: int) -> None:
    place = make_place("Qalat Test", kind="city")
    militia = make_actor("Test Militia")
    source = make_source("Heavy clashes were reported near Qalat on Friday. Shops were closed.")
    for i in range(n):
        event = make_event(
            date=date(2021, 7, 1) + timedelta(days=i % 45),
            place=place,
            actors=[(militia, "actor1")],
            fatalities=i,
            review_status="reviewed" if i % 3 else "machine",
        )
        link_source(event, source)


def page_html(client, query: str = "", **headers) -> str:
    response = client.get(reverse("timeline") + query, headers=headers)
    assert response.status_code == 200
    return response.content.decode()


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("n", [3, 60])
@pytest.mark.parametrize("query", ["", FILTERED])
def test_the_page_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries, n, query):
    make_events(n)

    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(reverse("timeline") + query)


@pytest.mark.parametrize("n", [3, 60])
def test_an_htmx_filter_request_runs_the_same_bounded_queries(
    client, django_assert_max_num_queries, n
):
    make_events(n)

    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(
            reverse("timeline") + FILTERED, headers={"HX-Request": "true", "HX-Target": "results"}
        )


def test_the_page_says_how_many_events_of_all_match(client):
    kabul = make_place("Qalat Test", kind="city")
    make_event(place=kabul)
    make_event(place=kabul)
    make_event()
    make_event(review_status="rejected")

    html = page_html(client, "?place=qalat-test")

    assert "<strong>2</strong> of 3 events" in html


def test_each_event_shows_its_date_with_the_precision_it_is_known_to(client):
    make_event(date=date(2021, 7, 30), summary="Day event")
    make_event(date=date(2021, 8, 2), date_precision="week", summary="Week event")
    make_event(date=date(2021, 8, 1), date_precision="month", summary="Month event")
    make_event(date=None, summary="Undated event")

    text = text_of(page_html(client))

    assert "30 Jul 2021 Day event" in text
    assert "week of 2 Aug 2021 Week event" in text
    assert "Aug 2021 Month event" in text
    assert "date unknown Undated event" in text
    assert "1 event without a date" in text


def test_unknown_fatalities_read_unknown_and_zero_reads_zero(client):
    make_event(fatalities=None, summary="Unknown toll")
    make_event(fatalities=0, summary="No deaths")

    text = text_of(page_html(client))

    assert re.search(r"Unknown toll .*?Deaths unknown", text)
    assert re.search(r"No deaths .*?Deaths 0 ", text)


def test_rows_link_the_place_and_event_pages_and_show_the_review_badge(client):
    place = make_place("Qalat Test", kind="city")
    machine = make_event(place=place, summary="Machine one")
    reviewed = make_event(place=place, summary="Checked one", review_status="reviewed")

    html = page_html(client)

    assert f'href="{place.get_absolute_url()}"' in html
    assert f'href="{machine.get_absolute_url()}"' in html
    assert f'href="{reviewed.get_absolute_url()}"' in html
    assert 'badge--machine">machine-extracted' in html
    assert 'badge--reviewed">reviewed' in html


def test_rows_show_actors_and_link_the_number_of_sources_to_the_evidence(client):
    militia = make_actor("Test Militia")
    event = make_event(actors=[(militia, "actor1")], summary="Two sources")
    link_source(event, make_source())
    link_source(event, make_source())

    html = page_html(client)

    assert re.search(
        r"Two sources .*Actors Test Militia .*Evidence quoted from 2 sources ", text_of(html)
    )
    assert f'href="{event.get_absolute_url()}#sources-heading"' in html


def test_a_row_without_sources_says_so_without_a_link_to_evidence(client):
    event = make_event(summary="Typed in by an editor")

    html = page_html(client)

    assert re.search(r"Typed in by an editor .*Evidence no source linked", text_of(html))
    assert f'href="{event.get_absolute_url()}#sources-heading"' not in html


def test_article_text_is_escaped_in_the_list(client):
    make_event(summary='<script>alert("x")</script> in Kunduz')

    html = page_html(client)

    assert '<script>alert("x")</script>' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; in Kunduz" in html


def test_the_chart_payload_is_embedded_as_json_and_the_table_twin_has_the_counts(client):
    make_event(date=date(2021, 8, 8), event_type="Battles")
    make_event(date=date(2021, 8, 8), event_type="Battles")

    html = page_html(client)

    assert '<script id="chart-data" type="application/json">' in html
    row = re.search(
        r'<th scope="row"><a href="([^"]+)"[^>]*>8 Aug 2021</a></th><td class="num">2</td>', html
    )
    assert row
    assert row.group(1) == "?date_after=2021-08-08&amp;date_before=2021-08-08"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?place=no-such-town", "Place: Select a valid choice"),
        ("?actor=no-such-group", "Actor: Select a valid choice"),
        ("?date_after=99999-01-01", "From: Enter a valid date"),
        ("?date_after=0001-01-01", "From: Give a date between"),
        ("?date_before=yesterday", "To: Enter a valid date"),
        (
            "?date_after=2021-07-10&date_before=2021-07-01",
            "To: The end date is before the start date",
        ),
        ("?min_fatalities=-5", "greater than or equal to 1"),
        ("?min_fatalities=99999999999999999999999", "less than or equal to 1000000"),
        ("?min_fatalities=lots", "Enter a whole number"),
        ("?q=%00", "Null characters are not allowed"),
        ("?place=%00", "Place: Null characters are not allowed"),
        ("?date_after=2021-08-01%00", "From: Enter a valid date"),
        ("?event_type=Skirmish", "Event type: Select a valid choice"),
        ("?q=" + "x" * 500, "Search: Ensure this value has at most 200 characters"),
    ],
)
def test_bad_filter_values_give_the_page_with_a_clear_message(client, query, message):
    make_event(summary="Still listed")

    html = page_html(client, query)

    assert "Some filters were not understood" in html
    assert message in html
    assert "Still listed" in html
    assert "\x00" not in html


def test_a_bad_filter_is_left_out_while_the_good_ones_apply(client):
    place = make_place("Qalat Test", kind="city")
    make_event(place=place, summary="In Qalat")
    make_event(summary="Elsewhere")

    text = text_of(page_html(client, "?place=qalat-test&date_after=99999-01-01"))

    assert "In Qalat" in text
    assert "Elsewhere" not in text.split("Events over time")[1]


@pytest.mark.parametrize(
    "query",
    [
        "?foo=bar&__proto__=1",
        "?bin=year",
        "?bin=%00",
        "?date_after=2021-07-01&date_after=2021-08-01",
    ],
)
def test_unknown_and_repeated_keys_are_harmless(client, query):
    make_event()

    html = page_html(client, query)

    assert "Some filters were not understood" not in html


def test_a_repeated_single_key_uses_the_last_value(client):
    make_event(date=date(2021, 7, 15), summary="Mid July")
    make_event(date=date(2021, 8, 15), summary="Mid August")

    text = text_of(page_html(client, "?date_after=2021-07-01&date_after=2021-08-01"))

    assert "Mid August" in text
    assert "Mid July" not in text


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("999", "51–60 of 60, page 3 of 3"),
        ("abc", "1–25 of 60, page 1 of 3"),
        ("%00", "1–25 of 60, page 1 of 3"),
        ("0", "51–60 of 60, page 3 of 3"),
        ("9" * 5000, "51–60 of 60, page 3 of 3"),
        ("-2", "1–25 of 60, page 1 of 3"),
    ],
)
def test_a_page_out_of_range_shows_the_last_page_and_a_bad_one_the_first(client, page, shown):
    for day in range(60):
        make_event(date=date(2021, 6, 1) + timedelta(days=day))

    text = text_of(page_html(client, f"?page={page}"))

    assert f"({shown})" in text


def test_page_links_keep_the_filters_and_the_chart_bin(client):
    place = make_place("Qalat Test", kind="city")
    for day in range(30):
        make_event(place=place, date=date(2021, 7, 1) + timedelta(days=day))

    html = page_html(client, "?place=qalat-test&bin=month")

    assert 'href="?place=qalat-test&amp;bin=month&amp;page=2"' in html


def test_the_bin_switch_is_a_real_link_for_each_bin(client):
    make_event()

    html = page_html(client, "?bin=week")

    assert re.search(r'<a href="\?" hx-get="\?"[^>]*>Day</a>', html)
    assert re.search(r'<a href="\?bin=month"[^>]*>Month</a>', html)
    assert re.search(r'aria-current="true">Week</a>', html)


def test_a_filter_form_htmx_request_gets_the_results_and_fresh_facet_counts(client):
    place = make_place("Qalat Test", kind="city")
    make_event(place=place)

    response = client.get(
        reverse("timeline") + "?place=qalat-test&q=&date_after=",
        headers={"HX-Request": "true", "HX-Target": "results"},
    )
    html = response.content.decode()

    assert "<html" not in html
    assert html.lstrip().startswith('<div id="results"')
    assert '<ul class="facet-list" id="facet-list-place" hx-swap-oob="true">' in html
    assert '<div id="form-errors" hx-swap-oob="true">' in html
    assert response["HX-Push-Url"] == "/?place=qalat-test"
    assert "HX-Request" in response["Vary"]


def test_a_link_htmx_request_gets_the_whole_page_region(client):
    make_event()

    response = client.get(
        reverse("timeline") + "?bin=month",
        headers={"HX-Request": "true", "HX-Target": "timeline-page"},
    )
    html = response.content.decode()

    assert html.lstrip().startswith('<div id="timeline-page"')
    assert 'id="filters"' in html
    assert "<html" not in html


def test_a_history_restore_request_gets_the_full_page(client):
    make_event()

    html = page_html(client, "", **{"HX-Request": "true", "HX-History-Restore-Request": "true"})

    assert html.lstrip().startswith("<!doctype html>")


def test_the_page_loads_nothing_from_another_host(client):
    militia = make_actor("Test Militia")
    make_event(actors=[(militia, "actor1")], source=make_source())

    html = page_html(client, "?q=clash")
    citation = re.search(r'<p class="citation" id="citation">.*?</p>', html, re.S).group(0)

    hosts = set(re.findall(r"https?://([^/\s\"'<>]+)", html.replace(citation, "")))
    assert hosts == set()
    assert re.findall(r"https?://([^/\s\"'<>&]+)", citation) == ["testserver"]
    assert re.search(r'<script src="/static/vendor/plotly.min.js" defer>', html)
    assert re.search(r'<script src="/static/django_htmx/htmx-2.min.js" defer>', html)


def test_the_page_has_the_accessibility_landmarks(client):
    make_event()

    html = page_html(client)

    assert '<html lang="en">' in html
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert html.count("<h1>") == 1
    for input_id in re.findall(r'<input[^>]+id="([^"]+)"', html):
        if 'type="hidden"' in html.split(f'id="{input_id}"')[0].rsplit("<input", 1)[1]:
            continue
        assert f'for="{input_id}"' in html, f"no label for #{input_id}"


def test_the_citation_and_exports_carry_the_filters(client):
    place = make_place("Qalat Test", kind="city")
    make_event(place=place)

    html = page_html(client, "?place=qalat-test&bin=week&page=1&junk=1")

    assert 'href="/events.csv?place=qalat-test"' in html
    assert 'href="/events.json?place=qalat-test"' in html
    assert 'href="/events.geojson?place=qalat-test"' in html
    assert re.search(
        r"Afghanistan 2021 offensive timeline\. http://testserver/\?place=qalat-test&amp;bin=week "
        r"\(accessed \d+ \w{3} \d{4}\)\.",
        html,
    )


def test_the_nav_links_every_section_and_the_editors_admin(client):
    html = page_html(client)

    for name in ("place-index", "actor-index", "statement-list", "source-index", "admin:index"):
        assert f'href="{reverse(name)}"' in html


def test_reference_places_and_actors_without_events_are_not_listed(client):
    make_event()

    html = page_html(client)

    assert Place.objects.exists() and Actor.objects.exists()
    assert 'id="f-place-' not in html
    assert 'id="f-actor-' not in html


def test_the_chart_partial_renders_alone_for_other_pages():
    make_event(date=date(2021, 8, 8))

    html = render_to_string("events/timeline.html#chart", {"chart": event_counts(Event.objects)})

    assert 'id="chart-data"' in html
    assert '<th scope="row">8 Aug 2021</th>' in html
    assert "bin-switch" not in html


def test_a_province_in_a_row_reads_province_so_it_is_not_taken_for_its_capital(client):
    province = make_place("Herat Row Test", kind="province")
    city = make_place("Herat Row Test", kind="city", province=province)
    make_event(place=province, summary="Fighting somewhere in the province")
    make_event(place=city, summary="Fighting in the city")

    html = page_html(client)

    assert f'<a href="/cities/{province.slug}/">Herat Row Test province</a>' in html
    assert f'<a href="/cities/{city.slug}/">Herat Row Test</a>, Herat Row Test' in html
