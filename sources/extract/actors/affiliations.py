"""The body a person serves, read from their role: "Taliban spokesman" (the Taliban),
"Interior Minister" (the ministry), "a senior Afghan official" (the Afghan government), "the
charity's programme coordinator" (the charity named before)."""

import re

from sources.extract.actors.lexicon import Lexicon
from sources.extract.records import ActorMention


def role_affiliation(phrase: str, lexicon: Lexicon, gazetteer) -> str | None:
    """The lexicon name of the body a role phrase serves: "Taliban spokesman" (Taliban),
    "the Herat governor's spokesman" (the Afghan government)."""
    national = _national_official(phrase, lexicon)
    for start, _end, entry in lexicon.find(phrase):
        if entry.kind == "person":
            continue
        if gazetteer is not None and gazetteer.lookup(entry.name) and entry.kind == "country":
            continue
        if national is not None and national[0] < start:
            break  # "Afghan ambassador to Pakistan" serves Kabul
        return entry.name
    return (
        _ministry_of_minister(phrase, lexicon)
        or (national[1] if national else None)
        or _afghan_office(phrase, lexicon, gazetteer)
    )


_MINISTER = re.compile(
    r"\b(?P<before>(?:[A-Z][a-z]+\s+){1,3})(?:Deputy\s+)?Minister\b(?!\s+of)"
    r"|\bMinister\s+(?P<of>of\s+(?:[A-Z][a-z]+\s*){1,3})",
)


def _ministry_of_minister(phrase: str, lexicon: Lexicon) -> str | None:
    """ "Interior Minister" serves the Interior Ministry; "Pakistani Foreign Minister" serves
    Pakistan, not the Afghan ministry of the same name."""
    m = _MINISTER.search(phrase)
    if m is None:
        return None
    words = (m.group("before") or "").split()
    country = lexicon.resolve(f"{words[0]} government") if words else None
    if country is not None:
        words = words[1:]
    ministry = (
        lexicon.resolve(f"Ministry {m.group('of').strip()}")
        if m.group("of")
        else lexicon.resolve(" ".join([*words, "Ministry"]))
        if words
        else None
    )
    if country is not None and (ministry is None or ministry.affiliation != country.name):
        return country.name
    return ministry.name if ministry is not None and ministry.kind != "person" else None


# "a senior Afghan official", "Pakistani diplomats": a nationality before a word for someone
# serving the state is that country's government. Only such words: an "Afghan analyst" or an
# "Afghan journalist" serves no one.
_NATIONAL_OFFICIAL = re.compile(
    r"\b([A-Z][a-z]+)(?:['’]s)?\s+(?:(?:security|government|military|intelligence|senior|top)\s+)?"
    r"(?i:officials?|diplomats?|negotiators?|authorities|ambassador|envoy|(?:vice\s+)?president)\b"
)


def _national_official(phrase: str, lexicon: Lexicon) -> tuple[int, str] | None:
    """Where the nationality stands in the phrase, and the government it names."""
    for m in _NATIONAL_OFFICIAL.finditer(phrase):
        # "Afghan official", "Afghanistan's ambassador": the demonym's or the country's
        entry = lexicon.resolve(f"{m.group(1)} government") or lexicon.resolve(m.group(1))
        if entry is not None and entry.kind in {"government", "foreign_government"}:
            return m.start(), entry.name
    return None


# Offices of the Afghan state named by role, not by body ("Herat governor", "a police
# spokesman in Kunduz"); looked up through the lexicon's own aliases.
_AFGHAN_OFFICES = [
    (r"\bpolice\b", "Afghan police"),
    (r"\b(?:army|military|corps)\b", "Afghan army"),
    # Provincial councils are elected and often speak against Kabul: not mapped.
    (r"\b(?:governor|district chief|mayor|provincial government)\b", "Afghan government"),
]  # fmt: skip


def _afghan_office(phrase: str, lexicon: Lexicon, gazetteer) -> str | None:
    """The Afghan body behind a role that names an Afghan place or no place at all; never
    for a Taliban "shadow governor" or a role abroad."""
    low = phrase.casefold()
    if "shadow" in low or gazetteer is None:
        return None
    places = [m for m in gazetteer.find(phrase) if m.kind != "country"]
    if any(not m.in_afghanistan for m in places):
        return None
    for pattern, alias in _AFGHAN_OFFICES:
        if re.search(pattern, low):
            entry = lexicon.resolve(alias)
            return entry.name if entry else None
    return None


# "Marco Puntin, the charity's programme coordinator", "Patricia Gossman, its Asia director":
# the body a role refers back to, by the kinds of actor its noun fits.
_REFERRED_BODY = re.compile(
    r"^(?:the\s+)?(charity|group|organi[sz]ation|agency|ngo|mission|ministry|embassy)['’]s\b"
    r"|^(its|his|her)\b|^([A-Z][\w-]+)['’]s\b",
    re.I,
)
_BODY_KINDS = {
    "charity": {"ngo"},
    "ngo": {"ngo"},
    "group": {"ngo", "armed_group", "other"},
    "organisation": {"ngo", "international_org", "other"},
    "organization": {"ngo", "international_org", "other"},
    "agency": {"international_org", "government"},
    "mission": {"international_org", "foreign_government"},
    "its": {"ngo", "armed_group", "other", "international_org", "government",
            "foreign_government", "state_forces"},
}  # fmt: skip


def affiliate_by_reference(mentions: list[ActorMention]) -> None:
    """Give a person whose role refers back to a body ("the charity's", "its") the nearest
    fitting organisation named before, within the last few sentences."""
    for person in mentions:
        if person.kind != "person" or person.affiliation or not person.description:
            continue
        m = _REFERRED_BODY.match(person.description.strip())
        if m is None:
            continue
        start = person.span.start
        if m.group(3) is not None:
            # "Laghmani's deputy, Ahmad Khan Sirat": the body the man named serves.
            chief = [
                a
                for a in mentions
                if a.kind == "person"
                and a.affiliation
                and a.span.end <= start
                and a.name.split()[-1] == m.group(3)
            ]
            if chief:
                _affiliate(mentions, person, chief[-1].affiliation)
            continue
        noun = (m.group(1) or m.group(2)).casefold()
        kinds = _BODY_KINDS.get(noun)
        if noun in {"his", "her"}:
            # "Dostum ... His spokesman, Ehsan Nero,": the body the last person named serves.
            chief = [
                a
                for a in mentions
                if a.kind == "person" and a.affiliation and start - 600 < a.span.end <= start
            ]
            if chief:
                _affiliate(mentions, person, chief[-1].affiliation)
            continue
        earlier = [
            a
            for a in mentions
            if a.span.end <= start
            and a.span.start >= start - 600
            and (noun in a.name.casefold() if kinds is None else a.kind in kinds)
        ]
        if earlier:
            _affiliate(mentions, person, earlier[-1].name)


def _affiliate(mentions: list[ActorMention], person: ActorMention, body: str) -> None:
    for same in mentions:  # "Puntin said" later is the same man
        if same.kind == "person" and same.name == person.name and not same.affiliation:
            same.affiliation = body
