"""Decoded article text to body text: header, boilerplate lines and tweet signatures out.

Only whole lines, or whole tokens inside a line (a pic.twitter.com link, an agency tag in a
dateline, "(Photo: ...)"), are removed, so every body paragraph survives character for
character and evidence offsets into `CleanedText.text` stay meaningful. Lines are stripped
of surrounding blanks, layout spaces (no-break, thin) read as plain ones, and runs of blank
lines become one blank line.

The headline is kept in the body (evidence may cite it) and also returned as `title`.
"""

import html
import re
from datetime import date, datetime

from sources.extract import boilerplate as bp
from sources.extract.decode import LINE_BREAKS, SPACES
from sources.extract.records import CleanedText, Tweet

_HEADER = re.compile(r"\A\s*date\s*:?\s+(\d{4}-\d{1,2}-\d{1,2})\b[ \t]*\n?", re.IGNORECASE)

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\.?"
FULL_DATE = (
    rf"(?:{MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    r"|[0-3]?\d[/.][0-3]?\d[/.]20\d\d)"
)
_FULL_DATE = re.compile(FULL_DATE)
# "Published 4 August 2021", "Updated: Aug 5, 2021 14:32 IST", "Thursday 5 August 2021",
# "Updated 0932 GMT (1732 HKT) August 7, 2021", "Issued on: 2021-08-23T09:31:00Z", and a
# byline that carries the date: "Shadi Khan Saif |07.08.2021".
DATE_LINE = re.compile(
    r"^(?:(?:published|posted|issued|updated|last updated|last modified|modified|"
    r"first published|date|dated)"
    r"\b(?: on)?\s*:?[^.]{0,30}?"
    r"|(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,5}\s*[|·•]\s*)?"
    rf"(?:{WEEKDAY},?\s+)?(?P<d>{FULL_DATE})"
    r"(?:\s*(?:[,|-]|at|T)?\s*\d{1,2}[:.]?\d{2}.{0,30})?\s*$",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|reported|added|announced|claimed|stated|warned)\b"
)
# Zero-width spaces and joiners-for-layout copied from web pages (not ZWNJ, which Persian
# names need).
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
_RELATIVE = re.compile(r",\s+(?:which|who)\b")
_QUOTES = re.compile(r"[\"“”]")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+[A-Z“\"]")
# Per-line tests, compiled once.
_ADDRESSES_READER = re.compile(r"\byou\b|\byour\b", re.I)
_ENDS_WITH_PUNCTUATION = re.compile(r"[.,;:]$")
_ENDS_SENTENCE = re.compile(r"[.!?\"”]$")


def _words(line: str) -> int:
    return len(line.split())


def _single_sentence(line: str) -> bool:
    return not _SENTENCE_END.search(line) and _words(line) <= 60


def _parse_tweet_date(text: str) -> date | None:
    text = re.sub(r"\s+", " ", text.replace(".", "").replace(",", "")).strip()
    for fmt in ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _is_photo_credit(line: str) -> bool:
    return _words(line) <= 12 and bool(bp.PHOTO_CREDIT.match(line))


def _is_caption(line: str) -> bool:
    """A photo caption recognisable without its neighbours."""
    if bp.CAPTION_PREFIX.match(line):
        return True
    if bp.INLINE_PHOTO_CREDIT.search(line) and _words(line) <= 80:
        return True
    # "A security guard stands in front of ... on October 23, 2010." : a single sentence whose
    # present-tense verb comes early and whose full date comes late describes a photo.
    if not _single_sentence(line) or _QUOTES.search(line) or _RELATIVE.search(line):
        return False
    dated = [m for m in _FULL_DATE.finditer(line) if len(line) - m.end() <= 60]
    verb = bp.CAPTION_VERB.search(line)
    return bool(dated) and verb is not None and _words(line[: verb.start()]) <= 15


def _looks_like_caption_text(line: str) -> bool:
    if not _single_sentence(line) or _QUOTES.search(line) or _ATTRIBUTION.search(line):
        return False
    return bool(bp.CAPTION_VERB.search(line) or _FULL_DATE.search(line)) or _words(line) <= 15


def _is_notice(line: str) -> bool:
    """Copyright, cookie-consent and correction notices, and time stamps without a day."""
    words = _words(line)
    if bp.TIME_STAMP_LINE.match(line):
        return True
    if _QUOTES.search(line):
        return False
    if bp.COPYRIGHT_LINE.match(line) and words <= 45:
        return True
    if bp.COOKIE_NOTICE.search(line) and words <= 70:
        return True
    if bp.EDITORIAL_NOTE.match(line) and words <= 60:
        return True
    # Two different subscription or consent terms: "... offered to subscribers ... contact us
    # for subscription options".
    terms = {m.group().casefold() for m in bp.NOTICE_TERM.finditer(line)}
    return len(terms) >= 2 and words <= 60


def _is_promo(line: str) -> bool:
    if bp.PROMO_LEAD.match(line) or bp.JUNK_LINE.match(line) or _is_notice(line):
        return True
    if _words(line) > 25 or _QUOTES.search(line):
        return False
    if bp.SOCIAL_LOGO.match(line) or bp.SOCIAL.match(line):
        return True
    return bool(bp.PROMO_TERM.search(line)) and (
        bool(bp.PROMO_START.match(line)) or bool(_ADDRESSES_READER.search(line))
    )


class _Cleaner:
    def __init__(self) -> None:
        self.removed: list[str] = []
        self.tweets: list[Tweet] = []
        self.url = ""
        # (priority, outlet): lower wins. Stated source > promotion > URL > dateline > byline.
        self.outlets: list[tuple[int, str]] = []

    def outlet(self) -> str:
        return min(self.outlets)[1] if self.outlets else ""

    def strip_tokens(self, line: str) -> str:
        """Tokens that are never body text, removed from inside a line."""
        for pattern in (bp.TWEET_LINK, bp.PHOTO_TOKEN, bp.TRAILING_AGENCY):
            for match in pattern.finditer(line):
                self.removed.append(match.group().strip())
            line = pattern.sub("", line)
        signature = bp.TWEET_SIGNATURE.search(line)
        if signature:
            self.tweets.append(
                Tweet(
                    author=signature["author"].strip(),
                    handle=signature["handle"],
                    posted_on=_parse_tweet_date(signature["date"]),
                    line=signature.group().strip(),
                )
            )
            self.removed.append(signature.group().strip())
            line = line[: signature.start()]
        dateline = bp.DATELINE_AGENCY.match(line)
        if dateline and _words(line) > 4:
            self.outlets.append((3, bp.canonical_outlet(dateline["a"])))
            self.removed.append(f"({dateline['a']})")
            tag_start = line.index("(", dateline.start("a") - 1)
            rest = line[dateline.end() :]
            # "Kabul (CNN)The Taliban": keep a space where the tag glued two words.
            glue = " " if rest[:1].isalnum() else ""
            line = line[:tag_start].rstrip() + glue + rest
        return line.strip()

    def is_boilerplate(self, line: str) -> bool:
        """Lines recognisable on their own; records what they tell about the article."""
        if bp.SEPARATOR.match(line):
            return True
        bare = bp.LEADING_SYMBOLS.sub("", line)
        if bare and bare != line:
            # "📷 Photo: social media", "• Related": judged without the symbol.
            return self.is_boilerplate(bare)
        if line.casefold() in bp.OUTLETS:
            # The masthead: a line that only names a known outlet ("Khaama Press").
            self.outlets.append((1, bp.canonical_outlet(line)))
            return True
        if bp.BREADCRUMB.match(line) or (
            bp.MENU_LINE.match(line) and not _ENDS_SENTENCE.search(line)
        ):
            return True
        source = bp.SOURCE_LINE.match(line)
        url = bp.URL_LINE.match(line)
        if url:
            self.url = self.url or url["url"]
            self.outlets.append((2, bp.outlet_from_url(url["url"])))
            return True
        if source and _words(line) <= 10:
            self.outlets.append((0, bp.canonical_outlet(source["s"])))
            return True
        if DATE_LINE.match(line):
            return True
        if bp.AGENCY_LINE.match(line) or bp.CREDIT_LINE.match(line):
            return True
        byline = bp.BYLINE.match(line)
        if byline and _words(line) <= 12:
            if byline["o"] and byline["o"].strip().casefold() in bp.OUTLETS:
                self.outlets.append((4, bp.canonical_outlet(byline["o"])))
            return True
        if _is_photo_credit(line) or _is_caption(line):
            return True
        if _is_promo(line):
            for pattern in bp.PROMO_OUTLET:
                named = pattern.search(line)
                if named:
                    self.outlets.append((1, bp.canonical_outlet(named["o"])))
                    break
            return True
        return False


_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|strong|em|h[1-6]|li|ul|ol|figure|figcaption|img|section|"
    r"article|blockquote|header|footer|time|html|body|head|title|meta|link)\b[^>]*>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


def _unhtml(body: str, removed: list[str]) -> str:
    """Text pasted or saved as HTML: blocks become lines, tags and scripts go."""
    if len(_TAG.findall(body)) >= 2:
        for dropped in re.findall(
            r"<(script|style|figcaption|noscript|head)\b.*?</\1\s*>|<!--.*?-->", body, re.I | re.S
        ):
            removed.append(f"<{dropped}> block" if dropped else "<!-- comment -->")
        body = re.sub(
            r"<(script|style|figcaption|noscript|head)\b.*?</\1\s*>|<!--.*?-->",
            "",
            body,
            flags=re.I | re.S,
        )
        body = re.sub(
            r"<br\s*/?>|</?(?:p|div|h[1-6]|li|section|article|blockquote|figure|header|footer|"
            r"title)\b[^>]*>",
            "\n",
            body,
            flags=re.I,
        )
        body = re.sub(r"<[^>\n]{1,400}>", "", body)
    if _ENTITY.search(body):
        body = html.unescape(body)
    return body


def _looks_like_headline(line: str) -> bool:
    return (
        2 <= _words(line) <= 25
        and len(line) <= 200
        and not _ENDS_WITH_PUNCTUATION.search(line)
        and line[:1].isupper() | line[:1].isdigit()
        and not bp.DATELINE_AGENCY.match(line)
    )


def clean(raw: str, file_name: str = "") -> CleanedText:
    """Split a decoded article into body text, title, outlet, URL, header date and tweets.

    `file_name` is only used as a last resort for the title of a file with no headline line
    (never: a file name is not a headline), kept in the signature for callers' logging.
    """
    header_date = None
    body = raw
    header = _HEADER.match(raw)
    if header:
        try:
            header_date = date.fromisoformat(
                "-".join(part.zfill(2) for part in header.group(1).split("-"))
            )
        except ValueError:
            header_date = None
        body = raw[header.end() :]

    body = _INVISIBLE.sub("", body)
    cleaner = _Cleaner()
    body = _unhtml(body, cleaner.removed)
    # "&nbsp;" and pasted text that skipped decode_bytes: the same plain spaces and breaks.
    body = SPACES.sub(" ", LINE_BREAKS.sub("\n", body))
    lines = [cleaner.strip_tokens(line) if line.strip() else "" for line in body.split("\n")]
    dropped = [bool(line) and cleaner.is_boilerplate(line) for line in lines]
    _drop_context_boilerplate(lines, dropped)

    kept: list[str] = []
    for line, drop in zip(lines, dropped, strict=True):
        if drop:
            cleaner.removed.append(line)
        elif line or (kept and kept[-1]):
            kept.append(line)
    text = "\n".join(kept).strip("\n")

    first = next((line for line in kept if line), "")
    title = first if first and _looks_like_headline(first) and first != text else ""
    return CleanedText(
        raw=raw,
        text=text,
        title=title,
        outlet=cleaner.outlet(),
        url=cleaner.url,
        header_date=header_date,
        removed=[line for line in cleaner.removed if line],
        tweets=cleaner.tweets,
    )


def _drop_context_boilerplate(lines: list[str], dropped: list[bool]) -> None:
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
            and _is_photo_credit(lines[after])
            and _looks_like_caption_text(lines[i])
        ):
            dropped[i] = True
    _drop_related_headlines(lines, dropped, filled)
    _drop_announced_captions(lines, dropped, filled)
    _drop_page_header(lines, dropped, filled)
    headline = _page_headline(lines, dropped, filled) or headline
    # Short unpunctuated lines among promotions ("The summary of the week", the topic list
    # after "Related Topics") belong to them: first those between two dropped lines, then
    # those of the trailing block that follow a dropped line. Subheadings sit between body
    # paragraphs and are never affected.
    for n, i in enumerate(filled):
        before = filled[n - 1] if n > 0 else None
        after = filled[n + 1] if n + 1 < len(filled) else None
        if (
            _is_short_label(lines[i])
            and i != headline
            and before is not None
            and dropped[before]
            and after is not None
            and dropped[after]
        ):
            dropped[i] = True
    tail = len(filled)
    while tail > 0 and (dropped[filled[tail - 1]] or _is_short_label(lines[filled[tail - 1]])):
        tail -= 1
    seen_dropped = False
    for i in filled[tail:]:
        seen_dropped = seen_dropped or dropped[i]
        if seen_dropped:
            dropped[i] = True


_LIST_HEADER = re.compile(
    r"^(?:read more|also read|read also|related(?: stories| articles| content| news)?|see also|"
    r"recommended(?: stories)?|more stories|more on this story|you may also like|"
    r"you might also like|most (?:read|viewed|popular)|read next|up next|top stories)"
    r"\s*[:|»>-]?\s*$",
    re.IGNORECASE,
)


def _drop_related_headlines(lines: list[str], dropped: list[bool], filled: list[int]) -> None:
    """ "Read more:" and "Related" head a list of other articles' headlines: the unpunctuated
    lines right after them (at most five) are links, not body."""
    for n, i in enumerate(filled):
        if not _LIST_HEADER.match(lines[i]):
            continue
        for j in filled[n + 1 : n + 6]:
            if dropped[j]:
                continue
            if not _looks_like_headline(lines[j]):
                break
            dropped[j] = True


_BARE_CAPTION_PREFIX = re.compile(
    r"^(?:image caption|media caption|photo caption|caption)\s*[,:.-]?\s*$", re.IGNORECASE
)


def _drop_announced_captions(lines: list[str], dropped: list[bool], filled: list[int]) -> None:
    """ "Image caption," alone on its line announces the caption on the next one."""
    for n, i in enumerate(filled[:-1]):
        following = filled[n + 1]
        if _BARE_CAPTION_PREFIX.match(lines[i]) and _looks_like_caption_text(lines[following]):
            dropped[i] = dropped[following] = True


def _page_headline(lines: list[str], dropped: list[bool], filled: list[int]) -> int | None:
    """The headline: above the first paragraph, the first kept line that looks like one and
    names someone. Chrome around it must not take it along."""
    for i in filled:
        if dropped[i]:
            continue
        if _is_paragraph(lines[i]):
            return None
        if _looks_like_headline(lines[i]) and _words(lines[i]) >= 4 and _names_someone(lines[i]):
            return i
    return None


_PARAGRAPH_END = re.compile(r"[.!?\"”’)]$")


def _is_paragraph(line: str) -> bool:
    return _words(line) >= 12 and bool(_PARAGRAPH_END.search(line))


def _drop_page_header(lines: list[str], dropped: list[bool], filled: list[int]) -> None:
    """The page chrome above the first paragraph: section names, breadcrumbs, topic tags, the
    outlet's name ("Asia Pacific", "News|Taliban", "Home", "Hasht-e Subh", "KABUL, Afghanistan")
    are lines of at most three words; a tagline ("Exclusive news, data and analytics for ...")
    is an unpunctuated line without a capitalised word after its first, standing above a
    headline that has one. Headlines and standfirsts are longer or name someone."""
    first = next((i for i in filled if not dropped[i] and _is_paragraph(lines[i])), None)
    if first is None:
        return
    header = [i for i in filled if i < first and not dropped[i]]
    for n, i in enumerate(header):
        line = lines[i]
        if _ENDS_SENTENCE.search(line):
            continue
        if _words(line) <= 3 and len(header) > 1:
            dropped[i] = True
        elif _words(line) <= 12 and not _names_someone(line):
            later = [lines[j] for j in header[n + 1 :]]
            if any(_looks_like_headline(h) and _names_someone(h) for h in later):
                dropped[i] = True


def _names_someone(line: str) -> bool:
    """A capitalised word after the first: a name ("Taliban", "Kunduz", "U.S.")."""
    return any(word[:1].isupper() for word in line.split()[1:])


def _is_short_label(line: str) -> bool:
    return _words(line) <= 8 and not _ENDS_SENTENCE.search(line)
