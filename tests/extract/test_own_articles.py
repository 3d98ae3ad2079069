"""The extractor on articles written for these tests (tests/extract/data), scored against hand-made gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from .scoring import Macro, score_article

DATA = Path(__file__).resolve().parent / "data"
ARTICLES = sorted(DATA.glob("*.txt"))


@pytest.mark.parametrize("article_path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_each_article_scores_well(article_path: Path) -> None:
    result = score_article(article_path)
    print("\n" + result.report(article_path.stem))
    assert result.quote_f1 >= 0.85
    assert result.speaker_precision >= 0.85


def test_f1_over_all_own_articles() -> None:
    assert len(ARTICLES) >= 3
    macro = Macro.of([score_article(p) for p in ARTICLES])
    print("\n" + macro.report("own articles"))
    assert macro.quote_f1 >= 0.9
    assert macro.speaker_f1 >= 0.9
