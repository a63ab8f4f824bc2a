"""Is an event told by one article the same incident as one told by another?

Used by the import across articles. Each side is a plain dict:
    {date, date_precision, end_date, place_name, place_province, event_type,
     sub_event_type, actor_names (set), fatalities, injured (optional)}
`match_score` returns (score 0..1, reason). Scores at or above AUTO_MERGE are the same
incident (link the new source to the event); between PROPOSE and AUTO_MERGE an editor is
asked. The score is a weighted agreement of date, place, kind, actors and tolls; a clear
contradiction (different days, different towns, incompatible kinds) caps it low, so that two
fights in one city on different days never merge.
"""

import calendar
from datetime import date, timedelta

AUTO_MERGE = 0.75
PROPOSE = 0.5

# Sub-types one incident is often told as by different outlets.
_COMPATIBLE = [
    {"Armed clash", "Attack"},
    {"Armed clash", "Non-state actor overtakes territory"},
    {"Armed clash", "Government regains territory"},
    {"Non-state actor overtakes territory", "Non-violent transfer of territory"},
    {"Remote explosive/landmine/IED", "Suicide bomb"},
    {"Remote explosive/landmine/IED", "Grenade"},
    {"Remote explosive/landmine/IED", "Armed clash"},
    {"Suicide bomb", "Armed clash"},
    {"Shelling/artillery/missile attack", "Air/drone strike"},
    {"Peaceful protest", "Protest with intervention"},
]

_FALL = {"Non-state actor overtakes territory", "Non-violent transfer of territory"}


def period(value: date | None, precision: str, end: date | None = None) -> tuple[date, date]:
    """First and last day an event's date may stand for."""
    if value is None:
        raise ValueError("an undated event has no period")
    if end is not None:
        return value, max(end, value)
    if precision == "week":
        return value, value + timedelta(days=6)
    if precision == "month":
        last = calendar.monthrange(value.year, value.month)[1]
        return value, value.replace(day=last)
    return value, value


def _date_agreement(a: dict, b: dict) -> tuple[float | None, str]:
    """1 same day, 0.7 overlapping periods, None unknown, 0 disjoint."""
    if not a.get("date") or not b.get("date"):
        return None, "undated"
    a0, a1 = period(a["date"], a.get("date_precision") or "day", a.get("end_date"))
    b0, b1 = period(b["date"], b.get("date_precision") or "day", b.get("end_date"))
    if a0 == a1 == b0 == b1:
        return 1.0, f"same day ({a0.isoformat()})"
    if a0 <= b1 and b0 <= a1:
        return 0.7, "overlapping dates"
    gap = min(abs((a0 - b1).days), abs((b0 - a1).days))
    if gap <= 1 and (a0 != a1 or b0 != b1):
        # A "last night" one day off a report's "Tuesday": tolerated only for periods.
        return 0.3, "adjacent dates"
    return 0.0, f"different dates ({a0.isoformat()} / {b0.isoformat()})"


def _place_agreement(a: dict, b: dict) -> tuple[float | None, str]:
    pa, pb = a.get("place_name"), b.get("place_name")
    if not pa or not pb:
        return None, "place unknown"
    if pa == pb:
        return 1.0, f"same place ({pa})"
    if pa == b.get("place_province") or pb == a.get("place_province"):
        inner = pb if pa == b.get("place_province") else pa
        outer = pa if inner == pb else pb
        return 0.7, f"{inner} is in {outer} province"
    return 0.0, f"different places ({pa} / {pb})"


def _type_agreement(a: dict, b: dict) -> tuple[float, str]:
    sa, sb = a.get("sub_event_type"), b.get("sub_event_type")
    if sa and sa == sb:
        return 1.0, "same type"
    if {sa, sb} in _COMPATIBLE:
        return 0.6, f"compatible types ({sa} / {sb})"
    if a.get("event_type") and a.get("event_type") == b.get("event_type"):
        return 0.4, "same event type"
    return 0.0, f"different types ({sa} / {sb})"


def _actor_agreement(a: dict, b: dict) -> tuple[float | None, str]:
    na, nb = set(a.get("actor_names") or ()), set(b.get("actor_names") or ())
    if not na or not nb:
        return None, ""
    shared = sorted(na & nb)
    if shared:
        return len(shared) / min(len(na), len(nb)), "shared actors " + ", ".join(shared)
    return 0.0, "no shared actors"


def _count_agreement(a: int, b: int) -> float:
    if a == b:
        return 1.0
    low, high = sorted((a, b))
    # Tolls rise as reports come in; a tenfold gap is another incident.
    return 0.6 if high <= max(3 * low, low + 5) else 0.0


def _toll_agreement(a: dict, b: dict) -> tuple[float | None, str]:
    """Killed and injured compared where both sides state them: equal counts agree fully,
    close ones partly, a tenfold gap is a contradiction."""
    parts = []
    for field, word in (("fatalities", "killed"), ("injured", "injured")):
        x, y = a.get(field), b.get(field)
        if x is not None and y is not None:
            parts.append((_count_agreement(x, y), x, y, word))
    if not parts:
        return None, ""
    if any(value == 0.0 for value, *_ in parts):
        return 0.0, "different tolls (" + ", ".join(f"{x} / {y} {w}" for _, x, y, w in parts) + ")"
    if all(value == 1.0 for value, *_ in parts):
        return 1.0, "same toll (" + ", ".join(f"{x} {w}" for _, x, _, w in parts) + ")"
    value = sum(v for v, *_ in parts) / len(parts)
    return value, "close tolls (" + ", ".join(f"{x} / {y} {w}" for _, x, y, w in parts) + ")"


_WEIGHTS = {"date": 0.3, "place": 0.3, "type": 0.2, "actors": 0.1, "toll": 0.1}


def match_score(a: dict, b: dict) -> tuple[float, str]:
    parts = {
        "date": _date_agreement(a, b),
        "place": _place_agreement(a, b),
        "type": _type_agreement(a, b),
        "actors": _actor_agreement(a, b),
        "toll": _toll_agreement(a, b),
    }
    known = {k: v for k, (v, _) in parts.items() if v is not None}
    weight = sum(_WEIGHTS[k] for k in known)
    score = sum(_WEIGHTS[k] * v for k, v in known.items()) / weight if weight else 0.0
    reasons = [text for _, text in parts.values() if text and text != "undated"]

    # Contradictions cap the score whatever else agrees.
    if known.get("date") == 0.0 or known.get("place") == 0.0 or known["type"] == 0.0:
        score = min(score, 0.3)
    if known.get("toll") == 0.0:
        score = min(score, PROPOSE - 0.01)
    # Two soft agreements are a guess, not a match: a fight known only to "this week" and an
    # attack on a day of that week, told as different kinds, are for an editor to join. A
    # town's fall told as a capture by one outlet and a handover by another stays one fall.
    same_fall = {a.get("sub_event_type"), b.get("sub_event_type")} == _FALL
    if known.get("date", 1.0) < 1.0 and known["type"] < 1.0 and not same_fall:
        score = min(score, AUTO_MERGE - 0.01)
    # Unknown facts are not agreement: an undated or placeless event needs everything else.
    if "date" not in known:
        strong = (
            known.get("place") == 1.0 and known["type"] >= 0.6 and (known.get("actors") or 0) > 0
        )
        score = min(score, AUTO_MERGE - 0.01) if strong else min(score, PROPOSE - 0.01)
        reasons.insert(0, "undated")
    if "place" not in known:
        score = min(score, AUTO_MERGE - 0.01 if known.get("date") == 1.0 else PROPOSE - 0.01)
    return round(score, 3), ", ".join(reasons)
