"""Who speaks: the actor named in an attribution, or met before (pronouns, anaphora)."""

import re

from sources.extract.actors import TITLE_WORDS, is_outlet, resolve_actor, role_affiliation
from sources.extract.actors.organisations import reporting_credit
from sources.extract.actors.people import NAMED_AS
from sources.extract.records import ActorMention, ExtractedStatement
from sources.extract.statements.anaphora import ANAPHORA, anaphor
from sources.extract.statements.layout import _sentence_start
from sources.extract.statements.state import _Quote, _State
from sources.extract.statements.vocabulary import (
    _GENERIC_SPEAKERS,
    _PRONOUNS,
    QUOTE_VERBS,
)

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
    referred = anaphor(state, state.text[start:verb_at], start)
    if referred is not None:
        return referred, 0.75
    return None, 0.4


def _channel(state: _State, m: ActorMention) -> bool:
    if m.kind != "media" and not is_outlet(m.surface):
        return False
    before = state.text[max(0, m.span.start - 20) : m.span.start].casefold()
    return bool(re.search(r"(?:told|to|on|according to|with|via)\s+(?:the\s+)?$", before))


def _pronoun(state: _State, pronoun: str, pos: int) -> ActorMention | None:
    earlier = [s for s in state.statements if s.evidence.start < pos and s.speaker is not None]
    if pronoun in {"he", "she"}:
        people = [
            m
            for m in state.actors
            if m.kind == "person" and m.span.end <= pos and not _other_gender(m, pronoun)
        ]
        if not people or people[-1].span.start <= pos - 600:
            return None
        # "Al Jazeera's Charlotte Bellis said ... she said": the outlet's own reporter, named
        # since and no actor, is who the pronoun means.
        since = [
            e
            for e in state.doc.ents
            if e.label_ == "PERSON"
            and people[-1].span.end <= e.start_char < pos
            and reporting_credit(state.text, e.start_char, e.end_char)
        ]
        return None if since else people[-1]
    if earlier and earlier[-1].evidence.end > pos - 700:
        return earlier[-1].speaker
    orgs = [m for m in state.actors if m.kind != "person" and m.span.end <= pos]
    return orgs[-1] if orgs and orgs[-1].span.start > pos - 300 else None


_MALE = re.compile(r"\b(?:spokesman|chairman|congressman|mr|king|prince|father|son|brother)\b")
_FEMALE = re.compile(
    r"\b(?:spokeswoman|chairwoman|congresswoman|mrs|ms|queen|princess|mother|daughter|sister)\b"
)


def _other_gender(person: ActorMention, pronoun: str) -> bool:
    """ "she said" is not the spokesman met before, "he said" not the spokeswoman."""
    described = f"{person.description} {person.surface}".casefold()
    return bool((_MALE if pronoun == "she" else _FEMALE).search(described))


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


def _role_body(state: _State, phrase: str) -> ActorMention | None:
    """The body a role speaks for: "the provincial governor's spokesman" (the Afghan
    government), "a Taliban commander" (the Taliban)."""
    body = role_affiliation(phrase, state.lexicon, state.gazetteer)
    return resolve_actor(body, state.lexicon) if body else None


# Roles whose holder speaks for the body they serve; advisers, members and commanders do not.
_OFFICE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|governor|minister|ambassador|envoy|representative|"
    r"mayor|district chief|head of|(?:press )?secretary|president|prime minister)\b"
)


def body_spoken_for(state: _State, speaker: ActorMention | None) -> ActorMention | None:
    """The body an official speaks for: a spokesman's, a governor's, a minister's."""
    if speaker is None or speaker.kind != "person" or not speaker.affiliation:
        return None
    description = speaker.description.casefold()
    if not _OFFICE.search(description) or "former" in description:
        return None
    return resolve_actor(speaker.affiliation, state.lexicon) or ActorMention(
        name=speaker.affiliation, kind="other", surface=speaker.affiliation
    )


def _on_behalf(state: _State, content: str, q: _Quote, att, speaker) -> ActorMention | None:
    # “The Mission said that ...,” Dujarric said: the quote reports the Mission's words.
    inner = re.match(rf"^(?:The|the)\s+(?:\w+\s+)?(?:{ANAPHORA})\b", content, re.I)
    if inner:
        found = anaphor(state, inner.group(0).casefold(), q.open)
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
    return body_spoken_for(state, speaker)


def _statement_at(state: _State, q: _Quote) -> ExtractedStatement | None:
    for s in state.statements:
        if s.evidence.start <= q.content_start < s.evidence.end:
            return s
    return None


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


_FILLER = (
    r"(?:[\s,]|\b(?:\w+ly|meanwhile|also|too|however|then|later|has|have|had|on|late|early|"
    r"last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2})\b)*"
)


def _named_as(state: _State, subj) -> ActorMention | None:
    """ "Another, a shopkeeper who gave his name only as Hamid, said": the subject's relative
    clause names the speaker."""
    a = subj.left_edge.idx
    b = subj.right_edge.idx + len(subj.right_edge.text)
    named = [
        m
        for m in state.actors
        if m.kind == "person"
        and a <= m.span.start < b
        and NAMED_AS.search(state.text[max(a, m.span.start - 60) : m.span.start])
    ]
    return named[0] if named else None


def _titled_person(state: _State, words: str, pos: int) -> ActorMention | None:
    """ "The President said", "the governor added": the last person named with that title."""
    m = re.fullmatch(r"the\s+([a-z-]+)", words.strip())
    if m is None or m.group(1) not in TITLE_WORDS:
        return None
    title = re.compile(rf"\b{re.escape(m.group(1))}\b")
    people = [
        p
        for p in state.actors
        if p.kind == "person"
        and pos - 1500 < p.span.start < pos
        and title.search(f"{p.description} {p.surface}".casefold())
    ]
    return people[-1] if people else None


def _same_role_speaker(state: _State, noun: str, pos: int) -> ActorMention | None:
    """ "the official said" after "a senior Afghan official ... said": the last speaker, when
    it was unnamed (a body stands for it) or a person the text calls by that noun."""
    earlier = [s for s in state.statements if s.evidence.end <= pos and s.speaker is not None]
    if not earlier or earlier[-1].evidence.end < pos - 700:
        return None
    speaker = earlier[-1].speaker
    if speaker.kind != "person" or noun in speaker.description.casefold():
        return speaker
    return None


# People set against, or only related to, the actor named with them.
_NOT_THEIRS = {
    "opponent", "critic", "rival", "enemy", "victim", "relative", "family", "neighbour",
    "neighbor", "detractor", "adversary",
}  # fmt: skip
_MOUTHPIECE = r"(?:office|spokes(?:man|woman|person)|press office|media office|team|camp)"


def _adjacent_speaker(state: _State, verb, sent_start: int) -> tuple[ActorMention | None, float]:
    """When the parse gives no usable subject: an actor right before the verb ("..., UNAMA
    said"; "The UN, meanwhile, reminded")."""
    before = [m for m in state.actors if sent_start <= m.span.start and m.span.end <= verb.idx]
    if not before:
        return None, 0.0
    gap = state.text[before[-1].span.end : verb.idx]
    if re.fullmatch(_FILLER, gap) and not _channel(state, before[-1]):
        return before[-1], 0.75
    # "President Ashraf Ghani's office said", "the Taliban's spokesman said": their mouthpiece.
    if re.fullmatch(rf"['’]s\s+(?:\w+\s+)?{_MOUTHPIECE}\s*{_FILLER}", gap):
        return before[-1], 0.75
    # "Ghulam Rabani Rabani, a provincial council member in Kunduz, told": a person and the
    # apposition set off after the name.
    if before[-1].kind == "person" and re.fullmatch(r"\s*,[^,“”\"]{3,90},\s*(?:\w+ly\s+)?", gap):
        return before[-1], 0.8
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
        or subj.idx < sent_start
        or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children))
    ):
        if subj is not None and subj.idx >= sent_start:
            return None, 0.0  # passive: "claimed by the Taliban" reports a fact, not words
        return _adjacent_speaker(state, verb, sent_start)
    a, b = _noun_phrase(subj)
    a = max(a, sent_start)  # a headline the parse ran into is not part of the subject
    if subj.lower_ in _PRONOUNS:
        who = _pronoun(state, subj.lower_, subj.idx)
        return who, (0.7 if who else 0.35)
    mentions = [
        m for m in state.actors if m.span.start < b and m.span.end > a and not _channel(state, m)
    ]
    if subj.lemma_ in _NOT_THEIRS:
        return None, 0.0  # "Ghani's opponents said": not Ghani
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
    named_as = _named_as(state, subj)
    if named_as is not None:
        return named_as, 0.8
    # "The Taliban's spokesman in Doha, Mohammad Naeem, told": a name set off by commas right
    # before the verb, wherever the parse hung it, is the subject's apposition.
    set_off = [
        m
        for m in state.actors
        if m.kind == "person"
        and a < m.span.start
        and m.span.end <= verb.idx
        and re.fullmatch(r"\s*,\s*(?:\w+ly\s+)?", state.text[m.span.end : verb.idx])
        and state.text[m.span.start - 2 : m.span.start] == ", "
    ]
    if set_off:
        return set_off[-1], 0.85
    if mentions:
        return mentions[-1], 0.75
    if any(is_outlet(w) for w in re.findall(r"[\w-]+", state.text[a:b])):
        return None, 0.0  # "AFP reported", "the BBC said": a channel, not a speaker
    words = state.text[a:b].casefold()
    referred = anaphor(state, words, a)
    if referred is not None:
        return referred, 0.7
    if subj.lower_ in {"statement", "tweet"}:
        owner = _statement_owner(state, a)
        return owner, (0.7 if owner else 0.35)
    titled = _titled_person(state, words, a)
    if titled is not None:
        return titled, 0.7
    if subj.lower_ in _GENERIC_SPEAKERS or subj.lemma_ in _GENERIC_SPEAKERS:
        # "A resident of Lashkargah, Mohammad Gul, said": a name in the subject's apposition.
        right = subj.right_edge.idx + len(subj.right_edge.text)
        named = [m for m in state.actors if m.kind == "person" and a <= m.span.start < right]
        if named:
            return named[-1], 0.8
        # "officials said", "witnesses said": attribution of news, not a statement.
        if subj.tag_ in {"NNS", "NNPS"}:
            return None, 0.0
        # "the provincial governor's spokesman confirmed": someone unnamed speaks for the body
        # their role names; "an official" names none.
        body = _role_body(state, state.text[a:b])
        if body is None and re.fullmatch(r"the\s+" + subj.lower_, words.strip()):
            return _same_role_speaker(state, subj.lower_, a), 0.6
        return body, 0.5
    return None, 0.0
