"""Where an incident happened, from the place mentions of its sentence and of the text so far.

A town rather than the province around it; the provincial capital for "the Helmand capital";
a province named only in a title ("Jawzjan provincial council chief") left to the incident
told before it; "the district", "the city" as the place of that kind the text is about.
"""

import re
from itertools import pairwise

from sources.extract.records import PlaceMention

_CAPITAL_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:provincial\s+)?capital\b", re.IGNORECASE)


_TITLE_AFTER = re.compile(
    r"^\s+(?:provincial|province's|police|deputy|governor|council|security|health|public|army"
    r"|corps|officials?|spokes\w+|chief|head)\b",
    re.IGNORECASE,
)


_ANAPHORA_KIND = {
    "district": {"district"},
    "province": {"province"},
    "area": None,
    "crossing": {"site", "city"},
}


def capital_for(text: str, place: PlaceMention, capitals: dict) -> PlaceMention:
    """ "the Helmand capital", "Helmand's capital": the provincial capital, not the province."""
    if place.kind != "province" or place.name not in capitals:
        return place
    after = text[place.span.end : place.span.end + 25]
    if not _CAPITAL_AFTER.search(after):
        return place
    entry = capitals[place.name]
    return PlaceMention(
        name=entry.name,
        kind=entry.kind,
        province=entry.province,
        surface=place.surface,
        span=place.span,
        in_afghanistan=True,
    )


def provincial_capitals(gazetteer) -> dict:
    """Province name → its capital's gazetteer entry (empty without a gazetteer)."""
    entries = getattr(gazetteer, "entries", None) or []
    return {
        e.province: e
        for e in entries
        if getattr(e, "is_provincial_capital", False) and e.province and e.in_afghanistan
    }


def is_title(text: str, place: PlaceMention) -> bool:
    return bool(_TITLE_AFTER.search(text[place.span.end : place.span.end + 30]))


def topic_place(
    text: str,
    places: list[PlaceMention],
    before: int,
    noun: str,
    recent: PlaceMention | None = None,
    just_told: bool = False,
) -> PlaceMention | None:
    """The place of the kind named ("the district", "the town") that the words refer to: the
    one the text so far has named most often (datelines and speakers' places aside); of
    equals, the place of the incident just told, else the earliest. When that incident was
    told in the sentence right before (`just_told`), its place: "seized Lashkargah.
    Troops withdrew from the city's police headquarters" is Lashkar Gah, however often a
    live blog has named Kabul."""
    from sources.extract.events.context import is_speaker_place

    kinds = _ANAPHORA_KIND.get(noun.casefold(), {"city"})

    def fits(p: PlaceMention) -> bool:
        if not p.in_afghanistan or p.kind == "country":
            return False
        return p.kind != "province" if kinds is None else p.kind in kinds

    if just_told and recent is not None and fits(recent):
        return recent
    counts: dict[str, list[PlaceMention]] = {}
    for p in places:
        if p.span.start >= before or not fits(p):
            continue
        line_start = text.rfind("\n", 0, p.span.start) + 1
        if is_speaker_place(text, p, line_start):
            continue
        counts.setdefault(p.name, []).append(p)
    if not counts:
        return None
    recent_name = recent.name if recent is not None and fits(recent) else None
    best = max(
        counts.values(),
        key=lambda ms: (len(ms), ms[0].name == recent_name, -ms[0].span.start),
    )
    return best[0]


def drop_containing_provinces(places: list[PlaceMention]) -> list[PlaceMention]:
    """ "Spin Boldak in southern Kandahar province", "Kandahar's Arghandab": the town or
    district, not the province around it (nor the capital that shares its name)."""
    inner = {p.province for p in places if p.kind != "province" and p.province != p.name}
    kept, seen = [], set()
    for p in places:
        if p.name in inner and (p.kind == "province" or p.province == p.name):
            continue
        if (p.name, p.kind) in seen:
            continue
        seen.add((p.name, p.kind))
        kept.append(p)
    return kept


_INSIDE_DISTRICT = re.compile(
    r"^(?:\s+(?:port|crossing|town|village|bazaar|market|area|base|airport|dam))?\s+(?:in|of)\s+"
    r"(?:the\s+)?(?:\w+ern\s+)?$",
    re.IGNORECASE,
)


def drop_containing_districts(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """ "the Sher Khan Bandar port in Imam Sahib district": the port, not the district the
    sentence says it lies in."""
    inner = set()
    for a, b in pairwise(places):
        if (
            b.kind == "district"
            and a.kind in ("city", "site")
            and a.province == b.province
            and a.name != b.name
            and _INSIDE_DISTRICT.match(text[a.span.end : b.span.start])
        ):
            inner.add(id(b))
    return [p for p in places if id(p) not in inner]


def same_area(a: PlaceMention, b: PlaceMention) -> bool:
    return (
        a.name == b.name
        or a.province == b.name
        or b.province == a.name
        or (a.province is not None and a.province == b.province)
    )


_JOINED_BY_AND = re.compile(
    r"^\s*(?:districts?\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:(?:neighbou?ring|nearby"
    r"|adjacent)\s+)?$",
    re.IGNORECASE,
)


def coordinated(text: str, places: list[PlaceMention], position: int) -> list[PlaceMention]:
    """ "in Panjwayi and the neighbouring Zhari district" after the trigger: the towns or
    districts one list names (two or more), else []."""
    after = sorted(
        (p for p in places if p.span.start > position and p.kind != "province"),
        key=lambda p: p.span.start,
    )
    if len(after) < 2 or not re.search(
        r"\b(?:in|on|across|at)\s+(?:the\s+)?$",
        text[max(position, after[0].span.start - 30) : after[0].span.start],
    ):
        return []
    run = [after[0]]
    for place in after[1:]:
        if not _JOINED_BY_AND.match(text[run[-1].span.end : place.span.start]):
            break
        run.append(place)
    return run if len(run) > 1 else []


def closest(places: list[PlaceMention], position: int) -> list[PlaceMention]:
    if not places:
        return []
    return [min(places, key=lambda p: abs(p.span.start - position))]


_TITLE_BEFORE = re.compile(
    r"\b(?:governor|governors|police chief|chief|head|mayor|commander|council|officials?"
    r"|lawmakers?|MPs?)\s+(?:of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ARREST_REASON = re.compile(
    r"\b(?:after|for|over|following|because|since|in connection with|accused|charged)\b",
    re.IGNORECASE,
)


_REASON_DEED = re.compile(
    r"\b(?:fall|fell|falls|surrender\w*|hand\w* over|handover|captur\w*|collapse\w*|loss|lost"
    r"|role|part|involvement|attack\w*|killing\w*|murder\w*|bomb\w*)\b",
    re.IGNORECASE,
)


def arrest_places(text: str, places: list[PlaceMention], trigger_at: int) -> list[PlaceMention]:
    """Where an arrest was made: "detained in Bamyan province", not the province of the
    arrested man's office ("the Ghor governor", "the governor of Ghor") nor the place of the
    deed he is held for ("... after Chaghcharan fell", "for his part in the fall of X")."""
    kept = []
    for p in places:
        before = text[max(0, p.span.start - 30) : p.span.start]
        after = text[p.span.end : p.span.end + 30]
        if _TITLE_AFTER.search(re.sub(r"^(?:'s|’s)", "", after)) or _TITLE_BEFORE.search(before):
            continue
        between = text[trigger_at : p.span.start]
        reason = _ARREST_REASON.search(between) if p.span.start > trigger_at else None
        clause = between[reason.end() :] + text[p.span.end : p.span.end + 25] if reason else ""
        if reason and _REASON_DEED.search(clause):
            continue
        kept.append(p)
    return kept


_IN_PROVINCE_AFTER = re.compile(
    r"^\s*(?:district|city|town)?\s*(?:of|in|,)\s+(?:the\s+)?(?:\w+ern\s+)?$", re.IGNORECASE
)


def settle_in_named_provinces(
    text: str, places: list[PlaceMention], gazetteer
) -> list[PlaceMention]:
    """ "Qarabagh district of Ghazni": of the districts or towns that share a name, the one in
    the province the text names right after it."""
    if gazetteer is None or not hasattr(gazetteer, "candidates"):
        return places
    settled = []
    for n, p in enumerate(places):
        follower = places[n + 1] if n + 1 < len(places) else None
        named = (
            follower is not None
            and (follower.kind == "province" or follower.name == follower.province)
            and _IN_PROVINCE_AFTER.match(text[p.span.end : follower.span.start])
        )
        province = follower.province if named else None
        if p.kind in ("district", "city") and province and p.province != province:
            same = [
                e
                for e in gazetteer.candidates(p.surface)
                if e.province == province and e.kind == p.kind and e.in_afghanistan
            ]
            if same:
                p = PlaceMention(same[0].name, p.kind, province, p.surface, p.span, True)
        settled.append(p)
    return settled
