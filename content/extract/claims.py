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
from .patterns import alternation

_NUMBER_WORDS = (
    "million billion trillion percent dozen dozens hundreds thousands half third quarter double doubled tripled halved"
)
#: Patterns marked "lower" are matched against the lower-cased clause: the same as ignoring case, and faster.
_NUMBER = re.compile(  # lower
    r"(?<![\w.’'])(?:\$|€|£|¥)?\d+(?:[.,]\d+)*(?![\d’'s])"
    r"(?:\s?(?:%|percent|per cent|million|billion|trillion|thousand|km|kg|grams?|tons?|tonnes?|miles?|"
    r"meters?|metres?|people|times))?|\b" + alternation(_NUMBER_WORDS.split()) + r"\b"
)
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")
_MONTHS = "January February March April May June July August September October November December".split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_DATE = re.compile(
    r"\b(?:(?:in|on|since|by|until|from)\s+(?:19|20)\d\d|(?:19|20)\d0s|"
    + alternation(_MONTHS)
    + r"\s+\d{1,2}|"
    + alternation(_WEEKDAYS)
    + r"|last (?:week|month|year)|yesterday|earlier this (?:week|month|year))\b"
)
_EVENT_WORDS = (
    "announced launched landed signed unveiled approved began begun started opened closed completed joined held won "
    "lost elected appointed resigned died killed arrested released published reached passed voted agreed "
    "established founded created built developed continuing"
)
_EVENT = re.compile(r"\b(?:" + alternation(_EVENT_WORDS.split()) + r"|touched down|brought back|is working)\b")
_PLAN_WORDS = "will shall won’t won't plan plans planned aiming goal projected forecast could may might would"
_PLAN = re.compile(  # lower
    r"\b(?:" + alternation(_PLAN_WORDS.split()) + r"|going to|aims? to|seeks? to|intends? to|expected to|is set to|"
    r"are set to|target(?:s|ed)?|by (?:the end of )?(?:19|20)\d\d|(?:19|20)\d\d target|likely to|can evolve)\b"
)
_COMPARISON_WORDS = (
    "first largest biggest smallest highest lowest fastest slowest most least best worst record surpass surpassed "
    "surpasses overtook overtaken overtake outpaced outpaces behind than only unprecedented"
)
_COMPARISON = re.compile(  # lower
    r"\b(?:" + alternation(_COMPARISON_WORDS.split()) + r"|ahead of|more than|less than|fewer than|greater than|"
    r"compared (?:with|to)|\w+est)\b"
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|reported|announced|revealed|wrote|argued|claimed|stated|declared|"
    r"a professor|a senior fellow|director of|served as|is responsible for|an? [\w ]{0,30}(?:officer|expert|"
    r"scientist|analyst|fellow|official|spokesperson))\b"
)
_OPINION_WORDS = (
    "should must ought believe believes think thinks unfortunately fortunately dangerous concern concerned worry "
    "worried alarm bold important vital essential wants hope clearly certainly"
)
_OPINION = re.compile(  # lower
    r"\b(?:" + alternation(_OPINION_WORDS.split()) + r"|need to|needs to|interest in|appears? to|seems? to|of course|"
    r"no choice|reason to|not the way|it is about)\b"
)
_SUPERLATIVE_FALSE = frozenset(
    "west east interest honest rest test best-known latest modest suggest request forest guest protest contest "
    "arrest digest harvest nest invest manifest chest vest quest pest".split()
)
_CLAUSE_SPLIT = re.compile(r";\s+")
_WORD = re.compile(r"[\w’'-]+")
_DIGIT = re.compile(r"\d")

# A pattern can only match a clause holding one of its cue words (lower-cased), so each clause is read once
# for every cue word at the same time, and a pattern runs only on the clauses holding one of its cues.
_CUES: dict[str, frozenset[str]] = {
    "number": frozenset(_NUMBER_WORDS.split()),
    "date": frozenset(w.lower() for w in _WEEKDAYS) | {"last", "yesterday", "earlier"},
    "event": frozenset(_EVENT_WORDS.split()) | {"touched", "brought", "working"},
    "plan": frozenset(_PLAN_WORDS.replace("’t", "").replace("'t", "").split())
    | {"going", "aim", "aims", "seek", "seeks", "intend", "intends", "expected", "set", "target", "targets",
       "targeted", "likely", "evolve"},
    "comparison": frozenset(_COMPARISON_WORDS.split()) | {"ahead", "compared"},
    "attribution": frozenset("said says told according reported announced revealed wrote argued claimed stated "
                             "declared professor senior director served responsible officer expert scientist "
                             "analyst fellow official spokesperson".split()),
    "opinion": frozenset(_OPINION_WORDS.split()) | {"need", "needs", "interest", "appear", "appears", "seem", "seems",
                                                    "course", "choice", "reason", "way", "about"},
}  # fmt: skip
_CATEGORIES: dict[str, frozenset[str]] = {}
for _category, _words in _CUES.items():
    for _word in _words:
        _CATEGORIES[_word] = _CATEGORIES.get(_word, frozenset()) | {_category}
#: Any cue word; the "officer" of "policeofficer" and the "…est" of superlatives are looked for separately.
_CUE = re.compile(r"\b" + alternation(_CATEGORIES) + r"\b")
_ATTRIBUTION_NOUNS = ("officer", "expert", "scientist", "analyst", "fellow", "official", "spokesperson")


@dataclass(frozen=True)
class ScoredClaim:
    start: int
    end: int
    type: ClaimType
    score: float


def _lower(text: str) -> str:
    """``text`` lower-cased, character for character (the rare letter whose lower case is longer stays as it is)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _cues(text: str, low: str) -> set[str]:
    """The categories whose patterns may match the clause."""
    found: set[str] = set()
    for word in set(_CUE.findall(low)):
        found |= _CATEGORIES[word]
    if _DIGIT.search(text):
        found |= {"number", "date", "plan"}
    if "est" in low:
        found.add("comparison")
    if "attribution" not in found and any(noun in low for noun in _ATTRIBUTION_NOUNS):
        found.add("attribution")
    return found


def score_clause(text: str) -> tuple[ClaimType, float] | None:
    """The claim type and check-worthiness of one clause; None where it claims nothing checkable."""
    if (len(text) < 120 and len(_WORD.findall(text)) < 5) or text.rstrip("”’\"' ").endswith("?"):
        return None
    low = _lower(text)
    cues = _cues(text, low)
    numbers: list[str] = []
    if "number" in cues:
        undated = _lower(_DATE.sub(" ", text)) if "date" in cues else low
        numbers = [m.group() for m in _NUMBER.finditer(undated) if not _YEAR_ONLY.match(m.group().strip())]
    comparisons: list[str] = []
    if "comparison" in cues:
        comparisons = [
            m.group() for m in _COMPARISON.finditer(low) if m.group() not in _SUPERLATIVE_FALSE and _real_est(m.group())
        ]
    plan = "plan" in cues and _PLAN.search(low) is not None
    dated = "date" in cues and _DATE.search(text) is not None
    event = "event" in cues and _EVENT.search(text) is not None
    attribution = "attribution" in cues and _ATTRIBUTION.search(text) is not None
    opinion = "opinion" in cues and _OPINION.search(low) is not None
    strong_comparison = any(not c.endswith("est") or c == "first" for c in comparisons)
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
