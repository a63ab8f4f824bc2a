"""Actor mentions: lexicon names, people confirmed by their role, organisations that speak."""

import pytest

from sources.extract.actors import Lexicon, find_actors, guess_kind, resolve_actor
from sources.extract.nlp import parse


def _actors(text, lexicon, gazetteer):
    return find_actors(parse(text), lexicon, gazetteer)


def _by_surface(text, lexicon, gazetteer):
    return {m.surface: m for m in _actors(text, lexicon, gazetteer)}


@pytest.mark.parametrize(
    ("text", "name", "affiliation", "description"),
    [
        (
            "Defense Ministry spokesman Fawad Aman said on Twitter that operations had started.",
            "Fawad Aman",
            "Ministry of Defense (Afghanistan)",
            None,
        ),
        (
            "Herat governor Farid Ahmad Rasuli told AFP that the Taliban had entered the city.",
            "Farid Ahmad Rasuli",
            "Government of Afghanistan",
            "Herat governor",
        ),
        (
            "Provincial council member Nasir Ahmad Faqiri said fighting continued in Kunduz.",
            "Nasir Ahmad Faqiri",
            None,
            "Provincial council member",
        ),
        (
            "Attaullah Afghan, head of the Helmand provincial council, told Al Jazeera the city "
            "was under siege.",
            "Attaullah Afghan",
            None,
            "head of the Helmand provincial council",
        ),
        (  # an office of the Afghan state named by its role
            "Sayed Mohammad Sadat, a police spokesman in Kunduz, said the road was open.",
            "Sayed Mohammad Sadat",
            "Afghan National Police",
            "police spokesman in Kunduz",
        ),
        (  # the same role abroad is not Afghan
            "Pakistani army spokesman Khalid Nawaz said the border was closed.",
            "Khalid Nawaz",
            "Pakistan Armed Forces",
            "Pakistani army spokesman",
        ),
        (  # a Taliban shadow governor is not the government's
            "The Taliban's shadow governor for Bamyan, Moulvi Anus, was killed in an airstrike.",
            "Moulvi Anus",
            "Taliban",
            None,
        ),
        (
            "Omar Zwak, a spokesman for the Taliban, said the group wanted talks.",
            "Omar Zwak",
            "Taliban",
            "spokesman for the Taliban",
        ),
        (
            "UN Spokesperson Dominique Farhat told reporters the mission was concerned.",
            "Dominique Farhat",
            "United Nations",
            "UN Spokesperson",
        ),
    ],
)
def test_people_are_found_by_their_role_with_its_organisation(
    lexicon, gazetteer, text, name, affiliation, description
):
    people = [m for m in _actors(text, lexicon, gazetteer) if m.kind == "person"]
    assert people[0].name == name
    assert people[0].affiliation == affiliation
    if description is not None:
        assert people[0].description == description


def test_a_known_person_keeps_the_lexicon_name_and_affiliation(lexicon, gazetteer):
    found = _by_surface(
        "Taliban spokesman Zabihullah Mujahid said the city had fallen.", lexicon, gazetteer
    )
    assert found["Zabihullah Mujahid"].known
    assert found["Zabihullah Mujahid"].affiliation == "Taliban"


@pytest.mark.parametrize(
    ("text", "body", "person", "affiliation"),
    [
        (
            "State Department spokesman Ned Price told reporters the embassy would stay open.",
            "US State Department",
            "Ned Price",
            "US State Department",
        ),
        (
            "Pentagon spokesman John Kirby said the strikes would continue.",
            "US Department of Defense",
            "John Kirby",
            "US Department of Defense",
        ),
        (
            "White House press secretary Jen Psaki said the evacuation was on track.",
            "Government of the United States",
            "Jen Psaki",
            "Government of the United States",
        ),
        (
            "Acting Interior Minister Abdul Sattar Mirzakwal said police would defend Kabul.",
            None,
            "Abdul Sattar Mirzakwal",
            "Ministry of Interior (Afghanistan)",
        ),
    ],
)
def test_a_role_and_a_name_are_the_body_and_its_person(
    lexicon, gazetteer, text, body, person, affiliation
):
    found = _actors(text, lexicon, gazetteer)
    people = [m for m in found if m.kind == "person"]
    assert [(m.name, m.surface, m.affiliation) for m in people] == [(person, person, affiliation)]
    assert [m.name for m in found if m.kind != "person"] == ([body] if body else [])


def test_no_alias_of_a_person_holds_another_actor(lexicon):
    """Aliases are names: "State Department spokesman Ned Price" would hide the department."""
    held = [
        (entry.name, alias, other.name)
        for entry in lexicon.entries
        if entry.kind == "person"
        for alias in entry.aliases
        for _start, _end, other in lexicon.find(alias)
        if other.name != entry.name
    ]
    assert held == []


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        (
            "The Wolesi Jirga summoned security chiefs.",
            "Wolesi Jirga",
            "National Assembly (Afghanistan)",
        ),
        (
            "The Meshrano Jirga met on Saturday.",
            "Meshrano Jirga",
            "National Assembly (Afghanistan)",
        ),
        ("Hezb-e Islami called for a ceasefire.", "Hezb-e Islami", None),
        ("Hekmatyar said the government had failed.", "Gulbuddin Hekmatyar", "Hezb-e Islami"),
        (
            "The ISPR said the border was sealed.",
            "Inter-Services Public Relations",
            "Pakistan Armed Forces",
        ),
        (
            "The PAF denied flying over Spin Boldak.",
            "Pakistan Armed Forces",
            "Government of Pakistan",
        ),
    ],
)
def test_the_2021_parliament_parties_and_pakistani_bodies_are_known(
    lexicon, gazetteer, text, name, affiliation
):
    (mention,) = _actors(text, lexicon, gazetteer)
    assert (mention.name, mention.affiliation, mention.known) == (name, affiliation, True)


def test_a_surname_alone_is_the_person_named_in_full_before(lexicon, gazetteer):
    text = (
        "Police spokesman Gul Rahim Sherzad said the road was closed. "
        "Sherzad added that two officers had been killed."
    )
    people = [m for m in _actors(text, lexicon, gazetteer) if m.kind == "person"]
    assert [(m.surface, m.name) for m in people] == [
        ("Gul Rahim Sherzad", "Gul Rahim Sherzad"),
        ("Sherzad", "Gul Rahim Sherzad"),
    ]


def test_acronyms_match_in_title_case_and_a_defined_acronym_names_the_actor(lexicon, gazetteer):
    text = (
        "The UN Aid Mission in Afghanistan (UNAMA) said 40 people died. Unama called for restraint."
    )
    found = _actors(text, lexicon, gazetteer)
    assert [(m.surface, m.name) for m in found] == [
        ("UN Aid Mission in Afghanistan (UNAMA)", "UN Assistance Mission in Afghanistan"),
        ("Unama", "UN Assistance Mission in Afghanistan"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The governor told AFP that the city was calm.",
        "Officials said the city was calm, according to Reuters.",
        "The spokesman said on Twitter that the city was calm.",
        "France 24 invites you to come back to the news that marked the week.",
        "Chris Hondros | Getty Images",
        "Residents and sources said the city was calm.",
    ],
)
def test_channels_credits_and_generic_words_are_not_actors(lexicon, gazetteer, text):
    assert _actors(text, lexicon, gazetteer) == []


def test_a_place_the_model_calls_a_person_is_not_an_actor(lexicon, gazetteer):
    text = "A counterattack had started in Lashkar Gah, capital of Helmand province."
    assert _actors(text, lexicon, gazetteer) == []


def test_a_speaking_organisation_missing_from_the_lexicon_is_new(lexicon, gazetteer):
    text = (
        "The Afghan Independent Journalists Association said in a statement that two reporters "
        "were killed."
    )
    (actor,) = _actors(text, lexicon, gazetteer)
    assert (actor.name, actor.kind, actor.known) == (
        "Afghan Independent Journalists Association",
        "ngo",
        False,
    )


def test_an_organisation_that_does_not_speak_is_not_guessed(lexicon, gazetteer):
    assert _actors("Mobile Health Teams were deployed to the city.", lexicon, gazetteer) == []


def test_a_body_of_a_known_actor_is_new_and_affiliated_to_it(gazetteer):
    lexicon = Lexicon.from_records(
        [{"name": "United States", "kind": "foreign_government", "aliases": ["U.S.", "US"]}]
    )
    found = _actors("The U.S. Embassy tweeted a statement on Monday.", lexicon, gazetteer)
    assert [(m.name, m.kind, m.affiliation, m.known) for m in found] == [
        ("U.S. Embassy", "foreign_government", "United States", False)
    ]


def test_spans_point_at_the_words(lexicon, gazetteer):
    text = "Fighting continued, Defense Ministry spokesman Fawad Aman said."
    for mention in _actors(text, lexicon, gazetteer):
        assert text[mention.span.start : mention.span.end] == mention.surface == mention.span.text


def test_resolve_actor_accepts_aliases_and_refuses_unknown_names(lexicon):
    assert resolve_actor("UNAMA", lexicon).name == "UN Assistance Mission in Afghanistan"
    assert resolve_actor("the State Department", lexicon).name == "US State Department"
    assert resolve_actor("Ministry of Magic", lexicon) is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Kandahar Police Headquarters", "state_forces"),
        ("Ministry of Higher Education", "government"),
        ("Swedish Committee for Afghanistan", "ngo"),
        ("German Embassy", "foreign_government"),
        ("Kabul Bank", "other"),
    ],
)
def test_guess_kind_from_the_words_of_a_new_organisation(name, kind):
    assert guess_kind(name) == kind


def test_an_outlet_whose_people_are_in_the_news_is_an_actor(lexicon, gazetteer):
    text = "A Reuters photographer was killed in Spin Boldak on Friday."
    assert [m.name for m in _actors(text, lexicon, gazetteer)] == ["Reuters"]


def test_a_surname_that_is_also_a_place_is_the_person_only_when_speaking(lexicon, gazetteer):
    text = (
        "Ghazni police chief Khalid Wardak said the road was open. Wardak said it was safe. "
        "Fighting spread to Wardak province."
    )
    people = [m.span.start for m in _actors(text, lexicon, gazetteer) if m.kind == "person"]
    assert people == [text.index("Khalid"), text.index("Wardak said it")]


def test_a_lower_case_body_name_after_the_is_the_lexicon_actor(lexicon, gazetteer):
    found = _actors(
        "The Afghan defence ministry said the district was retaken.", lexicon, gazetteer
    )
    assert [m.name for m in found] == ["Ministry of Defense (Afghanistan)"]
