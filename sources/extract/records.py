"""What extraction hands to the import service: plain dataclasses, no database objects.

Offsets (`start`, `end`) always index the *cleaned* text of the article.
"""

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str  # the sentence(s) the fact was read from, exactly cleaned_text[start:end]


@dataclass
class Tweet:
    """An embedded tweet's signature line: not body text, but who tweeted and when."""

    author: str
    handle: str
    posted_on: date | None
    line: str


@dataclass
class CleanedText:
    raw: str  # decoded, NFC, "\n" line endings, header kept
    text: str  # body without boilerplate; evidence offsets point here
    title: str
    outlet: str
    url: str
    header_date: date | None  # from a leading " date YYYY-MM-DD" header
    removed: list[str] = field(default_factory=list)  # lines dropped as boilerplate
    tweets: list[Tweet] = field(default_factory=list)


@dataclass
class PublicationDate:
    value: date | None
    origin: str  # "header" | "inferred" | "unknown" (sources.models.DateOrigin values)
    reason: str = ""  # e.g. "from 'on Wednesday (August 4th)' and the tweet of 2021-08-05"


@dataclass
class ResolvedDate:
    value: date | None  # first day of the period for week/month precision
    precision: str  # "day" | "week" | "month" | "" when unknown
    end: date | None = None
    phrase: str = ""  # the words that dated it: "last Friday"


@dataclass
class PlaceMention:
    name: str  # canonical gazetteer name
    kind: str  # events.models.PlaceKind value
    province: str | None
    surface: str  # the words in the text ("Lashkagah")
    span: Span
    in_afghanistan: bool = True


@dataclass
class ActorMention:
    name: str  # canonical name (lexicon name, or the person's full name)
    kind: str  # events.models.ActorKind value
    surface: str
    affiliation: str | None = None  # canonical name of the organisation
    description: str = ""  # "Taliban spokesman"
    known: bool = True  # False: not in the lexicon, the import creates it for review
    span: Span | None = None


@dataclass
class ActorRoleMention:
    actor: ActorMention
    role: str  # events.models.ActorRole value


@dataclass
class ExtractedEvent:
    event_type: str
    sub_event_type: str
    summary: str
    date: ResolvedDate
    place: PlaceMention | None
    place_precision: int | None  # events.models.PlacePrecision value
    actors: list[ActorRoleMention]
    fatalities: int | None
    injured: int | None
    evidence: Span
    confidence: float
    key: str = ""  # stable id within one article, so statements can refer to it
    # Every sentence of the article that reports the event, `evidence` included, in text order.
    mentions: list[Span] = field(default_factory=list)


@dataclass
class ExtractedStatement:
    speaker: ActorMention | None
    on_behalf_of: ActorMention | None
    text: str
    kind: str  # "direct" | "reported"
    said_on: date | None
    evidence: Span
    confidence: float
    event_key: str | None = None  # ExtractedEvent.key of the event it is about


@dataclass
class Extraction:
    cleaned: CleanedText
    published: PublicationDate
    events: list[ExtractedEvent]
    statements: list[ExtractedStatement]
    actors: list[ActorMention]  # every distinct actor met, known or new
    places: list[PlaceMention]  # every distinct place met
    warnings: list[str] = field(default_factory=list)
    language: str = "en"  # "und" when the text does not read as English (nothing extracted)
