"""Messages the reader's widgets and screens post upward, each a small dataclass in one place."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from content.model import Span


@dataclass
class JumpTo(Message):
    """Go to ``span`` of the article (a search hit, a quote in a profile, a heading, a palette command)."""

    span: Span
    kind: str = "match"  # a content.navigation.TargetKind value
    target_id: str = ""


@dataclass
class OpenProfile(Message):
    """Show the profile of speaker ``speaker_id``."""

    speaker_id: str
