"""Actor mentions: lexicon actors, people named with a role, and organisations that speak.

spaCy's entities are only candidates: the lexicon and the gazetteer decide, and a person or a
new organisation needs a context that confirms it (a title, an apposition, a speech verb).
"""

import itertools
import re
import unicodedata
from dataclasses import dataclass, field

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from sources.extract.places import Gazetteer
from sources.extract.records import ActorMention, Span

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

_WORD = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _collapse(words: list[str]) -> list[str]:
    """ "U", "S", "Embassy" -> "US", "Embassy": dotted acronyms match their plain spelling."""
    out: list[str] = []
    run = ""
    for w in words:
        if len(w) == 1 and w.isalpha():
            run += w
            continue
        if run:
            out.append(run)
            run = ""
        out.append(w)
    if run:
        out.append(run)
    return out


def _split(name: str) -> list[str]:
    words = [w for part in _WORD.findall(name) for w in re.split(r"[-‐]", part) if w]
    if words and words[0].casefold() == "the":
        words = words[1:]
    return _collapse(words)


def is_outlet(name: str) -> bool:
    return " ".join(_fold(w) for w in _split(name)) in {
        " ".join(_fold(w) for w in _split(o)) for o in OUTLETS
    }


@dataclass
class LexiconEntry:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    affiliation: str | None = None
    description: str = ""

    def mention(self, surface: str = "", span: Span | None = None) -> ActorMention:
        return ActorMention(
            name=self.name,
            kind=self.kind,
            surface=surface or self.name,
            affiliation=self.affiliation,
            description=self.description,
            known=True,
            span=span,
        )


@dataclass
class _Form:
    words: list[str]  # as written in the lexicon, collapsed
    entry: LexiconEntry


def _case_fits(form_word: str, surface_word: str) -> bool:
    """Lexicon spelling decides case: "UNAMA" also matches "Unama" (long acronyms only),
    a capitalised word needs a capitalised word, a lower-case word matches any case."""
    if form_word.isupper() and len(form_word) >= 2:
        if surface_word.isupper():
            return True
        return len(form_word) >= 4 and surface_word[:1].isupper()
    if form_word[:1].isupper():
        return surface_word[:1].isupper() or surface_word[:1].isdigit()
    return True


class Lexicon:
    def __init__(self, entries: list[LexiconEntry]):
        self.entries = entries
        self.by_name = {e.name: e for e in entries}
        self._forms: dict[str, list[_Form]] = {}
        self.max_words = 1
        for entry in entries:
            for name in [entry.name, *entry.aliases]:
                words = _split(name)
                if not words:
                    continue
                key = " ".join(_fold(w) for w in words)
                self._forms.setdefault(key, []).append(_Form(words, entry))
                self.max_words = max(self.max_words, len(words))

    @classmethod
    def from_records(cls, rows: list[dict]) -> "Lexicon":
        return cls(
            [
                LexiconEntry(
                    name=row["name"],
                    kind=row["kind"],
                    aliases=list(row.get("aliases") or []),
                    affiliation=row.get("affiliation"),
                    description=row.get("description") or "",
                )
                for row in rows
            ]
        )

    def get(self, words: list[str], definite: bool = False) -> LexiconEntry | None:
        """The entry these words name. `definite`: after "the", a lower-case spelling of a
        name of two or more plain words counts too ("the interior ministry", AFP style)."""
        forms = self._forms.get(" ".join(_fold(w) for w in words))
        for form in forms or []:
            if all(_case_fits(f, s) for f, s in zip(form.words, words, strict=True)):
                return form.entry
            plain = all(not (f.isupper() and len(f) > 1) for f in form.words)
            lowered = [s for f, s in zip(form.words, words, strict=True) if not _case_fits(f, s)]
            if definite and len(words) >= 2 and plain and all(w.islower() for w in lowered):
                return form.entry  # "the interior ministry", "the Afghan defence ministry"
        return None

    def resolve(self, name: str) -> LexiconEntry | None:
        words = _split(name)
        return self.get(words) if words else None

    def find(self, text: str, offset: int = 0) -> list[tuple[int, int, LexiconEntry]]:
        """Longest lexicon matches in text as (start, end, entry), start/end relative to text
        plus offset."""
        words = _words(text)
        found = []
        i = 0
        while i < len(words):
            hit = None
            for n in range(min(self.max_words + 2, len(words) - i), 0, -1):
                group = words[i : i + n]
                if not _joined(text, group):
                    continue
                definite = i > 0 and words[i - 1].group() in {"the", "The"}
                entry = self.get(_collapse([w.group() for w in group]), definite)
                if entry:
                    hit = (group[0].start(), group[-1].end(), entry, n)
                    break
            if hit:
                found.append((hit[0] + offset, hit[1] + offset, hit[2]))
                i += hit[3]
            else:
                i += 1
        return found


def _words(text: str) -> list[re.Match]:
    return list(re.finditer(r"[^\W_]+", text))


def _joined(text: str, group: list[re.Match]) -> bool:
    for a, b in itertools.pairwise(group):
        gap = text[a.end() : b.start()]
        if len(a.group()) == 1 and re.fullmatch(r"\.\s?|\s", gap):
            continue
        if not re.fullmatch(r"[ \-‐‑–]", gap):
            return False
    return True


def resolve_actor(name: str, lexicon: Lexicon) -> ActorMention | None:
    """The lexicon actor a name or alias stands for, without a span."""
    entry = lexicon.resolve(name)
    return entry.mention(name) if entry else None


# -- finding actors in a parsed text ------------------------------------------------------------


def _doc(doc_or_text: Doc | str) -> Doc:
    if isinstance(doc_or_text, Doc):
        return doc_or_text
    from sources.extract.nlp import parse

    return parse(doc_or_text)


def _media_as_party(text: str, start: int, end: int) -> bool:
    """An outlet is an actor only when its people or premises are part of the news ("a
    Reuters photographer was killed"); as the channel or the publisher it is not."""
    if _channel_context(text, start, end):
        return False
    near = text[max(0, start - 40) : end + 40].casefold()
    return bool(
        re.search(
            r"\b(?:journalists?|photographers?|reporters?|correspondents?|cameram[ae]n|staff|"
            r"employees?|crew|office|bureau|offices|driver|fixer)\b",
            near,
        )
    )


def _channel_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 25) : start].casefold()
    after = text[end : end + 20].casefold()
    return bool(
        re.search(
            r"\b(?:told|to|according to|on|with|via|by|for|in|from)\s+(?:the\s+|an?\s+)?$",
            before,
        )
        or re.match(r"\s*(?:reported|contributed|news agency|photo\b|/|\|)", after)
    )


_DEFINITION = re.compile(
    r"(?:[A-Z](?:\.[A-Z]\.?|[\w’'-]*) (?:(?:of|for|in|on|and|the) )*)+"
    r"\((?P<acronym>[A-Z][A-Za-z]{1,9})\)"
)


def _with_defined_acronyms(text: str, found, lexicon: Lexicon):
    """ "the UN Aid Mission in Afghanistan (UNAMA)": a name followed by the acronym it defines is
    one mention of the acronym's actor, whatever lexicon names lie inside it."""
    found = list(found)
    for m in _DEFINITION.finditer(text):
        entry = lexicon.resolve(m.group("acronym"))
        if entry is None or not m.group(0)[:1].isupper():
            continue
        start, end = m.start(), m.end()
        if text.startswith("The ", start):
            start += 4
        found = [f for f in found if f[1] <= start or f[0] >= end]
        found.append((start, end, entry))
    return sorted(found, key=lambda f: f[0])


def find_actors(
    doc_or_text: Doc | str,
    lexicon: Lexicon,
    gazetteer: Gazetteer | None = None,
    offset: int = 0,
) -> list[ActorMention]:
    """Every actor mention in the text, in order, without overlaps. Offsets index the parsed
    text plus `offset`."""
    doc = _doc(doc_or_text)
    text = doc.text
    mentions: list[ActorMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(m: ActorMention) -> None:
        mentions.append(m)
        taken.append((m.span.start - offset, m.span.end - offset))

    found = _with_defined_acronyms(text, lexicon.find(text), lexicon)
    for m in _compound_organisations(doc, found, lexicon, gazetteer, offset):
        found = [f for f in found if f[1] <= m.span.start - offset or f[0] >= m.span.end - offset]
        add(m)
    for start, end, entry in found:
        if text[end : end + 1] == "." and len(text[start:end].split(".")[-1]) == 1:
            end += 1  # "U.S." keeps its last dot
        surface = text[start:end]
        if entry.kind == "media" and not _media_as_party(text, start, end):
            continue
        add(entry.mention(surface, Span(start + offset, end + offset, surface)))

    people = list(_find_people(doc, lexicon, gazetteer, offset, free))
    full_names = {
        _fold(m.name.split()[-1]): m
        for m in [*mentions, *people]
        if m.kind == "person" and len(m.name.split()) >= 2
    }
    for m in people:
        if len(m.name.split()) == 1 and _fold(m.name) in full_names:
            continue  # "Sullivan said": left to the surname pass, which knows the full name
        add(m)
    for m in _new_organisations(doc, lexicon, gazetteer, offset, free):
        add(m)
    for m in _surname_mentions(doc, mentions, offset, free, gazetteer):
        add(m)
    return sorted(mentions, key=lambda m: m.span.start)


# -- organisations not in the lexicon ---------------------------------------------------------

_KIND_WORDS = [
    (r"\b(?:embassy|embassies|state department|pentagon|white house|foreign office)\b",
     "foreign_government"),
    (r"\b(?:army|police|forces|corps|brigade|commandos?|nds|directorate of security)\b",
     "state_forces"),
    (r"\b(?:ministry|ministries|government|council|palace|office|directorate|department|"
     r"commission|parliament|senate|administration|municipality)\b", "government"),
    (r"^(?:un|united nations)\b|\b(?:unama|unhcr|unicef|who|nato|world bank|european union)\b|"
     r"\bagency\b", "international_org"),
    (r"\b(?:watch|amnesty|red cross|red crescent|foundation|committee|society|msf|"
     r"médecins|doctors without borders|ngo|institute|network|association|union|federation)\b",
     "ngo"),
    (r"\b(?:taliban|islamic state|isis|isil|al-qaeda|al qaeda|haqqani|front|militia|movement)\b",
     "armed_group"),
]  # fmt: skip


def guess_kind(name: str) -> str:
    folded = _fold(name)
    for pattern, kind in _KIND_WORDS:
        if re.search(pattern, folded):
            return kind
    return "other"


def _org_confirmed(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    if re.search(r"according to\s+(?:the\s+)?$", before, re.I):
        return True
    after = text[end : end + 60]
    verb = re.match(
        r"[\s,]*(?:(?:has|have|had|also|\w+ly|on|in|late|early|last|this|[A-Z]\w+|\d+\w*)\s+)*"
        r"([a-z]+)",
        after,
    )
    if verb and verb.group(1) in SPEECH_VERBS:
        return True
    return bool(re.match(r"\s*(?:spokesman|spokeswoman|spokesperson)\b", after, re.I))


def _new_organisations(doc: Doc, lexicon: Lexicon, gazetteer, offset: int, free):
    text = doc.text
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        span = _trim(ent)
        if span is None:
            continue
        start, end = span.start_char, span.end_char
        owner = _OWNER.search(text[max(0, start - 40) : start])
        if owner and gazetteer is not None:
            place = gazetteer.lookup(owner.group(1))
            if place is not None and place.kind == "country":
                start -= len(owner.group(0))  # "Afghanistan's Foreign Ministry"
        name = text[start:end]
        # Digits only as a unit's ordinal: "205th Atal Corps", not "France 24" or "2021".
        numbered = re.sub(r"\b\d+(?:st|nd|rd|th)\b", "", name)
        if not free(start, end) or "\n" in name or any(c.isdigit() for c in numbered):
            continue
        if is_outlet(name) or (gazetteer is not None and gazetteer.lookup(name)):
            continue
        if lexicon.resolve(name) or not _org_confirmed(text, start, end):
            continue
        if len(name) < 3 or not (name[:1].isupper() or name[:1].isdigit()):
            continue
        if " " not in name and not (name.isupper() and len(name) >= 3):
            continue  # "Council", "Biden": one capitalised word is an anaphor or a surname
        yield ActorMention(
            name=name,
            kind=guess_kind(name),
            surface=name,
            known=False,
            span=Span(start + offset, end + offset, name),
        )


_OWNER = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)[’']s $")
_ORG_HEADS = {
    "embassy", "embassies", "ministry", "office", "department", "directorate", "commission",
    "agency", "army", "police", "corps", "court", "parliament", "senate", "committee",
    "command", "service", "services", "consulate", "council", "government", "administration",
}  # fmt: skip


def _compound_organisations(doc: Doc, found, lexicon: Lexicon, gazetteer, offset: int):
    """ "the U.S. Embassy", "Afghanistan's Foreign Ministry", "Pakistani Foreign Office": a body
    of a known actor that the lexicon lacks is a new organisation affiliated to that actor."""
    text = doc.text
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent[-1].lower_ not in _ORG_HEADS:
            continue
        span = _trim(ent)
        if span is None or "\n" in span.text:
            continue
        start, end = span.start_char, span.end_char
        owner = _OWNER.search(text[max(0, start - 40) : start])
        if owner:
            start -= len(owner.group(0))
        inside = [f for f in found if f[0] < end and f[1] > start]
        name = text[start:end]
        if lexicon.resolve(name) or lexicon.resolve(span.text) or not inside:
            continue
        if any(f[0] < start or f[1] > end for f in inside):
            continue
        if any(f[1] >= span.end_char - len(span[-1].text) for f in inside):
            continue  # the lexicon already names the body itself
        affiliation = inside[0][2]
        kind = guess_kind(name)
        if affiliation.kind == "foreign_government" and kind in {"government", "other"}:
            kind = "foreign_government"
        yield ActorMention(
            name=name,
            kind=kind,
            surface=name,
            affiliation=affiliation.name,
            known=False,
            span=Span(start + offset, end + offset, name),
        )


def _trim(ent: SpacySpan) -> SpacySpan | None:
    tokens = list(ent)
    while tokens and (tokens[0].lower_ == "the" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if not tokens:
        return None
    return ent.doc[tokens[0].i : tokens[-1].i + 1]


# -- people -----------------------------------------------------------------------------------

# Lower-case words that may stand inside a role phrase: "the UN Secretary-General's special envoy".
_ROLE_WORDS = TITLE_WORDS | {
    "special", "senior", "deputy", "provincial", "district", "shadow", "top", "former", "acting",
    "local", "military", "regional", "foreign", "national", "security", "affairs", "council",
    "interior", "defense", "defence", "of", "for", "police", "intelligence", "state", "'s", "’s",
    "-", "general", "public", "health", "press", "media", "political", "office", "group",
    "ministry", "department", "spokesperson", "chief", "executive", "high",
}  # fmt: skip
_ARTICLES = {"a", "an", "the"}


def _honorific(token) -> bool:
    return token.lower_.rstrip(".") in HONORIFICS or (token.text == "." and token.i > 0)


def _is_name_token(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.lower_ not in TITLE_WORDS


def _title_before(doc: Doc, start: int, name_end: int | None = None) -> tuple[int, int] | None:
    """Token range of a role phrase ending just before the name: "Taliban spokesman", or
    before a name set off by commas: "the group's spokesman, Zabihullah Mujahid,"."""
    i = start - 1
    while i >= 0 and _honorific(doc[i]) and doc[i].lower_ not in TITLE_WORDS:
        i -= 1
    set_off = name_end is not None and name_end < len(doc) and doc[name_end].text == ","
    if i >= 0 and doc[i].text == "," and set_off:
        i -= 1
    end = i + 1
    has_title = False
    while i >= 0:
        tok = doc[i]
        if tok.sent != doc[start].sent or tok.text in {",", ";", ":", "“", "”", '"', "(", ")"}:
            break
        if tok.lower_ in TITLE_WORDS or (tok.text.startswith("Secretary") and "-" in tok.text):
            has_title = True
        elif not (tok.lower_ in _ROLE_WORDS or tok.text[:1].isupper() or tok.text in {"’s", "'s"}):
            break
        i -= 1
    begin = i + 1
    if begin < end and doc[begin].lower_ in _ARTICLES:
        begin += 1
    return (begin, end) if has_title and begin < end else None


def _title_after(doc: Doc, end: int) -> tuple[int, int] | None:
    """Token range of an apposition: "Zabihullah Mujahid, a spokesman for the Taliban,"."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if i < len(doc) and doc[i].lower_ in _ARTICLES:
        i += 1
    begin = i
    has_title = False
    while i < len(doc) and i - begin < 14:
        tok = doc[i]
        if (tok.is_punct and tok.text not in {"-", "’s", "'s"}) or tok.sent != doc[end].sent:
            break
        if tok.lower_ in TITLE_WORDS or (tok.text.startswith("Secretary") and "-" in tok.text):
            has_title = True
        elif tok.pos_ == "VERB" or tok.lower_ in {"who", "which", "that", "said", "told"}:
            break
        i += 1
    return (begin, i) if has_title and begin < i else None


def _speech_next_to(doc: Doc, start: int, end: int) -> bool:
    j = end
    while j < len(doc) and doc[j].lower_ in {"also", "has", "had", "have", "later", "then", ","}:
        j += 1
    if j < len(doc) and doc[j].lower_ in SPEECH_VERBS:
        return True
    return start > 0 and doc[start - 1].lower_ in {"said", "says", "added", "wrote", "tweeted"}


def _candidates(doc: Doc, gazetteer) -> list[tuple[int, int]]:
    """Token ranges that may be people's names: PERSON entities, and capitalised words right
    after a role word (the small model misses "UN Spokesperson Stéphane Dujarric")."""
    ranges = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    for tok in doc:
        # "..., said Rahima, a resident of the city": a name after an inverted speech verb.
        if tok.lower_ in {"said", "says", "added"} and tok.i + 1 < len(doc):
            k = tok.i + 1
            while k < len(doc) and _is_name_token(doc[k]) and k - tok.i <= 4:
                k += 1
            if k > tok.i + 1 and k < len(doc) and doc[k].text == ",":
                ranges.append((tok.i + 1, k))
        if tok.lower_ not in TITLE_WORDS:
            continue
        j = tok.i + 1
        # "shadow governor for Bamyan Moulvi Anus": the place belongs to the role.
        if (
            j + 1 < len(doc)
            and doc[j].lower_ in {"for", "of", "in"}
            and gazetteer is not None
            and gazetteer.lookup(doc[j + 1].text)
        ):
            j += 2
        if j < len(doc) and doc[j].text == ",":
            j += 1  # "the group's spokesman, Zabihullah Mujahid,"
        h = j
        while j < len(doc) and _honorific(doc[j]):
            j += 1
        k = j
        while k < len(doc) and _is_name_token(doc[k]) and k - j < 4:
            k += 1
        if k - j >= 2 or (k - j == 1 and h < j and doc[h].is_title):
            ranges.append((h if k - j == 1 else j, k))
    return ranges


def _clean_name(doc: Doc, start: int, end: int, gazetteer) -> tuple[int, int]:
    while start < end and (
        doc[start].lower_ in _ARTICLES
        or (gazetteer is not None and end - start > 1 and gazetteer.lookup(doc[start].text))
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].text in {"’s", "'s"}):
        end -= 1
    # Honorifics go, unless the name is a single word after them ("Mullah Omar").
    first = start
    while first < end and _honorific(doc[first]):
        first += 1
    if end - first >= 2:
        start = first
    return start, end


def _affiliation(phrase: str, lexicon: Lexicon, gazetteer) -> str | None:
    for _start, _end, entry in lexicon.find(phrase):
        if entry.kind == "person":
            continue
        if gazetteer is not None and gazetteer.lookup(entry.name) and entry.kind == "country":
            continue
        return entry.name
    return _afghan_office(phrase, lexicon, gazetteer)


# Offices of the Afghan state named by role, not by body ("Herat governor", "a police
# spokesman in Kunduz"); looked up through the lexicon's own aliases.
_AFGHAN_OFFICES = [
    (r"\bpolice\b", "Afghan police"),
    (r"\b(?:army|military|corps)\b", "Afghan army"),
    # Provincial councils are elected and often speak against Kabul: not mapped.
    (r"\b(?:governor|district chief|mayor|provincial government)\b", "Afghan government"),
]  # fmt: skip


def _afghan_office(phrase: str, lexicon: Lexicon, gazetteer) -> str | None:
    """The Afghan body behind a role that names an Afghan place or no place at all; never
    for a Taliban "shadow governor" or a role abroad."""
    low = phrase.casefold()
    if "shadow" in low or gazetteer is None:
        return None
    places = [m for m in gazetteer.find(phrase) if m.kind != "country"]
    if any(not m.in_afghanistan for m in places):
        return None
    for pattern, alias in _AFGHAN_OFFICES:
        if re.search(pattern, low):
            entry = lexicon.resolve(alias)
            return entry.name if entry else None
    return None


def _find_people(doc: Doc, lexicon: Lexicon, gazetteer, offset: int, free):
    text = doc.text
    seen: set[tuple[int, int]] = set()
    for start, end in sorted(set(_candidates(doc, gazetteer))):
        start, end = _clean_name(doc, start, end, gazetteer)
        if start >= end or (start, end) in seen or all(_honorific(t) for t in doc[start:end]):
            continue
        span = doc[start:end]
        a, b = span.start_char, span.end_char
        name = text[a:b]
        if not free(a, b) or "\n" in name or any(c.isdigit() for c in name):
            continue
        if not all(
            _is_name_token(t) or _honorific(t) or t.text in {"-", "al", "ul", "bin"} for t in span
        ) or not _is_name_token(span[-1]):
            continue
        if is_outlet(name) or lexicon.resolve(name):
            continue
        if gazetteer is not None and gazetteer.lookup(name):
            continue
        role = _title_before(doc, start, end) or _title_after(doc, end)
        long_name = end - start >= 2
        speaking = _speech_next_to(doc, start, end)
        is_person_ent = any(e.label_ == "PERSON" and e.start <= start < e.end for e in doc.ents)
        if not (role or (speaking and (long_name or is_person_ent))):
            continue
        seen.add((start, end))
        description = ""
        affiliation = None
        if role:
            phrase = doc[role[0] : role[1]].text
            description = phrase.strip(" ,")
            affiliation = _affiliation(phrase, lexicon, gazetteer)
        yield ActorMention(
            name=name,
            kind="person",
            surface=name,
            affiliation=affiliation,
            description=description,
            known=False,
            span=Span(a + offset, b + offset, name),
        )


def _surname_mentions(doc: Doc, mentions: list[ActorMention], offset: int, free, gazetteer):
    """ "Mujahid said": a surname alone is the person named in full earlier (or later)."""
    people: dict[str, ActorMention] = {}
    for m in mentions:
        parts = m.name.split()
        if m.kind == "person" and len(parts) >= 2 and len(parts[-1]) >= 3:
            people.setdefault(_fold(parts[-1]), m)
    text = doc.text
    for tok in doc:
        person = people.get(_fold(tok.text))
        if person is None or not tok.text[:1].isupper():
            continue
        # "Wardak province" is the place; "Wardak said" is Khalid Wardak.
        speaks = tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in SPEECH_VERBS
        if gazetteer is not None and gazetteer.lookup(tok.text) and not speaks:
            continue
        # "Afghan forces", "Pajhwok Afghan News": a surname that is also a word, modifying
        # the next word, is that word, not the person.
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        modifies = nxt is not None and (nxt.text[:1].isupper() or tok.dep_ in {"amod", "compound"})
        if modifies and nxt.is_alpha and tok.head is not tok and tok.head.i > tok.i:
            continue
        a, b = tok.idx, tok.idx + len(tok.text)
        if not free(a, b):
            continue
        yield ActorMention(
            name=person.name,
            kind="person",
            surface=text[a:b],
            affiliation=person.affiliation,
            description=person.description,
            known=person.known,
            span=Span(a + offset, b + offset, text[a:b]),
        )
