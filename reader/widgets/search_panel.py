"""Search as you type: an input, a status line and the ranked hits with their matches marked.

Searching runs in a thread worker that the next keystroke cancels, so typing never waits on the
index. Until the index is ready the panel says so and runs the latest query as soon as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

if TYPE_CHECKING:
    from index.hits import Hit, SearchResult
    from index.search import SearchIndex

RESULT_LIMIT = 50
MATCH_STYLE = Style(bold=True, reverse=True)
_DIM = Style(dim=True)


#: Characters of context shown around a hit's first match: enough to judge it, few enough that the
#: list shows several hits in a narrow panel.
CONTEXT_BEFORE, CONTEXT_AFTER = 30, 90


def hit_label(hit: Hit, speaker_name: str) -> Content:
    """A result: the kind and who, then the text around the first match, the matches marked."""
    kind = hit.kind + (f" · {speaker_name}" if speaker_name else "") + (f" · {hit.verdict}" if hit.verdict else "")
    snippet = hit.snippet
    first = snippet.marks[0][0] if snippet.marks else 0
    start = max(0, first - CONTEXT_BEFORE)
    if start:  # begin at a word
        space = snippet.text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(snippet.text), first + CONTEXT_AFTER)
    if end < len(snippet.text):
        space = snippet.text.rfind(" ", first, end)
        end = space if space > first else end
    text = Content(snippet.text[start:end])
    for mark_start, mark_end in snippet.marks:
        if mark_start < end and start < mark_end:
            text = text.stylize(MATCH_STYLE, max(mark_start, start) - start, min(mark_end, end) - start)
    lead = "…" if start or snippet.clipped_start else ""
    tail = "…" if end < len(snippet.text) or snippet.clipped_end else ""
    return Content.assemble(Content.styled(kind, _DIM + Style(bold=True)), "\n", lead, text, tail)


class SearchResults(OptionList):
    """The hits, best first."""


class SearchPanel(Vertical):
    """``/`` opens it; results update as you type; ↑ ↓ choose; Enter jumps; Esc returns to the article."""

    BINDINGS = [
        Binding("down", "move(1)", "Next hit", show=False),
        Binding("up", "move(-1)", "Prev hit", show=False),
    ]

    @dataclass
    class HitChosen(Message):
        hit: Hit

    @dataclass
    class ResultsChanged(Message):
        """New results arrived (the app highlights their matches in the article)."""

        result: SearchResult | None

    def __init__(self, speaker_names: dict[str, str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._speaker_names = speaker_names
        self._index: SearchIndex | None = None
        self._progress = "Preparing the search index…"
        self._failed = False
        self.result: SearchResult | None = None
        self.border_title = "Search"

    def compose(self) -> ComposeResult:
        yield Input(placeholder="/ to search, ? for help", id="search-input")
        yield Static(self._progress, id="search-status")
        yield SearchResults(id="search-results")

    def set_speaker_names(self, names: dict[str, str]) -> None:
        self._speaker_names = names

    @property
    def query_text(self) -> str:
        return self.query_one(Input).value

    def focus_input(self) -> None:
        # set_focus acts at once; Widget.focus() would wait its turn behind keys already typed.
        self.app.set_focus(self.query_one(Input))

    # -- the index arrives --------------------------------------------------------------------------

    def index_progress(self, done: int, total: int) -> None:
        if self._index is None:
            self._progress = f"Indexing… {done}/{total} articles" if total else "Preparing the search index…"
            self._status(self._progress)

    def index_ready(self, index: SearchIndex) -> None:
        self._index = index
        notice = f" ({index.notice})" if index.notice else ""
        self._status(f"Index ready{notice}. Type to search.")
        if self.query_text.strip():
            self.run_search(self.query_text)

    def index_failed(self, reason: str) -> None:
        self._progress = f"Search unavailable: {reason}"
        self._failed = True
        self._status(self._progress)

    def _status(self, text: str | Content) -> None:
        # Plain text, never markup: it carries index notices (paths) and the user's own words.
        self.query_one("#search-status", Static).update(Content(text) if isinstance(text, str) else text)

    # -- searching ------------------------------------------------------------------------------------

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        results = self.query_one(SearchResults)
        if results.option_count:
            if results.highlighted is None:
                results.highlighted = 0
            self._choose(results.highlighted)

    def run_search(self, text: str) -> None:
        if not text.strip():
            self.workers.cancel_group(self, "search")
            self._show(None, "")
            return
        if self._index is None:
            self._status(self._progress if self._failed else f"{self._progress} Your search runs when it is ready.")
            return
        self._search(text, self._index)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, text: str, index: SearchIndex) -> None:
        from index.query import QueryError

        worker = get_current_worker()
        try:
            result = index.search(text, limit=RESULT_LIMIT, cancel=lambda: worker.is_cancelled)
        except QueryError as error:
            self.app.call_from_thread(self._show_error, str(error), text)
            return
        except Exception as error:  # a failing search must say so, not leave old results standing
            self.app.call_from_thread(self._show_error, f"search failed: {error}", text)
            return
        if not worker.is_cancelled and not result.cancelled:
            self.app.call_from_thread(self._show, result, text)

    def _show_error(self, message: str, text: str) -> None:
        if text != self.query_text:  # an older query's error must not cover a newer one's results
            return
        self.result = None
        self.query_one(SearchResults).clear_options()  # results of an earlier query would mislead
        self._status(Content.styled(message, Style(italic=True)))
        self.post_message(self.ResultsChanged(None))

    def _show(self, result: SearchResult | None, text: str) -> None:
        if text != self.query_text:
            return  # an older search finished after the user typed on
        self.result = result
        results = self.query_one(SearchResults)
        results.clear_options()
        if result is None:
            self._status("Type to search.")
        elif not result.hits:
            hint = f" Did you mean: {result.suggestion}?" if result.suggestion else ""
            self._status(f"No hits.{hint}")
        else:
            shown = len(result.hits)
            more = f" (best {shown} shown)" if result.total > shown else ""
            self._status(f"{result.total} hit{'s' if result.total != 1 else ''}{more} · Enter jumps · n/N next/prev")
            results.add_options(
                Option(hit_label(hit, self._speaker_names.get(hit.speaker_id, "")), id=str(number))
                for number, hit in enumerate(result.hits)
            )
            results.highlighted = 0
        self.post_message(self.ResultsChanged(result))

    # -- choosing -------------------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        results = self.query_one(SearchResults)
        if results.option_count:
            current = results.highlighted if results.highlighted is not None else -step
            results.highlighted = max(0, min(results.option_count - 1, current + step))

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def _choose(self, number: int) -> None:
        if self.result is not None and 0 <= number < len(self.result.hits):
            self.post_message(self.HitChosen(self.result.hits[number]))
