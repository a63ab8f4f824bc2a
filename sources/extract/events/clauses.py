"""Parts of a sentence that do not tell its own incident.

- References: "for his role in the surrender", "blamed ... for the fall of Farah", "after the
  capture of Kunduz", a leading "Hours after Gardez was handed over," name an incident already
  told. Their trigger words neither choose the sentence's kind nor make an event of their own;
  alone, they only join the incident they name (merge.py).
- Approaches: "as the Taliban close in on Kabul", "advancing on Herat", "within striking
  distance of Mazar-i-Sharif": a place approached, threatened or besieged is not taken.
- Falls by entry: "fighters entered Sharana after government troops fled" is the town's fall,
  not a battle: a transfer when no fighting is told, a takeover when it is.
"""

import re

from sources.extract.records import PlaceMention

_INCIDENT_NOUN = (
    r"(?:surrender|fall|capture|seizure|handover|hand-over|takeover|loss|collapse|attacks?"
    r"|assault|killings?|massacre|bombing|blast|explosion|withdrawal|retreat)\b"
)
_REFERENCE = re.compile(
    # "for his role in the surrender", "over their part in the handover"
    r"\b(?:for|over)\s+(?:his|her|their|its|the)\s+(?:alleged\s+|suspected\s+)?"
    r"(?:role|part|involvement|complicity)\s+in\s+(?:the\s+)?(?=" + _INCIDENT_NOUN + r")"
    # "blamed local commanders for the fall", "responsible for the loss", "probe into the"
    r"|\b(?:blam\w*|responsible|punish\w*|accountable|investigat\w*|probe|inquiry|sacked"
    r"|dismissed|court[- ]martial\w*)\b[^.;]{0,50}?\b(?:for|over|into)\s+(?:the\s+)?"
    r"(?=" + _INCIDENT_NOUN + r")"
    # "after the fall of", "following the surrender of", "since the capture of"
    r"|\b(?:after|following|since|amid|despite|before|in connection with|for|over)\s+the\s+"
    r"(?=" + _INCIDENT_NOUN + r")"
    # "quiet on Friday after days of heavy fighting": the fighting that led up to it, not a
    # new incident on the sentence's day.
    r"|\b(?:after|following)\s+(?:more than\s+|nearly\s+|almost\s+|over\s+)?"
    r"(?:(?:two|three|four|five|six|several|many|a few|\d+)\s+)?(?:days|weeks|months|a week"
    r"|a month)\s+of\s+(?=(?:[\w-]+\s+){0,2}?(?:fighting|clashes|battles?|siege)\b)",
    re.IGNORECASE,
)
# "Hours after Gardez was handed over, ...", "Days after the city fell, ...": a leading
# clause dating the main one by an incident already told.
_LEADING_CLAUSE = re.compile(
    r"^\W*(?:(?:\w+\s+){0,2}(?:hours?|days?|minutes|shortly|soon|moments|weeks?)\s+)?"
    r"(?:after|following|once|since)\b[^,;]{3,90},",
    re.IGNORECASE,
)


def reference_spans(sentence: str) -> list[tuple[int, int]]:
    """Offsets (in the sentence) of the nouns that name an incident already told."""
    spans = []
    for match in _REFERENCE.finditer(sentence):
        # The noun phrase runs to the end of its clause.
        end = re.search(r"[,;]|\s(?:and|but|while|as)\s|$", sentence[match.end() :])
        spans.append((match.start(), match.end() + end.start()))
    return spans


def leading_clause(sentence: str) -> list[tuple[int, int]]:
    """ "Hours after Gardez was handed over,": a clause that only dates the main one (it may
    tell a deed of its own when the main clause tells none)."""
    leading = _LEADING_CLAUSE.match(sentence)
    if leading and leading.end() < len(sentence) - 10:
        return [(0, leading.end())]
    return []


def in_spans(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


_APPROACH_BEFORE = re.compile(
    r"\b(?:clos(?:e|es|ed|ing)\s+in\s+on|approach(?:es|ed|ing)?|advanc(?:e|es|ed|ing)\s+on"
    r"|march(?:es|ed|ing)?\s+on|threaten(?:s|ed|ing)?|bear(?:s|ing)?\s+down\s+on|bore\s+down\s+on"
    r"|clos(?:e|es|ed|ing)\s+on|edg(?:e|es|ed|ing)\s+(?:closer\s+)?(?:to|towards?)"
    r"|clos(?:er|ing)\s+(?:to|towards?)|press(?:es|ed|ing)?\s+(?:on\s+)?towards?"
    r"|push(?:es|ed|ing)?\s+(?:on\s+)?towards?|mov(?:e|es|ed|ing)\s+(?:on|towards?)"
    r"|converg(?:e|es|ed|ing)\s+on|within\s+(?:striking\s+distance|reach|sight)\s+of"
    r"|(?:at|to)\s+the\s+gates\s+of|on\s+the\s+(?:doorstep|outskirts)\s+of"
    r"|nears|neared|nearing|(?:Taliban|insurgents|militants|fighters|they|group)\s+near"
    r"|encircl\w+|surround\w*|besieg\w+|lay(?:ing)?\s+siege\s+to|laid\s+siege\s+to"
    # "Reach Outskirts of Kabul", "tightening grip near Kabul", "on the main highway to
    # Kabul", "a road leading to Herat": a place neared or a road's end is not taken.
    r"|(?:outskirts|edges?|gates|doorstep|fringes)\s+of|\bnear|close\s+to"
    r"|(?:noose|grip|pressure|cordon|ring)\s+(?:around|on|round)|\baround"
    r"|(?:highway|road|route|motorway)s?\s+(?:(?:leading|linking\s+\w+)\s+)?(?:to|into|towards?))"
    r"\s+(?:the\s+)?(?:(?:provincial\s+|Afghan\s+)?capital,?\s+|city\s+of\s+|outskirts\s+of\s+)?$",
    re.IGNORECASE,
)
_APPROACH_AFTER = re.compile(
    r"^[^.;]{0,70}?\bwhich\s+(?:\w+\s+){0,3}?(?:approach\w*|threaten\w*|encircl\w*|surround\w*"
    r"|besieg\w*|advanc\w*\s+on|march\w*\s+on|clos\w*\s+in\s+on|nearing)",
    re.IGNORECASE,
)


def is_approached(text: str, place: PlaceMention, sentence_start: int) -> bool:
    """ "as insurgents advance on Kabul", "Mazar-i-Sharif, which they are approaching"."""
    before = text[max(sentence_start, place.span.start - 50) : place.span.start]
    after = text[place.span.end : place.span.end + 90]
    return bool(_APPROACH_BEFORE.search(before) or _APPROACH_AFTER.search(after))


_ENTRY = re.compile(
    r"^(?:entered|pushed into|advanced into|walked into|rolled into|moved into|marched into)$",
    re.IGNORECASE,
)
_DEFENDERS_LEFT = re.compile(
    r"\b(?:after|as|when|once)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:forces|troops|soldiers|army"
    r"|police(?:men)?|militias?|militiamen|officials|governor|defenders|commanders|units)\s+"
    r"(?:\w+\s+){0,4}?(?:fled|withdrew|retreated|pulled\s+out|pulled\s+back|abandoned|left"
    r"|surrendered|gave\s+up|laid\s+down|melted\s+away|deserted)\b",
    re.IGNORECASE,
)
_FIGHTING = re.compile(
    r"\b(?:fighting|clash\w*|battl\w+|fierce|heavy\s+fire|gunfire|firefights?|resistance"
    r"|killed|wounded|casualties)\b",
    re.IGNORECASE,
)


def entry_after_defenders_left(sentence: str, trigger_start: int, trigger: str) -> bool:
    """ "entered Pul-e Khumri late on Tuesday after Afghan soldiers withdrew"."""
    if not _ENTRY.match(trigger):
        return False
    return bool(_DEFENDERS_LEFT.search(sentence[trigger_start:]))


_NEGATED = re.compile(r"\b(?:without|no|not)\s+(?:\w+\s+)?$", re.IGNORECASE)


def fighting_told(sentence: str) -> bool:
    """Whether the sentence tells of fighting; "without any resistance", "no fighting" do not."""
    return any(
        not _NEGATED.search(sentence[max(0, m.start() - 20) : m.start()])
        for m in _FIGHTING.finditer(sentence)
    )
