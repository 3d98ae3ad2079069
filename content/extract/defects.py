"""Editorial checks: the slips a copy editor would mark.

Duplicated phrases (a run of words printed twice, or a distinctive phrase repeated from earlier),
garbled repeats where two drafts of a sentence were run together ("to include in its The decision …"),
quotation marks that pair with nothing, and one person's name spelled two ways.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import DefectKind

_WORD = re.compile(r"[\w’'.-]*\w")
_STOPWORDS = frozenset(
    "the a an of to in on at for and or but is are was were be been by with as that this it its their his her "
    "from into than then there which who will would can could may might has have had not no also".split()
)
#: A function word that needs something after it, followed by a capitalised determiner and a lower-case word.
_GARBLED = re.compile(
    r"\b(?:its|their|his|her|the|a|an|of|to|in|and|on|with|by|for|from)\s+(?:The|A|An|This|That)\s+[a-z]\w*"
)
_ADJACENT_MIN_WORDS = 3
_DISTANT_MIN_WORDS = 6


@dataclass(frozen=True)
class FoundDefect:
    kind: DefectKind
    start: int
    end: int
    note: str


def duplicated_phrases(text: str) -> Iterator[FoundDefect]:
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    adjacent = list(_adjacent_repeats(text, words))
    yield from adjacent
    for defect in _distant_repeats(text, words):
        if not any(a.start < defect.end and defect.start < a.end for a in adjacent):
            yield defect


def _adjacent_repeats(text: str, words: list[tuple[int, int, str]]) -> Iterator[FoundDefect]:
    """ "integral part of U.S. national security integral part of U.S. national security"."""
    i, n = 0, len(words)
    while i < n:
        found = False
        for size in range(8, _ADJACENT_MIN_WORDS - 1, -1):
            if i + 2 * size > n or words[i][2] != words[i + size][2]:
                continue
            first = [w[2] for w in words[i : i + size]]
            second = [w[2] for w in words[i + size : i + 2 * size]]
            if first == second and _content_words(first) >= 2:
                start, end = words[i][0], words[i + 2 * size - 1][1]
                if "\n" not in text[start:end]:
                    phrase = text[words[i][0] : words[i + size - 1][1]]
                    yield FoundDefect(DefectKind.DUPLICATED_PHRASE, start, end, f"“{phrase}” is printed twice in a row")
                    i += 2 * size
                    found = True
                    break
        if not found:
            i += 1


def _distant_repeats(text: str, words: list[tuple[int, int, str]]) -> Iterator[FoundDefect]:
    """A distinctive run of words repeated from earlier in the article (not a name or a stock phrase)."""
    size = _DISTANT_MIN_WORDS
    first_seen: dict[tuple[str, ...], int] = {}
    reported_until = -1
    for i in range(len(words) - size + 1):
        gram = tuple(w[2] for w in words[i : i + size])
        earlier = first_seen.setdefault(gram, i)
        if earlier == i or i <= reported_until or i - earlier < size:
            continue
        originals = [text[s:e] for s, e, _ in words[i : i + size]]
        lowercase_content = [w for w in originals if w[:1].islower() and w.lower() not in _STOPWORDS]
        if len(lowercase_content) < 3:
            continue
        end = i + size
        while end < len(words) and earlier + (end - i) < i and words[end][2] == words[earlier + (end - i)][2]:
            end += 1
        start_at, end_at = words[i][0], words[end - 1][1]
        yield FoundDefect(
            DefectKind.DUPLICATED_PHRASE,
            start_at,
            end_at,
            f"repeats “{text[start_at:end_at]}” from earlier in the article",
        )
        reported_until = end - 1


def _content_words(words: list[str]) -> int:
    return sum(w not in _STOPWORDS for w in words)


def garbled(text: str) -> Iterator[FoundDefect]:
    for match in _GARBLED.finditer(text):
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
    for match in re.finditer(rf"(?<![\w’'-]){re.escape(spelling)}(?![\w-])", text):
        yield FoundDefect(
            DefectKind.INCONSISTENT_NAME,
            match.start(),
            match.end(),
            f"“{spelling}” — the same person is also spelled “{canonical}”",
        )
