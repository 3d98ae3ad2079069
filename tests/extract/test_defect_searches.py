"""The editorial checks' faster searches find exactly what the plain patterns they stand for find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from content.extract.defects import _FOLLOWING, _GARBLED_TAIL, _PRECEDING, _tails

_WORDY = st.lists(
    st.sampled_from(["The", "A", "An", "This", "That", "T", "At", "cAn", "dog", " ", "  ", "\n", "\xa0", "”", "x"]),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_WORDY)
def test_tails_are_what_the_tail_pattern_finds(text: str) -> None:
    assert [m.span() for m in _tails(text)] == [m.span() for m in _GARBLED_TAIL.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_WORDY)
def test_words_before_a_mark_read_backwards_are_what_searching_forwards_finds(before: str) -> None:
    forwards = re.search(r"(?:\S+\s+){0,2}\S*\s*$", before)
    assert forwards is not None
    backwards = _PRECEDING.match(before[::-1])
    assert backwards is not None and len(backwards.group()) == len(forwards.group())


@settings(max_examples=200, deadline=None)
@given(_WORDY, st.integers(0, 40), st.integers(0, 40))
def test_words_after_a_mark_are_found_in_place(text: str, lo: int, hi: int) -> None:
    lo, hi = min(lo, hi, len(text)), min(max(lo, hi), len(text))
    sliced = re.match(r"\S*(?:\s+\S+){0,2}", text[lo:hi])
    in_place = _FOLLOWING.match(text, lo, hi)
    assert sliced is not None and in_place is not None and in_place.end() == lo + sliced.end()
