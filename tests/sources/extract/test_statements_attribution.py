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


def test_quoted_as_saying_is_the_passive_subjects_statement(lexicon, gazetteer):
    text = (
        "Kunduz governor Abdul Sattar Mirzakwal was quoted by local media as saying the city "
        "would be cleared within hours."
    )
    (statement,) = _statements(text, lexicon, gazetteer)
    assert (statement.kind, statement.speaker.name) == ("reported", "Abdul Sattar Mirzakwal")


def test_according_to_a_titled_person_is_the_persons_statement(lexicon, gazetteer):
    text = (
        "According to Herat police spokesman Abdul Ahad Walizada, the Taliban had entered the "
        "city's seventh district. Ten civilians were killed in the fighting, according to "
        "Taliban spokesman Zabihullah Mujahid."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [s.speaker.name for s in found] == ["Abdul Ahad Walizada", "Zabihullah Mujahid"]


def test_a_denial_in_the_passive_is_the_agents_statement(lexicon, gazetteer):
    text = (
        "The Taliban said their fighters had taken the district. But the claim was denied by "
        "the Defence Ministry."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [s.speaker.name for s in found] == ["Taliban", "Ministry of Defense (Afghanistan)"]


def test_an_attack_claimed_by_a_group_is_no_statement(lexicon, gazetteer):
    text = "The bombing, which was claimed by the Islamic State, killed 12 people in Kabul."
    assert _statements(text, lexicon, gazetteer) == []


def test_the_president_is_the_president_named_before_and_speaks_for_his_government(
    lexicon, gazetteer
):
    text = (
        "Ashraf Ghani, speaking in parliament on Monday, blamed the US withdrawal for the "
        "crisis. The President said he had a plan to stabilise the country within six months."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [(s.speaker.name, s.on_behalf_of.name) for s in found] == [
        ("Ashraf Ghani", "Government of Afghanistan"),
        ("Ashraf Ghani", "Government of Afghanistan"),
    ]


def test_a_statement_released_here_on_a_weekday_was_said_that_day(lexicon, gazetteer):
    text = (
        "The ministry of defence said in a statement released here Tuesday that 300 insurgents "
        "were killed in Helmand."
    )
    (statement,) = _statements(text, lexicon, gazetteer)
    assert statement.said_on == date(2021, 8, 3)


def test_a_briefing_transcripts_labelled_paragraphs_are_the_officials_words(lexicon, gazetteer):
    text = (
        "MR PRICE: Good afternoon.\n\n"
        "QUESTION: Does the administration still believe the Afghan government can hold?\n\n"
        "MR PRICE: The Afghan forces have the capacity to resist. What they need is the will.\n\n"
        "MR KHAN: We will talk to the Taliban in Doha next week about a ceasefire."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [(s.kind, s.speaker.name, s.on_behalf_of.name) for s in found] == [
        ("direct", "Ned Price", "US State Department")
    ]
    assert found[0].evidence.text.startswith("The Afghan forces have the capacity")


def test_a_speaker_after_a_live_blog_heading_the_parse_ran_into(lexicon, gazetteer):
    text = (
        "12:45 GMT – Kunduz lawmaker says city has fallen\n\n"
        "Ghulam Rabani Rabani, a provincial council member in Kunduz, told Al Jazeera that all "
        "government buildings had fallen to the Taliban.\n\n"
        "13:10 GMT – Taliban spokesman confirms capture of Sar-e Pul\n\n"
        "Zabihullah Mujahid, the Taliban's main spokesman, confirmed on Twitter that the group's "
        "fighters had taken Sar-e Pul city."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [s.speaker.name for s in found] == ["Ghulam Rabani Rabani", "Zabihullah Mujahid"]


def test_a_surname_is_the_namesake_named_last_before_it(lexicon, gazetteer):
    text = (
        "“Thirty-five militants were killed,” Bahir Ahmadi, the spokesman for the provincial "
        "governor, told Xinhua. Ahmadi added that the security forces also seized weapons. "
        "Taliban spokesman Qari Yousuf Ahmadi said the militants had repulsed the attacks."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [s.speaker.name for s in found] == ["Bahir Ahmadi", "Bahir Ahmadi", "Qari Yousuf Ahmadi"]


def test_a_speaker_with_an_age_or_a_relative_clause_and_she_after_her(lexicon, gazetteer):
    text = (
        "“I have burned my certificates,” said Sodaba, 27, a lawyer who asked that her surname "
        "not be used. She said she had moved her family twice.\n\n"
        "Maryam Rahmani, who runs a women's radio station in Herat, said the station had "
        "stopped broadcasting after receiving threats."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [s.speaker.name for s in found] == ["Sodaba", "Sodaba", "Maryam Rahmani"]


def test_according_to_the_statement_is_the_statements_issuer(lexicon, gazetteer):
    text = (
        "The Afghan Defense Ministry said in a statement that the air force had struck Taliban "
        "positions in Kandahar. According to the statement, a Taliban weapons depot was also "
        "destroyed in Helmand."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [s.speaker.name for s in found] == ["Ministry of Defense (Afghanistan)"] * 2


def test_the_ministry_can_be_a_foreign_office(lexicon, gazetteer):
    text = (
        "Pakistan's Foreign Office has called for an immediate ceasefire. In a statement, the "
        "ministry said Islamabad supported an inclusive political settlement."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [s.speaker.name for s in found] == ["Pakistan's Foreign Office"] * 2


def test_a_correspondent_of_the_outlet_is_no_speaker(lexicon, gazetteer):
    text = (
        "Reporting from Kabul, Al Jazeera's Charlotte Bellis said the fall of Taloqan was a "
        "major blow to the government. “Takhar is the home province of several ministers,” "
        "she said."
    )
    assert _statements(text, lexicon, gazetteer) == []


def test_a_rejection_by_an_organisation_the_lexicon_lacks(lexicon, gazetteer):
    text = (
        "The allegation was also rejected by the Afghanistan Chamber of Commerce and "
        "Investment, the country's main business group."
    )
    (statement,) = _statements(text, lexicon, gazetteer)
    assert statement.speaker.name == "Afghanistan Chamber of Commerce and Investment"
    assert not statement.speaker.known


def test_a_persons_office_speaks_for_him_but_his_opponents_do_not(lexicon, gazetteer):
    text = (
        "Ghani vows to fight on\n\n"
        "President Ashraf Ghani's office said in a statement that he had met security chiefs.\n\n"
        "Ghani's opponents said the president had lost control of the army."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [(s.speaker.name, s.evidence.text[:10]) for s in found] == [
        ("Ashraf Ghani", "President ")
    ]


def test_a_pentagon_transcripts_full_name_labels_and_questions(lexicon, gazetteer):
    text = (
        "SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Good afternoon. Our drawdown in Afghanistan "
        "is more than 95 percent complete.\n\n"
        "Q: Mr. Secretary, the Afghan government says it has launched an operation to retake "
        "Spin Boldak. Can the Afghans hold it?\n\n"
        "GEN. MILLEY: Strategic momentum appears to be sort of with the Taliban.\n\n"
        "KABUL: The Taliban said they had taken the crossing."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [(s.kind, s.speaker.name) for s in found] == [
        ("direct", "Lloyd Austin"),
        ("direct", "Mark Milley"),
        ("reported", "Taliban"),
    ]


def test_a_weekday_with_its_date_in_brackets_is_that_date(lexicon, gazetteer):
    text = "The Taliban said on Wednesday (July 14th) they had captured the Spin Boldak crossing."
    (statement,) = _statements(text, lexicon, gazetteer)
    assert statement.said_on == date(2021, 7, 14)


def test_a_tweet_signed_with_a_first_name_and_another_script(lexicon, gazetteer):
    from sources.extract.records import Tweet

    raw = (
        "Taliban take Wesh\n\n"
        "The mujahideen have taken control of the important town of Wesh in Spin Boldak.\n"
        "— Zabihullah (..ذبـــیح الله م ) (@Zabehulah_M33) July 14, 2021"
    )
    text = (
        "Taliban take Wesh\n\n"
        "The mujahideen have taken control of the important town of Wesh in Spin Boldak."
    )
    tweet = Tweet("Zabihullah (..ذبـــیح الله م )", "Zabehulah_M33", date(2021, 7, 14), "")
    found = find_statements(
        text, parse(text), lexicon, gazetteer, PUBLISHED, tweets=[tweet], raw=raw
    )
    assert [(s.speaker.name, s.said_on) for s in found] == [
        ("Zabihullah Mujahid", date(2021, 7, 14))
    ]


def test_mr_surname_after_a_namesake_named_in_full_is_the_namesake(lexicon, gazetteer):
    text = (
        "A member of the Logar provincial council, Hasibullah Stanekzai, warned that the "
        "highway was no longer safe. “People are afraid to travel,” Mr. Stanekzai told "
        "Khaama Press."
    )
    found = _statements(text, lexicon, gazetteer)
    assert [s.speaker.name for s in found] == ["Hasibullah Stanekzai"] * 2
