"""The extractor on the seed article, scored against shared/seed/speakers-gold.json and FACTS.md."""

from __future__ import annotations

import re
from datetime import date

from content.extract import extract_annotations
from content.loader import open_document
from content.model import DefectKind, Origin

from .scoring import fragment_covered, load_gold, score

TODAY = date(2026, 11, 26)


def _extract(seed_path):
    article = open_document(seed_path).article
    return article, extract_annotations(article, TODAY)


def test_seed_quote_recall_and_speaker_precision(seed_path):
    article, annotations = _extract(seed_path)
    result = score(article, annotations, load_gold(seed_path.parent / "speakers-gold.json"))
    print("\n" + result.report("seed"))
    assert result.quote_recall >= 0.9
    assert result.speaker_precision >= 0.9


def test_saunders_and_sanders_are_one_speaker_and_the_spelling_is_flagged(seed_path):
    article, annotations = _extract(seed_path)
    matching = [s for s in annotations.speakers if {"Saunders", "Sanders"} & {n.split()[-1] for n in s.names()}]
    assert len(matching) == 1
    assert matching[0].name == "Paul J. Saunders"
    assert "Sanders" in matching[0].aliases
    flagged = [d for d in annotations.defects if d.kind == DefectKind.INCONSISTENT_NAME]
    assert len(flagged) == article.text.count("Sanders")


def _facts(seed_path) -> tuple[list[str], list[str]]:
    facts = (seed_path.parent / "FACTS.md").read_text(encoding="utf-8")
    claims_part, defects_part = facts.split("## Editorial defects")
    claims = re.findall(r"\*\*Fragment:\*\* `([^`]+)`", claims_part)
    defects = re.findall(r"\*\*Fragment:\*\* `([^`]+)`", defects_part)
    return claims, defects


def test_seed_claims_cover_the_fact_sheet(seed_path):
    article, annotations = _extract(seed_path)
    claims, _ = _facts(seed_path)
    spans = [(c.span.start, c.span.end) for c in annotations.claims]
    missed = [f for f in claims if not fragment_covered(article, f, spans)]
    recall = 1 - len(missed) / len(claims)
    print(f"\nseed claims: {len(annotations.claims)} found; fact-sheet fragments covered {recall:.3f}")
    for fragment in missed:
        print(f"  missed claim: {fragment}")
    assert recall >= 0.85


def test_seed_dated_plans_come_due(seed_path):
    article, annotations = _extract(seed_path)
    due = {article.slice(c.span): c.due for c in annotations.claims if c.due}
    asteroid = next(text for text in due if "asteroid in 2024" in text)
    assert due[asteroid] == "2024"
    assert any("by 2030" in text and year == "2030" for text, year in due.items())
    overdue = [c for c in annotations.claims if c.due == "2024"]
    assert overdue and all("due since 2024" in c.note for c in overdue)


def test_seed_editorial_defects(seed_path):
    article, annotations = _extract(seed_path)
    _, defects = _facts(seed_path)
    spans = {kind: [(d.span.start, d.span.end) for d in annotations.defects if d.kind == kind] for kind in DefectKind}
    wanted = {
        "integral part of U.S. national security integral part of U.S. national security": DefectKind.DUPLICATED_PHRASE,
        "to include in its The decision by China to include": DefectKind.GARBLED,
        "“a very bold move.": DefectKind.UNBALANCED_QUOTE,
        "Russian space activities “": DefectKind.UNBALANCED_QUOTE,
        "“Sanders, a foreign": DefectKind.UNBALANCED_QUOTE,
        "aiming for the first manned Mars exploration in 2033": DefectKind.DUPLICATED_PHRASE,
    }
    for fragment, kind in wanted.items():
        assert fragment in defects
        at = article.text.find(fragment)
        assert any(s < at + len(fragment) and at < e for s, e in spans[kind]), fragment


def test_every_annotation_is_automatic_and_anchored(seed_path):
    article, annotations = _extract(seed_path)
    for entry in (*annotations.quotes, *annotations.claims, *annotations.defects):
        assert entry.origin == Origin.AUTOMATIC
        assert 0 <= entry.span.start < entry.span.end <= len(article.text)
    ids = [q.id for q in annotations.quotes]
    assert len(ids) == len(set(ids))
    assert extract_annotations(article, TODAY) == annotations  # deterministic
