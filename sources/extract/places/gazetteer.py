"""Place mentions: which gazetteer places an article names, and as what (province, city, district).

The gazetteer decides; spaCy's entity labels are not used here because the small model tags
Herat as an organisation and Lashkar Gah as a person."""

import re

from sources.extract.places.context import (
    _KIND_AFTER,
    _KIND_BEFORE_OF,
    _LANGUAGES,
    _LOCATIVE,
    _NAME_PARTS,
    _capitalised,
    _is_persons_or_units,
    _spread_plural_kind,
    _supported,
    _word_before,
)
from sources.extract.places.entries import (
    _JOINER,
    _MAJOR_KINDS,
    _WORD,
    GazetteerEntry,
    _english_words,
    _fold,
    _Hit,
    _key,
    _loose_key,
)
from sources.extract.places.shared_names import (
    _align_list_kinds,
    _choose,
    _settle_shared_names,
)
from sources.extract.records import PlaceMention, Span

_FUNCTION_WORDS = {
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
    "and", "or", "but", "both", "neither", "nor", "while", "when", "after", "before", "as",
}  # fmt: skip
# ", the former US air base", ", a military airfield": an apposition naming a kind of site.
_SITE_APPOSITION = re.compile(
    r",\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,4}?"
    r"(?P<noun>air ?base|air ?field|airport|military base|base)\b"
)
# The spellings a site's aliases may use for the noun of the apposition.
_SITE_NOUNS = {
    "air base": ("air base", "airbase", "airfield", "base"),
    "airbase": ("airbase", "air base", "airfield", "base"),
    "airfield": ("airfield", "air field", "airport", "air base"),
    "air field": ("air field", "airfield", "airport"),
    "airport": ("airport", "airfield", "international airport"),
    "military base": ("base", "air base"),
    "base": ("base", "air base", "airbase"),
}


class Gazetteer:
    def __init__(self, entries: list[GazetteerEntry]):
        self.entries = entries
        self._index: dict[str, list[GazetteerEntry]] = {}
        # Multi-word names written together: "Lashkar Gah" -> "lashkargah", so that "Mazar i
        # Sharif" finds "Mazari Sharif" but "Kunduz as" never finds the one-word "Kunduzas".
        self._joined: dict[str, list[GazetteerEntry]] = {}
        # Names as wires vary their spelling ("Arghanj Khwa" for Arghanj Khwah): tried only
        # when no name or alias is written exactly so.
        self._loose: dict[str, list[GazetteerEntry]] = {}
        self._max_words = 1
        for entry in entries:
            for name in [entry.name, *entry.aliases]:
                words = _WORD.findall(name)
                if not words:
                    continue
                self._add(_key(words), entry)
                loose = self._loose.setdefault(_loose_key(words), [])
                if entry not in loose:
                    loose.append(entry)
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
            self._index.get(_key(words))
            or self._index.get(_key(words).replace(" ", ""))
            or self._loose.get(_loose_key(words), [])
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
        self._apply_site_appositions(text, hits)
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
        chosen = _align_list_kinds(text, kept, chosen)
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
        surfaces = [w.group() for w in words]
        # run[i]: how many words from i on are joined as the words of one name may be.
        run = [1] * len(words)
        for k in range(len(words) - 2, -1, -1):
            if _JOINER.fullmatch(text, words[k].end(), words[k + 1].start()):
                run[k] = run[k + 1] + 1
        i = 0
        while i < len(words):
            found = None
            for n in range(min(self._max_words, len(words) - i, run[i]), 0, -1):
                group = words[i : i + n]
                parts = surfaces[i : i + n]
                entries = self._index.get(_key(parts))
                if entries is None and n > 1:
                    entries = self._joined.get("".join(_fold(p) for p in parts))
                if entries is None and len("".join(parts)) >= 5:
                    entries = self._loose.get(_loose_key(parts))
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

    def _apply_site_appositions(self, text: str, hits: list[_Hit]) -> None:
        """ "Bagram, the former US air base north of the capital": the apposition says the name
        stands for the site the gazetteer calls "Bagram air base", not the district."""
        for hit in hits:
            apposition = _SITE_APPOSITION.match(text, hit.end)
            if not apposition:
                continue
            surface = text[hit.start : hit.end]
            noun = apposition["noun"].casefold()
            for variant in _SITE_NOUNS.get(noun, (noun,)):
                sites = [e for e in self.candidates(f"{surface} {variant}") if e.kind == "site"]
                if sites:
                    hit.entries = sites
                    break

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
            # "The Torghundi crossing": WordNet has no articles or pronouns, but they are
            # never part of a person's name.
            name_like = folded not in _FUNCTION_WORDS and (
                folded in _NAME_PARTS or folded not in _english_words()
            )
            capitalised = neighbour[:1].isupper()
            if gap == " " and capitalised and name_like and not self.candidates(neighbour):
                return True
        return False
