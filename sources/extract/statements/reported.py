"""Reported speech: a sentence whose speech verb has a speaker for its subject."""

import re

from sources.extract.actors import is_outlet
from sources.extract.records import ExtractedStatement
from sources.extract.statements.speakers import (
    _channel,
    _mentions_in,
    _statement_owner,
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
        if _quoted_as_saying(tok) and not any(a <= tok.idx < b for a, b in consumed):
            # "X was quoted by local media as saying ...": the passive subject said it.
            who = _passive_subject(state, tok)
            if who is not None:
                speaker, conf, verb_tok = who, 0.8, tok
                break
        if _denied_by(tok) and not any(a <= tok.idx < b for a, b in consumed):
            # "The claim was denied by the Defence Ministry": the agent spoke.
            who = _agent(state, tok)
            if who is not None:
                speaker, conf, verb_tok = who, 0.75, tok
                break
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
        if re.match(r"(?:\w+['’]s\s+)?statement\b", text[after:end]):
            # "According to the statement, ...": whoever issued the statement mentioned before.
            owner = _statement_owner(state, after)
            if owner is None:
                return None
            sentence = text[start:end].strip()
            statement = _make(state, owner, sentence, "reported", (start, end), 0.7, None)
            statement.on_behalf_of = body_spoken_for(state, owner)
            return statement
        found = [
            a for a in _mentions_in(state, after, min(end, after + 80)) if not _channel(state, a)
        ]
        # "according to Taliban spokesman Zabihullah Mujahid": the person the role names.
        titled = [
            m
            for m in found
            if m.kind == "person"
            and m.span.start <= after + 60
            and re.fullmatch(r"[\w’'.\- ]*", text[after : m.span.start])
        ]
        if titled:
            found = titled
        elif not found or found[0].span.start > after + 3 or is_outlet(found[0].surface):
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


def _quoted_as_saying(verb) -> bool:
    return verb.lower_ == "quoted" and any(
        c.lower_ == "as" and any(g.lower_ == "saying" for g in c.children) for c in verb.children
    )


def _passive_subject(state: _State, verb):
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects:
        return None
    a, b = subjects[0].left_edge.idx, subjects[0].idx + len(subjects[0].text)
    found = [m for m in _mentions_in(state, a, b) if not _channel(state, m)]
    return found[-1] if found else None


# Passive speech verbs whose agent spoke; never "claimed by" (an attack claimed by a group).
_PASSIVE_SPEECH = {"deny", "confirm", "reject", "condemn", "dismiss", "announce"}


def _denied_by(verb) -> bool:
    return (
        verb.tag_ == "VBN"
        and verb.lemma_ in _PASSIVE_SPEECH
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "agent" for c in verb.children)
    )


def _agent(state: _State, verb):
    agent = next(c for c in verb.children if c.dep_ == "agent")
    a, b = agent.idx, agent.right_edge.idx + len(agent.right_edge.text)
    found = [
        m for m in _mentions_in(state, a, b) if not _channel(state, m) and m.kind != "civilians"
    ]
    return found[0] if found else None
