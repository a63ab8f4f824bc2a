import pytest

from events.claims import (
    STATEMENT_RELATED,
    camp_q,
    group_by_speaker,
    group_claims,
    speaking_side,
)
from events.models import Actor, Statement
from tests.factories import make_actor, make_event, make_source, make_statement

pytestmark = pytest.mark.django_db

TEXT = (
    "“We have taken the city,” said Zabihullah Mujahid. "
    "“The city is under our control,” said Fawad Aman, a defence ministry spokesman. "
    "“We are deeply concerned,” UNAMA said. "
    "“Stop the offensive,” the US embassy said. "
    "“We fled at night,” a resident said."
)


@pytest.fixture
def speakers():
    taliban = Actor.objects.get_or_create(
        slug="taliban", defaults={"name": "Taliban", "kind": "armed_group"}
    )[0]
    government = make_actor("Government of Afghanistan test", kind="government")
    ministry = make_actor("Ministry of Defence test", kind="government", affiliation=government)
    return {
        "mujahid": make_actor("Zabihullah Mujahid test", kind="person", affiliation=taliban),
        "aman": make_actor("Fawad Aman test", kind="person", affiliation=ministry),
        "unama": make_actor("UNAMA test", kind="international_org"),
        "us": make_actor("United States test", kind="foreign_government"),
        "resident": make_actor("Resident test", kind="civilians"),
        "taliban": taliban,
        "government": government,
    }


@pytest.fixture
def statements(speakers):
    source = make_source(TEXT)
    event = make_event(source=source, evidence="“We have taken the city,” said Zabihullah Mujahid.")
    said = {
        "mujahid": "We have taken the city,",
        "aman": "The city is under our control,",
        "unama": "We are deeply concerned,",
        "us": "Stop the offensive,",
        "resident": "We fled at night,",
    }
    made = {
        key: make_statement(source, text=text, speaker=speakers[key], event=event)
        for key, text in said.items()
    }
    made["anonymous"] = make_statement(source, text="We fled at night,", event=event)
    return made


def loaded(statements):
    return list(
        Statement.objects.filter(pk__in=[s.pk for s in statements.values()])
        .select_related(*STATEMENT_RELATED)
        .order_by("pk")
    )


def test_a_spokesman_speaks_for_the_top_of_his_organisation(speakers, statements):
    by_pk = {s.pk: s for s in loaded(statements)}

    assert speaking_side(by_pk[statements["mujahid"].pk]) == speakers["taliban"]
    assert speaking_side(by_pk[statements["aman"].pk]) == speakers["government"]
    assert speaking_side(by_pk[statements["anonymous"].pk]) is None


def test_relayed_words_count_for_the_body_relayed(speakers):
    spokesman = make_actor("UN spokesman test", kind="person")
    statement = make_statement(
        text="We condemn it.", speaker=spokesman, on_behalf_of=speakers["unama"]
    )

    assert speaking_side(statement) == speakers["unama"]


def test_competing_claims_fall_in_fixed_camps_in_a_fixed_order(statements):
    groups = group_claims(loaded(statements))

    assert [(g.camp.key, [s.text for s in g.statements]) for g in groups] == [
        ("taliban", ["We have taken the city,"]),
        ("government", ["The city is under our control,"]),
        ("international", ["We are deeply concerned,"]),
        ("foreign", ["Stop the offensive,"]),
        ("others", ["We fled at night,", "We fled at night,"]),
    ]
    assert [a.name for a in groups[1].sides] == ["Government of Afghanistan test"]


def test_the_database_filter_for_each_camp_agrees_with_the_python_grouping(statements):
    expected = {g.camp.key: {s.pk for s in g.statements} for g in group_claims(loaded(statements))}
    ids = [s.pk for s in statements.values()]

    for key, pks in expected.items():
        found = set(Statement.objects.filter(camp_q(key), pk__in=ids).values_list("pk", flat=True))
        assert found == pks, key


def test_statements_group_by_speaker_largest_group_first(speakers):
    source = make_source("“One.” “Two.” “Three.”")
    for text in ("One.", "Two."):
        make_statement(source, text=text, speaker=speakers["mujahid"])
    make_statement(source, text="Three.", speaker=speakers["taliban"])

    groups = group_by_speaker(Statement.objects.filter(source=source).order_by("pk"))

    assert [(g.speaker.name, len(g.statements)) for g in groups] == [
        ("Zabihullah Mujahid test", 2),
        ("Taliban", 1),
    ]
