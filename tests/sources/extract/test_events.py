"""Sentence by sentence: which incidents are events, of which ACLED kind, where and when.

The sentences are written for these tests (other cities, weeks and outlets than the seeds).
"""

from datetime import date

import pytest

from sources.extract.pipeline import extract_text
from tests.sources.extract.test_pipeline import extract_seed, reference_tools

B, E, V, P, S = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Strategic developments",
)


def events_of(text: str, published: str = "2021-08-06"):
    gazetteer, lexicon = reference_tools()
    return extract_text(f" date {published}\n{text}\n", "test.txt", gazetteer, lexicon).events


@pytest.mark.parametrize(
    ("published", "sentence", "kind", "place", "day"),
    [
        (
            "2021-08-06",
            "The Taliban captured Zaranj, the capital of Nimroz province, on Friday.",
            (B, "Non-state actor overtakes territory"),
            "Zaranj",
            "2021-08-06",
        ),
        (
            "2021-08-07",
            "Sheberghan fell to the Taliban on Saturday after government forces retreated.",
            (B, "Non-state actor overtakes territory"),
            "Sheberghan",
            "2021-08-07",
        ),
        (
            "2021-08-06",
            "Afghan commandos retook Spin Boldak from the Taliban on Thursday, officials said.",
            (B, "Government regains territory"),
            "Spin Boldak",
            "2021-08-05",
        ),
        (
            "2021-08-09",
            "Aybak was handed over to the Taliban without a fight on Monday after elders mediated.",
            (S, "Non-violent transfer of territory"),
            "Aybak",
            "2021-08-09",
        ),
        (
            "2021-08-06",
            "Heavy clashes between Taliban fighters and Afghan forces broke out in Ghazni on "
            "Tuesday.",
            (B, "Armed clash"),
            "Ghazni",
            "2021-08-03",
        ),
        (
            "2021-08-06",
            "An airstrike killed 12 Taliban fighters in Nad Ali district of Helmand on Wednesday "
            "night.",
            (E, "Air/drone strike"),
            "Nad Ali",
            "2021-08-04",
        ),
        (
            "2021-08-06",
            "A roadside bomb exploded under a minibus in Jalalabad on Thursday, killing four "
            "civilians.",
            (E, "Remote explosive/landmine/IED"),
            "Jalalabad",
            "2021-08-05",
        ),
        (
            "2021-08-06",
            "A suicide bomber blew himself up at a checkpoint in Kandahar on Thursday, killing "
            "three soldiers.",
            (E, "Suicide bomb"),
            "Kandahar",
            "2021-08-05",
        ),
        (
            "2021-08-02",
            "Taliban fighters fired rockets at Kandahar airport on Sunday, damaging the runway.",
            (E, "Shelling/artillery/missile attack"),
            "Kandahar Airfield",
            "2021-08-01",
        ),
        (
            "2021-08-06",
            "Gunmen shot dead a journalist in Kabul on Thursday as he left his home.",
            (V, "Attack"),
            "Kabul",
            "2021-08-05",
        ),
        (
            "2021-08-03",
            "Hundreds of residents in Herat climbed onto rooftops on Monday night chanting "
            '"Allahu Akbar".',
            (P, "Peaceful protest"),
            "Herat",
            "2021-08-02",
        ),
        (
            "2021-08-18",
            "Taliban fighters fired on protesters waving the national flag in Jalalabad on "
            "Wednesday, killing two.",
            (P, "Excessive force against protesters"),
            "Jalalabad",
            "2021-08-18",
        ),
        (
            "2021-08-06",
            "Taliban fighters looted government buildings in Zaranj on Friday.",
            (S, "Looting/property destruction"),
            "Zaranj",
            "2021-08-06",
        ),
        (
            "2021-08-06",
            "Security forces arrested five suspected Taliban members in Herat on Thursday.",
            (S, "Arrests"),
            "Herat",
            "2021-08-05",
        ),
        (
            "2021-08-06",
            "The Taliban abducted three aid workers in Farah province on Tuesday.",
            (V, "Abduction/forced disappearance"),
            "Farah",
            "2021-08-03",
        ),
    ],
)
def test_incident_sentence_is_coded_with_acled_kind_place_and_day(
    published, sentence, kind, place, day
):
    (event,) = events_of(sentence, published)
    assert (event.event_type, event.sub_event_type) == kind
    assert event.place is not None and event.place.name == place
    assert event.date.precision == "day"
    assert event.date.value == date.fromisoformat(day)
    assert event.evidence.text == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The Taliban ruled Afghanistan from 1996 to 2001 after they captured Kabul in 1996.",
        "They had spared Kabul after signing an agreement with Washington in February 2020.",
        "The Taliban said they would carry out further attacks against officials in Kabul.",
        "Analysts warned that Kandahar could fall to the Taliban within weeks.",
        "Afghan forces are trying to recapture the district of Arghandab.",
        "Attacks on UN compounds in Herat are prohibited under international law and may "
        "amount to war crimes.",
        "The UN Security Council called for an immediate reduction of violence in Afghanistan.",
        "Gunfire was heard near Kabul airport late on Thursday.",
        "The Taliban denied that they had captured Herat.",
        "The number of civilians killed in Kandahar this year has hit record highs.",
        "Since May, the Taliban have captured dozens of districts in Kandahar province.",
        "The hospital has treated 300 wounded since fighting reached Kunduz last week.",
        "Thousands of people have fled Lashkar Gah, residents said.",
        'Chants of "Allah is great" were heard overnight in Kunduz, witnesses said.',
        "Commander Ismail Khan was reportedly detained by the Taliban in Herat on Friday.",
    ],
)
def test_background_forecasts_denials_and_commentary_are_not_events(sentence):
    assert events_of(sentence) == []


def test_a_town_is_the_place_not_the_province_around_it():
    (event,) = events_of(
        "The Taliban seized Spin Boldak in southern Kandahar province on Wednesday."
    )
    assert event.place.name == "Spin Boldak"
    assert event.place_precision == 1


def test_a_province_alone_gives_province_precision():
    (event,) = events_of("Clashes erupted in Badghis province on Thursday, officials said.")
    assert event.place.name == "Badghis"
    assert event.place_precision == 3


def test_places_abroad_datelines_and_bearings_are_never_the_place():
    (event,) = events_of(
        "KABUL (AFP) - Taliban negotiators met in Doha on Thursday as the insurgents captured "
        "Ghazni, 150km southwest of Kabul."
    )
    assert event.place.name == "Ghazni"


@pytest.mark.parametrize(
    "dateline",
    ["CHARIKAR, Afghanistan (AP) —", "Charikar (Afghanistan) –", "Charikar (Afghanistan) (AFP) –"],
)
def test_a_dateline_town_is_where_the_story_was_filed_not_a_capture(dateline):
    events = events_of(
        f"{dateline} Resistance fighters said on Monday they had recaptured Khinjan district "
        "of Baghlan province from the Taliban.",
        "2021-08-23",
    )
    assert [e.place.name for e in events] == ["Khinjan"]


def test_a_deal_to_leave_the_city_told_by_a_provincial_title_is_in_that_provinces_city():
    events = events_of(
        "Heavy fighting went on for a third day in Qalat, the capital of Zabul province.\n"
        "The Taliban captured Kandahar on Thursday.\n"
        "Zabul provincial council member Ahmad Wali said government forces had agreed a "
        "ceasefire to leave the city.",
        "2021-08-13",
    )
    agreement = [e for e in events if e.sub_event_type == "Agreement"]
    assert [e.place.name for e in agreement] == ["Qalat"]


def test_a_killing_in_an_unknown_locality_is_in_the_town_the_text_is_about():
    events = events_of(
        "Taliban fighters captured Taloqan on Sunday after days of fighting.\n"
        "Residents said fighters went from house to house in Taloqan looking for soldiers.\n"
        "In the days that followed, fighters searched homes in the city for officials. In the "
        "Qalai Bolo area, fighters shot dead a former police officer, a relative said.",
        "2021-08-16",
    )
    killing = [e for e in events if e.event_type == "Violence against civilians"]
    assert [(e.place.name, e.fatalities) for e in killing] == [("Taloqan", 1)]
    # "In the days that followed": not the day of the capture told before.
    assert killing[0].date.value != date(2021, 8, 8)


def test_a_port_in_a_named_district_is_the_port_not_the_district():
    events = events_of(
        "Fighters overran the Sher Khan Bandar port in Imam Sahib district of Kunduz province "
        "on Tuesday after hours of fighting.",
        "2021-06-23",
    )
    assert [e.place.name for e in events] == ["Sher Khan Bandar"]


def test_another_kind_of_incident_in_another_town_does_not_take_the_day_before():
    events = events_of(
        "In Almar district, gunmen shot dead a tribal elder on Sunday evening, his relatives "
        "said.\n"
        "The defence ministry said air strikes had killed 20 Taliban fighters in Qaisar district.",
        "2021-06-29",
    )
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.date.precision == "week"


def test_one_sentence_listing_three_towns_taken_gives_three_events():
    events = events_of(
        "The Taliban captured Kunduz, Sar-e Pol and Taloqan on Sunday.", "2021-08-08"
    )
    assert [e.place.name for e in events] == ["Kunduz", "Sar-e Pol", "Taloqan"]
    assert {e.sub_event_type for e in events} == {"Non-state actor overtakes territory"}


def test_date_of_a_speech_is_not_the_date_of_the_incident():
    (event,) = events_of(
        "The defence ministry said on Friday that Afghan forces had clashed with the Taliban in "
        "Lashkar Gah.",
        "2021-08-06",
    )
    # Undated in the sentence: the week up to the speech, not the day of the speech.
    assert event.date.precision == "week"
    assert event.date.end == date(2021, 8, 6)


def test_trailing_attribution_keeps_the_incident_date():
    (event,) = events_of(
        "Taliban fighters took control of Sheberghan on Saturday, officials said.", "2021-08-07"
    )
    assert (event.date.value, event.date.precision) == (date(2021, 8, 7), "day")


def test_incident_without_a_date_gets_the_week_before_publication():
    (event,) = events_of("Taliban fighters stormed the central prison in Kandahar.", "2021-08-12")
    assert event.date.precision == "week"
    assert (event.date.value, event.date.end) == (date(2021, 8, 6), date(2021, 8, 12))


def test_incident_told_as_an_accusation_is_left_undated():
    (event,) = events_of(
        "The embassy accused the Taliban of killing dozens of civilians in Spin Boldak.",
        "2021-08-03",
    )
    assert event.sub_event_type == "Attack"
    assert event.date.value is None


def test_unresolved_day_keeps_a_placeless_air_strike():
    (event,) = extract_seed("001").events[-1:]
    assert event.sub_event_type == "Air/drone strike"
    assert event.place is None
    roles = {r.role: r.actor for r in event.actors}
    assert roles["actor1"].kind == "foreign_government"  # the US, by whatever lexicon name
    assert roles["actor2"].name == "Taliban"


def test_shadow_governor_killed_in_airstrike_counts_all_dead_and_names_the_district():
    strike = extract_seed("003").events[0]
    assert strike.sub_event_type == "Air/drone strike"
    assert strike.place.name == "Dara-i-Suf"
    assert strike.place_precision == 2
    assert strike.fatalities == 41
    assert ("actor2", "Taliban") in {(r.role, r.actor.name) for r in strike.actors}


def test_car_bomb_in_kabul_is_a_remote_explosive_with_its_toll():
    bomb = extract_seed("004").events[0]
    assert (bomb.event_type, bomb.sub_event_type) == (E, "Remote explosive/landmine/IED")
    assert bomb.place.name == "Kabul"
    assert bomb.date.value == date(2021, 8, 3)
    assert (bomb.fatalities, bomb.injured) == (8, 20)
    assert "civilians" in {r.actor.kind for r in bomb.actors if r.role == "actor2"}


def test_rooftop_chants_are_a_peaceful_protest_dated_by_the_incident_before():
    protest = next(e for e in extract_seed("004").events if e.event_type == P)
    assert protest.place.name == "Kabul"
    assert protest.date.value == date(2021, 8, 3)


def test_attack_on_the_un_compound_is_an_armed_clash_taliban_against_its_guards():
    (attack,) = extract_seed("000").events
    assert (attack.event_type, attack.sub_event_type) == (B, "Armed clash")
    roles = {r.role: r.actor for r in attack.actors}
    assert roles["actor1"].name == "Taliban"
    assert roles["actor2"].kind == "state_forces"
    assert roles["assoc_actor2"].kind == "international_org"
    assert attack.summary.startswith("Taliban attack")
    assert "1 killed" in attack.summary


def test_taliban_entering_a_city_is_fighting_not_its_capture():
    events = extract_seed("001").events
    lashkar_gah = next(e for e in events if e.place and e.place.name == "Lashkar Gah")
    assert lashkar_gah.sub_event_type == "Armed clash"


def test_confidence_is_higher_for_a_dated_placed_strong_report():
    (strong,) = events_of("The Taliban captured Zaranj on Friday.")
    (weak,) = events_of("The attack in Zaranj was condemned by the UN.")
    assert 0 < weak.confidence < strong.confidence <= 1


def test_forces_abandoning_a_town_is_its_capture_by_the_taliban():
    (event,) = events_of(
        "Government forces abandoned Sar-e Pol city late on Sunday after three days of heavy "
        "fighting, officials said.",
        "2021-08-09",
    )
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert (event.place.name, event.date.value) == ("Sar-e Pol", date(2021, 8, 8))
    roles = {r.role: r.actor for r in event.actors}
    assert roles["actor1"].name == "Taliban"
    assert roles["actor2"].kind == "state_forces"


def test_the_capital_of_a_province_named_by_the_province_is_the_city():
    (event,) = events_of("On Thursday evening, the Helmand capital was overrun by the Taliban.")
    assert event.place.name == "Lashkar Gah"
    assert event.place_precision == 1


def test_a_town_only_encircled_is_not_taken_with_the_town_handed_over():
    (event,) = events_of(
        "The Taliban took Jalalabad without a fight on Sunday and encircled Kabul.", "2021-08-15"
    )
    assert (event.sub_event_type, event.place.name) == (
        "Non-violent transfer of territory",
        "Jalalabad",
    )


def test_executing_soldiers_who_had_surrendered_is_violence_not_a_handover():
    (event,) = events_of(
        "Taliban fighters executed four soldiers who had surrendered in Arghandab on Thursday."
    )
    assert (event.event_type, event.sub_event_type) == (V, "Attack")
    assert event.place.name == "Arghandab"


def test_territory_regained_without_a_named_actor_is_regained_by_afghan_forces():
    (event,) = events_of("The government regained control of Qala-i-Naw on Thursday.")
    assert event.sub_event_type == "Government regains territory"
    roles = {r.role: r.actor for r in event.actors}
    assert roles["actor1"].kind == "state_forces"
    assert event.summary.endswith("retake Qala-i-Naw")
