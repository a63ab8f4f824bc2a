"""The patterns and resolution rules behind `dates.find_dates` (see `dates` for the rules).

Each pattern has a handler taking the match and the publication date and returning
(ResolvedDate | None, kind).
"""

import calendar
import re
from datetime import date, timedelta

from sources.extract.records import ResolvedDate

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"),
            ("May",), ("June", "Jun"), ("July", "Jul"), ("August", "Aug"),
            ("September", "Sept", "Sep"), ("October", "Oct"), ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    )
}
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3, "a few": 3,
}  # fmt: skip


_M = (
    r"(?P<m>(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?![a-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![a-z]))"
)
# Alone, a month is only trusted in full: "in Jan" is more often a name (Gul Jan) than January.
_FULL_MONTH = (
    r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?![a-z])"
)
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
_Y = r"(?P<y>(?:19|20)\d\d)(?![\d-])"
_W = r"(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])"
COUNT = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)"
_COUNTED_NOUN = (
    r"(?:people|persons|civilians|troops|soldiers|families|fighters|militants|Afghans|"
    r"households|refugees|members|men|women|children|policemen|police|residents|"
    r"insurgents|Taliban|US|U\.S\.|American|km|kilometres|kilometers|miles|metres|"
    r"dollars|to \d)"
)


# ---- resolution helpers ------------------------------------------------------------------


def day_precision(value: date, phrase: str, end: date | None = None) -> ResolvedDate:
    return ResolvedDate(value, "day", end or value, phrase)


def _week(any_day: date, phrase: str) -> ResolvedDate:
    monday = any_day - timedelta(days=any_day.weekday())
    return ResolvedDate(monday, "week", monday + timedelta(days=6), phrase)


def _month(year: int, month: int, phrase: str) -> ResolvedDate:
    last = calendar.monthrange(year, month)[1]
    return ResolvedDate(date(year, month, 1), "month", date(year, month, last), phrase)


def _year(year: int, phrase: str) -> ResolvedDate:
    return ResolvedDate(date(year, 1, 1), "year", date(year, 12, 31), phrase)


def _shift_month(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest_year_date(month: int, day: int, published: date) -> date | None:
    """The date with this month and day closest to `published` (last, this or next year)."""
    options = [
        d
        for y in (published.year - 1, published.year, published.year + 1)
        if (d := _safe_date(y, month, day))
    ]
    return min(options, key=lambda d: abs((d - published).days)) if options else None


def weekday_on_or_before(published: date, weekday: int) -> date:
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def count_value(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else SMALL_NUMBERS[word]


# ---- patterns ----------------------------------------------------------------------------
# Each handler gets the match and P and returns (ResolvedDate | None, kind).


def _absolute_day(m: re.Match, published: date | None):
    month, day = MONTHS[m["m"].rstrip(".")], int(m["d"])
    year = int(m["y"]) if m.groupdict().get("y") else None
    if year is None:
        value = nearest_year_date(month, day, published) if published else None
    else:
        value = _safe_date(year, month, day)
    return (day_precision(value, m.group()) if value else None), "absolute"


def day_in_year(m: re.Match, year: int) -> ResolvedDate | None:
    """A month-day match ("August 8") placed in `year`; None for other matches."""
    groups = m.groupdict()
    if not groups.get("m") or not groups.get("d"):
        return None
    value = _safe_date(year, MONTHS[m["m"].rstrip(".")], int(m["d"]))
    return day_precision(value, m.group()) if value else None


def _iso(m: re.Match, published: date | None):
    value = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return (day_precision(value, m.group()) if value else None), "absolute"


def _numeric(m: re.Match, published: date | None):
    """8/8/2021: only when day and month cannot be swapped (equal, or one above 12)."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if a == b or b > 12:
        value = _safe_date(year, a, b)
    elif a > 12:
        value = _safe_date(year, b, a)
    else:
        value = None  # 05/08/2021: 5 August in Kabul, May 8 in Washington
    return (day_precision(value, m.group()) if value else None), "absolute"


def _month_year(m: re.Match, published: date | None):
    return _month(int(m["y"]), MONTHS[m["m"].rstrip(".")], m.group()), "absolute"


def _month_alone(m: re.Match, published: date | None):
    if not published:
        return None, "vague"
    month = MONTHS[m["m"].rstrip(".")]
    if (m["prep"] or "").lower() in ("by", "until", "till", "next", "before"):
        nearest = nearest_year_date(month, 15, published)
        year = nearest.year if nearest else published.year
    else:
        year = published.year - 1 if month > published.month else published.year
    return _month(year, month, m.group()), "vague"


def _year_only(m: re.Match, published: date | None):
    return _year(int(m["y"]), m["y"]), "year"


def _weekday(m: re.Match, published: date | None):
    if not published:
        return None, "weekday"
    weekday = WEEKDAYS[m["w"]]
    rel = (m["rel"] or "").lower()
    if rel in ("last", "past", "previous"):
        value = published - timedelta(days=(published.weekday() - weekday) % 7 or 7)
    elif rel in ("next", "coming"):
        value = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    elif rel == "this":
        value = published - timedelta(days=published.weekday() - weekday)
    else:
        value = weekday_on_or_before(published, weekday)
    return day_precision(value, m.group()), "weekday"


def _weekday_last_week(m: re.Match, published: date | None):
    """ "on Monday last week": that weekday of the week before P's."""
    if not published:
        return None, "weekday"
    monday = published - timedelta(days=published.weekday() + 7)
    return day_precision(monday + timedelta(days=WEEKDAYS[m["w"]]), m.group()), "weekday"


def _offset_days(days: int, kind: str = "relative"):
    def handler(m: re.Match, published: date | None):
        if not published:
            return None, kind
        return day_precision(published + timedelta(days=days), m.group()), kind

    return handler


def _last_weekend(m: re.Match, published: date | None):
    """The most recent Saturday-Sunday: week precision (both days are in one ISO week)."""
    if not published:
        return None, "vague"
    return _week(weekday_on_or_before(published, 5), m.group()), "vague"


def _days_ago(m: re.Match, published: date | None):
    if not published:
        return None, "relative"
    return day_precision(published - timedelta(days=count_value(m["n"])), m.group()), "relative"


def _weeks_ago(m: re.Match, published: date | None):
    if not published:
        return None, "vague"
    return _week(published - timedelta(days=7 * count_value(m["n"])), m.group()), "vague"


def _past_24_hours(m: re.Match, published: date | None):
    if not published:
        return None, "relative"
    return day_precision(published - timedelta(days=1), m.group(), end=published), "relative"


def _week_of(offset_days: int):
    def handler(m: re.Match, published: date | None):
        if not published:
            return None, "vague"
        return _week(published + timedelta(days=offset_days), m.group()), "vague"

    return handler


def _month_of(offset_months: int = 0, offset_days: int = 0):
    def handler(m: re.Match, published: date | None):
        if not published:
            return None, "vague"
        year, month = _shift_month(published + timedelta(days=offset_days), offset_months)
        return _month(year, month, m.group()), "vague"

    return handler


def _period_of_months(m: re.Match, published: date | None):
    """ "In the past three months": an aggregate over a period longer than a month."""
    if not published:
        return None, "period"
    count = re.search(r"\b(\d+|two|three|four|five|six)\b", m.group(), re.IGNORECASE)
    months = count_value(count.group(1)) if count else 3
    year, month = _shift_month(published, -months)
    start = _safe_date(year, month, 1)
    return ResolvedDate(start, "period", published, m.group()), "period"


def _year_of(offset: int):
    def handler(m: re.Match, published: date | None):
        if not published:
            return None, "year"
        return _year(published.year + offset, m.group()), "year"

    return handler


def _anchored(m: re.Match, published: date | None):
    return None, "anchored"


# Relative words match in any case; month and weekday names must be capitalised.
_I = "(?i:{})".format
_AFTER_WEEKDAY = r"(?:\s*,\s*|\s+\(\s*|\s+)"

PATTERNS: list[tuple[re.Pattern, object]] = [
    (re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b"), _iso),
    (re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>(?:19|20)\d\d)\b"), _numeric),
    (re.compile(rf"\b{_W}{_AFTER_WEEKDAY}{_M}\s+{_D}(?:,?\s+{_Y})?\)?"), _absolute_day),
    (
        re.compile(rf"\b{_W}{_AFTER_WEEKDAY}(?:the\s+)?{_D}\s+(?:of\s+)?{_M}(?:,?\s+{_Y})?\)?"),
        _absolute_day,
    ),
    (re.compile(rf"\b{_M}\s+{_D}(?:\s*,\s*|\s+){_Y}"), _absolute_day),
    (re.compile(rf"\b{_D}\s+(?:of\s+)?{_M},?\s+{_Y}"), _absolute_day),
    (re.compile(rf"\b{_M},?\s+{_Y}"), _month_year),
    (re.compile(rf"\b{_M}\s+{_D}(?!\s*,?\s*\d)"), _absolute_day),
    (re.compile(rf"\b(?:the\s+)?{_D}\s+(?:of\s+)?{_M}(?!,?\s*\d)"), _absolute_day),
    (
        re.compile(
            _I(
                r"\b(?P<prep>in|since|until|till|by|from|during|through|before|after|next|"
                r"early|mid|late|(?:the )?(?:start|beginning|end|middle) of)[\s-]+"
                r"(?:early |mid-|late )?"
            )
            + rf"{_FULL_MONTH}(?!\s*,?\s*\d)"
        ),
        _month_alone,
    ),
    (
        re.compile(
            _I(
                r"\b(?:in|since|of|between|and|until|till|by|from|to|before|after|during|"
                r"early|late|mid-|end of|year|around|circa)\s+"
            )
            + rf"{_Y}(?!\s+{_COUNTED_NOUN}\b)(?!,\d)"
        ),
        _year_only,
    ),
    (
        re.compile(
            rf"\b{_W}(?:'s|’s)?"
            + _I(r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:of\s+)?last\s+week\b")
        ),
        _weekday_last_week,
    ),
    (
        re.compile(
            _I(r"(?:\b(?P<rel>last|this|next|past|previous|coming)\s+)?")
            + rf"\b{_W}(?:'s|’s)?"
            + _I(r"(?:\s+(?:morning|afternoon|evening|night))?")
        ),
        _weekday,
    ),
    (
        re.compile(_I(r"\b(?:over |during |at |on )?(?:the|this past|last) weekend(?:'s|’s)?\b")),
        _last_weekend,
    ),
    (re.compile(_I(r"\bthe day before yesterday\b")), _offset_days(-2)),
    (re.compile(_I(r"\byesterday(?:'s|’s)?\b")), _offset_days(-1)),
    (
        re.compile(
            _I(r"\b(?:earlier |later )?today(?:'s|’s)?\b|\bthis (?:morning|afternoon|evening)\b")
            + _I(r"|\btonight\b")
        ),
        _offset_days(0),
    ),
    (re.compile(_I(r"\btomorrow\b")), _offset_days(1)),
    (
        re.compile(_I(r"\b(?:late |early )?last night(?:'s|’s)?\b|\bovernight\b")),
        _offset_days(-1, "vague"),
    ),
    (re.compile(_I(rf"\b{COUNT} days? ago\b")), _days_ago),
    (re.compile(_I(rf"\b{COUNT} weeks? ago\b")), _weeks_ago),
    (
        re.compile(_I(r"\b(?:in |over |during |within )?the (?:past|last|previous) 24 hours\b")),
        _past_24_hours,
    ),
    (
        re.compile(
            _I(
                r"\b(?:earlier |later )?this (?:past )?week(?:'s|’s)?\b"
                r"|\b(?:earlier|later) in the week\b"
            )
        ),
        _week_of(0),
    ),
    (re.compile(_I(r"\blast week(?:'s|’s)?\b|\bthe previous week\b")), _week_of(-7)),
    (re.compile(_I(r"\bnext week\b")), _week_of(7)),
    (
        re.compile(
            _I(
                r"\b(?:in|over|during|for) (?:the )?(?:recent|past|last) "
                r"(?:few |several |couple of |two |three |four |five |six |\d )?days\b"
                r"|\b(?:in |over |during )?the (?:past|last) "
                r"(?:few |several |couple of |two |three |\d )?days\b|\brecent days\b"
                r"|\b(?:over |in |during )?the (?:past|last) week\b"
                r"|\bfor (?:several |a few |some |two |three )?days\b"
            )
        ),
        _week_of(-3),
    ),
    (
        re.compile(
            _I(
                r"\b(?:in |over |during )?(?:recent |the (?:past|last) (?:few |several |couple of |"
                r"two |three )?)weeks\b"
            )
        ),
        _month_of(0, -14),
    ),
    (
        re.compile(
            _I(
                r"\b(?:in |over |during |for )?(?:the )?(?:recent|past|last|previous) "
                r"(?:few |several |couple of |two |three |four |five |six |\d+ )?months\b"
            )
        ),
        _period_of_months,
    ),
    (re.compile(_I(r"\b(?:earlier |later )?this month(?:'s|’s)?\b")), _month_of(0)),
    (re.compile(_I(r"\blast month(?:'s|’s)?\b|\bthe previous month\b")), _month_of(-1)),
    (re.compile(_I(r"\bnext month\b")), _month_of(1)),
    (re.compile(_I(r"\b(?:earlier |later )?this year(?:'s|’s)?\b")), _year_of(0)),
    (re.compile(_I(r"\blast year(?:'s|’s)?\b")), _year_of(-1)),
    (
        re.compile(
            _I(
                r"\b(?:a|one|the) day (?:earlier|before|later|after)\b|\bthe (?:previous|next|"
                r"following|same) (?:day|morning|evening|night)\b|\bthat (?:day|night)\b|"
                rf"\b{COUNT} days? (?:earlier|later|before|after)\b|\bhours (?:earlier|later)\b"
            )
        ),
        _anchored,
    ),
]
