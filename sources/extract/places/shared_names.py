"""Names several places share: which one an article means."""

import re

from sources.extract.places.entries import GazetteerEntry, _Hit

_DEFAULT_ORDER = ["city", "province", "district", "site", "country"]


def _choose(entries: list[GazetteerEntry], kind: str | None) -> GazetteerEntry:
    """One entry for a name: the hinted kind if there is one, else a city before a province
    ("Herat" alone is the city), a place in Afghanistan before one abroad unless the Afghan
    one is a village."""
    if kind:
        same = [e for e in entries if e.kind == kind]
        if same:
            entries = same
    abroad = [e for e in entries if not e.in_afghanistan]
    if abroad and not any(e.well_known for e in entries if e.in_afghanistan):
        # "Mashhad" is Iran's second city, not the Badakhshan village of that name: the
        # gazetteer only lists places abroad that the news names.
        entries = abroad

    def rank(entry: GazetteerEntry) -> tuple:
        order = _DEFAULT_ORDER.index(entry.kind) if entry.kind in _DEFAULT_ORDER else 9
        return (not entry.in_afghanistan, not entry.major, order)

    return sorted(entries, key=rank)[0]


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _align_list_kinds(
    text: str, hits: list[_Hit], chosen: list[GazetteerEntry]
) -> list[GazetteerEntry]:
    """ "Deh Salah, Banu and Pul-e-Hisar": names listed together are of one kind. When the
    members that can only be one kind agree on it (Deh Salah is only a district), a member that
    can be that kind too (Pul-e Hisar, town and district) is read as it; "Kunduz, Takhar and
    Baghlan" are provinces. A kind the text states ("Kunduz city") stands."""
    chosen = list(chosen)
    groups: list[list[int]] = []
    for k in range(len(hits)):
        joined = k and _LIST_GAP.fullmatch(text, hits[k - 1].end, hits[k].start)
        if joined and groups:
            groups[-1].append(k)
        else:
            groups.append([k])
    for group in groups:
        if len(group) < 2:
            continue
        settled = set()
        for k in group:
            kinds = {e.kind for e in hits[k].entries if e.in_afghanistan}
            if len(kinds) == 1:
                settled |= kinds
        if len(settled) != 1:
            continue
        kind = next(iter(settled))
        for k in group:
            if hits[k].kind_hint or chosen[k].kind == kind or _states_kind(text, hits[k]):
                continue
            if any(e.kind == kind and e.in_afghanistan for e in hits[k].entries):
                chosen[k] = _choose(hits[k].entries, kind)
    return chosen


_KIND_WORDS = {"province", "provinces", "district", "districts", "city", "town", "capital"}


def _states_kind(text: str, hit: _Hit) -> bool:
    """ "Uruzgan province" matched as one alias: the text says what it is."""
    return text[hit.start : hit.end].split()[-1].casefold() in _KIND_WORDS


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n")
_PARAGRAPH_END = re.compile(r"\n+")


def _named_provinces(hits: list[_Hit], chosen: list[GazetteerEntry]) -> list[tuple[int, str]]:
    """Where the text names a province, by itself or by its capital ("Ghazni's")."""
    named = []
    for hit, entry in zip(hits, chosen, strict=True):
        if entry.kind == "province":
            named.append((hit.start, entry.name))
        elif entry.is_provincial_capital and entry.province:
            named.append((hit.start, entry.province))
    return named


def _enclosing(text: str, pattern: re.Pattern, at: int) -> tuple[int, int]:
    start = 0
    for m in pattern.finditer(text, 0, at):
        start = m.end()
    end = pattern.search(text, at)
    return start, end.start() if end else len(text)


def _settle_shared_names(
    text: str, hits: list[_Hit], chosen: list[GazetteerEntry]
) -> list[GazetteerEntry]:
    """Of the districts or towns that share a name (Qarabagh of Kabul and of Ghazni), the one
    whose province the same sentence names, else the same paragraph, else the province the
    article names most; the gazetteer's order only as a last resort."""
    named = _named_provinces(hits, chosen)
    counts: dict[str, int] = {}
    for _, province in named:
        counts[province] = counts.get(province, 0) + 1
    settled = []
    for hit, entry in zip(hits, chosen, strict=True):
        pool = [
            e
            for e in hit.entries
            if e.kind == entry.kind and e.in_afghanistan == entry.in_afghanistan and e.province
        ]
        provinces = {e.province for e in pool}
        if len(provinces) > 1:
            province = None
            for pattern in (_SENTENCE_END, _PARAGRAPH_END):
                start, end = _enclosing(text, pattern, hit.start)
                near = [(abs(at - hit.start), p) for at, p in named if start <= at < end]
                near = [(d, p) for d, p in near if p in provinces]
                if near:
                    province = min(near)[1]
                    break
            if province is None:
                ranked = sorted(((counts.get(p, 0), p) for p in provinces), reverse=True)
                if ranked[0][0] and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
                    province = ranked[0][1]
            if province is not None:
                entry = next(e for e in pool if e.province == province)
        settled.append(entry)
    return settled
