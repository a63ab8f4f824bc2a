"""Paragraphs, sentences and quotation marks of the cleaned text."""

import re

from sources.extract.statements.state import _Quote
from sources.extract.statements.vocabulary import _CLOSING, _OPENING, _SENTENCE_END

# -- text layout --------------------------------------------------------------------------------


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _is_headline(paragraph: str) -> bool:
    """A line that does not end like a sentence is a headline, a caption or a widget."""
    return not re.search(r"[.!?…][\"”’')\]]*$|[\"”]$", paragraph.strip())


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    a = start
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append((a, m.end()))
        a = m.end()
        while a < end and text[a].isspace():
            a += 1
    if a < end:
        out.append((a, end))
    return out


def _quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[_Quote]:
    quotes: list[_Quote] = []
    for p, (start, end) in enumerate(paragraphs):
        open_at = None
        last_close = None
        for i in range(start, end):
            ch = text[i]
            if ch not in _OPENING + _CLOSING + '"':
                continue
            if open_at is None:
                if ch in _CLOSING:
                    continue  # a stray closing mark
                if (
                    ch == '"'
                    and i > start
                    and not (text[i - 1].isspace() or text[i - 1] in "([—–-:")
                ):
                    continue  # looks like a closing mark without an opening one
                if last_close is not None and i == last_close + 1:
                    continue  # ”“ : a stray pair, not a new quote
                open_at = i
            else:
                if ch in _OPENING:
                    continue
                quotes.append(_Quote(open_at, i, open_at + 1, i, p))
                open_at, last_close = None, i
        if open_at is not None:
            quotes.append(_Quote(open_at, end, open_at + 1, end, p, closed=False))
    # An unclosed quote goes on in the next paragraph when that one opens with a quote.
    for q in quotes:
        if q.closed:
            continue
        nxt = next((r for r in quotes if r.paragraph == q.paragraph + 1), None)
        if nxt and nxt.open == paragraphs[nxt.paragraph][0]:
            nxt.continued_from = q
    return quotes


def _sentence_start(text: str, para_start: int, pos: int) -> int:
    start = para_start
    for m in _SENTENCE_END.finditer(text, para_start, pos):
        start = m.end()
    while start < pos and text[start].isspace():
        start += 1
    return start


def _sentence_end(text: str, pos: int, para_end: int) -> int:
    for m in _SENTENCE_END.finditer(text, pos, para_end):
        return m.end()
    nxt = re.search(r"[“«]", text[pos:para_end])
    return pos + nxt.start() if nxt else para_end
