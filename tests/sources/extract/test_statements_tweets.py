"""Embedded tweets are statements of their authors, said on the tweet's day; and the nlp2 blind
set (tweets included) against its hand labels."""

import json
from datetime import date
from pathlib import Path

import pytest

from scripts.measure_statements import score
from sources.extract.clean import clean
from sources.extract.decode import decode_bytes
from sources.extract.nlp import parse
from sources.extract.statements import find_statements

HERE = Path(__file__).parent
PUBLISHED = date(2021, 8, 10)


def _with_tweets(raw, lexicon, gazetteer):
    cleaned = clean(raw, "article.txt")
    return cleaned, find_statements(
        cleaned.text,
        parse(cleaned.text),
        lexicon,
        gazetteer,
        cleaned.header_date or PUBLISHED,
        tweets=cleaned.tweets,
        raw=cleaned.raw,
    )


RAW_KNOWN_AUTHOR = """Taliban enter Pul-e-Khumri

The Taliban entered Pul-e-Khumri, the capital of Baghlan province, on Tuesday.

Taliban spokesman Zabihullah Mujahid said on Twitter that the city was under their control.

The mujahideen have taken Pul-e-Khumri, the centre of Baghlan province. All government buildings are in our hands. pic.twitter.com/Qx7Lm2Rt

— Zabihullah Mujahid (@Zabehulah_M33) August 10, 2021

Residents said shops were closed.
"""  # noqa: E501


def test_a_tweet_is_a_direct_statement_of_its_author_on_the_tweets_day(lexicon, gazetteer):
    cleaned, statements = _with_tweets(RAW_KNOWN_AUTHOR, lexicon, gazetteer)
    (tweet,) = [s for s in statements if s.kind == "direct"]
    assert tweet.speaker.name == "Zabihullah Mujahid"
    assert tweet.on_behalf_of.name == "Taliban"
    assert tweet.said_on == date(2021, 8, 10)
    assert tweet.text.startswith("The mujahideen have taken Pul-e-Khumri")
    assert tweet.text.endswith("All government buildings are in our hands.")
    assert tweet.evidence.text == cleaned.text[tweet.evidence.start : tweet.evidence.end]
    # the sentence introducing the tweet stays its own reported statement
    (intro,) = [s for s in statements if s.kind == "reported"]
    assert intro.text.startswith("Taliban spokesman Zabihullah Mujahid said on Twitter")


RAW_TWO_PARAGRAPHS = """date 2021-08-06
Afghan forces say they are clearing Lashkar Gah

“The operation is going slowly because the Taliban hide in homes,” the army corps commander said on Twitter.

Clearing operations started in #LashkarGah city last night, the terrorists are surrounded.

#Terrorists have no way out of the city.

pic.twitter.com/Ab12Cd34

- Ajmal Omar Shinwari (@AjmalOmarShinwari) August 5, 2021

Fighting continued on Friday.
"""  # noqa: E501


def test_a_tweet_of_two_paragraphs_is_one_statement_and_stops_at_the_quote_above(
    lexicon, gazetteer
):
    _, statements = _with_tweets(RAW_TWO_PARAGRAPHS, lexicon, gazetteer)
    tweets = [s for s in statements if s.speaker and s.speaker.name == "Ajmal Omar Shinwari"]
    (tweet,) = tweets
    assert tweet.text == (
        "Clearing operations started in #LashkarGah city last night, the terrorists are "
        "surrounded. #Terrorists have no way out of the city."
    )
    assert tweet.said_on == date(2021, 8, 5)


RAW_UNKNOWN_ACCOUNT = """Embassy urges citizens to leave

The German embassy urged its citizens to leave on the next flights.

German nationals should leave Afghanistan now. Consular help is very limited. — Auswaertiges Amt Kabul (@GermanyinAFG) August 8, 2021

The Taliban said they had taken Kunduz.
"""  # noqa: E501


def test_an_account_missing_from_the_lexicon_is_a_new_actor_for_review(lexicon, gazetteer):
    _, statements = _with_tweets(RAW_UNKNOWN_ACCOUNT, lexicon, gazetteer)
    (tweet,) = [s for s in statements if s.kind == "direct"]
    assert (tweet.speaker.name, tweet.speaker.known) == ("Auswaertiges Amt Kabul", False)
    assert tweet.text == (
        "German nationals should leave Afghanistan now. Consular help is very limited."
    )
    assert tweet.said_on == date(2021, 8, 8)


def test_without_tweets_the_signature_less_text_is_not_a_statement(lexicon, gazetteer):
    cleaned = clean(RAW_KNOWN_AUTHOR, "article.txt")
    statements = find_statements(cleaned.text, parse(cleaned.text), lexicon, gazetteer, PUBLISHED)
    assert [s.kind for s in statements] == ["reported"]


# -- tweets pasted as cards ----------------------------------------------------------------------

RAW_CARDS = """Taliban claim Kunduz as fighting spreads in the north

The Taliban said on Sunday they had captured Kunduz, the capital of the northern province of the same name.

ذبیح الله مجاهد
@Zabehulah_M33
·
Follow
The mujahideen of the Islamic Emirate have taken control of Kunduz city. The governor's compound and the police headquarters are in our hands.
11:02 AM · Aug 8, 2021
Read the full conversation on Twitter
2.4K
Reply
Copy link
Read 310 replies

Government officials said fighting continued near the airport.

Fawad Aman
@FawadAman2
Follow
Afghan forces are clearing the city.

Reinforcements have reached Kunduz airport.
9:31 PM · Aug 8, 2021
1.2K
Reply
Copy link

Residents said shops were closed.
"""  # noqa: E501


def test_a_tweet_card_is_a_direct_statement_of_the_account_behind_its_handle(lexicon, gazetteer):
    cleaned, statements = _with_tweets(RAW_CARDS, lexicon, gazetteer)
    mujahid = [s for s in statements if s.speaker.name == "Zabihullah Mujahid"]
    (tweet,) = mujahid  # the display name is Dari only: the handle names him
    assert (tweet.kind, tweet.said_on) == ("direct", date(2021, 8, 8))
    assert tweet.on_behalf_of.name == "Taliban"
    assert tweet.text == (
        "The mujahideen of the Islamic Emirate have taken control of Kunduz city. The "
        "governor's compound and the police headquarters are in our hands."
    )
    assert tweet.evidence.text == cleaned.text[tweet.evidence.start : tweet.evidence.end]


def test_a_tweet_card_of_two_paragraphs_is_one_statement_without_its_buttons(lexicon, gazetteer):
    _, statements = _with_tweets(RAW_CARDS, lexicon, gazetteer)
    (tweet,) = [s for s in statements if s.speaker.name == "Fawad Aman"]
    assert (tweet.kind, tweet.said_on) == ("direct", date(2021, 8, 8))
    assert (
        tweet.text
        == "Afghan forces are clearing the city. Reinforcements have reached Kunduz airport."
    )
    # the sentences around the cards stay what they were
    assert [s.speaker.name for s in statements if s.kind == "reported"] == ["Taliban"]


def test_a_card_copied_with_hard_spaces_and_invisible_marks_is_still_read(lexicon, gazetteer):
    raw = (
        RAW_CARDS.replace("@FawadAman2\n", "@FawadAman2\u200b \n")
        .replace("Afghan forces are clearing", "Afghan forces\u00a0are clearing")
        .replace("9:31 PM · Aug 8", "9:31\u00a0PM · Aug 8")
    )
    _, statements = _with_tweets(raw, lexicon, gazetteer)
    (tweet,) = [s for s in statements if s.speaker.name == "Fawad Aman"]
    assert (
        tweet.text
        == "Afghan forces are clearing the city. Reinforcements have reached Kunduz airport."
    )
    assert tweet.said_on == date(2021, 8, 8)


RAW_CARD_AND_SIGNATURE = """date 2021-08-12
Embassy tells citizens to leave as Ghazni falls

The US embassy in Kabul urged American citizens to leave the country immediately.

U.S. Embassy Kabul
@USEmbassyKabul
·
Follow
The U.S. Embassy urges U.S. citizens to leave Afghanistan immediately using available commercial flight options.
4:12 PM · Aug 12, 2021
Reply
Copy link

The Taliban posted their own message later in the day.

The city of Ghazni has been conquered by the mujahideen. pic.twitter.com/Gh4z1N2k

— Zabihullah Mujahid (@Zabehulah_M33) August 12, 2021
"""  # noqa: E501


def test_a_card_and_a_signed_tweet_in_one_article_are_each_their_authors(lexicon, gazetteer):
    _, statements = _with_tweets(RAW_CARD_AND_SIGNATURE, lexicon, gazetteer)
    direct = [(s.speaker.name, s.text[:30], s.said_on) for s in statements if s.kind == "direct"]
    assert direct == [
        ("US Embassy in Kabul", "The U.S. Embassy urges U.S. ci", date(2021, 8, 12)),
        ("Zabihullah Mujahid", "The city of Ghazni has been co", date(2021, 8, 12)),
    ]


RAW_UNKNOWN_CARD = """Aid group warns of displacement

Thousands of families have fled to Kabul, aid groups said.

Kabul Relief Volunteers
@KabulReliefVol
Follow
More than 400 families arrived in Shahr-e Naw park overnight. They need water and tents.
8:05 AM · Aug 11, 2021
Reply
Copy link
"""


def test_a_card_of_an_account_missing_from_the_lexicon_is_a_new_actor(lexicon, gazetteer):
    _, statements = _with_tweets(RAW_UNKNOWN_CARD, lexicon, gazetteer)
    (tweet,) = [s for s in statements if s.kind == "direct"]
    assert (tweet.speaker.name, tweet.speaker.known) == ("Kabul Relief Volunteers", False)
    assert tweet.said_on == date(2021, 8, 11)
    assert tweet.text.startswith("More than 400 families arrived")


# -- the nlp2 blind set --------------------------------------------------------------------------

BLIND = json.loads((HERE / "labels" / "statements_nlp2_blind.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def blind_statements(lexicon, gazetteer):
    found = {}
    for name in BLIND["articles"]:
        raw = decode_bytes((HERE / "articles" / name).read_bytes())
        found[name] = _with_tweets(raw, lexicon, gazetteer)[1]
    return found


def test_blind_set_nlp2_against_hand_labels(blind_statements):
    """Labels written before the first run; first run: precision 1.00, recall 0.80, speakers
    0.73, on-behalf 0/3, tweet days 0/5."""
    counts = score(BLIND["articles"], blind_statements)["counts"]
    assert counts["matched"] / counts["found"] >= 0.95
    assert counts["hit"] / counts["labels"] >= 0.95
    assert counts["speakers_ok"] / counts["speakers"] >= 0.95
    assert counts["behalf_ok"] == 3
    assert counts["dates_ok"] == 5
