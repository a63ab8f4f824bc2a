"""Every sentence that reports an event is stored as its own evidence link.

The article in articles/twice_told_qalat_checkpoint.txt tells one checkpoint attack in its
headline, its lead, a follow-up paragraph and again, with the toll, near its end.
"""

from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events.models import Event, EventSource
from sources.extract.records import Span
from sources.importer.archive import ArticleFile
from sources.importer.persist import SECONDARY_MENTION_FACTOR, mentions_of
from sources.importer.results import Status
from sources.importer.service import ImportService
from sources.models import Source
from tests.sources.importer.test_persist import (
    BODY,
    EVENT_SENTENCE,
    QUOTE,
    make_extracted_event,
    make_extraction,
    span,
    store,
    taliban,
)

pytestmark = pytest.mark.django_db

ARTICLES = Path(__file__).resolve().parent / "articles"
TWICE_TOLD = ARTICLES / "twice_told_qalat_checkpoint.txt"
TOLL_SENTENCE = "Four police officers were killed when the insurgents stormed the checkpoint"
LEAD = "QALAT, Afghanistan — Taliban fighters attacked a police checkpoint"


def import_twice_told():
    summary = ImportService().import_items([ArticleFile(TWICE_TOLD.name, TWICE_TOLD.read_bytes())])
    outcome = summary.files[0]
    assert outcome.status == Status.IMPORTED, outcome.line()
    return Source.objects.get(pk=outcome.source.pk)


def test_an_incident_told_twice_is_one_event_with_a_link_per_sentence():
    source = import_twice_told()
    attack = Event.objects.get(source_links__evidence__startswith=TOLL_SENTENCE)
    links = list(attack.source_links.order_by("pk"))
    assert len(links) >= 2
    assert any(link.evidence.startswith(LEAD) for link in links)
    assert len({link.start for link in links}) == len(links)
    for link in links:
        assert link.source == source
        assert source.text[link.start : link.end] == link.evidence


def test_the_evidence_sentence_is_stored_first_with_the_highest_confidence():
    import_twice_told()
    attack = Event.objects.get(source_links__evidence__startswith=TOLL_SENTENCE)
    primary, *others = attack.source_links.order_by("pk")
    # The toll sentence is the evidence although the lead tells the attack earlier.
    assert primary.evidence.startswith(TOLL_SENTENCE)
    assert min(link.start for link in others) < primary.start
    assert all(link.confidence < primary.confidence for link in others)
    assert attack.confidence == primary.confidence


def test_the_date_phrase_stays_with_the_sentences_that_hold_it():
    import_twice_told()
    attack = Event.objects.get(source_links__evidence__startswith=TOLL_SENTENCE)
    for link in attack.source_links.all():
        if link.date_phrase:
            assert link.date_phrase in link.evidence
    assert attack.source_links.order_by("pk")[0].date_phrase


def test_the_source_page_highlights_every_sentence_that_reports_the_event(client):
    source = import_twice_told()
    page = client.get(reverse("source-detail", args=[source.pk])).content.decode()
    links = EventSource.objects.filter(source=source)
    assert links.count() >= 2
    for link in links:
        assert f'span-e{link.pk}"' in page


def test_the_event_page_quotes_every_sentence_that_reports_it(client):
    import_twice_told()
    attack = Event.objects.get(source_links__evidence__startswith=TOLL_SENTENCE)
    page = client.get(attack.get_absolute_url()).content.decode()
    assert TOLL_SENTENCE in page
    assert "Taliban fighters attacked a police checkpoint" in page


def test_extracting_the_article_again_keeps_one_link_per_sentence():
    source = import_twice_told()
    before = sorted(EventSource.objects.filter(source=source).values_list("start", "end"))
    summary = ImportService().reextract([source])
    assert summary.ok, [f.line() for f in summary.files]
    after = sorted(EventSource.objects.filter(source=source).values_list("start", "end"))
    assert after == before


def test_an_editor_owned_event_keeps_its_links_when_the_article_is_extracted_again():
    source = import_twice_told()
    attack = Event.objects.get(source_links__evidence__startswith=TOLL_SENTENCE)
    attack.review_status = "reviewed"
    attack.save()
    n_links = attack.source_links.count()
    summary = ImportService().reextract([source])
    assert summary.ok, [f.line() for f in summary.files]
    assert attack.source_links.count() == n_links


# -- hand-built extractions ------------------------------------------------------------------

SECOND_SENTENCE = "We control the city,"


def test_mentions_come_evidence_first_then_in_text_order_without_repeats():
    evidence = span(QUOTE)
    first = span(EVENT_SENTENCE)
    event = make_extracted_event(evidence=evidence, mentions=[evidence, first, first])
    assert mentions_of(event) == [evidence, first]


def test_an_event_without_mentions_is_linked_by_its_evidence_alone(lashkar_gah):
    source, _ = store(make_extraction(events=[make_extracted_event(mentions=[])]))
    link = EventSource.objects.get()
    assert (link.source, link.evidence, link.confidence) == (source, EVENT_SENTENCE, 0.8)


def test_each_mention_of_a_hand_built_event_is_a_link(lashkar_gah):
    event = make_extracted_event(mentions=[span(EVENT_SENTENCE), span(SECOND_SENTENCE)])
    store(make_extraction(events=[event]))
    links = list(EventSource.objects.order_by("pk"))
    assert [link.evidence for link in links] == [EVENT_SENTENCE, SECOND_SENTENCE]
    assert links[1].confidence == pytest.approx(0.8 * SECONDARY_MENTION_FACTOR)
    assert links[1].date_phrase == ""  # "on Tuesday" is not in that sentence
    assert links[0].date_phrase == "on Tuesday"


def test_two_events_told_in_one_sentence_each_link_it(lashkar_gah):
    shared = span(SECOND_SENTENCE)
    events = [
        make_extracted_event(key="e1", mentions=[span(EVENT_SENTENCE), shared]),
        make_extracted_event(
            key="e2",
            sub_event_type="Armed clash",
            event_type="Battles",
            place=None,
            evidence=shared,
            mentions=[shared],
        ),
    ]
    store(make_extraction(events=events))
    assert EventSource.objects.filter(start=shared.start).count() == 2


def test_links_are_written_in_a_fixed_number_of_queries_whatever_the_mentions(lashkar_gah):
    sentences = [s + "." for s in BODY.split(". ")[:1]] + [SECOND_SENTENCE]
    # No statements and only known actors: both runs then do the same lookups.
    quiet = {"statements": [], "actors": [taliban()]}
    plain = make_extraction(raw="a", events=[make_extracted_event(mentions=[])], **quiet)
    told = make_extraction(
        raw="b",
        **quiet,
        events=[
            make_extracted_event(
                mentions=[span(s) for s in sentences]
                + [Span(n, n + 1, BODY[n]) for n in range(20, 60)]
            )
        ],
    )
    counts = []
    for extraction in (plain, told):
        Event.objects.all().delete()
        with CaptureQueriesContext(connection) as queries:
            store(extraction, file_name=extraction.cleaned.raw)
        counts.append(len(queries))
    assert EventSource.objects.count() == 2 + 40
    assert counts[0] == counts[1]


def test_the_preview_counts_the_sentences_that_report_each_event():
    summary = ImportService().preview_items([ArticleFile(TWICE_TOLD.name, TWICE_TOLD.read_bytes())])
    plans = summary.files[0].preview.events
    attack = next(plan for plan in plans if plan.evidence.startswith(TOLL_SENTENCE))
    assert attack.mentions >= 2
    assert not Source.objects.exists()
