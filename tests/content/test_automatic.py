"""Curated annotations win; automatic ones fill the gaps, marked as automatic."""

from __future__ import annotations

from pathlib import Path

from content.bundled import bundled_article_path
from content.loader import open_document, with_automatic
from content.model import Origin

STORY = """Officials plan a new bridge

The city will spend $40 million on the bridge by 2031, Mayor Ana Ruiz said on Monday.

“We have waited long enough,” Ruiz said. “The river divides us.”

Engineer Tom Baker, who studied the plan, told reporters that the budget was too small.
"""


def test_curated_entries_survive_unchanged_and_automatic_ones_fill_gaps() -> None:
    curated = open_document(bundled_article_path(), automatic=False)
    merged = open_document(bundled_article_path())
    assert set(curated.claims) <= set(merged.claims)
    assert set(curated.quotes) <= set(merged.quotes)
    assert {s.id for s in curated.speakers} <= {s.id for s in merged.speakers}
    for claim in merged.claims:
        if claim.origin == Origin.AUTOMATIC:
            assert not any(claim.span.overlaps(c.span) for c in curated.claims)
    for quote in merged.quotes:
        if quote.origin == Origin.AUTOMATIC:
            assert merged.speaker(quote.speaker_id) is not None


def test_an_article_without_sidecar_gets_automatic_speakers_quotes_and_claims(tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(STORY, encoding="utf-8")
    document = open_document(path)
    names = {s.name for s in document.speakers}
    assert any("Ruiz" in n for n in names) and any("Baker" in n for n in names)
    assert all(s.origin == Origin.AUTOMATIC for s in document.speakers)
    ruiz = next(s for s in document.speakers if "Ruiz" in s.name)
    texts = [document.article.slice(q.span) for q in document.quotes_by(ruiz.id)]
    assert any("waited long enough" in t for t in texts)
    assert any("$40 million" in document.article.slice(c.span) for c in document.claims)
    assert document == with_automatic(open_document(path, automatic=False))
