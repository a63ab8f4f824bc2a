"""What one line of a saved page is, judged on its own: a date line, a photo credit or caption,
a promotion or notice, a headline, a body paragraph. `clean` and `page_layout` decide with these.
"""

import re

from sources.extract import boilerplate as bp

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?"
FULL_DATE = (
    rf"(?:{MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    r"|[0-3]?\d/[0-3]?\d/20\d\d|[0-3]?\d\.[0-3]?\d\.20\d\d|[0-3]?\d-[0-3]?\d-20\d\d"
    r"|20\d\d/[01]?\d/[0-3]?\d)"
)
_FULL_DATE = re.compile(FULL_DATE)
# "Published 4 August 2021", "Updated: Aug 5, 2021 14:32 IST", "Thursday 5 August 2021",
# "Updated 0932 GMT (1732 HKT) August 7, 2021", "Issued on: 2021-08-23T09:31:00Z", a byline
# that carries the date: "Shadi Khan Saif |07.08.2021", and the update after the publication:
# "Published 14 August 2021 Updated 15 August 2021", "Aug 14, 2021 / 09:31 AM / Updated ...".
DATE_LINE = re.compile(
    r"^(?:(?:published|posted|issued|updated|last updated|last modified|modified|"
    r"first published|date|dated)"
    r"\b(?: on)?\s*:?[^.]{0,30}?"
    r"|(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,5}\s*[|·•]\s*)?"
    rf"(?:{WEEKDAY},?\s+)?(?P<d>{FULL_DATE})"
    r"(?:\s*(?:[,|/-]|at|T)?\s*\d{1,2}[:.]?\d{2}.{0,30})?"
    r"(?:\s*[|·•/,-]?\s*(?:updated|last updated|modified|last modified)\b.{0,60})?\s*$",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|reported|added|announced|claimed|stated|warned)\b"
)
_RELATIVE = re.compile(r",\s+(?:which|who)\b")
_QUOTES = re.compile(r"[\"“”]")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[A-Z“\"]")
# Per-line tests, compiled once.
_ADDRESSES_READER = re.compile(r"\byou\b|\byour\b", re.I)
_ENDS_WITH_PUNCTUATION = re.compile(r"[.,;:]$")
ENDS_SENTENCE = re.compile(r"[.!?\"”]$")


def words(line: str) -> int:
    return len(line.split())


def _single_sentence(line: str) -> bool:
    return not _SENTENCE_END.search(line) and words(line) <= 60


def is_photo_credit(line: str) -> bool:
    return words(line) <= 12 and bool(bp.PHOTO_CREDIT.match(line))


def is_caption(line: str) -> bool:
    """A photo caption recognisable without its neighbours."""
    if bp.CAPTION_PREFIX.match(line):
        return True
    if bp.INLINE_PHOTO_CREDIT.search(line) and words(line) <= 80:
        return True
    # "A security guard stands in front of ... on October 23, 2010." : a single sentence whose
    # present-tense verb comes early and whose full date comes late describes a photo.
    if not _single_sentence(line) or _QUOTES.search(line) or _RELATIVE.search(line):
        return False
    dated = [m for m in _FULL_DATE.finditer(line) if len(line) - m.end() <= 60]
    verb = bp.CAPTION_VERB.search(line)
    return bool(dated) and verb is not None and words(line[: verb.start()]) <= 15


def looks_like_caption_text(line: str) -> bool:
    if not _single_sentence(line) or _QUOTES.search(line) or _ATTRIBUTION.search(line):
        return False
    return bool(bp.CAPTION_VERB.search(line) or _FULL_DATE.search(line)) or words(line) <= 15


def _is_notice(line: str) -> bool:
    """Copyright, cookie-consent and correction notices, and time stamps without a day."""
    count = words(line)
    if bp.TIME_STAMP_LINE.match(line):
        return True
    if _QUOTES.search(line):
        return False
    if bp.COPYRIGHT_LINE.match(line) and count <= 45:
        return True
    if bp.COOKIE_NOTICE.search(line) and count <= 70:
        return True
    if bp.EDITORIAL_NOTE.match(line) and count <= 60:
        return True
    # Two different subscription or consent terms: "... offered to subscribers ... contact us
    # for subscription options".
    terms = {m.group().casefold() for m in bp.NOTICE_TERM.finditer(line)}
    return len(terms) >= 2 and count <= 60


def is_promo(line: str) -> bool:
    if bp.PROMO_LEAD.match(line) or bp.JUNK_LINE.match(line) or _is_notice(line):
        return True
    if bp.TAG_LINE.match(line):
        return True
    if words(line) > 25 or _QUOTES.search(line):
        return False
    if bp.SOCIAL_LOGO.match(line) or bp.SOCIAL.match(line):
        return True
    return bool(bp.PROMO_TERM.search(line)) and (
        bool(bp.PROMO_START.match(line)) or bool(_ADDRESSES_READER.search(line))
    )


def looks_like_headline(line: str) -> bool:
    return (
        2 <= words(line) <= 25
        and len(line) <= 200
        and not _ENDS_WITH_PUNCTUATION.search(line)
        and line[:1].isupper() | line[:1].isdigit()
        and not bp.DATELINE_AGENCY.match(line)
    )


_PARAGRAPH_END = re.compile(r"[.!?\"”’)]$")


def is_paragraph(line: str) -> bool:
    return words(line) >= 12 and bool(_PARAGRAPH_END.search(line))


def names_someone(line: str) -> bool:
    """A capitalised word after the first: a name ("Taliban", "Kunduz", "U.S.")."""
    return any(word[:1].isupper() for word in line.split()[1:])


def is_short_label(line: str) -> bool:
    return words(line) <= 8 and not ENDS_SENTENCE.search(line)
