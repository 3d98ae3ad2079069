"""Any text, however odd, extracts without error, and every span is a slice of the text it claims to be."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.extract import extract_annotations, merge_annotations
from content.plaintext import parse_plain_text

_PIECES = st.sampled_from(
    [
        "“", "”", '"', "‘", "’", "'", ",", ".", ":", ";", " ", "\n", "\n\n", "said", "told Reuters that", "he",
        "she said", "according to", "For", "Dr.", "Maj.", "U.S.", "van der", "Smith", "Jane Doe", "Wang Yi",
        "the company", "a spokesperson for the ministry", "in 2030", "by 2024", "will", "first", "1.5", "percent",
        "so-called", "its The decision", "Sanders", "Saunders", "—", "?", "!", "O’Neill", "Al-Rashidi",
    ]
)  # fmt: skip
_TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=80).map(" ".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_any_text_extracts_and_spans_are_slices(body: str) -> None:
    text = "Title\n\n" + body
    if not text.strip():
        return
    article = parse_plain_text(text, "")
    annotations = extract_annotations(article, date(2026, 1, 1))
    speakers = {s.id for s in annotations.speakers}
    for entry in (*annotations.quotes, *annotations.claims, *annotations.defects):
        assert 0 <= entry.span.start <= entry.span.end <= len(article.text)
        assert article.text[entry.span.start : entry.span.end] == article.slice(entry.span)
    for quote in annotations.quotes:
        assert quote.speaker_id in speakers
        assert 0.0 <= quote.confidence <= 1.0
    assert merge_annotations(None, annotations) == annotations
    assert merge_annotations(annotations, annotations).quotes == annotations.quotes
