"""What an import would do with one article, computed without writing anything."""

from sources.extract.records import ActorMention, Extraction
from sources.importer.linking import best_match, decide
from sources.importer.persist import mentions_of
from sources.importer.resolve import Resolver
from sources.importer.results import ArticlePreview, EventPlan, RecordRef, StatementPlan


def _place_label(mention) -> str:
    if mention is None:
        return ""
    if mention.province and mention.province != mention.name:
        return f"{mention.name} ({mention.province})"
    return mention.name


def _who(mention: ActorMention | None) -> str:
    return mention.name if mention else ""


def preview_extraction(extraction: Extraction) -> ArticlePreview:
    resolver = Resolver(extraction, dry=True)
    cleaned, published = extraction.cleaned, extraction.published
    preview = ArticlePreview(
        title=cleaned.title,
        outlet=cleaned.outlet,
        url=cleaned.url,
        published_on=published.value,
        published_on_source=published.origin if published.value else "unknown",
        published_reason=published.reason,
        warnings=list(extraction.warnings),
    )
    for event in extraction.events:
        match = best_match(event)
        action = decide(match)
        for role in event.actors:
            resolver.actor(role.actor)
        resolver.place(event.place)
        preview.events.append(
            EventPlan(
                action=action,
                date=event.date.value,
                date_precision=event.date.precision,
                place=_place_label(event.place),
                event_type=event.event_type,
                sub_event_type=event.sub_event_type,
                summary=event.summary,
                actors=[(r.actor.name, r.role) for r in event.actors],
                fatalities=event.fatalities,
                injured=event.injured,
                evidence=event.evidence.text,
                mentions=len(mentions_of(event)),
                match=RecordRef("event", match.event.pk, str(match.event)[:120]) if match else None,
                score=match.score if match else None,
                reason=match.reason if match else "",
            )
        )
    for statement in extraction.statements:
        resolver.actor(statement.speaker)
        resolver.actor(statement.on_behalf_of)
        preview.statements.append(
            StatementPlan(
                speaker=_who(statement.speaker),
                on_behalf_of=_who(statement.on_behalf_of),
                text=statement.text,
                kind=statement.kind,
                said_on=statement.said_on,
            )
        )
    for mention in extraction.actors:
        resolver.actor(mention)
    for mention in extraction.places:
        resolver.place(mention)
    preview.new_actors = [a.name for a in resolver.new_actors]
    preview.new_places = [p.name for p in resolver.new_places]
    return preview
