import pytest

from events.models import Place
from tests.factories import make_place


@pytest.fixture
def lashkar_gah():
    """Lashkar Gah in Helmand, as the gazetteer has it (created if a test database lacks it)."""
    helmand = Place.objects.get(name="Helmand", kind="province")
    return Place.objects.filter(name="Lashkar Gah").first() or make_place(
        "Lashkar Gah", province=helmand, review_status="reviewed"
    )
