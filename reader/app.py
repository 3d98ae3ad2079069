"""The Sidelight app: the article in the centre, speakers on the left, the claim panel on the right."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Header

from content import navigation
from content.model import Document
from reader.widgets.article_view import ArticleView
from reader.widgets.claim_panel import ClaimPanel
from reader.widgets.speakers_panel import SpeakersPanel


class SidelightApp(App[None]):
    CSS_PATH = "sidelight.tcss"
    TITLE = "Sidelight"

    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("s", "focus_speakers", "Speakers"),
        Binding("a", "focus_article", "Article", show=False),
        Binding("escape", "focus_article", "Back to article", show=False),
    ]

    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        self.sub_title = document.article.title

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield SpeakersPanel(self.document, {}, id="speakers")
            yield ArticleView(self.document, id="article")
            yield ClaimPanel(self.document, id="claim")
        yield Footer()

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def on_mount(self) -> None:
        self._recolour_speakers()
        self.theme_changed_signal.subscribe(self, lambda _theme: self._recolour_speakers())
        self.article_view.focus()

    def _recolour_speakers(self) -> None:
        view = self.article_view
        self.query_one(SpeakersPanel).recolour({s.id: view.speaker_colour(s.id) for s in self.document.speakers})

    def on_article_view_cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self.query_one(ClaimPanel).show(event.target)
        if event.target is not None:
            speaker = navigation.speaker_at(self.document, event.target.span)
            self.query_one(SpeakersPanel).show_speaker(speaker)

    def on_speakers_panel_speaker_chosen(self, event: SpeakersPanel.SpeakerChosen) -> None:
        view = self.article_view
        quotes = sorted(self.document.quotes_by(event.speaker_id), key=lambda q: q.span.start)
        if not quotes:
            who = self.document.speaker(event.speaker_id)
            self.notify(f"{who.name if who else event.speaker_id} is named but not quoted.", timeout=3)
            return
        view.move_to(navigation.quote_target(quotes[0]))
        view.focus()

    def action_focus_speakers(self) -> None:
        self.query_one(SpeakersPanel).focus()

    def action_focus_article(self) -> None:
        self.article_view.focus()
