import pytest

from events.highlight import Passage, event_passage, highlight, locate, split, statement_passage
from tests.factories import make_actor, make_event, make_source, make_statement

TEXT = 'The Taliban took Zaranj on Friday. "We will protect everyone," Mujahid said. <b>End</b>'


def passage(anchor, start, end, kind="event"):
    return Passage(anchor, kind, start, end, f"/{anchor}/", f"Record {anchor}")


def test_pieces_cover_the_text_exactly_and_know_every_passage_over_them():
    outer = passage("span-s1", 35, 76, "statement")
    inner = passage("span-e2", 35, 62)

    pieces = split(TEXT, [outer, inner])

    assert "".join(p.text for p in pieces) == TEXT
    covered = [(p.text, [q.anchor for q in p.passages]) for p in pieces]
    assert covered == [
        ("The Taliban took Zaranj on Friday. ", []),
        ('"We will protect everyone,"', ["span-e2", "span-s1"]),  # innermost first
        (" Mujahid said.", ["span-s1"]),
        (" <b>End</b>", []),
    ]


def test_partly_overlapping_passages_split_into_three_marked_pieces():
    a = passage("span-e1", 0, 20)
    b = passage("span-e2", 10, 34)

    pieces = [p for p in split(TEXT, [a, b]) if p.passages]

    assert [(p.text, len(p.passages)) for p in pieces] == [
        ("The Taliba", 1),
        ("n took Zar", 2),
        (TEXT[20:34], 1),
    ]


def test_article_markup_is_escaped_and_each_passage_gets_its_anchor_and_link():
    html = highlight(TEXT, [passage("span-e1", 0, 34), passage("span-s2", 35, 76, "statement")])

    assert "&lt;b&gt;End&lt;/b&gt;" in html
    assert "<b>" not in html
    assert '<mark class="hl hl--event" id="span-e1" data-spans="span-e1">' in html
    assert (
        '<a href="/span-e1/" title="Record span-e1">The Taliban took Zaranj on Friday.</a>' in html
    )
    assert 'id="span-s2"' in html
    assert "&quot;We will protect everyone,&quot;" in html


def test_two_passages_starting_at_the_same_offset_both_get_an_anchor():
    html = highlight(TEXT, [passage("span-e1", 0, 34), passage("span-s9", 0, 34, "statement")])

    assert (
        '<span id="span-s9"></span>'
        '<mark class="hl hl--event hl--statement hl--overlap" id="span-e1"' in html
    )


def test_locate_keeps_good_offsets_and_finds_evidence_that_moved():
    assert locate(TEXT, 0, 34, "The Taliban took Zaranj on Friday.") == (0, 34)
    assert locate("Intro. " + TEXT, 0, 34, "The Taliban took Zaranj on Friday.") == (7, 41)
    assert locate(TEXT, 0, 500, "Not in the text") is None


@pytest.mark.django_db
def test_passages_are_built_from_event_and_statement_records():
    source = make_source(TEXT)
    event = make_event(source=source, evidence="The Taliban took Zaranj on Friday.")
    link = event.source_links.get()
    speaker = make_actor("Zabihullah Mujahid test", kind="person")
    statement = make_statement(source, text="We will protect everyone,", speaker=speaker)

    ep = event_passage(link, source.text)
    sp = statement_passage(statement, source.text)

    assert (ep.anchor, ep.start, ep.end, ep.url) == (
        f"span-e{link.pk}",
        0,
        34,
        f"/events/{event.pk}/",
    )
    assert (sp.anchor, sp.kind, sp.label) == (
        f"span-s{statement.pk}",
        "statement",
        "Statement by Zabihullah Mujahid test",
    )
    assert source.text[sp.start : sp.end] == "We will protect everyone,"


@pytest.mark.django_db
def test_a_passage_whose_text_is_gone_is_not_marked_but_reported():
    source = make_source(TEXT)
    event = make_event(source=source, evidence="The Taliban took Zaranj on Friday.")
    link = event.source_links.get()
    link.evidence = "A sentence an editor rewrote."
    link.start, link.end = 0, 500

    ep = event_passage(link, source.text)

    assert not ep.located
    assert "<mark" not in highlight(source.text, [ep])
