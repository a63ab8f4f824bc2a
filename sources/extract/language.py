"""Is the article English? The rules, the lexicon and the spaCy model read English only.

Told by function words rather than a language model: in English news prose "the", "of",
"and", "to", "in", "said" and their kind make up roughly a third of the words, while a French,
German or Spanish text shares only a handful of them ("a", "in") and a Dari or Pashto text
written in Arabic script none. Names and numbers count as words of no language.
"""

import re

ENGLISH = "en"
UNDETERMINED = "und"  # BCP 47: the language could not be told

# fmt: off
_FUNCTION_WORDS = frozenset({
    "a", "about", "after", "against", "all", "also", "an", "and", "are", "as", "at", "be",
    "been", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his", "if", "in",
    "into", "is", "it", "its", "more", "not", "of", "on", "or", "our", "over", "said", "says",
    "she", "than", "that", "the", "their", "them", "there", "they", "this", "those", "to",
    "under", "was", "we", "were", "which", "while", "who", "will", "with", "would", "you",
})
# fmt: on
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 20
"""Below this there is too little text to tell: it is taken as English."""
MIN_SHARE = 0.15


def language_of(text: str) -> str:
    """English ("en") when the text reads as English, else undetermined ("und")."""
    words = _WORD.findall(text.casefold())
    if len(words) < MIN_WORDS:
        return ENGLISH
    share = sum(1 for word in words if word in _FUNCTION_WORDS) / len(words)
    return ENGLISH if share >= MIN_SHARE else UNDETERMINED
