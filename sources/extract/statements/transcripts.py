"""Briefing transcripts: "MR PRICE: ..." paragraphs are the named official's own words."""

import re

from sources.extract.actors.lexicon import _fold
from sources.extract.records import ActorMention, ExtractedStatement
from sources.extract.statements.speakers import body_spoken_for
from sources.extract.statements.state import _make, _State

# A speaker's label as transcripts print it, in capitals before a colon: a title and a
# surname ("MR PRICE:", "GEN. MILLEY:") or a full name and title ("SECRETARY OF DEFENSE LLOYD
# J. AUSTIN III:"); the surname is its last word before a generational suffix.
_LABEL = re.compile(
    r"(?:[A-Z][A-Z.’'-]*\s+){1,7}?(?P<surname>[A-Z][A-Z’'-]+)(?:\s+(?:III|II|IV|JR\.?|SR\.?))?"
    r"\s*:\s+"
)
# A reporter's question is no statement.
QUESTION = re.compile(r"(?:Q|QUESTION|REPORTER|QUESTIONER)\s*:\s")


def transcript_statement(state: _State, start: int, end: int) -> ExtractedStatement | None:
    """The statement of a paragraph that opens with a speaker's label, or None."""
    m = _LABEL.match(state.text, start, end)
    if m is None:
        return None
    body_start = m.end()
    if len(re.findall(r"[^\W\d_]+", state.text[body_start:end])) < 5:
        return None  # "MR PRICE: Good afternoon."
    speaker = _named(state, m.group("surname"))
    if speaker is None:
        return None
    statement = _make(
        state, speaker, state.text[body_start:end], "direct", (body_start, end), 0.8, None
    )
    statement.on_behalf_of = body_spoken_for(state, speaker)
    return statement


def _named(state: _State, surname: str) -> ActorMention | None:
    """The person of that surname: named in the text, else the lexicon's only one."""
    folded = _fold(surname)
    for m in state.actors:
        if m.kind == "person" and _fold(m.name.split()[-1]) == folded:
            return m
    known = [
        e
        for e in state.lexicon.entries
        if e.kind == "person" and _fold(e.name.split()[-1]) == folded
    ]
    # "MR KHAN" could be any of several Khans: only a surname the lexicon holds once.
    return known[0].mention(surname.title()) if len(known) == 1 else None
