"""Lays an article out as screen lines of a given width, keeping every line's text offsets.

Pure and Textual-free, so it is tested alone and runs once per width: the article view renders
only the lines on screen from this table (as Toolong does for logs), which keeps a 1 MB article
as quick to scroll and jump through as a short one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len

from content.model import Article, BlockKind

_WORD = re.compile(r"\S+")
MIN_WIDTH = 8


@dataclass(frozen=True, slots=True)
class Line:
    """One screen line: ``text[start:end]`` of block ``block`` (-1 for the gap between blocks)."""

    block: int
    start: int
    end: int
    indent: int = 0
    prefix: str = ""  # a bullet or number on the first line of a list item


BLANK = -1


class ArticleLayout:
    """The article's lines at one width, with look-ups from text offset to line."""

    def __init__(self, article: Article, width: int) -> None:
        self.article = article
        self.width = max(MIN_WIDTH, width)
        self.lines: tuple[Line, ...] = tuple(_lay_out(article, self.width))
        self._starts = [line.start for line in self.lines]

    def __len__(self) -> int:
        return len(self.lines)

    def line_of(self, offset: int) -> int:
        """The number of the line that shows ``offset`` (or the nearest line before it)."""
        number = bisect_right(self._starts, offset) - 1
        number = max(0, number)
        while number > 0 and self.lines[number].block == BLANK:
            number -= 1
        return number

    def offset_at(self, line_number: int, cell_x: int) -> int | None:
        """The text offset under cell ``cell_x`` of line ``line_number``, if that cell shows text."""
        if not 0 <= line_number < len(self.lines):
            return None
        line = self.lines[line_number]
        if line.block == BLANK:
            return None
        x = line.indent
        if cell_x < x:
            return None
        for offset in range(line.start, line.end):
            x += cell_len(self.article.text[offset])
            if cell_x < x:
                return offset
        return None


def _indent_for(kind: BlockKind, level: int, bullet: str) -> tuple[int, str]:
    if kind == BlockKind.HEADING:
        return 0, ""
    if kind == BlockKind.LIST_ITEM:
        marker = f"{bullet} "
        return 2 * max(0, level - 1) + len(marker), marker
    if kind == BlockKind.QUOTE_BLOCK:
        return 2 + 2 * level, ""
    if kind == BlockKind.CODE:
        return 4, ""
    return 2 * level, ""


def _lay_out(article: Article, width: int) -> list[Line]:
    lines: list[Line] = []
    text = article.text
    for number, block in enumerate(article.blocks):
        if lines:
            lines.append(Line(BLANK, block.span.start, block.span.start))
        indent, prefix = _indent_for(block.kind, block.level, block.bullet)
        room = max(MIN_WIDTH // 2, width - indent)
        if block.kind == BlockKind.RULE or block.span.start == block.span.end:
            lines.append(Line(number, block.span.start, block.span.end, indent))
            continue
        first = True
        position = block.span.start
        for piece in text[block.span.start : block.span.end].split("\n"):
            piece_start = position
            position += len(piece) + 1
            if block.kind == BlockKind.CODE:
                wrapped = _hard_wrap(text, piece_start, piece_start + len(piece), room)
            else:
                wrapped = _wrap(text, piece_start, piece_start + len(piece), room)
            for start, end in wrapped:
                lines.append(Line(number, start, end, indent, prefix if first else ""))
                first = False
    return lines


def _wrap(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Word-wrap ``text[start:end]`` to ``width`` cells; words longer than a line are split."""
    spans: list[tuple[int, int]] = []
    line_start = -1
    line_end = start
    used = 0
    for match in _WORD.finditer(text, start, end):
        word_start, word_end = match.span()
        word_cells = cell_len(match.group())
        if line_start >= 0:
            gap = cell_len(text[line_end:word_start])
            if used + gap + word_cells <= width:
                used += gap + word_cells
                line_end = word_end
                continue
            spans.append((line_start, line_end))
        while word_cells > width:  # a URL or other unbreakable run
            cut = _fit(text, word_start, word_end, width)
            spans.append((word_start, cut))
            word_start = cut
            word_cells = cell_len(text[word_start:word_end])
        line_start, line_end, used = word_start, word_end, word_cells
    if line_start >= 0:
        spans.append((line_start, line_end))
    if not spans:
        spans.append((start, start))
    return spans


def _hard_wrap(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    spans = []
    while end - start > 0 and cell_len(text[start:end]) > width:
        cut = _fit(text, start, end, width)
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def _fit(text: str, start: int, end: int, width: int) -> int:
    """The furthest cut after ``start`` whose text fits ``width`` cells (at least one character)."""
    used = 0
    for offset in range(start, end):
        used += cell_len(text[offset])
        if used > width:
            return max(offset, start + 1)
    return end
