"""Editorial checks: the slips a copy editor would mark.

Duplicated phrases (a run of words printed twice, or a distinctive phrase repeated from earlier),
garbled repeats where two drafts of a sentence were run together ("to include in its The decision …"),
quotation marks that pair with nothing, and one person's name spelled two ways.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import ne

from ..model import DefectKind

#: A word: a run of word characters, apostrophes, dots and hyphens ending in a word character. Written to open
#: with a character class (``[\w’'.-]*\w`` matches the same), so the regex engine skips the gaps between words.
_WORD_SPLIT = re.compile(r"([\w’'.-][\w’'.-]*(?<=\w))")
#: A run of 3 to 8 words printed twice in a row, in the article's words written one character each (``_Words.coded``).
_TWICE = re.compile(r"(.{3,8})\1", re.DOTALL)
_CODES = 0x110000  # characters there are to write words with
_STOPWORDS = frozenset(
    "the a an of to in on at for and or but is are was were be been by with as that this it its their his her "
    "from into than then there which who will would can could may might has have had not no also".split()
)
#: A function word that needs something after it, followed by a capitalised determiner and a lower-case word.
_GARBLED = re.compile(
    r"\b(?:its|their|his|her|the|a|an|of|to|in|and|on|with|by|for|from)\s+(?:The|A|An|This|That)\s+[a-z]\w*"
)
_GARBLED_TAIL = re.compile(r"(?:The|A|An|This|That)\s+[a-z]\w*")
_ADJACENT_MIN_WORDS = 3
_DISTANT_MIN_WORDS = 6
_GRAMS = re.compile(f"(?=(.{{{_DISTANT_MIN_WORDS}}}))", re.DOTALL)


@dataclass(frozen=True)
class FoundDefect:
    kind: DefectKind
    start: int
    end: int
    note: str


@dataclass(frozen=True)
class _Words:
    """The article's words, lower-cased, with their offsets: parallel lists, built without a Python loop."""

    starts: list[int]
    ends: list[int]
    lowered: list[str]
    coded: str  # one character per word, the same character for the same (lower-cased) word
    exact: bool  # no two words share a character (only an article of over a million different words has that)

    @classmethod
    def of(cls, text: str) -> _Words:
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer: keep offsets right
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        pieces = _WORD_SPLIT.split(lowered)  # gap, word, gap, word, …, gap
        offsets = list(accumulate(map(len, pieces), initial=0))
        words = pieces[1::2]
        # Runs of words compared as substrings: the string and regex engines compare them without a Python loop.
        distinct = dict.fromkeys(words)
        codes = dict(zip(distinct, map(chr, map(_CODES.__rmod__, range(len(distinct)))), strict=True))
        coded = "".join(map(codes.__getitem__, words))
        return cls(offsets[1::2][: len(pieces) // 2], offsets[2::2], words, coded, len(distinct) <= _CODES)


def duplicated_phrases(text: str) -> Iterator[FoundDefect]:
    words = _Words.of(text)
    adjacent = list(_adjacent_repeats(text, words))
    yield from adjacent
    for defect in _distant_repeats(text, words):
        if not any(a.start < defect.end and defect.start < a.end for a in adjacent):
            yield defect


def _adjacent_repeats(text: str, words: _Words) -> Iterator[FoundDefect]:
    """ "integral part of U.S. national security integral part of U.S. national security"."""
    lowered, n = words.lowered, len(words.lowered)
    sizes = range(8, _ADJACENT_MIN_WORDS - 1, -1)
    # Only where a run of 3 to 8 words is followed by the same run can a phrase be printed twice in a row.
    pos = 0
    while (twice := _TWICE.search(words.coded, pos)) is not None:
        i = pos = twice.start()
        pos += 1
        for size in sizes:
            if i + 2 * size > n or lowered[i] != lowered[i + size]:
                continue
            first = lowered[i : i + size]
            if first == lowered[i + size : i + 2 * size] and _content_words(first) >= 2:
                start, end = words.starts[i], words.ends[i + 2 * size - 1]
                if "\n" not in text[start:end]:
                    phrase = text[start : words.ends[i + size - 1]]
                    yield FoundDefect(DefectKind.DUPLICATED_PHRASE, start, end, f"“{phrase}” is printed twice in a row")
                    pos = i + 2 * size
                    break


def _distant_repeats(text: str, words: _Words) -> Iterator[FoundDefect]:
    """A distinctive run of words repeated from earlier in the article (not a name or a stock phrase)."""
    size = _DISTANT_MIN_WORDS
    lowered, n = words.lowered, len(words.lowered)
    grams = _GRAMS.findall(words.coded)  # every run of `size` words, at each word, in one pass
    first_seen = dict(zip(reversed(grams), range(len(grams) - 1, -1, -1), strict=True))  # the earliest wins
    earliest = list(map(first_seen.__getitem__, grams))
    repeats = list(compress(range(len(grams)), map(ne, earliest, range(len(grams)))))
    k = 0
    while k < len(repeats):
        i = repeats[k]
        k += 1
        earlier = earliest[i]
        if i - earlier < size or (not words.exact and lowered[i : i + size] != lowered[earlier : earlier + size]):
            continue
        originals = [text[words.starts[j] : words.ends[j]] for j in range(i, i + size)]
        lowercase_content = [w for w in originals if w[:1].islower() and w.lower() not in _STOPWORDS]
        if len(lowercase_content) < 3:
            continue
        end = i + size + _common_run(lowered, i + size, earlier + size, min(n - i - size, i - earlier - size))
        start_at, end_at = words.starts[i], words.ends[end - 1]
        yield FoundDefect(
            DefectKind.DUPLICATED_PHRASE,
            start_at,
            end_at,
            f"repeats “{text[start_at:end_at]}” from earlier in the article",
        )
        k = bisect_right(repeats, end - 1, k)


def _common_run(words: list[str], a: int, b: int, limit: int) -> int:
    """How many words ``words[a:]`` and ``words[b:]`` have in common at their start, at most ``limit``."""
    run, step = 0, 16
    while run < limit:
        step = min(step, limit - run)
        if words[a + run : a + run + step] == words[b + run : b + run + step]:
            run += step
            step *= 2
        elif step == 1:
            break
        else:
            step //= 2
    return run


def _content_words(words: list[str]) -> int:
    return sum(w not in _STOPWORDS for w in words)


def garbled(text: str) -> Iterator[FoundDefect]:
    # The capitalised determiner is rare and cheap to find; the full pattern is tried only just before it.
    resume = 0
    for tail in _GARBLED_TAIL.finditer(text):
        if tail.start() < resume:
            continue
        match = _GARBLED.search(text, max(resume, tail.start() - 12), tail.end())
        if match is None or match.end() != tail.end():
            continue
        resume = match.end()
        if _sentence_start_before(text, match.start()):
            continue
        yield FoundDefect(
            DefectKind.GARBLED,
            match.start(),
            match.end(),
            "a sentence seems to restart mid-way (two drafts run together?)",
        )


def _sentence_start_before(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at]
    return before.endswith(("\n", ". ", ": ", "“", '"'))


def unbalanced(text: str, at: int, lo: int, hi: int) -> FoundDefect:
    """A defect for a quotation mark at ``at`` that pairs with nothing; the span takes in a few words around it."""
    mark = text[at]
    opening = mark in "“‘„«" and at + 1 < hi and not text[at + 1].isspace()
    if opening:
        following = re.match(r"\S*(?:\s+\S+){0,2}", text[at:hi])
        end = at + (following.end() if following else 1)
        return FoundDefect(DefectKind.UNBALANCED_QUOTE, at, end, f"the opening {mark} is never closed")
    preceding = re.search(r"(?:\S+\s+){0,2}\S*\s*$", text[max(lo, at - 60) : at])
    start = at - (len(preceding.group()) if preceding else 0)
    return FoundDefect(DefectKind.UNBALANCED_QUOTE, start, at + 1, f"the closing {mark} has no opening mark")


def name_variants(text: str, spelling: str, canonical: str) -> Iterator[FoundDefect]:
    # The name first and the look-behind after it (the same test, ``(?<![\w’'-])`` before the name), so the
    # regex engine can look for the name's letters instead of trying the pattern at every character.
    name = re.escape(spelling)
    for match in re.finditer(rf"{name}(?<![\w’'-]{name})(?![\w-])", text):
        yield FoundDefect(
            DefectKind.INCONSISTENT_NAME,
            match.start(),
            match.end(),
            f"“{spelling}” — the same person is also spelled “{canonical}”",
        )
