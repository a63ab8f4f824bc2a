"""Direct quotes: when a quote is a statement, and the words that attribute it."""

import re

from sources.extract.statements.layout import _sentence_end, _sentence_start
from sources.extract.statements.speakers import _on_behalf, _speaker, _statement_at
from sources.extract.statements.state import _make, _Quote, _State
from sources.extract.statements.vocabulary import QUOTE_VERBS


def _quote_statement(state: _State, p: int, start: int, end: int, q: _Quote, consumed):
    text = state.text
    s_start = _sentence_start(text, start, q.open)
    pre = text[s_start : q.open]
    post_end = _sentence_end(text, q.close + 1, end)
    post = text[q.close + 1 : post_end] if q.closed else ""
    content = text[q.content_start : q.content_end].strip()
    words = len(re.findall(r"[^\W\d_]+", content))
    lead = _lead_attribution(pre)
    tail = _tail_attribution(post, content)
    embedded = q.closed and not re.search(r"[,.!?…:;]\W*$", content) and re.match(r"\s+[a-z]", post)
    if embedded and not tail:
        return None  # “...” by security forces, X said: the quote is part of a longer sentence
    if pre.strip() and lead is None:
        if tail and words >= 4 and _has_verb(state, q):
            # Blinken and Ghani also “condemned ...,” Price said: a quoted clause.
            att = (q.close + 1 + tail[0], q.close + 1 + tail[1])
            speaker, conf = _speaker(state, *att)
            ev = (s_start, post_end)
            consumed.append(ev)
            sentence = text[s_start : q.close + 1].strip(" ,")
            return _make(state, speaker, sentence, "reported", ev, conf, att)
        return None  # a scare quote or a partial quote: reported speech reads the sentence
    if words < 2 or (words < 4 and not (lead or tail)) or not _has_verb(state, q):
        return None
    speaker, conf, att, said_on, behalf = None, 0.3, None, None, None
    if lead is not None:
        att = (s_start + lead[0], s_start + lead[1])
        speaker, conf = _speaker(state, *att)
    elif tail is not None:
        att = (q.close + 1 + tail[0], q.close + 1 + tail[1])
        speaker, conf = _speaker(state, *att)
    elif q.open == start and p in state.leads and q.continued_from is None:
        att = state.leads.pop(p)
        speaker, conf = _speaker(state, *att)
    if speaker is None and att is None:
        # A quote with no attribution continues the last speaker: the start of its chain,
        # the statement before it in the paragraph, or the paragraph before.
        chained = q.continued_from and _statement_at(state, q.continued_from)
        before = state.last_in_paragraph.get(p) or state.last_in_paragraph.get(p - 1)
        earlier = chained or before
        if earlier is not None and earlier.speaker is not None:
            speaker, conf = earlier.speaker, 0.8 if chained else 0.75
            said_on, behalf = earlier.said_on, earlier.on_behalf_of
    ev_start = s_start if lead is not None else q.open
    ev_end = post_end if tail is not None else min(q.close + 1, end)
    statement = _make(
        state, speaker, content.rstrip(" ,"), "direct", (ev_start, ev_end), conf, att, said_on
    )
    statement.on_behalf_of = behalf or _on_behalf(state, content, q, att, speaker)
    consumed.append((ev_start, ev_end))
    # The start of a chain gets the speaker found at its end ("..., the statement read").
    origin = q.continued_from and _statement_at(state, q.continued_from)
    if origin is not None and origin.speaker is None and speaker is not None:
        origin.speaker, origin.confidence = speaker, 0.75
    return statement


_LEAD = re.compile(
    rf"^(?P<who>.{{0,160}}?)\b(?:{QUOTE_VERBS})\b(?P<rest>[^“”\"]{{0,60}}?)\s*[:,]?\s*$",
    re.S,
)
_TAIL_INVERTED = re.compile(rf"^[\s,.!?“”\"]*(?:{QUOTE_VERBS})\b\s+(?P<who>[^.]{{1,200}})", re.S)
_TAIL = re.compile(
    rf"^[\s,.!?“”\"]*(?P<who>[^“”\"]{{1,90}}?)\s+(?:also\s+|further\s+)?(?:{QUOTE_VERBS})\b", re.S
)


def _lead_attribution(pre: str) -> tuple[int, int] | None:
    """ "X said: " / "In a second tweet, it said: " before a quote: the range of the words."""
    stripped = pre.rstrip()
    if not stripped or stripped[-1] not in ":,":
        return None
    # “...,” he added, “...”: only the words after the last quote attribute the next one.
    begin = max(pre.rfind(c) for c in '”"»') + 1
    if not _LEAD.match(pre[begin:]):
        return None
    return (begin, len(stripped))


def _tail_attribution(post: str, content: str = "") -> tuple[int, int] | None:
    """ ", Mujahid said on Twitter." / "said Deborah Lyons, ..." after a quote: the range of the
    attribution in `post`."""
    # The quote ends on its own punctuation (“...,” he said), or a comma follows it.
    if not (re.search(r"[,.!?…]\W*$", content) or re.match(r"\s*,", post)):
        return None
    inverted = _TAIL_INVERTED.match(post)
    m = inverted or _TAIL.match(post)
    # "said Babar Baloch, a spokesperson for UNHCR, the UN Refugee Agency, at a briefing in
    # Geneva": after an inverted verb only the name, before its apposition, has to be short.
    who = m.group("who").split(",")[0] if inverted else m.group("who") if m else ""
    if not m or len(who.split()) > 14:
        return None
    # After a quote that ends its sentence ("... it.” The Taliban said ..."), only a short
    # attribution belongs to the quote; a longer sentence is a new statement.
    complete = re.search(r"[.!?]\W*$", content)
    lower = re.match(r"^[\s“”\"]*[a-z]", post) or _TAIL_INVERTED.match(post)
    if complete and not lower:
        # “... it.” Sullivan said. / “... it.” The group added that ...: only a bare
        # attribution, with nothing reported after its verb, belongs to the quote.
        verb = re.search(rf"\b(?:{QUOTE_VERBS})\b", post)
        said_after = post[verb.end() :] if verb else post
        if len(post.split()) > 8 or re.search(r"\b(?:that|who|which)\b", said_after):
            return None
        if len(said_after.split()) > 5:
            return None
    return (0, len(post.rstrip()))


def _has_verb(state: _State, q: _Quote) -> bool:
    span = state.doc.char_span(q.content_start, q.content_end, alignment_mode="expand")
    return span is not None and any(t.pos_ in {"VERB", "AUX"} for t in span)
