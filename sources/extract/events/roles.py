"""ACLED actor roles of the actors a sentence names: who did it (actor1), to whom (actor2).

Word order decides, as a coder reads it: "between A and B" → A, B; "by A" → A; "fell to A" →
A; otherwise the nearest participant before the trigger is actor1 and the first after it is
actor2. Speakers ("spokesman X said", "according to UNAMA") are not participants.
"""

import re

from sources.extract.actors import resolve_actor
from sources.extract.events import classify
from sources.extract.records import ActorMention, ActorRoleMention

_PARTICIPANT_KINDS = {
    "armed_group", "state_forces", "government", "international_org", "foreign_government",
    "civilians", "other",
}  # fmt: skip
_STATE = {"state_forces", "government"}
_REPORTING_AFTER = re.compile(
    r"^[\s,’'s]*(?:\w+\s+){0,3}?(?:said|says|told|announced|tweeted|stated|added|reported|"
    r"confirmed|claimed|denounced|condemned|called|urged|accused|warned|assured|wrote|declared|"
    r"denied|spokesman|spokesperson|spokeswoman|statement)\b",
    re.IGNORECASE,
)
# What stands before the doer named after the deed: "attacked by X", "fell to X".
_AGENT_BEFORE = re.compile(
    r"(?:\bby|\b(?:fell|fallen|fall|falls|over|surrendered|lost|ceded|abandoned)\s+to)"
    r"\s+(?:the\s+)?$"
)
# The town's earlier fall, told in a clause of time: its taker is not the doer of the deed.
_EARLIER_LOSS = re.compile(
    r"\b(?:after|since|when|before)\s+(?:it|they|the \w+)\s+(?:had\s+)?(?:fell|fallen)\s+to"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:backed by|loyal to|supported by|alongside|with the help of|allied (?:with|to)|aided by)"
    r"\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_MILITARY_NEAR = re.compile(
    r"\b(?:forces|troops|military|army|air force|aircraft|jets?|warplanes?|drones?|bombers?"
    r"|B-52s?|strikes?|airstrikes?|launched|carried out|conducted|bombed)\b",
    re.IGNORECASE,
)
_NON_STATE_WORDS = re.compile(
    r"\b(?:resistance|militias?|militiamen|uprising|rebels?|insurgents?|Taliban)\b", re.IGNORECASE
)
_INSURGENT_WORDS = re.compile(
    r"\b(?:insurgents?|militants?|rebel militia|rebels|the militia|the group's fighters)\b",
    re.IGNORECASE,
)
_GUARDS = re.compile(r"\b(?:guards?|security officers?|protection services)\b", re.IGNORECASE)
_CIVILIANS = re.compile(r"\b(?:civilians?|residents?|villagers?|people)\b", re.IGNORECASE)


# Names an implied actor may go by in the lexicon, most specific first.
_IMPLIED = {
    "Taliban": ["Taliban", "the Taliban"],
    "Afghan security forces": [
        "Afghan security forces",
        "Afghan forces",
        "Afghan National Security Forces",
        "Military Forces of Afghanistan",
        "security forces",
    ],
    "Civilians (Afghanistan)": ["Civilians (Afghanistan)", "civilians"],
    "Protesters (Afghanistan)": ["Protesters (Afghanistan)", "protesters"],
}


def _resolve(name: str, lexicon) -> ActorMention | None:
    for variant in _IMPLIED.get(name, [name]):
        found = resolve_actor(variant, lexicon)
        if found is not None:
            return found
    return None


_PASSIVE_VICTIM = re.compile(
    r"^[^.;]{0,80}?\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:killed|wounded|injured|targeted|"
    r"attacked|hit|struck|captured|arrested|executed|shot|ambushed|detained|abducted)\b",
    re.IGNORECASE,
)


def _participants(
    sentence: str, offset: int, actors: list[ActorMention], lexicon
) -> list[ActorMention]:
    found, seen = [], set()
    for actor in sorted(actors, key=lambda a: a.span.start if a.span else 0):
        if actor.span is None:
            continue
        if actor.kind == "person":
            # A commander or governor acts (or falls) for the group he belongs to.
            group = _resolve(actor.affiliation, lexicon) if actor.affiliation else None
            if group is None:
                continue
            actor = ActorMention(
                group.name,
                group.kind,
                actor.surface,
                None,
                group.description,
                group.known,
                actor.span,
            )
        if actor.kind not in _PARTICIPANT_KINDS:
            continue
        start, end = actor.span.start - offset, actor.span.end - offset
        if start < 0 or end > len(sentence):
            continue
        if actor.kind == "foreign_government" and not _MILITARY_NEAR.search(
            sentence[max(0, start - 30) : end + 40]
        ):
            continue  # "a crossing with Pakistan", "the US embassy": not a party to the fight
        if _REPORTING_AFTER.search(sentence[end : end + 40]):
            continue
        if re.search(r"according to\s+(?:the\s+)?$", sentence[max(0, start - 20) : start], re.I):
            continue
        if _AUXILIARY_BEFORE.search(sentence[max(0, start - 40) : start]):
            continue  # "forces backed by militia fighters loyal to Ismail Khan": not the doer
        if actor.name in seen:
            continue
        seen.add(actor.name)
        found.append(actor)
    return found


def assign_roles(
    sentence: str,
    offset: int,
    trigger_start: int,
    kind: tuple[str, str],
    actors: list[ActorMention],
    lexicon,
    withdrawal: bool = False,
) -> tuple[tuple[str, str], list[ActorRoleMention]]:
    """The roles, and the kind adjusted for who acted (state forces capturing = regaining).
    A withdrawal ("government forces abandoned the city") is told by the side that lost it:
    the forces are actor2, the Taliban who gain the town actor1."""
    people = _participants(sentence, offset, actors, lexicon)
    if withdrawal:
        losers = [a for a in people if a.kind in _STATE]
        gainers = [a for a in people if a.kind == "armed_group"] or [
            a for a in [_resolve("Taliban", lexicon)] if a is not None
        ]
        pairs = [
            (gainers[0] if gainers else None, "actor1"),
            (losers[0] if losers else None, "actor2"),
        ]
        roles = [ActorRoleMention(a, role) for a, role in pairs if a is not None]
        return kind, roles
    pos = {a.name: a.span.start - offset for a in people}
    actor1 = actor2 = None

    victims = [
        a
        for a in people
        if pos[a.name] < trigger_start and _PASSIVE_VICTIM.search(sentence[pos[a.name] :])
    ]
    if victims:
        actor2 = victims[0]
        people = [a for a in people if a is not actor2]
    subject_before = any(pos[a.name] < trigger_start for a in people) or _INSURGENT_WORDS.search(
        sentence[:trigger_start]
    )
    between = re.search(r"\bbetween\b", sentence, re.IGNORECASE)
    if between and not subject_before:
        after = [a for a in people if pos[a.name] > between.end()]
        if len(after) >= 2:
            actor1, actor2 = after[0], after[1]
    if actor1 is None:
        for a in people:
            before = sentence[max(0, pos[a.name] - 30) : pos[a.name]].casefold()
            if _EARLIER_LOSS.search(sentence[max(0, pos[a.name] - 50) : pos[a.name]]):
                continue  # "recaptured the district, weeks after it fell to the Taliban"
            if _AGENT_BEFORE.search(before) and pos[a.name] > trigger_start:
                actor1 = a
                break
    if actor1 is None:
        earlier = [a for a in people if pos[a.name] < trigger_start]
        actor1 = earlier[-1] if earlier else None
    if actor2 is None:
        later = [a for a in people if pos[a.name] > trigger_start and a is not actor1]
        actor2 = later[0] if later else None

    if actor1 is None and _INSURGENT_WORDS.search(sentence[: trigger_start + 1]):
        actor1 = _resolve("Taliban", lexicon)
    if actor1 is None and _INSURGENT_WORDS.search(sentence) and actor2 is not None:
        actor1 = _resolve("Taliban", lexicon)
    if actor1 is None and kind == classify.TAKEOVER:
        armed = [a for a in people if a.kind == "armed_group"]
        actor1 = armed[0] if armed else None
    if actor1 is not None and actor1.kind in _STATE and kind == classify.TAKEOVER:
        kind = classify.REGAIN
    if actor1 is not None and actor1.kind == "armed_group" and kind == classify.REGAIN:
        kind = classify.TAKEOVER

    if (
        kind == classify.REGAIN
        and (actor1 is None or actor1.kind not in _STATE)
        and _NON_STATE_WORDS.search(sentence[: trigger_start + 1])
    ):
        kind = classify.TAKEOVER  # "local resistance forces retake three districts"
    if actor1 is None and kind == classify.REGAIN:
        actor1 = _resolve("Afghan security forces", lexicon)  # only the government regains
    if actor1 is None and kind == classify.ARRESTS:
        actor1 = _announcer(sentence, offset, actors)
    if actor1 is not None and actor2 is not None and _same_side(actor1, actor2):
        actor2 = None  # "under Taliban control", "Afghan forces ... the army": one side twice
    if kind == classify.TRANSFER and actor1 is not None and actor1.kind in _STATE:
        # "Afghan forces handed over the city to the Taliban": the side that gains it acts.
        actor1, actor2 = actor2, actor1
        if actor1 is None:
            actor1 = _resolve("Taliban", lexicon)
    roles: list[ActorRoleMention] = []
    if kind[0] == classify.PROTESTS:
        protesters = _resolve("Protesters (Afghanistan)", lexicon) or _new_actor(
            "Protesters (Afghanistan)", "civilians", "residents"
        )
        roles.append(ActorRoleMention(protesters, "actor1"))
        return kind, roles
    if actor1 is not None:
        roles.append(ActorRoleMention(actor1, "actor1"))
    if actor2 is not None and actor2.kind == "international_org" and _GUARDS.search(sentence):
        guards = _resolve("Afghan security forces", lexicon)
        if guards is not None:
            roles.append(ActorRoleMention(guards, "actor2"))
        roles.append(ActorRoleMention(actor2, "assoc_actor2"))
    elif actor2 is not None:
        roles.append(ActorRoleMention(actor2, "actor2"))
    elif kind[0] == classify.VAC and _CIVILIANS.search(sentence):
        civilians = _resolve("Civilians (Afghanistan)", lexicon) or _new_actor(
            "Civilians (Afghanistan)", "civilians", "civilians"
        )
        roles.append(ActorRoleMention(civilians, "actor2"))
    return kind, roles


def _same_side(a: ActorMention, b: ActorMention) -> bool:
    return a.name == b.name or (a.kind in _STATE and b.kind in _STATE)


def _new_actor(name: str, kind: str, surface: str) -> ActorMention:
    return ActorMention(name=name, kind=kind, surface=surface, known=False)


def _announcer(sentence: str, offset: int, actors: list[ActorMention]) -> ActorMention | None:
    """ "the interior ministry said the governor had been arrested": the state body that
    announces an arrest made it (speakers are otherwise not participants)."""
    for actor in sorted(actors, key=lambda a: a.span.start if a.span else 0):
        if actor.span is None or not 0 <= actor.span.start - offset < len(sentence):
            continue
        if actor.kind in _STATE:
            return actor
    return None
