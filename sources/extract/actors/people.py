"""People named with a role, and later mentions of them by surname."""

import re

from spacy.tokens import Doc

from sources.extract.actors.affiliations import role_affiliation
from sources.extract.actors.lexicon import Lexicon, _fold, is_outlet
from sources.extract.actors.organisations import reporting_credit
from sources.extract.actors.vocabulary import HONORIFICS, SPEECH_VERBS, TITLE_WORDS
from sources.extract.records import ActorMention, Span

# -- people -----------------------------------------------------------------------------------

# Lower-case words that may stand inside a role phrase: "the UN Secretary-General's special envoy".
_ROLE_WORDS = TITLE_WORDS | {
    "special", "senior", "deputy", "provincial", "district", "shadow", "top", "former", "acting",
    "local", "military", "regional", "foreign", "national", "security", "affairs", "council",
    "interior", "defense", "defence", "of", "for", "police", "intelligence", "state", "'s", "’s",
    "-", "general", "public", "health", "press", "media", "political", "office", "group",
    "ministry", "department", "spokesperson", "chief", "executive", "high",
    # "the UN refugee agency's spokeswoman", "the US embassy's press officer"
    "agency", "mission", "embassy", "refugee", "rights", "human", "humanitarian", "aid", "relief",
    "children's", "food", "migration",
}  # fmt: skip
_ARTICLES = {"a", "an", "the"}
_PARTICLES = {"al", "ul", "bin"}
_ACCREDITED = {"ambassador", "envoy", "representative", "adviser", "advisor"}


def _honorific(token) -> bool:
    return token.lower_.rstrip(".") in HONORIFICS or (token.text == "." and token.i > 0)


def _is_name_token(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.lower_ not in TITLE_WORDS


def _title_before(doc: Doc, start: int, name_end: int | None = None) -> tuple[int, int] | None:
    """Token range of a role phrase ending just before the name: "Taliban spokesman", or
    before a name set off by commas: "the group's spokesman, Zabihullah Mujahid,"."""
    i = start - 1
    while i >= 0 and _honorific(doc[i]) and doc[i].lower_ not in TITLE_WORDS:
        i -= 1
    set_off = name_end is not None and name_end < len(doc) and doc[name_end].text == ","
    if i >= 0 and doc[i].text == "," and set_off:
        i -= 1
    end = i + 1
    has_title = False
    while i >= 0:
        tok = doc[i]
        if tok.sent != doc[start].sent or tok.text in {",", ";", ":", "“", "”", '"', "(", ")"}:
            break
        if tok.lower_ in TITLE_WORDS or (tok.text.startswith("Secretary") and "-" in tok.text):
            has_title = True
        elif tok.lower_ == "the" and i > 0 and doc[i - 1].lower_ in {"of", "for", "to"}:
            pass  # "head of the provincial council"
        elif tok.lower_ == "to" and i > 0 and doc[i - 1].lower_ in _ACCREDITED:
            pass  # "Afghanistan's ambassador to the UN"
        elif not (tok.lower_ in _ROLE_WORDS or tok.text[:1].isupper() or tok.text in {"’s", "'s"}):
            break
        i -= 1
    begin = i + 1
    if begin < end and doc[begin].lower_ in _ARTICLES:
        begin += 1
    return (begin, end) if has_title and begin < end else None


def _title_after(doc: Doc, end: int) -> tuple[int, int] | None:
    """Token range of an apposition: "Zabihullah Mujahid, a spokesman for the Taliban,"."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    if _aged(doc, end):  # "Abdul Rahim, 52, a carpet seller": an age before the apposition
        end += 2
    i = end + 1
    if i < len(doc) and doc[i].lower_ in _ARTICLES:
        i += 1
    begin = i
    has_title = False
    while i < len(doc) and i - begin < 14:
        tok = doc[i]
        if (tok.is_punct and tok.text not in {"-", "’s", "'s"}) or tok.sent != doc[end].sent:
            break
        if tok.lower_ in TITLE_WORDS or (tok.text.startswith("Secretary") and "-" in tok.text):
            has_title = True
        elif tok.pos_ == "VERB" or tok.lower_ in {"who", "which", "that", "said", "told"}:
            break
        i += 1
    return (begin, i) if has_title and begin < i else None


# "who gave his name as", "who gave her name only as", "identified only as", "named"
NAMED_AS = re.compile(
    r"(?:\bwho\s+(?:gave|gives|would give)\s+(?:his|her|only\s+(?:his|her))\s+(?:first\s+)?"
    r"name\s+(?:only\s+)?as|,?\s*\b(?:identified|known)\s+only\s+as)\s+(?:\w+\.?\s+)?$"
)


def _role_named_as(doc: Doc, start: int) -> tuple[int, int] | None:
    """The role of "a Taliban commander in Panjwai who gave his name as Mullah Abdul Bari"."""
    before = doc.text[max(0, doc[start].idx - 60) : doc[start].idx]
    m = NAMED_AS.search(before)
    if m is None:
        return None
    at = doc[start].idx - len(before) + m.start()
    k = next((t.i for t in doc if t.idx >= at), start)
    # "commander in Panjwai who ...": the place the role is held in is not part of it.
    j = k
    while j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].pos_ == "PROPN":
        j -= 1
    if j < k and j > 0 and doc[j - 1].lower_ in {"in", "from", "of"}:
        k = j - 1
    return _title_before(doc, k)


def _aged(doc: Doc, end: int) -> bool:
    """ "Abdul Rahim, 52,": a name followed by an age set off by commas."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return age.isdigit() and 0 < int(age) < 110


def _speech_next_to(doc: Doc, start: int, end: int) -> bool:
    j = end
    # "Maryam Rahmani, who runs a radio station in the city, said": past the relative clause.
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in {"who", "whose"}:
        k = next((t.i for t in doc[j + 2 : j + 30] if t.text == ","), None)
        if k is not None:
            j = k + 1
    while j < len(doc) and doc[j].lower_ in {"also", "has", "had", "have", "later", "then", ","}:
        j += 1
    if j < len(doc) and doc[j].lower_ in SPEECH_VERBS:
        return True
    return start > 0 and doc[start - 1].lower_ in {"said", "says", "added", "wrote", "tweeted"}


def _candidates(doc: Doc, gazetteer) -> list[tuple[int, int]]:
    """Token ranges that may be people's names: PERSON entities, and capitalised words right
    after a role word (the small model misses "UN Spokesperson Stéphane Dujarric")."""
    ranges = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    for tok in doc:
        # "Babur Eshchi, a member of the provincial council, said": a full name followed by
        # its role registers the person, so that "Eshchi said" later is the same one.
        if tok.text == "," and (_title_after(doc, tok.i) is not None or _aged(doc, tok.i)):
            k = tok.i
            while k > 0 and _is_name_token(doc[k - 1]) and tok.i - k < 4:
                k -= 1
            while k < tok.i and doc[k].pos_ in {"ADP", "DET", "ADV", "SCONJ", "CCONJ"}:
                k += 1  # "In Kandahar, a council member said": not a name
            article = tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _ARTICLES
            if tok.i - k >= 2 and (article or _aged(doc, tok.i)):
                ranges.append((k, tok.i))
        # "..., said Rahima, a resident of the city": a name after an inverted speech verb.
        if tok.lower_ in {"said", "says", "added"} and tok.i + 1 < len(doc):
            k = tok.i + 1
            while k < len(doc) and _is_name_token(doc[k]) and k - tok.i <= 4:
                k += 1
            if k > tok.i + 1 and k < len(doc) and doc[k].text == ",":
                ranges.append((tok.i + 1, k))
        if tok.lower_ not in TITLE_WORDS:
            continue
        j = tok.i + 1
        # "shadow governor for Bamyan Moulvi Anus": the place belongs to the role.
        if (
            j + 1 < len(doc)
            and doc[j].lower_ in {"for", "of", "in"}
            and gazetteer is not None
            and gazetteer.lookup(doc[j + 1].text)
        ):
            j += 2
        if j < len(doc) and doc[j].text == ",":
            j += 1  # "the group's spokesman, Zabihullah Mujahid,"
        h = j
        while j < len(doc) and _honorific(doc[j]):
            j += 1
        k = j
        while k < len(doc) and _is_name_token(doc[k]) and k - j < 4:
            k += 1
        if k - j >= 2 or (k - j == 1 and h < j and doc[h].is_title):
            ranges.append((h if k - j == 1 else j, k))
    return ranges


def _clean_name(doc: Doc, start: int, end: int, gazetteer) -> tuple[int, int]:
    # "Kandahar Rohullah Khanzada", "Bamyan Moulvi Anus": a province or a city that is a
    # capital, or any place before a full name, is not part of the name; a small place before
    # a single word is a first name ("Lal Jan", not the town of La'l).
    while start < end and (
        doc[start].lower_ in _ARTICLES
        or (end - start > 1 and _leading_place(doc[start].text, end - start, gazetteer))
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].text in {"’s", "'s"}):
        end -= 1
    # Honorifics go, unless the name is a single word after them ("Mullah Omar").
    first = start
    while first < end and _honorific(doc[first]):
        first += 1
    if end - first >= 2:
        start = first
    return start, end


def _find_people(doc: Doc, lexicon: Lexicon, gazetteer, offset: int, free):
    text = doc.text
    seen: set[tuple[int, int]] = set()
    for start, end in sorted(set(_candidates(doc, gazetteer))):
        start, end = _clean_name(doc, start, end, gazetteer)
        if start >= end or (start, end) in seen or all(_honorific(t) for t in doc[start:end]):
            continue
        span = doc[start:end]
        a, b = span.start_char, span.end_char
        name = text[a:b]
        if not free(a, b) or "\n" in name or any(c.isdigit() for c in name):
            continue
        if not all(
            _is_name_token(t) or _honorific(t) or t.text in {"-", "al", "ul", "bin"} for t in span
        ) or not _is_name_token(span[-1]):
            continue
        if is_outlet(name) or lexicon.resolve(name) or reporting_credit(text, a, b):
            continue
        if _headline_words(doc, span):
            continue
        if gazetteer is not None and gazetteer.lookup(name):
            continue
        role = (
            _role_named_as(doc, start) or _title_before(doc, start, end) or _title_after(doc, end)
        )
        long_name = end - start >= 2
        speaking = _speech_next_to(doc, start, end)
        is_person_ent = any(e.label_ == "PERSON" and e.start <= start < e.end for e in doc.ents)
        # "Gul Ahmad, 60, a shopkeeper": only a person is given an age.
        aged = (long_name or speaking) and _aged(doc, end)
        if not (role or aged or (speaking and (long_name or is_person_ent))):
            continue
        seen.add((start, end))
        description = ""
        affiliation = None
        if role:
            phrase = doc[role[0] : role[1]].text
            description = phrase.strip(" ,")
            affiliation = role_affiliation(phrase, lexicon, gazetteer)
        yield ActorMention(
            name=name,
            kind="person",
            surface=name,
            affiliation=affiliation,
            description=description,
            known=False,
            span=Span(a + offset, b + offset, name),
        )


def _surname_mentions(doc: Doc, mentions: list[ActorMention], offset: int, free, gazetteer):
    """ "Mujahid said": a surname alone is the person named in full earlier (or later)."""
    people: dict[str, list[ActorMention]] = {}
    for m in sorted(mentions, key=lambda m: m.span.start):
        if m.kind != "person":
            continue
        # The canonical surname and the one written: "Mirwais Stanikzai" (the lexicon's
        # Stanekzai) is "Stanikzai" later in the same text.
        for written in {m.name, m.surface}:
            parts = written.split()
            if len(parts) >= 2 and len(parts[-1]) >= 3:
                people.setdefault(_fold(parts[-1]), []).append(m)
    text = doc.text
    for tok in doc:
        namesakes = people.get(_fold(tok.text))
        if not namesakes or not tok.text[:1].isupper():
            continue
        # Two Ahmadis: "Ahmadi added" is the one named last before, else the first after.
        before = [m for m in namesakes if m.span.start - offset < tok.idx]
        person = before[-1] if before else namesakes[0]
        # "Wardak province" is the place; "Wardak said" is Khalid Wardak.
        speaks = tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in SPEECH_VERBS
        if gazetteer is not None and gazetteer.lookup(tok.text) and not speaks:
            continue
        # "Afghan forces", "Pajhwok Afghan News": a surname that is also a word, modifying
        # the next word, is that word, not the person.
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        modifies = nxt is not None and (nxt.text[:1].isupper() or tok.dep_ in {"amod", "compound"})
        if modifies and nxt.is_alpha and tok.head is not tok and tok.head.i > tok.i:
            continue
        a, b = tok.idx, tok.idx + len(tok.text)
        if not free(a, b):
            continue
        yield ActorMention(
            name=person.name,
            kind="person",
            surface=text[a:b],
            affiliation=person.affiliation,
            description=person.description,
            known=person.known,
            span=Span(a + offset, b + offset, text[a:b]),
        )


def _leading_place(word: str, length: int, gazetteer) -> bool:
    place = gazetteer.lookup(word) if gazetteer is not None else None
    if place is None:
        return False
    return length > 2 or place.kind in {"province", "country"} or place.is_provincial_capital


def _headline_words(doc: Doc, span) -> bool:
    """ "Ghor Governor Arrested After Chaghcharan Falls": in a title-case headline, capitalised
    verbs and prepositions after a title are the headline going on, and one word is no name."""
    text = doc.text
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if re.search(r"[.!?\"”’)]$", line):
        return False
    verbs = [t for t in span if t.pos_ in {"VERB", "ADP", "AUX"} and t.lower_ not in _PARTICLES]
    return len(span) < 2 or bool(verbs)
