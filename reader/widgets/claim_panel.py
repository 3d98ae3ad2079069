"""The panel beside the article that annotates what is under the reading cursor."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.color import Color
from textual.containers import VerticalScroll
from textual.content import Content
from textual.style import Style
from textual.widgets import Static

from content.model import Claim, Defect, Document, Origin, Quote, SourceRef, Speaker, Verdict
from content.navigation import AnnotationsAt, Target, TargetKind, annotations_at, claim_number
from reader.colours import UNCHECKED_MARK, VERDICT_MARK, verdict_colour

_BOLD = Style(bold=True)
_DIM = Style(dim=True)
_ITALIC = Style(italic=True)


def _excerpt(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _sources(sources: tuple[SourceRef, ...]) -> list[Content]:
    lines = [Content.styled("Sources", _BOLD)]
    for number, source in enumerate(sources, start=1):
        label = (
            Content.styled(source.label, Style(link=source.url, underline=True))
            if source.url
            else Content(source.label)
        )
        lines.append(Content.assemble(f" {number}. ", label))
    return lines


class ClaimPanel(VerticalScroll):
    """Shows the claims, quotes and editorial defects at the cursor, most specific first."""

    can_focus = True

    def __init__(self, document: Document, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document = document
        self.border_title = "Claim"

    def compose(self) -> ComposeResult:
        yield Static(self._placeholder(), id="claim-body")

    def _placeholder(self) -> Content:
        claims = len(self.document.claims)
        return Content.assemble(
            Content.styled("Nothing marked here.\n\n", _DIM),
            f"This article has {claims} marked claim{'s' if claims != 1 else ''}. ",
            "Press ",
            Content.styled(">", _BOLD),
            " for the next one, or click an underlined passage.",
        )

    def set_document(self, document: Document, target: Target | None) -> None:
        self.document = document
        self.show(target)

    def show(self, target: Target | None) -> None:
        body = self.query_one("#claim-body", Static)
        if target is None:
            body.update(self._placeholder())
            return
        found = annotations_at(self.document, target.span)
        if target.kind == TargetKind.CLAIM:
            claims = tuple(c for c in found.claims if c.id == target.id) or found.claims
            found = AnnotationsAt(claims, found.quotes, found.defects)
        if not found:
            body.update(self._placeholder())
            self.border_title = "Claim"
            return
        self.border_title = self._title(found)
        body.update(Content("\n").join(self._sections(found)))
        self.scroll_home(animate=False)

    def summary(self, target: Target | None) -> str:
        """One line on what is at ``target``: the claim's number and verdict, or whose quote it is."""
        if target is None:
            return ""
        found = annotations_at(self.document, target.span)
        quote = next((q for q in found.quotes if q.id == target.id), None)
        if quote is not None:  # the cursor rests on a quote: say whose, even where a claim overlaps it
            return f"{quote.kind.value} quote · {self._who(quote.speaker_id)}"
        if found.claims:
            claim = next((c for c in found.claims if c.id == target.id), found.claims[0])
            verdict = f"{VERDICT_MARK[claim.verdict]} {claim.verdict}" if claim.verdict else "not yet checked"
            return f"claim {claim_number(self.document, claim)}/{len(self.document.claims)} · {verdict}"
        if found.quotes:
            return f"{found.quotes[0].kind.value} quote · {self._who(found.quotes[0].speaker_id)}"
        return ""

    def _title(self, found: AnnotationsAt) -> str:
        if found.claims:
            return f"Claim {claim_number(self.document, found.claims[0])} of {len(self.document.claims)}"
        if found.quotes:
            return "Quote"
        return "Editorial note"

    def _sections(self, found: AnnotationsAt) -> list[Content]:
        parts: list[Content] = []
        for claim in found.claims:
            parts.extend(self._claim(claim))
            parts.append(Content(""))
        for quote in found.quotes[:2]:
            parts.extend(self._quote(quote))
            parts.append(Content(""))
        for defect in found.defects:
            parts.extend(self._defect(defect))
            parts.append(Content(""))
        return parts[:-1]

    def _who(self, speaker_id: str | None) -> str:
        speaker = self.document.speaker(speaker_id)
        return speaker.name if speaker else "the article (narrator)"

    def _claim(self, claim: Claim) -> list[Content]:
        dark = self.app.current_theme.dark
        colour = Color.parse(verdict_colour(claim.verdict, dark))
        text = self.document.article.slice(claim.span)
        lines = [Content.styled(f"“{_excerpt(text)}”", _ITALIC), Content("")]
        if claim.verdict is not None:
            badge = f" {VERDICT_MARK[claim.verdict]} {claim.verdict.upper()} "
            lines.append(Content.styled(badge, Style(background=colour, foreground=Color.parse("#000000"), bold=True)))
        else:
            lines.append(Content.styled(f" {UNCHECKED_MARK} NOT YET CHECKED ", Style(foreground=colour, bold=True)))
        lines.append(Content.assemble(Content.styled("Type ", _DIM), claim.type.value))
        lines.append(Content.assemble(Content.styled("Made by ", _DIM), self._who(claim.speaker_id)))
        if claim.due:
            lines.append(self._due(claim.due))
        if claim.note:
            lines.extend([Content(""), Content(claim.note)])
        if claim.sources:
            lines.append(Content(""))
            lines.extend(_sources(claim.sources))
        provenance = "curated" if claim.origin == Origin.CURATED else f"found automatically (score {claim.score:.2f})"
        checked = f"checked {claim.checked} · " if claim.checked else ""
        lines.extend([Content(""), Content.styled(f"{checked}{provenance}", _DIM)])
        return lines

    def _due(self, due: str) -> Content:
        """A dated promise: say plainly when it has come due, so a reader knows to re-check it."""
        year = int(due[:4]) if due[:4].isdigit() else None
        if year is not None and year < date.today().year:
            warning = Style(foreground=Color.parse(verdict_colour(Verdict.OUTDATED, self.app.current_theme.dark)))
            return Content.styled(f"⚑ Due since {due}: re-check", warning + _BOLD)
        return Content.assemble(Content.styled("Falls due ", _DIM), due)

    def _quote(self, quote: Quote) -> list[Content]:
        speaker = self.document.speaker(quote.speaker_id)
        name = speaker.name if speaker else quote.speaker_id
        lines = [Content.assemble(Content.styled(f"{quote.kind.value.upper()} QUOTE", _BOLD), " · ", name)]
        if speaker is not None:
            lines.extend(self._roles(speaker))
        if quote.origin == Origin.AUTOMATIC:
            lines.append(Content.styled(f"found automatically (confidence {quote.confidence:.2f})", _DIM))
        return lines

    def _roles(self, speaker: Speaker) -> list[Content]:
        lines = []
        if speaker.role:
            lines.append(Content.assemble(Content.styled("Role in the text ", _DIM), speaker.role))
        if speaker.role_per_sources:
            as_of = f" ({speaker.role_as_of})" if speaker.role_as_of else ""
            lines.append(Content.assemble(Content.styled(f"Role per sources{as_of} ", _DIM), speaker.role_per_sources))
        return lines

    def _defect(self, defect: Defect) -> list[Content]:
        text = self.document.article.slice(defect.span)
        return [
            Content.assemble(Content.styled("EDITORIAL NOTE", _BOLD), " · ", defect.kind.value),
            Content.styled(f"“{_excerpt(text, 80)}”", _ITALIC),
            Content(defect.note),
        ]
