"""Benchmark: automatic extraction of a ~1 MB article against merely parsing it with markdown-it-py.

Run as a script: ``.venv/bin/python tests/benchmarks/bench_extract.py [--runs N] [--article repeated|varied|both]``.
Two articles of about 1 MB are built from real text, each parsed into an ``Article`` once; extraction and
markdown-it-py parsing are timed in the same run:

- *repeated*: the seed article and our own five test articles, repeated (the figures of earlier sessions);
- *varied*: every test article, the unseen ones included (about ninety different stories, each about twice).
  More people, more house styles and fewer repeats: extraction costs more per character here, and this is the
  fairer picture of a long text.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from markdown_it import MarkdownIt  # noqa: E402

from content.extract import extract_annotations  # noqa: E402
from content.extract.claims import find_claims  # noqa: E402
from content.extract.defects import duplicated_phrases  # noqa: E402
from content.extract.quotes import find_quotes  # noqa: E402
from content.extract.speakers import SpeakerRegistry  # noqa: E402
from content.markdown import parse_markdown  # noqa: E402

SOURCES = [
    ROOT.parent / "shared" / "seed" / "000_b5ec6d775c91a07e.txt",
    *sorted((ROOT / "tests" / "extract" / "data").glob("*.txt")),
    ROOT / "content" / "articles" / "china-russia-space-2021.md",
]
VARIED_SOURCES = [*sorted((ROOT / "tests" / "extract" / "data" / "unseen").glob("*.txt")), *SOURCES]
ARTICLES = {"repeated": SOURCES, "varied": VARIED_SOURCES}


def big_article(size: int = 1_000_000, sources: list[Path] = SOURCES) -> str:
    bodies = []
    for path in sources:
        if path.exists():
            lines = path.read_text(encoding="utf-8").split("\n")
            bodies.append("\n".join(line for line in lines if not line.startswith(("---", "#", "id:", "title:"))))
    if not bodies:
        raise SystemExit("no source text found")
    parts, total, n = ["# Benchmark article\n"], 0, 0
    while total < size:
        body = bodies[n % len(bodies)]
        parts.append(f"\n## Part {n}\n\n{body}\n")
        total += len(body)
        n += 1
    return "".join(parts)


def timed(action, runs: int, clock=time.perf_counter) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = clock()
        action()
        times.append(clock() - start)
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def paired(
    first: Callable[[], object], second: Callable[[], object], runs: int, clock: Callable[[], float] = time.perf_counter
) -> tuple[list[float], list[float]]:
    """Time ``first`` and ``second`` alternately, ``runs`` times each: a pair shares whatever else the machine was
    doing at that moment, so the ratio of the two is steadier than two separately timed series would give."""
    a, b = [], []
    for _ in range(runs):
        a.extend(timed(first, 1, clock))
        b.extend(timed(second, 1, clock))
    return a, b


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--article", choices=[*ARTICLES, "both"], default="both")
    args = parser.parse_args()
    for name in ARTICLES if args.article == "both" else [args.article]:
        print(f"== {name} article")
        measure(big_article(sources=ARTICLES[name]), args.runs)


def measure(source: str, runs: int) -> None:
    """Print the article's size, what extraction finds in it, and the timings."""
    article = parse_markdown(source, "bench.md", fallback_title="bench")
    md = MarkdownIt("commonmark")

    def parse() -> None:
        md.parse(source)

    def extract() -> None:
        extract_annotations(article, date(2026, 1, 1))

    parse()  # warm-up: imports, compiled patterns and caches, outside the timings
    extract()
    found = extract_annotations(article, date(2026, 1, 1))
    print(f"article: {len(source):,} characters, {len(article.blocks):,} blocks, {len(article.sentences):,} sentences")
    counts = {"speakers": found.speakers, "quotes": found.quotes, "claims": found.claims, "defects": found.defects}
    print("found: " + ", ".join(f"{len(entries)} {name}" for name, entries in counts.items()))
    # Not kept alive while timing: every collection the parse triggers would walk its ten thousand annotations too,
    # which slows the parse (by about a tenth) and flatters the ratio.
    del found, counts

    def parse_uncollected() -> None:
        gc.disable()
        try:
            md.parse(source)
        finally:
            gc.enable()

    timings = (
        ("wall time", time.perf_counter, parse),
        ("CPU time", time.process_time, parse),
        # Extraction holds off the cycle collector while it runs; the parse, as the app runs it, does not. This
        # line times the parse held off the same way, so the two are compared on equal terms as well.
        ("CPU time, parse uncollected too", time.process_time, parse_uncollected),
    )
    for label, clock, parse_run in timings:
        parse_times, extract_times = paired(parse_run, extract, runs, clock)
        ratios = [e / p for p, e in zip(parse_times, extract_times, strict=True)]
        print(
            f"{label}: markdown-it-py parse median {statistics.median(parse_times):.3f}s p95 {p95(parse_times):.3f}s;"
            f" extraction median {statistics.median(extract_times):.3f}s p95 {p95(extract_times):.3f}s;"
            f" ratio median {statistics.median(ratios):.1f}x (p95 {p95(ratios):.1f}x)"
        )
    # Where extraction's time goes: its three costliest passes, each timed alone (the rest is building the
    # annotations and the smaller checks). Collection is held off as extraction itself does.
    spans = [(s.span.start, s.span.end) for s in article.sentences]
    stages = {
        "quotes": lambda: find_quotes(article, SpeakerRegistry()),
        "claims": lambda: find_claims(article.text, spans),
        "duplicated phrases": lambda: list(duplicated_phrases(article.text)),
    }
    gc.disable()
    try:
        costs = {name: statistics.median(timed(run, runs, time.process_time)) for name, run in stages.items()}
    finally:
        gc.enable()
    print("CPU time by pass: " + ", ".join(f"{name} {cost:.3f}s" for name, cost in costs.items()))


if __name__ == "__main__":
    main()
