"""``sidelight search QUERY [PATH ...]``: ranked hits with highlighted snippets, from the same engine the app uses.

Exit status, like grep: 0 when something matched, 1 when nothing did, 2 on bad input (an unreadable
article, or a query that cannot run; one line on stderr either way).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import TextIO

from index.hits import Hit, SearchResult
from index.query import QUERY_HELP, QueryError

EXIT_FOUND, EXIT_NOTHING, EXIT_BAD_INPUT = 0, 1, 2

ANSI_MARK, ANSI_RESET = "\x1b[1;7m", "\x1b[0m"
PLAIN_MARK = ("[[", "]]")

EPILOG = f"""{QUERY_HELP}

output:
  One block per hit: rank, kind, what it is (paragraph number, quote and speaker, claim and verdict),
  the article's title, then the snippet. Matched words are shown in reverse video on a terminal and
  between [[double brackets]] otherwise (--color decides). "..." marks a snippet cut from a longer text.
  --json prints {{"query", "total", "hits": [{{"article", "kind", "target", "start", "end", "position",
  "title", "label", "speaker", "verdict", "score", "snippet": {{"text", "marks", "offset", ...}}}}],
  "suggestion", "notice", "notes"}}; marks are [start, end] in snippet.text, and snippet.offset + mark
  is the offset in the article's text.

exit status: 0 hits found, 1 no hits ("did you mean" is offered when it can be), 2 bad input.

The index is cached in the user cache folder (or --cache-dir, or $SIDELIGHT_CACHE_DIR); unchanged
articles are not indexed again."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sidelight search",
        description="Search articles: ranked hits (paragraphs, quotes, claims, speakers) with highlighted snippets.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("query", help='what to look for, in the query language below (quote it: "...")')
    parser.add_argument("paths", nargs="*", metavar="PATH", help="articles to search (default: the bundled article)")
    parser.add_argument("--json", action="store_true", help="print the hits as JSON")
    parser.add_argument("--limit", type=_positive, default=10, metavar="N", help="show at most N hits (default 10)")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="mark matches with ANSI")
    parser.add_argument(
        "--cache-dir", metavar="DIR", help="where to keep the index (default: $SIDELIGHT_CACHE_DIR or the user cache)"
    )
    parser.add_argument("--no-cache", action="store_true", help="index in memory only; write nothing")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _shown_snippet(hit: Hit, before: str, after: str) -> str:
    text = " ".join(hit.snippet.marked(before, after).split())
    return ("..." if hit.snippet.clipped_start else "") + text + ("..." if hit.snippet.clipped_end else "")


def format_hit(rank: int, hit: Hit, color: bool) -> str:
    before, after = (ANSI_MARK, ANSI_RESET) if color else PLAIN_MARK
    where = hit.label if hit.kind == "paragraph" else f"{hit.label}, paragraph {hit.position}"
    head = f"{rank:>2}. [{hit.kind}] {where} - {hit.title}"
    return f"{head}\n    {_shown_snippet(hit, before, after)}"


def render_text(result: SearchResult, query: str, color: bool, out: TextIO) -> None:
    if not result.hits:
        print(f"no hits for {query!r}", file=out)
        if result.suggestion:
            print(f"did you mean: {result.suggestion}", file=out)
        return
    for rank, hit in enumerate(result.hits, start=1):
        print(format_hit(rank, hit, color), file=out)
    shown = len(result.hits)
    more = f" (showing {shown})" if result.total > shown else ""
    print(f"{result.total} hit{'s' if result.total != 1 else ''}{more}", file=out)


def render_json(result: SearchResult, query: str, out: TextIO) -> None:
    data = {
        "query": query,
        "total": result.total,
        "hits": [hit.as_dict() for hit in result.hits],
        "suggestion": result.suggestion,
        "notice": result.notice,
        "notes": list(result.notes),
    }
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _use_color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def main(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    from content.bundled import bundled_article_path
    from content.loader import open_document
    from index.query import parse_query
    from index.search import SearchIndex

    try:
        parse_query(args.query)  # a bad query fails before any article is read or indexed
    except QueryError as error:
        print(f"sidelight: search: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    paths = args.paths or [str(bundled_article_path())]
    documents = [open_document(path, use_cache=not args.no_cache) for path in paths]
    with SearchIndex.open(documents, cache_dir=args.cache_dir, in_memory=args.no_cache) as index:
        try:
            result = index.search(args.query, limit=args.limit)
        except QueryError as error:
            print(f"sidelight: search: {error}", file=sys.stderr)
            return EXIT_BAD_INPUT
    if result.notice:
        print(f"sidelight: note: {result.notice}", file=sys.stderr)
    for note in result.notes:
        print(f"sidelight: note: {note}", file=sys.stderr)
    if args.json:
        render_json(result, args.query, sys.stdout)
    else:
        render_text(result, args.query, _use_color(args.color), sys.stdout)
    return EXIT_FOUND if result.hits else EXIT_NOTHING
