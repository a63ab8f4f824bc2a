from datetime import date

import pytest

from events.control import (
    Holder,
    control_chart,
    control_history,
    territorial_events_at,
)
from events.models import Actor
from tests.factories import make_actor, make_event, make_place, make_source

pytestmark = pytest.mark.django_db

TEXT = (
    "Fighting raged on the outskirts of Kunduz on Monday. "
    "Government forces pushed the Taliban back on Tuesday. "
    "Clashes resumed near the airport on Friday. "
    "The Taliban captured the city on Sunday."
)


@pytest.fixture
def taliban() -> Actor:
    return Actor.objects.get_or_create(
        slug="taliban", defaults={"name": "Taliban", "kind": "armed_group"}
    )[0]


@pytest.fixture
def ansf() -> Actor:
    return make_actor("Afghan National Security Forces", kind="state_forces")


def battle(place, day, sub, actor1=None, actor2=None, source=None, evidence=None, **fields):
    actors = [(a, r) for a, r in ((actor1, "actor1"), (actor2, "actor2")) if a is not None]
    return make_event(
        place=place,
        date=date(2021, 8, day) if day else None,
        event_type="Battles",
        sub_event_type=sub,
        actors=actors,
        source=source,
        evidence=evidence,
        **fields,
    )


def history(place):
    return control_history(territorial_events_at(place))


def test_a_place_without_territorial_events_is_unknown_not_assumed_government():
    place = make_place("Kunduz")
    make_event(
        place=place, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"
    )

    periods = history(place)

    assert [p.holder for p in periods] == [Holder.UNKNOWN]
    assert periods[0].start is None and periods[0].events == []
    assert control_chart(periods) is None


def test_clash_regain_clash_and_takeover_give_the_periods_in_date_order(taliban, ansf):
    place = make_place("Kunduz")
    source = make_source(TEXT)
    takeover = battle(
        place,
        8,
        "Non-state actor overtakes territory",
        taliban,
        ansf,
        source,
        "The Taliban captured the city on Sunday.",
    )
    clash = battle(
        place,
        2,
        "Armed clash",
        taliban,
        ansf,
        source,
        "Fighting raged on the outskirts of Kunduz on Monday.",
    )
    regain = battle(
        place,
        3,
        "Government regains territory",
        ansf,
        taliban,
        source,
        "Government forces pushed the Taliban back on Tuesday.",
    )
    clash2 = battle(
        place,
        6,
        "Armed clash",
        taliban,
        ansf,
        source,
        "Clashes resumed near the airport on Friday.",
    )

    periods = history(place)

    assert [(p.holder, p.start) for p in periods] == [
        (Holder.UNKNOWN, None),
        (Holder.CONTESTED, date(2021, 8, 2)),
        (Holder.GOVERNMENT, date(2021, 8, 3)),
        (Holder.CONTESTED, date(2021, 8, 6)),
        (Holder.TALIBAN, date(2021, 8, 8)),
    ]
    assert [p.end for p in periods] == [
        date(2021, 8, 2),
        date(2021, 8, 3),
        date(2021, 8, 6),
        date(2021, 8, 8),
        None,
    ]
    assert [p.cause for p in periods] == [None, clash, regain, clash2, takeover]
    # Fighting before anything was known is not said to be against a government-held city.
    assert periods[1].label == "Contested"
    assert periods[3].label == "Contested (held by government)"
    assert periods[4].evidence.evidence == "The Taliban captured the city on Sunday."
    assert periods[4].evidence.source == source


def test_repeated_clashes_stay_one_contested_period_with_all_their_evidence(taliban, ansf):
    place = make_place("Lashkar Gah test")
    first = battle(place, 1, "Armed clash", taliban, ansf)
    second = battle(place, 4, "Armed clash", ansf, taliban)

    periods = history(place)

    assert [p.holder for p in periods] == [Holder.UNKNOWN, Holder.CONTESTED]
    assert periods[1].events == [first, second]


def test_a_member_unit_taking_a_place_counts_for_its_organisation(taliban, ansf):
    unit = make_actor("Taliban Red Unit", affiliation=taliban)
    place = make_place("Sheberghan")
    battle(place, 6, "Non-state actor overtakes territory", unit, ansf)

    assert history(place)[-1].holder == Holder.TALIBAN


def test_a_non_violent_transfer_goes_to_actor_one(taliban, ansf):
    place = make_place("Zaranj")
    battle(place, 6, "Non-state actor overtakes territory", taliban, ansf)
    make_event(
        place=place,
        date=date(2021, 8, 7),
        event_type="Strategic developments",
        sub_event_type="Non-violent transfer of territory",
        actors=[(ansf, "actor1")],
    )

    assert [p.holder for p in history(place)][-2:] == [Holder.TALIBAN, Holder.GOVERNMENT]


def test_a_takeover_by_another_group_names_that_group(ansf):
    other = make_actor("Islamic State Khorasan")
    place = make_place("Achin")
    battle(place, 5, "Non-state actor overtakes territory", other, ansf)

    last = history(place)[-1]
    assert last.holder == Holder.OTHER
    assert last.label == "Held by Islamic State Khorasan"


def test_a_takeover_without_a_named_taker_is_unknown_not_taliban():
    place = make_place("Nowhere in particular")
    battle(place, 5, "Non-state actor overtakes territory")

    assert [p.holder for p in history(place)] == [Holder.UNKNOWN]


def test_undated_rejected_and_town_events_do_not_count_for_the_place(taliban, ansf):
    province = make_place("Helmand test", kind="province")
    town = make_place("Nad Ali test", province=province)
    battle(province, None, "Non-state actor overtakes territory", taliban, ansf, date_precision="")
    battle(
        province, 3, "Non-state actor overtakes territory", taliban, ansf, review_status="rejected"
    )
    battle(town, 4, "Non-state actor overtakes territory", taliban, ansf)
    kept = battle(province, 9, "Government regains territory", ansf, taliban)

    periods = history(province)

    assert [(p.holder, p.cause) for p in periods] == [
        (Holder.UNKNOWN, None),
        (Holder.GOVERNMENT, kept),
    ]


def test_the_chart_has_one_bar_per_known_period_running_to_the_next_change(taliban, ansf):
    place = make_place("Ghazni test")
    battle(place, 2, "Armed clash", taliban, ansf)
    battle(place, 12, "Non-state actor overtakes territory", taliban, ansf)

    chart = control_chart(history(place), until=date(2021, 8, 15))

    bars = {trace["name"]: trace for trace in chart["data"]}
    assert set(bars) == {"Contested", "Taliban"}
    assert bars["Contested"]["base"] == ["2021-08-02"]
    assert bars["Contested"]["x"] == [10 * 86_400_000]
    # The last period runs to the end of the day given as "until".
    assert bars["Taliban"]["x"] == [4 * 86_400_000]
    assert bars["Taliban"]["customdata"] == [["Taliban", "2021-08-12", "2021-08-15"]]


def test_the_control_chart_of_a_single_day_spans_days_not_hours(taliban, ansf):
    place = make_place("Herat control test")
    battle(place, 2, "Armed clash", taliban, ansf)

    chart = control_chart(history(place), until=date(2021, 8, 2))

    start, end = chart["layout"]["xaxis"]["range"]
    assert (date.fromisoformat(end) - date.fromisoformat(start)).days >= 14
    assert start <= "2021-08-02" < end


def test_contested_bars_are_hatched_over_their_colour_so_that_they_differ_without_it(taliban, ansf):
    place = make_place("Kunduz control test")
    battle(place, 2, "Armed clash", taliban, ansf)
    battle(place, 12, "Non-state actor overtakes territory", taliban, ansf)

    chart = control_chart(history(place), until=date(2021, 8, 15))

    bars = {trace["name"]: trace["marker"] for trace in chart["data"]}
    assert bars["Contested"]["pattern"]["shape"] == "/"
    assert bars["Contested"]["pattern"]["fillmode"] == "overlay"
    assert bars["Contested"]["color"] == "#e69f00"
    assert "pattern" not in bars["Taliban"]
