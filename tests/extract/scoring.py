"""Score extraction against a gold file in the shape of shared/seed/speakers-gold.json.

A predicted quote matches a gold quote when its text contains the gold ``starts`` (ignoring case and
quotation marks) and its speaker is the same person: the gold surname matches the surname of the
predicted speaker's name or of one of its aliases. Speaker precision: the share of predicted speakers
that are some gold speaker; quote recall: the share of gold quotes some prediction matches; quote
precision: the share of predictions that match some gold quote.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from content.extract import extract_annotations
from content.loader import open_document
from content.model import Annotations, Article, Speaker

_MARKS = re.compile(r"[“”\"‘’'«»„]")


@dataclass(frozen=True)
class Score:
    quote_recall: float
    quote_precision: float
    speaker_recall: float
    speaker_precision: float
    missed: tuple[str, ...]
    spurious: tuple[str, ...]
    false_speakers: tuple[str, ...]

    @property
    def quote_f1(self) -> float:
        return _f1(self.quote_precision, self.quote_recall)

    @property
    def speaker_f1(self) -> float:
        return _f1(self.speaker_precision, self.speaker_recall)

    def report(self, label: str) -> str:
        lines = [
            f"{label}: quotes P={self.quote_precision:.3f} R={self.quote_recall:.3f} F1={self.quote_f1:.3f}; "
            f"speakers P={self.speaker_precision:.3f} R={self.speaker_recall:.3f} F1={self.speaker_f1:.3f}"
        ]
        lines += [f"  missed: {m}" for m in self.missed]
        lines += [f"  spurious: {s}" for s in self.spurious]
        lines += [f"  false speaker: {s}" for s in self.false_speakers]
        return "\n".join(lines)


@dataclass(frozen=True)
class Macro:
    """Scores averaged over articles: quote precision and recall, their F1, and the mean speaker F1."""

    quote_precision: float
    quote_recall: float
    speaker_f1: float

    @property
    def quote_f1(self) -> float:
        return _f1(self.quote_precision, self.quote_recall)

    @classmethod
    def of(cls, results: list[Score]) -> Macro:
        n = len(results)
        return cls(
            sum(r.quote_precision for r in results) / n,
            sum(r.quote_recall for r in results) / n,
            sum(r.speaker_f1 for r in results) / n,
        )

    def report(self, label: str) -> str:
        return (
            f"{label} (macro): quotes P={self.quote_precision:.3f} R={self.quote_recall:.3f} F1={self.quote_f1:.3f}; "
            f"speakers F1={self.speaker_f1:.3f}"
        )


def score_article(path: Path, gold: Path | None = None) -> Score:
    """Open the article at ``path``, extract, and score against its gold (``NAME.gold.json`` beside it by default)."""
    article = open_document(path).article
    annotations = extract_annotations(article, date(2026, 11, 26))
    return score(article, annotations, load_gold(gold or path.with_name(path.stem + ".gold.json")))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", _MARKS.sub("", text)).strip().lower()


def _surnames(speaker: Speaker) -> set[str]:
    return {name.split()[-1].lower().strip(".,") for name in speaker.names() if name.split()}


def load_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def gold_surnames(gold: dict) -> dict[str, set[str]]:
    """Gold surname -> every surname the person goes by (aliases included)."""
    people: dict[str, set[str]] = {}
    for speaker in gold["speakers"]:
        names = {speaker["surname"].lower()}
        names |= {alias.split()[-1].lower() for alias in speaker.get("aliases", [])}
        names.add(speaker["name"].split()[-1].lower())
        people[speaker["surname"]] = names
    return people


def score(article: Article, annotations: Annotations, gold: dict) -> Score:
    people = gold_surnames(gold)
    full_names = {
        entry["surname"]: {_norm(name) for name in (entry["name"], entry["surname"], *entry.get("aliases", []))}
        for entry in gold["speakers"]
    }
    speakers = {s.id: s for s in annotations.speakers}

    def person_of(speaker: Speaker) -> str | None:
        # A name written in full first: two organisations can end in the same word ("Ghana's foreign ministry",
        # "Ivory Coast's interior ministry"), which the surnames alone cannot tell apart.
        written = {_norm(name) for name in speaker.names()}
        for key, names in full_names.items():
            if written & names:
                return key
        surnames = _surnames(speaker)
        for key, names in people.items():
            if surnames & names:
                return key
        return None

    predicted = [
        (_norm(article.text[q.span.start : q.span.end]), person_of(speakers[q.speaker_id]), q)
        for q in annotations.quotes
    ]
    gold_quotes = [(_norm(g["starts"]), g["speaker"]) for g in gold["quotes"]]
    matched_gold = [any(start in text and who == g_who for text, who, _ in predicted) for start, g_who in gold_quotes]
    matched_pred = [any(start in text and who == g_who for start, g_who in gold_quotes) for text, who, _ in predicted]
    quoted_speakers = [s for s in annotations.speakers if any(q.speaker_id == s.id for q in annotations.quotes)]
    true_speakers = [s for s in quoted_speakers if person_of(s) is not None]
    found_people = {person_of(s) for s in true_speakers}
    return Score(
        quote_recall=sum(matched_gold) / len(gold_quotes) if gold_quotes else 1.0,
        quote_precision=sum(matched_pred) / len(predicted) if predicted else 1.0,
        speaker_recall=len(found_people) / len(people) if people else 1.0,
        speaker_precision=len(true_speakers) / len(quoted_speakers) if quoted_speakers else 1.0,
        missed=tuple(
            f"{who}: {g['starts']}"
            for (_, who), g, ok in zip(gold_quotes, gold["quotes"], matched_gold, strict=True)
            if not ok
        ),
        spurious=tuple(
            f"{speakers[q.speaker_id].name}: {article.text[q.span.start : q.span.end][:70]}"
            for (_, _, q), ok in zip(predicted, matched_pred, strict=True)
            if not ok
        ),
        false_speakers=tuple(s.name for s in quoted_speakers if person_of(s) is None),
    )


def fragment_covered(article: Article, fragment: str, spans: list[tuple[int, int]]) -> bool:
    """Does some span cover at least half of the fragment's first occurrence in the article?"""
    at = article.text.find(fragment)
    if at < 0:
        return False
    end = at + len(fragment)
    return any(min(end, e) - max(at, s) >= len(fragment) / 2 for s, e in spans)
