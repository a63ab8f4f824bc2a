"""An article's cleaned text with the passages that produced records marked and linked.

The text came from an uploaded article, so it is escaped piece by piece and only our own
markup is marked safe. Overlapping passages (an event and a statement read from the same
sentence, a quote inside a longer passage) are cut at every boundary: each piece knows every
passage that covers it, and links to the innermost one.
"""

from dataclasses import dataclass, field
from itertools import pairwise

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from events.models import Event, EventSource, Statement


@dataclass(frozen=True)
class Passage:
    """One extracted span of the article and the record it produced."""

    anchor: str  # the HTML id, "span-e12" (EventSource 12) or "span-s7" (Statement 7)
    kind: str  # "event" | "statement"
    start: int
    end: int
    url: str
    label: str  # what the record is, for the link's title and the list of passages
    located: bool = True  # False when the stored offsets no longer match the text

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class Piece:
    text: str
    passages: list[Passage] = field(default_factory=list)
    opens: list[Passage] = field(default_factory=list)  # passages that start here


def locate(text: str, start: int, end: int, evidence: str) -> tuple[int, int] | None:
    """The stored offsets if they still point at the evidence, else where it is now found."""
    if 0 <= start < end <= len(text) and (not evidence or text[start:end] == evidence):
        return start, end
    if evidence:
        found = text.find(evidence)
        if found >= 0:
            return found, found + len(evidence)
    return None


def event_passage(link: EventSource, text: str) -> Passage:
    """Needs `link.event` loaded."""
    where = locate(text, link.start, link.end, link.evidence)
    start, end = where or (0, 0)
    return Passage(
        anchor=f"span-e{link.pk}",
        kind="event",
        start=start,
        end=end,
        url=link.event.get_absolute_url(),
        label=f"Event: {link.event.summary}",
        located=where is not None,
    )


@dataclass
class EventPassages:
    """One event of an article and every passage of it that reports the event."""

    event: Event
    passages: list[Passage] = field(default_factory=list)

    @property
    def located(self) -> list[Passage]:
        return [p for p in self.passages if p.located]


def by_event(links: list[EventSource], passages: list[Passage]) -> list[EventPassages]:
    """Links paired with their passages, grouped per event in the order of first mention.

    An article often reports one event in several sentences; listing the event once per
    sentence reads as several events.
    """
    groups: dict[int, EventPassages] = {}
    for link, passage in zip(links, passages, strict=True):
        groups.setdefault(link.event_id, EventPassages(link.event)).passages.append(passage)
    return list(groups.values())


def statement_passage(statement: Statement, text: str) -> Passage:
    """Needs `statement.speaker` loaded."""
    where = locate(text, statement.start, statement.end, statement.evidence)
    start, end = where or (0, 0)
    who = statement.speaker.name if statement.speaker_id else "Unattributed"
    return Passage(
        anchor=f"span-s{statement.pk}",
        kind="statement",
        start=start,
        end=end,
        url=statement.get_absolute_url(),
        label=f"Statement by {who}",
        located=where is not None,
    )


def split(text: str, passages: list[Passage]) -> list[Piece]:
    """The text cut at every passage boundary; pieces cover it exactly, in order."""
    located = [p for p in passages if p.located and p.end > p.start]
    cuts = sorted({0, len(text)} | {p.start for p in located} | {p.end for p in located})
    pieces = []
    for left, right in pairwise(cuts):
        covering = [p for p in located if p.start <= left and right <= p.end]
        # Innermost first: the shortest passage is the most specific record for this piece.
        covering.sort(key=lambda p: (p.length, p.anchor))
        opens = sorted((p for p in covering if p.start == left), key=lambda p: p.anchor)
        pieces.append(Piece(text[left:right], covering, opens))
    return pieces


def render_piece(piece: Piece) -> SafeString:
    if not piece.passages:
        return conditional_escape(piece.text)
    target = piece.passages[0]
    kinds = sorted({p.kind for p in piece.passages})
    classes = " ".join(["hl", *(f"hl--{k}" for k in kinds)])
    if len(piece.passages) > 1:
        classes += " hl--overlap"
    title = "; ".join(p.label for p in piece.passages)
    # One id per element: a second passage starting here gets an empty anchor before it.
    mark_id, *extra = [p.anchor for p in piece.opens] or [""]
    anchors = mark_safe("".join(format_html('<span id="{}"></span>', a) for a in extra))
    id_attr = format_html(' id="{}"', mark_id) if mark_id else ""
    return format_html(
        '{}<mark class="{}"{} data-spans="{}"><a href="{}" title="{}">{}</a></mark>',
        anchors,
        classes,
        id_attr,
        " ".join(p.anchor for p in piece.passages),
        target.url,
        title,
        piece.text,
    )


def highlight(text: str, passages: list[Passage]) -> SafeString:
    """The whole text as safe HTML with every located passage marked."""
    return mark_safe("".join(render_piece(piece) for piece in split(text, passages)))
