"""Statements: direct quotes with their speaker, and reported speech.

Works paragraph by paragraph over the cleaned text; every offset indexes that text. A quote is
a statement when it stands on its own (it opens the sentence, or follows "X said:"); short or
verbless quotes inside a sentence are scare quotes or partial quotes of reported speech.
A speaker that cannot be resolved is left empty with a lower confidence.
"""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc

from sources.extract.actors import Lexicon, find_actors, is_outlet, resolve_actor
from sources.extract.places import Gazetteer
from sources.extract.records import ActorMention, ExtractedStatement, Span

# Verbs that introduce a direct quote.
QUOTE_VERBS = (
    r"said|says|say|added|adds|stated|states|told|tells|tweeted|tweets|wrote|writes|warned|"
    r"read|reads|continued|explained|noted|insisted|declared|announced|stressed|urged|asked|"
    r"claimed|posted|posts|argued|responded|replied|concluded|emphasi[sz]ed|vowed|"
    r"went on|further read|also said"
)
# Verbs of reported speech: their subject is the speaker.
REPORT_VERBS = {
    "said", "says", "say", "told", "tells", "added", "stated", "announced", "announces",
    "warned", "warns", "condemned", "condemns", "denounced", "called", "calls", "urged",
    "urges", "accused", "accuses", "denied", "denies", "claimed", "claims", "confirmed",
    "confirms", "stressed", "reiterated", "reminded", "demanded", "expressed", "underlined",
    "emphasized", "emphasised", "rejected", "welcomed", "vowed", "pledged", "threatened",
    "insisted", "noted", "tweeted", "blamed", "blames", "criticised", "criticized", "appealed",
    "assured", "praised", "alleged", "acknowledged", "admitted", "declared", "hailed",
    "wrote", "writes", "posted",
}  # fmt: skip
# Subjects that are people or bodies without a name: the statement stays, the speaker is empty.
_GENERIC_SPEAKERS = {
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources",
    "authorities", "police", "governor", "residents", "resident", "witness", "witnesses",
    "commander", "minister", "adviser", "advisor", "envoy", "diplomat", "diplomats",
    "lawmaker", "lawmakers", "elder", "elders", "doctor", "doctors", "officer", "officers",
    "member", "members", "leader", "leaders", "analyst", "analysts", "head", "chief",
}  # fmt: skip
# Nouns that stand for an organisation met earlier: "the Mission said", "the group warned".
_ARMED_GROUP_NOUNS = {"group", "insurgents", "militants", "rebels", "movement", "insurgency"}
_ANAPHORA = r"mission|council|ministry|embassy|embassies|agency|government|office|department|organisation|organization|palace|body|committee|group|insurgents|militants|rebels|movement|alliance|coalition"  # noqa: E501

_PRONOUNS = {"he", "she", "they", "it", "we"}
_OPENING = "“«„"
_CLOSING = "”»"
_ABBREVIATIONS = [
    "Gen", "Mr", "Dr", "St", "Lt", "Col", "Jr", "Mrs", "Ms", "No", "Sr", "Gov", "Jan", "Feb",
    "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Prof", "Capt", "Maj", "Sgt",
]  # fmt: skip
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])"
    + "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
    + r"[.!?]+[\"”’)]*(?=\s+[A-Z“\"‘'(\d#]|\s*$)"
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip
_MONTH = "(?:" + "|".join(m.title() for m in _MONTHS) + ")"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE_PHRASE = re.compile(
    r"\b(?:(?:on|late|early|last)\s+)?(?:"
    rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s*\({_MONTH} {_DAY}\))?"
    rf"|{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH}"
    r"|today|yesterday|last week|last month|earlier this (?:week|month)|this week)\b"
)


@dataclass
class _Quote:
    open: int  # index of the opening mark (or of the paragraph start when it has none)
    close: int  # index of the closing mark, or the paragraph end
    content_start: int
    content_end: int
    paragraph: int
    closed: bool = True
    continued_from: "_Quote | None" = None


@dataclass
class _State:
    text: str
    doc: Doc
    actors: list[ActorMention]
    lexicon: Lexicon
    published: date | None
    statements: list[ExtractedStatement] = field(default_factory=list)
    last_in_paragraph: dict[int, ExtractedStatement] = field(default_factory=dict)
    # "The Taliban said in a statement:" alone on its line introduces the next paragraph.
    leads: dict[int, tuple[int, int]] = field(default_factory=dict)


def find_statements(
    text: str, doc: Doc, lexicon: Lexicon, gazetteer: Gazetteer | None, published: date | None
) -> list[ExtractedStatement]:
    """Every statement in the cleaned `text` (parsed as `doc`), in order of appearance."""
    state = _State(text, doc, find_actors(doc, lexicon, gazetteer), lexicon, published)
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
        _paragraph_statements(state, p, start, end, by_paragraph.get(p, []))
    return sorted(state.statements, key=lambda s: s.evidence.start)


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
    m = _TAIL_INVERTED.match(post) or _TAIL.match(post)
    if not m or len(m.group("who").split()) > 14:
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


# -- speakers -----------------------------------------------------------------------------------


def _mentions_in(state: _State, start: int, end: int) -> list[ActorMention]:
    return [m for m in state.actors if m.span and start <= m.span.start and m.span.end <= end]


def _speaker(state: _State, start: int, end: int) -> tuple[ActorMention | None, float]:
    """The speaker named in an attribution text[start:end]."""
    segment = state.text[start:end]
    verb = re.search(rf"\b(?:{QUOTE_VERBS}|accused|condemned|called|expressed)\b", segment)
    verb_at = start + (verb.start() if verb else len(segment))
    mentions = [m for m in _mentions_in(state, start, end) if not _channel(state, m)]
    before = [m for m in mentions if m.span.end <= verb_at]
    after = [m for m in mentions if m.span.start >= verb_at]
    # "Deborah Lyons, the head of UNAMA, said": the person before an apposition.
    for m in reversed(before):
        gap = state.text[m.span.end : verb_at]
        if m.kind == "person" and re.fullmatch(r"\s*,[^,“”\"]{3,90},\s*(?:\w+ly\s+)?", gap):
            return m, 0.9
    # "Taliban spokesman Zabihullah Mujahid said": the name right before the verb.
    if before and re.fullmatch(_FILLER, state.text[before[-1].span.end : verb_at]):
        return before[-1], 0.9
    if after and re.match(r"[\s,.“”\"]*$", state.text[start:verb_at]):
        return after[0], 0.9  # "..., said Deborah Lyons, the UN envoy"
    token = next((t for t in state.doc if t.idx == verb_at), None) if verb else None
    if token is not None:
        who, conf = _subject_speaker(state, token, start)
        if who is not None:
            return who, conf
    words = re.findall(r"[A-Za-z’']+", state.text[start:verb_at].casefold())
    if words and words[-1] in _PRONOUNS:
        return _pronoun(state, words[-1], start), 0.7
    if "statement" in words or "tweet" in words or "tweets" in words:
        return _statement_owner(state, start), 0.7
    anaphor = _anaphor(state, " ".join(words[-3:]), start)
    if anaphor is not None:
        return anaphor, 0.75
    return None, 0.4


def _channel(state: _State, m: ActorMention) -> bool:
    if m.kind != "media" and not is_outlet(m.surface):
        return False
    before = state.text[max(0, m.span.start - 20) : m.span.start].casefold()
    return bool(re.search(r"(?:told|to|on|according to|with|via)\s+(?:the\s+)?$", before))


def _pronoun(state: _State, pronoun: str, pos: int) -> ActorMention | None:
    earlier = [s for s in state.statements if s.evidence.start < pos and s.speaker is not None]
    if pronoun in {"he", "she"}:
        people = [m for m in state.actors if m.kind == "person" and m.span.end <= pos]
        return people[-1] if people and people[-1].span.start > pos - 600 else None
    if earlier and earlier[-1].evidence.end > pos - 700:
        return earlier[-1].speaker
    orgs = [m for m in state.actors if m.kind != "person" and m.span.end <= pos]
    return orgs[-1] if orgs and orgs[-1].span.start > pos - 300 else None


def _statement_owner(state: _State, pos: int) -> ActorMention | None:
    """Whose "the statement" is: whoever issued the last statement mentioned before, or, when
    none is mentioned, the last speaker."""
    window_start = max(0, pos - 900)
    mentioned = list(re.finditer(r"\b(?:statement|tweet)s?\b", state.text[window_start:pos]))
    if mentioned:
        at = window_start + mentioned[-1].start()
        for s in reversed(state.statements):
            if s.evidence.start <= at < s.evidence.end:
                return s.speaker
        sentence_start = _sentence_start(state.text, max(0, at - 300), at)
        orgs = [
            m for m in state.actors if m.kind != "person" and sentence_start <= m.span.start < at
        ]
        return orgs[-1] if orgs else None
    earlier = [s for s in state.statements if s.evidence.start < pos and s.speaker is not None]
    if earlier and earlier[-1].evidence.end > pos - 900:
        return earlier[-1].speaker
    return None


def _anaphor(state: _State, words: str, pos: int) -> ActorMention | None:
    """ "the Mission", "the Council", "the group": the last organisation met that fits."""
    m = re.search(rf"\b(?:the|this|that)\s+(?:\w+\s+)?({_ANAPHORA})$", words)
    if not m:
        return None
    noun = m.group(1)
    for actor in reversed([a for a in state.actors if a.span.end <= pos]):
        if actor.kind == "person":
            continue
        if noun in _ARMED_GROUP_NOUNS and actor.kind == "armed_group":
            return actor
        if noun.rstrip("s") in actor.name.casefold() or noun in actor.surface.casefold():
            return actor
    return None


def _on_behalf(state: _State, content: str, q: _Quote, att, speaker) -> ActorMention | None:
    # “The Mission said that ...,” Dujarric said: the quote reports the Mission's words.
    inner = re.match(rf"^(?:The|the)\s+(?:\w+\s+)?(?:{_ANAPHORA})\b", content, re.I)
    if inner:
        found = _anaphor(state, inner.group(0).casefold(), q.open)
        if found is not None and (speaker is None or found.name != speaker.name):
            return found
    if att is not None:
        attribution = state.text[att[0] : att[1]]
        m = re.search(
            r"\b(?:in|on behalf of)\s+(?:a|an|the|its)?\s*(.{2,60}?)\s*statement\b", attribution
        )
        if m:
            inside = _mentions_in(state, att[0] + m.start(1), att[0] + m.end(1))
            if inside and (speaker is None or inside[-1].name != speaker.name):
                return inside[-1]
    spokesman = speaker is not None and "spokes" in speaker.description.casefold()
    if spokesman and speaker.kind == "person" and speaker.affiliation:
        return resolve_actor(speaker.affiliation, state.lexicon) or ActorMention(
            name=speaker.affiliation, kind="other", surface=speaker.affiliation
        )
    return None


def _statement_at(state: _State, q: _Quote) -> ExtractedStatement | None:
    for s in state.statements:
        if s.evidence.start <= q.content_start < s.evidence.end:
            return s
    return None


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
    return _make(state, speaker, sentence, "reported", (start, end), conf, att)


def _noun_phrase(head) -> tuple[int, int]:
    """Character range of a subject without its relative clauses and appositions: in
    "X's adviser, who is accused of supporting the Taliban, called", the Taliban is not it."""
    skip = {"relcl", "acl", "appos", "advcl", "punct", "parataxis"}
    tokens = [head]
    stack = [c for c in head.children if c.dep_ not in skip]
    while stack:
        tok = stack.pop()
        tokens.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in skip)
    first = min(t.i for t in tokens)
    last = max(
        t.i
        for t in tokens
        if t.i <= head.i or not any(p.text == "," for p in head.doc[head.i : t.i])
    )
    doc = head.doc
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def _issues_statement(verb) -> bool:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return (
        verb.lemma_ in {"issue", "release", "publish", "post"}
        and verb.tag_ in {"VBD", "VBZ", "VBP", "VBN"}
        and any(o.lemma_ in {"statement", "communique", "declaration", "warning"} for o in objects)
    )


_FILLER = (
    r"(?:[\s,]|\b(?:\w+ly|meanwhile|also|too|however|then|later|has|have|had|on|late|early|"
    r"last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2})\b)*"
)


def _adjacent_speaker(state: _State, verb, sent_start: int) -> tuple[ActorMention | None, float]:
    """When the parse gives no usable subject: an actor right before the verb ("..., UNAMA
    said"; "The UN, meanwhile, reminded")."""
    before = [m for m in state.actors if sent_start <= m.span.start and m.span.end <= verb.idx]
    if not before:
        return None, 0.0
    gap = state.text[before[-1].span.end : verb.idx]
    if re.fullmatch(_FILLER, gap) and not _channel(state, before[-1]):
        return before[-1], 0.75
    return None, 0.0


def _subject_speaker(state: _State, verb, sent_start: int) -> tuple[ActorMention | None, float]:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    head = verb
    while not subjects and head.dep_ in {"conj", "xcomp", "advcl"} and head.head is not head:
        head = head.head
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBD":
        subjects = [verb.head]  # "X's adviser, whose ..., called on": a misparsed main verb
    # "The EU's foreign policy chief Josep Borrell said": of two subjects, the named person.
    people = [
        t for t in subjects
        if any(m.kind == "person" and m.span.start <= t.idx < m.span.end for m in state.actors)
    ]  # fmt: skip
    subj = (people or subjects or [None])[0]
    if (
        subj is None
        or subj.left_edge.idx < sent_start
        or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children))
    ):
        if subj is not None and subj.left_edge.idx >= sent_start:
            return None, 0.0  # passive: "claimed by the Taliban" reports a fact, not words
        return _adjacent_speaker(state, verb, sent_start)
    a, b = _noun_phrase(subj)
    if subj.lower_ in _PRONOUNS:
        who = _pronoun(state, subj.lower_, subj.idx)
        return who, (0.7 if who else 0.35)
    mentions = [
        m for m in state.actors if m.span.start < b and m.span.end > a and not _channel(state, m)
    ]
    head_hit = [m for m in mentions if m.span.start <= subj.idx < m.span.end]
    if head_hit:
        return head_hit[0], 0.85
    # "Governor's spokesman Omar Zwak told", "A resident, Mohammad Gul, said": the name in
    # apposition is the speaker.
    for child in subj.children:
        if child.dep_ == "appos":
            named = [m for m in state.actors if m.span.start <= child.idx < m.span.end]
            if named:
                return named[0], 0.85
    if mentions:
        return mentions[-1], 0.75
    if any(is_outlet(w) for w in re.findall(r"[\w-]+", state.text[a:b])):
        return None, 0.0  # "AFP reported", "the BBC said": a channel, not a speaker
    words = state.text[a:b].casefold()
    anaphor = _anaphor(state, words, a)
    if anaphor is not None:
        return anaphor, 0.7
    if subj.lower_ in {"statement", "tweet"}:
        owner = _statement_owner(state, a)
        return owner, (0.7 if owner else 0.35)
    if subj.lower_ in _GENERIC_SPEAKERS or subj.lemma_ in _GENERIC_SPEAKERS:
        # "A resident of Lashkargah, Mohammad Gul, said": a name in the subject's apposition.
        right = subj.right_edge.idx + len(subj.right_edge.text)
        named = [m for m in state.actors if m.kind == "person" and a <= m.span.start < right]
        if named:
            return named[-1], 0.8
        # "Pakistan's national security adviser said": a statement by someone unnamed.
        # "officials said", "witnesses said": attribution of news, not a statement.
        # Only someone identified by whom they serve counts: "an official" does not.
        if subj.tag_ in {"NNS", "NNPS"} or not any(c.dep_ == "poss" for c in subj.children):
            return None, 0.0
        return None, 0.4
    return None, 0.0


# -- building statements ------------------------------------------------------------------------


def _make(
    state: _State,
    speaker: ActorMention | None,
    sentence: str,
    kind: str,
    ev: tuple[int, int],
    conf: float,
    att: tuple[int, int] | None,
    said_on: date | None = None,
) -> ExtractedStatement:
    ev_start, ev_end = ev
    while ev_start < ev_end and state.text[ev_start].isspace():
        ev_start += 1
    while ev_end > ev_start and state.text[ev_end - 1].isspace():
        ev_end -= 1
    statement = ExtractedStatement(
        speaker=speaker,
        on_behalf_of=None,
        text=sentence,
        kind=kind,
        said_on=said_on
        or (_said_on(state, att, (ev_start, ev_end), kind) if att else state.published),
        evidence=Span(ev_start, ev_end, state.text[ev_start:ev_end]),
        confidence=round(conf, 2),
    )
    state.statements.append(statement)
    return statement


def _said_on(state: _State, att: tuple[int, int], ev: tuple[int, int], kind: str) -> date | None:
    """The day of the saying, read around the attribution only: the reported clause's dates
    are the event's ("UNAMA said 40 were killed on Tuesday" was not said on Tuesday)."""
    text = state.text
    att_start, att_end = att
    if kind == "direct":
        windows = [text[att_start:att_end]]
    else:
        right_after = re.match(
            r"\s*(?:(?:in|during|at)\s+(?:a|an|the)\s+\w+(?:\s+\w+)?\s+)?", text[att_end : ev[1]]
        )
        after = text[att_end + right_after.end() : ev[1]]
        rest = text[att_end : ev[1]]
        # "..., the ministry said in a statement released here Tuesday.": after a verb that
        # ends the sentence, every word is attribution.
        at_end = len(rest.split()) <= 10 and re.match(
            r"\s*(?:[,.;]|(?:in|on|at|during|late|early|last|here|this|today|yesterday|"
            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)",
            rest,
        )
        windows = [rest if at_end else (after[:30] if _DATE_PHRASE.match(after) else "")]
        # Before the verb only when the sentence goes on after it ("On July 31, X denounced
        # the attack"); a verb at the end follows the reported clause ("..., X said").
        if len(text[att_end : ev[1]].split()) > 3:
            windows.append(text[max(ev[0], att_start - 80) : att_start])
        intro = re.match(
            r"(?:In an? \w+|On|Late on|Early on|Speaking on)\b[^,]{0,40},", text[ev[0] :]
        )
        if intro:  # "In a statement issued Tuesday, ..." dates the saying wherever the verb is
            windows.append(intro.group(0))
    for window in windows:
        m = _DATE_PHRASE.search(window)
        if m:
            return _resolve_date(m.group(0), state.published)
    return state.published


def _resolve_date(phrase: str, published: date | None) -> date | None:
    try:
        from sources.extract.dates import resolve
    except ImportError:  # the dates module is another helper's; keep working without it
        resolve = None
    if resolve is not None:
        resolved = resolve(phrase, published)
        if resolved is not None:
            return resolved.value if resolved.precision == "day" else None
    return _fallback_date(phrase, published)


def _fallback_date(phrase: str, published: date | None) -> date | None:
    low = phrase.casefold()
    for i, month in enumerate(_MONTHS, start=1):
        m = re.search(rf"(?:{month}\s+(\d{{1,2}})|(\d{{1,2}})(?:st|nd|rd|th)?\s+{month})", low)
        if m and published:
            day = int(m.group(1) or m.group(2))
            try:
                value = date(published.year, i, day)
            except ValueError:
                return None
            return (
                value
                if value <= published + timedelta(days=1)
                else value.replace(year=value.year - 1)
            )
    if published is None:
        return None
    if "yesterday" in low:
        return published - timedelta(days=1)
    if "today" in low:
        return published
    for i, day in enumerate(_WEEKDAYS):
        if day in low:
            back = (published.weekday() - i) % 7
            return published - timedelta(days=back)
    return None  # "last week": no day to give
