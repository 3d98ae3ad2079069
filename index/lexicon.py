"""The index's own vocabulary of unstemmed words: capped prefix expansion and "did you mean".

A broad as-you-type prefix such as ``con*`` matches thousands of words; searching all of them is what
makes stock Whoosh take seconds. Here a prefix becomes its ``PREFIX_CAP`` commonest words (the ones a
reader most likely means), found by binary search in the sorted vocabulary; the last prefix's word
range is kept, so the next keystroke (a longer prefix) searches only inside it.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Sequence

from whoosh import query as wq

from .schema import FIELD_EXACT

PREFIX_CAP = 48


class Lexicon:
    """The sorted words of one field of one index reader, with their document frequencies."""

    def __init__(self, reader, fieldname: str = FIELD_EXACT) -> None:  # type: ignore[no-untyped-def]
        self._reader = reader
        self.fieldname = fieldname
        self._words: list[str] | None = None
        self._freqs: list[int] = []
        self._last: tuple[str, int, int] | None = None  # prefix, lo, hi of the last expansion

    def _load(self) -> list[str]:
        if self._words is None:
            words: list[str] = []
            freqs: list[int] = []
            for word, info in self._reader.iter_field(self.fieldname):
                words.append(word if isinstance(word, str) else word.decode("utf-8"))
                freqs.append(info.doc_frequency())
            self._words, self._freqs = words, freqs
        return self._words

    def frequency(self, word: str) -> int:
        """How many records contain ``word``."""
        words = self._load()
        i = bisect.bisect_left(words, word)
        return self._freqs[i] if i < len(words) and words[i] == word else 0

    def prefix_range(self, prefix: str) -> tuple[int, int]:
        words = self._load()
        lo, hi = 0, len(words)
        if self._last and prefix.startswith(self._last[0]):
            lo, hi = self._last[1], self._last[2]  # the previous keystroke's range holds this one
        lo = bisect.bisect_left(words, prefix, lo, hi)
        hi = bisect.bisect_left(words, prefix + "\U0010ffff", lo, hi)
        self._last = (prefix, lo, hi)
        return lo, hi

    def complete(self, prefix: str, cap: int | None = None) -> tuple[list[str], int]:
        """The ``cap`` commonest words starting with ``prefix``, and how many words start with it."""
        cap = PREFIX_CAP if cap is None else cap
        lo, hi = self.prefix_range(prefix)
        if hi - lo <= cap:
            return self._load()[lo:hi], hi - lo
        words, freqs = self._load(), self._freqs
        best = heapq.nlargest(cap, range(lo, hi), key=freqs.__getitem__)
        return [words[i] for i in sorted(best)], hi - lo

    def nearest(self, word: str) -> str | None:
        """The commonest indexed word one edit from ``word``, else two (first letter kept), or None."""
        for distance in (1, 2):
            found = [w for w in self.within(word, distance) if w != word]
            if found:
                return max(found, key=lambda w: (self.frequency(w), w))
        return None

    def within(self, word: str, maxdist: int) -> list[str]:
        """Indexed words within ``maxdist`` edits of ``word`` (Damerau-Levenshtein, first letter kept)."""
        # per segment: a leaf reader walks its word list with a Levenshtein automaton, while a multi-segment
        # reader would compare every word in Python
        found: set[str] = set()
        for leaf, _base in self._reader.leaf_readers():
            found.update(leaf.terms_within(self.fieldname, word, maxdist, prefix=1))
        return sorted(w if isinstance(w, str) else w.decode("utf-8") for w in found)

    def expand(self, q: wq.Query, notes: list[str] | None = None, fuzzy_words: set[str] | None = None) -> wq.Query:
        """``q`` with every prefix on the unstemmed field replaced by its capped list of words, and
        every fuzzy word by the words within its distance (added to ``fuzzy_words``, for snippets)."""
        if isinstance(q, wq.Prefix) and q.fieldname == self.fieldname:
            words, count = self.complete(q.text)
            if notes is not None and count > len(words):
                notes.append(f"{q.text}* matches {count:,} words: searched the {len(words)} commonest")
            if not words:
                return wq.NullQuery
            return _any_of(self.fieldname, words, q.boost)
        if isinstance(q, wq.FuzzyTerm) and q.fieldname == self.fieldname:
            words = self.within(q.text, q.maxdist)
            if fuzzy_words is not None:
                fuzzy_words.update(words)
            if not words:
                return wq.NullQuery
            return _any_of(self.fieldname, words, q.boost)
        if q.is_leaf():
            return q
        return q.apply(lambda child: self.expand(child, notes, fuzzy_words))


def _any_of(fieldname: str, words: Sequence[str], boost: float) -> wq.Query:
    if len(words) == 1:
        return wq.Term(fieldname, words[0], boost=boost)
    return wq.Or([wq.Term(fieldname, w) for w in words], boost=boost)
