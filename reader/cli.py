"""The ``sidelight`` command: open an article in the reader, or run a subcommand.

    sidelight [PATH]                 read PATH (default: the bundled article)
    sidelight extract PATH [--json]  what automatic extraction finds
    sidelight search QUERY [PATH ...] [--json]

Bad input ends with one line on stderr naming the file and line, and exit status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from importlib import import_module

from content.errors import ContentError

#: Subcommand name -> module under reader.commands with ``main(argv) -> int``; imported only when used,
#: so the reader's start-up never pays for them.
SUBCOMMANDS = {
    "extract": "Show the speakers, quotes, claims and defects found automatically in an article.",
    "search": "Search articles from the command line (ranked hits with highlighted snippets).",
}

EXIT_BAD_INPUT = 2


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sidelight")
    except PackageNotFoundError:
        return "unknown"


class _VersionAction(argparse.Action):
    """Looks the version up only when asked: reading package metadata would slow every start."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=str(kwargs.get("help", "")))

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        print(f"sidelight {_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sidelight",
        description="A terminal reader for news articles: who said what, and which claims hold up.",
        epilog="subcommands:\n"
        + "\n".join(f"  {name:<9} {text}" for name, text in SUBCOMMANDS.items())
        + "\n\nRun 'sidelight SUBCOMMAND --help' for its options. Keys in the reader: press ? for help.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", nargs="?", help="a Markdown (.md) or plain-text article; default: the bundled article")
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    return parser


def run_reader(path: str | None) -> int:
    from content.bundled import bundled_article_path
    from content.loader import open_document

    # Curated annotations now; extraction runs after the first paint (it takes longer on long articles).
    document = open_document(path or bundled_article_path(), automatic=False)
    from reader.app import SidelightApp

    SidelightApp(document, find_automatic=True).run()
    return 0


def guarded(action: Callable[[], int]) -> int:
    """Run ``action``; a user's bad input becomes one line on stderr and exit status 2."""
    try:
        return action()
    except ContentError as error:
        print(f"sidelight: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Whoever read our output has gone (`sidelight search … | head`): stop quietly, as the docs
        # of the signal module advise, so Python does not complain again while closing stdout.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as error:  # a bug, not bad input: still one line, and a way to report it
        if os.environ.get("SIDELIGHT_DEBUG"):
            raise
        print(f"sidelight: internal error: {type(error).__name__}: {error} (please report this)", file=sys.stderr)
        return 1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in SUBCOMMANDS:
        module = import_module(f"reader.commands.{argv[0]}")
        return guarded(lambda: module.main(argv[1:]))
    args = build_parser().parse_args(argv)
    return guarded(lambda: run_reader(args.path))


if __name__ == "__main__":
    sys.exit(main())
