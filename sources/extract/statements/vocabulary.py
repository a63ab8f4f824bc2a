"""Speech verbs, speaker nouns and date phrases that statements are read with."""

import re

# Verbs that introduce a direct quote.
QUOTE_VERBS = (
    r"said|says|say|added|adds|stated|states|told|tells|tweeted|tweets|wrote|writes|warned|"
    r"read|reads|continued|explained|noted|insisted|declared|announced|stressed|urged|asked|"
    r"claimed|posted|posts|argued|responded|replied|concluded|emphasi[sz]ed|vowed|"
    r"went on|further read|also said"
)
# Verbs of reported speech: their subject is the speaker.
REPORT_VERBS = {
    "said", "says", "say", "told", "tells", "added", "stated", "announced", "announces",
    "warned", "warns", "condemned", "condemns", "denounced", "called", "calls", "urged",
    "urges", "accused", "accuses", "denied", "denies", "claimed", "claims", "confirmed",
    "confirms", "stressed", "reiterated", "reminded", "demanded", "expressed", "underlined",
    "emphasized", "emphasised", "rejected", "welcomed", "vowed", "pledged", "threatened",
    "insisted", "noted", "tweeted", "blamed", "blames", "criticised", "criticized", "appealed",
    "assured", "praised", "alleged", "acknowledged", "admitted", "declared", "hailed",
    "wrote", "writes", "posted",
}  # fmt: skip
# Present plural forms ("The Taliban deny ...", "Residents insist ..."): only as a finite verb,
# never the infinitive of "urged them to condemn".
PRESENT_REPORT_VERBS = {
    "deny", "insist", "warn", "accuse", "claim", "confirm", "condemn", "reject", "blame",
    "allege", "stress", "announce",
}  # fmt: skip
# Subjects that are people or bodies without a name: the statement stays, the speaker is empty.
_GENERIC_SPEAKERS = {
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources",
    "authorities", "police", "governor", "residents", "resident", "witness", "witnesses",
    "commander", "minister", "adviser", "advisor", "envoy", "diplomat", "diplomats",
    "lawmaker", "lawmakers", "elder", "elders", "doctor", "doctors", "officer", "officers",
    "member", "members", "leader", "leaders", "analyst", "analysts", "head", "chief",
}  # fmt: skip

_PRONOUNS = {"he", "she", "they", "it", "we"}
_OPENING = "“«„"
_CLOSING = "”»"
_ABBREVIATIONS = [
    "Gen", "Mr", "Dr", "St", "Lt", "Col", "Jr", "Mrs", "Ms", "No", "Sr", "Gov", "Jan", "Feb",
    "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Prof", "Capt", "Maj", "Sgt",
]  # fmt: skip
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])"
    + "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
    + r"[.!?]+[\"”’)]*(?=\s+[A-Z“\"‘'(\d#]|\s*$)"
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip
_MONTH = "(?:" + "|".join(m.title() for m in _MONTHS) + ")"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE_PHRASE = re.compile(
    r"\b(?:(?:on|late|early|last)\s+)?(?:"
    rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s*\({_MONTH} {_DAY}\))?"
    rf"|{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH}"
    r"|today|yesterday|last week|last month|earlier this (?:week|month)|this week)(?!\w)"
)
