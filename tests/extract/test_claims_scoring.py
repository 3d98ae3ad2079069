"""Claim scoring gives what the straightforward scorer it replaced gave: one pattern per cue, run on each clause.

That scorer is kept below as the reference (its patterns and rules as they were), and the fast one in
content.extract.claims must agree with it exactly (type and score) on real sentences, on sentences built to hit
the corners (won’t, "Monday $5", "in 2020.5", "5 thousands", "a policeofficer", the Kelvin sign, other
scripts' digits, …), and on random mixes of cue words, phrases, numbers and odd characters.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.extract.claims import find_claims, score_clause
from content.extract.dates import resolve_due
from content.extract.patterns import alternation
from content.model import ClaimType
from content.plaintext import parse_plain_text

DATA = Path(__file__).resolve().parent / "data"

# --- The reference: the scorer as it was, one pattern per cue. ---
_NUMBER_WORDS = (
    "million billion trillion percent dozen dozens hundreds thousands half third quarter double doubled tripled halved"
)
_NUMBER = re.compile(
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
_PLAN = re.compile(
    r"\b(?:" + alternation(_PLAN_WORDS.split()) + r"|going to|aims? to|seeks? to|intends? to|expected to|is set to|"
    r"are set to|target(?:s|ed)?|by (?:the end of )?(?:19|20)\d\d|(?:19|20)\d\d target|likely to|can evolve)\b"
)
_COMPARISON_WORDS = (
    "first largest biggest smallest highest lowest fastest slowest most least best worst record surpass surpassed "
    "surpasses overtook overtaken overtake outpaced outpaces behind than only unprecedented"
)
_COMPARISON = re.compile(
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
_OPINION = re.compile(
    r"\b(?:" + alternation(_OPINION_WORDS.split()) + r"|need to|needs to|interest in|appears? to|seems? to|of course|"
    r"no choice|reason to|not the way|it is about)\b"
)
_SUPERLATIVE_FALSE = frozenset(
    "west east interest honest rest test best-known latest modest suggest request forest guest protest contest "
    "arrest digest harvest nest invest manifest chest vest quest pest".split()
)
_WORD = re.compile(r"[\w’'-]+")


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _real_est(word: str) -> bool:
    lowered = word.lower()
    if not lowered.endswith("est") or lowered in {"first"}:
        return True
    return len(lowered) > 5 and lowered[-4] not in "aeiou"


def reference_score(text: str) -> tuple[ClaimType, float] | None:
    if (len(text) < 120 and len(_WORD.findall(text)) < 5) or text.rstrip("”’\"' ").endswith("?"):
        return None
    low = _lower(text)
    numbers = [
        m.group() for m in _NUMBER.finditer(_lower(_DATE.sub(" ", text))) if not _YEAR_ONLY.match(m.group().strip())
    ]
    comparisons = [
        m.group() for m in _COMPARISON.finditer(low) if m.group() not in _SUPERLATIVE_FALSE and _real_est(m.group())
    ]
    plan = _PLAN.search(low) is not None
    dated = _DATE.search(text) is not None
    event = _EVENT.search(text) is not None
    attribution = _ATTRIBUTION.search(text) is not None
    opinion = _OPINION.search(low) is not None
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


def reference_claims(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, ClaimType, float]]:
    found = []
    for lo, hi in spans:
        pos = lo
        pieces = []
        for split in re.compile(r";\s+").finditer(text, lo, hi):
            pieces.append((pos, split.start()))
            pos = split.end()
        pieces.append((pos, hi))
        for start, end in pieces:
            scored = reference_score(text[start:end])
            if scored is not None:
                found.append((start, end, *scored))
    return found


# --- The clauses compared. ---
_CORNERS = [
    "The company won’t say whether the plant will close, a spokesperson told reporters on Monday.",
    "The company won't say whether it can evolve, officials said.",
    "Shares closed at Monday$5 after the announcement was published in the evening paper.",
    "Sales rose in 2020.5 percent faster than anyone in the trade had expected to see.",
    "Production reached May 1,000 tonnes as the new line opened in the northern plant.",
    "They shipped 5 thousands of units and 3 millions more, and 40 per cent went abroad.",
    "Yesterday$40 was the price quoted by a policeofficer who stood near the gate.",
    "An \u212aILLED deal and a thin\u212a margin were reported by the İstanbul office of the firm.",
    "Output hit ٢٠٢٠ units in ١٩٩٩ and 20١٢, said the ministry in its yearly report.",
    "Is this really the largest ever rise in the history of the national index?",
    "“Is this the biggest?” she asked the board, which had agreed to meet last week.",
    "well-known long-term co-op re-run",
    "The firm’s ‘only’ rival — the one that is set to lead — said it is about time.",
    "By the end of 2031 the agency aims to land, according to a senior fellow at the institute.",
    "The 1990s saw the fastest growth since 1950, and the 2020s may see the slowest yet.",
    "Earlier this year the ministry touched down on a plan it is working on with a x_y_z 12 analyst.",
    "Then a " + "x" * 29 + " official spoke to the crowd gathered in the hall.",
    "Then a " + "x" * 30 + " official spoke to the crowd gathered in the hall.",
    "Then an x_y " + "z " * 8 + "policeofficer’s dog barked at the crowd in the hall.",
    "Growth was 5half and half5 and 3.5.5 and $3,500.25 billion, more than the interest in it.",
    "The honest request from the latest guest at the forest contest was to test the west nest.",
    "It is the hottest, strongest and lowest-rated of the brands the firm has compared with others.",
    "MONDAY, the Minister SAID the PLAN WILL cut 5 MILLION jobs BY 2030 TARGET, Reuters Reported.",
]
_PIECES = [
    *_CORNERS[0].split(),
    "said", "Said", "SAID", "told", "announced", "won’t", "won't", "will", "may", "May", "May 5", "June 12th",
    "in 2020", "In 2020", "by 2030", "by  2030", "by the end of 2031", "2030 target", "1990s", "2020s", "1,000",
    "$5", "€3", "£1", "¥9", "5%", "40 per cent", "5 million", "3 thousands", "half", "third", "dozens",
    "according to", "According to", "a professor", "a senior fellow", "director of", "served as",
    "is responsible for", "an expert", "a policeofficer", "officials", "touched down", "brought back", "is working",
    "going to", "aims to", "is set to", "are set to", "likely to", "can evolve", "need to", "interest in",
    "it is about", "not the way", "of course", "no choice", "reason to", "ahead of", "compared to", "more than",
    "largest", "best", "least", "interest", "latest", "hottest", "first", "only", "last week", "earlier this year",
    "yesterday", "Monday", "monday", "should", "believe", "?", "”", "’", "'", "-", "—", ",", ".", ";", "; ", "\n",
    "\xa0", "é", "ğ", "\u212a", "İ", "٢", "²", "_", "x", "by 2０３０", "in\u30002020", "5 \u212am", "5 MILLION",
    "a\xa0senior official", "€5", "“Said”", "‘said’",
]  # fmt: skip


def _sentences() -> list[str]:
    found = []
    for path in sorted(DATA.glob("*.txt")):
        article = parse_plain_text(path.read_text(encoding="utf-8"), path.name)
        found += [article.text[s.span.start : s.span.end] for s in article.sentences]
    return found


@pytest.mark.parametrize("clause", _CORNERS)
def test_corner_cases_score_as_before(clause: str) -> None:
    assert score_clause(clause) == reference_score(clause)


def test_real_sentences_score_as_before() -> None:
    sentences = _sentences()
    assert len(sentences) > 100
    for sentence in sentences:
        assert score_clause(sentence) == reference_score(sentence), sentence


def test_changed_sentences_score_as_before() -> None:
    """Real sentences with words put in, taken out and changed in case, and characters put in."""
    chance = random.Random(6)
    for sentence in _sentences():
        for _ in range(4):
            words = sentence.split(" ")
            for _ in range(chance.randint(1, 3)):
                at = chance.randrange(len(words))
                change = chance.random()
                if change < 0.5:
                    words.insert(at, chance.choice(_PIECES))
                elif change < 0.7:
                    words[at] = chance.choice([words[at].upper(), words[at].capitalize(), words[at].lower()])
                elif change < 0.85:
                    del words[at]
                else:
                    words[at] += chance.choice("’'-_?.,”—\xa0é٢\u212a")
            clause = " ".join(words)
            assert score_clause(clause) == reference_score(clause), clause


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " ", " ", ", ", "-", "’"])), max_size=30))
def test_mixed_clauses_score_as_before(parts: list[tuple[str, str]]) -> None:
    clause = "".join(piece + joiner for piece, joiner in parts)
    assert score_clause(clause) == reference_score(clause)


def test_claims_of_a_text_are_as_before() -> None:
    """Sentences split at semicolons, spans that cut words, empty spans and the text's very start and end."""
    chance = random.Random(3)
    text = " ".join(chance.choice(_CORNERS + _sentences()[:60]) for _ in range(80))
    sentence = re.compile(r"[^.?!]+[.?!]?")
    spans = [match.span() for match in sentence.finditer(text)]
    spans += [(at, min(len(text), at + chance.randrange(300))) for at in chance.sample(range(len(text)), 40)]
    spans += [
        (0, 0),
        (0, 50),
        (len(text) - 40, len(text)),
        (len(text), len(text)),
        (len(text) - 9, len(text) + 99),
        (9, 3),
    ]
    found = [(claim.start, claim.end, claim.type, claim.score) for claim in find_claims(text, spans)]
    assert found == reference_claims(text, spans)
