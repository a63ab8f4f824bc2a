from datetime import date
from html import unescape
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

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

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_502a7e18e1aa20f2.txt"
ATTACK = (
    "On July 30, the rebel militia launched an attack on the UN compound killing an Afghan "
    "security guard and wounding several other officers"
)
DEPLORABLE = "deplorable."
RESPONSE = (
    "After the UN compound became the Taliban’s next target, the Head of the UN Assistance "
    "Mission in Afghanistan issued a strong response, calling the attack “deplorable.”"
)
SOURCE_QUERIES = 3
INDEX_QUERIES = 2


def seed_text() -> str:
    """The seed article's body: the file less its ' date YYYY-MM-DD' header."""
    text = SEED.read_text(encoding="utf-8")
    return text.split(" ", 3)[3] if text.startswith(" date ") else text


@pytest.fixture
def article():
    text = seed_text()
    source = make_source(
        text,
        title="Afghanistan denounces Taliban attack on UNAMA",
        outlet="Example Times",
        url="https://example.org/unama-herat",
        published_on=date(2021, 7, 31),
        warnings=["The publication date comes from the file header."],
    )
    taliban = Actor.objects.get_or_create(
        slug="taliban", defaults={"name": "Taliban", "kind": "armed_group"}
    )[0]
    unama = make_actor("UNAMA test", kind="international_org")
    herat = make_place("Herat test")
    attack = make_event(
        place=herat,
        date=date(2021, 7, 30),
        actors=[(taliban, "actor1")],
        event_type="Violence against civilians",
        sub_event_type="Attack",
        summary="Taliban attack the UNAMA compound in Herat",
        source=source,
        evidence=ATTACK,
    )
    # A second event read from a sentence overlapping the statement's passage.
    response = make_event(
        place=herat,
        date=date(2021, 7, 31),
        summary="UNAMA condemns the attack",
        event_type="Strategic developments",
        sub_event_type="Other",
        source=source,
        evidence=RESPONSE,
    )
    quote = make_statement(source, text=DEPLORABLE, speaker=unama, event=attack)
    return {"source": source, "attack": attack, "response": response, "quote": quote}


def test_the_source_page_shows_its_metadata_and_warnings(client, article):
    response = client.get(article["source"].get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Afghanistan denounces Taliban attack on UNAMA</h1>" in html
    assert "Example Times" in html
    assert 'href="https://example.org/unama-herat" rel="noopener noreferrer nofollow"' in html
    assert "(header in the file)" in html
    assert "The publication date comes from the file header." in html
    assert "2 events, 1 statement" in html


def test_each_passage_is_marked_with_its_anchor_and_links_to_its_record(client, article):
    source = article["source"]
    attack_link = article["attack"].source_links.get()

    html = client.get(source.get_absolute_url()).content.decode()

    assert f'id="span-e{attack_link.pk}"' in html
    assert f'<a href="{article["attack"].get_absolute_url()}" title="Event: Taliban attack' in html
    # The quote sits inside the response sentence: both records cover it, the quote wins the link.
    assert f'id="span-s{article["quote"].pk}"' in html
    assert 'class="hl hl--event hl--statement hl--overlap"' in html
    assert 'title="Statement by UNAMA test; Event: UNAMA condemns the attack"' in html


def test_the_article_text_is_shown_whole_and_escaped(client):
    source = make_source("Officials said <script>alert(1)</script> & more. Fighting in Kunduz.")
    make_event(source=source, evidence="Fighting in Kunduz.")

    html = client.get(source.get_absolute_url()).content.decode()

    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more." in html
    assert "<script>alert(1)" not in html


def test_every_character_of_the_article_is_on_the_page_once(client, article):
    response = client.get(article["source"].get_absolute_url())

    body = unescape(strip_tags(str(response.context["text_html"])))
    assert body == article["source"].text


def test_an_unknown_or_rejected_source_is_a_404(client, article):
    assert client.get(reverse("source-detail", args=[999999])).status_code == 404
    article["source"].review_status = "rejected"
    article["source"].save()
    assert client.get(article["source"].get_absolute_url()).status_code == 404


def test_the_index_lists_sources_with_their_counts(client, article):
    extra = make_source("Another article. Clashes in Kunduz.", outlet="Other", published_on=None)
    event = make_event(source=extra, evidence="Another article.")
    link_source(event, extra, "Clashes in Kunduz.")  # two passages, one event

    response = client.get(reverse("source-index"))

    assert response.status_code == 200
    rows = {s.pk: (s.event_count, s.statement_count) for s in response.context["page"]}
    assert rows[article["source"].pk] == (2, 1)
    assert rows[extra.pk] == (1, 0)


@pytest.mark.parametrize("extra_events", [0, 30])
def test_the_source_pages_run_a_fixed_number_of_queries(
    client, article, extra_events, django_assert_max_num_queries
):
    source = article["source"]
    sentences = [s for s in source.text.split(". ") if len(s) > 20][:extra_events]
    for sentence in sentences:
        event = make_event(summary=sentence[:50])
        link_source(event, source, sentence)
        make_statement(source, text=sentence[:20])

    with django_assert_max_num_queries(SOURCE_QUERIES):
        assert client.get(source.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(INDEX_QUERIES):
        assert client.get(reverse("source-index")).status_code == 200


def test_an_event_reported_in_two_sentences_is_listed_once_with_both_passages(client):
    source = make_source("Clashes in Kunduz. The fighting went on in Kunduz all night.")
    event = make_event(source=source, evidence="Clashes in Kunduz.", summary="Fight for Kunduz")
    second = link_source(event, source, "The fighting went on in Kunduz all night.")
    first = event.source_links.exclude(pk=second.pk).get()

    response = client.get(source.get_absolute_url())

    html = response.content.decode()
    assert [row.event for row in response.context["event_rows"]] == [event]
    records = html[html.index('id="records-heading"') :]
    assert records.count(f'href="{event.get_absolute_url()}"') == 1
    assert f'href="#span-e{first.pk}" aria-label="passage 1 of 2"' in html
    assert f'href="#span-e{second.pk}" aria-label="passage 2 of 2"' in html
    assert "1 event, 0 statements" in strip_tags(html)
