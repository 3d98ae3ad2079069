"""Parsed articles kept between runs: reopening an unchanged article skips parsing it.

A parsed ``Document`` (curated annotations only) is stored under a key made of the article's path
and bytes, its sidecar's bytes, and the parser's own source files, so any change to any of them
misses the cache. Written to a temporary file and renamed, so a reader never sees half a file;
anything unreadable is treated as a miss. It only ever holds what Sidelight itself wrote in the
user's own cache folder.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from .model import Document

FORMAT = 1
_PARSER_FILES = ("builder.py", "loader.py", "markdown.py", "model.py", "plaintext.py", "sentences.py", "sidecar.py")


def cache_folder() -> Path:
    env = os.environ.get("SIDELIGHT_CACHE_DIR")
    if env:
        return Path(env) / "documents"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("sidelight")) / "documents"


def _parser_stamp() -> bytes:
    """Changes whenever the code that parses articles changes (size and time of each source file)."""
    here = Path(__file__).parent
    parts = []
    for name in _PARSER_FILES:
        try:
            stat = (here / name).stat()
        except OSError:
            continue
        parts.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
    return ";".join(parts).encode()


def document_key(path: str, article: bytes, sidecar: bytes | None) -> str:
    digest = hashlib.sha256()
    for part in (str(FORMAT).encode(), _parser_stamp(), os.path.abspath(path).encode(), article, sidecar or b"\0"):
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


def load(key: str) -> Document | None:
    """The document stored under ``key``, or None (never stored, or unreadable)."""
    try:
        with open(cache_folder() / f"{key}.pickle", "rb") as file:
            document = pickle.load(file)
    except Exception:  # a missing, partial or foreign file is simply a miss
        return None
    return document if isinstance(document, Document) else None


def store(key: str, document: Document) -> None:
    """Keep ``document`` under ``key``; a cache that cannot be written is no reason to fail."""
    folder = cache_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                pickle.dump(document, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, folder / f"{key}.pickle")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass
