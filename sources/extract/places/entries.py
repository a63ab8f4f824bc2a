"""Gazetteer entries and the name keys they are found by."""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# Kinds that are never dropped by the common-word and short-name rules.
_MAJOR_KINDS = {"country", "province"}

WELL_KNOWN_POPULATION = 10_000

_WORD = re.compile(r"[^\W_]+")
# What may stand between the words of one name: "Mazar-e-Sharif", "Mazar-e Sharif", "Lashkar Gah".
_JOINER = re.compile(r"[ \t\-‐‑–]{1,2}")


@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _key(words: list[str]) -> str:
    return " ".join(_fold(w) for w in words)


_CONNECTORS = {"e", "i", "y", "ye", "yi"}


def _loose_word(word: str) -> str:
    """The spelling variants wires use for one Afghan name: a final -h after a vowel dropped
    ("Arghanj Khwa", "Nawa"), "oo"/"ee" for u/i ("Dehrawood"), -e-/-i- as one connector."""
    folded = _fold(word)
    if folded in _CONNECTORS:
        return "i"
    folded = folded.replace("oo", "u").replace("ee", "i")
    if len(folded) > 3 and folded.endswith("h") and folded[-2] in "aeiou":
        folded = folded[:-1]
    return folded


def _loose_key(words: list[str]) -> str:
    return " ".join(_loose_word(w) for w in words)


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
