"""Sidelight's domain: articles, speakers, quotes, claims and defects. Knows nothing of screens."""

from .errors import ContentError
from .loader import open_document
from .model import (
    Annotations,
    Article,
    Block,
    BlockKind,
    Claim,
    ClaimType,
    Defect,
    DefectKind,
    Document,
    Origin,
    Quote,
    QuoteKind,
    Sentence,
    SourceRef,
    Span,
    Speaker,
    SpeakerKind,
    Verdict,
)

__all__ = [
    "Annotations",
    "Article",
    "Block",
    "BlockKind",
    "Claim",
    "ClaimType",
    "ContentError",
    "Defect",
    "DefectKind",
    "Document",
    "Origin",
    "Quote",
    "QuoteKind",
    "Sentence",
    "SourceRef",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Verdict",
    "open_document",
]
