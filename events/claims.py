"""Statements grouped by the side that made them, so competing claims sit side by side."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Q

from events.models import Actor, ActorKind, Statement

TALIBAN_SLUG = "taliban"


@dataclass(frozen=True)
class Camp:
    key: str
    label: str


TALIBAN = Camp("taliban", "Taliban")
GOVERNMENT = Camp("government", "Afghan government")
INTERNATIONAL = Camp("international", "UN and international organisations")
FOREIGN = Camp("foreign", "Foreign governments")
OTHERS = Camp("others", "Others")
CAMPS = [TALIBAN, GOVERNMENT, INTERNATIONAL, FOREIGN, OTHERS]


@dataclass
class ClaimGroup:
    camp: Camp
    statements: list[Statement] = field(default_factory=list)

    @property
    def sides(self) -> list[Actor]:
        """The distinct organisations (or people) that spoke in this group, in order met."""
        seen: dict[int, Actor] = {}
        for statement in self.statements:
            side = speaking_side(statement)
            if side is not None:
                seen.setdefault(side.pk, side)
        return list(seen.values())


def speaking_side(statement: Statement) -> Actor | None:
    """Whose claim it is: the body relayed, else the speaker's organisation, else the speaker.

    Needs `speaker__affiliation__affiliation` and `on_behalf_of__affiliation` loaded.
    """
    actor = statement.on_behalf_of if statement.on_behalf_of_id else statement.speaker
    if actor is None:
        return None
    # A spokesman speaks for a ministry, the ministry for the government: go two steps up.
    for _ in range(2):
        if not actor.affiliation_id:
            break
        actor = actor.affiliation
    return actor


def camp_of(side: Actor | None) -> Camp:
    if side is None:
        return OTHERS
    if side.slug == TALIBAN_SLUG:
        return TALIBAN
    if side.kind in (ActorKind.GOVERNMENT, ActorKind.STATE_FORCES):
        return GOVERNMENT
    if side.kind == ActorKind.INTERNATIONAL_ORG:
        return INTERNATIONAL
    if side.kind == ActorKind.FOREIGN_GOVERNMENT:
        return FOREIGN
    return OTHERS


def group_claims(statements: Iterable[Statement]) -> list[ClaimGroup]:
    """Non-empty groups in a fixed order (Taliban, government, UN, foreign, others)."""
    groups = {camp.key: ClaimGroup(camp) for camp in CAMPS}
    for statement in statements:
        groups[camp_of(speaking_side(statement)).key].statements.append(statement)
    return [group for group in groups.values() if group.statements]


def label_camps(statements: Iterable[Statement]) -> list[Statement]:
    """The statements, each with `.side` and `.camp` set for display."""
    statements = list(statements)
    for statement in statements:
        statement.side = speaking_side(statement)
        statement.camp = camp_of(statement.side)
    return statements


@dataclass
class SpeakerGroup:
    speaker: Actor | None
    statements: list[Statement] = field(default_factory=list)


def group_by_speaker(statements: Iterable[Statement]) -> list[SpeakerGroup]:
    """One group per speaker, largest first (an organisation's own words, then its members')."""
    groups: dict[int | None, SpeakerGroup] = {}
    for statement in statements:
        key = statement.speaker_id
        groups.setdefault(key, SpeakerGroup(statement.speaker)).statements.append(statement)
    return sorted(
        groups.values(),
        key=lambda g: (-len(g.statements), g.speaker.name if g.speaker else "~"),
    )


def _top(prefix: str, lookup: str, value) -> Q:
    """The top of `prefix`'s affiliation chain (two steps, as speaking_side) matches."""
    chain = f"{prefix}__affiliation"
    return (
        Q(**{f"{chain}__affiliation__isnull": False, f"{chain}__affiliation__{lookup}": value})
        | Q(
            **{
                f"{chain}__isnull": False,
                f"{chain}__affiliation__isnull": True,
                f"{chain}__{lookup}": value,
            }
        )
        | Q(**{f"{chain}__isnull": True, f"{prefix}__{lookup}": value})
    )


def _side(lookup: str, value) -> Q:
    return (Q(on_behalf_of__isnull=False) & _top("on_behalf_of", lookup, value)) | (
        Q(on_behalf_of__isnull=True) & _top("speaker", lookup, value)
    )


def camp_q(key: str) -> Q:
    """A Statement filter for one camp, the database twin of camp_of(speaking_side(...))."""
    named = {
        TALIBAN.key: _side("slug", TALIBAN_SLUG),
        GOVERNMENT.key: _side("kind__in", [ActorKind.GOVERNMENT, ActorKind.STATE_FORCES]),
        INTERNATIONAL.key: _side("kind", ActorKind.INTERNATIONAL_ORG),
        FOREIGN.key: _side("kind", ActorKind.FOREIGN_GOVERNMENT),
    }
    if key in named:
        return named[key]
    if key == OTHERS.key:
        any_named = Q()
        for q in named.values():
            any_named |= q
        return ~any_named
    raise ValueError(f"unknown camp {key!r}")


STATEMENT_RELATED = (
    "speaker__affiliation__affiliation",
    "on_behalf_of__affiliation__affiliation",
    "source",
    "event",
)
# An article's text is large and a list of statements needs only its title.
SOURCE_TEXT_FIELDS = ("source__raw_text", "source__text", "source__metadata")


def for_display(statements):
    """Statements with what camp_of, the templates and the links need, in one query."""
    return statements.select_related(*STATEMENT_RELATED).defer(*SOURCE_TEXT_FIELDS)


@dataclass(frozen=True)
class Corroboration:
    outlets: int  # independent reports: distinct outlets (an article without one counts alone)
    articles: int

    @property
    def label(self) -> str:
        if self.outlets == 0:
            return "No source"
        if self.outlets == 1:
            extra = f" ({self.articles} articles)" if self.articles > 1 else ""
            return f"Single source{extra}"
        return f"Corroborated by {self.outlets} independent sources"


def corroboration(sources: Iterable) -> Corroboration:
    """How many independent outlets report an event; two articles of one outlet count once."""
    sources = {s.pk: s for s in sources}
    outlets = {(s.outlet.strip().casefold() or f"#{s.pk}") for s in sources.values()}
    return Corroboration(outlets=len(outlets), articles=len(sources))
