"""What one article's statement search carries, and how a statement is built and dated."""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc

from sources.extract.actors import Lexicon
from sources.extract.places import Gazetteer
from sources.extract.records import ActorMention, ExtractedStatement, Span
from sources.extract.statements.vocabulary import _DATE_PHRASE, _MONTHS, _WEEKDAYS


@dataclass
class _Quote:
    open: int  # index of the opening mark (or of the paragraph start when it has none)
    close: int  # index of the closing mark, or the paragraph end
    content_start: int
    content_end: int
    paragraph: int
    closed: bool = True
    continued_from: "_Quote | None" = None


@dataclass
class _State:
    text: str
    doc: Doc
    actors: list[ActorMention]
    lexicon: Lexicon
    published: date | None
    gazetteer: Gazetteer | None = None
    statements: list[ExtractedStatement] = field(default_factory=list)
    last_in_paragraph: dict[int, ExtractedStatement] = field(default_factory=dict)
    # "The Taliban said in a statement:" alone on its line introduces the next paragraph.
    leads: dict[int, tuple[int, int]] = field(default_factory=dict)


# -- building statements ------------------------------------------------------------------------


def _make(
    state: _State,
    speaker: ActorMention | None,
    sentence: str,
    kind: str,
    ev: tuple[int, int],
    conf: float,
    att: tuple[int, int] | None,
    said_on: date | None = None,
) -> ExtractedStatement:
    ev_start, ev_end = ev
    while ev_start < ev_end and state.text[ev_start].isspace():
        ev_start += 1
    while ev_end > ev_start and state.text[ev_end - 1].isspace():
        ev_end -= 1
    statement = ExtractedStatement(
        speaker=speaker,
        on_behalf_of=None,
        text=sentence,
        kind=kind,
        said_on=said_on
        or (_said_on(state, att, (ev_start, ev_end), kind) if att else state.published),
        evidence=Span(ev_start, ev_end, state.text[ev_start:ev_end]),
        confidence=round(conf, 2),
    )
    state.statements.append(statement)
    return statement


def _said_on(state: _State, att: tuple[int, int], ev: tuple[int, int], kind: str) -> date | None:
    """The day of the saying, read around the attribution only: the reported clause's dates
    are the event's ("UNAMA said 40 were killed on Tuesday" was not said on Tuesday)."""
    text = state.text
    att_start, att_end = att
    if kind == "direct":
        windows = [text[att_start:att_end]]
    else:
        # "said in a statement (released here) Tuesday that ...": the day right after.
        right_after = re.match(
            r"\s*(?:(?:in|during|at)\s+(?:a|an|the)\s+\w+(?:\s+\w+)?\s+)?"
            r"(?:(?:released|issued|published|posted)\s+)?(?:here\s+)?",
            text[att_end : ev[1]],
        )
        after = text[att_end + right_after.end() : ev[1]]
        # "..., the ministry said in a statement, adding that ...": the added words are more
        # reported speech, not the sentence going on after the attribution.
        rest = re.split(r",\s*(?:adding|saying|noting)\b", text[att_end : ev[1]])[0]
        # "..., the ministry said in a statement released here Tuesday.": after a verb that
        # ends the sentence, every word is attribution.
        at_end = len(rest.split()) <= 10 and re.match(
            r"\s*(?:[,.;]|(?:in|on|at|during|late|early|last|here|this|today|yesterday|"
            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)",
            rest,
        )
        windows = [rest if at_end else (after[:30] if _DATE_PHRASE.match(after) else "")]
        # Before the verb only when the sentence goes on after it ("On July 31, X denounced
        # the attack"); a verb at the end follows the reported clause ("..., X said").
        if len(rest.split()) > 3:
            windows.append(text[max(ev[0], att_start - 80) : att_start])
        intro = re.match(
            r"(?:In an? \w+|On|Late on|Early on|Speaking on)\b[^,]{0,40},", text[ev[0] :]
        )
        if intro:  # "In a statement issued Tuesday, ..." dates the saying wherever the verb is
            windows.append(intro.group(0))
    for window in windows:
        m = _DATE_PHRASE.search(window)
        if m:
            return _resolve_date(m.group(0), state.published)
    return state.published


def _resolve_date(phrase: str, published: date | None) -> date | None:
    # "Wednesday (July 14th)": the day in brackets is the exact one.
    bracketed = re.search(r"\(([^)]*\d[^)]*)\)", phrase)
    if bracketed:
        phrase = bracketed.group(1)
    try:
        from sources.extract.dates import resolve
    except ImportError:  # the dates module is another helper's; keep working without it
        resolve = None
    if resolve is not None:
        resolved = resolve(phrase, published)
        if resolved is not None:
            return resolved.value if resolved.precision == "day" else None
    return _fallback_date(phrase, published)


def _fallback_date(phrase: str, published: date | None) -> date | None:
    low = phrase.casefold()
    for i, month in enumerate(_MONTHS, start=1):
        m = re.search(rf"(?:{month}\s+(\d{{1,2}})|(\d{{1,2}})(?:st|nd|rd|th)?\s+{month})", low)
        if m and published:
            day = int(m.group(1) or m.group(2))
            try:
                value = date(published.year, i, day)
            except ValueError:
                return None
            return (
                value
                if value <= published + timedelta(days=1)
                else value.replace(year=value.year - 1)
            )
    if published is None:
        return None
    if "yesterday" in low:
        return published - timedelta(days=1)
    if "today" in low:
        return published
    for i, day in enumerate(_WEEKDAYS):
        if day in low:
            back = (published.weekday() - i) % 7
            return published - timedelta(days=back)
    return None  # "last week": no day to give
