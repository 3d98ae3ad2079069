from __future__ import annotations

import pytest

from content.sentences import sentence_spans


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Mir Sadat spoke. He left.", ["Dr. Mir Sadat spoke.", "He left."]),
        ("Maj. Liane Zivitski wrote it. Then more.", ["Maj. Liane Zivitski wrote it.", "Then more."]),
        ("Paul J. Saunders said so. Fine.", ["Paul J. Saunders said so.", "Fine."]),
        ("U.S. officials met in Washington, D.C. on Monday.", ["U.S. officials met in Washington, D.C. on Monday."]),
        ("It grew 1.5 percent. Prices fell.", ["It grew 1.5 percent.", "Prices fell."]),
        ("“It was bold.” She left.", ["“It was bold.”", "She left."]),
        ("“Who is responsible?” Sadat said.", ["“Who is responsible?” Sadat said."]),
        ("What if? Who knows! Fine.", ["What if?", "Who knows!", "Fine."]),
        ("It moved to the U.S. The plan failed.", ["It moved to the U.S.", "The plan failed."]),
        ("No full stop at the end", ["No full stop at the end"]),
    ],
)
def test_news_prose_splits_where_a_reader_would(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_spans_are_trimmed_and_inside_the_range() -> None:
    text = "  One.   Two.  "
    spans = list(sentence_spans(text))
    assert [text[s:e] for s, e in spans] == ["One.", "Two."]
