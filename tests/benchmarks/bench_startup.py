"""Benchmark: how soon the installed ``sidelight`` paints, against a bare Textual app, in the same run;
and how a ~1 MB article opens, jumps and pages.

Run as a script (tmux and an installed ``sidelight`` needed):
    .venv/bin/python tests/benchmarks/bench_startup.py [--runs N]

First paint is the time from starting the command in a fresh 120x40 tmux session until its text is on
the screen (the bundled article's first paragraph; the bare app's one line). The last line printed is
``first paint ratio sidelight/bare: X`` (medians).
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.bench_extract import big_article, p95  # noqa: E402
from tests.tmux import TmuxSession  # noqa: E402

BARE_APP = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("bare app ready")

Bare().run()
"""


def summary(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:7.1f} ms   p95 {p95(values) * 1000:7.1f} ms   (n={len(values)})"


def time_to_screen(command: str, marker: str, timeout: float = 30.0) -> float:
    """Seconds from starting ``command`` in a fresh tmux session until ``marker`` is on its screen."""
    start = time.perf_counter()
    session = TmuxSession(command, prefix="bench")
    try:
        while time.perf_counter() - start < timeout:
            if marker in session.screen():
                return time.perf_counter() - start
            time.sleep(0.005)
        raise SystemExit(f"{command!r} did not show {marker!r} within {timeout}s")
    finally:
        session.close()


def long_article_file(folder: Path) -> Path:
    """The extraction benchmark's ~1 MB article of real news prose, written to ``folder``."""
    path = folder / "long-article.md"
    path.write_text(big_article(), encoding="utf-8")
    return path


async def jumps_and_pages(path: Path, count: int) -> tuple[list[float], list[float], float, float]:
    from content.loader import open_document, with_automatic  # after tmux runs: keep imports off the clock
    from reader.app import SidelightApp

    start = time.perf_counter()
    curated = open_document(path, automatic=False, use_cache=False)  # the parse itself, not the cache
    parse_time = time.perf_counter() - start
    start = time.perf_counter()
    document = with_automatic(curated)
    extract_time = time.perf_counter() - start
    app = SidelightApp(document, build_index=False)
    jumps: list[float] = []
    pages: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for _ in range(count):
            start = time.perf_counter()
            await pilot.press("greater_than_sign")
            await pilot.pause()
            jumps.append(time.perf_counter() - start)
        for _ in range(count):
            start = time.perf_counter()
            await pilot.press("pagedown")
            await pilot.pause()
            pages.append(time.perf_counter() - start)
    return jumps, pages, parse_time, extract_time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="start-ups of each app (default 9)")
    parser.add_argument("--jumps", type=int, default=50, help="claim jumps and page-downs in the long article")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        raise SystemExit("tmux is needed: apt-get install tmux")
    sidelight = Path(sys.executable).parent / "sidelight"
    if not sidelight.exists():
        raise SystemExit(f"{sidelight} is not installed: pip install . first")

    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare_app.py"
        bare.write_text(BARE_APP, encoding="utf-8")
        long_article = long_article_file(Path(folder))
        commands = {
            "sidelight": (str(sidelight), "Beijing has announced that it seeks"),
            "bare": (f"{sys.executable} {bare}", "bare app ready"),
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        time_to_screen(*commands["sidelight"])  # warm the file cache, compile bytecode
        time_to_screen(*commands["bare"])
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            for name, (command, marker) in commands.items():
                times[name].append(time_to_screen(command, marker))
        long_open = [time_to_screen(f"{sidelight} {long_article}", "Benchmark article") for _ in range(3)]
        size = long_article.stat().st_size
        jumps, pages, parse_time, extract_time = asyncio.run(jumps_and_pages(long_article, args.jumps))
        from content.bundled import bundled_article_path

        short_jumps, short_pages, _, _ = asyncio.run(jumps_and_pages(bundled_article_path(), args.jumps))

    print(f"first paint, sidelight (bundled article):  {summary(times['sidelight'])}")
    print(f"first paint, bare Textual app (one line):  {summary(times['bare'])}")
    print(f"long article ({size / 1e6:.2f} MB), first paint: {summary(long_open)}")
    print(
        f"long article, parse (uncached): {parse_time * 1000:.0f} ms; automatic extraction (after first paint): "
        f"{extract_time * 1000:.0f} ms"
    )
    print(f"long article, claim jump (> key, {len(jumps)}x):  {summary(jumps)}; total {sum(jumps) * 1000:.0f} ms")
    print(f"long article, page down ({len(pages)}x):        {summary(pages)}")
    print(f"bundled article, claim jump (reference):     {summary(short_jumps)}")
    print(f"bundled article, page down (reference):      {summary(short_pages)}")
    print(
        f"long/bundled median ratio: jump {statistics.median(jumps) / statistics.median(short_jumps):.2f}, "
        f"page {statistics.median(pages) / statistics.median(short_pages):.2f}"
    )
    ratio = statistics.median(times["sidelight"]) / statistics.median(times["bare"])
    print(f"first paint ratio sidelight/bare: {ratio:.2f}")


if __name__ == "__main__":
    main()
