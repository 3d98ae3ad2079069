"""Where the index lives and how it is kept whole.

The index is kept in ``<cache>/index`` (cache: the ``cache_dir`` argument, else ``$SIDELIGHT_CACHE_DIR``,
else platformdirs' user cache folder for "sidelight"). One lock file beside it serialises every change
(rebuilding, adding, deleting) across threads and processes; readers never take it, because Whoosh
readers see a consistent generation of the index while a writer commits the next one.

Faults end in a working index and, where the user should know, a one-line ``notice``:
a damaged or half-written index, or one written under another schema version, is rebuilt; a cache
folder that cannot be written (read-only, full) gives an in-memory index; a lock held by another
instance for too long gives a private in-memory index rather than a wait.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.index import LockError
from whoosh.util.filelock import FileLock

from .schema import SCHEMA_VERSION, build_schema

ENV_CACHE_DIR = "SIDELIGHT_CACHE_DIR"
META_FILE = "sidelight-index.json"
LOCK_FILE = "index.lock"
INDEX_DIR = "index"

#: Articles in one update from which indexing is spread over several processes.
PARALLEL_BATCH = 400

#: Memory (MB, Whoosh's estimate) each indexing process sorts postings in before spilling sorted runs to
#: disk. Whoosh merges spilled runs a posting at a time in Python (a 10,000-article build at 128 MB took
#: 1.7x the CPU time of one that stayed in memory), so the index is written in batches
#: (``search.CHUNK_CHARS``) that fit in this.
LIMIT_MB = 384

#: Seconds to wait for another instance's update before falling back to a private in-memory index.
LOCK_TIMEOUT = 20.0

_thread_lock = threading.RLock()  # flock is per open file: threads of one process serialise here too


class IndexUnavailable(Exception):
    """The on-disk index cannot be used; the message says why in one line."""


def default_cache_dir() -> Path:
    env = os.environ.get(ENV_CACHE_DIR)
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("sidelight"))


def _read_meta(folder: Path) -> dict[str, object] | None:
    try:
        data = json.loads((folder / META_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_meta(folder: Path) -> None:
    temp = folder / (META_FILE + ".tmp")
    temp.write_text(json.dumps({"schema": SCHEMA_VERSION}), "utf-8")
    os.replace(temp, folder / META_FILE)


def _wipe(folder: Path) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)


def _check_writable(base: Path) -> None:
    try:
        base.mkdir(parents=True, exist_ok=True)
        probe = base / f".probe-{os.getpid()}-{threading.get_ident()}"
        probe.write_bytes(b"x" * 4096)
        probe.unlink()
    except OSError as error:
        reason = error.strerror or str(error)
        raise IndexUnavailable(f"cache folder {base} cannot be written ({reason})") from None


def _verify(ix) -> None:  # type: ignore[no-untyped-def]
    """Read a few stored records and terms, so damage shows now rather than mid-search."""
    with ix.reader() as reader:
        count = reader.doc_count_all()
        if count:
            for docnum in {0, count // 2, count - 1}:
                if not reader.is_deleted(docnum):
                    reader.stored_fields(docnum)
        for _ in zip(range(100), reader.all_terms(), strict=False):
            pass


class Store:
    """An open Whoosh index, on disk or in memory, and the lock that serialises changes to it."""

    def __init__(self, ix, folder: Path | None, notice: str | None) -> None:  # type: ignore[no-untyped-def]
        self.ix = ix
        self.folder = folder  # None: in memory
        self.notice = notice

    @property
    def in_memory(self) -> bool:
        return self.folder is None

    @classmethod
    def in_ram(cls, notice: str | None = None) -> Store:
        return cls(RamStorage().create_index(build_schema()), None, notice)

    @classmethod
    def open(cls, cache_dir: str | Path | None = None, lock_timeout: float = LOCK_TIMEOUT) -> Store:
        base = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        try:
            _check_writable(base)
            with _locked(base, lock_timeout):
                ix, notice = _open_or_rebuild(base / INDEX_DIR)
        except IndexUnavailable as error:
            return cls.in_ram(f"search index kept in memory: {error}")
        return cls(ix, base / INDEX_DIR, notice)

    @contextmanager
    def changing(self, lock_timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
        """Hold the update lock (raises IndexUnavailable after ``lock_timeout`` seconds)."""
        if self.folder is None:
            with _thread_lock:
                yield
            return
        with _locked(self.folder.parent, lock_timeout):
            yield

    def writer(self, timeout: float = 10.0, batch: int = 0):  # type: ignore[no-untyped-def]
        """A Whoosh writer, retrying while Whoosh's own write lock is held.

        For a big ``batch`` (a first build of a library) on disk, the writer indexes in several processes.
        """
        deadline = time.monotonic() + timeout
        delay = 0.02
        procs = min(os.cpu_count() or 1, 4) if batch >= PARALLEL_BATCH and self.folder is not None else 1
        while True:
            try:
                if procs > 1:
                    return self.ix.writer(procs=procs, limitmb=LIMIT_MB, multisegment=True)
                return self.ix.writer(limitmb=LIMIT_MB)
            except LockError:
                if time.monotonic() > deadline:
                    raise IndexUnavailable("the search index stayed locked by another writer") from None
                time.sleep(delay)
                delay = min(delay * 2, 0.5)


@contextmanager
def _locked(base: Path, timeout: float) -> Iterator[None]:
    with _thread_lock:
        lock = FileLock(str(base / LOCK_FILE))
        deadline = time.monotonic() + timeout
        delay = 0.02
        try:
            while not lock.acquire(blocking=False):
                if time.monotonic() > deadline:
                    raise IndexUnavailable("another Sidelight is updating the search index")
                time.sleep(delay)
                delay = min(delay * 2, 0.25)
        except OSError as error:
            raise IndexUnavailable(f"cannot lock {base / LOCK_FILE} ({error.strerror or error})") from None
        try:
            yield
        finally:
            lock.release()


def _open_or_rebuild(folder: Path) -> tuple[object, str | None]:
    """Open the index in ``folder``, rebuilding it (with a notice) when it is old or damaged."""
    schema = build_schema()
    meta = _read_meta(folder)
    exists = folder.exists() and any(folder.iterdir())
    try:
        if not exists:
            _wipe(folder)
            ix = whoosh_index.create_in(str(folder), schema)
            _write_meta(folder)
            return ix, None
        if meta is None or meta.get("schema") != SCHEMA_VERSION:
            found = meta.get("schema") if meta else None
            _wipe(folder)
            ix = whoosh_index.create_in(str(folder), schema)
            _write_meta(folder)
            why = f"was written by schema version {found}" if found is not None else "had no version record"
            return ix, f"search index {why}, not {SCHEMA_VERSION}: rebuilt"
        try:
            ix = FileStorage(str(folder)).open_index(schema=None)
            if set(ix.schema.names()) != set(schema.names()):
                raise ValueError("schema fields differ")
            _verify(ix)
            return ix, None
        except Exception as error:  # any damage at all: the index is a cache, rebuild it
            reason = type(error).__name__
            _wipe(folder)
            ix = whoosh_index.create_in(str(folder), schema)
            _write_meta(folder)
            return ix, f"search index was damaged ({reason}): rebuilt"
    except OSError as error:
        raise IndexUnavailable(f"cache folder {folder} cannot be written ({error.strerror or error})") from None


ProgressCallback = Callable[[int, int], None]
