"""What a user sees, pinned as SVG snapshots. Update with: pytest tests/reader/test_snapshots.py --snapshot-update"""

from __future__ import annotations

from content.bundled import bundled_article_path
from content.loader import open_document
from reader.app import SidelightApp


def seed_app() -> SidelightApp:
    return SidelightApp(open_document(bundled_article_path()))


def test_main_screen_on_opening(snap_compare) -> None:
    assert snap_compare(seed_app(), terminal_size=(120, 40))


def test_claim_panel_on_a_partly_accurate_claim(snap_compare) -> None:
    # The second claim (the 2033 Mars date) is "partly accurate": badge, note and sources show.
    assert snap_compare(seed_app(), press=["greater_than_sign", "greater_than_sign"], terminal_size=(120, 40))


def test_speakers_panel_focused_on_a_quote(snap_compare) -> None:
    assert snap_compare(seed_app(), press=["right_curly_bracket", "right_curly_bracket", "s"], terminal_size=(120, 40))
