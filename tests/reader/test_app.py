"""The reader driven as a user would: keys and clicks through Pilot, checked against what is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from content.bundled import bundled_article_path
from content.loader import open_document
from content.model import Document
from content.navigation import TargetKind
from reader.app import SidelightApp
from reader.screens.profile import ProfileScreen
from reader.widgets.article_view import GUTTER, MEASURE, ArticleView
from reader.widgets.claim_panel import ClaimPanel
from reader.widgets.speakers_panel import SpeakersPanel


@pytest.fixture(scope="module")
def seed() -> Document:
    return open_document(bundled_article_path())


def panel_text(app: SidelightApp) -> str:
    return str(app.query_one("#claim-body", Static).render())


async def test_opens_the_bundled_article_with_its_speakers(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)):
        assert app.sub_title.startswith("Beijing, Moscow join forces in space")
        speakers = app.query_one(SpeakersPanel)
        names = [str(speakers.get_option_at_index(i).prompt) for i in range(speakers.option_count)]
        for surname in ("Orosei", "McDowell", "Zivitski", "Hertzfeld", "Sadat", "Saunders"):
            assert any(surname in name for name in names), surname
        assert app.focused is app.query_one(ArticleView)
        assert "Nothing marked here" in panel_text(app)


async def test_next_claim_key_fills_the_claim_panel(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("greater_than_sign")
        view = app.query_one(ArticleView)
        assert view.cursor is not None and view.cursor.kind == TargetKind.CLAIM
        first = sorted(seed.claims, key=lambda c: c.span.start)[0]
        assert view.cursor.id == first.id
        text = panel_text(app)
        assert first.verdict is not None and first.verdict.upper() in text
        assert app.query_one(ClaimPanel).border_title == f"Claim 1 of {len(seed.claims)}"
        await pilot.press("greater_than_sign", "greater_than_sign", "less_than_sign")
        assert app.query_one(ClaimPanel).border_title == f"Claim 2 of {len(seed.claims)}"


async def test_the_claim_panel_follows_the_sentence_cursor(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.press("j")
        assert view.cursor is not None and view.cursor.id == seed.article.sentences[0].id
        sentence = next(s for s in seed.article.sentences if "1,731 grams" in seed.article.slice(s.span))
        while view.cursor.span.start < sentence.span.start:
            await pilot.press("j")
        assert view.cursor.id == sentence.id
        assert "ACCURATE" in panel_text(app) and "Chang" in panel_text(app)
        await pilot.press("k")
        assert view.cursor.span.start < sentence.span.start


async def test_speaker_keys_move_between_quotes(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.press("right_curly_bracket")
        first = view.cursor
        assert first is not None and first.kind == TargetKind.QUOTE
        speaker = next(q.speaker_id for q in seed.quotes if q.id == first.id)
        await pilot.press("right_square_bracket")
        second = view.cursor
        assert second is not None and second.span.start > first.span.start
        assert next(q.speaker_id for q in seed.quotes if q.id == second.id) == speaker
        await pilot.press("right_curly_bracket")
        third = next(q for q in seed.quotes if q.id == view.cursor.id)
        assert third.speaker_id != speaker


async def test_choosing_a_speaker_opens_the_profile_and_a_quote_jumps(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("s")
        speakers = app.query_one(SpeakersPanel)
        assert app.focused is speakers
        speakers.highlighted = speakers.get_option_index("sadat")
        await pilot.press("enter")
        assert isinstance(app.screen, ProfileScreen)
        facts = str(app.screen.query_one("#profile-facts", Static).render())
        assert "Mir Sadat" in facts and "Role per sources" in facts and "is responsible" in facts
        await pilot.press("enter")  # the first quote in the profile
        assert not isinstance(app.screen, ProfileScreen)
        view = app.query_one(ArticleView)
        first = min((q for q in seed.quotes if q.speaker_id == "sadat"), key=lambda q: q.span.start)
        assert view.cursor is not None and view.cursor.id == first.id
        assert app.focused is view
        assert "Sadat" in panel_text(app)


async def test_clicking_a_marked_span_selects_it(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.query_one(ArticleView)
        offset = seed.article.text.index("1,731 grams")
        view.move_to(None)
        line = view.layout_table.line_of(offset)
        view.scroll_to(y=line, animate=False, immediate=True)
        await pilot.pause()
        row = line - int(view.scroll_y)
        column = GUTTER + len(seed.article.text[view.layout_table.lines[line].start : offset]) + 1
        await pilot.click(ArticleView, offset=(column + 1, row + 1))  # +1: the view's border
        assert view.cursor is not None and view.cursor.kind == TargetKind.CLAIM
        assert "1,731" in seed.article.slice(view.cursor.span)
        assert "ACCURATE" in panel_text(app)


async def test_resizing_keeps_the_cursor_in_view(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.query_one(ArticleView)
        for _ in range(30):
            await pilot.press("j")
        cursor = view.cursor
        await pilot.resize_terminal(90, 24)
        await pilot.pause()
        assert view.cursor == cursor
        line = view.layout_table.line_of(cursor.span.start)
        assert view.scroll_y <= line < view.scroll_y + view.scrollable_content_region.height


async def test_plain_text_article_without_sidecar_opens(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("A short note\n\nIt has one paragraph. And two sentences.\n", encoding="utf-8")
    app = SidelightApp(open_document(path), build_index=False)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.sub_title == "A short note"
        await pilot.press("j", "j")
        assert app.query_one(ArticleView).cursor is not None
        await pilot.press("q")
    assert app.return_code == 0


async def test_automatic_annotations_arrive_after_the_first_paint(tmp_path: Path) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(
        "Officials plan a new bridge\n\nThe city will spend $40 million on the bridge by 2031, Mayor Ana Ruiz said.\n\n"
        "“We have waited long enough,” Ruiz said.\n",
        encoding="utf-8",
    )
    curated_only = open_document(path, automatic=False)
    assert not curated_only.speakers
    app = SidelightApp(curated_only, build_index=False, find_automatic=True)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            if app.document.speakers:
                break
            await pilot.pause(0.05)
        assert any("Ruiz" in s.name for s in app.document.speakers)
        speakers = app.query_one(SpeakersPanel)
        assert speakers.option_count == len(app.document.speakers)
        await pilot.press("greater_than_sign")
        assert "found automatically" in panel_text(app)


async def test_wide_terminals_keep_a_readable_measure_and_clicks_still_land(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(220, 50)) as pilot:
        view = app.query_one(ArticleView)
        assert view.layout_table.width == MEASURE and view.margin > 0
        offset = seed.article.text.index("1,731 grams")
        line = view.layout_table.line_of(offset)
        view.scroll_to(y=line, animate=False, immediate=True)
        await pilot.pause()
        row = line - int(view.scroll_y)
        column = view.margin + GUTTER + len(seed.article.text[view.layout_table.lines[line].start : offset]) + 1
        await pilot.click(ArticleView, offset=(column + 1, row + 1))
        assert view.cursor is not None and "1,731" in seed.article.slice(view.cursor.span)


async def test_speaker_roles_are_not_cut_short_when_the_list_is_refilled() -> None:
    # The list is rebuilt when automatic speakers arrive; a wrapped role once lost its last line.
    app = SidelightApp(open_document(bundled_article_path(), automatic=False), build_index=False, find_automatic=True)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(100):
            if len(app.document.speakers) and app.query_one(SpeakersPanel).border_subtitle == "":
                break
            await pilot.pause(0.05)
        await pilot.pause()
        speakers = app.query_one(SpeakersPanel)
        shown = " ".join(
            "".join(segment.text for segment in speakers.render_line(y)).strip() for y in range(speakers.size.height)
        )
        assert "Italian planetary scientist" in " ".join(shown.split())
