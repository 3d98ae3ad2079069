"""A speaker's profile: who they are (as the text says, and per sources), aliases, and every quote."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.style import Style
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from content.model import Document, Speaker
from reader.messages import JumpTo

_DIM = Style(dim=True)
_BOLD = Style(bold=True)


def profile_text(document: Document, speaker: Speaker) -> Content:
    """The profile's facts, role as the article gives it beside the role per sources."""
    lines: list[Content] = [Content.styled(speaker.name, _BOLD + Style(underline=True))]
    kind = speaker.kind.value + (" · found automatically" if speaker.origin.value == "automatic" else "")
    lines.append(Content.styled(kind, _DIM))
    aliases = [a for a in speaker.aliases if a != speaker.name]
    if aliases:
        lines.append(Content.assemble(Content.styled("Also named ", _DIM), ", ".join(aliases)))
    lines.append(Content(""))
    lines.append(Content.assemble(Content.styled("Role as the article gives it  ", _DIM), speaker.role or "—"))
    if speaker.role_per_sources:
        as_of = f" (as of {speaker.role_as_of})" if speaker.role_as_of else ""
        lines.append(Content.assemble(Content.styled(f"Role per sources{as_of}  ", _DIM), speaker.role_per_sources))
    if speaker.affiliation:
        lines.append(Content.assemble(Content.styled("Affiliation  ", _DIM), speaker.affiliation))
    if speaker.note:
        lines.extend([Content(""), Content(speaker.note)])
    if speaker.sources:
        lines.append(Content(""))
        lines.append(Content.styled("Sources", _BOLD))
        for number, source in enumerate(speaker.sources, start=1):
            style = Style(link=source.url, underline=True) if source.url else Style()
            lines.append(Content.assemble(f" {number}. ", Content.styled(source.label, style)))
    return Content("\n").join(lines)


class ProfileScreen(ModalScreen[None]):
    """Enter (or a click) on a quote jumps to it in the article; Esc closes."""

    BINDINGS = [Binding("escape,q", "dismiss", "Close")]

    def __init__(self, document: Document, speaker_id: str) -> None:
        super().__init__()
        self.document = document
        speaker = document.speaker(speaker_id)
        assert speaker is not None
        self.speaker = speaker
        self._quotes = sorted(document.quotes_by(speaker_id), key=lambda q: q.span.start)

    def compose(self) -> ComposeResult:
        with Vertical(id="profile"):
            with VerticalScroll(id="profile-facts-scroll"):  # a long profile scrolls on small screens
                yield Static(profile_text(self.document, self.speaker), id="profile-facts")
            quotes = OptionList(
                *(
                    Option(
                        Content.assemble(
                            Content.styled(f"{quote.kind.value} · ", _DIM),
                            " ".join(self.document.article.slice(quote.span).split()),
                        ),
                        id=quote.id,
                    )
                    for quote in self._quotes
                ),
                id="profile-quotes",
            )
            quotes.border_title = f"Quotes ({len(self._quotes)}) · Enter jumps"
            yield quotes
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#profile", Vertical).border_title = "Speaker profile"
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected, "#profile-quotes")
    def _jump(self, event: OptionList.OptionSelected) -> None:
        quote = self._quotes[event.option_index]
        self.dismiss()
        self.app.post_message(JumpTo(quote.span, "quote", quote.id))
