"""What a user sees, pinned as SVG snapshots, one per main screen state.

Update after an intended change with: pytest tests/reader/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from content.bundled import bundled_article_path
from content.loader import open_document
from reader.app import SidelightApp
from reader.widgets.search_panel import SearchResults

WIDE = (120, 40)


def seed_app(build_index: bool = False) -> SidelightApp:
    # Curated annotations only: the pictures pin the reader's rendering, not extraction's current output.
    return SidelightApp(open_document(bundled_article_path(), automatic=False), build_index=build_index)


def test_main_screen_on_opening(snap_compare) -> None:
    assert snap_compare(seed_app(), terminal_size=WIDE)


def test_claim_panel_on_a_partly_accurate_claim(snap_compare) -> None:
    # The second claim (the 2033 Mars date) is "partly accurate": badge, note and sources show.
    assert snap_compare(seed_app(), press=["greater_than_sign", "greater_than_sign"], terminal_size=WIDE)


def test_speakers_panel_focused_on_a_quote(snap_compare) -> None:
    assert snap_compare(seed_app(), press=["right_curly_bracket", "right_curly_bracket", "s"], terminal_size=WIDE)


def test_speaker_profile(snap_compare) -> None:
    async def open_profile(pilot) -> None:  # type: ignore[no-untyped-def]
        pilot.app.open_profile("saunders")
        await pilot.pause()

    assert snap_compare(seed_app(), run_before=open_profile, terminal_size=WIDE)


def test_search_results_for_a_phrase(snap_compare) -> None:
    async def search(pilot) -> None:  # type: ignore[no-untyped-def]
        app = pilot.app
        # The input's cursor blinks on a timer: on a loaded machine the picture caught it in either phase, so it is
        # held still (the picture is of the results, not of the blink).
        app.query_one("#search-input").cursor_blink = False
        await pilot.press("slash")
        while app.search_index is None:
            await pilot.pause(0.05)
        await pilot.press(*'"rules of the road"')
        while app.query_one(SearchResults).option_count == 0:
            await pilot.pause(0.05)
        await pilot.pause()

    assert snap_compare(seed_app(build_index=True), run_before=search, terminal_size=WIDE)


def test_help_screen(snap_compare) -> None:
    assert snap_compare(seed_app(), press=["question_mark"], terminal_size=WIDE)


def test_narrow_layout(snap_compare) -> None:
    assert snap_compare(seed_app(), press=["greater_than_sign", "greater_than_sign"], terminal_size=(60, 18))
