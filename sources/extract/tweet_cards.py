"""Tweets embedded as cards and copied with their page: the author's name, "@handle" alone on
a line, "Follow", the tweet's words, "9:31 AM · Aug 5, 2021", then the card's buttons ("Read
the full conversation on Twitter", "Reply", "Copy link", "1.2K"). The name, handle and time
are who tweeted and when (like a "— Name (@handle) August 5, 2021" signature); the buttons
are boilerplate; the tweet's words stay in the body."""

import re
from datetime import date, datetime

from sources.extract.records import Tweet

_HANDLE = re.compile(r"^@(?P<handle>\w{1,30})$")
_STAMP = re.compile(
    r"^\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·•|-]\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})$"
)
_BUTTON = re.compile(
    r"^(?:[·•]|follow|following|reply|replies|retweet|retweets|like|likes|share|copy link|"
    r"copy link to tweet|read the full conversation on twitter|read \d[\d.,]*[km]? repl(?:y|ies)|"
    r"[\d.,]+[km]?|twitter ads info and privacy|replying to @\w+|see .{1,40} on twitter|"
    r"see the latest covid-19 information on twitter|show this thread|translate tweet)$",
    re.IGNORECASE,
)
_SCAN = 12  # lines from the handle to the time stamp, the tweet's words in between


def parse_tweet_date(text: str) -> date | None:
    """A tweet's date as signatures and cards print it ("August 5, 2021", "5 Aug 2021")."""
    text = re.sub(r"\s+", " ", text.replace(".", "").replace(",", "")).strip()
    for fmt in ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def read_tweet_cards(lines: list[str], dropped: list[bool]) -> list[Tweet]:
    """The tweets of the cards in `lines`; marks their name, handle, time and buttons dropped."""
    filled = [i for i, line in enumerate(lines) if line]
    tweets = []
    for n, i in enumerate(filled):
        handle = _HANDLE.match(lines[i])
        if not handle or n == 0:
            continue
        author = filled[n - 1]
        if len(lines[author].split()) > 6:
            continue
        after = filled[n + 1 : n + 1 + _SCAN]
        stamp_at = next((j for j in after if _STAMP.match(lines[j])), None)
        if stamp_at is None:
            continue
        stamp = _STAMP.match(lines[stamp_at])
        for j in [author, i, stamp_at]:
            dropped[j] = True
        for j in after:
            if j > stamp_at and not _BUTTON.match(lines[j]):
                break
            if _BUTTON.match(lines[j]):
                dropped[j] = True
        tweets.append(
            Tweet(
                author=lines[author],
                handle=handle["handle"],
                posted_on=parse_tweet_date(stamp["date"]),
                line=f"{lines[author]} (@{handle['handle']}) {stamp['date']}",
            )
        )
    return tweets
