"""The actors lexicon: canonical names and aliases, matched in text."""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from sources.extract.actors.vocabulary import OUTLETS
from sources.extract.records import ActorMention, Span

_WORD = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*")


@lru_cache(maxsize=1 << 16)
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


_OUTLET_KEYS = frozenset(" ".join(_fold(w) for w in _split(o)) for o in OUTLETS)


def is_outlet(name: str) -> bool:
    return " ".join(_fold(w) for w in _split(name)) in _OUTLET_KEYS


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
            # Only the words that do not fit need be plain: "the UN's human rights office".
            misfits = [
                (f, s) for f, s in zip(form.words, words, strict=True) if not _case_fits(f, s)
            ]
            plain = all(not (f.isupper() and len(f) > 1) for f, _ in misfits)
            lowered = [s for _, s in misfits]
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
        surfaces = [w.group() for w in words]
        # run[i]: how many words from i on are joined into one name-like group.
        run = [1] * len(words)
        for k in range(len(words) - 2, -1, -1):
            if _pair_joined(text, words[k], words[k + 1]):
                run[k] = run[k + 1] + 1
        found = []
        i = 0
        while i < len(words):
            hit = None
            definite = i > 0 and surfaces[i - 1] in {"the", "The"}
            for n in range(min(self.max_words + 2, len(words) - i, run[i]), 0, -1):
                window = surfaces[i : i + n]
                entry = self.get(_collapse(window), definite)
                # "the UN's human rights office" is the lexicon's "UN Human Rights Office".
                possessive = [
                    w
                    for k, w in enumerate(window)
                    if not (
                        0 < k < len(window) - 1
                        and w == "s"
                        and text[words[i + k - 1].end()] in "'’"
                    )
                ]
                if entry is None and len(possessive) < len(window) and len(possessive) >= 2:
                    entry = self.get(_collapse(possessive), definite)
                if entry:
                    hit = (words[i].start(), words[i + n - 1].end(), entry, n)
                    break
            if hit:
                found.append((hit[0] + offset, hit[1] + offset, hit[2]))
                i += hit[3]
            else:
                i += 1
        return found


_WORDS = re.compile(r"[^\W_]+")
_INITIAL_GAP = re.compile(r"\.\s?|\s")
_WORD_GAP = re.compile(r"[ \-‐‑–]")


def _words(text: str) -> list[re.Match]:
    return list(_WORDS.finditer(text))


def _pair_joined(text: str, a: re.Match, b: re.Match) -> bool:
    gap = text[a.end() : b.start()]
    if a.end() - a.start() == 1 and _INITIAL_GAP.fullmatch(gap):
        return True
    if b.group() == "s" and gap in {"'", "’"}:
        return True  # "the Taliban's political office": the lexicon spells the possessive
    return _WORD_GAP.fullmatch(gap) is not None


def resolve_actor(name: str, lexicon: Lexicon) -> ActorMention | None:
    """The lexicon actor a name or alias stands for, without a span."""
    entry = lexicon.resolve(name)
    return entry.mention(name) if entry else None
