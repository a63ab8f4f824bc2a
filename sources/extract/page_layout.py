"""Lines that are boilerplate because of where they stand: the page header above the first
paragraph, captions above their credits or under "Image caption,", the headlines listed under
"Read more", short labels among promotions and at the end of the page."""

import re

from sources.extract.line_kinds import (
    DATE_LINE,
    ENDS_SENTENCE,
    is_paragraph,
    is_photo_credit,
    is_short_label,
    looks_like_caption_text,
    looks_like_headline,
    names_someone,
    words,
)


def drop_context_boilerplate(lines: list[str], dropped: list[bool]) -> None:
    """Lines that are boilerplate because of their neighbours (second pass, in place)."""
    filled = [i for i, line in enumerate(lines) if line]
    # The headline above a masthead ("Khaama Press") is no caption above a photo credit.
    headline = _page_headline(lines, dropped, filled)
    for n, i in enumerate(filled):
        after = filled[n + 1] if n + 1 < len(filled) else None
        # A caption sits right above its photo credit; reported speech never is one.
        if (
            not dropped[i]
            and i != headline
            and after is not None
            and is_photo_credit(lines[after])
            and looks_like_caption_text(lines[i])
        ):
            dropped[i] = True
    _drop_related_headlines(lines, dropped, filled)
    _drop_announced_captions(lines, dropped, filled)
    _drop_page_header(lines, dropped, filled)
    headline = _page_headline(lines, dropped, filled) or headline
    _drop_names_by_date_lines(lines, dropped, filled, headline)
    # Short unpunctuated lines among promotions ("The summary of the week", the topic list
    # after "Related Topics") belong to them: first those between two dropped lines, then
    # those of the trailing block that follow a dropped line. Subheadings sit between body
    # paragraphs and are never affected.
    for n, i in enumerate(filled):
        before = filled[n - 1] if n > 0 else None
        after = filled[n + 1] if n + 1 < len(filled) else None
        if (
            is_short_label(lines[i])
            and i != headline
            and before is not None
            and dropped[before]
            and after is not None
            and dropped[after]
        ):
            dropped[i] = True
    tail = len(filled)
    while tail > 0 and (dropped[filled[tail - 1]] or is_short_label(lines[filled[tail - 1]])):
        tail -= 1
    seen_dropped = False
    for i in filled[tail:]:
        seen_dropped = seen_dropped or dropped[i]
        if seen_dropped:
            dropped[i] = True


_LIST_HEADER = re.compile(
    r"^(?:read more|also read|read also|related(?: stories| articles| content| news)?|see also|"
    r"recommended(?: stories)?|more stories|more on this story|you may also like|"
    r"you might also like|most (?:read|viewed|popular)|read next|up next|top stories|"
    r"related news|\w+ recommends|you (?:may|might) (?:also )?be interested in)"
    r"\s*[:|»>-]?\s*$",
    re.IGNORECASE,
)


def _drop_related_headlines(lines: list[str], dropped: list[bool], filled: list[int]) -> None:
    """ "Read more:" and "Related" head a list of other articles' headlines: the unpunctuated
    lines right after them (at most five) are links, not body; so is a one-sentence teaser
    under such a headline when the list goes on after it or the page ends with it."""
    for n, i in enumerate(filled):
        if not _LIST_HEADER.match(lines[i]):
            continue
        items = filled[n + 1 : n + 7]
        for k, j in enumerate(items):
            if dropped[j]:
                continue
            if looks_like_headline(lines[j]):
                dropped[j] = True
                continue
            after = filled[n + 2 + k] if n + 2 + k < len(filled) else None
            teaser = (
                k > 0
                and dropped[items[k - 1]]
                and _is_teaser(lines[j])
                and (after is None or looks_like_headline(lines[after]))
            )
            if not teaser:
                break
            dropped[j] = True


def _is_teaser(line: str) -> bool:
    return (
        words(line) <= 30 and not _SENTENCE_INSIDE.search(line) and bool(ENDS_SENTENCE.search(line))
    )


_NAME_WORD = re.compile(r"^(?-i:[A-Z])[a-zA-Z'’.-]+$")


def _drop_names_by_date_lines(
    lines: list[str], dropped: list[bool], filled: list[int], headline: int | None
) -> None:
    """ "Sat, Aug 07 2021, 10:31 AM" then "Hasib Rahimi": a name alone next to the date line,
    below the headline, is the byline."""
    if headline is None:
        return
    for n, i in enumerate(filled):
        if not (dropped[i] and DATE_LINE.match(lines[i])):
            continue
        for j in filled[max(0, n - 1) : n + 2]:
            parts = lines[j].split()
            if (
                j > headline
                and not dropped[j]
                and 2 <= len(parts) <= 4
                and all(_NAME_WORD.match(p) for p in parts)
            ):
                dropped[j] = True


_SENTENCE_INSIDE = re.compile(r"[.!?][\"”’)]?\s+[A-Z“\"]")


_BARE_CAPTION_PREFIX = re.compile(
    r"^(?:image caption|media caption|photo caption|caption)\s*[,:.-]?\s*$", re.IGNORECASE
)


def _drop_announced_captions(lines: list[str], dropped: list[bool], filled: list[int]) -> None:
    """ "Image caption," alone on its line announces the caption on the next one."""
    for n, i in enumerate(filled[:-1]):
        following = filled[n + 1]
        if _BARE_CAPTION_PREFIX.match(lines[i]) and looks_like_caption_text(lines[following]):
            dropped[i] = dropped[following] = True


def _page_headline(lines: list[str], dropped: list[bool], filled: list[int]) -> int | None:
    """The headline: above the first paragraph, the first kept line that looks like one and
    names someone. Chrome around it must not take it along."""
    for i in filled:
        if dropped[i]:
            continue
        if is_paragraph(lines[i]):
            return None
        if looks_like_headline(lines[i]) and words(lines[i]) >= 4 and names_someone(lines[i]):
            return i
    return None


def _drop_page_header(lines: list[str], dropped: list[bool], filled: list[int]) -> None:
    """The page chrome above the first paragraph: section names, breadcrumbs, topic tags, the
    outlet's name ("Asia Pacific", "News|Taliban", "Home", "Hasht-e Subh", "KABUL, Afghanistan")
    are lines of at most three words; a tagline ("Exclusive news, data and analytics for ...")
    is an unpunctuated line without a capitalised word after its first, standing above a
    headline that has one. Headlines and standfirsts are longer or name someone."""
    first = next((i for i in filled if not dropped[i] and is_paragraph(lines[i])), None)
    if first is None:
        return
    header = [i for i in filled if i < first and not dropped[i]]
    # Without a longer headline, the last short headline-like line is the headline
    # ("Kunduz falls" above its standfirst).
    titled = any(
        looks_like_headline(lines[i]) and words(lines[i]) >= 4 and names_someone(lines[i])
        for i in header
    )
    short = [i for i in header if looks_like_headline(lines[i]) and words(lines[i]) <= 3]
    kept = short[-1] if short and not titled else None
    for n, i in enumerate(header):
        line = lines[i]
        if ENDS_SENTENCE.search(line) or i == kept:
            continue
        if words(line) <= 3 and len(header) > 1:
            dropped[i] = True
        elif words(line) <= 12 and not names_someone(line):
            later = [lines[j] for j in header[n + 1 :]]
            if any(looks_like_headline(h) and names_someone(h) for h in later):
                dropped[i] = True
