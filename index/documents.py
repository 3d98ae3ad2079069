"""Turn a content ``Document`` into index records: pure, no Whoosh, no files written.

A record is what a reader jumps to: a paragraph (any text block), a quote, a claim, or a speaker
profile. Anchored records carry ``text == Article.text[start:end]`` so snippet offsets map back to
the article; a speaker profile is not anchored (its text is the profile), but points at the
speaker's first quote or mention.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from content.model import BlockKind, Document, Span, Speaker
from content.sidecar import sidecar_path_for

from .schema import SCHEMA_VERSION

KINDS = ("paragraph", "quote", "claim", "speaker")
_SKIPPED_BLOCKS = frozenset({BlockKind.RULE})


@dataclass(frozen=True)
class Record:
    article_id: str
    kind: str
    target: str  # block, quote, claim or speaker id
    text: str
    start: int
    end: int
    anchored: bool
    title: str
    label: str
    position: int  # 1-based paragraph number the hit is in
    speaker_id: str = ""
    speaker_names: str = ""  # ids, names and aliases, space separated
    verdict: str = ""
    article_names: str = ""

    @property
    def key(self) -> str:
        return f"{self.article_id}/{self.kind}/{self.target}"


def fingerprint(document: Document) -> str:
    """A hash of the article's file and sidecar (or of its content, for text not read from a file).

    An article whose fingerprint matches the indexed one is not re-indexed.
    """
    digest = hashlib.sha1(f"sidelight-index-{SCHEMA_VERSION}\x00".encode())
    article = document.article
    if article.path:
        try:
            digest.update(Path(article.path).read_bytes())
            sidecar = sidecar_path_for(article.path)
            digest.update(b"\x00sidecar\x00")
            if sidecar.exists():
                digest.update(sidecar.read_bytes())
            return digest.hexdigest()
        except OSError:
            digest = hashlib.sha1(f"sidelight-index-{SCHEMA_VERSION}\x00".encode())
    digest.update(repr(document).encode())
    return digest.hexdigest()


def _names(speaker: Speaker | None) -> str:
    if speaker is None:
        return ""
    words = {speaker.id}
    for name in speaker.names():
        words.add(name.lower())
        words.update(name.lower().split())
    return " ".join(sorted(words))


def article_names(document: Document) -> str:
    article = document.article
    names = {article.id.lower()}
    if article.path:
        names.add(Path(article.path).stem.lower())
    return " ".join(sorted(names))


def records_for(document: Document) -> list[Record]:
    """Every record of ``document``, paragraphs first, in reading order."""
    article = document.article
    text = article.text
    names = article_names(document)
    title = article.title or article.id
    blocks = [b for b in article.blocks if b.kind not in _SKIPPED_BLOCKS and text[b.span.start : b.span.end].strip()]
    starts = [b.span.start for b in blocks]

    def position(offset: int) -> int:
        """The 1-based number of the paragraph ``offset`` falls in."""
        return max(bisect_right(starts, offset), 1)

    def anchored(kind: str, target: str, span: Span, label: str, **extra: object) -> Record:
        """A record for text of the article itself, which a hit can jump to."""
        return Record(
            article_id=article.id,
            kind=kind,
            target=target,
            text=text[span.start : span.end],
            start=span.start,
            end=span.end,
            anchored=True,
            title=title,
            label=label,
            article_names=names,
            **extra,  # type: ignore[arg-type]
        )

    records: list[Record] = []
    for number, block in enumerate(blocks, start=1):
        label = "heading" if block.kind == BlockKind.HEADING else f"paragraph {number}"
        records.append(anchored("paragraph", block.id, block.span, label, position=number))
    for quote in document.quotes:
        speaker = document.speaker(quote.speaker_id)
        label = f"{quote.kind.value} quote" + (f" by {speaker.name}" if speaker else "")
        records.append(
            anchored(
                "quote",
                quote.id,
                quote.span,
                label,
                position=position(quote.span.start),
                speaker_id=quote.speaker_id,
                speaker_names=_names(speaker) or quote.speaker_id,
            )
        )
    for claim in document.claims:
        speaker = document.speaker(claim.speaker_id)
        verdict = claim.verdict.value if claim.verdict else "unchecked"
        records.append(
            anchored(
                "claim",
                claim.id,
                claim.span,
                f"{claim.type.value} claim, {verdict}",
                position=position(claim.span.start),
                speaker_id=claim.speaker_id or "",
                speaker_names=_names(speaker) or (claim.speaker_id or ""),
                verdict=verdict,
            )
        )
    for speaker in document.speakers:
        quotes = document.quotes_by(speaker.id)
        if quotes:
            anchor_start, anchor_end = quotes[0].span.start, quotes[0].span.end
        else:
            found = [text.find(name) for name in speaker.names()]
            found = [f for f in found if f >= 0]
            anchor_start = min(found) if found else 0
            anchor_end = anchor_start
        profile = "\n".join(
            part
            for part in (
                speaker.name,
                ", ".join(a for a in speaker.aliases if a != speaker.name),
                speaker.role,
                speaker.role_per_sources,
                speaker.affiliation,
                speaker.note,
            )
            if part
        )
        records.append(
            Record(
                article_id=article.id,
                kind="speaker",
                target=speaker.id,
                text=profile,
                start=anchor_start,
                end=anchor_end,
                anchored=False,
                title=title,
                label=f"{speaker.kind.value}: {speaker.name}",
                position=position(anchor_start),
                speaker_id=speaker.id,
                speaker_names=_names(speaker),
                article_names=names,
            )
        )
    return records
