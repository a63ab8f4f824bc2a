"""Date expressions in article text, resolved against the publication date.

Rules (all relative to the publication date P; without P none guesses, but the opt-in
`years_from_text` below):

- "July 30", "30 July", "August 4th": the year whose date is closest to P (so "by August 31"
  in an early-August article is this year's, and "December 28" in a January one last year's).
- "Wednesday (August 4th)": the explicit date wins; the weekday is only a check.
- "on Friday", "Friday's attack", "Friday night": the most recent Friday on or before P (P
  itself when P is a Friday); "last Friday": strictly before P; "next Friday": strictly after;
  "this Friday": the Friday of P's Monday-to-Sunday week; "Friday last week": the Friday of
  the week before P's.
- "yesterday" P-1, "today"/"this morning"/"tonight" P, "last night"/"overnight" P-1 (the
  night before publication, dated by the evening it began), "in the past 24 hours" P-1 with
  end P, "N days ago" P-N.
- Week precision (value = Monday, end = Sunday): "this week"/"earlier in the week" P's week,
  "last week" the week before, "in recent days"/"past few days"/"past week"/"for several
  days" the week of P-3 (the middle of the last seven days), "over the weekend" the week of
  the last Saturday.
- Month precision (value = 1st, end = last day): "this month", "last month", "in recent
  weeks" (the month of P-14), "in April"/"since May" (this year's, or last year's when the
  month is after P's month; after "by"/"until"/"next" the nearest one instead).
- "in 2015", "between 1996 and 2001", "this year": precision "year" (value = 1 January);
  "in the past three months", "in recent months": precision "period" (value = the 1st of the
  month N months back, end = P). Neither is an ACLED precision: they only exist so callers
  see background and aggregates, and `is_background` is always true for them.
- "8/8/2021", "15.08.2021": only when day and month cannot be swapped.
- Without P, only on request (`years_from_text`): "August 8" in the latest year the text
  writes out, so an undated article about "the offensive of May 2021" dates its days.
- "a day earlier", "the next day", "two days later": relative to another date. They come
  back with `needs_anchor=True` and no value; `resolve_relative_to(phrase, anchor)` dates them.
"""

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from sources.extract.date_rules import (
    COUNT,
    MONTHS,
    PATTERNS,
    WEEKDAYS,
    count_value,
    day_in_year,
    day_precision,
    nearest_year_date,
    weekday_on_or_before,
)
from sources.extract.records import ResolvedDate

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "DateMention",
    "event_date",
    "find_dates",
    "is_background",
    "is_future",
    "nearest_year_date",
    "needs_anchor",
    "resolve",
    "resolve_relative_to",
    "weekday_on_or_before",
]

# Before 2021 nothing is news about the 2021 offensive; nor is anything older than this.
BACKGROUND_BEFORE = date(2021, 1, 1)
BACKGROUND_DAYS = 60


@dataclass
class DateMention:
    value: ResolvedDate
    start: int
    end: int
    needs_anchor: bool = False  # "a day earlier": date it with resolve_relative_to()
    # "absolute" (a calendar date), "weekday" ("on Friday"), "relative" ("yesterday", "in the
    # past 24 hours"), "vague" ("overnight", week and month expressions), "anchored" ("a day
    # earlier"), "year" ("in 2015", "this year").
    kind: str = ""


_ANCHOR_OFFSETS = (
    (re.compile(r"\b(?:earlier|before|previous)\b", re.I), -1),
    (re.compile(r"\b(?:later|after|next|following)\b", re.I), 1),
)


def find_dates(
    text: str, published: date | None, years_from_text: bool = False
) -> list[DateMention]:
    """Every date expression in `text`, in order; offsets index `text`.

    Overlapping matches keep the longest ("Wednesday (August 4th)" over "Wednesday").
    Expressions that cannot be dated (no P, or relative to another date) are kept with a
    value of `ResolvedDate(None, "")` so callers know the text dated the fact.

    years_from_text: without P, "August 8" takes the latest year the text writes out ("the
    offensive that began in May 2021 ... On August 8"): an undated article's present is the
    last year it names. Weekdays and "yesterday" stay undated: they need the day itself.
    """
    year = _latest_year(text) if published is None and years_from_text else None
    found: list[tuple[int, int, int, DateMention]] = []
    for priority, match in _matches(text):
        resolved, kind = PATTERNS[priority][1](match, published)
        if resolved is None and year and kind == "absolute":
            resolved = day_in_year(match, year)
        has_year = "y" in match.re.groupindex and match["y"]
        start, end = match.span("y") if kind == "year" and has_year else match.span()
        value = resolved or ResolvedDate(None, "", None, text[start:end])
        found.append(
            (start, end, priority, DateMention(value, start, end, kind == "anchored", kind))
        )
    found.sort(key=lambda item: (item[0], -(item[1] - item[0]), item[2]))
    kept: list[DateMention] = []
    for start, _end, _, mention in found:
        if kept and start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


def _latest_year(text: str) -> int | None:
    years = [
        int(match["y"]) for _, match in _matches(text) if "y" in match.re.groupindex and match["y"]
    ]
    return max(years, default=None)


@lru_cache(maxsize=8)
def _matches(text: str) -> tuple[tuple[int, re.Match], ...]:
    """Every pattern's matches in `text`, with the pattern's priority. They do not depend on
    the publication date, and one article's body is read for dates with and without it (the
    pipeline, the publication-date inference): scanning it once is enough."""
    return tuple(
        (priority, match)
        for priority, (pattern, _handler) in enumerate(PATTERNS)
        for match in pattern.finditer(text)
    )


def resolve(phrase: str, published: date | None) -> ResolvedDate | None:
    """The date of the first date expression in `phrase`, or None (unknown or needs anchor)."""
    for mention in find_dates(phrase, published):
        return mention.value if mention.value.value else None
    return None


def needs_anchor(phrase: str) -> bool:
    """True for "a day earlier"-like phrases: dated from another date, not publication."""
    mentions = find_dates(phrase, None)
    return bool(mentions) and mentions[0].needs_anchor


def resolve_relative_to(phrase: str, anchor: date) -> ResolvedDate | None:
    """Date `phrase` from `anchor`: "a day earlier" = anchor - 1; others as if published then."""
    mentions = find_dates(phrase, anchor)
    if not mentions:
        return None
    mention = mentions[0]
    if not mention.needs_anchor:
        return mention.value if mention.value.value else None
    words = phrase[mention.start : mention.end]
    count = re.search(COUNT, words, re.I)
    days = count_value(count["n"]) if count and "day" in words.lower() else 1
    if re.search(r"\b(?:same|that)\b|\bhours\b", words, re.I):
        days = 0
    for pattern, sign in _ANCHOR_OFFSETS:
        if pattern.search(words):
            return day_precision(anchor + timedelta(days=sign * days), words)
    return day_precision(anchor, words)


def is_background(resolved: ResolvedDate, published: date | None) -> bool:
    """True when a date cannot be the date of a fresh event reported by the article.

    That is: year precision ("in 2015", "this year"), a period ending before 2021, or one
    ending more than BACKGROUND_DAYS (60) days before publication ("in April" in an August
    article). Undated values are not background (there is nothing to judge).
    """
    if resolved.value is None:
        return False
    if resolved.precision in ("year", "period"):
        return True
    end = resolved.end or resolved.value
    if end < BACKGROUND_BEFORE:
        return True
    return bool(published and end < published - timedelta(days=BACKGROUND_DAYS))


def is_future(resolved: ResolvedDate, published: date | None) -> bool:
    """True for dates after publication ("by August 31"): deadlines, not events."""
    return bool(published and resolved.value and resolved.value > published)


_DATELINE_BEFORE = re.compile(r"^[A-Z][A-Za-z .'’\[\]-]{1,40},\s*(?:[A-Z][a-z]+,\s*)?$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\(|[-—–:])")
_KIND_RANK = {"absolute": 0, "weekday": 1, "relative": 2, "vague": 3}


def event_date(text: str, published: date | None) -> ResolvedDate | None:
    """The best date for an event told in `text` (a sentence or a passage).

    Background and future dates are ignored; an explicit date beats a weekday, which beats
    "yesterday"-like words, which beat "overnight"/week/month expressions. Ties: first one.
    """
    best: tuple[int, int, ResolvedDate] | None = None
    for mention in find_dates(text, published):
        value = mention.value
        if value.value is None or mention.kind not in _KIND_RANK:
            continue
        if _DATELINE_BEFORE.match(text[: mention.start]) and _DATELINE_AFTER.match(
            text[mention.end :]
        ):
            continue  # "KABUL, Aug 6 (Reuters) -": when the story was filed, not the event
        if is_background(value, published) or is_future(value, published):
            continue
        candidate = (_KIND_RANK[mention.kind], mention.start, value)
        if best is None or candidate[:2] < best[:2]:
            best = candidate
    return best[2] if best else None
