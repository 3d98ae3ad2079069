"""Which sentences make a claim worth checking, of what type, and how check-worthy each is.

Each sentence (or each clause of a sentence joined by semicolons) is scored from surface cues a fact
checker looks for first: numbers and quantities, dates, plans and predictions, firsts and superlatives,
comparisons, and statements credited to someone. A sentence that only judges or recommends is kept,
typed as opinion, with a low score. Questions and fragments are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import ClaimType
from .dates import resolve_due

_NUMBER = re.compile(
    r"(?<![\w.’'])(?:\$|€|£|¥)?\d+(?:[.,]\d+)*(?![\d’'s])"
    r"(?:\s?(?:%|percent|per cent|million|billion|trillion|thousand|km|kg|grams?|tons?|tonnes?|miles?|"
    r"meters?|metres?|people|times))?|\b(?:million|billion|trillion|percent|dozens?|"
    r"hundreds|thousands|half|third|quarter|double|doubled|tripled|halved)\b",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")
_DATE = re.compile(
    r"\b(?:(?:in|on|since|by|until|from)\s+(?:19|20)\d\d|(?:19|20)\d0s|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+\d{1,2}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)|last (?:week|month|year)|yesterday|earlier this (?:week|month|year))\b"
)
_EVENT = re.compile(
    r"\b(?:announced|launched|landed|touched down|signed|unveiled|approved|began|begun|started|opened|closed|"
    r"completed|joined|held|won|lost|elected|appointed|resigned|died|killed|arrested|released|published|"
    r"brought back|reached|passed|voted|agreed|established|founded|created|built|developed|continuing|is working)\b"
)
_PLAN = re.compile(
    r"\b(?:will|shall|won’t|won't|going to|plan|plans|planned|aims? to|aiming|seeks? to|intends? to|"
    r"expected to|is set to|are set to|target(?:s|ed)?|goal|by (?:the end of )?(?:19|20)\d\d|"
    r"(?:19|20)\d\d target|projected|forecast|likely to|could|may|might|can evolve|would)\b",
    re.IGNORECASE,
)
_COMPARISON = re.compile(
    r"\b(?:first|largest|biggest|smallest|highest|lowest|fastest|slowest|most|least|best|worst|record|"
    r"surpass(?:ed|es)?|overt(?:ook|aken|ake)|outpac(?:ed|es)|ahead of|behind|more than|less than|fewer than|"
    r"greater than|compared (?:with|to)|than|only|unprecedented|\w+est)\b",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|reported|announced|revealed|wrote|argued|claimed|stated|declared|"
    r"a professor|a senior fellow|director of|served as|is responsible for|an? [\w ]{0,30}(?:officer|expert|"
    r"scientist|analyst|fellow|official|spokesperson))\b"
)
_OPINION = re.compile(
    r"\b(?:should|must|ought|need to|needs to|believe|believes|think|thinks|unfortunately|fortunately|"
    r"dangerous|concern(?:ed)?|worr(?:y|ied)|alarm|bold|important|vital|essential|interest in|wants|hope|"
    r"appears? to|seems? to|clearly|certainly|of course|no choice|reason to|not the way|it is about)\b",
    re.IGNORECASE,
)
_SUPERLATIVE_FALSE = frozenset(
    "west east interest honest rest test best-known latest modest suggest request forest guest protest contest "
    "arrest digest harvest nest invest manifest chest vest quest pest".split()
)
_CLAUSE_SPLIT = re.compile(r";\s+")
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True)
class ScoredClaim:
    start: int
    end: int
    type: ClaimType
    score: float


def score_clause(text: str) -> tuple[ClaimType, float] | None:
    """The claim type and check-worthiness of one clause; None where it claims nothing checkable."""
    words = _WORD.findall(text)
    if len(words) < 5 or text.rstrip("”’\"' ").endswith("?"):
        return None
    undated = _DATE.sub(" ", text)
    numbers = [m.group() for m in _NUMBER.finditer(undated) if not _YEAR_ONLY.match(m.group().strip())]
    comparisons = [
        m.group()
        for m in _COMPARISON.finditer(text)
        if m.group().lower() not in _SUPERLATIVE_FALSE and _real_est(m.group())
    ]
    plan = _PLAN.search(text) is not None
    dated = _DATE.search(text) is not None
    event = _EVENT.search(text) is not None
    attribution = _ATTRIBUTION.search(text) is not None
    opinion = _OPINION.search(text) is not None
    strong_comparison = any(not c.lower().endswith("est") or c.lower() == "first" for c in comparisons)
    scores = {
        ClaimType.STATISTIC: 0.5 + 0.15 * min(len(numbers), 3) if numbers else 0.0,
        ClaimType.COMPARISON: (0.6 if strong_comparison else 0.4) if comparisons else 0.0,
        ClaimType.PLAN: (0.55 + (0.2 if resolve_due(text, None) else 0.0)) if plan else 0.0,
        ClaimType.DATE_EVENT: (0.45 + (0.2 if event else 0.0)) if dated else (0.35 if event else 0.0),
        ClaimType.ATTRIBUTION: 0.45 if attribution else 0.0,
    }
    if opinion:
        scores = {kind: value - 0.15 for kind, value in scores.items()}
    kind = max(scores, key=lambda k: scores[k])
    score = scores[kind]
    if score < 0.3:
        return (ClaimType.OPINION, 0.2) if opinion or plan else None
    if kind == ClaimType.PLAN and opinion and not dated:
        return ClaimType.PLAN, round(min(score, 0.5), 2)
    return kind, round(min(score, 0.95), 2)


def _real_est(word: str) -> bool:
    lowered = word.lower()
    if not lowered.endswith("est") or lowered in {"first"}:
        return True
    return len(lowered) > 5 and lowered[-4] not in "aeiou"


def find_claims(text: str, spans: list[tuple[int, int]]) -> list[ScoredClaim]:
    """Score every sentence in ``spans`` (offsets into ``text``), split at semicolons into clauses."""
    claims: list[ScoredClaim] = []
    for lo, hi in spans:
        pieces: list[tuple[int, int]] = []
        pos = lo
        for split in _CLAUSE_SPLIT.finditer(text, lo, hi):
            pieces.append((pos, split.start()))
            pos = split.end()
        pieces.append((pos, hi))
        for start, end in pieces:
            clause = text[start:end]
            scored = score_clause(clause)
            if scored is not None:
                claims.append(ScoredClaim(start, end, *scored))
    return claims
