"""Every key, listed from the bindings themselves (so the help never drifts), and the search syntax."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.style import Style
from textual.widgets import Static

_BOLD = Style(bold=True)


def key_rows(groups: list[tuple[str, list[Binding]]], display) -> Content:  # type: ignore[no-untyped-def]
    """One section per group, one row per action: its keys and description (merging key pairs)."""
    lines: list[Content] = []
    for title, bindings in groups:
        rows: dict[str, list[str]] = {}
        for binding in bindings:
            if not binding.description:
                continue
            keys = binding.key_display or ", ".join(display(k.strip()) for k in binding.key.split(","))
            rows.setdefault(binding.description, []).append(keys)
        if not rows:
            continue
        lines.append(Content.styled(title, _BOLD + Style(underline=True)))
        for description, keys in rows.items():
            lines.append(Content.assemble(Content.styled(f"  {' / '.join(keys):<18}", _BOLD), description))
        lines.append(Content(""))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]

    def __init__(self, groups: list[tuple[str, list[Binding]]], query_help: str) -> None:
        super().__init__()
        self._groups = groups
        self._query_help = query_help

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(key_rows(self._groups, lambda key: self.app.get_key_display(Binding(key, ""))), id="help-keys")
            yield Static(Content.styled("Search", _BOLD + Style(underline=True)), id="help-search-title")
            yield Static(Content(self._query_help), id="help-search")

    def on_mount(self) -> None:
        self.query_one("#help", VerticalScroll).border_title = "Help · Esc closes"
        self.query_one("#help", VerticalScroll).focus()
