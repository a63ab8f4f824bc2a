"""Statements: direct quotes and their speakers, continuations, reported speech, scare quotes.

Passages are written in the styles of AFP, Reuters, AP, TOLOnews and Pajhwok; the seeds are
scored against hand labels written before the extractor existed
(labels/statements_seeds.json).
"""

import json
from datetime import date
from pathlib import Path

import pytest

from sources.extract.clean import clean
from sources.extract.decode import decode_bytes
from sources.extract.nlp import parse
from sources.extract.statements import find_statements

HERE = Path(__file__).parent
SEEDS = sorted((HERE.parents[2] / "seeds").glob("*.txt"))
LABELS = json.loads((HERE / "labels" / "statements_seeds.json").read_text(encoding="utf-8"))
HELDOUT = {
    name: article
    for labels in (
        "statements_heldout.json",
        "statements_heldout2.json",
        "statements_heldout3.json",
        "statements_heldout4.json",
        "statements_heldout5.json",
    )
    for name, article in json.loads((HERE / "labels" / labels).read_text(encoding="utf-8"))[
        "articles"
    ].items()
}
PUBLISHED = date(2021, 8, 5)


def _statements(text, lexicon, gazetteer, published=PUBLISHED):
    return find_statements(text, parse(text), lexicon, gazetteer, published)


def _brief(statements):
    return [(s.kind, s.speaker.name if s.speaker else None, s.text) for s in statements]


# -- direct quotes ------------------------------------------------------------------------------

DIRECT = [
    (  # attribution after, with the speaker's role
        "“We will not let the city fall,” said Sayed Mohammad Sadat, a police spokesman in Kunduz.",
        "Sayed Mohammad Sadat",
        "We will not let the city fall",
    ),
    (  # attribution after, name then verb, on a platform
        "“The enemy has suffered heavy losses,” Defense Ministry spokesman Fawad Aman said on "
        "Twitter.",
        "Fawad Aman",
        "The enemy has suffered heavy losses",
    ),
    (  # attribution before, with a colon
        "Taliban spokesman Zabihullah Mujahid said: “Our fighters have entered the city and the "
        "people are safe.”",
        "Zabihullah Mujahid",
        "Our fighters have entered the city and the people are safe.",
    ),
    (  # attribution before, with a comma and straight quotes
        'The Ministry of Defense said, "Afghan forces have retaken the district centre."',
        "Ministry of Defense (Afghanistan)",
        "Afghan forces have retaken the district centre.",
    ),
    (  # channel named: the agency is never the speaker
        "“There is fighting in every street,” Herat governor Abdul Saboor Qani told AFP.",
        "Abdul Saboor Qani",
        "There is fighting in every street",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "quote"), DIRECT)
def test_direct_quote_with_its_speaker(lexicon, gazetteer, text, speaker, quote):
    (statement,) = _statements(text, lexicon, gazetteer)
    assert (statement.kind, statement.speaker.name, statement.text) == ("direct", speaker, quote)
    assert text[statement.evidence.start : statement.evidence.end] == statement.evidence.text


def test_a_second_quote_in_the_paragraph_continues_the_speaker(lexicon, gazetteer):
    text = (
        "“The Taliban have captured all government buildings,” Amruddin Wali, a member of the "
        "Kunduz provincial council, told Reuters. “Fighting is still going on near the airport.”"
    )
    assert _brief(_statements(text, lexicon, gazetteer)) == [
        ("direct", "Amruddin Wali", "The Taliban have captured all government buildings"),
        ("direct", "Amruddin Wali", "Fighting is still going on near the airport."),
    ]


def test_an_interrupted_quote_and_a_report_after_a_quote(lexicon, gazetteer):
    text = (
        "Ghazni police chief Khalid Wardak spoke to reporters.\n\n"
        "“The UN said we would get help,” Wardak added, “but nothing has arrived.”\n\n"
        "“We condemn this attack,” the Taliban said in a statement. “Such attacks will not go "
        "unpunished.” The group added that its fighters were ready."
    )
    assert _brief(_statements(text, lexicon, gazetteer)) == [
        ("direct", "Khalid Wardak", "The UN said we would get help"),
        ("direct", "Khalid Wardak", "but nothing has arrived."),
        ("direct", "Taliban", "We condemn this attack"),
        ("direct", "Taliban", "Such attacks will not go unpunished."),
        ("reported", "Taliban", "The group added that its fighters were ready."),
    ]


def test_an_unattributed_quote_paragraph_continues_the_previous_speaker(lexicon, gazetteer):
    text = (
        "Ghazni police chief Khalid Wardak said at least 30 Taliban fighters were killed.\n\n"
        "“We have asked for more air support from the central government.”"
    )
    statements = _statements(text, lexicon, gazetteer)
    assert _brief(statements)[1] == (
        "direct",
        "Khalid Wardak",
        "We have asked for more air support from the central government.",
    )


def test_a_quote_running_over_paragraphs_keeps_one_speaker(lexicon, gazetteer):
    text = (
        "In a statement issued on Monday, the UN Security Council said: “The members of the "
        "Security Council condemned the attack on the UN compound in Herat.\n\n"
        "“They called for an immediate reduction of violence,” the statement read."
    )
    statements = _statements(text, lexicon, gazetteer, date(2021, 8, 4))
    assert [(s.kind, s.speaker.name) for s in statements] == [
        ("direct", "UN Security Council"),
        ("direct", "UN Security Council"),
    ]
    assert statements[0].said_on == date(2021, 8, 2)


def test_a_line_ending_with_said_colon_introduces_the_next_paragraph(lexicon, gazetteer):
    text = (
        "Taliban spokesman Zabihullah Mujahid said in a statement:\n\n"
        "“Our fighters have not targeted civilians and will not do so.”"
    )
    (statement,) = _statements(text, lexicon, gazetteer)
    assert (statement.kind, statement.speaker.name) == ("direct", "Zabihullah Mujahid")


def test_it_in_a_second_tweet_is_the_previous_speaker(lexicon, gazetteer):
    text = (
        "“These murders could constitute war crimes,” the U.S. Embassy tweeted.\n\n"
        "In a second tweet, it said: “The Taliban’s leadership must be held responsible for the "
        "crimes of their fighters.”"
    )
    statements = _statements(text, lexicon, gazetteer)
    assert [s.speaker.name for s in statements] == ["US Embassy in Kabul", "US Embassy in Kabul"]


def test_a_spokesman_quoting_his_organisation_speaks_on_its_behalf(lexicon, gazetteer):
    text = (
        "UNAMA said 40 civilians were killed in Lashkar Gah.\n\n"
        "“The Mission said that the fighting is causing the most harm,” UN Spokesperson Stéphane "
        "Dujarric said."
    )
    statement = _statements(text, lexicon, gazetteer)[-1]
    assert statement.speaker.name == "Stéphane Dujarric"
    assert statement.on_behalf_of.name == "UN Assistance Mission in Afghanistan"


def test_messy_quote_marks_still_close_the_quote(lexicon, gazetteer):
    text = (
        "“We reiterate our call to immediately reduce violence in Afghanistan. ”“ Sullivan said."
        "\n\nNational Security Advisor Jake Sullivan spoke on Friday."
    )
    (statement,) = _statements(text, lexicon, gazetteer)
    assert (statement.speaker.name, statement.text) == (
        "Jake Sullivan",
        "We reiterate our call to immediately reduce violence in Afghanistan.",
    )


# -- what is not a statement --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Crowds chanted “Allah Akbar” from the rooftops of Kabul.",
        "The Taliban say they are waging “jihad” for a “pure” system.",
        "Taliban seize Kunduz as Afghan forces retreat",  # a headline
        "Fighting continued in Kandahar on Sunday, officials said.",  # news, not a statement
        "Chants of “God is great” were heard overnight, witnesses said.",
        "The Taliban have not said whether they will attack the city.",
    ],
)
def test_scare_quotes_headlines_and_anonymous_sourcing_are_not_statements(lexicon, gazetteer, text):
    direct = [s for s in _statements(text, lexicon, gazetteer) if s.kind == "direct"]
    reported_by_nobody = [s for s in _statements(text, lexicon, gazetteer) if s.speaker is None]
    assert direct == [] and reported_by_nobody == []


def test_an_agency_is_never_the_speaker(lexicon, gazetteer):
    text = "According to Reuters, the Taliban have entered Herat."
    assert _statements(text, lexicon, gazetteer) == []


# -- reported speech ----------------------------------------------------------------------------

REPORTED = [
    ("Human Rights Watch accused the Taliban of executing captured soldiers.",
     "Human Rights Watch"),
    ("The Taliban denied targeting civilians in Spin Boldak.", "Taliban"),
    ("UNAMA called for an immediate end to fighting in urban areas.",
     "UN Assistance Mission in Afghanistan"),
    ("The Taliban are advancing on provincial capitals, UNAMA said.",
     "UN Assistance Mission in Afghanistan"),
    ("According to the Afghanistan Independent Human Rights Commission, 27 children were "
     "killed.", "Afghanistan Independent Human Rights Commission"),
    ("The UN, meanwhile, warned that attacks on its compounds may amount to war crimes.",
     "United Nations"),
    ("Atmar thanked India for its support, according to a statement from the Afghan foreign "
     "ministry.", "Ministry of Foreign Affairs (Afghanistan)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), REPORTED)
def test_reported_speech_names_its_speaker(lexicon, gazetteer, text, speaker):
    (statement,) = _statements(text, lexicon, gazetteer)
    assert (statement.kind, statement.speaker.name if statement.speaker else None) == (
        "reported",
        speaker,
    )
    assert statement.text == text


def test_a_body_of_a_known_government_speaks_as_a_new_affiliated_actor(lexicon, gazetteer):
    (statement,) = _statements(
        "Pakistan's Foreign Office condemned the attack.", lexicon, gazetteer
    )
    speaker = statement.speaker
    assert (speaker.name, speaker.known, speaker.affiliation) == (
        "Pakistan's Foreign Office",
        False,
        "Government of Pakistan",
    )


def test_a_partial_quote_belongs_to_the_reported_statement(lexicon, gazetteer):
    text = (
        "The attack is “the start of retaliatory operations” against senior officials, "
        "Zabihullah Mujahid, a spokesman for the Taliban, warned in a statement."
    )
    (statement,) = _statements(text, lexicon, gazetteer)
    assert (statement.kind, statement.speaker.name) == ("reported", "Zabihullah Mujahid")
    assert "the start of retaliatory operations" in statement.text


def test_a_pronoun_subject_is_the_person_named_before(lexicon, gazetteer):
    text = (
        "UN Secretary-General Antonio Guterres strongly condemned the attack. "
        "He reiterated that attacks against UN personnel may constitute war crimes."
    )
    assert [s.speaker.name for s in _statements(text, lexicon, gazetteer)] == [
        "Antonio Guterres",
        "Antonio Guterres",
    ]


@pytest.mark.parametrize(
    ("text", "said_on"),
    [
        ("Zabihullah Mujahid said on Wednesday that the group had taken the city.",
         date(2021, 8, 4)),
        ("On July 31, the Foreign Ministry denounced the attack on the UN compound.",
         date(2021, 7, 31)),
        ("In a statement issued Tuesday, UNAMA said 40 civilians had been killed.",
         date(2021, 8, 3)),
        ("UNAMA said 40 civilians had been killed on Tuesday.", date(2021, 8, 5)),
        ("Afghan forces killed 35 militants in Helmand, the Defense Ministry said in a "
         "statement released here Tuesday.", date(2021, 8, 3)),
        ("Antony Blinken said last week that the Taliban would be a pariah.", None),
    ],
)  # fmt: skip
def test_said_on_is_the_day_of_the_saying_not_of_the_event(lexicon, gazetteer, text, said_on):
    (statement,) = _statements(text, lexicon, gazetteer, date(2021, 8, 5))
    assert statement.said_on == said_on


# -- whole articles -----------------------------------------------------------------------------


def _article(name: str):
    cleaned = clean(decode_bytes((HERE / "articles" / name).read_bytes()), name)
    return cleaned.text


def test_reuters_style_article(lexicon, gazetteer):
    statements = _statements(_article("nlp_reuters_kunduz.txt"), lexicon, gazetteer)
    assert [(s.kind, s.speaker.name if s.speaker else None) for s in statements] == [
        ("direct", "Amruddin Wali"),
        ("direct", "Amruddin Wali"),
        ("reported", "Zabihullah Mujahid"),
        ("reported", "Mirwais Stanekzai"),
        ("direct", "Mirwais Stanekzai"),
        ("reported", "UN Assistance Mission in Afghanistan"),
        ("direct", "UN Assistance Mission in Afghanistan"),
        ("direct", "UN Assistance Mission in Afghanistan"),
        ("reported", "Afghanistan Independent Human Rights Commission"),
        ("direct", "Abdul Basir"),
        ("reported", "Government of the United States"),
    ]


def test_tolonews_style_article(lexicon, gazetteer):
    statements = _statements(_article("nlp_tolonews_ghazni.txt"), lexicon, gazetteer)
    assert [(s.kind, s.speaker.name if s.speaker else None) for s in statements] == [
        ("reported", "Khalid Wardak"),
        ("direct", "Khalid Wardak"),
        ("direct", "Khalid Wardak"),
        ("reported", "Hasan Reza Yousufi"),
        ("direct", "Hasan Reza Yousufi"),
        ("reported", "Ministry of Defense (Afghanistan)"),
        ("direct", "Ministry of Defense (Afghanistan)"),
        ("direct", "Mohammad Nabi"),
    ]


STYLE_ARTICLES = {
    "nlp_ap_style.txt": [
        ("reported", "Sefatullah Samangani"),  # according to X, the deputy governor
        ("reported", "Sefatullah Samangani"),  # He said
        ("direct", "Sefatullah Samangani"),
        ("direct", "Sefatullah Samangani"),
        ("reported", "Abdul Sattar Mirzakwal"),  # told The Associated Press
        ("reported", "Ajmal Omar Shinwari"),
        ("reported", "UNHCR"),  # the U.N. refugee agency
        ("direct", "Shabia Mantoo"),
        ("reported", "US State Department"),
    ],
    "nlp_aljazeera_style.txt": [
        ("reported", "Roh Gul Khairzad"),
        ("direct", "Roh Gul Khairzad"),  # she said
        ("reported", "Taliban"),
        ("reported", "Zabihullah Mujahid"),
        ("reported", "Ministry of Interior (Afghanistan)"),
        ("reported", "Josep Borrell"),  # not the journalist "reporting from Kabul"
    ],
    "nlp_pajhwok_style.txt": [
        ("reported", "Omar Zwak"),
        ("reported", "Omar Zwak"),
        ("reported", "Qari Yousuf Ahmadi"),
        ("reported", "Mohammad Gul"),
        ("direct", "Attaullah Afghan"),
    ],
    "nlp_bbc_style.txt": [
        ("reported", "Massoud Pashtun"),
        ("direct", "Massoud Pashtun"),
        ("reported", "Taliban"),
        ("reported", "Ashraf Ghani"),
        ("reported", "Ashraf Ghani"),
        ("direct", "Ashraf Ghani"),  # Mr Ghani
        ("reported", "UK Ministry of Defence"),
    ],
    "nlp_afp_style.txt": [
        ("direct", "Nasir Ahmad Faqiri"),
        ("reported", "Nasir Ahmad Faqiri"),
        ("reported", "Ministry of Interior (Afghanistan)"),  # "the interior ministry"
        ("reported", "Mirwais Stanekzai"),  # a quote opening a longer sentence
        ("reported", "Government of the United States"),
    ],
}


@pytest.mark.parametrize(("name", "expected"), STYLE_ARTICLES.items())
def test_articles_in_agency_styles(lexicon, gazetteer, name, expected):
    statements = _statements(_article(name), lexicon, gazetteer)
    assert [(s.kind, s.speaker.name if s.speaker else None) for s in statements] == expected


# -- the seeds against hand labels --------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_statements(lexicon, gazetteer):
    found = {}
    for path in SEEDS:
        cleaned = clean(decode_bytes(path.read_bytes()), path.name)
        found[path.name] = (
            cleaned.text,
            _statements(cleaned.text, lexicon, gazetteer, cleaned.header_date),
        )
    return found


def _speaker_fits(statement, accepted) -> bool:
    if accepted is None:
        return True
    who = statement.speaker
    if who is None:
        return False
    names = " ".join([who.name, who.surface, who.affiliation or ""]).casefold()
    return any(a.casefold() in names for a in accepted)


def score(labelled: dict, found: dict) -> dict:
    """Precision and recall of found statements against the labels; a label matches a found
    statement whose evidence contains its `match`, one found statement per label occurrence."""
    found_total = matched_found = labels_total = labels_hit = speakers_ok = speakers_total = 0
    for name, labels in labelled.items():
        statements = found[name]
        used: set[int] = set()
        for label in labels:
            for _ in range(label.get("occurrences", 1)):
                hit = next(
                    (i for i, s in enumerate(statements)
                     if i not in used and label["match"] in s.evidence.text),
                    None,
                )  # fmt: skip
                if not label["optional"]:
                    labels_total += 1
                if hit is None:
                    continue
                used.add(hit)
                labels_hit += not label["optional"]
                speakers_total += 1
                speakers_ok += _speaker_fits(statements[hit], label["speaker"])
        found_total += len(statements)
        matched_found += len(used)
    return {
        "found": found_total,
        "precision": matched_found / found_total,
        "recall": labels_hit / labels_total,
        "speaker_accuracy": speakers_ok / speakers_total,
    }


def test_seed_statements_against_hand_labels(seed_statements):
    figures = score(LABELS["seeds"], {k: v[1] for k, v in seed_statements.items()})
    print(figures)
    assert figures["precision"] >= 0.95
    assert figures["recall"] >= 0.9
    assert figures["speaker_accuracy"] >= 0.9


def test_held_out_articles_against_hand_labels(lexicon, gazetteer):
    found = {name: _statements(_article(name), lexicon, gazetteer) for name in HELDOUT}
    figures = score(HELDOUT, found)
    print(figures)
    assert figures["precision"] >= 0.9
    assert figures["recall"] >= 0.85
    assert figures["speaker_accuracy"] >= 0.85


def _find(seed_statements, prefix, words):
    name = next(k for k in seed_statements if k.startswith(prefix))
    return [s for s in seed_statements[name][1] if words in s.evidence.text]


def test_seed_001_lyons_quote_after_attribution_and_mujahid_on_twitter(seed_statements):
    (lyons,) = _find(seed_statements, "001", "This attack on the United Nations is regrettable")
    assert (lyons.kind, lyons.speaker.name) == ("direct", "Deborah Lyons")
    assert lyons.on_behalf_of.name == "UN Assistance Mission in Afghanistan"
    (mujahid,) = _find(seed_statements, "001", "But when the Mojahedin got there")
    assert (mujahid.kind, mujahid.speaker.name) == ("direct", "Zabihullah Mujahid")
    (sullivan,) = _find(seed_statements, "001", "strongly condemns the attack")
    assert (sullivan.kind, sullivan.speaker.name) == ("reported", "Jake Sullivan")
    (sullivan_quote,) = _find(seed_statements, "001", "We reiterate our call")
    assert sullivan_quote.speaker.name == "Jake Sullivan"
    assert not _find(seed_statements, "001", "According to Reuters")


def test_seed_002_dujarric_on_behalf_of_unama_and_the_council_statement(seed_statements):
    (mission,) = _find(seed_statements, "002", "The Mission said that")
    assert mission.speaker.name == "Stéphane Dujarric"
    assert mission.on_behalf_of.name == "UN Assistance Mission in Afghanistan"
    (parties,) = _find(seed_statements, "002", "All parties must do more")
    assert parties.speaker.name == "Stéphane Dujarric"
    (council,) = _find(seed_statements, "002", "The members of the Security Council expressed")
    assert (council.kind, council.speaker.name) == ("direct", "UN Security Council")
    (price,) = _find(seed_statements, "002", "told reporters that the Taliban")
    assert price.speaker.name == "Ned Price"


def test_seed_003_embassy_tweets_and_no_scare_quotes(seed_statements):
    second = _find(seed_statements, "003", "The Taliban’s leadership must be held responsible")
    assert [s.speaker.name for s in second] == ["US Embassy in Kabul"]
    name = next(k for k in seed_statements if k.startswith("003"))
    assert not [s for s in seed_statements[name][1] if s.text in {"Allah Akbar", "jihad", "pure"}]
    assert not _find(seed_statements, "003", "Chants of")


def test_seed_004_partial_quote_twitter_and_hrw(seed_statements):
    (mujahid,) = _find(seed_statements, "004", "the start of retaliatory operations")
    assert (mujahid.kind, mujahid.speaker.name) == ("reported", "Zabihullah Mujahid")
    (aman,) = _find(seed_statements, "004", "The operation is being carried out slowly")
    assert (aman.kind, aman.speaker.name) == ("direct", "Fawad Aman")
    (dujarric,) = _find(seed_statements, "004", "Hospitals and health workers are overwhelmed")
    assert (dujarric.kind, dujarric.speaker.name) == ("direct", "Stéphane Dujarric")
    (hrw,) = _find(seed_statements, "004", "accused in a statement the Taliban")
    assert (hrw.kind, hrw.speaker.name) == ("reported", "Human Rights Watch")


def test_an_added_clause_after_a_trailing_attribution_keeps_the_event_day_out(lexicon, gazetteer):
    text = (
        "Afghan Air Force jets struck Taliban positions near Maimana on Saturday evening, the "
        "Ministry of Defense said in a statement, adding that 30 militants had been killed."
    )
    (statement,) = _statements(text, lexicon, gazetteer, date(2021, 8, 9))
    assert statement.said_on == date(2021, 8, 9)  # published; Saturday was the strikes' day
