from datetime import date

import pytest
from django.db import IntegrityError, transaction

from sources.models import Source, text_sha256
from tests.factories import make_source

pytestmark = pytest.mark.django_db


def test_the_same_article_with_other_whitespace_hashes_the_same():
    assert text_sha256("Taliban  enter\r\nHerat.\n") == text_sha256("Taliban enter\nHerat.")


def test_an_article_cannot_be_stored_twice():
    make_source("The Taliban entered Herat on Thursday.")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_source("The  Taliban entered Herat on Thursday.\n", file_name="copy.txt")
    assert Source.objects.count() == 1


def test_undated_and_published_between_narrow_sources():
    old = make_source(published_on=date(2021, 7, 1))
    new = make_source(published_on=date(2021, 8, 10))
    undated = make_source(published_on=None, published_on_source="unknown")
    assert list(Source.objects.undated()) == [undated]
    assert list(Source.objects.published_between(date(2021, 8, 1), None)) == [new]
    assert set(Source.objects.published_between(None, date(2021, 7, 31))) == {old}


def test_sources_keep_a_change_history():
    source = make_source()
    source.title = "Corrected title"
    source.save()
    assert source.history.count() == 2
    assert source.history.earliest().title != "Corrected title"
