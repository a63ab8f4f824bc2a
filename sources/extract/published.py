"""When was the article published? From the header, or inferred from what the text states.

In order of trust:

1. the file's " date YYYY-MM-DD" header (origin "header");
2. a publication line the cleaner removed ("Published On 1 Aug 2021", "Last updated: Aug 7,
   2021 - 17:45", "Issued on: 2021-08-23T09:31:00Z", a date alone on a line); a date that
   reads both ways ("07.08.2021") is the reading whose weekday the lead names;
3. a wire dateline with a date ("KABUL, Aug 6 (Reuters) -", "KABUL, 3 August 2021 –"), its
   year taken from a full date in the text, or else from the weekdays the text names: the
   year (2020-2022) in which the dateline's day is one of those weekdays, if there is exactly
   one;
4. the latest of: weekdays named with their date ("on Wednesday (August 4th)", whose year is
   the only one of 2020-2022 where that day is that weekday, or a year the text states) and
   embedded tweets. The article cannot be older than what it reports or embeds, and news is
   published promptly, so the lower bound is the best estimate. Seed 004: "Wednesday
   (August 4th)" is 2021-08-04 and it embeds a tweet of 2021-08-05, so 2021-08-05.

Dates before 2021 are never publication dates (photo captions of old pictures). Anything
else, including an article with only relative dates ("on Thursday", "earlier this week"),
is "unknown": without an absolute anchor they could belong to any week.
"""

import re
from datetime import date

from sources.extract.dates import MONTHS, WEEKDAYS, find_dates
from sources.extract.line_kinds import DATE_LINE
from sources.extract.records import CleanedText, PublicationDate

EARLIEST = date(2021, 1, 1)
CANDIDATE_YEARS = (2020, 2021, 2022)

_WEEKDAY = "|".join(WEEKDAYS)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_WITH_DATE = re.compile(
    rf"\b(?P<w>{_WEEKDAY})(?:\s*,\s*|\s+\(\s*|\s+)(?:the\s+)?"
    rf"(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})\.?)"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\)?"
)
_PUBLISHED = re.compile(r"^(?:published|posted|issued|first published|date|dated)\b", re.IGNORECASE)
_UPDATED = re.compile(r"^(?:updated|last updated|last modified)\b", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|due|scheduled|expected|planned|plans?|next|until|by|before|"
    r"deadline)\b[^.!?]*$",
    re.IGNORECASE,
)
_BARE_WEEKDAY = re.compile(rf"\b(?:{_WEEKDAY})\b")
# "KABUL, Aug 6 (Reuters) -", "KABUL, 3 August 2021 –" (UN releases, Pajhwok).
_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z .'’\[\]-]{{1,40}},\s*(?:[A-Z][a-z]+,\s*)?"
    rf"(?:(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?)"
    r"(?:,?\s+(?P<y>20\d\d))?(?:\s*[-—–:(]|\s*$)"
)


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _stated_years(cleaned: CleanedText) -> set[int]:
    """Years of full dates in the body and of embedded tweets (never before 2021)."""
    years = {
        mention.value.value.year
        for mention in find_dates(cleaned.text, None)
        if mention.kind == "absolute"
        and mention.value.precision == "day"
        and mention.value.value
        and mention.value.value >= EARLIEST
    }
    years |= {t.posted_on.year for t in cleaned.tweets if t.posted_on and t.posted_on >= EARLIEST}
    return years


def _usual_form(stamp: str) -> str:
    """The spelling find_dates reads: "AUG 15, 2021" -> "Aug 15, 2021", "2021/08/14" ->
    "2021-08-14", "14-08-2021" -> "14/08/2021"."""
    if stamp.isupper():
        return stamp.title()
    if re.fullmatch(r"\d{4}/\d{1,2}/\d{1,2}", stamp):
        year, month, day = stamp.split("/")
        return f"{year}-{int(month):02d}-{int(day):02d}"
    if re.fullmatch(r"\d{1,2}-\d{1,2}-\d{4}", stamp):
        return stamp.replace("-", "/")
    return stamp


_NUMERIC_DATE = re.compile(r"^(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>20\d\d)$")


def _lead_weekdays(cleaned: CleanedText) -> set[int]:
    """Weekdays the lead names: the first paragraph, after a headline and a standfirst."""
    lead = " ".join([p for p in cleaned.text.split("\n") if p.strip()][:3])
    return {WEEKDAYS[w] for w in _BARE_WEEKDAY.findall(lead)}


def _day_or_month_first(stamp: str, cleaned: CleanedText) -> tuple[date, str] | None:
    """ "07.08.2021" is 7 August or 8 July: the reading whose weekday the lead names ("the
    Taliban on Saturday captured ...": 7 August 2021 was a Saturday, 8 July a Thursday)."""
    match = _NUMERIC_DATE.match(stamp)
    if not match:
        return None
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    readings = {d for d in (_date(year, b, a), _date(year, a, b)) if d and d >= EARLIEST}
    named = _lead_weekdays(cleaned)
    fits = sorted(d for d in readings if d.weekday() in named)
    if len(readings) != 2 or len(fits) != 1:
        return None
    day = fits[0]
    return day, (
        f"'{stamp}' is {day} or {next(iter(readings - {day}))}; only {day} is a "
        f"{day.strftime('%A')}, a weekday the lead names"
    )


def _from_publication_line(cleaned: CleanedText) -> PublicationDate | None:
    """A "Published ..." line wins over a bare date line, which wins over "Updated ..."."""
    found: list[tuple[int, int, date, str]] = []
    for position, line in enumerate(cleaned.removed):
        match = DATE_LINE.match(line)
        if not match:
            continue
        stamp = _usual_form(match["d"])
        mentions = find_dates(stamp, None)
        value = mentions[0].value.value if mentions else None
        how = f"from the publication line '{line}'"
        if value is None and (settled := _day_or_month_first(stamp, cleaned)):
            value, why = settled
            how = f"{how}: {why}"
        if value and value >= EARLIEST:
            rank = 2 if _UPDATED.match(line) else 0 if _PUBLISHED.match(line) else 1
            found.append((rank, position, value, how))
    if not found:
        return None
    _, _, value, how = min(found)
    return PublicationDate(value, "inferred", how)


def _year_for(month: int, day: int, weekdays: set[int], stated: set[int]) -> list[int]:
    """Years where month/day falls on one of `weekdays`: stated years first, else 2020-22."""
    for years in (sorted(stated), CANDIDATE_YEARS):
        fits = [y for y in years if (d := _date(y, month, day)) and d.weekday() in weekdays]
        if fits:
            return fits
    return []


def _from_dateline(cleaned: CleanedText, stated: set[int]) -> PublicationDate | None:
    # The dateline opens the lead: the first paragraph, or the second after a headline.
    paragraphs = [p for p in cleaned.text.split("\n") if p.strip()][:2]
    found = [(p, m) for p in paragraphs if (m := _DATELINE.match(p))]
    if not found:
        return None
    lead, match = found[0]
    month, day = MONTHS[match["m"] or match["m2"]], int(match["d"] or match["d2"])
    stamp = match.group().rstrip(" -—–:(")
    if match["y"]:
        value = _date(int(match["y"]), month, day)
        reason = f"from the dateline '{stamp}'"
    elif len(stated) == 1:
        value = _date(next(iter(stated)), month, day)
        reason = f"from the dateline '{stamp}' and the year {next(iter(stated))} the text states"
    else:
        # The lead paragraph tells the news of the dateline's day ("... said on Friday"); later
        # paragraphs go back over the past week, so they only count when the lead names none.
        named = {WEEKDAYS[w] for w in _BARE_WEEKDAY.findall(lead)} or {
            WEEKDAYS[w] for w in _BARE_WEEKDAY.findall(cleaned.text)
        }
        years = [y for y in CANDIDATE_YEARS if (d := _date(y, month, day)) and d.weekday() in named]
        if len(years) != 1:
            return None
        value = _date(years[0], month, day)
        reason = (
            f"from the dateline '{stamp}': of 2020-2022 only in {years[0]} is that day a "
            f"{value.strftime('%A')}, a weekday the lead names"
        )
    if value and value >= EARLIEST:
        return PublicationDate(value, "inferred", reason)
    return None


def _from_anchors(cleaned: CleanedText, stated: set[int]) -> PublicationDate | None:
    bounds: list[tuple[date, str]] = []
    for match in _WEEKDAY_WITH_DATE.finditer(cleaned.text):
        if _FUTURE_BEFORE.search(cleaned.text[max(0, match.start() - 60) : match.start()]):
            continue  # "talks will resume on Thursday, August 12": not yet happened
        month = MONTHS[match["m1"] or match["m2"]]
        day = int(match["d1"] or match["d2"])
        weekday = WEEKDAYS[match["w"]]
        years = [int(match["y"])] if match["y"] else _year_for(month, day, {weekday}, stated)
        if len(years) != 1 or not (value := _date(years[0], month, day)):
            continue
        if value >= EARLIEST and value.weekday() == weekday:
            how = "" if match["y"] else f" (the only year of 2020-2022 where it is a {match['w']})"
            bounds.append((value, f"'{match.group()}' is {value}{how}"))
    for tweet in cleaned.tweets:
        if tweet.posted_on and tweet.posted_on >= EARLIEST:
            bounds.append((tweet.posted_on, f"it embeds a tweet of {tweet.posted_on}"))
    if not bounds:
        return None
    latest = max(value for value, _ in bounds)
    reasons = "; ".join(reason for _, reason in bounds)
    return PublicationDate(
        latest,
        "inferred",
        f"{reasons}: published on or after {latest}, taken as that day",
    )


def infer_publication_date(cleaned: CleanedText) -> PublicationDate:
    """The publication date of a cleaned article, with how it was found."""
    if cleaned.header_date:
        return PublicationDate(cleaned.header_date, "header", "from the file's date header")
    found = _from_publication_line(cleaned)
    if found:
        return found
    stated = _stated_years(cleaned)
    found = _from_dateline(cleaned, stated) or _from_anchors(cleaned, stated)
    if found:
        return found
    ambiguous = next((line for line in cleaned.removed if DATE_LINE.match(line)), None)
    if ambiguous:
        return PublicationDate(
            None,
            "unknown",
            f"the publication line '{ambiguous}' cannot be read as a date of 2021 or later "
            "(day and month can be swapped, or the year is too early)",
        )
    relative = [
        cleaned.text[m.start : m.end]
        for m in find_dates(cleaned.text, None)
        if m.value.value is None and m.kind != "anchored"
    ]
    if relative:
        shown = ", ".join(f"'{phrase}'" for phrase in dict.fromkeys(relative[:4]))
        reason = (
            "no date header and no absolute anchor: the text only dates things relatively "
            f"({shown})"
        )
    else:
        reason = "no date header and no date in the text"
    return PublicationDate(None, "unknown", reason)
