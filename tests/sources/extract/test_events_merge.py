"""Within one article, one incident told several times is one event with the best facts."""

from datetime import date

from tests.sources.extract.test_events import events_of
from tests.sources.extract.test_pipeline import extract_seed


def test_herat_attack_told_twice_in_seed_000_is_one_event_with_the_best_facts():
    (attack,) = extract_seed("000").events
    # The province from the first sentence, the day and the toll from the second.
    assert attack.place.name == "Herat"
    assert attack.date.value == date(2021, 7, 30)
    assert attack.fatalities == 1
    assert attack.evidence.text.startswith("On July 30, the rebel militia launched an attack")
    texts = [m.text for m in attack.mentions]
    assert any(t.startswith("Afghanistan's Foreign Affairs Ministry on July 31") for t in texts)
    assert attack.evidence in attack.mentions


def test_generic_talk_of_attacks_does_not_join_the_incident():
    (attack,) = extract_seed("000").events
    texts = " ".join(m.text for m in attack.mentions)
    assert "prohibited under international law" not in texts
    assert "By carrying out such attacks" not in texts
    # A list of war crimes that names "the attack on the United Nations" is a mention, but
    # its "killing of civilians" does not turn the attack into violence against civilians.
    assert attack.sub_event_type == "Armed clash"


def test_the_attack_refers_back_and_adds_its_toll():
    (event,) = events_of(
        "Taliban fighters attacked a police checkpoint in Ghazni on Thursday.\n"
        "The governor condemned the attack, which killed three policemen.",
    )
    assert event.fatalities == 3
    assert len(event.mentions) == 2


def test_fighting_in_one_city_on_two_different_days_is_two_events():
    events = events_of(
        "Fighting raged in Lashkar Gah on Monday, residents said.\n"
        "The governor's office was quiet on Tuesday.\n"
        "On Wednesday, fresh clashes erupted in Lashkar Gah.",
        "2021-08-06",
    )
    assert [e.date.value for e in events] == [date(2021, 8, 2), date(2021, 8, 4)]


def test_capture_then_surrender_of_one_town_is_one_transfer():
    events = events_of(
        "The Taliban on Sunday captured Sar-e Pol.\n"
        "In Sar-e Pol, officials said the security forces surrendered to the Taliban without "
        "resistance after local elders mediated.",
        "2021-08-08",
    )
    (event,) = events
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.date.value == date(2021, 8, 8)


def test_a_protest_and_the_shots_fired_on_it_are_one_event():
    (event,) = events_of(
        "Hundreds protested in Jalalabad on Wednesday, waving the national flag.\n"
        "Taliban fighters fired on the protesters in Jalalabad, killing three people.",
        "2021-08-18",
    )
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.fatalities == 3


def test_different_kinds_at_one_place_and_day_stay_apart():
    events = events_of(
        "Gunmen shot dead a prosecutor in Kabul on Tuesday morning.\n"
        "A sticky bomb exploded in Kabul on Tuesday, wounding three people.",
        "2021-08-10",
    )
    assert [e.sub_event_type for e in events] == ["Attack", "Remote explosive/landmine/IED"]


def test_a_town_taken_is_one_event_even_when_a_list_sentence_lends_it_another_day():
    events = events_of(
        "The Taliban captured Kandahar early Friday, a day after seizing Herat, officials said.\n"
        "In Herat, the insurgents swept through the city on Thursday, seizing the governor's "
        "office.",
        "2021-08-13",
    )
    herat = [e for e in events if e.place.name == "Herat"]
    assert len(herat) == 1
    assert herat[0].date.value == date(2021, 8, 12)
