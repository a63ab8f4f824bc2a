"""People's names the blind set 4 articles taught: a first name that is also a place, and a
surname written otherwise than the lexicon spells it."""

from sources.extract.actors import find_actors
from sources.extract.nlp import parse


def _people(text, lexicon, gazetteer):
    return [m for m in find_actors(parse(text), lexicon, gazetteer) if m.kind == "person"]


def test_a_first_name_that_is_also_a_small_place_stays_in_the_name(lexicon, gazetteer):
    text = "“We left everything,” said Lal Jan, a farmer who fled to Kabul last week."
    assert [m.name for m in _people(text, lexicon, gazetteer)] == ["Lal Jan"]


def test_a_surname_is_found_in_the_spelling_the_text_uses(lexicon, gazetteer):
    text = (
        "Ministry spokesman Mirwais Stanikzai said 40 civilians had been killed in Kandahar. "
        "“The Taliban’s words and actions are two different things,” Stanikzai told reporters."
    )
    people = _people(text, lexicon, gazetteer)
    assert [(m.name, m.surface) for m in people] == [
        ("Mirwais Stanekzai", "Mirwais Stanikzai"),
        ("Mirwais Stanekzai", "Stanikzai"),
    ]


def test_a_role_before_who_gave_his_name_as_is_the_persons_role(lexicon, gazetteer):
    text = (
        "Reached by phone, a Taliban commander in Panjwai who gave his name as Mullah Abdul "
        "Bari said his men would not enter the city."
    )
    (person,) = _people(text, lexicon, gazetteer)
    assert (person.name, person.description, person.affiliation) == (
        "Abdul Bari",
        "Taliban commander",
        "Taliban",
    )


def test_a_nationality_makes_an_official_but_not_an_analyst_a_government_man(lexicon, gazetteer):
    from sources.extract.actors import role_affiliation

    assert role_affiliation("a senior Afghan official", lexicon, gazetteer) == (
        "Government of Afghanistan"
    )
    assert role_affiliation("Pakistani diplomats", lexicon, gazetteer) == "Government of Pakistan"
    assert role_affiliation("an Afghan analyst", lexicon, gazetteer) is None


def test_the_charitys_coordinator_belongs_to_the_charity_named_before(lexicon, gazetteer):
    text = (
        "Doctors at the Emergency hospital in Lashkar Gah say they are overwhelmed. “The wards "
        "are full,” Marco Puntin, the charity's programme coordinator, told BBC Pashto. "
        "Puntin said 40 wounded had arrived overnight."
    )
    people = _people(text, lexicon, gazetteer)
    assert [(m.surface, m.affiliation) for m in people] == [
        ("Marco Puntin", "EMERGENCY (NGO)"),
        ("Puntin", "EMERGENCY (NGO)"),
    ]


def test_a_role_referring_back_takes_no_body_of_the_wrong_kind(lexicon, gazetteer):
    text = (
        "The Taliban said they had taken Zaranj. Abdul Karim, the charity's director in "
        "Nimroz, said its clinic was closed."
    )
    people = _people(text, lexicon, gazetteer)
    assert [(m.name, m.affiliation) for m in people] == [("Abdul Karim", None)]


def test_a_minister_serves_his_ministry_and_a_foreign_one_his_country(lexicon, gazetteer):
    from sources.extract.actors import role_affiliation

    assert role_affiliation("Interior Minister", lexicon, gazetteer) == (
        "Ministry of Interior (Afghanistan)"
    )
    assert role_affiliation("Pakistani Foreign Minister", lexicon, gazetteer) == (
        "Government of Pakistan"
    )
    assert role_affiliation("Afghan ambassador to Pakistan", lexicon, gazetteer) == (
        "Government of Afghanistan"
    )


def test_a_name_given_an_age_is_a_person(lexicon, gazetteer):
    text = (
        "Gul Ahmad, 60, a shopkeeper in Kunduz, said the shops were closed. In Kunduz, 12, "
        "including children, were killed. Mohammad Jan, 45, a resident of Lashkar Gah, said "
        "the bombing went on all night."
    )
    people = _people(text, lexicon, gazetteer)
    assert [(m.name, m.description) for m in people] == [
        ("Gul Ahmad", ""),
        ("Mohammad Jan", "resident of Lashkar Gah"),
    ]


def test_the_outlets_own_people_are_not_actors(lexicon, gazetteer):
    text = (
        "Al Jazeera's Charlotte Bellis said Taloqan had fallen.\n\n"
        "14:20 GMT – Al Jazeera's correspondent: Taloqan has fallen\n\n"
        "CNN's Clarissa Ward and Brent Swails reported from Balkh province. VOA's Carla Babb "
        "contributed to this report.\n\n"
        "(Reporting by Abdul Qadir Sediqi in Kabul; Editing by Gerry Doyle)"
    )
    assert find_actors(parse(text), lexicon, gazetteer) == []


def test_an_outlet_whose_staff_were_harmed_is_an_actor(lexicon, gazetteer):
    text = "A Reuters photographer was killed in Spin Boldak on Friday."
    assert [m.name for m in find_actors(parse(text), lexicon, gazetteer)] == ["Reuters"]


def test_his_spokesman_serves_the_body_of_the_man_named_before(lexicon, gazetteer):
    text = (
        "Abdul Rashid Dostum returned to Afghanistan from Turkey last week. His spokesman, "
        "Ehsan Nero, said Dostum would lead the fight in the north."
    )
    people = _people(text, lexicon, gazetteer)
    assert ("Ehsan Nero", "Junbish-e Milli") in [(m.name, m.affiliation) for m in people]


def test_a_possessive_inside_a_lexicon_name(lexicon, gazetteer):
    text = (
        "The UN's human rights office said it had received reports of reprisals. The UN's "
        "refugee agency said 30,000 people had fled."
    )
    names = [m.name for m in find_actors(parse(text), lexicon, gazetteer)]
    assert names == ["UN Human Rights Office", "UNHCR"]


def test_a_deputy_named_after_his_chief_serves_the_chiefs_body(lexicon, gazetteer):
    text = (
        "Ghazni governor Dawood Laghmani was arrested on Thursday. “We have not given up,” "
        "Laghmani's deputy, Ahmad Khan Sirat, said."
    )
    people = _people(text, lexicon, gazetteer)
    assert ("Ahmad Khan Sirat", "Government of Afghanistan") in [
        (m.name, m.affiliation) for m in people
    ]


def test_a_role_of_the_body_keeps_its_article(lexicon, gazetteer):
    text = "The head of the provincial council, Nasir Ahmad Faqiri, said the city was handed over."
    (person,) = _people(text, lexicon, gazetteer)
    assert person.description == "head of the provincial council"


def test_a_possessive_after_a_lexicon_name_is_not_part_of_it(lexicon, gazetteer):
    text = "President Ashraf Ghani's office said in a statement that he had met security chiefs."
    (ghani,) = _people(text, lexicon, gazetteer)
    assert (ghani.name, ghani.surface) == ("Ashraf Ghani", "Ashraf Ghani")


def test_a_province_before_a_name_is_dropped_a_small_place_kept(lexicon, gazetteer):
    text = (
        "The Taliban's shadow governor for Bamyan Moulvi Anus said the city was calm. "
        "“We left everything,” said Lal Jan, a farmer from Ghor."
    )
    assert [m.name for m in _people(text, lexicon, gazetteer)] == ["Moulvi Anus", "Lal Jan"]


def test_a_corps_named_like_a_person_is_no_body_of_that_person(lexicon, gazetteer):
    text = "The 209th Shaheen Corps said its troops held the airport."
    (corps,) = find_actors(parse(text), lexicon, gazetteer)
    assert (corps.name, corps.kind, corps.affiliation) == (
        "209th Shaheen Corps",
        "state_forces",
        None,
    )


def test_a_title_case_headline_going_on_after_a_title_is_no_name(lexicon, gazetteer):
    text = (
        "Ghor Governor Arrested After Chaghcharan Falls\n\n"
        "Ghazni Falls To Taliban; Governor Held By Security Forces\n\n"
        "Ghor governor Abdul Zahir Faizzada said he had been detained."
    )
    assert [m.name for m in _people(text, lexicon, gazetteer)] == ["Abdul Zahir Faizzada"]


def test_an_ambassador_to_the_un_serves_his_country_and_an_agencys_spokeswoman_the_agency(
    lexicon, gazetteer
):
    text = (
        "Afghanistan's ambassador to the UN, Ghulam Isaczai, urged the Security Council to act. "
        "The UN refugee agency's spokeswoman, Shabia Mantoo, told reporters 270,000 had fled."
    )
    people = _people(text, lexicon, gazetteer)
    assert [(m.name, m.affiliation) for m in people] == [
        ("Ghulam Isaczai", "Government of Afghanistan"),
        ("Shabia Mantoo", "UNHCR"),
    ]


def test_a_lexicon_surname_after_another_given_name_is_a_namesake(lexicon, gazetteer):
    text = (
        "Dostum's son, Batur Dostum, vowed to defend Maimana. A member of the Logar provincial "
        "council, Hasibullah Stanekzai, warned that the highway was unsafe. General Dostum "
        "was in Turkey. On Monday Stanekzai said the city was calm."
    )
    people = _people(text, lexicon, gazetteer)
    assert [m.name for m in people] == [
        "Abdul Rashid Dostum",
        "Batur Dostum",
        "Hasibullah Stanekzai",
        "Abdul Rashid Dostum",
        "Hasibullah Stanekzai",
    ]
