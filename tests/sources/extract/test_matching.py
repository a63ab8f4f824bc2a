"""Across articles: is an event told by one the same incident as one told by another?"""

from datetime import date

import pytest

from sources.extract.matching import AUTO_MERGE, PROPOSE, match_score, period
from sources.extract.pipeline import extract_text
from sources.importer.linking import extracted_key
from tests.sources.extract.test_pipeline import extract_seed, reference_tools


def key(**fields) -> dict:
    base = {
        "date": date(2021, 8, 2),
        "date_precision": "day",
        "end_date": None,
        "place_name": "Lashkar Gah",
        "place_province": "Helmand",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor_names": {"Taliban", "Afghan forces"},
        "fatalities": None,
    }
    base.update(fields)
    return base


def herat_attack(number: str) -> dict:
    events = extract_seed(number).events
    attack = next(e for e in events if e.place and e.place.name == "Herat")
    return extracted_key(attack)


def test_thresholds_are_ordered():
    assert 0 < PROPOSE < AUTO_MERGE <= 1


def test_dated_seed_reports_of_the_herat_un_compound_attack_are_the_same_event():
    score, reason = match_score(herat_attack("000"), herat_attack("002"))
    assert score >= AUTO_MERGE
    assert "same day (2021-07-30)" in reason
    assert "same place (Herat)" in reason
    assert "same type" in reason


@pytest.mark.parametrize("undated", ["001", "003"])
def test_undated_seed_reports_of_the_attack_are_proposed_not_merged(undated):
    score, reason = match_score(herat_attack(undated), herat_attack("000"))
    assert PROPOSE <= score < AUTO_MERGE
    assert reason.startswith("undated")


def test_kabul_car_bomb_is_not_the_herat_attack():
    bomb = extracted_key(extract_seed("004").events[0])
    score, _ = match_score(bomb, herat_attack("000"))
    assert score < PROPOSE


def test_fighting_in_one_city_on_different_days_does_not_match():
    score, reason = match_score(key(), key(date=date(2021, 8, 4)))
    assert score < PROPOSE
    assert "different dates" in reason


def test_same_day_same_place_same_type_with_shared_actors_merges():
    score, reason = match_score(key(), key(actor_names={"Taliban"}))
    assert score >= AUTO_MERGE
    assert reason == (
        "same day (2021-08-02), same place (Lashkar Gah), same type, shared actors Taliban"
    )


def test_a_week_event_overlaps_a_day_inside_it():
    week = key(date=date(2021, 7, 29), date_precision="week")
    assert match_score(week, key())[0] >= PROPOSE
    assert match_score(week, key(date=date(2021, 8, 6)))[0] < PROPOSE


def test_a_month_event_overlaps_a_day_inside_it():
    month = key(
        date=date(2021, 7, 1),
        date_precision="month",
        place_name="Spin Boldak",
        place_province="Kandahar",
        sub_event_type="Non-state actor overtakes territory",
    )
    day = key(
        date=date(2021, 7, 14),
        place_name="Spin Boldak",
        place_province="Kandahar",
        sub_event_type="Non-state actor overtakes territory",
    )
    assert match_score(month, day)[0] >= PROPOSE


def test_a_fight_known_to_the_week_and_an_attack_on_a_day_of_it_are_only_proposed():
    week = key(
        date=date(2021, 7, 29),
        date_precision="week",
        place_name="Herat",
        place_province="Herat",
        sub_event_type="Government regains territory",
    )
    attack = key(place_name="Herat", place_province="Herat", date=date(2021, 7, 30))
    score, _ = match_score(week, attack)
    assert PROPOSE <= score < AUTO_MERGE
    same_kind = dict(attack, date=date(2021, 7, 30), sub_event_type="Government regains territory")
    assert match_score(week, same_kind)[0] >= AUTO_MERGE


def test_a_fall_told_as_capture_in_one_week_and_handover_on_a_day_is_one_fall():
    capture = key(
        date=date(2021, 8, 7),
        date_precision="week",
        place_name="Tarinkot",
        place_province="Uruzgan",
        sub_event_type="Non-state actor overtakes territory",
        actor_names={"Taliban"},
    )
    handover = dict(
        capture,
        date=date(2021, 8, 13),
        date_precision="day",
        event_type="Strategic developments",
        sub_event_type="Non-violent transfer of territory",
    )
    assert match_score(capture, handover)[0] >= AUTO_MERGE


def test_a_town_matches_its_province():
    town = key(place_name="Spin Boldak", place_province="Kandahar")
    province = key(place_name="Kandahar", place_province="Kandahar")
    score, reason = match_score(town, province)
    assert score >= PROPOSE
    assert "Spin Boldak is in Kandahar province" in reason


def test_different_towns_do_not_match():
    score, _ = match_score(key(), key(place_name="Kunduz", place_province="Kunduz"))
    assert score < PROPOSE


def test_an_attack_on_a_compound_told_as_clash_or_attack_is_compatible():
    clash = key(place_name="Herat", place_province="Herat")
    attack = key(
        place_name="Herat",
        place_province="Herat",
        event_type="Violence against civilians",
        sub_event_type="Attack",
    )
    score, reason = match_score(clash, attack)
    assert score >= PROPOSE
    assert "compatible types" in reason


def test_unrelated_types_do_not_match():
    protest = key(event_type="Protests", sub_event_type="Peaceful protest")
    assert match_score(key(), protest)[0] < PROPOSE


def test_very_different_tolls_are_not_merged_automatically():
    score, reason = match_score(key(fatalities=2), key(fatalities=40))
    assert score < PROPOSE
    assert "different tolls" in reason


def test_undated_events_need_place_type_and_actors_to_be_proposed():
    undated = key(date=None, date_precision="")
    assert PROPOSE <= match_score(undated, key())[0] < AUTO_MERGE
    assert match_score(undated, key(actor_names={"Islamic State"}))[0] < PROPOSE


def test_placeless_events_are_never_merged_automatically():
    placeless = key(place_name=None, place_province=None)
    assert match_score(placeless, key())[0] < AUTO_MERGE


def test_period_of_a_week_and_a_month():
    assert period(date(2021, 8, 2), "week") == (date(2021, 8, 2), date(2021, 8, 8))
    assert period(date(2021, 7, 1), "month") == (date(2021, 7, 1), date(2021, 7, 31))
    assert period(date(2021, 8, 2), "day", date(2021, 8, 4)) == (date(2021, 8, 2), date(2021, 8, 4))


def lashkar_gah_toll(events) -> dict:
    event = next(e for e in events if e.place and e.place.name == "Lashkar Gah")
    return {**extracted_key(event), "injured": event.injured}


def test_two_articles_reporting_the_same_lashkar_gah_toll_are_the_same_event():
    # Seed 002 gives the UN figures as a casualty-only event (Aug 3, over the past 24 hours);
    # seed 004 puts the same figures on the fighting it tells in the city on Aug 4.
    told_alone = lashkar_gah_toll(extract_seed("002").events)
    on_the_fighting = lashkar_gah_toll(extract_seed("004").events)
    assert (told_alone["date"], told_alone["date_precision"]) == (date(2021, 8, 3), "day")
    assert (told_alone["fatalities"], told_alone["injured"]) == (40, 118)
    score, reason = match_score(told_alone, on_the_fighting)
    assert score >= AUTO_MERGE
    assert "same place (Lashkar Gah)" in reason
    assert "same toll (40 killed, 118 injured)" in reason


def test_the_same_toll_told_by_a_written_report_of_the_same_day_matches():
    gazetteer, lexicon = reference_tools()
    text = (
        " date 2021-08-03\n"
        "Fighting between the Taliban and government forces raged in Lashkar Gah on Tuesday.\n"
        "Some 40 civilians were killed and 118 wounded in the city on Tuesday, the UN said.\n"
    )
    other = lashkar_gah_toll(extract_text(text, "t.txt", gazetteer, lexicon).events)
    assert (other["fatalities"], other["injured"]) == (40, 118)
    score, _ = match_score(lashkar_gah_toll(extract_seed("002").events), other)
    assert score >= AUTO_MERGE


def test_equal_tolls_raise_the_score_and_a_tenfold_gap_in_injured_blocks_a_merge():
    base = key(date_precision="day", end_date=date(2021, 8, 3), actor_names=set())
    plain, _ = match_score(base, key(actor_names=set()))
    same, reason = match_score(
        {**base, "fatalities": 40, "injured": 118}, key(fatalities=40, injured=118)
    )
    assert same > plain
    assert "same toll (40 killed, 118 injured)" in reason
    apart, reason = match_score(
        {**base, "fatalities": 40, "injured": 118}, key(fatalities=40, injured=5)
    )
    assert apart < PROPOSE
    assert "different tolls" in reason
