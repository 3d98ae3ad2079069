"""Pairing quotation marks within a block."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from content.extract.quotemarks import _DOUBLE, _SINGLE, Segment, Stray, _offsets, pair_block

_TEXT = st.text(alphabet=st.sampled_from(list("ab .,\n") + list("“”\"„«»‘’'")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(0, 60), st.integers(0, 60), st.booleans())
def test_offsets_are_where_the_marks_are(text: str, lo: int, hi: int, single: bool) -> None:
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    marks = _SINGLE if single else _DOUBLE
    expected = [m.start() for m in re.compile("[" + "".join(marks) + "]").finditer(text, lo, hi)]
    assert _offsets(text, lo, hi, marks) == expected


def test_pairs_marks_and_reports_strays() -> None:
    text = "He said “yes” and ” then “no"
    pairing = pair_block(text, 0, len(text))
    assert pairing.segments == (Segment(9, 12, 8, 12), Segment(26, 28, 25, None))
    assert pairing.strays == (Stray(18, "”"), Stray(25, "“"))


def test_a_block_without_marks_has_nothing_to_pair() -> None:
    pairing = pair_block("No one is quoted here.", 0, 22)
    assert pairing.segments == () and pairing.strays == ()
