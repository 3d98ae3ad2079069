"""Curated and automatic annotations combined: curated entries win, automatic ones fill the gaps."""

from __future__ import annotations

from dataclasses import replace

from ..model import Annotations, Claim, Defect, Quote, Span, Speaker
from .names import normalise, parse_name


def merge_annotations(curated: Annotations | None, automatic: Annotations) -> Annotations:
    """One set of annotations: every curated entry, plus the automatic ones that add something.

    A curated speaker absorbs the automatic speakers that match one of its names (full name or surname);
    their quotes are re-pointed to the curated id. An automatic quote, claim or defect that overlaps a
    curated one of the same category is dropped.
    """
    if curated is None:
        return automatic
    absorbed = _absorbed_speakers(curated.speakers, automatic.speakers)
    speakers = curated.speakers + tuple(s for s in automatic.speakers if s.id not in absorbed)
    quotes = curated.quotes + tuple(
        replace(q, speaker_id=absorbed.get(q.speaker_id, q.speaker_id))
        for q in automatic.quotes
        if not _overlaps_any(q.span, curated.quotes)
    )
    claims = curated.claims + tuple(
        replace(c, speaker_id=absorbed.get(c.speaker_id, c.speaker_id) if c.speaker_id else None)
        for c in automatic.claims
        if not _overlaps_any(c.span, curated.claims)
    )
    defects = curated.defects + tuple(d for d in automatic.defects if not _overlaps_any(d.span, curated.defects))
    return Annotations(
        speakers=speakers,
        quotes=tuple(sorted(quotes, key=_by_position)),
        claims=tuple(sorted(claims, key=_by_position)),
        defects=tuple(sorted(defects, key=_by_position)),
    )


def _by_position(entry: Quote | Claim | Defect) -> tuple[int, int]:
    return entry.span.start, entry.span.end


def _overlaps_any(span: Span, entries: tuple[Quote, ...] | tuple[Claim, ...] | tuple[Defect, ...]) -> bool:
    return any(span.overlaps(entry.span) for entry in entries)


def _absorbed_speakers(curated: tuple[Speaker, ...], automatic: tuple[Speaker, ...]) -> dict[str, str]:
    """Automatic speaker id -> the curated speaker id it is the same person as."""
    names: dict[str, str] = {}
    surnames: dict[str, str] = {}
    for speaker in curated:
        for name in speaker.names():
            names.setdefault(normalise(name), speaker.id)
            parsed = parse_name(name)
            if parsed is not None:
                surnames.setdefault(parsed.surname.lower(), speaker.id)
    absorbed: dict[str, str] = {}
    for speaker in automatic:
        for name in speaker.names():
            target = names.get(normalise(name))
            parsed = parse_name(name)
            if target is None and parsed is not None:
                target = surnames.get(parsed.surname.lower())
            if target is not None:
                absorbed[speaker.id] = target
                break
    return absorbed
