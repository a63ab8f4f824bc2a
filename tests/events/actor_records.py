"""Actor records shared by the actor page's tests and the activity chart's tests."""

from datetime import date, timedelta

from events.models import Actor
from tests.factories import make_actor, make_event, make_place, make_source, make_statement


def make_taliban() -> Actor:
    taliban = Actor.objects.get_or_create(
        slug="taliban", defaults={"name": "Taliban", "kind": "armed_group"}
    )[0]
    taliban.aliases = ["Islamic Emirate test"]
    taliban.save()
    return taliban


def build(taliban, n_events: int) -> dict:
    """Taliban events in July and August, a spokesman's statements and the group's own."""
    ansf = make_actor("Afghan forces test", kind="state_forces")
    mujahid = make_actor(
        "Zabihullah Mujahid test",
        kind="person",
        affiliation=taliban,
        description="Taliban spokesman.",
    )
    place = make_place("Kunduz test")
    source = make_source(
        "“We have taken Kunduz,” Mujahid said. The Islamic Emirate said: “Surrender.” "
        "“Forces will regroup,” the army said."
    )
    events = []
    for i in range(n_events):
        day = date(2021, 7, 20) + timedelta(days=i % 25)
        roles = (
            [(taliban, "actor1"), (ansf, "actor2")]
            if i % 2 == 0
            else [(ansf, "actor1"), (taliban, "actor2")]
        )
        events.append(make_event(place=place, date=day, actors=roles, summary=f"Clash {i}"))
    make_event(date=None, actors=[(taliban, "actor1")], summary="Undated clash")
    make_event(actors=[(taliban, "actor1")], summary="Rejected clash", review_status="rejected")
    make_statement(
        source,
        text="We have taken Kunduz,",
        speaker=mujahid,
        event=events[0],
        said_on=date(2021, 8, 8),
    )
    make_statement(source, text="Surrender.", speaker=taliban, said_on=date(2021, 8, 7))
    make_statement(source, text="Forces will regroup,", speaker=ansf, said_on=date(2021, 8, 7))
    return {"ansf": ansf, "mujahid": mujahid, "events": events}
