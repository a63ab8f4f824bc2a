"""Sentences and paragraphs of cleaned text, as offsets.

A rule-based splitter rather than spaCy's parser: news sentences end in ". " before a capital,
and the parser's splits move with the model (it breaks inside quotes and after "Gen.").
"""

import re
from dataclasses import dataclass

# Words that end in a full stop without ending the sentence.
_ABBREVIATIONS = {
    "gen", "mr", "mrs", "ms", "dr", "lt", "col", "maj", "sgt", "capt", "st", "no", "vs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.n", "u.k", "e.g", "i.e", "etc", "approx", "gov", "sen", "rep", "prof",
}  # fmt: skip

_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(#]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    for paragraph, (p_start, p_end) in enumerate(_paragraphs(text)):
        start = p_start
        for match in _END.finditer(text, p_start, p_end):
            if _is_abbreviation(text, match.start()):
                continue
            end = match.end()
            _add(sentences, text, paragraph, start, end)
            start = end
        _add(sentences, text, paragraph, start, p_end)
    return sentences


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([\w.]+)$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).casefold()
    # "U.S." or a single initial ("George W. Bush").
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _add(sentences: list[Sentence], text: str, paragraph: int, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), paragraph, start, end, text[start:end]))
