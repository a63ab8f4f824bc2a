"""Who speaks when the words do not name them: "the group said", "the provincial governor's
spokesman confirmed", a surname met before; and whom an official speaks for."""

from datetime import date

import pytest

from sources.extract.nlp import parse
from sources.extract.statements import find_statements

PUBLISHED = date(2021, 8, 9)


def _statements(text, lexicon, gazetteer):
    return find_statements(text, parse(text), lexicon, gazetteer, PUBLISHED)


def _speakers(text, lexicon, gazetteer):
    return [(s.kind, s.speaker.name) for s in _statements(text, lexicon, gazetteer)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the NGO that spoke, although the Taliban are named after it
            "Aid group Save the Children said its clinics in Kunduz had treated 80 children "
            "wounded in Taliban attacks. “Our staff are exhausted,” the group said in a statement.",
            "Save the Children",
        ),
        (  # a UN agency whose name does not hold the noun
            "The International Organization for Migration said 30,000 people had fled Lashkar "
            "Gah. “Families are sleeping in the streets,” the agency said.",
            "International Organization for Migration",
        ),
        (  # "the rights group" is never the armed group met last
            "Amnesty International said Taliban fighters had killed nine men in Ghazni. "
            "“This is a brutal reminder of what they can do,” the rights group said.",
            "Amnesty International",
        ),
        (  # several words between "the" and the noun
            "Human Rights Watch said it had documented killings in Spin Boldak. “These are war "
            "crimes,” the New York-based rights group said.",
            "Human Rights Watch",
        ),
        (  # "the militants' group" is the armed group, not the UN agency met last
            "The Taliban said their fighters had entered Kandahar. UNICEF said children were "
            "among the dead. “We do not target civilians,” the militants' group said.",
            "Taliban",
        ),
        (  # "the ministry" is a ministry: the foreign one just named
            "Pakistan's Interior Ministry said the Torkham crossing would stay closed. "
            "“We cannot take in more refugees,” the ministry said.",
            "Pakistan's Interior Ministry",
        ),
        (  # "the organisation" fits an NGO that the lexicon does not spell with that word
            "The Red Cross said it had delivered surgical kits to Mirwais hospital. “Our teams "
            "are working under fire,” the organisation said.",
            "International Committee of the Red Cross",
        ),
    ],
)
def test_the_group_the_agency_the_ministry_refer_to_the_last_fitting_organisation(
    lexicon, gazetteer, text, speaker
):
    assert _speakers(text, lexicon, gazetteer)[-1] == ("direct", speaker)


def test_an_anaphor_with_nothing_to_refer_to_has_no_default_speaker(lexicon, gazetteer):
    text = "“We will keep fighting until the foreigners leave,” the group said on Sunday."
    assert _statements(text, lexicon, gazetteer) == []


def test_the_mission_is_the_named_mission_even_far_back(lexicon, gazetteer):
    text = (
        "The UN Assistance Mission in Afghanistan said 27 children had been killed.\n\n"
        "Fighting went on in Kandahar and Herat.\n\n"
        "Roads to the north were closed.\n\n"
        "UN spokesman Farhan Haq told reporters in New York that aid convoys were waiting. "
        "The mission urged both sides to open the roads to aid."
    )
    assert _speakers(text, lexicon, gazetteer)[-1] == (
        "reported",
        "UN Assistance Mission in Afghanistan",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kunduz city fell to the Taliban on Sunday after days of street fighting, the provincial "
        "governor's spokesman confirmed.",
        "Taloqan was abandoned by government forces on Saturday, the Takhar governor's spokesman "
        "said.",
    ],
)
def test_an_unnamed_spokesman_of_an_afghan_office_speaks_for_the_government(
    lexicon, gazetteer, text
):
    (statement,) = _statements(text, lexicon, gazetteer)
    assert statement.speaker.name == "Government of Afghanistan"
    assert statement.confidence <= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "An official said the road to the airport had been closed since Friday.",
        "“The city is quiet now,” a resident told AFP by phone.",
        "“We are waiting for orders,” one commander said.",
    ],
)
def test_a_statement_whose_speaker_cannot_be_resolved_is_dropped(lexicon, gazetteer, text):
    assert _statements(text, lexicon, gazetteer) == []


def test_a_surname_speaker_is_the_person_named_in_full_with_a_role(lexicon, gazetteer):
    text = (
        "Shukria Barakzai Noori, an adviser to the Kandahar governor, said government forces "
        "had left the city. “The city has been handed over,” Noori said."
    )
    assert _speakers(text, lexicon, gazetteer) == [
        ("reported", "Shukria Barakzai Noori"),
        ("direct", "Shukria Barakzai Noori"),
    ]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Mohammad Nabi Sultani, the deputy governor of Farah, said the city had fallen.",
            "Government of Afghanistan",
        ),
        (
            "Taliban spokesman Zabihullah Mujahid said the group's fighters would not harm "
            "civilians in Kunduz.",
            "Taliban",
        ),
    ],
)
def test_an_official_reporting_speaks_on_behalf_of_the_body_served(lexicon, gazetteer, text, body):
    (statement,) = _statements(text, lexicon, gazetteer)
    assert statement.on_behalf_of.name == body


def test_a_council_member_speaks_for_nobody_but_themselves(lexicon, gazetteer):
    text = "Gulnar Sadiqi, a member of the Balkh provincial council, said the militia had fled."
    (statement,) = _statements(text, lexicon, gazetteer)
    assert statement.on_behalf_of is None
