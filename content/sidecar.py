"""Curated annotations: a human-edited TOML file beside the article.

``story.md`` is annotated by ``story.annotations.toml``. Entries anchor to the article by an exact
fragment of its text (plus ``occurrence`` where the fragment repeats), so the article can be
reflowed without breaking them. The format is documented in docs/annotations.md.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from .errors import ContentError
from .ids import annotation_id, find_occurrences
from .model import (
    VERDICTS_NEEDING_SOURCES,
    Annotations,
    Article,
    Claim,
    ClaimType,
    Defect,
    DefectKind,
    Origin,
    Quote,
    QuoteKind,
    SourceRef,
    Span,
    Speaker,
    SpeakerKind,
    Verdict,
)

SIDECAR_SUFFIX = ".annotations.toml"
SCHEMA_VERSION = 1
_TABLES = ("speaker", "quote", "claim", "defect")
_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]*")
_FIELDS = {
    "speaker": frozenset(
        {"id", "name", "aliases", "kind", "role", "role_per_sources", "role_as_of", "affiliation", "note", "sources"}
    ),
    "quote": frozenset({"speaker", "kind", "fragment", "occurrence"}),
    "claim": frozenset({"fragment", "occurrence", "type", "speaker", "verdict", "note", "sources", "checked", "due"}),
    "defect": frozenset({"fragment", "occurrence", "kind", "note"}),
}

E = TypeVar("E", bound=StrEnum)


def sidecar_path_for(article_path: str | Path) -> Path:
    path = Path(article_path)
    return path.with_name(path.stem + SIDECAR_SUFFIX)


class _Entry:
    """One ``[[table]]`` entry with the line it starts on, for messages."""

    def __init__(self, path: str, table: str, number: int, line: int, data: dict[str, Any]) -> None:
        self.path, self.table, self.number, self.line, self.data = path, table, number, line, data
        if not isinstance(data, dict):
            raise self.fail(f"must be a table of fields, written as [[{table}]]")
        unknown = sorted(set(data) - _FIELDS[table])
        if unknown:
            # A misspelt field ("occurence") would otherwise be dropped without a word.
            raise self.fail(f"unknown field '{unknown[0]}' (expected: {', '.join(sorted(_FIELDS[table]))})")

    def fail(self, message: str) -> ContentError:
        return ContentError(self.path, f"{self.table} {self.number}: {message}", self.line)

    def text(self, key: str, *, required: bool = False) -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(f"missing field '{key}'")
            return ""
        if not isinstance(value, str):
            raise self.fail(f"field '{key}' must be a string")
        if required and not value.strip():
            raise self.fail(f"field '{key}' is empty")
        return value

    def choice(self, key: str, enum: type[E], *, required: bool = True) -> E | None:
        raw = self.text(key, required=required)
        if not raw:
            return None
        try:
            return enum(raw)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise self.fail(f"unknown {key} '{raw}' (expected one of: {allowed})") from None

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"field '{key}' must be a list of strings")
        return tuple(value)

    def sources(self) -> tuple[SourceRef, ...]:
        value = self.data.get("sources", [])
        if not isinstance(value, list):
            raise self.fail("field 'sources' must be a list of { label = ..., url = ... } tables")
        refs = []
        for position, item in enumerate(value, start=1):
            if not isinstance(item, dict) or not isinstance(item.get("label"), str) or not item["label"].strip():
                raise self.fail(f"source {position} needs a 'label'")
            url = item.get("url")
            if url is not None and not isinstance(url, str):
                raise self.fail(f"source {position}: 'url' must be a string")
            refs.append(SourceRef(item["label"], url or None))
        return tuple(refs)

    def anchor(self, article: Article) -> tuple[Span, int]:
        fragment = self.text("fragment", required=True)
        occurrence = self.data.get("occurrence")
        if occurrence is not None and (
            isinstance(occurrence, bool) or not isinstance(occurrence, int) or occurrence < 1
        ):
            raise self.fail("'occurrence' must be a whole number from 1")
        starts = find_occurrences(article.text, fragment)
        shown = fragment if len(fragment) <= 60 else fragment[:57] + "..."
        if not starts:
            raise self.fail(f"fragment not found in the article text: '{shown}'")
        if occurrence is None:
            if len(starts) > 1:
                raise self.fail(
                    f"fragment occurs {len(starts)} times in the article: add occurrence = 1..{len(starts)}: '{shown}'"
                )
            occurrence = 1
        if occurrence > len(starts):
            raise self.fail(f"occurrence {occurrence} asked, but the fragment occurs {len(starts)} time(s): '{shown}'")
        start = starts[occurrence - 1]
        return Span(start, start + len(fragment)), occurrence


def _entry_lines(source: str) -> dict[str, list[int]]:
    lines: dict[str, list[int]] = {table: [] for table in _TABLES}
    for number, line in enumerate(source.splitlines(), start=1):
        match = re.match(r"\s*\[\[\s*([A-Za-z_-]+)\s*\]\]", line)
        if match and match.group(1) in lines:
            lines[match.group(1)].append(number)
    return lines


def _decode(source: str, path: str) -> dict[str, Any]:
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = re.search(r"\(at line (\d+), column \d+\)", message)
        line = int(match.group(1)) if match else None
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", message) or "not valid TOML"
        raise ContentError(path, f"not valid TOML: {message}", line) from None


def parse_sidecar(source: str, path: str, article: Article) -> Annotations:
    """Read curated annotations from TOML ``source`` and anchor them to ``article``."""
    data = _decode(source, path)
    schema = data.get("schema", SCHEMA_VERSION)
    if schema != SCHEMA_VERSION:
        raise ContentError(path, f"schema {schema} is not supported (this Sidelight reads schema {SCHEMA_VERSION})")
    unknown = sorted(set(data) - {*_TABLES, "schema", "checked"})
    if unknown:
        raise ContentError(path, f"unknown table or field '{unknown[0]}' (expected: {', '.join(_TABLES)})")
    default_checked = data.get("checked", "")
    if not isinstance(default_checked, str):
        raise ContentError(path, "field 'checked' must be a date written as a string, e.g. \"2026-11-26\"")
    lines = _entry_lines(source)

    def entries(table: str) -> list[_Entry]:
        raw = data.get(table, [])
        if not isinstance(raw, list):
            raise ContentError(path, f"'{table}' must be written as [[{table}]] entries")
        found = lines[table]
        return [
            _Entry(path, table, n, found[n - 1] if n - 1 < len(found) else 0, item)
            for n, item in enumerate(raw, start=1)
        ]

    speakers = tuple(_speaker(entry) for entry in entries("speaker"))
    known: dict[str, Speaker] = {}
    for entry, speaker in zip(entries("speaker"), speakers, strict=True):
        if speaker.id in known:
            raise entry.fail(f"speaker id '{speaker.id}' is used twice")
        known[speaker.id] = speaker

    def speaker_ref(entry: _Entry, *, required: bool) -> str | None:
        ref = entry.text("speaker", required=required)
        if not ref:
            return None
        if ref not in known:
            raise entry.fail(f"unknown speaker '{ref}' (no [[speaker]] has that id)")
        return ref

    quotes = tuple(_quote(entry, article, speaker_ref) for entry in entries("quote"))
    claims = tuple(_claim(entry, article, speaker_ref, default_checked) for entry in entries("claim"))
    defects = tuple(_defect(entry, article) for entry in entries("defect"))
    return Annotations(speakers=speakers, quotes=quotes, claims=claims, defects=defects)


def _speaker(entry: _Entry) -> Speaker:
    speaker_id = entry.text("id", required=True)
    if not _ID_PATTERN.fullmatch(speaker_id):
        raise entry.fail(f"speaker id '{speaker_id}' must be lower-case letters, digits and '-'")
    kind = entry.choice("kind", SpeakerKind, required=False) or SpeakerKind.PERSON
    return Speaker(
        id=speaker_id,
        name=entry.text("name", required=True),
        kind=kind,
        aliases=entry.strings("aliases"),
        role=entry.text("role"),
        role_per_sources=entry.text("role_per_sources"),
        role_as_of=entry.text("role_as_of"),
        affiliation=entry.text("affiliation"),
        note=entry.text("note"),
        sources=entry.sources(),
        origin=Origin.CURATED,
    )


SpeakerRef = Callable[..., str | None]


def _quote(entry: _Entry, article: Article, speaker_ref: SpeakerRef) -> Quote:
    span, occurrence = entry.anchor(article)
    speaker_id = speaker_ref(entry, required=True)
    assert speaker_id is not None
    kind = entry.choice("kind", QuoteKind)
    assert kind is not None
    return Quote(annotation_id("q", article.slice(span), occurrence), speaker_id, kind, span)


def _claim(entry: _Entry, article: Article, speaker_ref: SpeakerRef, default_checked: str) -> Claim:
    span, occurrence = entry.anchor(article)
    claim_type = entry.choice("type", ClaimType)
    verdict = entry.choice("verdict", Verdict)
    assert claim_type is not None and verdict is not None
    sources = entry.sources()
    if verdict in VERDICTS_NEEDING_SOURCES and not sources:
        raise entry.fail(f"verdict '{verdict}' needs at least one source (or say 'unverifiable')")
    return Claim(
        id=annotation_id("c", article.slice(span), occurrence),
        span=span,
        type=claim_type,
        speaker_id=speaker_ref(entry, required=False),
        verdict=verdict,
        note=entry.text("note"),
        sources=sources,
        checked=entry.text("checked") or default_checked,
        due=entry.text("due"),
    )


def _defect(entry: _Entry, article: Article) -> Defect:
    span, occurrence = entry.anchor(article)
    kind = entry.choice("kind", DefectKind)
    assert kind is not None
    return Defect(annotation_id("d", article.slice(span), occurrence), kind, span, entry.text("note"))
