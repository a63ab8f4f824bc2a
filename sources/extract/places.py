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
    id: object = None
    slug: str | None = None

    @property
    def major(self) -> bool:
        return self.kind in _MAJOR_KINDS or self.is_provincial_capital


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
        mentions = []
        for hit in hits:
            if not self._plausible(text, words, hit):
                continue
            entry = _choose(hit.entries, hit.kind_hint)
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

    def _plausible(self, text: str, words: list[re.Match], hit: _Hit) -> bool:
        if hit.word_end - hit.word_index > 1:
            return True
        word = _fold(text[hit.start : hit.end])
        # A province's or capital's own name always counts; its odd GeoNames variants ("Bist",
        # "Balh") and small places have to pass the rules below.
        if any(e.major and _fold(e.name) == word for e in hit.entries):
            return True
        if len(word) <= 3 or word in _NAME_PARTS:
            return False
        if any(e.major for e in hit.entries) or hit.kind_hint:
            return True
        before = words[hit.word_index - 1].group().casefold() if hit.word_index else ""
        if word in _english_words() and before not in _LOCATIVE:
            # WordNet knows "Doha" as well as "bar": only a locative context tells them apart.
            return False
        # "Ismail Khan", "Gul Agha Sherzai": a small place's name next to another capitalised
        # word that is not a place is most likely part of a person's name.
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
                return False
        return True


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
