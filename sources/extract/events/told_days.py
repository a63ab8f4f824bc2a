"""Days an incident gets from how it is told rather than from a date next to its verb.

- Just taken: "The Taliban have captured Lashkar Gah, a lawmaker said on Friday", "said on
  Wednesday they had captured the crossing": a town taken, told in a perfect tense with the
  day it was told and no longer span ("in recent days", "earlier"), was taken that day (a
  clash "had" happened may be older: it keeps the week). It ranks below a day the text gives
  the incident itself, so a later "the districts fell on Saturday" still wins.
- Told for a list: "captured Yamgan, Shuhada and Darayim districts." then "the districts fell
  to the Taliban on Saturday": the day of the plural goes to every town the list named.
"""

import re

_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have|had|'ve)\s+(?:(?:also|now|finally|already|reportedly|just)\s+)?$",
    re.IGNORECASE,
)
# "in recent days", "earlier this week", "so far": a perfect that spans more than the day told.
_SPAN_OF_TIME = re.compile(
    r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:recent|past|last|previous)\b|\bearlier\b"
    r"|\bago\b|\bsince\b|\bpreviously\b|\bso far\b|\bthis (?:week|month|year)\b|\bin recent\b",
    re.IGNORECASE,
)
_PLURAL_SUBJECT = re.compile(
    r"\b(?:the|these|those|all|both|all\s+(?:the\s+)?(?:two|three|four|five|six|seven|\d+))\s+"
    r"(?:\w+\s+)?(?:districts|towns|cities|capitals|district centres|district centers)\s+"
    r"(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)


def just_done(sentence: str, trigger_start: int) -> bool:
    """ "have captured", "had fallen" with no span of time told."""
    return bool(
        _PERFECT_BEFORE.search(sentence[max(0, trigger_start - 30) : trigger_start])
        and not _SPAN_OF_TIME.search(sentence)
    )


def date_listed_towns(candidates: list) -> None:
    """Give the towns of a list the day a following "the districts fell on Saturday" tells."""
    for c in candidates:
        told = c.date_origin == "sentence" and c.date.precision == "day"
        if not (told and c.place_from_context):
            continue
        start = c.trigger_start - c.sentence.start
        if not _PLURAL_SUBJECT.search(c.sentence.text[max(0, start - 60) : start]):
            continue
        listed = [
            p
            for p in candidates
            if p.sentence.index == c.sentence.index - 1 and p.shared and p.date_origin != "sentence"
        ]
        for p in listed:
            p.date, p.date_origin = c.date, "sentence"


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNTED_TOWNS = re.compile(
    r"\b(two|three|four|five|six|seven|eight|\d)\s+(?:more\s+|other\s+|key\s+|major\s+)?"
    r"(?:provincial\s+capitals|capitals|cities|districts|towns|district\s+centres)\b",
    re.IGNORECASE,
)


def date_headline_list(candidates: list) -> None:
    """ "Taliban capture Kunduz, Sar-i-Pul and Taloqan" over "seized three provincial capitals
    on Sunday, including Kunduz": the lead's count is the headline's list, all taken that day."""
    headline = [c for c in candidates if c.sentence.index == 0 and _is_headline(c.sentence.text)]
    if len(headline) < 2:
        return
    names = {c.place.name for c in headline if c.place is not None}
    for lead in candidates:
        if lead.sentence.index == 0 or lead.date_origin != "sentence":
            continue
        if lead.date.precision != "day" or lead.place is None or lead.place.name not in names:
            continue
        count = _COUNTED_TOWNS.search(lead.sentence.text)
        if count is None:
            continue
        number = _NUMBERS.get(count.group(1).casefold()) or int(count.group(1))
        if number != len(names) or lead.kind != headline[0].kind:
            continue
        for c in headline:
            if c.date_origin in ("week", ""):
                c.date, c.date_origin = lead.date, "context"
        return


def _is_headline(text: str) -> bool:
    return not text.rstrip().endswith((".", "!", "?"))


def date_from_the_next_sentence(candidates: list) -> None:
    """ "Forces have retaken the Nerkh district center, the ministry said on Sunday." then "17
    Taliban were killed in the operation, which ended on Saturday evening": the day the next
    sentence gives the same town's fighting is the day of the deed only inferred before."""
    for c in candidates:
        told = c.date_origin == "sentence" and c.date.precision == "day"
        if not (told and c.place_from_context and c.place is not None):
            continue
        for p in candidates:
            if (
                p.sentence.index == c.sentence.index - 1
                and p.date_origin == "context"
                and p.date.precision == "day"
                and p.place is not None
                and p.place.name == c.place.name
                and 0 <= (p.date.value - c.date.value).days <= 1
                and _fighting_or_territory(p.kind)
                and _fighting_or_territory(c.kind)
            ):
                p.date, p.date_origin = c.date, "sentence"


def _fighting_or_territory(kind: tuple[str, str]) -> bool:
    from sources.extract.events import classify

    return kind[0] == classify.BATTLES or kind == classify.TRANSFER
