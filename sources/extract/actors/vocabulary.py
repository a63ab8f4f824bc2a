"""Word lists that tell speakers, people's titles and news outlets apart."""

# Verbs whose subject is a speaker: they confirm a person or an organisation.
SPEECH_VERBS = {
    "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "announced",
    "announces", "tweeted", "tweets", "wrote", "writes", "warned", "warns", "condemned",
    "condemns", "claimed", "claims", "confirmed", "confirms", "denied", "denies", "accused",
    "accuses", "urged", "urges", "called", "calls", "stressed", "stresses", "insisted",
    "explained", "noted", "declared", "reiterated", "vowed", "pledged", "demanded",
    "threatened", "welcomed", "rejected", "acknowledged", "asserted", "emphasized",
    "emphasised", "underlined", "expressed", "reported", "described", "argued", "admitted",
    "asked", "promised", "replied", "responded", "alleged", "estimated", "denounced",
    "denounces", "criticised", "criticized", "blamed", "blames", "praised", "hailed",
    "appealed", "pleaded", "reminded", "assured", "revealed", "disclosed", "informed",
}  # fmt: skip

# Role words that make the name next to them a person's: "Taliban spokesman Zabihullah Mujahid".
TITLE_WORDS = {
    "spokesman", "spokeswoman", "spokesperson", "governor", "minister", "president",
    "vice-president", "ambassador", "envoy", "commander", "chief", "head", "adviser", "advisor",
    "secretary", "secretary-general", "general", "director", "member", "official", "deputy",
    "representative", "mayor", "diplomat", "senator", "leader", "lawmaker", "mp", "analyst",
    "negotiator", "prosecutor", "colonel", "lieutenant", "captain", "commissioner", "chairman",
    "chairwoman", "chair", "coordinator", "researcher", "doctor", "surgeon", "founder",
    "cleric", "mullah", "officer", "journalist", "reporter", "correspondent", "activist",
    "elder", "councillor", "councilor", "speaker", "premier", "king", "prince", "emir", "amir",
    "sheikh", "police", "army", "counterpart", "administrator", "resident",
}  # fmt: skip
# Words dropped in front of a name: "Gen. Bismillah Mohammadi", "Dr. Abdullah Abdullah".
HONORIFICS = {
    "gen", "general", "dr", "mr", "mrs", "ms", "col", "lt", "maj", "capt", "sgt", "sen", "rep",
    "gov", "prof", "mullah", "mawlawi", "maulvi", "moulvi", "mawlavi", "haji", "qari", "sheikh",
    "sir", "lord", "president", "minister", "ambassador", "spokesman", "spokesperson",
}  # fmt: skip

# Outlets, agencies and platforms: named as a channel ("told AFP", "said on Twitter") they are
# never actors, and they are never guessed as new organisations.
OUTLETS = {
    "afp", "agence france-presse", "agence france presse", "reuters", "ap", "associated press",
    "the associated press", "bbc", "bbc news", "al jazeera", "aljazeera", "tolonews", "tolo news",
    "tolo", "pajhwok", "pajhwok afghan news", "khaama press", "khaama", "ariana news", "france 24",
    "cnn", "cnbc", "new york times", "the new york times", "washington post", "the guardian",
    "guardian", "wall street journal", "bloomberg", "xinhua", "anadolu", "anadolu agency",
    "dawn", "sputnik", "rfe/rl", "radio free europe", "radio liberty", "voice of america", "voa",
    "shamshad", "1tv", "deutsche welle", "dw", "npr", "sky news", "fox news", "abc news", "nbc",
    "cbs", "getty images", "getty", "epa", "twitter", "facebook", "youtube", "whatsapp",
    "telegram", "instagram", "google", "hasht-e subh", "etilaatroz", "afghanistan times",
    "gandhara", "salaam times", "al arabiya", "trt", "press tv", "irna", "tass", "ria novosti",
    "ani", "pti", "kyodo", "yonhap", "wion", "ndtv", "arab news", "express tribune", "geo news",
    "the hindu", "times of india", "hindustan times", "india today", "efe", "dpa", "ansa",
}  # fmt: skip
