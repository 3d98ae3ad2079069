"""Plain text to an ``Article``: the first line is the title, blank lines separate paragraphs."""

from __future__ import annotations

from .builder import ArticleBuilder, Metadata
from .model import Article, BlockKind


def parse_plain_text(source: str, path: str = "") -> Article:
    builder = ArticleBuilder()
    title = ""
    paragraph: list[str] = []
    first_line = 0

    def flush() -> None:
        nonlocal paragraph
        if paragraph:
            builder.add_block(BlockKind.PARAGRAPH, " ".join(paragraph), first_line, [])
            paragraph = []

    for number, raw in enumerate(source.splitlines(), start=1):
        line = raw.strip()
        if not title:
            if line:
                title = line
                builder.add_block(BlockKind.HEADING, line, number, [], level=1)
            continue
        if not line:
            flush()
            continue
        if not paragraph:
            first_line = number
        paragraph.append(line)
    flush()
    return builder.build(Metadata(), title=title, path=path)
