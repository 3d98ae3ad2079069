"""``sidelight extract PATH [--json]``: what automatic extraction finds in an article.

Only automatic annotations are shown, never the sidecar's, so the output says what the extractor
itself sees. Offsets are into the article's plain text.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from content.extract import extract_annotations
from content.loader import parse_article, read_text_file
from content.model import Annotations, Article, Span


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sidelight extract",
        description="Show the speakers, quotes, claims and defects found automatically in an article.",
    )
    parser.add_argument("path", help="a Markdown (.md) or plain-text article")
    parser.add_argument("--json", action="store_true", help="print JSON (offsets into the article's plain text)")
    parser.add_argument("--today", help="the date that decides which dated plans have come due (YYYY-MM-DD)")
    return parser


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    today = _parse_today(args.today) if args.today else date.today()
    from pathlib import Path

    article = parse_article(read_text_file(Path(args.path)), args.path)
    annotations = extract_annotations(article, today)
    if args.json:
        json.dump(to_json(article, annotations, today), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(to_table(article, annotations, today))
    return 0


def _parse_today(raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise SystemExit(f"sidelight extract: --today: not a date: {raw!r} (expected YYYY-MM-DD)") from None


def to_json(article: Article, annotations: Annotations, today: date) -> dict[str, Any]:
    text = article.text

    def located(span: Span) -> dict[str, object]:
        """The text a span covers and where: the same three fields on every kind of finding."""
        return {"text": text[span.start : span.end], "start": span.start, "end": span.end}

    return {
        "speakers": [
            {"id": s.id, "name": s.name, "aliases": list(s.aliases), "kind": s.kind.value, "role": s.role}
            for s in annotations.speakers
        ],
        "quotes": [
            {
                "speaker": q.speaker_id,
                "kind": q.kind.value,
                **located(q.span),
                "confidence": q.confidence,
            }
            for q in annotations.quotes
        ],
        "claims": [
            {
                **located(c.span),
                "type": c.type.value,
                "speaker": c.speaker_id,
                "score": c.score,
                "due": c.due or None,
                "overdue": bool(c.due) and c.due.isdigit() and int(c.due) < today.year,
            }
            for c in annotations.claims
        ],
        "defects": [
            {
                "kind": d.kind.value,
                **located(d.span),
                "note": d.note,
            }
            for d in annotations.defects
        ],
    }


def to_table(article: Article, annotations: Annotations, today: date) -> str:
    data = to_json(article, annotations, today)
    names = {s["id"]: s["name"] for s in data["speakers"]}
    lines: list[str] = [f"{article.title or article.path}", ""]
    lines.append(f"Speakers ({len(data['speakers'])})")
    lines += _rows(
        ["name", "kind", "aliases", "role"],
        [[s["name"], s["kind"], ", ".join(s["aliases"]), s["role"]] for s in data["speakers"]],
    )
    lines += ["", f"Quotes ({len(data['quotes'])})"]
    lines += _rows(
        ["speaker", "kind", "conf", "offsets", "text"],
        [
            [names.get(q["speaker"], q["speaker"]), q["kind"], f"{q['confidence']:.2f}", _at(q), q["text"]]
            for q in data["quotes"]
        ],
    )
    lines += ["", f"Claims ({len(data['claims'])})"]
    lines += _rows(
        ["type", "score", "due", "speaker", "offsets", "text"],
        [
            [
                c["type"],
                f"{c['score']:.2f}",
                (f"due since {c['due']}" if c["overdue"] else c["due"]) if c["due"] else "",
                names.get(c["speaker"], "") if c["speaker"] else "",
                _at(c),
                c["text"],
            ]
            for c in data["claims"]
        ],
    )
    lines += ["", f"Defects ({len(data['defects'])})"]
    lines += _rows(
        ["kind", "offsets", "text", "note"], [[d["kind"], _at(d), d["text"], d["note"]] for d in data["defects"]]
    )
    return "\n".join(lines) + "\n"


def _at(entry: dict[str, Any]) -> str:
    return f"{entry['start']}-{entry['end']}"


def _rows(header: list[str], rows: list[list[str]], last_width: int = 70) -> list[str]:
    """Columns padded to their widest cell; the last column is clipped to ``last_width``."""
    if not rows:
        return ["  (none)"]
    cells = [
        [_clip(c.replace("\n", " "), 40) for c in row[:-1]] + [_clip(row[-1].replace("\n", " "), last_width)]
        for row in [header, *rows]
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header) - 1)]
    return [
        "  " + "  ".join([*(c.ljust(w) for c, w in zip(row, widths, strict=False)), row[-1]]).rstrip() for row in cells
    ]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
