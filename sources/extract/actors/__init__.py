"""Actor mentions: lexicon actors, people named with a role, and organisations that speak.

spaCy's entities are only candidates: the lexicon and the gazetteer decide, and a person or a
new organisation needs a context that confirms it (a title, an apposition, a speech verb).
"""

import re

from spacy.tokens import Doc

from sources.extract.actors.affiliations import affiliate_by_reference, role_affiliation
from sources.extract.actors.lexicon import Lexicon, LexiconEntry, _fold, is_outlet, resolve_actor
from sources.extract.actors.organisations import (
    _compound_organisations,
    _described_organisations,
    _foreign_bodies,
    _media_as_party,
    _new_organisations,
    _with_defined_acronyms,
    guess_kind,
)
from sources.extract.actors.people import _find_people, _surname_mentions
from sources.extract.actors.vocabulary import HONORIFICS, OUTLETS, SPEECH_VERBS, TITLE_WORDS
from sources.extract.places import Gazetteer
from sources.extract.records import ActorMention, Span


def _doc(doc_or_text: Doc | str) -> Doc:
    if isinstance(doc_or_text, Doc):
        return doc_or_text
    from sources.extract.nlp import parse

    return parse(doc_or_text)


def find_actors(
    doc_or_text: Doc | str,
    lexicon: Lexicon,
    gazetteer: Gazetteer | None = None,
    offset: int = 0,
) -> list[ActorMention]:
    """Every actor mention in the text, in order, without overlaps. Offsets index the parsed
    text plus `offset`."""
    doc = _doc(doc_or_text)
    text = doc.text
    mentions: list[ActorMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(m: ActorMention) -> None:
        mentions.append(m)
        taken.append((m.span.start - offset, m.span.end - offset))

    found = _with_defined_acronyms(text, lexicon.find(text), lexicon)
    found = [f for f in found if not _namesake(text, f, lexicon, gazetteer)]
    for m in [
        *_foreign_bodies(text, found, offset),
        *_compound_organisations(doc, found, lexicon, gazetteer, offset),
    ]:
        if not free(m.span.start - offset, m.span.end - offset):
            continue
        found = [f for f in found if f[1] <= m.span.start - offset or f[0] >= m.span.end - offset]
        add(m)
    for start, end, entry in found:
        if text[end : end + 1] == "." and len(text[start:end].split(".")[-1]) == 1:
            end += 1  # "U.S." keeps its last dot
        surface = text[start:end]
        if entry.kind == "media" and not _media_as_party(text, start, end):
            continue
        add(entry.mention(surface, Span(start + offset, end + offset, surface)))

    # Before people: "aid group Mercy Corps said" is not a person.
    for m in list(_described_organisations(text, lexicon, gazetteer, offset, free)):
        add(m)
    people = list(_find_people(doc, lexicon, gazetteer, offset, free))
    full_names = {
        _fold(m.name.split()[-1]): m
        for m in [*mentions, *people]
        if m.kind == "person" and len(m.name.split()) >= 2
    }
    for m in people:
        if len(m.name.split()) == 1 and _fold(m.name) in full_names:
            continue  # "Sullivan said": left to the surname pass, which knows the full name
        add(m)
    for m in _new_organisations(doc, lexicon, gazetteer, offset, free):
        add(m)
    for m in _surname_mentions(doc, mentions, offset, free, gazetteer):
        add(m)
    mentions.sort(key=lambda m: m.span.start)
    mentions = _namesakes_met(mentions)
    affiliate_by_reference(mentions)
    return mentions


def _namesakes_met(mentions: list[ActorMention]) -> list[ActorMention]:
    """ "Hasibullah Stanekzai ... Mr. Stanekzai told": a bare surname is the namesake named in
    full before, unless the lexicon person of that surname was named before the namesake."""
    out: list[ActorMention] = []
    for m in mentions:
        words = m.surface.split()
        if m.kind == "person" and m.known and len(words) == 1:
            full = [
                p
                for p in out
                if p.kind == "person" and len(p.surface.split()) >= 2
                and _fold(p.name.split()[-1]) == _fold(words[0])
            ]  # fmt: skip
            # "Dostum's son, Batur Dostum": the text named the lexicon's Dostum first, so a
            # later "Dostum" is still him.
            first = full and any(
                p.name == m.name and p.span.start < full[-1].span.start for p in out
            )
            if full and full[-1].name != m.name and not full[-1].known and not first:
                chosen = full[-1]
                m = ActorMention(
                    name=chosen.name,
                    kind="person",
                    surface=m.surface,
                    affiliation=chosen.affiliation,
                    description=chosen.description,
                    known=False,
                    span=m.span,
                )
        out.append(m)
    return out


def _namesake(text: str, found, lexicon: Lexicon, gazetteer) -> bool:
    """ "Batur Dostum", "Hasibullah Stanekzai": a lexicon person's bare surname right after
    another capitalised given name is someone else of that family."""
    start, end, entry = found
    if entry.kind != "person" or " " in text[start:end].strip():
        return False
    given = re.search(r"([A-Z][\w’'-]+)\s+$", text[max(0, start - 30) : start])
    if given is None:
        return False
    word = given.group(1)
    if word.casefold().rstrip(".") in HONORIFICS or word.casefold() in TITLE_WORDS:
        return False  # "General Dostum", "Mr Stanekzai"
    if lexicon.resolve(word) or (gazetteer is not None and gazetteer.lookup(word)):
        return False  # "Taliban Mujahid", "Kabul Ghani": no given name
    return word.casefold() not in _NOT_GIVEN_NAMES


_NOT_GIVEN_NAMES = {
    "the", "a", "an", "marshal", "ustad", "amir", "mawlawi", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december",
}  # fmt: skip


__all__ = [
    "HONORIFICS",
    "OUTLETS",
    "SPEECH_VERBS",
    "TITLE_WORDS",
    "Lexicon",
    "LexiconEntry",
    "find_actors",
    "guess_kind",
    "is_outlet",
    "resolve_actor",
    "role_affiliation",
]
