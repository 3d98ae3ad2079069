"""Stable ids for annotations: derived from the text they anchor to, never from run order."""

from __future__ import annotations

import hashlib


def annotation_id(prefix: str, text: str, occurrence: int = 1) -> str:
    """``prefix`` plus a short hash of the anchored text and which occurrence of it is meant.

    The same fragment in the same article yields the same id on every run, and survives reflowing
    the article (offsets change, the fragment does not).
    """
    digest = hashlib.sha1(f"{occurrence}\x00{text}".encode()).hexdigest()[:10]
    return f"{prefix}-{digest}"


def find_occurrences(text: str, fragment: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of ``fragment`` in ``text``."""
    starts: list[int] = []
    if not fragment:
        return starts
    position = text.find(fragment)
    while position != -1:
        starts.append(position)
        position = text.find(fragment, position + 1)
    return starts
