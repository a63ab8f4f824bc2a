"""Casualty counts told without an incident verb: an event of the place and period they name.

The sentences are written for these tests (other cities, counts and phrasing than the seeds).
"""

from datetime import date

import pytest

from tests.sources.extract.test_events import B, E, V, events_of

CLASH = (B, "Armed clash")


def coded(event) -> tuple:
    return (
        (event.event_type, event.sub_event_type),
        event.place.name if event.place else None,
        event.date.value,
        event.date.precision,
        event.fatalities,
        event.injured,
    )


def test_each_place_of_a_list_of_tolls_over_the_past_day_is_a_fight_of_the_day_before():
    events = events_of(
        "Latest reports indicate some 25 people were killed, and 90 injured, over the past 24 "
        "hours in Kunduz city. Seven more civilians were killed in Taloqan, and 31 wounded.",
        "2021-08-08",
    )
    assert [coded(e) for e in events] == [
        (CLASH, "Kunduz", date(2021, 8, 7), "day", 25, 90),
        (CLASH, "Taloqan", date(2021, 8, 7), "day", 7, 31),
    ]
    assert all(e.actors == [] for e in events)


def test_a_toll_without_a_place_takes_the_place_of_the_sentence_before():
    (event,) = events_of(
        "Residents of Sheberghan say food and water are running out.\n"
        "At least 14 civilians have been killed and 60 injured in the past 24 hours, the UN "
        "mission said on Saturday.",
        "2021-08-07",
    )
    assert coded(event) == (CLASH, "Sheberghan", date(2021, 8, 6), "day", 14, 60)


def test_a_toll_in_a_city_just_fought_over_goes_on_that_fight_with_its_sides():
    (event,) = events_of(
        "Taliban fighters clashed with Afghan forces in Ghazni on Monday. Doctors said 22 "
        "people were killed and 70 wounded in Ghazni on Monday. Hospital staff said 22 people "
        "had died in the city on Monday.",
        "2021-08-03",
    )
    # The second report of the same 22 dead is the same toll: the highest, not the sum.
    assert coded(event) == (CLASH, "Ghazni", date(2021, 8, 2), "day", 22, 70)
    assert {r.actor.name for r in event.actors} >= {"Taliban"}
    assert event.evidence.text.startswith("Taliban fighters clashed")


def test_a_toll_of_another_day_in_the_same_city_is_its_own_event():
    events = events_of(
        "Taliban fighters clashed with Afghan forces in Ghazni on Monday. Nine people were "
        "killed in Ghazni on Wednesday, officials said.",
        "2021-08-05",
    )
    assert [(e.date.value, e.fatalities) for e in events] == [
        (date(2021, 8, 2), None),
        (date(2021, 8, 4), 9),
    ]


def test_a_stated_cause_or_a_deliberate_killing_of_civilians_sets_the_kind():
    (shelled,) = events_of("Twelve people were killed by stray rockets in Kunduz on Thursday.")
    assert coded(shelled)[:2] == ((E, "Shelling/artillery/missile attack"), "Kunduz")
    (executed,) = events_of(
        "Six villagers were deliberately killed by the Taliban in Jaghori district on "
        "Wednesday, elders said."
    )
    assert coded(executed) == ((V, "Attack"), "Jaghori", date(2021, 8, 4), "day", 6, None)
    assert [r.actor.name for r in executed.actors if r.role == "actor1"] == ["Taliban"]


def test_a_toll_alone_is_less_certain_than_a_told_incident():
    (toll,) = events_of("Eleven soldiers died in Taloqan on Thursday, officials said.")
    (told,) = events_of("Taliban fighters attacked a checkpoint in Taloqan on Thursday.")
    assert coded(toll)[:5] == (CLASH, "Taloqan", date(2021, 8, 5), "day", 11)
    assert toll.confidence < told.confidence


@pytest.mark.parametrize(
    "text",
    [
        # national, cumulative or over several places
        "The number of civilian casualties hit record highs in the first half of 2021.",
        "Nearly 360,000 Afghans have fled their homes this year.",
        "385 Taliban fighters were killed in operations across the country in the past 24 hours.",
        "More than 1,000 civilians were killed in Afghanistan in July alone, the UN said.",
        "At least 27 children were killed in Kandahar, Khost and Paktia over the past three days.",
        "Some 300 people have been wounded in Kunduz since the fighting began.",
        "Eight Afghan soldiers were killed in Quetta on Friday, Pakistani officials said.",
        # history, hypotheticals, vague counts, no period, displaced people and troops
        "In 2019, 30 people were killed in Ghazni on a single day.",
        "Aid groups warned that 200 more people could be killed in Herat if the fighting "
        "continued.",
        "Dozens of people were killed in Kunduz on Thursday, residents said.",
        "Six civilians were killed in Farah.",
        "About 2,000 families have fled to Herat city on Thursday from surrounding districts.",
        "Some 3,000 US troops arrived in Kabul on Thursday.",
    ],
)
def test_tallies_history_hypotheticals_and_vague_counts_are_not_events(text):
    assert events_of(f"The situation in Lashkar Gah is dire.\n{text}") == []


def test_one_named_person_killed_is_the_killing_already_told_not_a_toll():
    (event,) = events_of(
        "Gunmen shot dead Mohammad Rahimi, a district judge, in Herat on Thursday.\n"
        "Rahimi was killed near his home in the west of the city, police said."
    )
    assert coded(event)[:2] == ((V, "Attack"), "Herat")


def test_fighters_the_toll_sentence_names_are_its_sides_and_its_dateline_is_no_date():
    (event,) = events_of(
        "KABUL, Aug. 9 (Xinhua) -- Afghan security forces have killed 28 Taliban militants in "
        "Faryab province over the past 24 hours, the Defense Ministry said.",
        "2021-08-09",
    )
    assert coded(event) == (CLASH, "Faryab", date(2021, 8, 8), "day", 28, None)
    assert {(r.role, r.actor.name) for r in event.actors} == {
        ("actor1", "Afghan National Defense and Security Forces"),
        ("actor2", "Taliban"),
    }


def test_a_toll_told_over_several_provinces_is_a_tally_even_after_a_placed_fight():
    (event,) = events_of(
        "The Taliban captured Taloqan on Sunday. The Ministry of Defense said 310 Taliban "
        "fighters were killed in operations in several provinces over the past 24 hours.",
        "2021-08-09",
    )
    assert (event.place.name, event.fatalities) == ("Taloqan", None)
