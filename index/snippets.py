"""Snippets: a window of a record's text with the words a query matched marked. Pure functions.

Marks come from re-reading the record's text with the same word cut the index used, so a mark always
covers a whole word as written ("Cooperation" for the query word cooperate). A phrase is marked as
one run ("rules of the road"), and only where the whole phrase occurs; a stop word ("the", "of") is
never marked on its own, only as part of a phrase.
"""

from __future__ import annotations

from whoosh.analysis import STOP_WORDS

from .hits import Snippet
from .query import HighlightTerms
from .schema import stem as _stem
from .schema import word_spans

SNIPPET_WIDTH = 220


def _within(word: str, target: str, distance: int) -> bool:
    """Levenshtein distance of ``word`` and ``target`` is at most ``distance`` (small distances only)."""
    if abs(len(word) - len(target)) > distance:
        return False
    previous = list(range(len(target) + 1))
    for i, a in enumerate(word, start=1):
        current = [i]
        for j, b in enumerate(target, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
        if min(current) > distance:
            return False
        previous = current
    return previous[-1] <= distance


def is_match(word: str, terms: HighlightTerms) -> bool:
    """Whether the normalised ``word`` is one the query matched."""
    if word in terms.words or (terms.stems and _stem(word) in terms.stems):
        return True
    if any(word.startswith(prefix) for prefix in terms.prefixes):
        return True
    return any(_within(word, target, distance) for target, distance in terms.fuzzy)


def _phrase_runs(stems: list[str], phrases: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    """``(first, last)`` word index of every occurrence of a phrase, longest first where they overlap."""
    runs = []
    for phrase in sorted(phrases, key=len, reverse=True):
        size, head = len(phrase), phrase[0]
        for i, word in enumerate(stems):
            if word == head and tuple(stems[i : i + size]) == phrase:
                runs.append((i, i + size - 1))
    runs.sort()
    kept: list[tuple[int, int]] = []
    for first, last in runs:
        if kept and first <= kept[-1][1]:
            if last > kept[-1][1]:  # overlapping occurrences ("the the the"): one run
                kept[-1] = (kept[-1][0], last)
            continue
        kept.append((first, last))
    return kept


class _Matcher:
    """``is_match`` for one query, remembering each word's answer (a snippet's words repeat)."""

    def __init__(self, terms: HighlightTerms) -> None:
        self.terms = terms
        self.seen: dict[str, bool] = dict.fromkeys(STOP_WORDS, False)

    def __call__(self, word: str) -> bool:
        found = self.seen.get(word)
        if found is None:
            found = self.seen[word] = is_match(word, self.terms)
        return found


_matchers: dict[HighlightTerms, _Matcher] = {}


def _matcher_for(terms: HighlightTerms) -> _Matcher:
    found = _matchers.get(terms)
    if found is None:
        if len(_matchers) > 64:
            _matchers.clear()
        found = _matchers[terms] = _Matcher(terms)
    return found


def find_marks(text: str, terms: HighlightTerms) -> list[tuple[int, int]]:
    """``(start, end)`` of every word or phrase of ``text`` the query matched, in order."""
    matches = _matcher_for(terms)
    spans = word_spans(text)
    runs = _phrase_runs([_stem(w) for w, _s, _e in spans], terms.phrases) if terms.phrases else []
    marks = []
    run_index = 0
    i = 0
    while i < len(spans):
        if run_index < len(runs) and runs[run_index][0] == i:
            first, last = runs[run_index]
            marks.append((spans[first][1], spans[last][2]))
            run_index += 1
            i = last + 1
            continue
        word, start, end = spans[i]
        if matches(word):
            marks.append((start, end))
        i += 1
    return marks


def _word_start(text: str, position: int) -> int:
    while 0 < position < len(text) and not text[position - 1].isspace():
        position -= 1
    return position


def _word_end(text: str, position: int) -> int:
    while 0 < position < len(text) and not text[position].isspace():
        position += 1
    return position


def make_snippet(text: str, terms: HighlightTerms, offset: int | None, width: int = SNIPPET_WIDTH) -> Snippet:
    """The window of ``text`` (at most about ``width`` characters) holding the most marks.

    ``offset`` is where ``text`` starts in the article (None when it is not article text); the
    returned snippet's ``offset`` is where the window starts, so marks map back to the article.
    """
    marks = find_marks(text, terms)
    if len(text) <= width:
        return Snippet(text, tuple(marks), offset)
    best_start, best_count = 0, -1
    for index, (start, _end) in enumerate(marks):
        count = sum(1 for s, e in marks[index:] if e <= start + width)
        if count > best_count:
            best_start, best_count = start, count
    # lead in a little before the first mark, on a word boundary
    begin = _word_start(text, max(0, best_start - width // 4)) if marks else 0
    finish = _word_end(text, min(len(text), begin + width))
    while begin < finish and text[begin].isspace():
        begin += 1
    window = text[begin:finish].rstrip()
    shown = tuple((s - begin, e - begin) for s, e in marks if s >= begin and e <= begin + len(window))
    return Snippet(
        window,
        shown,
        None if offset is None else offset + begin,
        clipped_start=begin > 0,
        clipped_end=begin + len(window) < len(text.rstrip()),
    )
