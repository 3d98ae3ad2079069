"""Where a reader can go next: sentences, quotes, claims, and what lies under a position.

Pure functions over a ``Document`` so the reader's keys (next claim, next quote by this speaker,
next speaker) are tested without a terminal. Positions are offsets into ``Article.text``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from .model import Claim, Defect, Document, Quote, Sentence, Span


class TargetKind(StrEnum):
    SENTENCE = "sentence"
    QUOTE = "quote"
    CLAIM = "claim"
    DEFECT = "defect"
    MATCH = "match"  # a span a search found


@dataclass(frozen=True)
class Target:
    """Something the reading cursor can rest on."""

    kind: TargetKind
    id: str
    span: Span


@dataclass(frozen=True)
class AnnotationsAt:
    """Everything that overlaps a span of the text, each list in text order."""

    claims: tuple[Claim, ...] = ()
    quotes: tuple[Quote, ...] = ()
    defects: tuple[Defect, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.claims or self.quotes or self.defects)


T = TypeVar("T", Sentence, Quote, Claim, Defect)


def _ordered(items: Sequence[T]) -> list[T]:
    return sorted(items, key=lambda item: (item.span.start, item.span.end))


def sentence_target(sentence: Sentence) -> Target:
    return Target(TargetKind.SENTENCE, sentence.id, sentence.span)


def quote_target(quote: Quote) -> Target:
    return Target(TargetKind.QUOTE, quote.id, quote.span)


def claim_target(claim: Claim) -> Target:
    return Target(TargetKind.CLAIM, claim.id, claim.span)


def sentence_at(document: Document, offset: int) -> Sentence | None:
    """The sentence containing ``offset``, or else the first one after it, or else the last one."""
    sentences = document.article.sentences
    for sentence in sentences:
        if offset < sentence.span.end:
            return sentence
    return sentences[-1] if sentences else None


def step_sentence(document: Document, span: Span, step: int) -> Sentence | None:
    """The sentence ``step`` sentences after (or before, if negative) the one at ``span``."""
    sentences = document.article.sentences
    if not sentences:
        return None
    current = sentence_at(document, span.start)
    index = sentences.index(current) if current is not None else 0
    if step > 0 and current is not None and current.span.start > span.start:
        step -= 1  # the cursor was between sentences: the next one is the one after it
    return sentences[max(0, min(len(sentences) - 1, index + step))]


def _after(items: list[T], span: Span) -> T | None:
    return next((item for item in items if item.span.start > span.start), None)


def _before(items: list[T], span: Span) -> T | None:
    return next((item for item in reversed(items) if item.span.start < span.start), None)


def next_claim(document: Document, span: Span, forward: bool = True) -> Claim | None:
    claims = _ordered(document.claims)
    return _after(claims, span) if forward else _before(claims, span)


def next_quote(document: Document, span: Span, forward: bool = True, speaker_id: str | None = None) -> Quote | None:
    """The next (or previous) quote, by ``speaker_id`` when given."""
    quotes = _ordered([q for q in document.quotes if speaker_id is None or q.speaker_id == speaker_id])
    return _after(quotes, span) if forward else _before(quotes, span)


def next_other_speaker_quote(
    document: Document, span: Span, speaker_id: str | None, forward: bool = True
) -> Quote | None:
    """The next (or previous) quote by someone other than ``speaker_id``: moves speaker to speaker."""
    quotes = _ordered([q for q in document.quotes if q.speaker_id != speaker_id])
    return _after(quotes, span) if forward else _before(quotes, span)


def annotations_at(document: Document, span: Span) -> AnnotationsAt:
    """Claims, quotes and defects overlapping ``span`` (a zero-length span: containing that point)."""

    def hits(items: Sequence[T]) -> tuple[T, ...]:
        if len(span) == 0:
            return tuple(_ordered([i for i in items if i.span.contains(span.start)]))
        return tuple(_ordered([i for i in items if i.span.overlaps(span)]))

    return AnnotationsAt(hits(document.claims), hits(document.quotes), hits(document.defects))


def innermost_at(document: Document, offset: int) -> Target | None:
    """What a click at ``offset`` selects: the shortest claim there, else the quote, else the sentence."""
    point = Span(offset, offset)
    found = annotations_at(document, point)
    if found.claims:
        return claim_target(min(found.claims, key=lambda c: len(c.span)))
    if found.quotes:
        return quote_target(min(found.quotes, key=lambda q: len(q.span)))
    for sentence in document.article.sentences:
        if sentence.span.contains(offset):
            return sentence_target(sentence)
    return None


def speaker_at(document: Document, span: Span) -> str | None:
    """The id of the speaker quoted at ``span``, if the cursor is in a quote."""
    found = annotations_at(document, Span(span.start, span.start))
    if found.quotes:
        return found.quotes[0].speaker_id
    for claim in found.claims:
        if claim.speaker_id:
            return claim.speaker_id
    return None
