"""The index's own vocabulary of unstemmed words: capped prefix expansion, fuzzy words and "did you mean".

A broad as-you-type prefix such as ``con*`` matches thousands of words; searching all of them is what
makes stock Whoosh take seconds. Here a prefix becomes its ``PREFIX_CAP`` commonest words (the ones a
reader most likely means), found by binary search in the sorted vocabulary; the last prefix's word
range is kept, so the next keystroke (a longer prefix) searches only inside it.

Fuzzy words (``word~``) and "did you mean" look in the same sorted list, loaded once per index
generation: only words with the same first letter and a length within the distance are candidates,
a letter-set check drops most of them (each edit changes at most two letters of the set), and a
bit-parallel Levenshtein (Myers) decides the rest.
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
        self._buckets: dict[str, dict[int, tuple[list[str], list[int]]]] = {}

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

    def prefix_range_of(self, prefix: str) -> tuple[int, int]:
        """Where the words starting with ``prefix`` are in the sorted list (no keystroke memory)."""
        words = self._load()
        lo = bisect.bisect_left(words, prefix)
        return lo, bisect.bisect_left(words, prefix + "\U0010ffff", lo)

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

    def _group(self, first: str, length: int) -> tuple[list[str], list[int]]:
        """Words starting with ``first`` of one length, with their letter masks (each built once)."""
        groups = self._buckets.get(first)
        if groups is None:
            lo, hi = self.prefix_range_of(first)
            groups = {}
            for word in self._load()[lo:hi]:
                groups.setdefault(len(word), ([], []))[0].append(word)
            self._buckets[first] = groups
        words, masks = groups.get(length, ([], []))
        if len(masks) < len(words):
            masks[:] = map(_letters, words)
        return words, masks

    def within(self, word: str, maxdist: int) -> list[str]:
        """Indexed words within ``maxdist`` edits of ``word`` (Levenshtein, first letter kept), sorted."""
        if not word:
            return []
        mask, limit = _letters(word), 2 * maxdist
        rest = word[1:]
        pattern = _Pattern(rest)
        found = []
        for length in range(max(1, len(word) - maxdist), len(word) + maxdist + 1):
            words, masks = self._group(word[0], length)
            for candidate, other in zip(words, masks, strict=True):
                if (other ^ mask).bit_count() <= limit and pattern.distance(candidate[1:]) <= maxdist:
                    found.append(candidate)
        return sorted(found)

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


def _letters(word: str) -> int:
    """A 64-bit set of the word's letters: edits change at most two bits each, so a mask differing in
    more than 2 × distance bits rules a word out (letters folded together only make the test weaker)."""
    mask = 0
    for char in word:
        mask |= 1 << (ord(char) & 63)
    return mask


class _Pattern:
    """Myers' bit-parallel Levenshtein distance from one word to many."""

    __slots__ = ("full", "length", "masks", "top")

    def __init__(self, word: str) -> None:
        self.length = len(word)
        self.masks: dict[str, int] = {}
        for i, char in enumerate(word):
            self.masks[char] = self.masks.get(char, 0) | (1 << i)
        self.full = (1 << self.length) - 1
        self.top = 1 << (self.length - 1) if word else 0

    def distance(self, text: str) -> int:
        if not self.length:
            return len(text)
        masks, full, top = self.masks, self.full, self.top
        pv, mv, score = full, 0, self.length
        for char in text:
            eq = masks.get(char, 0)
            xv = eq | mv
            xh = (((eq & pv) + pv) ^ pv) | eq
            ph = mv | (~(xh | pv) & full)
            mh = pv & xh
            if ph & top:
                score += 1
            elif mh & top:
                score -= 1
            ph = ((ph << 1) | 1) & full
            mh = (mh << 1) & full
            pv = mh | (~(xv | ph) & full)
            mv = ph & xv
        return score


def _any_of(fieldname: str, words: Sequence[str], boost: float) -> wq.Query:
    if len(words) == 1:
        return wq.Term(fieldname, words[0], boost=boost)
    return wq.Or([wq.Term(fieldname, w) for w in words], boost=boost)
