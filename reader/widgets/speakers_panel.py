"""Everyone quoted in the article, coloured as their quotes are, with the role the text gives them."""

from __future__ import annotations

from dataclasses import dataclass

from textual.color import Color
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from content.model import Document, Origin, Speaker, SpeakerKind


class SpeakersPanel(OptionList):
    """A list of speakers; choosing one (Enter or click) asks to go to their quotes."""

    @dataclass
    class SpeakerChosen(Message):
        speaker_id: str

    def __init__(self, document: Document, colour_of: dict[str, str], *, id: str | None = None) -> None:
        self.document = document
        super().__init__(*self._speaker_options(colour_of), id=id)
        self.border_title = f"Speakers ({len(document.speakers)})"

    def _speaker_options(self, colour_of: dict[str, str]) -> list[Option]:
        return [
            Option(self._label(speaker, colour_of.get(speaker.id, "")), id=speaker.id) for speaker in self._ordered()
        ]

    def _ordered(self) -> list[Speaker]:
        """People first, then organisations, outlets and groups; each in order of their first quote."""
        first_quote: dict[str, int] = {}
        for quote in self.document.quotes:
            first_quote[quote.speaker_id] = min(first_quote.get(quote.speaker_id, quote.span.start), quote.span.start)
        return sorted(
            self.document.speakers,
            key=lambda s: (s.kind != SpeakerKind.PERSON, first_quote.get(s.id, 1 << 60)),
        )

    def _label(self, speaker: Speaker, colour: str) -> Content:
        count = len(self.document.quotes_by(speaker.id))
        swatch_style = Style(foreground=Color.parse(colour), bold=True) if colour else Style(bold=True)
        parts = [Content.styled("● ", swatch_style), Content.styled(speaker.name, Style(bold=True))]
        details = f"{speaker.kind.value} · {count} quote{'s' if count != 1 else ''}"
        if speaker.origin == Origin.AUTOMATIC:
            details += f" · auto {speaker.confidence:.0%}"
        parts.append(Content.styled(f"\n{details}", Style(dim=True)))
        if speaker.role:
            role = speaker.role if len(speaker.role) <= 70 else speaker.role[:69] + "…"
            parts.append(Content(f"\n{role}"))
        return Content.assemble(*parts)

    def set_document(self, document: Document) -> None:
        """New speakers were found; the colours follow with ``recolour``."""
        self.document = document
        self.border_title = f"Speakers ({len(document.speakers)})"

    def recolour(self, colour_of: dict[str, str]) -> None:
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(self._speaker_options(colour_of))
        self.highlighted = highlighted

    def show_speaker(self, speaker_id: str | None) -> None:
        """Highlight the speaker the cursor is on (without moving focus)."""
        if speaker_id is None:
            return
        try:
            self.highlighted = self.get_option_index(speaker_id)
        except OptionDoesNotExist:
            return

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.SpeakerChosen(event.option.id))
