"""ACLED event type and sub-type of a sentence, from its trigger words.

Each trigger is a regular expression with the (type, sub-type) it signals and a rank: when a
sentence holds several, the most specific wins ("captured after heavy fighting" is a capture,
"air strikes killed civilians" an air strike, "a car bomb accompanied by an armed assault" a
bomb). "Weak" triggers (a bare "the attack") only name an incident told elsewhere; they never
make an event on their own account but merge into one (see merge.py).
"""

import re
from dataclasses import dataclass

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
STRATEGIC = "Strategic developments"

CLASH = (BATTLES, "Armed clash")
TAKEOVER = (BATTLES, "Non-state actor overtakes territory")
REGAIN = (BATTLES, "Government regains territory")
AIR = (EXPLOSIONS, "Air/drone strike")
SUICIDE = (EXPLOSIONS, "Suicide bomb")
SHELLING = (EXPLOSIONS, "Shelling/artillery/missile attack")
IED = (EXPLOSIONS, "Remote explosive/landmine/IED")
GRENADE = (EXPLOSIONS, "Grenade")
ATTACK = (VAC, "Attack")
ABDUCTION = (VAC, "Abduction/forced disappearance")
PROTEST = (PROTESTS, "Peaceful protest")
EXCESSIVE_FORCE = (PROTESTS, "Excessive force against protesters")
INTERVENTION = (PROTESTS, "Protest with intervention")
ARRESTS = (STRATEGIC, "Arrests")
LOOTING = (STRATEGIC, "Looting/property destruction")
TRANSFER = (STRATEGIC, "Non-violent transfer of territory")
AGREEMENT = (STRATEGIC, "Agreement")

# Sub-types of violence one incident may be told as: a weak "the attack" joins any of them.
VIOLENT = {
    EXCESSIVE_FORCE[1],
    CLASH[1], ATTACK[1], AIR[1], SUICIDE[1], SHELLING[1], IED[1], GRENADE[1], TAKEOVER[1],
    REGAIN[1],
}  # fmt: skip
TERRITORIAL = {TAKEOVER[1], REGAIN[1], TRANSFER[1]}

_PEOPLE = (
    r"(?:civilians?|residents?|villagers?|people|passengers?|journalists?|activists?|women|"
    r"children|worshippers|students|teachers|doctors|aid workers|prisoners|detainees|"
    r"family members|relatives|elders?|comedian|singer|poet|clerics?|prosecutors?|judges?"
    r"|former (?:[\w-]+ ){0,2}(?:officers?|officials?|policem[ae]n|soldiers?|employees?))"
)


@dataclass(frozen=True)
class Trigger:
    pattern: re.Pattern
    kind: tuple[str, str]
    rank: int  # lower wins
    weak: bool = False
    name: str = ""


def _t(pattern: str, kind: tuple[str, str], rank: int, weak: bool = False, name: str = ""):
    return Trigger(re.compile(pattern, re.IGNORECASE), kind, rank, weak, name or pattern)


_PROTESTERS = r"(?:protesters|demonstrators|crowds?|rally|marchers|mourners|people waving)"

TRIGGERS: list[Trigger] = [
    _t(
        r"\b(?:fired|fire|fires|firing|opened fire|open fire|shot|beat|beaten|whipped|attacked"
        r"|charged)\s+(?:on|at|into)?\s*"
        r"(?:\w+\s+){0,3}?" + _PROTESTERS + r"\b",
        EXCESSIVE_FORCE,
        0,
        name="force on protesters",
    ),
    _t(
        r"\b(?:dispers\w+|broke up|fired (?:shots )?(?:in)?to the air to \w+)\s+(?:\w+\s+){0,3}?"
        r"(?:protests?|" + _PROTESTERS[3:-1] + r"|demonstrations?)\b",
        INTERVENTION,
        0,
        name="protest dispersed",
    ),
    _t(
        r"\bsuicide[- ](?:car[- ])?(?:bomb\w*|attack\w*|vest)|\bblew (?:himself|themselves) up",
        SUICIDE,
        1,
        name="suicide",
    ),
    _t(
        r"\b(?:car|truck|roadside|magnetic|sticky|limpet|motorcycle|vehicle)[- ]bomb\w*"
        r"|\bIEDs?\b|\bimprovised explosive|\blandmines?\b|\bmine blast"
        r"|\bexplosions?\b|\bblasts?\b|\bbomb (?:blast|attack|explosion)s?"
        r"|\bbomb (?:went off|exploded|detonated)|\bdetonat\w+",
        IED,
        2,
        name="bomb",
    ),
    _t(
        r"\bair[- ]?strikes?\b|\bair[- ]?raids?\b|\bdrone[- ]?strikes?\b|\bdrone attacks?\b"
        r"|\baerial (?:bombardments?|attacks?|strikes?|bombings?)|\bbombard\w*"
        r"|\bwarplanes?\b|\bfighter (?:jets|planes) (?:struck|bombed|hit|targeted)"
        r"|\bairstrikes?\b|\bair force (?:air ?)?strikes?\b"
        r"|\b(?:jets?|planes?|aircraft|helicopters?|gunships?|bombers?)\s+"
        r"(?:\w+\s+)?(?:bombed|struck|strafed|pounded|targeted|hit)\b"
        r"|\b(?:carried out|conducted|launched|carry out|conduct)\s+(?:\w+\s+){0,2}strikes\b"
        r"|\b(?:carried out|conducted) an? (?:[\w-]+ )?strike\b",
        AIR,
        3,
        name="air strike",
    ),
    _t(
        r"\bshell(?:ing|ed|s)\b|\bmortars?\b|\bartillery\b|\brocket (?:attacks?|fire)"
        r"|\brockets? (?:were |was )?(?:fired|launched|landed|hit|struck|slammed)"
        r"|\bmissiles?\b|\b(?:fired|firing|launched|lobbed)\s+(?:\w+\s+)?(?:rockets?|mortars?)\b",
        SHELLING,
        4,
        name="shelling",
    ),
    _t(
        r"(?<!rocket[- ])(?<!rocket-propelled )\bgrenade (?:attacks?|blasts?)\b|\bhand grenades?\b"
        r"|\b(?:threw|hurled|lobbed) (?:a |two |several )?grenades?",
        GRENADE,
        5,
        name="grenade",
    ),
    _t(
        r"\bsurrender\w*|\bhanded (?:it |them )?over\b|\bhand(?:ing|ed)? over\b|\bhandover\b"
        r"|\bwithout (?:a |any )?(?:fight|resistance|firing a (?:single )?shot|a shot fired)"
        r"|\bnegotiated (?:withdrawal|exit|retreat)",
        TRANSFER,
        6,
        name="handover",
    ),
    _t(
        r"\brecaptur\w+|\bretook\b|\bretaken\b|\bretake\b|\bregain\w*|\breclaim\w*"
        r"|\bliberat\w+|\bcleared (?:\w+ )?of (?:the )?(?:Taliban|insurgents|militants)"
        r"|\bpushed (?:the \w+ )?(?:back|out)\b|\bdr(?:o|i)ve (?:the \w+ )?out\b",
        REGAIN,
        7,
        name="retake",
    ),
    _t(
        r"\bcaptur(?:e|es|ed|ing)\b|\bseiz(?:e|es|ed|ing)\b|\bseizure\b"
        r"|\b(?:took|taken|take|takes|taking|gained|gain|seized|assumed) (?:full "
        r"|complete )?control\b"
        r"|\boverr(?:an|un)\b|\bfell (?:to|into)\b|\b(?:has|have|had) fallen\b"
        r"|\bfell\b(?= (?:on|late|early|after|overnight|(?:almost |nearly )?without|in the))"
        r"|\bcapital to fall\b|\bconquer\w*|\b(?:took|taken|take|takes|taking) over\b"
        r"|\bswept into\b|\bunder (?:the )?(?:Taliban|insurgents?'?) control\b"
        r"|\b(?:the )?fall of\b(?= (?:the (?:city|town|district) of )?(?-i:[A-Z]))"
        r"|\b(?:took|taken|take|takes|taking)\s+"
        # "took the eastern city of Jalalabad", "took the strategic town of Andkhoy"
        r"(?=(?-i:[A-Z])|the (?:[a-z-]+ ){0,2}?(?:city|town|district|provincial))",
        TAKEOVER,
        8,
        name="capture",
    ),
    _t(
        r"\b(?:forces|troops|soldiers|police(?:men)?|army|commandos|officials|governor|defenders)"
        r"\s+(?:\w+\s+){0,3}?(?:abandoned|withdrew from|retreated from|pulled out of|fled)\s+"
        r"(?:the\s+)?(?=(?-i:[A-Z])|(?:city|town|district|provincial capital|governor's)\b)",
        TAKEOVER,
        8,
        name="withdrawal",
    ),
    _t(
        r"\brevenge (?:killings?|murders?|attacks?)|\bexecut(?:ed|ion|ions|ing)\b"
        r"|\bmurder(?:s|ed|ing)?\b|\bmassacre\w*|\bassassinat\w+|\bgunned down\b|\bshot dead\b"
        r"|\bbeheaded\b|\bflogg\w+|\blash(?:ed|ing)\b"
        r"|\bkill(?:ed|ing|s)? (?:\w+ ){0,4}?" + _PEOPLE + r"\b"
        r"|\b(?:attack\w*|fired|opened fire) (?:on|at|against) (?:\w+ ){0,3}?" + _PEOPLE + r"\b",
        ATTACK,
        9,
        name="killing",
    ),
    _t(r"\babduct\w*|\bkidnap\w*|\btaken hostage\b|\bhostages?\b", ABDUCTION, 10, name="abduction"),
    _t(
        r"\bprotest(?:s|ed|ers|ing)?\b|\bdemonstrat(?:ion|ions|ors)\b"
        r"|\bdemonstrated (?:in|against|outside)"
        r"|\brall(?:y|ies|ied)\b|\btook to the (?:streets|rooftops)|\brooftops?\b|\bchant\w*"
        r"|\bmarched\b",
        PROTEST,
        11,
        name="protest",
    ),
    _t(
        r"\barrest\w*|\bdetain\w*|\btaken into (?:[\w-]+ )?custody\b|\bcaptured \d+"
        r"|\bcaptured (?:\w+ )?"
        r"(?:fighters|militants|insurgents|soldiers|members|suspects)",
        ARRESTS,
        12,
        name="arrest",
    ),
    _t(
        r"\bentered\b|\bstormed\b|\bbreached\b|\bpushed into\b|\badvanced into\b|\binvaded\b"
        r"|\bbroke into\b|\bbesieg\w+|\bencircl\w+|\bclash(?:es|ed)?\b|\bfighting\b|\bfought\b"
        r"|\bbattl(?:e|es|ed|ing)\b|\bgun ?fights?\b|\bfirefights?\b|\bskirmish\w*"
        r"|\bambush\w*|\bcounter-?attack\w*|\bcounter-?offensive\w*|\bassault\w*"
        r"|\b(?:clearing|military|offensive|ground|security) operations?\b|\brepelled\b"
        r"|\brepulsed\b"
        r"|\bgunfire\b|\bheavy fire\b|\bexchange of fire\b|\bcrossfire\b"
        r"|\b(?:struck|hit|raided|overran)\s+(?:a|an|the|two|three|several)?\s*(?:[\w-]+\s+){0,2}?"
        r"(?:checkpoints?|checkposts?|outposts?|security posts?|convoys?|bases?|police stations?)",
        CLASH,
        13,
        name="clash",
    ),
    _t(
        r"\battack(?:s|ed|ing)?\b|\bincident\b|\braid(?:s|ed)?\b",
        CLASH,
        14,
        weak=True,
        name="attack",
    ),
    _t(
        r"\bloot\w*|\btorch(?:ed|ing)\b|\bset (?:\w+ )?(?:on )?(?:fire|ablaze)\b"
        r"|\bburn(?:ed|t) down\b"
        r"|\bransack\w*",
        LOOTING,
        15,
        name="looting",
    ),
    _t(
        r"\b(?:signed|reached|agreed|struck) (?:an? |the )?(?:\w+ )?(?:agreement|deal"
        r"|ceasefire|truce)",
        AGREEMENT,
        16,
        name="agreement",
    ),
]

# Things that look like triggers but are not incidents.
_FALSE = re.compile(
    r"rocket[- ]propelled grenades?|rocket grenades?|\bexecutive\b"
    r"|\bcapture the\s+(?:attention|imagination)"
    r"|\bdemonstrate\b|fight(?:ing)? for (?:control|power)|\bfight against corruption"
    # "almost without resistance": there was some.
    r"|\b(?:almost|nearly|largely|mostly) without (?:a |any )?(?:fight|resistance)\b"
    r"|\bwho (?:had )?surrendered\b|\bsurrendering (?:troops|soldiers|forces|police)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TriggerHit:
    trigger: Trigger
    start: int  # offsets in the sentence
    end: int

    @property
    def kind(self) -> tuple[str, str]:
        return self.trigger.kind


def find_triggers(sentence: str) -> list[TriggerHit]:
    """Every trigger in the sentence, best first (rank, then position)."""
    blocked = [(m.start(), m.end()) for m in _FALSE.finditer(sentence)]
    hits = []
    for trigger in TRIGGERS:
        for match in trigger.pattern.finditer(sentence):
            if any(s <= match.start() < e for s, e in blocked):
                continue
            hits.append(TriggerHit(trigger, match.start(), match.end()))
    return sorted(hits, key=lambda h: (h.trigger.rank, h.start))


_TARGET_CIVILIAN = re.compile(
    r"\b(?:on|at|against|targeting|targeted)\s+(?:\w+\s+){0,4}?"
    r"(?:civilians?|residents?|villagers?|worshippers|mosque|wedding|school|hospital|clinic|"
    r"journalists?|activists?|women|children|market|bus|passengers?|homes?|houses?|"
    r"minibus|shrine|students)\b",
    re.IGNORECASE,
)


_BUILDING_AFTER = re.compile(
    r"^\s*(?:of\s+)?(?:the|a|an|two|three|several|some)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:buildings?|radio|television|tv|station|houses?|homes?|markets?|hospitals?|schools?"
    r"|parts?|areas?|neighbou?rhoods?|police districts?|PDs?|outskirts|suburbs?)\b",
    re.IGNORECASE,
)


def refine(kind: tuple[str, str], sentence: str, hit: TriggerHit) -> tuple[str, str]:
    """Adjust the trigger's kind to what the sentence says of its target and outcome."""
    # An attack or shooting aimed at civilians, not at forces: violence against civilians.
    if kind == CLASH and hit.trigger.name in {"attack", "clash"}:
        window = sentence[hit.start : hit.end + 80]
        if _TARGET_CIVILIAN.search(window) and not re.search(
            r"\b(?:guards?|forces|soldiers|police|checkpoints?|bases?|outposts?|compound)\b",
            window,
            re.IGNORECASE,
        ):
            return ATTACK
    # Seizing a building in a city still fought over is fighting, not the city's fall.
    if kind == TAKEOVER and _BUILDING_AFTER.search(sentence[hit.end : hit.end + 60]):
        return CLASH
    # A capture the defenders gave up without fighting is a transfer, not a battle.
    if kind == TAKEOVER and re.search(
        r"(?<!almost )(?<!nearly )without (?:a |any )?"
        r"(?:fight|resistance|firing a (?:single )?shot)|\bsurrender",
        sentence,
        re.IGNORECASE,
    ):
        return TRANSFER
    return kind
