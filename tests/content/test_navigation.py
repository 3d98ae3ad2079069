"""Where the reader's keys lead, computed from the document alone."""

from __future__ import annotations

import pytest

from content import navigation
from content.bundled import bundled_article_path
from content.loader import open_document
from content.model import Document, Span


@pytest.fixture(scope="module")
def seed() -> Document:
    return open_document(bundled_article_path())


def test_step_sentence_walks_in_order(seed: Document) -> None:
    first = seed.article.sentences[0]
    second = navigation.step_sentence(seed, first.span, 1)
    assert second == seed.article.sentences[1]
    assert navigation.step_sentence(seed, second.span, -1) == first
    assert navigation.step_sentence(seed, first.span, -1) == first  # stays at the top


def test_next_claim_moves_forward_and_back_in_text_order(seed: Document) -> None:
    claims = sorted(seed.claims, key=lambda c: c.span.start)
    start = Span(0, 0)
    found = navigation.next_claim(seed, start)
    assert found == claims[0] or found == claims[1]  # the first claim may begin at offset 0
    assert navigation.next_claim(seed, claims[3].span) == claims[4]
    assert navigation.next_claim(seed, claims[3].span, forward=False) == claims[2]
    assert navigation.next_claim(seed, claims[-1].span) is None


def test_quotes_by_the_same_speaker_and_by_the_next_speaker(seed: Document) -> None:
    saunders = [q for q in sorted(seed.quotes, key=lambda q: q.span.start) if q.speaker_id == "saunders"]
    nxt = navigation.next_quote(seed, saunders[0].span, True, "saunders")
    assert nxt == saunders[1]
    other = navigation.next_other_speaker_quote(seed, saunders[0].span, "saunders")
    assert other is not None and other.speaker_id != "saunders" and other.span.start > saunders[0].span.start


def test_annotations_at_a_claim_include_its_quote_and_speaker(seed: Document) -> None:
    start = seed.article.text.index("the United States should continue to offer peaceful cooperation")
    found = navigation.annotations_at(seed, Span(start, start))
    assert any(q.speaker_id == "saunders" for q in found.quotes)
    assert navigation.speaker_at(seed, Span(start, start + 5)) == "saunders"


def test_a_click_selects_the_innermost_annotation(seed: Document) -> None:
    start = seed.article.text.index("1,731 grams")
    target = navigation.innermost_at(seed, start)
    assert target is not None and target.kind == navigation.TargetKind.CLAIM
    heading = seed.article.text.index("How does Washington respond?")
    target = navigation.innermost_at(seed, heading + 2)
    assert target is not None and target.kind == navigation.TargetKind.SENTENCE


def test_items_that_start_together_or_at_the_very_start_are_all_reached() -> None:
    from content.model import Annotations, Article, Block, BlockKind, Claim, ClaimType, Sentence

    text = "Alpha beta gamma delta."
    article = Article(
        "a",
        "t",
        text,
        (Block("b0", BlockKind.PARAGRAPH, Span(0, len(text))),),
        (Sentence("s0", "b0", Span(0, len(text))),),
    )
    short = Claim("c1", Span(0, 5), ClaimType.STATISTIC)
    long = Claim("c2", Span(0, 16), ClaimType.STATISTIC)
    document = Document(article, Annotations(claims=(long, short)))
    top = Span(0, 0)
    assert navigation.next_claim(document, top, inclusive=True) == short
    assert navigation.next_claim(document, short.span) == long
    assert navigation.next_claim(document, long.span, forward=False) == short
    assert navigation.next_claim(document, article.sentences[0].span, inclusive=True) == short
