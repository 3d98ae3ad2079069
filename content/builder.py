"""Assembles an ``Article`` block by block: the one place offsets, ids and sentences are made."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from .model import Article, Block, BlockKind, Mark, MarkKind, Sentence, Span
from .sentences import sentence_spans

#: Blocks are joined by this in ``Article.text``, so a block never runs into the next.
BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Metadata:
    id: str = ""
    title: str = ""
    source: str = ""
    byline: str = ""
    date: str = ""
    url: str = ""
    language: str = ""


def article_id_for(path: str) -> str:
    """A stable id for an article read from ``path``: readable stem plus a hash of where it lives."""
    from pathlib import Path

    resolved = str(Path(path).resolve()) if path else ""
    stem = Path(path).stem if path else "text"
    slug = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "article"
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}"


class ArticleBuilder:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._blocks: list[Block] = []
        self._sentences: list[Sentence] = []

    def add_block(
        self,
        kind: BlockKind,
        text: str,
        line: int,
        marks: list[tuple[MarkKind, int, int, str | None]],
        *,
        level: int = 0,
        bullet: str = "",
        split_sentences: bool = True,
    ) -> None:
        if self._parts:
            self._parts.append(BLOCK_SEPARATOR)
            self._length += len(BLOCK_SEPARATOR)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        block_id = f"b{len(self._blocks)}"
        shifted = tuple(Mark(kind, Span(start + s, start + e), href) for kind, s, e, href in marks)
        self._blocks.append(
            Block(block_id, kind, Span(start, self._length), level=level, bullet=bullet, line=line, marks=shifted)
        )
        if not split_sentences or kind == BlockKind.HEADING:
            stripped = text.strip()
            if stripped:
                lead = len(text) - len(text.lstrip())
                self._add_sentence(block_id, start + lead, start + lead + len(stripped))
            return
        for s, e in sentence_spans(text):
            self._add_sentence(block_id, start + s, start + e)

    def _add_sentence(self, block_id: str, start: int, end: int) -> None:
        self._sentences.append(Sentence(f"s{len(self._sentences)}", block_id, Span(start, end)))

    def first_heading(self) -> str:
        text = "".join(self._parts)
        for block in self._blocks:
            if block.kind == BlockKind.HEADING:
                return text[block.span.start : block.span.end]
        return ""

    def build(self, metadata: Metadata, *, title: str, path: str) -> Article:
        article = Article(
            id=metadata.id or article_id_for(path),
            title=title,
            text="".join(self._parts),
            blocks=tuple(self._blocks),
            sentences=tuple(self._sentences),
            path=path,
        )
        return replace(
            article,
            source=metadata.source,
            byline=metadata.byline,
            date=metadata.date,
            url=metadata.url,
            language=metadata.language,
        )
