"""Command palette providers: speakers, claims, sections and search hits become commands."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from content.model import BlockKind, Span
from reader.messages import JumpTo, OpenProfile

if TYPE_CHECKING:
    from reader.app import SidelightApp


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _ReaderProvider(Provider):
    @property
    def reader(self) -> SidelightApp:
        return self.app  # type: ignore[return-value]

    def _post(self, message: JumpTo | OpenProfile) -> None:
        self.app.post_message(message)

    def commands(self) -> list[tuple[str, JumpTo | OpenProfile, str]]:
        raise NotImplementedError

    async def discover(self) -> Hits:
        for text, message, help_text in self.commands():
            yield DiscoveryHit(Content(text), partial(self._post, message), text=text, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, message, help_text in self.commands():
            score = matcher.match(text)
            if score > 0:
                # highlight() reads its argument as markup: escape the article's own brackets first.
                display = matcher.highlight(escape(text))
                yield Hit(score, display, partial(self._post, message), text=text, help=escape(help_text))


class SpeakerCommands(_ReaderProvider):
    """Open a speaker's profile."""

    def commands(self) -> list[tuple[str, JumpTo | OpenProfile, str]]:
        document = self.reader.document
        return [(f"Speaker: {s.name}", OpenProfile(s.id), _short(s.role or s.kind.value)) for s in document.speakers]


class ClaimCommands(_ReaderProvider):
    """Go to a claim."""

    def commands(self) -> list[tuple[str, JumpTo | OpenProfile, str]]:
        document = self.reader.document
        claims = sorted(document.claims, key=lambda c: c.span.start)
        return [
            (
                f"Claim {n}: {_short(document.article.slice(c.span), 100)}",
                JumpTo(c.span, "claim", c.id),
                f"{c.verdict.value if c.verdict else 'not yet checked'} · {c.type.value}",
            )
            for n, c in enumerate(claims, start=1)
        ]


class SectionCommands(_ReaderProvider):
    """Go to a section heading."""

    def commands(self) -> list[tuple[str, JumpTo | OpenProfile, str]]:
        article = self.reader.document.article
        return [
            (f"Section: {article.slice(b.span)}", JumpTo(b.span, "sentence", b.id), "heading")
            for b in article.blocks
            if b.kind == BlockKind.HEADING
        ]


class SearchHitCommands(Provider):
    """Full-text search from the palette: each hit is a command that jumps to it."""

    async def search(self, query: str) -> Hits:
        reader: SidelightApp = self.app  # type: ignore[assignment]
        index = reader.search_index
        if index is None or len(query.strip()) < 3:
            return
        from index.query import QueryError

        try:
            result = await asyncio.to_thread(index.search, query, 8)
        except QueryError:
            return
        for hit in result.hits:
            if hit.kind == "speaker":
                message: JumpTo | OpenProfile = OpenProfile(hit.speaker_id or hit.target)
            else:
                message = JumpTo(Span(hit.start, hit.end), "match", hit.target)
            label = f"Search: {_short(hit.snippet.text, 60)}"
            yield Hit(
                0.5 + min(hit.score, 10) / 20,
                Content(label),
                partial(self.app.post_message, message),
                text=label,
                help=escape(hit.label),
            )
