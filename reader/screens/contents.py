"""The table of contents: the article's headings; Enter jumps to one."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from content.model import BlockKind, Document
from reader.messages import JumpTo


class ContentsScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,t", "dismiss", "Close")]

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self._headings = [b for b in document.article.blocks if b.kind == BlockKind.HEADING]

    def compose(self) -> ComposeResult:
        article = self.document.article
        with Vertical(id="contents"):
            if self._headings:
                yield OptionList(
                    *(
                        Option(Content("  " * max(0, b.level - 1) + article.slice(b.span)), id=b.id)
                        for b in self._headings
                    ),
                    id="contents-list",
                )
            else:
                yield OptionList(Option("This article has no headings.", disabled=True), id="contents-list")

    def on_mount(self) -> None:
        self.query_one("#contents", Vertical).border_title = "Contents · Enter jumps · Esc closes"
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected, "#contents-list")
    def _jump(self, event: OptionList.OptionSelected) -> None:
        block = self._headings[event.option_index]
        self.dismiss()
        self.app.post_message(JumpTo(block.span, "sentence", block.id))
