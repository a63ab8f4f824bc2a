import pytest
from django.urls import reverse

from events.templatetags.timeline_tags import source_title
from tests.factories import make_source

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
