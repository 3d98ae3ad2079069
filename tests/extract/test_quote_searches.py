"""The quote pass's faster searches find what the plain patterns and counts they stand for find: titles such as "Dr."
and "Mrs." found from their full stop, and "at least n words" read only up to the n-th word."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from content.extract.quotes import _TITLE_ABBREVIATION, _TITLED, _WORDS, _has_title, _has_words, _titled

_PLAIN_CUE = re.compile(_TITLE_ABBREVIATION)
_TITLEISH = st.lists(
    st.sampled_from(["Dr.", "Mrs.", "Mr.", "Ms.", "XDr.", "Prof.", "Sen", "Gen.", "r.", "s.", "Capt.", "Lt."])
    | st.sampled_from(["Smith", "Van", "der", "Berg", "said", "Él", "al-Amin"])
    | st.text(alphabet=" ,.\n\t“”’—-é", min_size=1, max_size=2),
    max_size=12,
).map("".join)


@given(_TITLEISH, st.integers(0, 60), st.integers(0, 60))
def test_titles_found_from_their_full_stop_are_what_the_plain_patterns_find(text: str, lo: int, length: int) -> None:
    lo = min(lo, len(text))
    hi = min(len(text), lo + length)
    for start, end in ((lo, hi), (0, len(text))):
        plain = [(m.start(), m.end()) for m in _TITLED.finditer(text, start, end)]
        assert [(m.start(), m.end()) for m in _titled(text, start, end)] == plain
        assert _has_title(text, start, end) == (_PLAIN_CUE.search(text, start, end) is not None)


def test_a_title_cut_by_the_window_is_not_found() -> None:
    text = "said Dr. Amara Osei-Bonsu"
    assert [m.group("name") for m in _titled(text, 0, len(text))] == ["Amara Osei-Bonsu"]
    assert not _has_title(text, 6, len(text))  # "r. Amara …": the title starts before the window


_WORD_PIECES = st.sampled_from(["word", "x", "’s", "co-op", "é", "9", "_", "", "’", "-"])
_GAPS = st.sampled_from([" ", ", ", "“", ". ", "\n", "  ", ""])
#: Up to 60 words each with a gap after it, their number drawn first: lists left to themselves are mostly short, and
#: the counts asked about go up to 26 words.
_WORDISH = (
    st.integers(0, 60)
    .flatmap(lambda k: st.lists(st.tuples(_WORD_PIECES, _GAPS).map("".join), min_size=k, max_size=k))
    .map("".join)
)


@given(_WORDISH, st.integers(0, 8), st.integers(0, 400), st.sampled_from([5, 13, 21, 26]))
def test_at_least_n_words_is_what_a_count_says(text: str, lo: int, length: int, n: int) -> None:
    lo = min(lo, len(text))
    hi = min(len(text), lo + length)
    assert _has_words(text, n, lo, hi) == (len(_WORDS.findall(text, lo, hi)) >= n)
