"""The domain model: an article, its blocks and sentences, and what is said in it.

Every offset is a character index into ``Article.text``, the article's plain text (Markdown
markup removed, blocks joined by a blank line). Ids are derived from content, never from
memory addresses or run order, so they are stable across runs and usable as index keys.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    OUTLET = "outlet"
    GROUP = "group"


class QuoteKind(StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    PARTIAL = "partial"


class ClaimType(StrEnum):
    STATISTIC = "statistic"
    DATE_EVENT = "date-event"
    PLAN = "plan or prediction"
    COMPARISON = "comparison-superlative"
    ATTRIBUTION = "attribution"
    OPINION = "opinion"


class Verdict(StrEnum):
    ACCURATE = "accurate"
    PARTLY_ACCURATE = "partly accurate"
    INACCURATE = "inaccurate"
    OUTDATED = "outdated"
    UNVERIFIABLE = "unverifiable"
    OPINION = "opinion"


#: Verdicts that state a checkable fact and so must name at least one source.
VERDICTS_NEEDING_SOURCES = frozenset({Verdict.ACCURATE, Verdict.PARTLY_ACCURATE, Verdict.INACCURATE, Verdict.OUTDATED})


class DefectKind(StrEnum):
    GARBLED = "garbled sentence"
    UNBALANCED_QUOTE = "unbalanced quotation mark"
    MISSPELLING = "misspelling"
    DUPLICATED_PHRASE = "duplicated phrase"
    TENSE = "tense"
    INCONSISTENT_NAME = "inconsistent name"
    OTHER = "other"


class Origin(StrEnum):
    """Where an annotation came from: a human-edited sidecar, or automatic extraction."""

    CURATED = "curated"
    AUTOMATIC = "automatic"


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list item"
    QUOTE_BLOCK = "block quote"
    CODE = "code"
    RULE = "rule"


class MarkKind(StrEnum):
    EMPHASIS = "emphasis"
    STRONG = "strong"
    CODE = "code"
    LINK = "link"
    STRIKE = "strike"


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of ``Article.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Mark:
    """Inline Markdown formatting over a span of a block's text."""

    kind: MarkKind
    span: Span
    href: str | None = None


@dataclass(frozen=True)
class Block:
    """A paragraph-level unit of the article: what a reader sees as one piece of text."""

    id: str
    kind: BlockKind
    span: Span
    level: int = 0  # heading level, or list nesting depth
    bullet: str = ""  # "•" or "3." for list items
    line: int = 0  # 1-based line in the source file, for messages
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True)
class Sentence:
    id: str
    block_id: str
    span: Span


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    source: str = ""  # the outlet that published it
    byline: str = ""
    date: str = ""
    url: str = ""
    language: str = ""
    path: str = ""  # where it was read from; "" for text given directly

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def block_at(self, offset: int) -> Block | None:
        for block in self.blocks:
            if block.span.start <= offset <= block.span.end:
                return block
        return None


@dataclass(frozen=True)
class SourceRef:
    """A source a verdict or profile rests on: a label as a reader would cite it, and a URL if one exists."""

    label: str
    url: str | None = None


@dataclass(frozen=True)
class Speaker:
    id: str
    name: str
    kind: SpeakerKind = SpeakerKind.PERSON
    aliases: tuple[str, ...] = ()
    role: str = ""  # as the article states it
    role_per_sources: str = ""
    role_as_of: str = ""
    affiliation: str = ""
    note: str = ""
    sources: tuple[SourceRef, ...] = ()
    origin: Origin = Origin.CURATED
    confidence: float = 1.0

    def names(self) -> tuple[str, ...]:
        """Every way the text may name this speaker, full name first."""
        return (self.name, *(a for a in self.aliases if a != self.name))


@dataclass(frozen=True)
class Quote:
    id: str
    speaker_id: str
    kind: QuoteKind
    span: Span
    origin: Origin = Origin.CURATED
    confidence: float = 1.0


@dataclass(frozen=True)
class Claim:
    id: str
    span: Span
    type: ClaimType
    speaker_id: str | None = None  # None: the article's own voice
    verdict: Verdict | None = None  # None: found automatically, not yet checked
    note: str = ""
    sources: tuple[SourceRef, ...] = ()
    checked: str = ""  # ISO date the verdict was checked
    due: str = ""  # a dated plan or prediction: when it falls due, e.g. "2030"
    origin: Origin = Origin.CURATED
    score: float = 1.0


@dataclass(frozen=True)
class Defect:
    id: str
    kind: DefectKind
    span: Span
    note: str = ""
    origin: Origin = Origin.CURATED


@dataclass(frozen=True)
class Annotations:
    speakers: tuple[Speaker, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    defects: tuple[Defect, ...] = ()


@dataclass(frozen=True)
class Document:
    """An article with everything known about it: what a reader opens."""

    article: Article
    annotations: Annotations = field(default_factory=Annotations)

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        return self.annotations.speakers

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return self.annotations.quotes

    @property
    def claims(self) -> tuple[Claim, ...]:
        return self.annotations.claims

    @property
    def defects(self) -> tuple[Defect, ...]:
        return self.annotations.defects

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        if speaker_id is None:
            return None
        for speaker in self.annotations.speakers:
            if speaker.id == speaker_id:
                return speaker
        return None

    def quotes_by(self, speaker_id: str) -> tuple[Quote, ...]:
        return tuple(q for q in self.annotations.quotes if q.speaker_id == speaker_id)
