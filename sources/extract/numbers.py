"""Casualty counts in one sentence: how many killed, how many injured.

A number counts only when it is grammatically tied to a killing or injuring word:

- subject of a passive or intransitive verb: "40 people were killed", "118 injured",
  "two soldiers lost their lives", "eight civilians dead", "14 deaths";
- object of an active verb: "killing eight civilians", "wounded around 20";
- a noun phrase: "the death of one security guard", "the killing of an Afghan guard",
  "the death toll rose to 12";
- "X was killed along with 40 other fighters": the named one plus the others (41).

"a"/"an"/"one" count as 1 ("killed an Afghan guard"), "a dozen" as 12. "Several", "dozens",
"scores", "many" are not numbers: the count stays None and `vague_killed`/`vague_injured` say
that casualties were reported without a figure. Numbers of hours, days, years, percentages,
"3,000 US troops" or "360,000 Afghans have fled" are never counts: nothing ties them to a
killing word.
"""

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_WORD = "|".join(sorted(_UNITS, key=len, reverse=True))
_WORD_NUMBER = (
    rf"(?:{_WORD})(?:[- ](?:{_WORD}))?(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:{_WORD}))?)?"
)
_APPROX = (
    r"(?:(?P<approx>at least|at most|more than|less than|fewer than|over|nearly|almost|about|"
    r"around|approximately|roughly|some|up to|an estimated|as many as|close to|no fewer than|"
    r"no less than|a total of|a further|another|only)\s+)?"
)
# The number itself. Units after it ("24 hours", "95%", "20-year") disqualify it.
_NUMBER = (
    r"(?<![Nn]o )(?<!not )"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+|half a dozen|(?:a|one|two|three|four|five)\s+dozen|a hundred|"
    rf"{_WORD_NUMBER}|an?)"
    r"(?![\w%-])(?!\s*(?:%|percent|per cent|hours?|days?|weeks?|months?|years?|km|"
    r"kilomet(?:re|er)s?|miles?|metres?|meters?|am|pm|a\.m\.|p\.m\.|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)"
)
_VAGUE = (
    r"(?P<vague>dozens|scores|tens|hundreds|thousands|several|many|numerous|multiple|a number|"
    r"a large number|a lot|a few|some|countless|a handful)"
)
_KILL_PASSIVE = r"killed|slain|shot dead|executed|martyred|massacred|beheaded|assassinated"
_KILL_INTRANSITIVE = (
    r"died|dead|deaths|perished|lost (?:their|his|her) lives?|were killed|fatalities|bodies"
)
_INJURE_PASSIVE = r"injured|wounded|hurt|maimed"
_INJURE_INTRANSITIVE = r"injuries|injured people"
_AUX = (
    r"(?:(?:who|that)\s+)?(?:(?:were|was|have|has|had|are|is|been|being|be|got|reportedly|"
    r"also|all|later|subsequently|allegedly|confirmed|reported|said to have|believed to have|"
    r"feared|now|so far|since|to|either)\s+)*"
)
_STOP = (
    r"and|or|but|while|after|before|when|as|including|said|says|told|according|who|which|that|"
    r"were|was|have|has|had|are|is|been|being|killed|killing|wounded|wounding|injured|injuring|"
    r"died|dead|hurt|slain|lost|by"
)
# Words between a number and its verb: "40 [members of the Afghan security forces] were killed".
_MID = rf"(?:\s+(?!(?:{_STOP})\b)(?!\d[\d,]*(?![\w-]))[A-Za-z0-9][\w'’.-]*){{0,7}}?"

# "Five people, including two children, were killed": the aside does not break the link.
_ASIDE = (
    r"(?:,\s+(?:including|among them|among whom|most of them|many of them|mostly|both|all)"
    r"[^,;]{0,80},)?"
)
_SUBJECT_KILLED = re.compile(
    rf"\b{_APPROX}{_NUMBER}(?P<mid>{_MID}){_ASIDE}\s+{_AUX}(?P<verb>{_KILL_PASSIVE}|{_KILL_INTRANSITIVE})\b",
    re.IGNORECASE,
)
_SUBJECT_INJURED = re.compile(
    rf"\b{_APPROX}{_NUMBER}(?P<mid>{_MID}){_ASIDE}\s+{_AUX}(?P<verb>{_INJURE_PASSIVE}|{_INJURE_INTRANSITIVE})\b",
    re.IGNORECASE,
)
_OBJECT_KILLED = re.compile(
    rf"\b(?P<verb>killed|killing|kills|kill|slew|claimed the lives of|executed|executing|"
    rf"massacred|shot dead)\s+"
    rf"(?:{_APPROX}{_NUMBER}|{_VAGUE})(?P<tail>(?:\s+[\w'’-]+){{0,3}})",
    re.IGNORECASE,
)
_OBJECT_INJURED = re.compile(
    rf"\b(?P<verb>wounded|wounding|wounds|injured|injuring|injures|hurt|hurting)\s+"
    rf"(?:{_APPROX}{_NUMBER}|{_VAGUE})(?P<tail>(?:\s+[\w'’-]+){{0,3}})",
    re.IGNORECASE,
)
# "claimed 20 lives", "took at least 12 civilian lives".
_LIVES_CLAIMED = re.compile(
    rf"\b(?:claimed|took|cost)\s+{_APPROX}(?!an?\s){_NUMBER}\s+(?:[\w-]+\s+)?lives\b",
    re.IGNORECASE,
)
_NOUN_KILLED = re.compile(
    r"\b(?:(?:death|deaths|killing|killings|lives|murder|murders|bodies) of"
    r"|(?:death toll|toll|number of (?:dead|deaths|fatalities|people killed))"
    rf"\b[\w\s]{{0,30}}?"
    rf"\b(?:to|of|at|reached|hit))\s+{_APPROX}{_NUMBER}",
    re.IGNORECASE,
)
_NOUN_INJURED = re.compile(
    rf"\b(?:injuries to|injuring of|wounding of)\s+{_APPROX}{_NUMBER}", re.IGNORECASE
)
_ALONG_WITH = re.compile(
    rf"\b(?P<aux>was|were)?\s*(?:killed|slain)\s+(?:along|together)\s+with\s+{_APPROX}{_NUMBER}"
    r"\s+(?:other|others|more|of his|of their)\b",
    re.IGNORECASE,
)
_VAGUE_KILLED = re.compile(
    rf"\b{_VAGUE}(?:\s+of)?(?:\s+[\w'’-]+){{0,4}}?\s+{_AUX}(?:{_KILL_PASSIVE}|{_KILL_INTRANSITIVE})\b",
    re.IGNORECASE,
)
_VAGUE_INJURED = re.compile(
    rf"\b{_VAGUE}(?:\s+of)?(?:\s+[\w'’-]+){{0,4}}?\s+{_AUX}(?:{_INJURE_PASSIVE})\b", re.IGNORECASE
)
_NOBODY = re.compile(
    r"\b(?:no one|nobody|none)\s+(?:was|were|has been|had been|is)\s+(?:reportedly\s+)?"
    r"(?P<verb>killed|hurt|injured|wounded)\b"
    r"|\bno (?P<noun>casualties|deaths|fatalities|injuries)\b",
    re.IGNORECASE,
)
_CASUALTIES = re.compile(
    rf"\b{_APPROX}{_NUMBER}(?P<mid>{_MID})\s+(?:casualties|{_AUX}(?:killed|dead) (?:or|and) "
    r"(?:wounded|injured))\b",
    re.IGNORECASE,
)
# The first of two counted subjects of one verb: "[Eleven Taliban fighters] and two soldiers".
_COORDINATED_BEFORE = re.compile(
    rf"(?:^|[,;:]\s+|\.\s+|\b(?:said|says|that)\s+)\b{_APPROX}{_NUMBER}(?P<mid>{_MID})\s+and\s+$",
    re.IGNORECASE,
)
_TRANSITIVE = re.compile(r"^(?:killed|wounded|injured|hurt|shot dead|executed|slain)$", re.I)
_OBJECT_START = re.compile(
    r"^\s+(?:a|an|the|his|her|their|its|at least|more than|dozens|scores|several|many|some|"
    r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundreds)\b",
    re.IGNORECASE,
)
# "gunmen shot dead Dawa Khan Menapal", "killed the provincial police chief": one named or
# singular victim. Group words ("Afghan National Army soldiers") are not a person's name.
_ROLE = (
    r"head|chief|governor|commander|spokes(?:man|woman|person)|director|judge|prosecutor|"
    r"journalist|official|officer|soldier|policeman|guard|leader|deputy|mayor|cleric|imam|"
    r"activist|reporter|photographer|photojournalist|editor|presenter|pilot|doctor|teacher|"
    r"woman|man|boy|girl|child|student|civilian|driver|elder|lawmaker|MP|minister|general|"
    r"colonel|worker|employee|interpreter"
)
_NAMED_VICTIM = re.compile(
    r"\b(?:killed|shot dead|shot and killed|assassinated|murdered|beheaded|stabbed to death)\s+"
    r"(?:(?P<name>(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+)){1,3})(?!\s+[a-z]+s\b)"
    rf"|the\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_ROLE})(?![\w-]))",
    re.IGNORECASE,
)
_GROUP_WORDS = {
    "afghan", "american", "army", "forces", "force", "police", "taliban", "national",
    "security", "special", "commandos", "division", "corps", "us", "british", "pakistani",
    "government", "militia", "border", "local", "public", "uprising", "islamic", "state",
}  # fmt: skip
# "Menapal was shot dead", "a guard has been killed": one person, even without a number.
_ONE_KILLED = re.compile(
    r"(?<![Nn]o one )(?<!nobody )(?<!None )(?<!none )\b(?:was|has been|had been)\s+"
    r"(?:reportedly\s+|allegedly\s+|also\s+|later\s+)?"
    r"(?:killed|shot dead|slain|assassinated|beheaded|executed|martyred)\b",
)
_SINGULAR_AUX = re.compile(r"\b(?:was|has been|is)\b", re.IGNORECASE)
_PLURAL_AUX = re.compile(r"\b(?:were|have|are)\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$"
)
_EITHER_OR_BOTH = re.compile(
    r"^\s+(?:or|and)\s+(?:wounded|injured|hurt|maimed|killed)\b", re.IGNORECASE
)
_NOT_A_COUNT_AFTER = re.compile(r"\b(?:number|lot|host|series|handful)\b", re.IGNORECASE)


@dataclass
class Casualties:
    fatalities: int | None
    injured: int | None
    killed_span: tuple[int, int] | None  # the number's words in the sentence
    injured_span: tuple[int, int] | None = None
    fatalities_approximate: bool = False  # "at least", "around", "more than"...
    injured_approximate: bool = False
    vague_killed: bool = False  # "dozens of civilians were killed": deaths, no figure
    vague_injured: bool = False
    casualties: int | None = None  # "40 casualties": killed and injured together


_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_TOKEN_SEPARATOR = re.compile(r"[\s-]+")


def parse_number(words: str) -> int | None:
    """ "1,200" -> 1200, "twenty-five" -> 25, "a dozen" -> 12, "an" -> 1; else None."""
    words = words.lower().strip()
    if words == "half a dozen":
        return 6
    if _DIGITS.fullmatch(words):
        return int(words.replace(",", ""))
    if words in ("a", "an"):
        return 1
    total, current = 0, 0
    for token in _TOKEN_SEPARATOR.split(words):
        if token in ("and", ""):
            continue
        if token in _UNITS:
            current += _UNITS[token]
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        elif token == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif token in ("a", "an"):
            current = current or 0
        else:
            return None
    return total + current


def _subject_ok(match: re.Match, sentence: str) -> bool:
    """A number before its verb is the verb's subject, not "A bomb in Kabul killed three"."""
    verb = match["verb"].lower()
    if _MONTH_BEFORE.search(sentence[: match.start("num")]):
        return False  # "On August 3 killed ..." : a date, not a count
    if _EITHER_OR_BOTH.match(sentence[match.end() :]):
        return False  # "1,000 killed or wounded": casualties, not deaths
    between = sentence[match.end("mid") : match.start("verb")]
    has_aux = bool(_SINGULAR_AUX.search(between) or _PLURAL_AUX.search(between))
    if (
        _TRANSITIVE.match(verb)
        and not has_aux
        and (_OBJECT_START.match(sentence[match.end() :]) or len(match["mid"].split()) > 3)
    ):
        return False
    if match["num"].lower() in ("a", "an"):
        if _NOT_A_COUNT_AFTER.search(match["mid"]) or _PLURAL_AUX.search(between):
            return False
        if not has_aux and verb not in ("died", "dead", "perished") and "lost" not in verb:
            return False
    return True


def _object_count(match: re.Match) -> int | None:
    if match["vague"] or not match["num"]:
        return None
    if match["num"].lower() in ("a", "an") and (
        _NOT_A_COUNT_AFTER.search(match["tail"] or "")
        or match["verb"].lower().startswith("execut")  # "executed a plan"
    ):
        return None
    return parse_number(match["num"])


def _first(candidates: list[tuple[int, int, tuple[int, int], bool]]):
    return min(candidates) if candidates else None


def find_casualties(sentence: str) -> Casualties:
    """Killed and injured counts stated in one sentence (None when not stated as a number)."""
    killed: list[tuple[int, int, tuple[int, int], bool]] = []  # (position, value, span, approx)
    injured: list[tuple[int, int, tuple[int, int], bool]] = []

    for pattern, found in ((_SUBJECT_KILLED, killed), (_SUBJECT_INJURED, injured)):
        for match in pattern.finditer(sentence):
            value = parse_number(match["num"])
            first = _COORDINATED_BEFORE.search(sentence[: match.start()])
            # "Two soldiers and a civilian were killed": "a civilian were" is plural there.
            joined_one = (
                first is not None
                and match["num"].lower() in ("a", "an")
                and not _NOT_A_COUNT_AFTER.search(match["mid"])
            )
            if value is not None and (joined_one or _subject_ok(match, sentence)):
                start, approx = match.start(), bool(match["approx"])
                if first and (earlier := parse_number(first["num"])) is not None:
                    # "Eleven Taliban fighters and two soldiers were killed": 13.
                    value, start = value + earlier, first.start()
                    approx = approx or bool(first["approx"])
                found.append((start, value, match.span("num"), approx))
    for pattern, found in ((_OBJECT_KILLED, killed), (_OBJECT_INJURED, injured)):
        for match in pattern.finditer(sentence):
            value = _object_count(match)
            if value is not None:
                found.append((match.start(), value, match.span("num"), bool(match["approx"])))
    for match in (*_NOUN_KILLED.finditer(sentence), *_LIVES_CLAIMED.finditer(sentence)):
        value = parse_number(match["num"])
        if value is not None:
            killed.append((match.start(), value, match.span("num"), bool(match["approx"])))
    for match in _NOUN_INJURED.finditer(sentence):
        value = parse_number(match["num"])
        if value is not None:
            injured.append((match.start(), value, match.span("num"), bool(match["approx"])))

    if not killed:
        one = _ONE_KILLED.search(sentence) or _named_victim(sentence)
        if one and not _VAGUE_KILLED.search(sentence):
            killed.append((one.start(), 1, one.span(), False))
    along = _ALONG_WITH.search(sentence)
    first_killed = _first(killed)
    fatalities = first_killed[1] if first_killed else None
    killed_span = first_killed[2] if first_killed else None
    approximate = first_killed[3] if first_killed else False
    if along:
        others = parse_number(along["num"]) or 0
        subject = _subject_count_before(sentence, along.start())
        if along["aux"] and along["aux"].lower() == "was":
            subject = subject or 1
        fatalities = (subject or 0) + others
        killed_span = along.span("num")
        approximate = approximate or bool(along["approx"]) or subject is None

    for match in _NOBODY.finditer(sentence):
        word = (match["verb"] or match["noun"]).lower()
        if word in ("killed", "deaths", "fatalities", "casualties") and fatalities is None:
            fatalities, killed_span = 0, match.span()
        if word in ("hurt", "injured", "wounded", "injuries", "casualties") and not injured:
            injured.append((match.start(), 0, match.span(), False))

    first_injured = _first(injured)
    casualty_match = _CASUALTIES.search(sentence)
    return Casualties(
        fatalities=fatalities,
        injured=first_injured[1] if first_injured else None,
        killed_span=killed_span,
        injured_span=first_injured[2] if first_injured else None,
        fatalities_approximate=approximate,
        injured_approximate=first_injured[3] if first_injured else False,
        vague_killed=fatalities is None and _is_vague(sentence, _VAGUE_KILLED, _OBJECT_KILLED),
        vague_injured=first_injured is None
        and _is_vague(sentence, _VAGUE_INJURED, _OBJECT_INJURED),
        casualties=parse_number(casualty_match["num"]) if casualty_match else None,
    )


def _named_victim(sentence: str) -> re.Match | None:
    for match in _NAMED_VICTIM.finditer(sentence):
        name = match["name"]
        if name and {w.casefold() for w in name.split()} & _GROUP_WORDS:
            continue
        return match
    return None


def _subject_count_before(sentence: str, position: int) -> int | None:
    """The count of "two commanders were killed along with ...", if the subject has one."""
    for match in _SUBJECT_KILLED.finditer(sentence[: position + 12]):
        if match["num"].lower() not in ("a", "an"):
            return parse_number(match["num"])
    return None


def _is_vague(sentence: str, subject: re.Pattern, obj: re.Pattern) -> bool:
    if subject.search(sentence):
        return True
    return any(match["vague"] for match in obj.finditer(sentence))
