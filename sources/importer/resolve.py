"""Actor and place mentions of one article mapped to rows, in a fixed number of queries.

In dry mode (the preview) nothing is created: unknown names are only reported as new.
"""

from functools import reduce
from operator import or_

from django.db.models import Q

from events.models import Actor, ActorKind, Place, PlaceKind
from events.models.names import name_key
from sources.extract.records import ActorMention, Extraction, PlaceMention
from sources.review import ReviewStatus


def _all_actor_mentions(extraction: Extraction) -> list[ActorMention]:
    mentions = list(extraction.actors)
    for event in extraction.events:
        mentions.extend(role.actor for role in event.actors)
    for statement in extraction.statements:
        mentions.extend(m for m in (statement.speaker, statement.on_behalf_of) if m)
    return mentions


def _all_place_mentions(extraction: Extraction) -> list[PlaceMention]:
    return [*extraction.places, *(e.place for e in extraction.events if e.place)]


class Resolver:
    def __init__(self, extraction: Extraction, *, dry: bool = False):
        self.dry = dry
        self.new_actors: list[Actor] = []
        self.new_places: list[Place] = []
        self._actors = self._load_actors(_all_actor_mentions(extraction))
        self._places = self._load_places(_all_place_mentions(extraction))

    # -- actors ---------------------------------------------------------------------------
    @staticmethod
    def _load_actors(mentions: list[ActorMention]) -> dict[str, Actor]:
        names = {m.name for m in mentions if m.name}
        names |= {m.affiliation for m in mentions if m.affiliation}
        if not names:
            return {}
        query = reduce(or_, (Q(name__iexact=n) for n in names))
        return {name_key(a.name): a for a in Actor.objects.filter(query)}

    def actor(self, mention: ActorMention | None) -> Actor | None:
        if mention is None or not mention.name.strip():
            return None
        key = name_key(mention.name)
        if key not in self._actors:
            self._actors[key] = self._new_actor(mention)
        return self._actors[key]

    def _affiliation(self, name: str | None) -> Actor | None:
        if not name:
            return None
        key = name_key(name)
        if key not in self._actors:
            stub = ActorMention(name=name, kind=ActorKind.OTHER, surface=name, known=False)
            self._actors[key] = self._new_actor(stub)
        return self._actors[key]

    def _new_actor(self, mention: ActorMention) -> Actor:
        kind = mention.kind if mention.kind in ActorKind.values else ActorKind.OTHER
        actor = Actor(
            name=mention.name.strip()[:200],
            kind=kind,
            description=(mention.description or "")[:500],
            review_status=ReviewStatus.MACHINE,
        )
        if mention.surface and mention.surface != mention.name:
            actor.add_alias(mention.surface)
        self.new_actors.append(actor)
        affiliation = self._affiliation(mention.affiliation)
        if not self.dry:
            if affiliation is not None and affiliation.pk:
                actor.affiliation = affiliation
            actor.save()
        return actor

    # -- places ---------------------------------------------------------------------------
    @staticmethod
    def _load_places(mentions: list[PlaceMention]) -> list[Place]:
        names = {m.name for m in mentions} | {m.province for m in mentions if m.province}
        if not names:
            return []
        return list(Place.objects.filter(name__in=names).select_related("province"))

    def place(self, mention: PlaceMention | None) -> Place | None:
        if mention is None:
            return None
        same_name = [p for p in self._places if p.name == mention.name]
        exact = [
            p
            for p in same_name
            if p.kind == mention.kind
            and (not mention.province or (p.province_id and p.province.name == mention.province))
        ]
        for found in (exact, [p for p in same_name if p.kind == mention.kind], same_name):
            if found:
                return found[0]
        return self._new_place(mention)

    def _new_place(self, mention: PlaceMention) -> Place:
        kind = mention.kind if mention.kind in PlaceKind.values else PlaceKind.CITY
        province = next(
            (
                p
                for p in self._places
                if p.name == mention.province and p.kind == PlaceKind.PROVINCE
            ),
            None,
        )
        place = Place(
            name=mention.name[:200],
            kind=kind,
            province=province,
            in_afghanistan=mention.in_afghanistan,
            review_status=ReviewStatus.MACHINE,
        )
        if mention.surface and mention.surface != mention.name:
            place.add_alias(mention.surface)
        if not self.dry:
            place.save()
        self._places.append(place)
        self.new_places.append(place)
        return place
