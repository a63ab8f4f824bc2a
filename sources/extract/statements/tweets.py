"""Embedded tweets: the tweet's text, left in the body above its removed signature line, is a
direct statement of the tweet's author, said on the tweet's day.

Cleaning drops the signature ("— Name (@handle) August 9, 2021") and keeps the text, so the
text is found through the raw article: the lines just above the signature, cleaned the same
way, located in the body. Text on the signature's own line is the whole tweet. Otherwise a
tweet is at most 280 characters: lines above the nearest one join it only while they fit, hold
no statement of their own, are not the headline and do not introduce it ("...said:").

A tweet pasted as a card (name, "@handle" alone on a line, "Follow", the words, "9:31 AM · Aug
5, 2021", buttons) has no signature line: its words are the lines between the handle and the
time stamp that cleaning kept, in the body one after another.
"""

import re
from collections.abc import Sequence

from sources.extract.actors import guess_kind, resolve_actor
from sources.extract.boilerplate import PHOTO_TOKEN, TWEET_LINK
from sources.extract.decode import SPACES
from sources.extract.records import ActorMention, Tweet
from sources.extract.statements.speakers import body_spoken_for
from sources.extract.statements.state import _make, _State

_TWEET_LENGTH = 280


def tweet_statements(state: _State, tweets: Sequence[Tweet], raw: str) -> None:
    """Add each located tweet as a direct statement, replacing what was read inside it."""
    lines = raw.split("\n")
    # Cleaning lists signatures first and cards after them: each kind in its own raw order.
    cursor = card_cursor = 0
    for tweet in tweets:
        if _is_card(tweet):
            at = _card_line(lines, tweet, card_cursor)
            if at is None:
                continue
            card_cursor = at + 1
            body = _card_body(state, lines, at)
        else:
            at = _signature_line(lines, tweet, cursor)
            if at is None:
                continue
            cursor = at + 1
            body = _body(state, lines, at, tweet)
        speaker = _author(state, tweet)
        if body is None or speaker is None:
            continue
        start, end = body
        state.statements = [s for s in state.statements if not start <= s.evidence.start < end]
        words = " ".join(state.text[start:end].split())
        statement = _make(state, speaker, words, "direct", body, 0.8, None, tweet.posted_on)
        statement.on_behalf_of = body_spoken_for(state, speaker)


def _signature_line(lines: list[str], tweet: Tweet, cursor: int) -> int | None:
    handle = re.compile(rf"\(\s*@\s*{re.escape(tweet.handle)}\s*\)")
    for i in range(cursor, len(lines)):
        if handle.search(lines[i]):
            return i
    return None


def _is_card(tweet: Tweet) -> bool:
    # A signature is "— Name (@handle) date"; a card's line is written without the dash.
    return bool(tweet.line.strip()) and not re.match(r"\s*[-—–]", tweet.line)


_CARD_STAMP = re.compile(r"^\s*\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·•|-]")
_CARD_SCAN = 12  # filled lines from the handle to the time stamp, as cleaning reads a card


def _card_line(lines: list[str], tweet: Tweet, cursor: int) -> int | None:
    """The line of the card's "@handle" alone."""
    handle = re.compile(rf"^@{re.escape(tweet.handle)}$")
    for i in range(cursor, len(lines)):
        if handle.match(_card_text(lines[i])):
            return i
    return None


_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")


def _card_text(line: str) -> str:
    """A raw line as cleaning leaves it in the body (spaces, invisible marks, links)."""
    return _clean(SPACES.sub(" ", _INVISIBLE.sub("", line)))


def _card_body(state: _State, lines: list[str], at: int) -> tuple[int, int] | None:
    """Range in the cleaned text of the lines between the card's handle and its time stamp
    that cleaning kept; the buttons before the words ("Follow", "·") are gone from the text, so
    the words are the longest run of those lines standing next to each other in it."""
    text = state.text
    runs: list[list[tuple[int, int]]] = []
    for line in [line for line in lines[at + 1 :] if line.strip()][:_CARD_SCAN]:
        if _CARD_STAMP.match(line):
            break
        cleaned = _card_text(line)
        if not cleaned:
            continue
        whole_line = re.compile(rf"(?m)^[ \t]*({re.escape(cleaned)})[ \t]*$")
        after = runs[-1][-1][1] if runs else 0
        found = whole_line.search(text, after) or whole_line.search(text)
        if found is None:
            continue
        if runs and found.start(1) >= after and not text[after : found.start(1)].strip():
            runs[-1].append(found.span(1))
        else:
            runs.append([found.span(1)])
    else:
        return None  # no time stamp: not a card
    if not runs:
        return None
    run = max(runs, key=lambda r: r[-1][1] - r[0][0])
    return run[0][0], run[-1][1]


def _clean(line: str) -> str:
    return PHOTO_TOKEN.sub("", TWEET_LINK.sub("", line)).strip()


def _body(state: _State, lines: list[str], at: int, tweet: Tweet) -> tuple[int, int] | None:
    """Range in the cleaned text of the tweet's paragraphs."""
    text = state.text
    signature = lines[at]
    mark = re.search(r"[-—–]{1,2}\s*" + re.escape(tweet.author[:1]), signature)
    same_line = _clean(signature[: mark.start()]) if mark else ""
    # Text on the signature's own line is the whole tweet; otherwise it is the lines above.
    above = [same_line] if same_line else list(reversed(lines[:at]))
    found: list[tuple[int, int]] = []
    length = 0
    for line in above:
        cleaned = _clean(line)
        if not cleaned:
            continue
        if found and (cleaned.endswith(":") or re.search(r"[\"“”]", cleaned)):
            break  # the words introducing the tweet, or another quote
        start = text.rfind(cleaned, 0, found[0][0] if found else len(text))
        if start < 0:
            break
        end = start + len(cleaned)
        length += len(cleaned)
        if found and (length > _TWEET_LENGTH or start == 0 or _holds_statement(state, start, end)):
            break  # too long for one tweet, the headline, or another statement
        found.insert(0, (start, end))
        if len(found) == 1 and len(cleaned) > _TWEET_LENGTH:
            break
    if not found:
        return None
    return found[0][0], found[-1][1]


def _holds_statement(state: _State, start: int, end: int) -> bool:
    return any(start <= s.evidence.start < end for s in state.statements)


def _author(state: _State, tweet: Tweet) -> ActorMention | None:
    """The lexicon actor or the person of the article behind the account; otherwise the
    account itself, as a new actor for review."""
    # "Zabihullah (..ذبـــیح الله م )": the display name without its other-script part.
    name = re.sub(r"\s*\([^)]*\)|[^\x00-\u024f]+", " ", tweet.author)
    name = " ".join(name.split()) or tweet.author
    known = resolve_actor(name, state.lexicon) or resolve_actor(tweet.handle, state.lexicon)
    if known is not None:
        return known
    person = _person_named(state, name)
    if person is not None:
        return ActorMention(
            name=person.name,
            kind=person.kind,
            surface=name,
            affiliation=person.affiliation,
            description=person.description,
            known=person.known,
        )
    if not re.search(r"[^\W\d_]", name):
        return None
    kind = guess_kind(name)
    person_like = re.fullmatch(r"(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+", name)
    return ActorMention(
        name=name,
        kind="person" if kind == "other" and person_like else kind,
        surface=name,
        known=False,
    )


def _person_named(state: _State, name: str):
    """The person of the article whose name holds every word of the display name, or the
    lexicon's only such person ("Zabihullah" for Zabihullah Mujahid)."""
    words = set(name.casefold().split())
    if not words:
        return None
    for m in reversed(state.actors):
        if m.kind == "person" and words <= set(m.name.casefold().split()):
            return m
    known = [
        e
        for e in state.lexicon.entries
        if e.kind == "person" and words <= set(e.name.casefold().split())
    ]
    return known[0].mention(name) if len(known) == 1 else None
