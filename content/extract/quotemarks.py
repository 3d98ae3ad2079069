"""Pair quotation marks into quoted segments, the way a careful copy editor reads them.

Curly and straight double marks are paired within a paragraph. A mark that cannot be paired is
reported, never allowed to swallow the rest of the article: an opener left open runs to the end of
its paragraph only, and carries on into the next paragraph only where that paragraph itself opens
with a quotation mark (the newspaper convention for a quote of several paragraphs). An opening mark
with nothing after it ("… activities “") is read as a misused closing mark; an opener while a quote
is already open means the earlier one was stray. Single marks count as quotation marks only in
headings, where news style uses them for quotes.
"""

from __future__ import annotations

from typing import NamedTuple

_DOUBLE = ("“", "”", '"', "„", "«", "»")
_SINGLE = ("‘", "’", "'")


# Named tuples, not frozen dataclasses: every block of an article is paired, and a tuple is built about three times
# faster, immutable all the same.


class Segment(NamedTuple):
    """The inside of one pair of quotation marks (marks excluded), within one block."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when the quote runs to the block's end unclosed
    continues: bool = False  # the quote goes on in the next paragraph


class Stray(NamedTuple):
    """A quotation mark that pairs with nothing."""

    at: int
    mark: str


class Pairing(NamedTuple):
    segments: tuple[Segment, ...]
    strays: tuple[Stray, ...]


_NO_MARKS = Pairing((), ())


def _role(text: str, i: int, lo: int, hi: int) -> str:
    """'open' or 'close' for the mark at ``text[i]``, judged by its neighbours as much as its shape."""
    mark = text[i]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    spaced_before = before.isspace() or before in "([{—–-/"
    spaced_after = after.isspace() or after in ".,;:!?)]}—–"
    if mark in "“„«":
        return "close" if spaced_after and not spaced_before else ("close" if after.isspace() else "open")
    if mark in "”»":
        return "open" if spaced_before and not spaced_after else "close"
    # straight mark: position decides
    if spaced_before and not spaced_after:
        return "open"
    if spaced_after and not spaced_before:
        return "close"
    return "toggle"


def single_mark_style(text: str) -> bool:
    """Does the article quote with single marks (‘…’), as The Irish Times, The Telegraph and the British tabloids
    do? Told by its opening single marks far outnumbering its double marks. An apostrophe is never ‘, and a
    straight ' opens a quote where it starts a word (an apostrophe sits inside or after one: "Darcey's",
    "bosses'"; the few that start one, "'90s", "'em", are too rare to tip the count)."""
    openers = text.count("‘")
    doubles = text.count("“") + text.count('"')
    straight = text.count("'")
    if doubles * 4 >= openers + straight:  # too many double marks, however many of the straight ones open quotes
        return False
    if straight:
        at = text.find("'")
        while at >= 0:
            if at > 0 and text[at - 1] in _BEFORE_OPENER and text[at + 1 : at + 2].isalnum():
                openers += 1
            at = text.find("'", at + 1)
    return openers >= 2 and doubles < openers / 4


#: What comes before a straight single mark that opens a word: white space, a bracket or a dash.
_BEFORE_OPENER = frozenset(" \n\t([—–")


def pair_block(text: str, lo: int, hi: int, *, single: bool = False) -> Pairing:
    """Pair the marks in ``text[lo:hi]`` (one block); ``single``: pair single marks instead of double."""
    offsets = _offsets(text, lo, hi, _SINGLE if single else _DOUBLE)
    if not offsets:
        return _NO_MARKS  # a block quoting no one: nothing to pair
    segments: list[Segment] = []
    strays: list[Stray] = []
    open_at: int | None = None
    for i in offsets:
        if single and not _is_single_quote_mark(text, i, lo, hi):
            continue
        role = _role(text, i, lo, hi)
        if role == "toggle":
            role = "close" if open_at is not None else "open"
        if role == "open":
            if open_at is not None:
                strays.append(Stray(open_at, text[open_at]))
            open_at = i
        elif open_at is not None:
            if text[i] in "“„‘" or (text[i] == "”" and i == lo):
                strays.append(Stray(i, text[i]))  # an opening mark doing a closing mark's job
            if i > open_at + 1:
                segments.append(Segment(open_at + 1, i, open_at, i))
            open_at = None
        else:
            strays.append(Stray(i, text[i]))
    if open_at is not None:
        continues = _next_block_opens(text, hi, single)
        start, end = open_at + 1, hi
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            segments.append(Segment(start, end, open_at, None, continues))
        if not continues:
            strays.append(Stray(open_at, text[open_at]))
    return Pairing(tuple(segments), tuple(strays))


def _offsets(text: str, lo: int, hi: int, marks: tuple[str, ...]) -> list[int]:
    """Where any of ``marks`` occurs in ``text[lo:hi]``, in order. (A regex search for a character class reads every
    character through the regex engine; a substring test per mark, most of them misses, is several times cheaper.)"""
    block = text[lo:hi]
    found: list[int] = []
    for mark in marks:
        if mark in block:
            at = block.find(mark)
            while at >= 0:
                found.append(lo + at)
                at = block.find(mark, at + 1)
    found.sort()
    return found


def _next_block_opens(text: str, hi: int, single: bool) -> bool:
    rest = text[hi : hi + 4].lstrip()
    return rest[:1] in (("‘", "'") if single else ("“", '"', "«"))


def _is_single_quote_mark(text: str, i: int, lo: int, hi: int) -> bool:
    """Tell a single quotation mark from an apostrophe (China’s, ’60s, players’)."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before.isalnum() and after.isalnum():
        return False  # China’s, don’t
    if text[i] == "’" and not before.isalnum() and after.isalnum():
        return False  # ’60s: an elided apostrophe (while ",’ says" closes a quote)
    if text[i] in "’'" and before.isalnum() and before in "sS":
        return False  # players’ union
    return not (text[i] == "‘" and not after.isalnum() and after not in '“"')
