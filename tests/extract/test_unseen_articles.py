"""The extractor on articles first written for it by people who had not seen its rules (tests/extract/data/unseen)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from content.extract import extract_annotations
from content.loader import open_document

from .scoring import Score, load_gold, score

UNSEEN = Path(__file__).resolve().parent / "data" / "unseen"
ARTICLES = sorted(UNSEEN.glob("*.txt"))


def _score(article_path: Path) -> Score:
    article = open_document(article_path).article
    annotations = extract_annotations(article, date(2026, 11, 26))
    return score(article, annotations, load_gold(article_path.with_name(article_path.stem + ".gold.json")))


@pytest.mark.parametrize("article_path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_no_article_collapses(article_path: Path) -> None:
    result = _score(article_path)
    print("\n" + result.report(article_path.stem))
    assert result.quote_f1 >= 0.65
    assert result.speaker_precision >= 0.7


def test_macro_scores_over_all_unseen_articles() -> None:
    assert len(ARTICLES) >= 19
    results = [_score(p) for p in ARTICLES]
    precision = sum(r.quote_precision for r in results) / len(results)
    recall = sum(r.quote_recall for r in results) / len(results)
    f1 = 2 * precision * recall / (precision + recall)
    speaker_f1 = sum(r.speaker_f1 for r in results) / len(results)
    print(
        f"\nunseen articles (macro): quotes P={precision:.3f} R={recall:.3f} F1={f1:.3f}; speakers F1={speaker_f1:.3f}"
    )
    assert f1 >= 0.9
    assert speaker_f1 >= 0.9
