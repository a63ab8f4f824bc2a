"""Organisations referred back to by a common noun: "the group said", "the ministry added".

An actor whose own name holds the noun ("the Mission": the UN Assistance Mission) comes first.
Otherwise the noun decides which kinds of actor it may stand for, a word before it may narrow
that ("the rights group", "the militants' group"), and the actor is the most recent fitting
one, first among those that spoke or were the subject of a sentence, within the current
paragraph and the two before it. Only when nothing fits there is the rest of the text
searched; there is no default actor.
"""

import re

from sources.extract.records import ActorMention
from sources.extract.statements.state import _State

# Nouns that fit actors of these kinds.
_NOUN_KINDS = {
    "group": {"ngo", "armed_group", "other"},
    "organisation": {"ngo", "international_org", "other"},
    "organization": {"ngo", "international_org", "other"},
    "charity": {"ngo"},
    "ngo": {"ngo"},
    "agency": {"international_org", "government"},
    "mission": {"international_org", "foreign_government"},
    "government": {"government", "foreign_government"},
    "movement": {"armed_group"},
    "insurgency": {"armed_group"},
    "insurgents": {"armed_group"},
    "militants": {"armed_group"},
    "rebels": {"armed_group"},
    "alliance": {"international_org", "armed_group", "foreign_government"},
    "coalition": {"international_org", "armed_group", "foreign_government"},
    "body": {"international_org", "government", "foreign_government", "ngo", "other"},
}
# Nouns that only fit an actor whose own name holds them: "the ministry", "the embassy".
_NAMED_NOUNS = {
    "ministry", "embassy", "embassies", "council", "office", "department", "palace", "committee",
    "commission", "directorate", "consulate",
}  # fmt: skip
# Words before the noun that narrow the kinds: "the rights group", "the insurgent group".
_QUALIFIER_KINDS = [
    (r"militant|insurgent|armed|jihadi|extremist|islamist|taliban|rebel", {"armed_group"}),
    (r"rights|aid|humanitarian|relief|medical|charity|advocacy|watchdog", {"ngo", "other"}),
    (r"^(?:un|u\.n\.|united nations|world body)$", {"international_org"}),
]
ANAPHORA = "|".join(sorted({*_NOUN_KINDS, *_NAMED_NOUNS}, key=len, reverse=True))
_PHRASE = re.compile(
    rf"\b(?:the|this|that)\s+((?:[\w.’'-]+\s+){{0,3}}?)({ANAPHORA})$", re.IGNORECASE
)
_NEVER = {"person", "media", "civilians"}


def anaphor(state: _State, words: str, pos: int) -> ActorMention | None:
    """The organisation that "the <noun>" at the end of `words` (read before `pos`) stands for."""
    m = _PHRASE.search(words.strip())
    if not m:
        return None
    noun, qualifier = m.group(2).casefold(), m.group(1).casefold().strip()

    kinds = set() if noun in _NAMED_NOUNS else _NOUN_KINDS[noun]
    for pattern, narrowed in _QUALIFIER_KINDS:
        if qualifier and re.search(pattern, qualifier):
            kinds = kinds & narrowed or narrowed
            break

    def named(actor: ActorMention) -> bool:
        names = f"{actor.name} {actor.surface}".casefold()
        if noun == "ministry" and "foreign office" in names:
            return True  # Pakistan's and Britain's foreign ministries are "Foreign Offices"
        return noun.rstrip("s") in actor.name.casefold() or noun in actor.surface.casefold()

    earlier = [
        a for a in state.actors if a.span is not None and a.span.end <= pos and a.kind not in _NEVER
    ]
    # "the Mission" is the UN Assistance Mission however far back; a kind is only a guess,
    # so it looks near first.
    by_name = [a for a in earlier if named(a) and (not qualifier or a.kind in kinds)]
    if by_name:
        return by_name[-1]
    by_kind = [a for a in earlier if a.kind in kinds]
    window = _window_start(state.text, pos)
    for pool in ([a for a in by_kind if a.span.start >= window], by_kind):
        prominent = [a for a in pool if _speaks_or_acts(state, a)]
        if prominent or pool:
            return (prominent or pool)[-1]
    return None


def _window_start(text: str, pos: int, paragraphs: int = 2) -> int:
    """Start of the paragraph `paragraphs` before the one holding `pos`."""
    starts = [m.start() for m in re.finditer(r"(?m)^(?=\S)", text[:pos])]
    return starts[-1 - paragraphs] if len(starts) > paragraphs else 0


def _speaks_or_acts(state: _State, actor: ActorMention) -> bool:
    """The actor spoke (an earlier statement's speaker) or is a clause's subject."""
    for s in state.statements:
        if s.speaker is not None and s.speaker.span == actor.span:
            return True
    span = state.doc.char_span(actor.span.start, actor.span.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in {"compound", "appos", "flat", "amod", "conj"} and tok.head is not tok:
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass"}
