"""The one line a reader scans: who did what, where; and the toll."""

from sources.extract.records import ActorRoleMention, PlaceMention

_PHRASES = {
    "Non-state actor overtakes territory": "{a1} take control of {place}",
    "Government regains territory": "{a1} retake {place}",
    "Non-violent transfer of territory": "{place} handed over to {a1} without a fight",
    "Armed clash": "{clash}",
    "Excessive force against protesters": "{a1} use force against protesters {in_place}",
    "Protest with intervention": "Protest dispersed {in_place}",
    "Air/drone strike": "Air strike{by}{on} {in_place}",
    "Suicide bomb": "Suicide bombing{by} {in_place}",
    "Remote explosive/landmine/IED": "Bomb explosion{by} {in_place}",
    "Shelling/artillery/missile attack": "Shelling or rocket fire{by} {in_place}",
    "Grenade": "Grenade attack{by} {in_place}",
    "Attack": "{a1} attack {a2_people} {in_place}",
    "Abduction/forced disappearance": "{a1} abduct {a2_people} {in_place}",
    "Peaceful protest": "Residents protest {in_place}",
    "Arrests": "{a1} arrest people {in_place}",
    "Looting/property destruction": "Looting or destruction of property{by} {in_place}",
    "Agreement": "Agreement reached {in_place}",
}


def summarise(
    sub_event_type: str,
    place: PlaceMention | None,
    actors: list[ActorRoleMention],
    fatalities: int | None,
    injured: int | None,
) -> str:
    a1 = next((r.actor.name for r in actors if r.role == "actor1"), "")
    a2 = next((r.actor.name for r in actors if r.role == "actor2"), "")
    assoc2 = next((r.actor.name for r in actors if r.role == "assoc_actor2"), "")
    where = place.name if place else ""
    in_place = f"in {where}" if where else ""
    if a1 and (a2 or assoc2):
        target = assoc2 or a2
        clash = (
            f"{a1} attack {target} {in_place}"
            if assoc2
            else f"Clashes between {a1} and {a2} {in_place}"
        )
    elif a1:
        clash = f"{a1} fighting {in_place}"
    else:
        clash = f"Armed clash {in_place}"
    line = _PHRASES.get(sub_event_type, sub_event_type + " {in_place}").format(
        a1=a1
        or ("Afghan forces" if sub_event_type == "Government regains territory" else "Armed group"),
        a2=a2 or "civilians",
        a2_people=a2 or "people",
        place=where or "territory",
        in_place=in_place,
        by=f" by {a1}" if a1 else "",
        on=f" on {a2}" if a2 else "",
        clash=clash,
    )
    line = " ".join(line.split())
    toll = []
    if fatalities:
        toll.append(f"{fatalities} killed")
    if injured:
        toll.append(f"{injured} injured")
    if toll:
        line += "; " + ", ".join(toll)
    return line[:300]
