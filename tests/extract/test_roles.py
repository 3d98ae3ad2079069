"""The role an automatic speaker is given: what the text says they do, never a bare courtesy title."""

from __future__ import annotations

from content.extract import extract_annotations
from content.plaintext import parse_plain_text


def test_a_courtesy_title_is_not_taken_for_a_role() -> None:
    article = parse_plain_text(
        "Title\n\nDr. Mir Sadat said the race is about economics. Foreign Minister Wang Yi said talks would go on.\n",
        "x.txt",
    )
    roles = {s.name: s.role for s in extract_annotations(article).speakers}
    assert roles.get("Mir Sadat") == ""
    assert roles.get("Wang Yi") == "Foreign Minister"
