"""Tweets embedded as cards: name, handle and time read as the tweet's signature, buttons out,
the tweet's words kept."""

from datetime import date

from sources.extract.clean import clean
from sources.extract.published import infer_publication_date

LEAD = (
    "Afghan forces launched a counterattack in Lashkar Gah, officials said, as the Taliban "
    "pressed their offensive in the south."
)
TWEET = "Clearing operations have started in #Lashkargah city, the capital of Helmand province."
CARD = f"""Fawad Aman
@FawadAman2
·
Follow
{TWEET}
9:31 AM · Aug 5, 2021
Read the full conversation on Twitter
1.2K
Reply
Copy link
Read 45 replies"""


def test_a_tweet_card_gives_the_tweet_and_keeps_its_words():
    cleaned = clean(f"{LEAD}\n\n{CARD}\n\n{LEAD}")
    assert [(t.author, t.handle, t.posted_on) for t in cleaned.tweets] == [
        ("Fawad Aman", "FawadAman2", date(2021, 8, 5))
    ]
    assert cleaned.text == f"{LEAD}\n\n{TWEET}\n\n{LEAD}"
    assert infer_publication_date(cleaned).value == date(2021, 8, 5)


def test_a_handle_alone_without_a_time_stamp_is_not_a_card():
    raw = f"{LEAD}\n\nFawad Aman\n@FawadAman2\n\n{LEAD}"
    cleaned = clean(raw)
    assert cleaned.tweets == []
    assert "@FawadAman2" in cleaned.text
