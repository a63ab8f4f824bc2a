"""Place mentions: which gazetteer places an article names, and as what (province, city, district).

The gazetteer decides; spaCy's entity labels are not used here because the small model tags
Herat as an organisation and Lashkar Gah as a person.
"""

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from sources.extract.records import PlaceMention, Span

# Kinds that are never dropped by the common-word and short-name rules.
_MAJOR_KINDS = {"country", "province"}

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
WELL_KNOWN_POPULATION = 10_000

_WORD = re.compile(r"[^\W_]+")
# What may stand between the words of one name: "Mazar-e-Sharif", "Mazar-e Sharif", "Lashkar Gah".
_JOINER = re.compile(r"[ \t\-‐‑–]{1,2}")


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _key(words: list[str]) -> str:
    return " ".join(_fold(w) for w in words)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Common English words (WordNet lemmas shipped with the spaCy model's lemmatizer)."""
    from sources.extract.nlp import get_nlp

    table = get_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(w for w in table[pos] if w.isalpha())
    return frozenset(words)


@dataclass
class GazetteerEntry:
    name: str
    kind: str
    province: str | None
    latitude: float | None = None
    longitude: float | None = None
    aliases: list[str] = field(default_factory=list)
    in_afghanistan: bool = True
    is_provincial_capital: bool = False
    population: int | None = None
    id: object = None
    slug: str | None = None

    @property
    def major(self) -> bool:
        return self.kind in _MAJOR_KINDS or self.is_provincial_capital

    @property
    def well_known(self) -> bool:
        """Provinces, capitals, sites and big towns: places without the help of context."""
        return (
            self.major
            or self.kind == "site"
            or (self.kind == "city" and (self.population or 0) >= WELL_KNOWN_POPULATION)
        )


@dataclass
class _Hit:
    start: int
    end: int
    entries: list[GazetteerEntry]
    word_index: int
    word_end: int
    kind_hint: str | None = None


class Gazetteer:
    def __init__(self, entries: list[GazetteerEntry]):
        self.entries = entries
        self._index: dict[str, list[GazetteerEntry]] = {}
        # Multi-word names written together: "Lashkar Gah" -> "lashkargah", so that "Mazar i
        # Sharif" finds "Mazari Sharif" but "Kunduz as" never finds the one-word "Kunduzas".
        self._joined: dict[str, list[GazetteerEntry]] = {}
        self._max_words = 1
        for entry in entries:
            for name in [entry.name, *entry.aliases]:
                words = _WORD.findall(name)
                if not words:
                    continue
                self._add(_key(words), entry)
                if len(words) > 1:
                    # "Lashkargah" for "Lashkar Gah", "Mazar-i-Sharif" written as one word.
                    self._add("".join(_fold(w) for w in words), entry)
                    self._joined.setdefault("".join(_fold(w) for w in words), []).append(entry)
                self._max_words = max(self._max_words, len(words))

    def _add(self, key: str, entry: GazetteerEntry) -> None:
        bucket = self._index.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    @classmethod
    def from_records(cls, rows: list[dict]) -> "Gazetteer":
        entries = [
            GazetteerEntry(
                name=row["name"],
                kind=row["kind"],
                province=row.get("province"),
                latitude=row.get("latitude"),
                longitude=row.get("longitude"),
                aliases=list(row.get("aliases") or []),
                in_afghanistan=row.get("in_afghanistan", True),
                is_provincial_capital=bool(row.get("is_provincial_capital", False)),
                population=row.get("population"),
                id=row.get("id"),
                slug=row.get("slug"),
            )
            for row in rows
        ]
        return cls(entries)

    # -- lookup -------------------------------------------------------------------------

    def candidates(self, name: str) -> list[GazetteerEntry]:
        words = _WORD.findall(name)
        if not words:
            return []
        return list(
            self._index.get(_key(words)) or self._index.get(_key(words).replace(" ", ""), [])
        )

    def lookup(self, name: str, kind: str | None = None) -> GazetteerEntry | None:
        """The place a name or variant stands for; "Herat" is the city, "Herat province" the
        province. Names abroad are returned too (check `in_afghanistan`)."""
        words = _WORD.findall(name)
        hint = None
        if len(words) > 1 and words[-1].casefold() in _KIND_AFTER:
            hint = _KIND_AFTER[words[-1].casefold()]
            stripped = " ".join(words[:-1])
            if self.candidates(stripped):
                name = stripped
        entries = self.candidates(name)
        if not entries:
            return None
        return _choose(entries, kind or hint)

    def is_place_name(self, name: str) -> bool:
        return self.lookup(name) is not None

    # -- finding mentions in text -------------------------------------------------------

    def find(self, text: str, offset: int = 0) -> list[PlaceMention]:
        words = list(_WORD.finditer(text))
        hits = self._match(text, words)
        self._apply_kind_words(text, words, hits)
        verdicts = [self._plausible(text, words, hits, k) for k in range(len(hits))]
        # A small place named once with support ("in Maiwand") is a place wherever the article
        # names it again without ("Maiwand fell"), unless that mention is plainly a person's.
        supported = {
            e.name for hit, ok in zip(hits, verdicts, strict=True) if ok for e in hit.entries
        }
        kept = [
            hit
            for hit, ok in zip(hits, verdicts, strict=True)
            if ok or (ok is None and any(e.name in supported for e in hit.entries))
        ]
        chosen = [_choose(hit.entries, hit.kind_hint) for hit in kept]
        for hit in kept:
            # "Arghandab district" is an alias of Kandahar's Arghandab only; Zabul has one too.
            parts = _WORD.findall(text[hit.start : hit.end])
            if len(parts) > 1 and parts[-1].casefold() in _KIND_AFTER:
                shorter = self.candidates(" ".join(parts[:-1]))
                hit.entries = hit.entries + [e for e in shorter if e not in hit.entries]
        chosen = _settle_shared_names(text, kept, chosen)
        mentions = []
        for hit, entry in zip(kept, chosen, strict=True):
            surface = text[hit.start : hit.end]
            mentions.append(
                PlaceMention(
                    name=entry.name,
                    kind=entry.kind,
                    province=entry.province if entry.kind not in _MAJOR_KINDS else None,
                    surface=surface,
                    span=Span(hit.start + offset, hit.end + offset, surface),
                    in_afghanistan=entry.in_afghanistan,
                )
            )
        return mentions

    def _match(self, text: str, words: list[re.Match]) -> list[_Hit]:
        hits: list[_Hit] = []
        i = 0
        while i < len(words):
            found = None
            for n in range(min(self._max_words, len(words) - i), 0, -1):
                group = words[i : i + n]
                if any(
                    not _JOINER.fullmatch(text[a.end() : b.start()])
                    for a, b in itertools.pairwise(group)
                ):
                    continue
                parts = [w.group() for w in group]
                entries = self._index.get(_key(parts))
                if entries is None and n > 1:
                    entries = self._joined.get("".join(_fold(p) for p in parts))
                if entries and _capitalised(text, group[0]):
                    found = _Hit(group[0].start(), group[-1].end(), entries, i, i + n)
                    break
            if found:
                hits.append(found)
                i = found.word_end
            else:
                i += 1
        return hits

    def _apply_kind_words(self, text: str, words: list[re.Match], hits: list[_Hit]) -> None:
        for k, hit in enumerate(hits):
            after = words[hit.word_end].group().casefold() if hit.word_end < len(words) else ""
            gap = text[hit.end : words[hit.word_end].start()] if hit.word_end < len(words) else ""
            if after in _KIND_AFTER and gap.strip(" ") == "" and "\n" not in gap:
                hit.kind_hint = _KIND_AFTER[after]
                if after.endswith("s") and after != "capital":
                    _spread_plural_kind(text, hits, k, hit.kind_hint)
                continue
            if hit.word_index >= 2:
                before = [w.group().casefold() for w in words[hit.word_index - 2 : hit.word_index]]
                between = text[words[hit.word_index - 2].end() : hit.start]
                if (
                    before[1] == "of"
                    and before[0] in _KIND_BEFORE_OF
                    and re.fullmatch(r"\s+of\s+", between)
                ):
                    hit.kind_hint = _KIND_BEFORE_OF[before[0]]

    def _plausible(self, text: str, words: list[re.Match], hits: list[_Hit], k: int) -> bool | None:
        """True: a place; False: not one; None: a small place's name without support in its
        sentence, a place only if the article names it as one elsewhere."""
        hit = hits[k]
        word = _fold(text[hit.start : hit.end])
        # A province's or capital's own name always counts; its odd GeoNames variants ("Bist",
        # "Balh") and small places have to pass the rules below.
        if any(
            e.major and _key(_WORD.findall(e.name)) == _key(_WORD.findall(word))
            for e in hit.entries
        ):
            return True
        single = hit.word_end - hit.word_index == 1
        if single and (len(word) <= 3 or word in _NAME_PARTS):
            return False
        if any(e.major for e in hit.entries):
            return True
        if _is_persons_or_units(text, words, hit):
            return False
        if hit.kind_hint:
            return True
        if word in _LANGUAGES:
            return False
        before = _word_before(words, hit.word_index)
        if single and word in _english_words() and before not in _LOCATIVE:
            # WordNet knows "Doha" as well as "bar": only a locative context tells them apart.
            return False
        if single and self._next_to_a_persons_name(text, words, hit):
            return False
        if _supported(text, words, hits, k):
            return True
        return True if any(e.well_known for e in hit.entries) else None

    def _next_to_a_persons_name(self, text: str, words: list[re.Match], hit: _Hit) -> bool:
        """ "Ismail Khan", "Gul Agha Sherzai": a small place's name next to another capitalised
        word that is not a place is most likely part of a person's name."""
        for j in (hit.word_index - 1, hit.word_end):
            if not 0 <= j < len(words):
                continue
            if j < hit.word_index:
                gap = text[words[j].end() : hit.start]
            else:
                gap = text[hit.end : words[j].start()]
            neighbour = words[j].group()
            folded = _fold(neighbour)
            name_like = folded in _NAME_PARTS or folded not in _english_words()
            capitalised = neighbour[:1].isupper()
            if gap == " " and capitalised and name_like and not self.candidates(neighbour):
                return True
        return False


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
    if hit.word_end < len(words):
        after = words[hit.word_end].group().casefold()
        if after in _PLACE_NOUN_AFTER and text[hit.end : words[hit.word_end].start()] == " ":
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


_DEFAULT_ORDER = ["city", "province", "district", "site", "country"]


def _choose(entries: list[GazetteerEntry], kind: str | None) -> GazetteerEntry:
    """One entry for a name: the hinted kind if there is one, else a city before a province
    ("Herat" alone is the city), a place in Afghanistan before one abroad."""
    if kind:
        same = [e for e in entries if e.kind == kind]
        if same:
            entries = same

    def rank(entry: GazetteerEntry) -> tuple:
        order = _DEFAULT_ORDER.index(entry.kind) if entry.kind in _DEFAULT_ORDER else 9
        return (not entry.in_afghanistan, not entry.major, order)

    return sorted(entries, key=rank)[0]


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n")
_PARAGRAPH_END = re.compile(r"\n+")


def _named_provinces(hits: list[_Hit], chosen: list[GazetteerEntry]) -> list[tuple[int, str]]:
    """Where the text names a province, by itself or by its capital ("Ghazni's")."""
    named = []
    for hit, entry in zip(hits, chosen, strict=True):
        if entry.kind == "province":
            named.append((hit.start, entry.name))
        elif entry.is_provincial_capital and entry.province:
            named.append((hit.start, entry.province))
    return named


def _enclosing(text: str, pattern: re.Pattern, at: int) -> tuple[int, int]:
    start = 0
    for m in pattern.finditer(text, 0, at):
        start = m.end()
    end = pattern.search(text, at)
    return start, end.start() if end else len(text)


def _settle_shared_names(
    text: str, hits: list[_Hit], chosen: list[GazetteerEntry]
) -> list[GazetteerEntry]:
    """Of the districts or towns that share a name (Qarabagh of Kabul and of Ghazni), the one
    whose province the same sentence names, else the same paragraph, else the province the
    article names most; the gazetteer's order only as a last resort."""
    named = _named_provinces(hits, chosen)
    counts: dict[str, int] = {}
    for _, province in named:
        counts[province] = counts.get(province, 0) + 1
    settled = []
    for hit, entry in zip(hits, chosen, strict=True):
        pool = [
            e
            for e in hit.entries
            if e.kind == entry.kind and e.in_afghanistan == entry.in_afghanistan and e.province
        ]
        provinces = {e.province for e in pool}
        if len(provinces) > 1:
            province = None
            for pattern in (_SENTENCE_END, _PARAGRAPH_END):
                start, end = _enclosing(text, pattern, hit.start)
                near = [(abs(at - hit.start), p) for at, p in named if start <= at < end]
                near = [(d, p) for d, p in near if p in provinces]
                if near:
                    province = min(near)[1]
                    break
            if province is None:
                ranked = sorted(((counts.get(p, 0), p) for p in provinces), reverse=True)
                if ranked[0][0] and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
                    province = ranked[0][1]
            if province is not None:
                entry = next(e for e in pool if e.province == province)
        settled.append(entry)
    return settled
