"""The extractor on articles first written for it by people who had not seen its rules (tests/extract/data/unseen)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .scoring import Macro, score_article

UNSEEN = Path(__file__).resolve().parent / "data" / "unseen"
ARTICLES = sorted(UNSEEN.glob("*.txt"))


@pytest.mark.parametrize("article_path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_no_article_collapses(article_path: Path) -> None:
    result = score_article(article_path)
    print("\n" + result.report(article_path.stem))
    assert result.quote_f1 >= 0.65
    assert result.speaker_precision >= 0.7


def test_macro_scores_over_all_unseen_articles() -> None:
    assert len(ARTICLES) >= 109
    macro = Macro.of([score_article(p) for p in ARTICLES])
    print("\n" + macro.report("unseen articles"))
    assert macro.quote_f1 >= 0.9
    assert macro.speaker_f1 >= 0.9
