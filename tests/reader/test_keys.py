"""Keyboard-first reading: search as you type, hits, contents, palette, help and narrow terminals."""

from __future__ import annotations

import pytest
from textual.color import Color
from textual.widgets import Input, Static

from content.bundled import bundled_article_path
from content.loader import open_document
from content.model import BlockKind, Document
from content.navigation import TargetKind, claim_target
from reader.app import SidelightApp
from reader.screens.contents import ContentsScreen
from reader.screens.help import HelpScreen
from reader.screens.profile import ProfileScreen
from reader.widgets.article_view import ArticleView
from reader.widgets.search_panel import MATCH_STYLE, SearchPanel, SearchResults
from reader.widgets.speakers_panel import SpeakersPanel


@pytest.fixture(scope="module")
def seed() -> Document:
    return open_document(bundled_article_path())


async def wait_for(pilot, condition, tries: int = 400) -> None:  # type: ignore[no-untyped-def]
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("condition not met in time")


def status(app: SidelightApp) -> str:
    return str(app.query_one("#search-status", Static).render())


async def search(pilot, app: SidelightApp, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    await wait_for(pilot, lambda: app.search_index is not None)
    await pilot.press(*text)
    await wait_for(pilot, lambda: app.query_one(SearchResults).option_count > 0 or "No hits" in status(app))


async def test_slash_searches_as_you_type_and_enter_jumps(seed: Document) -> None:
    app = SidelightApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        await search(pilot, app, '"rules of the road"')
        assert app.focused is app.query_one("#search-input", Input)
        assert "hit" in status(app)
        await pilot.press("enter")
        view = app.query_one(ArticleView)
        assert app.focused is view
        assert view.cursor is not None and view.cursor.kind == TargetKind.MATCH
        paragraph = seed.article.block_at(view.cursor.span.start)
        assert paragraph is not None and "rules of the road" in seed.article.slice(paragraph.span)
        # The speaker of that quote is highlighted, and their next quote is one key away.
        speakers = app.query_one(SpeakersPanel)
        assert speakers.get_option_at_index(speakers.highlighted).id == "saunders"
        await pilot.press("right_square_bracket")
        quote = next(q for q in seed.quotes if q.id == view.cursor.id)
        assert quote.speaker_id == "saunders"
        await pilot.press("right_curly_bracket")
        other = next(q for q in seed.quotes if q.id == view.cursor.id)
        assert other.speaker_id != "saunders"


async def test_arrows_choose_among_hits_and_escape_returns(seed: Document) -> None:
    app = SidelightApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        await search(pilot, app, "kind:quote moon")
        results = app.query_one(SearchResults)
        assert results.option_count >= 3 and results.highlighted == 0
        await pilot.press("down", "down")
        assert results.highlighted == 2
        await pilot.press("up")
        assert results.highlighted == 1
        hit = app.query_one(SearchPanel).result.hits[1]
        await pilot.press("enter")
        view = app.query_one(ArticleView)
        assert hit.kind == "quote"
        assert view.cursor is not None and hit.start <= view.cursor.span.start <= hit.end
        await pilot.press("slash")
        await pilot.press("escape")
        assert app.focused is view


async def test_n_and_shift_n_walk_the_hits_in_text_order(seed: Document) -> None:
    app = SidelightApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        await search(pilot, app, "moon")
        await pilot.press("escape")
        view = app.query_one(ArticleView)
        starts = []
        for _ in range(4):
            await pilot.press("n")
            starts.append(view.cursor.span.start)
            assert seed.article.slice(view.cursor.span).lower().startswith("moon")
        assert starts == sorted(starts) and len(set(starts)) == 4
        await pilot.press("N")
        assert view.cursor.span.start == starts[-2]


async def test_no_hits_offers_did_you_mean(seed: Document) -> None:
    app = SidelightApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        await search(pilot, app, "hertzfelt")
        if app.query_one(SearchResults).option_count == 0:  # fuzzy matching may already find him
            assert "Did you mean" in status(app)
        await pilot.press("ctrl+a", "ctrl+k", *"zzqqxy")
        await wait_for(pilot, lambda: "No hits" in status(app))


async def test_a_search_typed_before_the_index_is_ready_runs_when_it_is(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"lunar")
        assert "runs when it is ready" in status(app)
        app.build_index()
        await wait_for(pilot, lambda: app.query_one(SearchResults).option_count > 0)


async def test_t_opens_the_contents_and_enter_jumps_to_a_section(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        assert isinstance(app.screen, ContentsScreen)
        await pilot.press("down", "down", "enter")
        headings = [b for b in seed.article.blocks if b.kind == BlockKind.HEADING]
        view = app.query_one(ArticleView)
        assert view.cursor is not None and view.cursor.span.start == headings[2].span.start


async def run_command(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the command palette, type ``text`` and run the best match."""
    await pilot.press("ctrl+p", *text)
    await pilot.pause(0.3)
    await pilot.press("enter")


async def test_palette_opens_a_profile_and_a_quote_jumps(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await run_command(pilot, "Speaker: Hertzfeld")
        await wait_for(pilot, lambda: isinstance(app.screen, ProfileScreen))
        assert app.screen.speaker.id == "hertzfeld"
        await pilot.press("down", "enter")
        view = app.query_one(ArticleView)
        quotes = sorted(seed.quotes_by("hertzfeld"), key=lambda q: q.span.start)
        assert view.cursor is not None and view.cursor.id == quotes[1].id


async def test_palette_goes_to_a_claim(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await run_command(pilot, "1,731 grams")
        view = app.query_one(ArticleView)
        await wait_for(pilot, lambda: view.cursor is not None)
        assert view.cursor.kind == TargetKind.CLAIM and "1,731 grams" in seed.article.slice(view.cursor.span)


async def test_question_mark_lists_every_key(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = str(app.screen.query_one("#help-keys", Static).render())
        for description in ("Next claim", "Speaker's next quote", "Next speaker", "Search", "Next hit", "Contents"):
            assert description in keys
        assert "speaker:hertzfeld" in str(app.screen.query_one("#help-search", Static).render())
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@pytest.mark.parametrize("size", [(60, 18), (99, 30)])
async def test_narrow_terminals_fold_the_panels_and_open_them_on_demand(seed: Document, size: tuple[int, int]) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=size) as pilot:
        sidebar, claim = app.query_one("#sidebar"), app.query_one("#claim")
        assert not sidebar.display and not claim.display
        await pilot.press("greater_than_sign")
        await pilot.press("s")
        assert sidebar.display and app.focused is app.query_one(SpeakersPanel)
        await pilot.press("escape")
        assert not sidebar.display and app.focused is app.query_one(ArticleView)
        await pilot.press("c")
        assert claim.display
        await pilot.press("c")
        assert not claim.display


async def test_resizing_wide_to_narrow_and_back_keeps_reading(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(200, 60)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.press(*[">"] * 6)
        cursor = view.cursor
        for size in ((60, 18), (120, 40), (200, 60)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert view.cursor == cursor
            line = view.layout_table.line_of(cursor.span.start)
            assert view.scroll_y <= line < view.scroll_y + view.scrollable_content_region.height
        assert app.query_one("#sidebar").display


async def test_previous_quote_keys_walk_back(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.press("G")  # the end of the article
        await pilot.press("left_curly_bracket")
        last = next(q for q in seed.quotes if q.id == view.cursor.id)
        await pilot.press("left_square_bracket")
        before = next(q for q in seed.quotes if q.id == view.cursor.id)
        assert before.speaker_id == last.speaker_id and before.span.start < last.span.start
        await pilot.press("left_curly_bracket")
        other = next(q for q in seed.quotes if q.id == view.cursor.id)
        assert other.speaker_id != last.speaker_id and other.span.start < before.span.start


async def test_clicking_a_search_hit_jumps_to_it(seed: Document) -> None:
    app = SidelightApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        await search(pilot, app, "lunar soil")
        results = app.query_one(SearchResults)
        hit = app.query_one(SearchPanel).result.hits[0]
        await pilot.click(SearchResults, offset=(3, 1))
        view = app.query_one(ArticleView)
        await wait_for(pilot, lambda: view.cursor is not None)
        assert results.option_count >= 1 and hit.start <= view.cursor.span.start <= hit.end


async def test_clicking_a_quote_in_a_profile_jumps_to_it(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_profile("orosei")
        await pilot.pause()
        await pilot.click("#profile-quotes", offset=(4, 1))
        await pilot.pause()
        view = app.query_one(ArticleView)
        (quote,) = seed.quotes_by("orosei")
        assert not isinstance(app.screen, ProfileScreen)
        assert view.cursor is not None and view.cursor.id == quote.id


async def test_a_promise_past_its_date_says_it_is_due(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        claim = next(c for c in seed.claims if c.due == "2024")
        app.query_one(ArticleView).move_to(claim_target(claim))
        await pilot.pause()
        assert "Due since 2024" in str(app.query_one("#claim-body", Static).render())


async def test_speaker_colours_follow_a_light_theme(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.query_one(ArticleView)
        dark = view.speaker_colour("saunders")
        app.theme = "textual-light"
        await pilot.pause()
        light = view.speaker_colour("saunders")
        assert dark != light
        assert Color.parse(light).brightness < 0.5 < Color.parse(dark).brightness  # dark ink on light paper


async def test_narrow_screen_still_says_what_the_cursor_is_on(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(60, 18)) as pilot:
        view = app.query_one(ArticleView)
        await pilot.press("greater_than_sign")
        assert str(view.border_subtitle).startswith(f"claim 1/{len(seed.claims)} · ")
        await pilot.press("right_curly_bracket")
        quote = next(q for q in seed.quotes if q.id == view.cursor.id)
        assert "quote · " + seed.speaker(quote.speaker_id).name in str(view.border_subtitle)
        await pilot.press("slash")
        assert app.query_one("#search").display and not app.query_one("#speakers").display
        await pilot.press("escape", "s")
        assert app.query_one("#speakers").display and not app.query_one("#search-results").display


async def test_slash_on_a_dialog_does_not_trap_it(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark", "slash", "escape")
        assert not isinstance(app.screen, HelpScreen)
        assert app.focused is app.query_one(ArticleView)


async def test_a_query_naming_an_unknown_field_says_so(seed: Document) -> None:
    app = SidelightApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash")
        await wait_for(pilot, lambda: app.search_index is not None)
        await pilot.press(*"text:moon")
        await wait_for(pilot, lambda: "unknown filter" in status(app))
        assert app.query_one(SearchResults).option_count == 0


async def test_an_index_that_cannot_be_built_stays_reported(seed: Document, monkeypatch: pytest.MonkeyPatch) -> None:
    from index.search import SearchIndex

    def broken(*_args: object, **_kwargs: object) -> SearchIndex:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(SearchIndex, "open", broken)
    app = SidelightApp(seed)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: "Search unavailable" in status(app))
        await pilot.press("slash", *"moon")
        await pilot.pause()
        assert "Search unavailable: disk on fire" in status(app)


async def test_brackets_in_the_article_are_shown_not_read_as_markup(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "brackets.md"
    path.write_text("# Price [/] now [sic]\n\nThe senator [/bold] said [the president] would go.\n", encoding="utf-8")
    app = SidelightApp(open_document(path), build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        assert isinstance(app.screen, ContentsScreen)
        option = app.screen.query_one("#contents-list").get_option_at_index(0)
        assert "[/] now [sic]" in str(option.prompt)
        await pilot.press("escape", "ctrl+p", *"Section")
        await pilot.pause(0.3)
        await pilot.press("escape", "escape")
        assert app.is_running


async def test_resizing_narrow_while_searching_keeps_the_search_box_on_screen(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash")
        await pilot.resize_terminal(70, 30)
        await pilot.pause()
        assert app.query_one("#sidebar").display
        await pilot.press(*"moon")
        assert app.query_one("#search-input", Input).value == "moon"


def test_a_hit_shows_its_match_in_a_short_window() -> None:
    from index.hits import Hit, Snippet
    from reader.widgets.search_panel import hit_label

    text = "word " * 40 + "lunar soil samples" + " more" * 40
    first = text.index("lunar")
    snippet = Snippet(text, ((first, first + 5), (first + 6, first + 10)), offset=0)
    hit = Hit("a", "paragraph", "b1", 0, len(text), 1, "T", "paragraph 1", snippet, 1.0)
    label = hit_label(hit, "")
    shown = label.plain.split("\n", 1)[1]
    assert "lunar soil" in shown and shown.startswith("…") and shown.endswith("…")
    assert len(shown) < 140
    marked = [label.plain[span.start : span.end] for span in label.spans if span.style == MATCH_STYLE]
    assert marked == ["lunar", "soil"]


async def test_keys_can_be_rebound_by_binding_id(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        app.set_keymap({"sidelight.next-claim": "x"})
        await pilot.press("x")
        view = app.query_one(ArticleView)
        assert view.cursor is not None and view.cursor.kind == TargetKind.CLAIM


async def test_resizing_under_a_dialog_keeps_both(seed: Document) -> None:
    app = SidelightApp(seed, build_index=False)
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_profile("hertzfeld")
        await pilot.pause()
        await pilot.resize_terminal(60, 18)
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)
        await pilot.resize_terminal(200, 60)
        await pilot.press("escape")
        assert app.screen_stack[0].has_class("-wide") and not isinstance(app.screen, ProfileScreen)
