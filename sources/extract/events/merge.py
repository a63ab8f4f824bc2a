"""One event per incident within an article.

An article tells its main incident several times ("the armed attacks by the Taliban on UNAMA
office in Herat province", then "On July 30, the rebel militia launched an attack on the UN
compound..."). Candidates join when their kinds are compatible (same sub-type; a bare "the
attack" or two kinds of violence at one compound), their places agree (same place, one inside
the other's province, or one unknown) and their periods overlap (or one is undated). A
candidate that is not specific (no place, no date of its own) only joins an incident already
told, the way "the attack" refers back to one; alone it is dropped.

A casualty count without an incident verb (tolls.py) joins only the fighting, or the incident
of its own kind, in its place and period (see `_toll_joins`).

The event keeps the best of each fact: the most precise date and place, the highest counts,
the strongest trigger's kind, and as evidence the sentence that says most.
"""

import re
from dataclasses import dataclass, field

from sources.extract.events import classify
from sources.extract.events.clauses import fighting_told
from sources.extract.events.incidents import Candidate
from sources.extract.matching import period
from sources.extract.records import ResolvedDate

_DATE_RANK = {"day": 0, "week": 1, "month": 2, "": 3}
_ORIGIN_RANK = {"sentence": 0, "context": 1, "week": 2, "": 3}
_PLACE_RANK = {"site": 0, "city": 0, "district": 1, "province": 2}


@dataclass
class Incident:
    members: list[Candidate] = field(default_factory=list)

    @property
    def kind(self) -> tuple[str, str]:
        # Mentions that only refer back to the incident do not decide its kind.
        told = [c for c in self.members if c.specific] or self.members
        strong = [c for c in told if not c.weak]
        chosen = min(strong, key=lambda c: c.rank) if strong else told[0]
        if (
            chosen.kind == classify.TAKEOVER
            and any(c.kind == classify.TRANSFER or c.settled for c in self.members)
            and not any(fighting_told(c.sentence.text) for c in self.members)
        ):
            # "X fell to the Taliban on Wednesday." "The handover was peaceful.": the later
            # sentence says how it fell (unless another says it fell fighting).
            return classify.TRANSFER
        if (
            chosen.kind == classify.TRANSFER
            and any(c.kind == classify.TAKEOVER for c in told)
            and any(fighting_told(c.sentence.text) for c in told if c.kind == classify.TRANSFER)
        ):
            # "captured Kishim"; "eight soldiers were killed in the fighting in Kishim, while
            # some surrendered": taken by force, whoever gave up at the end.
            return classify.TAKEOVER
        return chosen.kind

    @property
    def last_told(self) -> int:
        return max(c.sentence.index for c in self.members if c.specific)

    @property
    def place(self):
        with_place = [c for c in self.members if c.place is not None]
        if not with_place:
            return None
        best = min(
            with_place,
            key=lambda c: (c.place_from_context, _PLACE_RANK.get(c.place.kind, 3)),
        )
        return best.place

    @property
    def date(self) -> ResolvedDate:
        best = min(
            self.members,
            key=lambda c: (
                # A toll that borrowed the day of the sentence before does not date the
                # fighting it is put on.
                c.toll and c.date_origin != "sentence",
                _ORIGIN_RANK[c.date_origin],
                c.shared,
                _DATE_RANK.get(c.date.precision, 3),
            ),
        )
        return best.date

    @property
    def specific(self) -> bool:
        return any(c.specific for c in self.members)


# How far (in sentences) a mention with neither place nor date may refer back.
_ANAPHORA_REACH = 3


def merge_candidates(candidates: list[Candidate]) -> list[Incident]:
    incidents: list[Incident] = []
    for candidate in candidates:
        if candidate.specific:
            # The latest incident of the very same kind first, then any compatible one. "In a
            # separate incident" says it is none of those the body told before (a headline
            # may have announced it).
            joinable = [
                i
                for i in reversed(incidents)
                if (not candidate.separate or _headline_only(i)) and _joins(i, candidate)
            ]
            if not joinable and not candidate.separate and _definite_noun(candidate):
                # "the rockets were fired from ...": the rockets already told, wherever the
                # new sentence says they came from.
                joinable = [
                    i
                    for i in reversed(incidents)
                    if i.kind == candidate.kind and _dates_overlap(i.date, candidate.date)
                ]
                candidate.place_from_context = True  # its place does not move the incident
            same = [i for i in joinable if i.kind == candidate.kind]
            target = (same or joinable or [None])[0]
        else:
            target = _antecedent(incidents, candidate)
        if target is not None:
            target.members.append(candidate)
        elif candidate.specific:
            incidents.append(Incident([candidate]))
    return incidents


def _headline_only(incident: Incident) -> bool:
    """Told only in a first line without a full stop: a headline."""
    return all(
        c.sentence.paragraph == 0 and not c.sentence.text.rstrip().endswith((".", "!", "?"))
        for c in incident.members
    )


def _antecedent(incidents: list[Incident], candidate: Candidate) -> Incident | None:
    """The incident a placeless, dateless mention refers to: one told in the last few
    sentences, or, for a definite "the attack", the latest one told with the same word."""
    joinable = [i for i in incidents if _joins(i, candidate)]
    index = candidate.sentence.index
    if candidate.weak and not _definite(candidate):
        return None  # "such attacks", "attacks on UN premises": not one incident
    near = [i for i in joinable if 0 <= index - i.last_told <= _ANAPHORA_REACH]
    if near:
        return near[-1]
    if candidate.weak:
        stem = candidate.trigger.casefold()[:6]
        same_word = [
            i for i in joinable if any(c.trigger.casefold()[:6] == stem for c in i.members)
        ]
        if same_word:
            return same_word[-1]
    return None


_INCIDENT_NOUN = re.compile(
    r"^(?:rockets?|missiles?|mortars?|explosions?|blasts?|bomb\w*|car bomb|(?:air)?strikes?"
    r"|air strikes?|shelling|attacks?|assault|ambush|clash(?:es)?|fighting|raid)$",
    re.IGNORECASE,
)


def _definite_noun(candidate: Candidate) -> bool:
    """ "the rockets", "this explosion": an incident noun with a definite determiner."""
    sentence = candidate.sentence
    before = sentence.text[: candidate.trigger_start - sentence.start]
    return bool(_INCIDENT_NOUN.match(candidate.trigger)) and bool(
        re.search(r"\b(?:the|this|these|those|that)\s+(?:[a-z][\w-]*\s+)?$", before, re.IGNORECASE)
    )


def _definite(candidate: Candidate) -> bool:
    sentence = candidate.sentence
    before = sentence.text[: candidate.trigger_start - sentence.start]
    singular = not candidate.trigger.casefold().endswith("s")
    return singular and bool(
        re.search(
            r"(?:\bthe|\bthis|\bthat|[’']s)\s+(?:[\w“”\"‘’'-]+\s+){0,2}[“\"‘']?$",
            before,
            re.IGNORECASE,
        )
    )


def _joins(incident: Incident, candidate: Candidate) -> bool:
    if candidate.toll or all(c.toll for c in incident.members):
        return _toll_joins(incident, candidate)
    if not _kinds_agree(incident, candidate):
        return False
    if not _places_agree(incident.place, candidate.place):
        return False
    if (
        candidate.kind[1] in classify.TERRITORIAL
        and incident.kind[1] in classify.TERRITORIAL
        and incident.place is not None
        and candidate.place is not None
        and incident.place.name == candidate.place.name
    ):
        # A town falls once: two reports of its capture in one article are one event, even
        # when a list sentence ("took Kandahar early Friday, a day after seizing Herat")
        # lends one of them the wrong day. Unless each is told with its own day and as
        # another deed: "captured the city on August 8" and "the garrison at its airport
        # surrendered on August 11" are two steps of its fall.
        return not _distinct_steps(incident, candidate)
    if incident.place is None and candidate.place is None and candidate.specific:
        # Two placeless incidents only join when they are the same day.
        return _same_day(incident.date, candidate.date)
    if (
        _two_strong_kinds(incident, candidate)
        and incident.place is not None
        and candidate.place is not None
        and incident.place.name != candidate.place.name
    ):
        return False  # an ambush in one district, a killing in another: two incidents
    if _two_strong_kinds(incident, candidate) and (
        incident.date.value is None or candidate.date.value is None
    ):
        # Fighting in a city and an attack on its hospital: without days to compare, two
        # incidents.
        return False
    return _dates_overlap(incident.date, candidate.date)


def _distinct_steps(incident: Incident, candidate: Candidate) -> bool:
    if candidate.kind == incident.kind or not _own_day(candidate):
        return False
    days = {c.date.value for c in incident.members if _own_day(c)}
    return bool(days) and candidate.date.value not in days


def _own_day(candidate: Candidate) -> bool:
    return (
        candidate.date_origin == "sentence"
        and candidate.date.precision == "day"
        and not candidate.shared
        and candidate.specific
    )


def _toll_joins(incident: Incident, candidate: Candidate) -> bool:
    """A casualty count goes on the fighting (or the incident of its own kind) told in the
    same place and period; it never joins, nor is joined by, an incident elsewhere or one
    of another kind ("40 killed" is not the toll of an air strike the text does not tie it
    to)."""
    if incident.place is None or candidate.place is None:
        return False
    if not _places_agree(incident.place, candidate.place):
        return False
    count, other = (candidate.kind, incident.kind)
    if not candidate.toll:
        count, other = other, count
    fighting = count == classify.CLASH and other[0] == classify.BATTLES
    return (count == other or fighting) and _dates_overlap(incident.date, candidate.date)


def _kinds_agree(incident: Incident, candidate: Candidate) -> bool:
    kind = incident.kind
    if candidate.kind == kind:
        return True
    told = [c for c in incident.members if c.specific]
    if candidate.weak or all(c.weak for c in told):
        return candidate.kind[1] in classify.VIOLENT and kind[1] in classify.VIOLENT
    pair = {candidate.kind[1], kind[1]}
    # "captured Sar-e Pol", then "In Sar-e Pol, the forces surrendered without resistance";
    # "X fell on Wednesday." "The handover was peaceful.": how the same town fell.
    if pair == {classify.TAKEOVER[1], classify.TRANSFER[1]}:
        return True
    if not candidate.specific:
        return False  # a passing strong mention of another kind is another incident
    # An attack on a guarded compound is told both as an attack and as fighting.
    if pair == {classify.CLASH[1], classify.ATTACK[1]}:
        return True
    # A protest and the force used on it are one event: the protest as repressed.
    if pair <= {classify.PROTEST[1], classify.EXCESSIVE_FORCE[1], classify.INTERVENTION[1]}:
        return True
    # Fighting for a town the same day it falls is the capture; so is entering it in the
    # days a report of its fall covers ("entered the city on Saturday evening").
    entry = any(_ENTRY.match(c.trigger) for c in [candidate, *incident.members])
    return (
        bool(pair & classify.TERRITORIAL)
        and classify.CLASH[1] in pair
        and (
            _same_day(incident.date, candidate.date)
            or not candidate.specific
            or (entry and _dates_overlap(incident.date, candidate.date))
        )
    )


_ENTRY = re.compile(r"^(?:entered|pushed into|advanced into|swept into)$", re.IGNORECASE)


def _two_strong_kinds(incident: Incident, candidate: Candidate) -> bool:
    told = [c for c in incident.members if c.specific and not c.weak]
    return (
        bool(told) and not candidate.weak and candidate.specific and candidate.kind != incident.kind
    )


def _places_agree(a, b) -> bool:
    if a is None or b is None:
        return True
    if a.name == b.name:
        return True
    if "site" in (a.kind, b.kind) and a.province and a.province == b.province:
        return True  # "Kandahar airport" and "the airport of Kandahar"
    return (a.kind == "province" and b.province == a.name) or (
        b.kind == "province" and a.province == b.name
    )


def _same_day(a: ResolvedDate, b: ResolvedDate) -> bool:
    return a.precision == "day" and b.precision == "day" and a.value == b.value


def _dates_overlap(a: ResolvedDate, b: ResolvedDate) -> bool:
    if a.value is None or b.value is None:
        return True
    a_start, a_end = period(a.value, a.precision, a.end)
    b_start, b_end = period(b.value, b.precision, b.end)
    return a_start <= b_end and b_start <= a_end
