import pytest
from django.urls import reverse

from events.templatetags.timeline_tags import quoted, source_title
from tests.factories import make_event, make_source

pytestmark = pytest.mark.django_db


def test_a_source_without_a_headline_is_an_untitled_article_named_by_its_file():
    untitled = make_source(title="", file_name="articles/events_kabul_reuters.txt")
    titled = make_source(title="Taliban enter Kabul")

    assert source_title(untitled) == "Untitled article (events_kabul_reuters.txt)"
    assert source_title(titled) == "Taliban enter Kabul"


def test_the_sources_index_and_page_never_show_a_bare_file_path_as_a_title(client):
    source = make_source(title="", file_name="seeds/000_502a7e18e1aa20f2.txt")

    index = client.get(reverse("source-index")).content.decode()
    page = client.get(source.get_absolute_url()).content.decode()

    assert ">Untitled article (000_502a7e18e1aa20f2.txt)</a>" in index
    assert "<h1>Untitled article (000_502a7e18e1aa20f2.txt)</h1>" in page
    assert ">seeds/000_502a7e18e1aa20f2.txt<" not in index + page


def test_a_passage_is_put_in_quotes_once():
    assert quoted("Fighting broke out.") == "“Fighting broke out.”"
    assert quoted('"War crimes," the statement read.') == '"War crimes," the statement read.'
    assert quoted("“We will not forgive.”") == "“We will not forgive.”"


def test_the_event_page_does_not_double_the_quote_marks_of_a_quoted_sentence(client):
    source = make_source('"Attacks must stop," the ministry said. Other news.')
    event = make_event(source=source, evidence='"Attacks must stop," the ministry said.')

    html = client.get(event.get_absolute_url()).content.decode()

    assert "<p>&quot;Attacks must stop,&quot; the ministry said.</p>" in html
    assert "“&quot;" not in html
