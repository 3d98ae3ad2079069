"""Open an article file (Markdown or plain text) with its curated sidecar, if it has one.

Every problem a user can cause — a missing, unreadable, empty, binary or non-UTF-8 file, broken
front matter, a bad sidecar — is raised as one ``ContentError`` naming the file and line.
Nothing is ever written beside the user's files.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import cache
from .errors import ContentError
from .model import Annotations, Article, Document
from .sidecar import parse_sidecar, sidecar_path_for

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})


def read_text_file(path: Path) -> str:
    """The file's text, or a ``ContentError`` that says in one line why it cannot be had."""
    return decode_text(read_file(path), path)


def read_file(path: Path) -> bytes:
    """The file's bytes, or a ``ContentError`` that says in one line why they cannot be had."""
    shown = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ContentError(shown, "no such file") from None
    except IsADirectoryError:
        raise ContentError(shown, "is a directory, not an article file") from None
    except PermissionError:
        raise ContentError(shown, "cannot be read: permission denied") from None
    except OSError as error:
        raise ContentError(shown, f"cannot be read: {error.strerror or error}") from None
    return data


def decode_text(data: bytes, path: Path) -> str:
    """``data`` as text, or a ``ContentError`` saying why it is not readable text."""
    shown = str(path)
    if not data.strip():
        raise ContentError(shown, "the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ContentError(shown, "is UTF-16 text: save it as UTF-8 and open it again")
    if b"\x00" in data[:8192]:
        raise ContentError(shown, "looks like a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise ContentError(shown, f"is not UTF-8 text (byte 0x{data[error.start]:02x})", line) from None
    return clean_text(text)


# Line and paragraph separators become newlines; other control characters go, so an article can
# never send escape sequences to the terminal or throw the layout's cell counts off.
_SEPARATORS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """The text as Sidelight reads it: no BOM, ``\\n`` line ends, tabs expanded, no control characters."""
    text = _SEPARATORS.sub("\n", text.removeprefix("\ufeff"))
    if "\t" in text:
        text = "\n".join(line.expandtabs(4) for line in text.split("\n"))
    return _CONTROLS.sub("", text)


def parse_article(text: str, path: str) -> Article:
    """Parse ``text`` as Markdown or plain text, chosen by the file name's suffix."""
    # The parsers are imported here, not at the top: a cached article is shown without them.
    if Path(path).suffix.lower() in MARKDOWN_SUFFIXES:
        from .markdown import parse_markdown

        article = parse_markdown(text, path, fallback_title=Path(path).stem)
    else:
        from .plaintext import parse_plain_text

        article = parse_plain_text(text, path)
    if not article.text.strip():
        raise ContentError(path, "has no article text (only front matter or markup)")
    return article


def _sidecar_bytes(article_path: Path) -> bytes | None:
    sidecar = sidecar_path_for(article_path)
    return read_file(sidecar) if sidecar.exists() else None


def open_document(path: str | Path, *, automatic: bool = True, use_cache: bool = True) -> Document:
    """Read, parse and annotate the article at ``path``: curated annotations from its sidecar, if any,
    and (unless ``automatic`` is False) what extraction finds, filling the gaps the curated ones leave.

    An unchanged article (and sidecar) is not parsed again: its parsed form comes from the cache
    (``use_cache=False``: neither read nor write it).
    """
    file = Path(path)
    data, sidecar = read_file(file), _sidecar_bytes(file)
    key = cache.document_key(str(file), data, sidecar)
    document = cache.load(key) if use_cache else None
    if document is None:
        article = parse_article(decode_text(data, file), str(file))
        curated = None
        if sidecar is not None:
            sidecar_path = sidecar_path_for(file)
            curated = parse_sidecar(decode_text(sidecar, sidecar_path), str(sidecar_path), article)
        document = Document(article, curated or Annotations())
        if use_cache:
            cache.store(key, document)
    return with_automatic(document) if automatic else document


def with_automatic(document: Document) -> Document:
    """``document`` (holding curated annotations only) with automatic ones merged in; curated ones win.

    Separate from ``open_document`` so a reader can show the curated article at once and add the
    automatic annotations when extraction, which takes longer on long articles, is done.
    """
    from .extract import extract_annotations, merge_annotations

    automatic = extract_annotations(document.article)
    return Document(document.article, merge_annotations(document.annotations, automatic))
