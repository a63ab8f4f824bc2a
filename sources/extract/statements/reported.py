"""Reported speech: a sentence whose speech verb has a speaker for its subject."""

import re

from sources.extract.actors import is_outlet
from sources.extract.records import ExtractedStatement
from sources.extract.statements.speakers import (
    _channel,
    _mentions_in,
    _subject_speaker,
    body_spoken_for,
)
from sources.extract.statements.state import _make, _Quote, _State
from sources.extract.statements.vocabulary import PRESENT_REPORT_VERBS, REPORT_VERBS

# -- reported speech ----------------------------------------------------------------------------


def _reported(
    state: _State, start: int, end: int, quotes: list[_Quote], consumed
) -> ExtractedStatement | None:
    doc, text = state.doc, state.text
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    inside_quote = [(q.open, q.close) for q in quotes]

    def quoted(i: int) -> bool:
        return any(a <= i <= b for a, b in inside_quote)

    speaker, conf, verb_tok = None, 0.0, None
    for tok in span:
        if _issues_statement(tok):
            pass  # "The Council issued a statement condemning ...": the issuer speaks
        elif tok.lower_ in PRESENT_REPORT_VERBS:
            if tok.tag_ != "VBP" or quoted(tok.idx):
                continue
        elif tok.lower_ not in REPORT_VERBS or quoted(tok.idx) or not tok.tag_.startswith("VB"):
            continue
        if any(a <= tok.idx < b for a, b in consumed):
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "the Taliban have not said whether ..."
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.lower_ in {"called", "calls"} and (
            nxt is None or nxt.lower_ not in {"for", "on", "upon"}
        ):
            continue
        who, c = _subject_speaker(state, tok, start)
        if c > 0:
            speaker, conf, verb_tok = who, c, tok
            break
    if verb_tok is None:
        m = re.search(
            r"\baccording to\s+(?:(?:a|an|the)\s+(?:\w+\s+)?(?:statement|spokesman|"
            r"spokeswoman|spokesperson|tweet|post)\s+(?:from|by|of)\s+)?(?:the\s+)?",
            text[start:end],
            re.I,
        )
        if not m:
            return None
        after = start + m.end()
        found = [
            a for a in _mentions_in(state, after, min(end, after + 80)) if not _channel(state, a)
        ]
        if not found or found[0].span.start > after + 3 or is_outlet(found[0].surface):
            return None
        speaker, conf = found[0], 0.8
        att = (start + m.start(), found[0].span.end)
    else:
        att = (verb_tok.idx, verb_tok.idx + len(verb_tok.text))
    sentence = text[start:end].strip()
    if len(re.findall(r"[^\W\d_]+", sentence)) < 5:
        return None  # "He said." reports nothing
    statement = _make(state, speaker, sentence, "reported", (start, end), conf, att)
    statement.on_behalf_of = body_spoken_for(state, speaker)
    return statement


def _issues_statement(verb) -> bool:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return (
        verb.lemma_ in {"issue", "release", "publish", "post"}
        and verb.tag_ in {"VBD", "VBZ", "VBP", "VBN"}
        and any(o.lemma_ in {"statement", "communique", "declaration", "warning"} for o in objects)
    )
