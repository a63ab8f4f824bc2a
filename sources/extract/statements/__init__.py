"""Statements: direct quotes with their speaker, and reported speech.

Works paragraph by paragraph over the cleaned text; every offset indexes that text. A quote is
a statement when it stands on its own (it opens the sentence, or follows "X said:"); short or
verbless quotes inside a sentence are scare quotes or partial quotes of reported speech.
A speaker that cannot be resolved is left empty with a lower confidence.
"""

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc

from sources.extract.actors import Lexicon, find_actors
from sources.extract.places import Gazetteer
from sources.extract.records import ExtractedStatement, Tweet
from sources.extract.statements.layout import _is_headline, _paragraphs, _quotes, _sentences
from sources.extract.statements.quotes import _lead_attribution, _quote_statement
from sources.extract.statements.reported import _reported
from sources.extract.statements.state import _Quote, _State
from sources.extract.statements.transcripts import QUESTION, transcript_statement
from sources.extract.statements.tweets import tweet_statements


def find_statements(
    text: str,
    doc: Doc,
    lexicon: Lexicon,
    gazetteer: Gazetteer | None,
    published: date | None,
    *,
    tweets: Sequence[Tweet] = (),
    raw: str = "",
    actors: list | None = None,
) -> list[ExtractedStatement]:
    """Every statement in the cleaned `text` (parsed as `doc`), in order of appearance.
    `tweets` and `raw` (CleanedText.tweets and .raw) let embedded tweets be attributed.
    `actors`: find_actors(doc, lexicon, gazetteer), when the caller already has it."""
    actors = list(actors) if actors is not None else find_actors(doc, lexicon, gazetteer)
    state = _State(text, doc, actors, lexicon, published, gazetteer)
    paragraphs = _paragraphs(text)
    quotes = _quotes(text, paragraphs)
    by_paragraph: dict[int, list[_Quote]] = {}
    for q in quotes:
        by_paragraph.setdefault(q.paragraph, []).append(q)
    for p, (start, end) in enumerate(paragraphs):
        if text[end - 1] == ":" and _lead_attribution(text[start:end]) is not None:
            state.leads[p + 1] = (start, end)
        if _is_headline(text[start:end]):
            continue
        if QUESTION.match(text, start) or transcript_statement(state, start, end) is not None:
            continue  # "Q: ..." is a reporter's; "MR PRICE: ...": the whole paragraph is his
        _paragraph_statements(state, p, start, end, by_paragraph.get(p, []))
    if tweets and raw:
        tweet_statements(state, tweets, raw)
    # A statement is someone's: one whose speaker cannot be resolved is dropped.
    spoken = [s for s in state.statements if s.speaker is not None]
    return sorted(spoken, key=lambda s: s.evidence.start)


# -- one paragraph ------------------------------------------------------------------------------


def _paragraph_statements(state: _State, p: int, start: int, end: int, quotes: list[_Quote]):
    text = state.text
    consumed: list[tuple[int, int]] = []  # quote statements' evidence: not read again
    sentences = _sentences(text, start, end)
    done = 0  # sentences already read for reported speech

    def report_until(limit: int) -> None:
        nonlocal done
        while done < len(sentences) and sentences[done][1] <= limit:
            s_start, s_end = sentences[done]
            _remember(state, p, _reported(state, s_start, s_end, quotes, consumed))
            done += 1

    for q in quotes:
        report_until(q.open)
        _remember(state, p, _quote_statement(state, p, start, end, q, consumed))
    report_until(end)


def _remember(state: _State, p: int, statement: ExtractedStatement | None) -> None:
    if statement is not None:
        state.last_in_paragraph[p] = statement


__all__ = ["find_statements"]
