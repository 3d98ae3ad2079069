"""The Sidelight app: search and speakers on the left, the article in the centre, the claim panel right."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Footer, Header, Input

from content import navigation
from content.model import Document, Span
from content.navigation import Target, TargetKind
from reader.background import in_daemon_thread
from reader.colours import speaker_colours
from reader.messages import JumpTo, OpenProfile
from reader.widgets.article_view import ArticleView
from reader.widgets.claim_panel import ClaimPanel
from reader.widgets.search_panel import SearchPanel
from reader.widgets.speakers_panel import SpeakersPanel

if TYPE_CHECKING:
    from collections.abc import Iterable

    from textual.command import Provider

    from index.hits import Hit, SearchResult
    from index.search import SearchIndex

#: Below this many columns the side panels fold away and open on demand; from WIDE_WIDTH they widen.
NARROW_WIDTH = 100
WIDE_WIDTH = 160


def _provider(name: str) -> type[Provider]:
    """Palette providers are imported when the palette opens, not at start-up."""
    from reader import providers

    return getattr(providers, name)  # type: ignore[no-any-return]


class SidelightApp(App[None]):
    CSS_PATH = "sidelight.tcss"
    TITLE = "Sidelight"
    AUTO_FOCUS = "#article"  # focused from the start: moving focus later would rebuild the footer
    COMMANDS = App.COMMANDS | {
        lambda: _provider("SpeakerCommands"),
        lambda: _provider("ClaimCommands"),
        lambda: _provider("SectionCommands"),
        lambda: _provider("SearchHitCommands"),
    }

    BINDINGS = [
        # A priority binding acts as the key arrives, before the keys typed after it are handed to the
        # article; otherwise a quick "/moon" would lose "moon" on its way to the search box.
        Binding("slash", "search", "Search", key_display="/", priority=True, id="sidelight.search"),
        Binding("n", "match(True)", "Next hit", show=False, id="sidelight.next-hit"),
        Binding("N", "match(False)", "Prev hit", show=False, id="sidelight.previous-hit"),
        Binding("s", "speakers", "Speakers", id="sidelight.speakers"),
        Binding("c", "claim_panel", "Claim panel", show=False, id="sidelight.claim-panel"),
        Binding("t", "contents", "Contents", show=False, id="sidelight.contents"),
        Binding("question_mark", "help", "Help", key_display="?", id="sidelight.help"),
        Binding("escape", "back", "Back to the article", show=False, id="sidelight.back"),
        Binding("q", "quit", "Quit", id="sidelight.quit"),
    ]

    def __init__(self, document: Document, *, build_index: bool = True, find_automatic: bool = False) -> None:
        """``find_automatic``: ``document`` holds curated annotations only; extraction runs after the first
        paint and its findings are added when ready. ``build_index``: build the search index in the background.
        """
        super().__init__()
        self.document = document
        self.sub_title = document.article.title
        self.search_index: SearchIndex | None = None
        self._build_index_on_mount = build_index
        self._find_automatic = find_automatic
        self._matches: tuple[Span, ...] = ()

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="sidebar"):
                yield SearchPanel({s.id: s.name for s in self.document.speakers}, id="search")
                yield SpeakersPanel(self.document, self._speaker_colours(), id="speakers")
            yield ArticleView(self.document, id="article")
            yield ClaimPanel(self.document, id="claim")
        yield Footer()

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, lambda _theme: self._recolour_speakers())
        self._fit_to(self.size.width)
        # Background work starts after the first paint: a thread holding the GIL would delay it.
        if self._find_automatic:
            self.call_after_refresh(self.find_automatic)  # builds the index when done, so it holds both
        elif self._build_index_on_mount:
            self.call_after_refresh(self.build_index)

    def on_resize(self, event: events.Resize) -> None:
        self._fit_to(event.size.width)

    def _fit_to(self, width: int) -> None:
        # A class change restyles every widget: change only what really changed.
        screen = self.screen_stack[0] if self.screen_stack else self.screen
        becomes_narrow = width < NARROW_WIDTH and not screen.has_class("-narrow")
        for name, wanted in (("-narrow", width < NARROW_WIDTH), ("-wide", width >= WIDE_WIDTH)):
            if wanted != screen.has_class(name):
                screen.set_class(wanted, name)
        focused = screen.focused
        if becomes_narrow and focused is not None:
            # Keep the focused panel on screen: keys typed into a folded-away panel would vanish.
            if screen.query_one("#sidebar") in focused.ancestors_with_self:
                screen.add_class("-show-sidebar")
            elif screen.query_one("#claim") in focused.ancestors_with_self:
                screen.add_class("-show-claim")

    def _speaker_colours(self) -> dict[str, str]:
        return speaker_colours((s.id for s in self.document.speakers), self.current_theme.dark)

    def _recolour_speakers(self) -> None:
        self.query_one(SpeakersPanel).recolour(self._speaker_colours())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "/" is a priority binding: on a dialog (help, contents, profile, palette) let the key through.
        return not (action == "search" and len(self.screen_stack) > 1)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Help", "Every key, and the search syntax", self.action_help)
        yield SystemCommand("Contents", "The article's sections", self.action_contents)

    # -- work after the first paint: automatic annotations, then the search index ------------------

    def find_automatic(self) -> None:
        """Run extraction in the background, saying so on the speakers panel until it is done."""
        self.query_one(SpeakersPanel).border_subtitle = "finding more…"
        self._extract()

    @work(exclusive=True, group="extract", exit_on_error=False)
    async def _extract(self) -> None:
        from content.loader import with_automatic

        document = self.document
        self.show_document(await in_daemon_thread(lambda: with_automatic(document), "sidelight-extract"))

    def show_document(self, document: Document) -> None:
        """Show ``document`` (the same article, more annotations) without losing the reading position."""
        self.document = document
        view = self.article_view
        view.set_document(document)
        speakers = self.query_one(SpeakersPanel)
        speakers.set_document(document)
        speakers.border_subtitle = ""
        self.query_one(ClaimPanel).set_document(document, view.cursor)
        self.search_panel.set_speaker_names({s.id: s.name for s in document.speakers})
        self._recolour_speakers()
        if self._build_index_on_mount:
            self.build_index()

    # -- the search index, built in the background ------------------------------------------------

    @work(exclusive=True, group="index", exit_on_error=False)
    async def build_index(self) -> None:
        from index.search import SearchIndex

        documents = [self.document]

        def progress(done: int, total: int) -> None:
            with suppress(RuntimeError):  # the app may be closing
                self.call_from_thread(self._index_progress, done, total)

        try:
            index = await in_daemon_thread(lambda: SearchIndex.open(documents, on_progress=progress), "sidelight-index")
        except Exception as error:  # any failure leaves reading intact, and the panel says why
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            self._index_failed(reason)
            return
        self._index_ready(index)

    @property
    def search_panel(self) -> SearchPanel:
        return self.query_one(SearchPanel)

    def _index_progress(self, done: int, total: int) -> None:
        self.search_panel.index_progress(done, total)

    def _index_failed(self, reason: str) -> None:
        self.search_panel.index_failed(reason)

    def _index_ready(self, index: SearchIndex) -> None:
        self.search_index = index
        self.search_panel.index_ready(index)

    # -- the cursor and what follows it --------------------------------------------------------------

    def on_article_view_cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self.query_one(ClaimPanel).show(event.target)
        # A one-line summary under the article, so a narrow screen without the panel still says it.
        self.article_view.border_subtitle = escape(self.query_one(ClaimPanel).summary(event.target))
        if event.target is not None:
            speaker = navigation.speaker_at(self.document, event.target.span)
            self.query_one(SpeakersPanel).show_speaker(speaker)

    def _jump(self, span: Span, kind: str, target_id: str = "") -> None:
        target = Target(TargetKind(kind), target_id or f"{kind}-{span.start}", span)
        if kind == TargetKind.SENTENCE:
            sentence = navigation.sentence_at(self.document, span.start)
            target = navigation.sentence_target(sentence) if sentence else target
        view = self.article_view
        view.move_to(target)
        view.focus()
        if self.screen.has_class("-narrow"):
            self.screen.remove_class("-show-sidebar", "-show-claim")

    @on(JumpTo)
    def _on_jump(self, message: JumpTo) -> None:
        self._jump(message.span, message.kind, message.target_id)

    @on(OpenProfile)
    def _on_open_profile(self, message: OpenProfile) -> None:
        self.open_profile(message.speaker_id)

    def open_profile(self, speaker_id: str) -> None:
        from reader.screens.profile import ProfileScreen

        if self.document.speaker(speaker_id) is not None:
            self.push_screen(ProfileScreen(self.document, speaker_id))

    def on_speakers_panel_speaker_chosen(self, event: SpeakersPanel.SpeakerChosen) -> None:
        self.open_profile(event.speaker_id)

    # -- search --------------------------------------------------------------------------------------

    def on_search_panel_results_changed(self, event: SearchPanel.ResultsChanged) -> None:
        self._matches = self._match_spans(event.result)
        self.article_view.set_matches(self._matches)

    def _match_spans(self, result: SearchResult | None) -> tuple[Span, ...]:
        if result is None:
            return ()
        spans = {
            Span(start, end)
            for hit in result.hits
            if hit.article_id == self.document.article.id
            for start, end in hit.snippet.article_marks()
        }
        return tuple(sorted(spans))

    def on_search_panel_hit_chosen(self, event: SearchPanel.HitChosen) -> None:
        self.go_to_hit(event.hit)

    def go_to_hit(self, hit: Hit) -> None:
        if hit.kind == "speaker":
            self.open_profile(hit.speaker_id or hit.target)
            return
        marks = [Span(s, e) for s, e in hit.snippet.article_marks()]
        span = marks[0] if marks else Span(hit.start, hit.end)
        self._jump(span, TargetKind.MATCH.value, hit.target)

    # -- actions -------------------------------------------------------------------------------------

    def action_search(self) -> None:
        if isinstance(self.focused, Input):  # "/" typed into a text box is just a slash
            self.focused.insert_text_at_cursor("/")
            return
        self.screen.add_class("-searching")
        if self.screen.has_class("-narrow"):
            self.screen.add_class("-show-sidebar")
        self.search_panel.focus_input()

    def action_match(self, forward: bool) -> None:
        view = self.article_view
        if not self._matches:
            self.notify("No search hits: press / to search.", timeout=2)
            return
        here = view.cursor.span.start if view.cursor else -1
        if forward:
            span = next((m for m in self._matches if m.start > here), self._matches[0])
        else:
            span = next((m for m in reversed(self._matches) if m.start < here), self._matches[-1])
        self._jump(span, TargetKind.MATCH.value)

    def action_speakers(self) -> None:
        if self.screen.has_class("-narrow"):
            self.screen.remove_class("-searching")  # one thing at a time in a narrow sidebar
            self.screen.add_class("-show-sidebar")
        self.query_one(SpeakersPanel).focus()

    def action_claim_panel(self) -> None:
        if self.screen.has_class("-narrow"):
            self.screen.toggle_class("-show-claim")
            if not self.screen.has_class("-show-claim"):
                self.article_view.focus()
                return
        self.query_one(ClaimPanel).focus()

    def action_back(self) -> None:
        view = self.article_view
        if view.has_focus and self.screen.has_class("-searching"):
            self.screen.remove_class("-searching")
        self.screen.remove_class("-show-sidebar", "-show-claim")
        view.focus()

    def action_contents(self) -> None:
        from reader.screens.contents import ContentsScreen

        self.push_screen(ContentsScreen(self.document))

    def action_help(self) -> None:
        from index.query import QUERY_HELP
        from reader.screens.help import HelpScreen

        groups = [
            ("Reading", [b for b in ArticleView.BINDINGS if isinstance(b, Binding)]),
            ("Panels, search and more", [b for b in self.BINDINGS if isinstance(b, Binding)]),
            ("Search box", [b for b in SearchPanel.BINDINGS if isinstance(b, Binding)]),
        ]
        self.push_screen(HelpScreen(groups, QUERY_HELP))
