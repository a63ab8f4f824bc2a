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
from datetime import date

from sources.extract import boilerplate as bp
from sources.extract.decode import LINE_BREAKS, SPACES
from sources.extract.line_kinds import (
    DATE_LINE,
    ENDS_SENTENCE,
    is_caption,
    is_photo_credit,
    is_promo,
    looks_like_headline,
    words,
)
from sources.extract.page_layout import drop_context_boilerplate
from sources.extract.records import CleanedText, Tweet
from sources.extract.tweet_cards import parse_tweet_date, read_tweet_cards

__all__ = ["DATE_LINE", "clean"]

_LINK = re.compile(r"https?://\S+")
_HEADER = re.compile(r"\A\s*date\s*:?\s+(\d{4}-\d{1,2}-\d{1,2})\b[ \t]*\n?", re.IGNORECASE)

# Zero-width spaces and joiners-for-layout copied from web pages (not ZWNJ, which Persian
# names need).
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")


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
                    posted_on=parse_tweet_date(signature["date"]),
                    line=signature.group().strip(),
                )
            )
            self.removed.append(signature.group().strip())
            line = line[: signature.start()]
        dateline = bp.DATELINE_AGENCY.match(line)
        if dateline and words(line) > 4:
            self.outlets.append((3, bp.canonical_outlet(dateline["a"])))
            self.removed.append(f"({dateline['a']})")
            tag_start = line.index("(", dateline.start("a") - 1)
            rest = line[dateline.end() :]
            if not dateline["place"].strip():
                # "(CNN) — In a district": the lead starts after the tag and its dash.
                rest = rest.lstrip(" -—–:")
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
            bp.MENU_LINE.match(line) and not ENDS_SENTENCE.search(line)
        ):
            return True
        source = bp.SOURCE_LINE.match(line)
        url = bp.URL_LINE.match(line)
        if url:
            self.url = self.url or url["url"]
            self.outlets.append((2, bp.outlet_from_url(url["url"])))
            return True
        if source and words(line) <= 10:
            self.outlets.append((0, bp.canonical_outlet(source["s"])))
            return True
        if DATE_LINE.match(line):
            return True
        if bp.AGENCY_LINE.match(line) or bp.CREDIT_LINE.match(line):
            return True
        byline = bp.BYLINE.match(line)
        if byline and words(line) <= 12:
            named = line[2:].strip() if line[:2].casefold() == "by" else ""
            if byline["o"] and byline["o"].strip().casefold() in bp.OUTLETS:
                self.outlets.append((4, bp.canonical_outlet(byline["o"])))
            elif named.casefold() in bp.OUTLETS:
                # "By Khaama Press": the outlet signs the story.
                self.outlets.append((4, bp.canonical_outlet(named)))
            return True
        link = _LINK.search(line)
        if link and is_promo(line):
            # "Send Facebook Twitter Print Permalink https://p.dw.com/p/3yxK2": the page's link.
            self.outlets.append((2, bp.outlet_from_url(link.group())))
            return True
        if is_photo_credit(line) or is_caption(line):
            return True
        if is_promo(line):
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
    cleaner.tweets.extend(read_tweet_cards(lines, dropped))
    drop_context_boilerplate(lines, dropped)

    kept: list[str] = []
    for line, drop in zip(lines, dropped, strict=True):
        if drop:
            cleaner.removed.append(line)
        elif line or (kept and kept[-1]):
            kept.append(line)
    text = "\n".join(kept).strip("\n")

    first = next((line for line in kept if line), "")
    title = first if first and looks_like_headline(first) and first != text else ""
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
