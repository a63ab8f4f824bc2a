"""Actors named once in full and referred to later, bodies owned by another country, and
organisations introduced by a common noun ("medical charity X")."""

import pytest

from sources.extract.actors import find_actors
from sources.extract.nlp import parse


def _people(text, lexicon, gazetteer):
    return [m for m in find_actors(parse(text), lexicon, gazetteer) if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "full_name", "surname"),
    [
        (
            "Gulnar Sadiqi, a member of the Balkh provincial council, said the militia had fled. "
            "“Mazar is surrounded,” Sadiqi said.",
            "Gulnar Sadiqi",
            "Sadiqi",
        ),
        (
            "Mohammad Nabi Sultani, the deputy governor of Farah, said the city had fallen. "
            "Sultani told AFP that officials had crossed into Iran.",
            "Mohammad Nabi Sultani",
            "Sultani",
        ),
        (
            "Shukria Barakzai Noori, an adviser to the Kandahar governor, warned of reprisals. "
            "Noori said the prisons had been emptied.",
            "Shukria Barakzai Noori",
            "Noori",
        ),
    ],
)
def test_a_full_name_followed_by_its_role_registers_the_person_for_later_surnames(
    lexicon, gazetteer, text, full_name, surname
):
    people = _people(text, lexicon, gazetteer)
    assert [m.name for m in people] == [full_name, full_name]
    assert people[1].surface == surname
    assert people[0].description and people[1].description == people[0].description


def test_a_place_before_a_role_in_apposition_is_not_a_name(lexicon, gazetteer):
    text = "In Kandahar, a provincial council member said the airport was under rocket fire."
    assert _people(text, lexicon, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        (
            "Pakistan's Interior Ministry said the Chaman crossing would stay closed.",
            "Pakistan's Interior Ministry",
            "Government of Pakistan",
        ),
        (
            "Iran's Foreign Ministry said its consulate in Herat was safe.",
            "Iran's Foreign Ministry",
            "Government of Iran",
        ),
    ],
)
def test_a_body_owned_by_a_foreign_country_is_that_countrys_not_kabuls(
    lexicon, gazetteer, text, name, owner
):
    (body,) = [m for m in find_actors(parse(text), lexicon, gazetteer) if m.surface == name]
    assert (body.name, body.kind, body.affiliation, body.known) == (
        name,
        "foreign_government",
        owner,
        False,
    )


def test_afghanistans_own_body_stays_the_lexicon_actor(lexicon, gazetteer):
    text = "Afghanistan's Interior Ministry said the roads to Kabul were open."
    names = [m.name for m in find_actors(parse(text), lexicon, gazetteer)]
    assert "Ministry of Interior (Afghanistan)" in names


def test_a_lexicon_alias_written_with_a_possessive_matches(lexicon, gazetteer):
    text = "The Taliban's political office in Doha said the talks would resume on Monday."
    actors = find_actors(parse(text), lexicon, gazetteer)
    assert actors[0].name == "Taliban Political Office"


@pytest.mark.parametrize(
    ("text", "name", "known"),
    [
        (
            "Medical charity Emergency said its hospital in Lashkar Gah was full.",
            "EMERGENCY (NGO)",
            True,
        ),
        (
            "Aid group Mercy Corps said it had suspended food deliveries in Badghis.",
            "Mercy Corps",
            False,
        ),
    ],
)
def test_an_organisation_introduced_by_a_common_noun_is_an_ngo(
    lexicon, gazetteer, text, name, known
):
    actors = find_actors(parse(text), lexicon, gazetteer)
    (ngo,) = [m for m in actors if m.name == name]
    assert (ngo.kind, ngo.known) == ("ngo", known)
    assert not [m for m in actors if m.kind == "person"]
