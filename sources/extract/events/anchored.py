"""Dates told relative to another incident's day.

Three shapes, each dated from an anchor (a day the text has already given):
- trailing: "took Lashkar Gah on Friday, a day after seizing Kandahar" — the words after the
  phrase tell an earlier incident: Kandahar fell the day before the main clause's Friday;
- leading: "Hours after Gardez was handed over, the Taliban entered Sharana" — the main clause
  is dated from the incident the leading clause names;
- adverbial: "A day earlier, the Taliban had taken Aybak" — the sentence is dated from the
  incident told just before.
The dates module finds "a day after"-like phrases (`needs_anchor`) and resolves them
(`resolve_relative_to`); "hours after" it does not know is found here.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from sources.extract.dates import resolve_relative_to
from sources.extract.records import ResolvedDate

_SAME_DAY = re.compile(
    r"\b(?:hours|minutes|moments|shortly|soon)\s+(?:after|before)\b|\bwithin hours of\b"
    # "Earlier in the day, fighters overran Maimana": the day told just before.
    r"|\b(?:earlier|later)\s+(?:in\s+the\s+day|that\s+day|the\s+same\s+day)\b"
    r"|\b(?:on\s+)?(?:that|the)\s+same\s+day\b",
    re.IGNORECASE,
)
# "a day after fighters captured X", "a day after seizing X": "after" with an object; "A day
# after, ..." or "... a day before." without one.
_OBJECT_AFTER = re.compile(r"^\s+[\w\"“‘']")


@dataclass(frozen=True)
class Anchored:
    start: int  # offsets in the cleaned text
    end: int
    phrase: str
    shape: str  # "trailing" | "leading" | "adverbial"
    clause_end: int  # end of the words the phrase governs (trailing and leading)


def find_anchored(text: str, sentence, dates: list) -> list[Anchored]:
    spans = [
        (d.start, d.end)
        for d in dates
        if d.needs_anchor and sentence.start <= d.start and d.end <= sentence.end
    ]
    for match in _SAME_DAY.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if not any(s < end and start < e for s, e in spans):
            spans.append((start, end))
    found = []
    for start, end in sorted(spans):
        phrase = text[start:end]
        rest = text[end : sentence.end]
        clause = re.search(r"[,;]|$", rest)
        clause_end = end + clause.start()
        preposition = re.search(r"\b(?:after|before|of)$", phrase, re.I) and _OBJECT_AFTER.match(
            rest
        )
        if not preposition:
            shape = "adverbial"
        elif not text[sentence.start : start].strip(" \"“'"):
            shape = "leading"
        else:
            shape = "trailing"
        found.append(Anchored(start, end, phrase, shape, clause_end))
    return found


def _offset_days(phrase: str, anchor: date) -> int:
    resolved = resolve_relative_to(phrase, anchor)
    if resolved is None or resolved.value is None:
        return 0  # "hours after": the same day
    return (resolved.value - anchor).days


def dated_from(anchored: Anchored, anchor: date) -> ResolvedDate:
    """The day of the deed the phrase dates: the object's for a trailing phrase (the main
    clause is N days after it), else the sentence's own."""
    days = _offset_days(anchored.phrase, anchor)
    if anchored.shape == "trailing":
        days = -days
    value = anchor + timedelta(days=days)
    return ResolvedDate(value, "day", value, anchored.phrase)


_EXPLICIT = {"absolute": 0, "weekday": 0}


def anchor_day(previous: list, sentence, text: str, anchored: Anchored, dates: list) -> date | None:
    """The day the phrase counts from, for leading and adverbial shapes: the incident the
    leading clause names (by place), else the last day the text named before the phrase
    ("on Saturday", "July 30" before "relative" words such as "overnight"), within a few
    sentences."""
    if anchored.shape == "leading":
        clause = text[anchored.end : anchored.clause_end].casefold()
        named = [
            c
            for c in reversed(previous)
            if c.place is not None
            and c.place.name.casefold() in clause
            and c.date.precision == "day"
            and c.date.value is not None
            and sentence.index - c.sentence.index <= 4
        ]
        if named:
            return named[0].date.value
    told = [
        d
        for d in dates
        if d.end <= anchored.start
        and anchored.start - d.end <= 600
        and d.value.value is not None
        and d.value.precision == "day"
        and not d.needs_anchor
    ]
    if not told:
        return None
    best = max(told, key=lambda d: (d.kind in _EXPLICIT, d.start))
    return best.value.value
