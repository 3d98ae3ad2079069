"""What a search returns: plain frozen data the CLI and the app render without parsing markup."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Snippet:
    """A window of a record's text with the matched words marked.

    ``marks`` are ``(start, end)`` offsets into ``text``. Where the record is anchored in the article,
    ``offset`` is where ``text`` starts in ``Article.text`` (so ``offset + start`` is an article offset);
    for a speaker profile it is None. ``clipped_start``/``clipped_end`` say the window cuts the record
    short, so a renderer can add an ellipsis.
    """

    text: str
    marks: tuple[tuple[int, int], ...] = ()
    offset: int | None = None
    clipped_start: bool = False
    clipped_end: bool = False

    def article_marks(self) -> tuple[tuple[int, int], ...]:
        """The marks as offsets into ``Article.text`` (empty for a profile snippet)."""
        if self.offset is None:
            return ()
        return tuple((self.offset + s, self.offset + e) for s, e in self.marks)

    def marked(self, before: str = "[[", after: str = "]]") -> str:
        """The snippet as one string with each mark wrapped in ``before``/``after``."""
        parts: list[str] = []
        last = 0
        for start, end in self.marks:
            parts += [self.text[last:start], before, self.text[start:end], after]
            last = end
        parts.append(self.text[last:])
        return "".join(parts)


@dataclass(frozen=True)
class Hit:
    article_id: str
    kind: str  # "paragraph", "quote", "claim" or "speaker"
    target: str  # the block, quote, claim or speaker id to jump to
    start: int  # offsets into Article.text of what the hit points at
    end: int
    position: int  # 1-based paragraph number
    title: str  # the article's title
    label: str  # e.g. "paragraph 3", "direct quote by Henry Hertzfeld", "statistic claim, inaccurate"
    snippet: Snippet
    score: float
    speaker_id: str = ""
    verdict: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "article": self.article_id,
            "kind": self.kind,
            "target": self.target,
            "start": self.start,
            "end": self.end,
            "position": self.position,
            "title": self.title,
            "label": self.label,
            "speaker": self.speaker_id or None,
            "verdict": self.verdict or None,
            "score": round(self.score, 4),
            "snippet": {
                "text": self.snippet.text,
                "marks": [list(m) for m in self.snippet.marks],
                "offset": self.snippet.offset,
                "clipped_start": self.snippet.clipped_start,
                "clipped_end": self.snippet.clipped_end,
            },
        }


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[Hit, ...] = ()
    total: int = 0  # how many records matched (the hits are the best ``limit`` of them)
    suggestion: str | None = None  # "did you mean" query, offered when nothing matched
    notice: str | None = None  # one line about the index itself (rebuilt, in memory, ...)
    cancelled: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)  # e.g. "con* matched 3,120 words; searched the 64 commonest"
