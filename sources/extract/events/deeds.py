"""Sentences that tell more, or other, than their first trigger says.

- "since they captured Spin Boldak on July 14": a deed in a since-clause with a day of its own
  is told, not only used to date another;
- "On Monday aircraft struck near Kandahar, and on Tuesday we conducted a strike in Kunduz":
  two deeds of one kind, each with its own day and place;
- "Ghazni fell to the group." "The governor left the city under a deal.": the next sentence
  of the passage says how the town fell.
"""

import re

from sources.extract.events import classify, clauses, context
from sources.extract.events.sentences import Sentence


def dated_since_clause(s: str, offset: int, hit, dates: list) -> bool:
    """ "encroached on Kandahar since they captured Spin Boldak on July 14": a deed the
    clause gives a day of its own is told, not only used to date another."""
    if not context.in_since_clause(s, hit.start):
        return False
    clause_end = re.search(r"[,;]|$", s[hit.end :]).start() + hit.end
    return any(
        hit.end <= d.start - offset < clause_end
        and d.value.value is not None
        and d.value.precision == "day"
        for d in dates
    )


def one_place_per_deed(hits: list, best, own_places: list, own_dates: list, sentence) -> list:
    """ "On Monday aircraft struck near Kandahar, and on Tuesday we conducted a strike in
    Kunduz": two deeds of one kind, each with its own day and place. Each place with the date
    nearest its deed ([] unless there are two deeds, two places and two days)."""
    deeds = [h for h in hits if h.kind == best.kind]
    if len(deeds) < 2 or len(own_dates) < 2 or len(own_places) < 2:
        return []
    found: list[tuple] = []
    for deed in deeds:
        at = sentence.start + deed.start
        after = [p for p in own_places if p.span.start > at]
        place = min(after or own_places, key=lambda p: abs(p.span.start - at))
        day = min(own_dates, key=lambda d: abs(d.start - at))
        if any(p is place or d is day for p, d in found):
            return []
        found.append((place, day))
    return found


_DEAL = re.compile(
    r"\bunder (?:a|an|the) (?:[\w-]+ )?(?:deal|agreement|arrangement)\b"
    r"|\bnegotiated (?:withdrawal|exit|retreat|surrender|handover)\b"
    r"|\bwithout (?:a |any )?(?:fight|resistance|a shot)\b",
    re.IGNORECASE,
)


def settle_by_deal(candidates: list, sentences: list[Sentence], places) -> None:
    """ "Ghazni fell to the group." "The governor left the city under a deal with the
    fighters.": the next sentence of the passage says how the town fell, when it names no
    other place and neither tells of fighting. Marks the capture `settled`; the incident it
    joins is then a transfer (merge.py)."""
    for c in candidates:
        if c.kind != classify.TAKEOVER or c.place is None or clauses.fighting_told(c.sentence.text):
            continue
        n = c.sentence.index + 1
        if n >= len(sentences) or sentences[n].paragraph != c.sentence.paragraph:
            continue
        after = sentences[n]
        named = {
            p.name
            for p in places
            if after.start <= p.span.start < after.end and p.kind != "province"
        }
        if (
            _DEAL.search(after.text)
            and not clauses.fighting_told(after.text)
            and named <= {c.place.name}
        ):
            c.settled = True
