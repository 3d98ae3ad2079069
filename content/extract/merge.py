"""Curated and automatic annotations combined: curated entries win, automatic ones fill the gaps."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace
from typing import TypeVar

from ..model import Annotations, Claim, Defect, Quote, Speaker, SpeakerKind
from .names import ParsedName, normalise, parse_name

_Entry = TypeVar("_Entry", Quote, Claim, Defect)


def merge_annotations(curated: Annotations | None, automatic: Annotations) -> Annotations:
    """One set of annotations: every curated entry, plus the automatic ones that add something.

    A curated speaker absorbs the automatic speakers that match one of its names, or, for a person, the
    surname with compatible given names (a surname two curated people share absorbs nobody); their quotes
    and claims are re-pointed to the curated id. An automatic quote, claim or defect that overlaps a curated
    one of the same category is dropped, as is one whose id is already taken; an automatic speaker left
    with nothing to say is dropped too.
    """
    if curated is None:
        return automatic
    absorbed = _absorbed_speakers(curated.speakers, automatic.speakers)
    quotes = _added(
        curated.quotes,
        (replace(q, speaker_id=absorbed.get(q.speaker_id, q.speaker_id)) for q in automatic.quotes),
    )
    claims = _added(
        curated.claims,
        (
            replace(c, speaker_id=absorbed.get(c.speaker_id, c.speaker_id)) if c.speaker_id else c
            for c in automatic.claims
        ),
    )
    defects = _added(curated.defects, automatic.defects)
    referred = {q.speaker_id for q in quotes} | {c.speaker_id for c in claims if c.speaker_id}
    speakers = curated.speakers + tuple(s for s in automatic.speakers if s.id not in absorbed and s.id in referred)
    return Annotations(speakers=speakers, quotes=quotes, claims=claims, defects=defects)


def _added(curated: tuple[_Entry, ...], automatic: Iterable[_Entry]) -> tuple[_Entry, ...]:
    """The curated entries and the automatic ones that neither overlap one of them nor reuse an id, by position."""
    ordered = sorted(curated, key=_by_position)
    starts = [entry.span.start for entry in ordered]
    reach = []  # the furthest end of any curated entry up to each position, for the overlap test
    furthest = 0
    for entry in ordered:
        furthest = max(furthest, entry.span.end)
        reach.append(furthest)
    ids = {entry.id for entry in curated}
    kept = list(curated)
    for entry in automatic:
        if entry.id in ids or _overlaps(entry, ordered, starts, reach):
            continue
        ids.add(entry.id)
        kept.append(entry)
    return tuple(sorted(kept, key=_by_position))


def _overlaps(entry: _Entry, ordered: list[_Entry], starts: list[int], reach: list[int]) -> bool:
    i = bisect_left(starts, entry.span.end) - 1  # the last curated entry starting before this one ends
    while i >= 0 and reach[i] > entry.span.start:
        if entry.span.overlaps(ordered[i].span):
            return True
        i -= 1
    return False


def _by_position(entry: Quote | Claim | Defect) -> tuple[int, int]:
    return entry.span.start, entry.span.end


def _absorbed_speakers(curated: tuple[Speaker, ...], automatic: tuple[Speaker, ...]) -> dict[str, str]:
    """Automatic speaker id -> the curated speaker id it is the same speaker as."""
    ids = {speaker.id for speaker in curated}
    names: dict[str, str] = {}
    surnames: dict[str, list[tuple[ParsedName, str]]] = {}
    for speaker in curated:
        for name in speaker.names():
            names.setdefault(normalise(name), speaker.id)
            parsed = parse_name(name)
            if parsed is not None and speaker.kind == SpeakerKind.PERSON:
                surnames.setdefault(parsed.surname.lower(), []).append((parsed, speaker.id))
    absorbed: dict[str, str] = {}
    for speaker in automatic:
        if speaker.id in ids:
            absorbed[speaker.id] = speaker.id  # ids come from names: the same id is the same speaker
            continue
        target = next((names[n] for n in map(normalise, speaker.names()) if n in names), None)
        if target is None and speaker.kind == SpeakerKind.PERSON:
            target = _by_surname(speaker, surnames)
        if target is not None:
            absorbed[speaker.id] = target
    return absorbed


def _by_surname(speaker: Speaker, surnames: dict[str, list[tuple[ParsedName, str]]]) -> str | None:
    """The one curated person whose surname this speaker's name carries, with no clash of given names."""
    for name in speaker.names():
        parsed = parse_name(name)
        if parsed is None:
            continue
        people = {
            speaker_id
            for known, speaker_id in surnames.get(parsed.surname.lower(), [])
            if _given_names_agree(known, parsed)
        }
        if len(people) == 1:
            return people.pop()
    return None


def _given_names_agree(a: ParsedName, b: ParsedName) -> bool:
    """ "Paul J. Saunders" and "Saunders" or "P. Saunders" agree; "Jane Hertzfeld" and "Henry Hertzfeld" do not."""
    if not (a.has_given_name and b.has_given_name):
        return True
    given_a = [t.rstrip(".").lower() for t in a.tokens if t != a.surname]
    given_b = [t.rstrip(".").lower() for t in b.tokens if t != b.surname]
    if not given_a or not given_b:  # "Li Li": nothing but the surname to compare
        return a.full.lower() == b.full.lower()
    first_a, first_b = given_a[0], given_b[0]
    return first_a.startswith(first_b) or first_b.startswith(first_a)
