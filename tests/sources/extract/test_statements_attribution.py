"""Attributions the blind set 4 articles taught: present-tense denials, a long apposition
after an inverted verb, and the body a press secretary speaks for."""

from datetime import date

from sources.extract.nlp import parse
from sources.extract.statements import find_statements

PUBLISHED = date(2021, 8, 5)


def _statements(text, lexicon, gazetteer):
    return find_statements(text, parse(text), lexicon, gazetteer, PUBLISHED)


def test_a_present_plural_denial_is_reported_speech_of_its_subject(lexicon, gazetteer):
    text = "The Taliban deny targeting civilians in Lashkar Gah. Fighting went on overnight."
    found = _statements(text, lexicon, gazetteer)
    assert [(s.kind, s.speaker.name) for s in found] == [("reported", "Taliban")]


def test_a_present_verb_as_an_infinitive_is_not_a_statement(lexicon, gazetteer):
    text = "Residents of Kunduz are afraid to deny the Taliban food when fighters knock at night."
    assert _statements(text, lexicon, gazetteer) == []


def test_a_name_after_an_inverted_verb_keeps_the_quote_despite_a_long_apposition(
    lexicon, gazetteer
):
    text = (
        "UNICEF said 27 children had been killed in Kandahar.\n\n"
        "“The situation is deteriorating rapidly,” said Babar Baloch, a spokesperson for "
        "UNHCR, the UN Refugee Agency, at a press briefing in Geneva on Friday."
    )
    quotes = [s for s in _statements(text, lexicon, gazetteer) if s.kind == "direct"]
    assert [s.speaker.name for s in quotes] == ["Babar Baloch"]
    # the sentence is the quote's evidence, not a second, reported statement
    assert len(_statements(text, lexicon, gazetteer)) == 2


def test_a_press_secretary_speaks_for_the_body_he_serves(lexicon, gazetteer):
    text = "A Pentagon spokesman, John Kirby, said the air strikes in Helmand would continue."
    (statement,) = _statements(text, lexicon, gazetteer)
    assert statement.speaker.name == "John Kirby"
    assert statement.on_behalf_of.name == "US Department of Defense"


def test_an_unnamed_national_official_speaks_for_that_government(lexicon, gazetteer):
    text = (
        "A senior Afghan official, who spoke on condition of anonymity because he was not "
        "authorized to talk to the press, said two commando battalions had been moved to Kandahar."
    )
    (statement,) = _statements(text, lexicon, gazetteer)
    assert statement.speaker.name == "Government of Afghanistan"


def test_the_official_later_is_the_unnamed_official_who_spoke_before(lexicon, gazetteer):
    text = (
        "A senior Afghan official said two commando battalions had been moved to Kandahar.\n\n"
        "“We are not going to lose Kandahar,” the official said."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [(s.kind, s.speaker.name) for s in found] == [
        ("reported", "Government of Afghanistan"),
        ("direct", "Government of Afghanistan"),
    ]


def test_the_official_is_not_a_named_spokesman_who_spoke_before(lexicon, gazetteer):
    text = (
        "Taliban spokesman Zabihullah Mujahid said the group's fighters had entered Kandahar.\n\n"
        "“We are not going to lose Kandahar,” the official said."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [s.speaker.name for s in found] == ["Zabihullah Mujahid"]


def test_a_speaker_who_gave_his_name_as_in_a_relative_clause(lexicon, gazetteer):
    text = (
        "Another, a shopkeeper who gave his name only as Hamid, said the bodies of fighters "
        "had been lying in the streets of Lashkar Gah for two days."
    )
    (statement,) = _statements(text, lexicon, gazetteer)
    assert statement.speaker.name == "Hamid"


def test_a_name_set_off_before_the_verb_is_the_speaker_whatever_the_parse(lexicon, gazetteer):
    text = (
        "The Taliban's spokesman in Doha, Mohammad Naeem, told Al Jazeera that the group was "
        "not seeking a monopoly of power."
    )
    (statement,) = _statements(text, lexicon, gazetteer)
    assert statement.speaker.name == "Mohammad Naeem"


def test_she_is_not_the_spokesman_met_before(lexicon, gazetteer):
    text = (
        "Governor's spokesman Omar Zwak said fighting went on in Lashkar Gah.\n\n"
        "“We have lost everything,” she said, tears in her eyes."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [s.speaker.name for s in found] == ["Omar Zwak"]
