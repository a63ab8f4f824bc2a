"""A town's fall told in two dated steps, strikes named by the air force that flew them, the
doer of a recapture, a famous prisoner, and undated articles that name their year.

The sentences are written for these tests.
"""

from sources.extract.pipeline import extract_text
from tests.sources.extract.test_events import events_of
from tests.sources.extract.test_pipeline import reference_tools

B, E, S = "Battles", "Explosions/Remote violence", "Strategic developments"


def _described(events):
    return [(e.event_type, e.sub_event_type, e.place.name if e.place else None) for e in events]


def test_a_capture_and_a_later_surrender_at_the_same_town_on_their_own_days_are_two_events():
    events = events_of(
        "On August 8, Taliban fighters captured the police headquarters and the governor's "
        "office in Kunduz city after days of fighting.\n\n"
        "On August 11, the army corps at Kunduz airport surrendered to the Taliban without a "
        "fight.",
        published="2021-08-14",
    )
    found = sorted((e.sub_event_type, str(e.date.value)) for e in events)
    assert found == [
        ("Non-state actor overtakes territory", "2021-08-08"),
        ("Non-violent transfer of territory", "2021-08-11"),
    ]


def test_an_air_force_strike_that_kills_civilians_is_an_air_strike():
    events = events_of(
        "An Afghan air force strike in the Nawa district of Helmand killed six civilians on "
        "Thursday, residents said.",
        published="2021-08-06",
    )
    assert _described(events) == [(E, "Air/drone strike", "Nawa")]
    assert events[0].fatalities == 6


def test_a_recapture_is_the_governments_even_when_the_town_fell_to_the_taliban_before():
    events = events_of(
        "Afghan commandos recaptured the Dand-e-Patan district of Paktia on Tuesday, a month "
        "after it fell to the Taliban, the defence ministry said.",
        published="2021-08-06",
    )
    assert [e.sub_event_type for e in events] == ["Government regains territory"]
    actor1 = [r.actor.name for r in events[0].actors if r.role == "actor1"]
    assert actor1 and actor1[0] != "Taliban"


def test_a_commander_taken_into_taliban_custody_is_an_arrest():
    events = events_of(
        "On Thursday, the Taliban captured Farah city. The provincial police chief was taken "
        "into Taliban custody along with his deputies.",
        published="2021-08-13",
    )
    assert (S, "Arrests") in {(e.event_type, e.sub_event_type) for e in events}


def test_an_undated_article_dates_a_month_day_with_the_latest_year_it_names():
    gazetteer, lexicon = reference_tools()
    text = (
        "Faizabad in history\n\n"
        "The Taliban never held Faizabad in the 1990s. Their offensive of May 2021 changed "
        "that.\n\nOn August 11, Taliban fighters captured Faizabad after days of fighting.\n"
    )
    extraction = extract_text(text, "undated.txt", gazetteer, lexicon)
    assert extraction.published.value is None
    assert [(e.place.name, str(e.date.value)) for e in extraction.events] == [
        ("Fayzabad", "2021-08-11")
    ]


def test_the_city_of_the_sentence_before_is_the_city_its_neighbour_means():
    events = events_of(
        "Fighters attacked Kabul's outskirts on Monday. Kabul was calm on Tuesday. Kabul "
        "airport stayed open.\n\n"
        "The Taliban seized Gereshk on Wednesday, a police official said.\n\n"
        "Government troops withdrew from the city's police headquarters and retreated to a base "
        "outside the city on Wednesday.",
        published="2021-08-06",
    )
    assert "Kabul" not in {e.place.name for e in events if e.sub_event_type.endswith("territory")}


def test_a_city_quiet_after_days_of_fighting_is_no_new_clash():
    events = events_of(
        "The Taliban captured Ghazni late on Thursday. Residents said the city was quiet on "
        "Friday morning after days of heavy fighting on its outskirts.",
        published="2021-08-13",
    )
    assert _described(events) == [(B, "Non-state actor overtakes territory", "Ghazni")]


def test_a_capture_in_a_since_clause_with_its_own_day_is_an_event():
    events = events_of(
        "The Taliban have pressed on Herat since they captured the Islam Qala crossing on July 9.",
        published="2021-07-30",
    )
    assert [(e.place.name, str(e.date.value)) for e in events] == [("Islam Qala", "2021-07-09")]


def test_a_since_clause_without_a_day_dates_another_deed_only():
    events = events_of(
        "Thousands have fled Herat since fighting reached the city last week.",
        published="2021-07-30",
    )
    assert events == []


def test_a_separate_incident_of_the_same_kind_and_day_is_its_own_event():
    events = events_of(
        "Kandahar under fire\n\n"
        "Rockets struck Kandahar airport late on Saturday, officials said.\n\n"
        "In a separate incident on Saturday, a mortar round hit a house in Kandahar city, "
        "killing two children.",
        published="2021-08-02",
    )
    assert len([e for e in events if e.sub_event_type.startswith("Shelling")]) == 2


def test_air_strikes_in_two_listed_districts_are_one_event_each():
    events = events_of(
        "The ministry said 20 Taliban fighters were killed in air strikes in Nawa and Nad Ali "
        "districts on Sunday.",
        published="2021-08-02",
    )
    assert sorted(_described(events)) == [
        (E, "Air/drone strike", "Nad Ali"),
        (E, "Air/drone strike", "Nawa"),
    ]
    assert [e.fatalities for e in events] == [None, None]  # the split is not told


def test_two_strikes_told_in_one_sentence_with_their_own_days_and_places_are_two_events():
    events = events_of(
        "On Monday, US aircraft struck Taliban fighters near Lashkar Gah, and on Tuesday we "
        "conducted a strike that destroyed captured vehicles in Kunduz province.",
        published="2021-07-21",
    )
    assert sorted((e.place.name, str(e.date.value)) for e in events) == [
        ("Kunduz", "2021-07-20"),
        ("Lashkar Gah", "2021-07-19"),
    ]
    assert {e.sub_event_type for e in events} == {"Air/drone strike"}


def test_a_district_taken_in_fighting_stays_a_capture_when_some_defenders_surrender():
    events = events_of(
        "The Taliban captured Jurm and Baharak districts of Badakhshan on Saturday.\n\n"
        "Six soldiers were killed in the fighting in Jurm district, while some policemen "
        "surrendered to the Taliban with their weapons.",
        published="2021-07-04",
    )
    jurm = [e for e in events if e.place and e.place.name == "Jurm"]
    assert [e.sub_event_type for e in jurm] == ["Non-state actor overtakes territory"]


def test_a_toll_of_two_counted_sides_goes_whole_onto_the_fighting():
    events = events_of(
        "Government forces and the Taliban clashed in the Andar district of Ghazni on Thursday. "
        "Nine Taliban fighters and two soldiers were killed, officials said.",
        published="2021-07-25",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 11)]


def test_a_fall_the_next_sentence_says_was_a_deal_is_a_transfer():
    events = events_of(
        "On Friday, Pul-e Alam fell to the group. The governor left the city under a deal with "
        "the fighters, officials said.",
        published="2021-08-14",
    )
    assert _described(events) == [(S, "Non-violent transfer of territory", "Pul-e Alam")]


def test_a_deal_for_another_town_does_not_change_how_this_one_fell():
    events = events_of(
        "On Friday, Pul-e Alam fell to the group. Elders in Gardez handed the city over under "
        "a deal on Saturday.",
        published="2021-08-14",
    )
    found = {e.place.name: e.sub_event_type for e in events}
    assert found["Pul-e Alam"] == "Non-state actor overtakes territory"


def test_a_town_families_flee_to_after_days_of_clashes_is_not_taken():
    events = events_of(
        "On Tuesday, Taliban fighters overran the district of Khwaja Ghar in Takhar province "
        "after days of heavy clashes, forcing hundreds of families to flee to Taloqan.",
        published="2021-08-04",
    )
    assert [e.place.name for e in events] == ["Khwaja Ghar"]


def test_an_undated_fall_settled_by_a_deal_stays_one_transfer_with_its_summary_line():
    events = events_of(
        "The Taliban captured three more provincial capitals on Monday.\n\n"
        "The fighters took Aybak, the capital of Samangan province. He said the city fell "
        "without a fight after elders asked officials to avoid bloodshed.",
        published="2021-08-09",
    )
    assert [(e.sub_event_type, e.place and e.place.name) for e in events] == [
        ("Non-violent transfer of territory", "Aybak")
    ]


def test_a_reporters_question_is_asked_not_told():
    events = events_of(
        "Q: Can you confirm that a US drone strike killed civilians in Kabul on Sunday?\n\n"
        "Q: General, did the Taliban take Jalalabad without a fight?",
        published="2021-08-30",
    )
    assert events == []


def test_a_briefers_over_the_horizon_strike_is_an_air_strike():
    events = events_of(
        "MR. KIRBY: We conducted an over-the-horizon strike in Kabul on Sunday against a vehicle.",
        published="2021-08-30",
    )
    assert _described(events) == [(E, "Air/drone strike", "Kabul")]


def test_the_district_forces_retreated_from_is_the_place_given_up():
    events = events_of(
        "Government forces retreated from Kohsan district on Tuesday.", published="2021-08-05"
    )
    assert _described(events) == [(B, "Non-state actor overtakes territory", "Kohsan")]


def test_the_town_people_fled_to_is_not_where_the_fighting_was():
    events = events_of(
        "Thousands fled from Kunduz to Kabul on Monday after clashes in Kunduz.",
        published="2021-08-05",
    )
    assert [e.place.name for e in events] == ["Kunduz"]


def test_killing_an_elder_or_a_former_policeman_is_violence_against_civilians():
    events = events_of(
        "Taliban gunmen killed a tribal elder in Kandahar's Dand district on Monday.\n\n"
        "Separately, gunmen shot dead a former police officer in Kunduz city on Tuesday.",
        published="2021-08-05",
    )
    assert sorted(_described(events)) == [
        ("Violence against civilians", "Attack", "Dand"),
        ("Violence against civilians", "Attack", "Kunduz"),
    ]
