"""The article, rendered line by line: quotes coloured by speaker, claims marked, a reading cursor.

A ``ScrollView`` that renders only the lines on screen from a pre-computed layout (see
``reader.layout``), caching rendered strips, so long articles scroll and jump without lag.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.color import Color
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from content import navigation
from content.model import BlockKind, Claim, Document, MarkKind, Span
from content.navigation import Target, TargetKind
from reader.colours import UNCHECKED_MARK, VERDICT_MARK, speaker_colours, verdict_colour
from reader.layout import BLANK, ArticleLayout

GUTTER = 2  # a claim's verdict mark, then a space
MEASURE = 88  # the longest line, in cells: longer lines are hard to read, so wide views centre the text

_MARK_STYLES = {
    MarkKind.EMPHASIS: Style(italic=True),
    MarkKind.STRONG: Style(bold=True),
    MarkKind.STRIKE: Style(strike=True),
}


class ArticleView(ScrollView, can_focus=True):
    """Shows a ``Document``'s article and moves a reading cursor through it."""

    COMPONENT_CLASSES = {
        "article-view--cursor",
        "article-view--heading",
        "article-view--title",
        "article-view--code",
        "article-view--link",
        "article-view--quote-block",
        "article-view--defect",
        "article-view--match",
    }

    BINDINGS = [
        Binding("down,j", "sentence(1)", "Next sentence", show=False, id="sidelight.next-sentence"),
        Binding("up,k", "sentence(-1)", "Prev sentence", show=False, id="sidelight.previous-sentence"),
        Binding("greater_than_sign", "claim(True)", "Next claim", key_display=">", id="sidelight.next-claim"),
        Binding(
            "less_than_sign", "claim(False)", "Prev claim", key_display="<", show=False, id="sidelight.previous-claim"
        ),
        Binding(
            "right_square_bracket",
            "same_speaker(True)",
            "Speaker's next quote",
            key_display="]",
            show=False,
            id="sidelight.next-quote-same-speaker",
        ),
        Binding(
            "left_square_bracket",
            "same_speaker(False)",
            "Speaker's prev quote",
            key_display="[",
            show=False,
            id="sidelight.previous-quote-same-speaker",
        ),
        Binding(
            "right_curly_bracket", "other_speaker(True)", "Next speaker", key_display="}", id="sidelight.next-speaker"
        ),
        Binding(
            "left_curly_bracket",
            "other_speaker(False)",
            "Prev speaker",
            key_display="{",
            show=False,
            id="sidelight.previous-speaker",
        ),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="sidelight.page-down"),
        Binding("pageup,b", "page(-1)", "Page up", show=False, id="sidelight.page-up"),
        Binding("home,g", "edge(False)", "Top", show=False, id="sidelight.top"),
        Binding("end,G", "edge(True)", "Bottom", show=False, id="sidelight.bottom"),
    ]

    @dataclass
    class CursorMoved(Message):
        """The reading cursor rests on a new target (None: nothing to rest on)."""

        view: ArticleView
        target: Target | None

    cursor: reactive[Target | None] = reactive(None, init=False, always_update=True)

    def __init__(self, document: Document, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self.document = document
        self._layout: ArticleLayout | None = None
        self._strips: LRUCache[tuple[int, int, int, int], Strip] = LRUCache(1024)
        self._blocks: LRUCache[int, Content] = LRUCache(256)
        self._speaker_colour: dict[str, str] = {}
        self._matches: tuple[Span, ...] = ()
        self._claim_on_line: dict[int, Claim] | None = None  # per layout and document

    # -- layout ---------------------------------------------------------------------------

    @property
    def layout_table(self) -> ArticleLayout:
        if self._layout is None or self._layout.width != self._text_width():
            self._relayout()
        assert self._layout is not None
        return self._layout

    def _text_width(self) -> int:
        return max(8, min(MEASURE, self.scrollable_content_region.width - GUTTER - 1))

    @property
    def margin(self) -> int:
        """Blank cells left of the gutter that centre the text in a view wider than the measure."""
        spare = self.scrollable_content_region.width - GUTTER - 1 - self._text_width()
        return max(0, spare // 2)

    def _relayout(self) -> None:
        anchor = self._top_offset()
        self._layout = ArticleLayout(self.document.article, self._text_width())
        self._claim_on_line = None
        self._strips.clear()
        self._size_canvas()
        if anchor is not None:
            self.scroll_to(y=self._layout.line_of(anchor), animate=False, immediate=True)
        if self.cursor is not None:
            self._scroll_to_span(self.cursor.span)

    def _top_offset(self) -> int | None:
        """The text offset at the top of the screen, kept when the width changes."""
        if self._layout is None or not self._layout.lines:
            return None
        top = min(int(self.scroll_y), len(self._layout.lines) - 1)
        return self._layout.lines[top].start

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._on_theme_changed)

    def _on_theme_changed(self, _theme: object) -> None:
        self._speaker_colour.clear()
        self.refresh_styles()

    def set_document(self, document: Document) -> None:
        """Show new annotations of the same article; the layout and the cursor stay."""
        self.document = document
        self._speaker_colour.clear()
        self.refresh_styles()

    def refresh_styles(self) -> None:
        self._claim_on_line = None
        self._strips.clear()
        self._blocks.clear()
        self.refresh()

    def _size_canvas(self) -> None:
        lines = len(self._layout) if self._layout is not None else 0
        self.virtual_size = Size(self.margin + GUTTER + self._text_width(), lines)

    def on_resize(self, event: events.Resize) -> None:
        if self._layout is None or self._layout.width != self._text_width():
            self._relayout()
        else:
            self._size_canvas()  # same measure, new margin

    # -- styling ----------------------------------------------------------------------------

    def speaker_colour(self, speaker_id: str) -> str:
        if not self._speaker_colour:
            ids = (speaker.id for speaker in self.document.speakers)
            self._speaker_colour = speaker_colours(ids, self.app.current_theme.dark)
        return self._speaker_colour.get(speaker_id, "")

    def _component(self, name: str) -> Style:
        return self.get_visual_style(name, partial=True)

    def _block_content(self, number: int) -> Content:
        cached = self._blocks.get(number)
        if cached is not None:
            return cached
        article = self.document.article
        block = article.blocks[number]
        base = block.span.start
        content = Content(article.text[block.span.start : block.span.end])

        def local(span: Span) -> tuple[int, int] | None:
            start, end = max(span.start, block.span.start), min(span.end, block.span.end)
            return (start - base, end - base) if start < end else None

        if block.kind == BlockKind.HEADING:
            name = "article-view--title" if block.level == 1 else "article-view--heading"
            content = content.stylize(self._component(name))
        elif block.kind == BlockKind.CODE:
            content = content.stylize(self._component("article-view--code"))
        elif block.kind == BlockKind.QUOTE_BLOCK:
            content = content.stylize(self._component("article-view--quote-block"))
        for mark in block.marks:
            if (where := local(mark.span)) is None:
                continue
            if mark.kind == MarkKind.LINK:
                style = self._component("article-view--link") + Style(link=mark.href)
            elif mark.kind == MarkKind.CODE:
                style = self._component("article-view--code")
            else:
                style = _MARK_STYLES[mark.kind]
            content = content.stylize(style, *where)
        found = navigation.annotations_at(self.document, block.span)
        for quote in found.quotes:
            if (where := local(quote.span)) is not None and (colour := self.speaker_colour(quote.speaker_id)):
                content = content.stylize(Style(foreground=Color.parse(colour)), *where)
        for defect in found.defects:
            if (where := local(defect.span)) is not None:
                content = content.stylize(self._component("article-view--defect"), *where)
        for claim in found.claims:
            if (where := local(claim.span)) is not None:
                content = content.stylize(Style(underline=True), *where)
        self._blocks[number] = content
        return content

    def _gutter(self, line_number: int) -> Content:
        """The verdict mark of the first claim that starts on this line, if any."""
        if self._claim_on_line is None:
            table = self.layout_table
            self._claim_on_line = {}
            for claim in self.document.claims:
                self._claim_on_line.setdefault(table.line_of(claim.span.start), claim)
        claim = self._claim_on_line.get(line_number)
        if claim is None:
            return Content(" " * GUTTER)
        mark = VERDICT_MARK[claim.verdict] if claim.verdict else UNCHECKED_MARK
        colour = verdict_colour(claim.verdict, self.app.current_theme.dark)
        return Content.styled(mark, Style(foreground=Color.parse(colour), bold=True)).pad_right(1)

    # -- rendering --------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        number = scroll_y + y
        width = self.scrollable_content_region.width
        table = self.layout_table
        if number >= len(table):
            return Strip.blank(width, self.rich_style)
        cursor = self.cursor.span if self.cursor is not None else None
        line = table.lines[number]
        touch = (0, 0)
        if cursor is not None and line.block != BLANK and cursor.start < line.end and line.start < cursor.end:
            touch = (max(cursor.start, line.start), min(cursor.end, line.end))
        key = (number, width, *touch)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_full_line(number, touch, width)
            self._strips[key] = strip
        return strip.crop(scroll_x, scroll_x + width)

    def _render_full_line(self, number: int, touch: tuple[int, int], width: int) -> Strip:
        line = self.layout_table.lines[number]
        if line.block == BLANK:
            return Strip.blank(width, self.rich_style)
        block = self.document.article.blocks[line.block]
        body = self._block_content(line.block)[line.start - block.span.start : line.end - block.span.start]
        if touch != (0, 0):
            body = body.stylize(self._component("article-view--cursor"), touch[0] - line.start, touch[1] - line.start)
        for match in self._matches:
            if match.start < line.end and line.start < match.end:
                start, end = max(match.start, line.start) - line.start, min(match.end, line.end) - line.start
                body = body.stylize(self._component("article-view--match"), start, end)
        lead = Content(" " * (line.indent - len(line.prefix)) + line.prefix)
        content = Content.assemble(" " * self.margin, self._gutter(number), lead, body)
        segments = content.render_segments(self.visual_style)
        return Strip(segments).extend_cell_length(width, self.rich_style).crop(0, max(width, 1))

    # -- the reading cursor --------------------------------------------------------------------

    def watch_cursor(self, target: Target | None) -> None:
        self.refresh()
        self.post_message(self.CursorMoved(self, target))

    def move_to(self, target: Target | None) -> None:
        """Rest the cursor on ``target`` and scroll it into view."""
        self.cursor = target
        if target is not None:
            self._scroll_to_span(target.span)

    def _scroll_to_span(self, span: Span) -> None:
        table = self.layout_table
        first, last = table.line_of(span.start), table.line_of(max(span.start, span.end - 1))
        height = max(1, self.scrollable_content_region.height)
        top = int(self.scroll_y)
        if first < top or last >= top + height:
            # Centre short targets; show the start of long ones.
            target_top = first - max(0, (height - (last - first + 1)) // 2) if last - first < height else first
            self.scroll_to(y=max(0, target_top), animate=False, immediate=True)

    def set_matches(self, spans: tuple[Span, ...]) -> None:
        """Highlight these spans (search hits) in the text."""
        self._matches = spans
        self._strips.clear()
        self.refresh()

    # -- actions --------------------------------------------------------------------------------

    def _current_span(self) -> Span:
        if self.cursor is not None:
            return self.cursor.span
        top = self._top_offset() or 0
        return Span(top, top)

    def action_sentence(self, step: int) -> None:
        if self.cursor is None:
            first = navigation.sentence_at(self.document, self._current_span().start)
            self.move_to(navigation.sentence_target(first) if first else None)
            return
        sentence = navigation.step_sentence(self.document, self._current_span(), step)
        if sentence is not None:
            self.move_to(navigation.sentence_target(sentence))

    def _from_elsewhere(self, kind: TargetKind) -> bool:
        """Is the cursor off any item of ``kind``? Then an item starting right at it counts as next."""
        return self.cursor is None or self.cursor.kind != kind

    def action_claim(self, forward: bool) -> None:
        inclusive = self._from_elsewhere(TargetKind.CLAIM)
        claim = navigation.next_claim(self.document, self._current_span(), forward, inclusive)
        if claim is None:
            self.notify("No more claims this way.", severity="information", timeout=2)
            return
        self.move_to(navigation.claim_target(claim))

    def current_speaker(self) -> str | None:
        return navigation.speaker_at(self.document, self._current_span()) if self.cursor else None

    def action_same_speaker(self, forward: bool) -> None:
        speaker = self.current_speaker()
        inclusive = self._from_elsewhere(TargetKind.QUOTE)
        quote = navigation.next_quote(self.document, self._current_span(), forward, speaker, inclusive)
        if quote is None:
            who = self.document.speaker(speaker)
            self.notify(f"No more quotes by {who.name if who else 'anyone'} this way.", timeout=2, markup=False)
            return
        self.move_to(navigation.quote_target(quote))

    def action_other_speaker(self, forward: bool) -> None:
        inclusive = self._from_elsewhere(TargetKind.QUOTE)
        quote = navigation.next_other_speaker_quote(
            self.document, self._current_span(), self.current_speaker(), forward, inclusive
        )
        if quote is None:
            self.notify("No more speakers this way.", timeout=2)
            return
        self.move_to(navigation.quote_target(quote))

    def action_page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=self.scroll_y + direction * height, animate=False)

    def action_edge(self, end: bool) -> None:
        sentences = self.document.article.sentences
        if sentences:
            self.move_to(navigation.sentence_target(sentences[-1] if end else sentences[0]))
        self.scroll_to(y=self.max_scroll_y if end else 0, animate=False)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = int(self.scroll_y) + offset.y
        text_offset = self.layout_table.offset_at(line, int(self.scroll_x) + offset.x - self.margin - GUTTER)
        if text_offset is None:
            return
        target = navigation.innermost_at(self.document, text_offset)
        if target is not None:
            self.cursor = target
