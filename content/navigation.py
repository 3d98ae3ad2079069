"""Where a reader can go next: sentences, quotes, claims, and what lies under a position.

Pure functions over a ``Document`` so the reader's keys (next claim, next quote by this speaker,
next speaker) are tested without a terminal. Positions are offsets into ``Article.text``.
A ``Navigator`` holds the document's annotations sorted once, so every look-up is a binary search:
a 1 MB article with thousands of quotes answers a key press as fast as a short one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

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


class _Sorted(Generic[T]):
    """Items in text order with their starts, for binary search."""

    def __init__(self, items: Sequence[T]) -> None:
        self.items: list[T] = sorted(items, key=lambda item: (item.span.start, item.span.end))
        self.starts = [item.span.start for item in self.items]
        self.keys = [(item.span.start, item.span.end) for item in self.items]
        self.longest = max((len(item.span) for item in self.items), default=0)

    @staticmethod
    def key(span: Span, inclusive: bool) -> tuple[int, int]:
        """Where ``span`` sorts among the items. From one of them (inclusive=False) the next is strictly
        later in (start, end) order, so two items that start together are both reached; from anything
        else (a sentence, a search hit, the top of the article) an item starting right there is next."""
        return (span.start, -1) if inclusive else (span.start, span.end)

    def after(self, span: Span, inclusive: bool = False) -> T | None:
        index = bisect_right(self.keys, self.key(span, inclusive))
        return self.items[index] if index < len(self.items) else None

    def before(self, span: Span, inclusive: bool = False) -> T | None:
        index = bisect_left(self.keys, self.key(span, inclusive))
        return self.items[index - 1] if index > 0 else None

    def overlapping(self, span: Span) -> tuple[T, ...]:
        """Items overlapping ``span``; for a zero-length span, the items containing that point."""
        end = bisect_left(self.starts, span.end) if len(span) else bisect_right(self.starts, span.start)
        start = bisect_left(self.starts, span.start - self.longest)
        if len(span) == 0:
            return tuple(i for i in self.items[start:end] if i.span.contains(span.start))
        return tuple(i for i in self.items[start:end] if i.span.overlaps(span))

    def index_of(self, item: T) -> int:
        index = bisect_left(self.starts, item.span.start)
        while index < len(self.items) and self.items[index] != item:
            index += 1
        return index


class Navigator:
    """A document's annotations, sorted once for quick movement. Build with ``Navigator.of(document)``."""

    _cache: dict[int, tuple[Document, Navigator]] = {}

    def __init__(self, document: Document) -> None:
        self.document = document
        self.sentences = _Sorted(document.article.sentences)
        self.claims = _Sorted(document.claims)
        self.quotes = _Sorted(document.quotes)
        self.defects = _Sorted(document.defects)
        self._by_speaker: dict[str, _Sorted[Quote]] = {}

    @classmethod
    def of(cls, document: Document) -> Navigator:
        """The navigator for ``document``, reused while the same document object is asked about."""
        cached = cls._cache.get(id(document))
        if cached is not None and cached[0] is document:
            return cached[1]
        navigator = cls(document)
        if len(cls._cache) > 8:
            cls._cache.clear()
        cls._cache[id(document)] = (document, navigator)
        return navigator

    def quotes_by(self, speaker_id: str) -> _Sorted[Quote]:
        if speaker_id not in self._by_speaker:
            self._by_speaker[speaker_id] = _Sorted(self.document.quotes_by(speaker_id))
        return self._by_speaker[speaker_id]


def sentence_target(sentence: Sentence) -> Target:
    return Target(TargetKind.SENTENCE, sentence.id, sentence.span)


def quote_target(quote: Quote) -> Target:
    return Target(TargetKind.QUOTE, quote.id, quote.span)


def claim_target(claim: Claim) -> Target:
    return Target(TargetKind.CLAIM, claim.id, claim.span)


def sentence_at(document: Document, offset: int) -> Sentence | None:
    """The sentence containing ``offset``, or else the first one after it, or else the last one."""
    sentences = Navigator.of(document).sentences
    if not sentences.items:
        return None
    index = bisect_right(sentences.starts, offset) - 1
    if index >= 0 and offset < sentences.items[index].span.end:
        return sentences.items[index]
    following = index + 1
    return sentences.items[following] if following < len(sentences.items) else sentences.items[-1]


def step_sentence(document: Document, span: Span, step: int) -> Sentence | None:
    """The sentence ``step`` sentences after (or before, if negative) the one at ``span``."""
    sentences = Navigator.of(document).sentences
    if not sentences.items:
        return None
    current = sentence_at(document, span.start)
    assert current is not None
    index = sentences.index_of(current)
    if step > 0 and current.span.start > span.start:
        step -= 1  # the cursor was between sentences: the next one is the one after it
    return sentences.items[max(0, min(len(sentences.items) - 1, index + step))]


def next_claim(document: Document, span: Span, forward: bool = True, inclusive: bool = False) -> Claim | None:
    """The claim after (or before) the one at ``span``; ``inclusive``: ``span`` is not a claim's, so a
    claim starting there counts."""
    claims = Navigator.of(document).claims
    return claims.after(span, inclusive) if forward else claims.before(span, inclusive)


def claim_number(document: Document, claim: Claim) -> int:
    """1-based position of ``claim`` among the document's claims in text order."""
    return Navigator.of(document).claims.index_of(claim) + 1


def next_quote(
    document: Document, span: Span, forward: bool = True, speaker_id: str | None = None, inclusive: bool = False
) -> Quote | None:
    """The next (or previous) quote, by ``speaker_id`` when given (``inclusive`` as for ``next_claim``)."""
    navigator = Navigator.of(document)
    quotes = navigator.quotes if speaker_id is None else navigator.quotes_by(speaker_id)
    return quotes.after(span, inclusive) if forward else quotes.before(span, inclusive)


def next_other_speaker_quote(
    document: Document, span: Span, speaker_id: str | None, forward: bool = True, inclusive: bool = False
) -> Quote | None:
    """The next (or previous) quote by someone other than ``speaker_id``: moves speaker to speaker."""
    quotes = Navigator.of(document).quotes
    key = quotes.key(span, inclusive)
    if forward:
        candidates = quotes.items[bisect_right(quotes.keys, key) :]
    else:
        candidates = quotes.items[: bisect_left(quotes.keys, key)][::-1]
    return next((q for q in candidates if q.speaker_id != speaker_id), None)


def annotations_at(document: Document, span: Span) -> AnnotationsAt:
    """Claims, quotes and defects overlapping ``span`` (a zero-length span: containing that point)."""
    navigator = Navigator.of(document)
    return AnnotationsAt(
        navigator.claims.overlapping(span), navigator.quotes.overlapping(span), navigator.defects.overlapping(span)
    )


def innermost_at(document: Document, offset: int) -> Target | None:
    """What a click at ``offset`` selects: the shortest claim there, else the quote, else the sentence."""
    found = annotations_at(document, Span(offset, offset))
    if found.claims:
        return claim_target(min(found.claims, key=lambda c: len(c.span)))
    if found.quotes:
        return quote_target(min(found.quotes, key=lambda q: len(q.span)))
    sentence = sentence_at(document, offset)
    if sentence is not None and sentence.span.contains(offset):
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
