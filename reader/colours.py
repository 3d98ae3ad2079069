"""Colours that carry meaning: one per speaker, one per verdict, readable on dark and light themes."""

from __future__ import annotations

from collections.abc import Iterable

from content.model import Verdict

# Picked for contrast against Textual's dark and light theme backgrounds respectively.
_SPEAKER_DARK = (
    "#7dcfff", "#ff9e64", "#9ece6a", "#f7768e", "#bb9af7", "#e0af68",
    "#73daca", "#ff79c6", "#b4f9f8", "#c3e88d", "#ffc777", "#82aaff",
)  # fmt: skip
_SPEAKER_LIGHT = (
    "#005f87", "#b34700", "#2e7d32", "#b00020", "#6a1b9a", "#8a5a00",
    "#00695c", "#ad1457", "#1565c0", "#558b2f", "#6d4c41", "#4527a0",
)  # fmt: skip

_VERDICT_DARK = {
    Verdict.ACCURATE: "#9ece6a",
    Verdict.PARTLY_ACCURATE: "#e0af68",
    Verdict.INACCURATE: "#f7768e",
    Verdict.OUTDATED: "#ff9e64",
    Verdict.UNVERIFIABLE: "#a9b1d6",
    Verdict.OPINION: "#7aa2f7",
}
_VERDICT_LIGHT = {
    Verdict.ACCURATE: "#2e7d32",
    Verdict.PARTLY_ACCURATE: "#8a5a00",
    Verdict.INACCURATE: "#b00020",
    Verdict.OUTDATED: "#b34700",
    Verdict.UNVERIFIABLE: "#555555",
    Verdict.OPINION: "#1a55b0",
}

#: Gutter marks for claims, by verdict; unchecked (automatic) claims get a hollow mark.
VERDICT_MARK = {
    Verdict.ACCURATE: "✔",
    Verdict.PARTLY_ACCURATE: "◐",
    Verdict.INACCURATE: "✘",
    Verdict.OUTDATED: "↺",
    Verdict.UNVERIFIABLE: "?",
    Verdict.OPINION: "◇",
}
UNCHECKED_MARK = "○"


def speaker_colours(speaker_ids: Iterable[str], dark: bool) -> dict[str, str]:
    """One colour per speaker, in the order given, from the palette that suits the theme."""
    palette = _SPEAKER_DARK if dark else _SPEAKER_LIGHT
    return {speaker_id: palette[index % len(palette)] for index, speaker_id in enumerate(speaker_ids)}


def verdict_colour(verdict: Verdict | None, dark: bool) -> str:
    if verdict is None:
        return "#a9b1d6" if dark else "#555555"
    return (_VERDICT_DARK if dark else _VERDICT_LIGHT)[verdict]
