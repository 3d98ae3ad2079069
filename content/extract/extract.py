"""The extraction pipeline: quotes and speakers, then claims, then editorial checks."""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from itertools import accumulate

from ..ids import annotation_id
from ..model import (
    Annotations,
    Article,
    BlockKind,
    Claim,
    ClaimType,
    Defect,
    DefectKind,
    Origin,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)
from .claims import find_claims
from .dates import article_year, is_past_due, resolve_due
from .defects import FoundDefect, duplicated_phrases, garbled, name_variants, unbalanced
from .quotemarks import Pairing
from .quotes import FoundQuote, find_quotes
from .speakers import SpeakerRegistry, Variant

# Enum members looked up once: reading one off its class costs about as much as a dict lookup and a call.
_HEADING, _PARAGRAPH, _CODE, _RULE = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.CODE, BlockKind.RULE
_AUTOMATIC, _PLAN = Origin.AUTOMATIC, ClaimType.PLAN
_new = object.__new__


def extract_annotations(article: Article, today: date | None = None) -> Annotations:
    """Everything found automatically in ``article`` (all ``Origin.AUTOMATIC``).

    ``today`` decides which dated plans have come due (default: the current date).
    """
    with _no_cycle_collection():
        return _extract(article, today or date.today())


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Hold off Python's cycle collector while extracting: a long article allocates hundreds of thousands of
    small lists and tuples, none of them in a cycle, and scanning them again and again costs a fifth of the
    run. Plain reference counting still frees everything; the collector is switched back on at the end."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _extract(article: Article, today: date) -> Annotations:
    registry = SpeakerRegistry()
    pairings: dict[str, Pairing] = {}  # each block's quotation marks, paired once for quotes and defects
    found = find_quotes(article, registry, pairings)
    mapping, variants = registry.merge_variants({q.speaker for q in found})
    keys = [mapping[q.speaker] for q in found]  # each quote's speaker once variants are merged
    speakers = _speakers(registry, found, keys)
    quotes = _quotes(article.text, found, keys, speakers)
    claims = _claims(article, quotes, today)
    defects = _defects(article, variants, pairings)
    return Annotations(
        speakers=tuple(speakers.values()), quotes=tuple(quotes), claims=tuple(claims), defects=tuple(defects)
    )


def _speakers(registry: SpeakerRegistry, found: list[FoundQuote], keys: list[int]) -> dict[int, Speaker]:
    """Each quoted speaker (``keys``: the speaker of each of ``found``), in the order they are first quoted, with
    their highest confidence."""
    best: dict[int, float] = {}  # each speaker's highest confidence
    first: dict[int, int] = {}  # where each speaker is first quoted
    for key, quote in zip(keys, found, strict=True):
        if key not in best:
            best[key], first[key] = quote.confidence, quote.start
        else:
            if quote.confidence > best[key]:
                best[key] = quote.confidence
            if quote.start < first[key]:
                first[key] = quote.start
    ordered = sorted(best, key=first.__getitem__)
    return {key: registry.speaker(key, best[key]) for key in ordered}


def _quotes(text: str, found: list[FoundQuote], keys: list[int], speakers: dict[int, Speaker]) -> list[Quote]:
    """A ``Quote`` for each of ``found`` (``keys``: the speaker of each), its id from its words and how many times
    they were quoted before."""
    seen: dict[str, int] = {}
    quotes: list[Quote] = []
    speaker_ids = {key: speaker.id for key, speaker in speakers.items()}
    for key, quote in zip(keys, found, strict=True):
        body = text[quote.start : quote.end]
        seen[body] = occurrence = seen.get(body, 0) + 1
        quote_id = annotation_id("auto-quote", body, occurrence)
        quotes.append(_quote(quote_id, speaker_ids[key], quote.kind, _span(quote.start, quote.end), quote.confidence))
    return quotes


def _claims(article: Article, quotes: list[Quote], today: date) -> list[Claim]:
    text = article.text
    headings = _section_headings(article)
    spans = [(s.span.start, s.span.end) for s in article.sentences if s.block_id not in headings]
    published = article_year(article.date)
    seen: dict[str, int] = {}
    claims: list[Claim] = []
    index = _QuoteIndex(quotes)
    for start, end, kind, score in find_claims(text, spans):
        body = text[start:end]
        seen[body] = occurrence = seen.get(body, 0) + 1
        due = resolve_due(body, published) if kind == _PLAN else ""
        note = ""
        if due:
            note = f"due since {due}" if is_past_due(due, today) else f"falls due in {due}"
        claim_id = annotation_id("auto-claim", body, occurrence)
        claims.append(_claim(claim_id, _span(start, end), kind, index.speaker_of(start, end), note, due, score))
    return claims


#: How many words a plain-text line may have and still be read as a section heading.
_HEADING_WORDS = 12
#: Closing punctuation ends a sentence, maybe followed by closing quotation marks or brackets.
_SENTENCE_END = ".!?…:;"
_CLOSERS = "”’\"')]"


def _section_headings(article: Article) -> set[str]:
    """The blocks that head a section ("Why Washington is worried about Beijing’s space operations"), whose words
    announce what follows rather than claim anything: Markdown headings below the title, and in plain text a
    short line of its own with no closing punctuation. The article's title (a level-1 heading, or the first
    block) is not one: a headline can carry a real claim."""
    ids: set[str] = set()
    text = article.text
    for block in article.blocks[1:]:
        kind = block.kind
        if kind == _HEADING:
            if block.level >= 2:
                ids.add(block.id)
        elif kind == _PARAGRAPH and _is_plain_heading(text[block.span.start : block.span.end].strip()):
            ids.add(block.id)
    return ids


def _is_plain_heading(body: str) -> bool:
    """Is a paragraph's stripped ``body`` a short line without closing punctuation? The cheap tests go first, and
    words are counted only up to one past the limit: most paragraphs are long sentences that end in a full stop."""
    unclosed = body.rstrip(_CLOSERS)
    return (
        body != ""
        and (unclosed == "" or unclosed[-1] not in _SENTENCE_END)
        and "\n" not in body
        and len(body.split(None, _HEADING_WORDS)) <= _HEADING_WORDS
    )


class _QuoteIndex:
    """Quotes in text order, for finding the ones that overlap a span without reading them all."""

    def __init__(self, quotes: list[Quote]) -> None:
        ordered = sorted(quotes, key=lambda q: (q.span.start, q.span.end))
        self.starts = [q.span.start for q in ordered]
        self.ends = [q.span.end for q in ordered]
        self.speakers = [q.speaker_id for q in ordered]
        self.reach = list(accumulate(self.ends, max, initial=0))[1:]  # furthest end of any quote up to i

    def speaker_of(self, start: int, end: int) -> str | None:
        """The speaker of the quote that covers most of the span, if any covers at least half of it."""
        best, best_overlap = None, 0
        i = bisect_left(self.starts, end) - 1
        while i >= 0 and self.reach[i] > start:
            overlap = min(end, self.ends[i]) - max(start, self.starts[i])
            if overlap >= best_overlap and overlap > 0:
                best, best_overlap = self.speakers[i], overlap
            i -= 1
        return best if best_overlap * 2 >= end - start else None


def _defects(article: Article, variants: tuple[Variant, ...], pairings: dict[str, Pairing]) -> list[Defect]:
    text = article.text
    found: list[FoundDefect] = [*duplicated_phrases(text), *garbled(text)]
    for block in article.blocks:
        if block.kind == _CODE or block.kind == _RULE:
            continue
        lo, hi = block.span.start, block.span.end
        # The quote pass paired the marks of every block it read (all but code and rules): not paired again here.
        for stray in pairings[block.id].strays:  # seldom any: a plain loop, no generator made for each block
            found.append(unbalanced(text, stray.at, lo, hi))
    for variant in variants:
        found.extend(name_variants(text, variant.spelling, variant.canonical))
    seen: dict[str, int] = {}
    defects: list[Defect] = []
    for defect in sorted(found, key=lambda d: (d.start, d.end)):
        body = text[defect.start : defect.end]
        seen[body] = occurrence = seen.get(body, 0) + 1
        defect_id = annotation_id("auto-defect", f"{defect.kind}\x00{body}", occurrence)
        defects.append(_defect(defect_id, defect.kind, _span(defect.start, defect.end), defect.note))
    return defects


# Making the annotations. A frozen dataclass's own __init__ sets each field through object.__setattr__, a generic
# call per field: made that way, a Claim (eleven fields) costs ~20k instructions, and a long article has thousands
# of claims and quotes. These make the same objects by filling a new instance's __dict__ directly, as copy and
# pickle do: every field is given, and none of these classes has a __post_init__ that would be skipped (Span's is
# a range check, made in _span before its fields are filled). Each field is set as an item of the new instance's
# __dict__: no keyword dict is built for an update. tests/extract/test_extract_annotations.py checks each against
# the class.


def _quote(quote_id: str, speaker_id: str, kind: QuoteKind, span: Span, confidence: float) -> Quote:
    """``Quote(quote_id, speaker_id, kind, span, Origin.AUTOMATIC, confidence)``."""
    quote = _new(Quote)
    fields = quote.__dict__
    fields["id"], fields["speaker_id"], fields["kind"], fields["span"] = quote_id, speaker_id, kind, span
    fields["origin"], fields["confidence"] = _AUTOMATIC, confidence
    return quote


def _claim(
    claim_id: str, span: Span, kind: ClaimType, speaker_id: str | None, note: str, due: str, score: float
) -> Claim:
    """``Claim(claim_id, span, kind, speaker_id, note=note, due=due, origin=Origin.AUTOMATIC, score=score)``."""
    claim = _new(Claim)
    fields = claim.__dict__
    fields["id"], fields["span"], fields["type"], fields["speaker_id"] = claim_id, span, kind, speaker_id
    fields["verdict"], fields["note"], fields["sources"], fields["checked"] = None, note, (), ""
    fields["due"], fields["origin"], fields["score"] = due, _AUTOMATIC, score
    return claim


def _defect(defect_id: str, kind: DefectKind, span: Span, note: str) -> Defect:
    """``Defect(defect_id, kind, span, note, Origin.AUTOMATIC)``."""
    defect = _new(Defect)
    fields = defect.__dict__
    fields["id"], fields["kind"], fields["span"], fields["note"], fields["origin"] = (
        defect_id,
        kind,
        span,
        note,
        _AUTOMATIC,
    )
    return defect


def _span(start: int, end: int) -> Span:
    """``Span(start, end)``, its ``__post_init__`` check made first."""
    if not 0 <= start <= end:
        return Span(start, end)  # raises the class's own error
    span = _new(Span)
    fields = span.__dict__
    fields["start"], fields["end"] = start, end
    return span
