"""Context rules: when a small place name in a sentence really names the place."""

import re

from sources.extract.places.entries import _fold, _Hit

# Words after (or before "of") a name that say what kind of place it is.
_KIND_AFTER = {
    "province": "province",
    "provinces": "province",
    "district": "district",
    "districts": "district",
    "city": "city",
    "cities": "city",
    "town": "city",
    "capital": "city",
}
_KIND_BEFORE_OF = {"province": "province", "district": "district", "city": "city", "town": "city"}

# Name parts so common in Afghan personal names that a one-word village of that name is noise.
_NAME_PARTS = {
    "abdul", "ahmad", "ahmed", "ali", "amin", "gul", "hussain", "karim", "khan", "mohammad",
    "muhammad", "mullah", "rahman", "rahim", "shah", "zada", "zai", "jan", "nur", "noor", "haji",
    "hakim", "omar", "aziz", "hamid", "rashid", "baz", "mir", "sultan", "qadir", "massoud",
    "saeed", "sayed", "said", "bibi", "agha", "malik", "mohammadi", "amir", "nazar", "taj",
    "haqqani", "mujahid", "ghani", "karzai", "dostum", "khalil", "wali", "akbar", "allah",
}  # fmt: skip

_LOCATIVE = {
    "in", "at", "near", "from", "to", "into", "outside", "around", "toward", "towards",
    "across", "through", "via", "of", "inside",
}  # fmt: skip

# Words before a small place's name that make it a place: prepositions, and verbs whose object
# is a place ("the Taliban captured Maiwand").
_SUPPORT_BEFORE = _LOCATIVE | {
    "captured", "capture", "captures", "seized", "seize", "took", "take", "takes", "overran",
    "overrun", "entered", "enter", "stormed", "attacked", "besieged", "encircled", "surrounded",
    "reached", "fled", "left", "liberated", "retook", "recaptured", "cleared", "controls",
    "control", "between",
}  # fmt: skip
# Words that may stand between such a word and the name: "in southern Maiwand".
_SKIPPED_BEFORE = {
    "the", "central", "neighbouring", "neighboring", "nearby", "restive", "volatile", "remote",
    "strategic", "key", "embattled", "contested", "mountainous", "parts", "part",
}  # fmt: skip
# Nouns after a name that make it a place ("the Maiwand area", "Daman bazaar").
_PLACE_NOUN_AFTER = {
    "area", "areas", "region", "valley", "village", "villages", "bazaar", "market", "outskirts",
    "border", "crossing", "highway", "road", "checkpoint", "checkpoints", "front", "dam",
    "pass", "tunnel", "airport", "port",
}  # fmt: skip
# "215th Maiwand Corps", "Shaheen Corps": an army unit named after a place is not the place.
_UNIT_AFTER = {"corps", "brigade", "division", "battalion", "regiment", "kandak", "army"}
# "Kakar said": a name followed by a verb of speech is the speaker.
_SPEECH_AFTER = {
    "said", "says", "told", "added", "stated", "noted", "explained", "confirmed", "tweeted",
    "wrote", "claimed", "warned", "insisted", "denied", "announced", "stressed", "argued",
    "asserted", "replied", "recalled", "urged", "vowed",
}  # fmt: skip
# Titles before a surname ("Mr Kakar", "General Daman").
_TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "general", "gen", "commander", "cmdr", "governor", "gov",
    "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant", "sgt",
    "mullah", "maulvi", "mawlawi", "mawlavi", "moulvi", "haji", "hajji", "sheikh", "qari",
    "ustad", "engineer", "eng", "president", "minister", "spokesman", "spokesperson", "senator",
    "sardar", "professor", "prof", "judge", "marshal", "brigadier", "mawlana", "maulana",
}  # fmt: skip
# Languages spoken in and around Afghanistan: "in Farsi" is a language, not the Herat district.
_LANGUAGES = {
    "farsi", "dari", "pashto", "pashtu", "persian", "urdu", "arabic", "uzbek", "turkmen",
    "balochi", "baluchi", "pashai", "nuristani", "tajik", "english", "russian", "hindi",
}  # fmt: skip
# Towns of at least this many people are known well enough to be places without support.


def _word_before(words: list[re.Match], index: int) -> str:
    return words[index - 1].group().casefold() if index else ""


def _is_persons_or_units(text: str, words: list[re.Match], hit: _Hit) -> bool:
    """ "Kakar said", "Mr Kakar", "Zabihullah Daman": a person; "215th Maiwand Corps": a unit."""
    if hit.word_end < len(words):
        gap = text[hit.end : words[hit.word_end].start()]
        after = words[hit.word_end].group()
        if gap == " " and after.casefold() in _UNIT_AFTER and after[:1].isupper():
            return True
        # "residents of Spin Boldak said": the place the speakers are from.
        located = _word_before(words, hit.word_index) in _LOCATIVE
        speech = after.casefold() in _SPEECH_AFTER and not located
        if speech and gap.strip(" ,") == "" and "\n" not in gap:
            return True
    if hit.word_index:
        previous = words[hit.word_index - 1]
        gap = text[previous.end() : hit.start]
        name = previous.group()
        folded = _fold(name)
        given = folded in _NAME_PARTS or folded.endswith("ullah")
        # "Gen. Daman" is a title's abbreviation; "said Khan. Maiwand" ends a sentence.
        title = folded in _TITLES
        titled = (gap == " " and (given or title)) or (gap == ". " and title)
        if name[:1].isupper() and titled:
            return True
    return False


_LIST_GAP = re.compile(r"\s*(?:,|/|&|\band\b|\bor\b)\s*(?:and\s+|or\s+)?")
_POSSESSIVE_GAP = re.compile(r"(?:'s|’s)\s+")


def _skippable(word: str) -> bool:
    return word in _SKIPPED_BEFORE or word in ("north", "south") or word.endswith("ern")


def _supported(text: str, words: list[re.Match], hits: list[_Hit], k: int) -> bool:
    """ "in Maiwand", "captured southern Maiwand", "Kandahar's Daman", "Daman bazaar",
    "Maiwand, Panjwayi and Zhari": what says that a small place's name is the place."""
    hit = hits[k]
    j = hit.word_index - 1
    while j >= 0 and _skippable(words[j].group().casefold()):
        j -= 1
    before = words[j].group().casefold() if j >= 0 else ""
    according = j >= 1 and words[j - 1].group().casefold() == "according"
    if before in _SUPPORT_BEFORE and not according and hit.word_index - j <= 3:
        return True
    # "a district called Imam Sahib", "the town named Daman".
    noun = words[j - 1].group().casefold() if j >= 1 else ""
    if before in ("called", "named") and (noun in _KIND_AFTER or noun in _PLACE_NOUN_AFTER):
        return True
    last = words[hit.word_end - 1].group().casefold()
    if (last in _PLACE_NOUN_AFTER or last in _KIND_AFTER) and hit.word_end > hit.word_index + 1:
        # the alias says it: "the Andarab valley", "Torkham crossing", "the Zhari district"
        return True
    if hit.word_end < len(words):
        after = words[hit.word_end].group().casefold()
        if after in _PLACE_NOUN_AFTER and text[hit.end : words[hit.word_end].start()] == " ":
            return True
        if _falls(text, words, hit):
            return True
    possessive = k and _POSSESSIVE_GAP.fullmatch(text[hits[k - 1].end : hit.start])
    if possessive and any(e.major for e in hits[k - 1].entries):
        return True
    neighbours = []
    if k:
        neighbours.append(text[hits[k - 1].end : hit.start])
    if k + 1 < len(hits):
        neighbours.append(text[hit.end : hits[k + 1].start])
    return any(_LIST_GAP.fullmatch(gap) for gap in neighbours)


# "Spin Boldak fell", "Andarab was retaken": what only a place's name is the subject of.
_FELL = {"fell", "falls", "fallen"}
_AUXILIARIES = {"was", "were", "has", "had", "is", "have", "been", "also", "now", "finally"}
_TAKEN = {
    "captured", "seized", "overrun", "overran", "retaken", "recaptured", "besieged",
    "encircled", "surrounded", "shelled", "liberated", "cleared", "lost", "abandoned",
    "handed", "surrendered",
}  # fmt: skip


def _falls(text: str, words: list[re.Match], hit: _Hit) -> bool:
    """ "Torkham fell to the Taliban", "Kajaki has also been overrun": a place's fate."""
    if "\n" in text[hit.end : words[hit.word_end].start()]:
        return False
    following = [w.group().casefold() for w in words[hit.word_end : hit.word_end + 5]]
    k = 0
    while k < len(following) and following[k] in _AUXILIARIES:
        k += 1
    if k + 1 < len(following) and following[k] in _FELL and following[k + 1] == "to":
        return True  # "fell to the Taliban"; "Maiwand had fallen by Tuesday" stays unsure
    return 0 < k < len(following) and following[k] in _TAKEN


def _capitalised(text: str, word: re.Match) -> bool:
    first = word.group()[0]
    if first.isupper() or first.isdigit():
        return True
    return word.start() > 0 and text[word.start() - 1] == "#"


def _spread_plural_kind(text: str, hits: list[_Hit], k: int, kind: str) -> None:
    """ "Helmand and Kandahar provinces": the plural covers every name of the list."""
    j = k
    while j > 0:
        between = text[hits[j - 1].end : hits[j].start]
        if not re.fullmatch(r",?\s+(?:and\s+)?|,\s*", between):
            break
        hits[j - 1].kind_hint = kind
        j -= 1
