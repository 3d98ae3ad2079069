"""The index on disk: re-indexing only what changed, and every fault ending in a working index."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from content.loader import open_document
from content.model import Document
from index.schema import SCHEMA_VERSION
from index.search import SearchIndex
from index.store import INDEX_DIR, LOCK_FILE, META_FILE, Store

ROOT = Path(__file__).resolve().parents[2]


def reopen(library: Path, cache: Path, **kwargs: object) -> SearchIndex:
    documents = [open_document(library / "lunar.md"), open_document(library / "harbour.md")]
    return SearchIndex.open(documents, cache_dir=cache, **kwargs)


def test_index_is_kept_on_disk(index: SearchIndex, cache: Path) -> None:
    assert not index.in_memory and index.location == cache / INDEX_DIR
    assert index.notice is None
    assert set(index.last_update.indexed) == {"lunar-base", "harbour-dredging"}


def test_unchanged_library_is_not_reindexed(index: SearchIndex, library: Path, cache: Path) -> None:
    progress: list[tuple[int, int]] = []
    with reopen(library, cache, on_progress=lambda done, total: progress.append((done, total))) as again:
        assert again.last_update.indexed == () and again.last_update.unchanged == 2
        assert again.search("harbour").hits
    assert progress == [(2, 2)]


def test_changed_article_is_reindexed_alone(index: SearchIndex, library: Path, cache: Path) -> None:
    harbour = library / "harbour.md"
    harbour.write_text(harbour.read_text().replace("Fishermen complained", "Anglers protested"))
    with reopen(library, cache) as again:
        assert again.last_update.indexed == ("harbour-dredging",)
        assert again.search("anglers").hits
        assert not again.search("fishermen").hits
        assert again.search("cooperation").hits  # the other article is still there, untouched
        assert again.search("kind:paragraph article:harbour-dredging", limit=50).total == 4  # no duplicates


def test_sidecar_change_reindexes_its_article(index: SearchIndex, library: Path, cache: Path) -> None:
    sidecar = library / "lunar.annotations.toml"
    sidecar.write_text(
        sidecar.read_text().replace('verdict = "unverifiable"', 'verdict = "outdated"\nsources = [{ label = "x" }]')
    )
    with reopen(library, cache) as again:
        assert again.last_update.indexed == ("lunar-base",)
        assert [h.verdict for h in again.search("verdict:outdated").hits] == ["outdated"]
        assert not again.search("verdict:unverifiable").hits


def test_progress_is_reported_while_building(documents: list[Document], cache: Path) -> None:
    progress: list[tuple[int, int]] = []
    SearchIndex.open(documents, cache_dir=cache, on_progress=lambda d, t: progress.append((d, t))).close()
    assert progress[0] == (0, 2) and progress[-1] == (2, 2)


def _damage(folder: Path, how: str) -> None:
    files = [p for p in folder.iterdir() if p.is_file() and p.name != META_FILE]
    assert files
    for path in files:
        if how == "garbage":
            path.write_bytes(b"\x00garbage\xff" * 10)
        else:  # half-written: every file cut in half
            path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


@pytest.mark.parametrize("how", ["garbage", "truncated"])
def test_damaged_index_is_rebuilt_with_a_notice(index: SearchIndex, library: Path, cache: Path, how: str) -> None:
    index.close()
    _damage(cache / INDEX_DIR, how)
    with reopen(library, cache) as again:
        assert again.notice and "damaged" in again.notice and "rebuilt" in again.notice
        assert "\n" not in again.notice
        assert not again.in_memory
        assert set(again.last_update.indexed) == {"lunar-base", "harbour-dredging"}
        assert again.search("harbour").hits
    with reopen(library, cache) as third:  # and the rebuilt index is sound
        assert third.notice is None and third.last_update.indexed == ()


def test_index_from_an_older_schema_is_rebuilt(index: SearchIndex, library: Path, cache: Path) -> None:
    index.close()
    (cache / INDEX_DIR / META_FILE).write_text(json.dumps({"schema": SCHEMA_VERSION - 1}))
    with reopen(library, cache) as again:
        assert again.notice and f"schema version {SCHEMA_VERSION - 1}" in again.notice and "rebuilt" in again.notice
        assert set(again.last_update.indexed) == {"lunar-base", "harbour-dredging"}
        assert again.search("cooperation").hits
    assert json.loads((cache / INDEX_DIR / META_FILE).read_text())["schema"] == SCHEMA_VERSION


def test_unwritable_cache_folder_falls_back_to_memory(library: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with reopen(library, blocker / "cache") as index:
        assert index.in_memory
        assert index.notice and index.notice.startswith("search index kept in memory") and "\n" not in index.notice
        assert index.search("harbour").hits


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_cache_folder_falls_back_to_memory(library: Path, tmp_path: Path) -> None:
    cache = tmp_path / "ro"
    cache.mkdir()
    cache.chmod(0o500)
    try:
        with reopen(library, cache) as index:
            assert index.in_memory and index.notice
            assert index.search("harbour").hits
    finally:
        cache.chmod(0o700)


def test_full_disk_while_writing_falls_back_to_memory(
    library: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: Store, timeout: float = 10.0, batch: int = 0) -> object:
        if not self.in_memory:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self.ix.writer()

    monkeypatch.setattr(Store, "writer", full)
    with reopen(library, cache) as index:
        assert index.in_memory
        assert index.notice and "No space left on device" in index.notice
        assert index.search("cooperation").hits


def test_lock_held_elsewhere_does_not_block_forever(library: Path, cache: Path) -> None:
    from whoosh.util.filelock import FileLock  # the test plays the other instance

    reopen(library, cache).close()
    other = FileLock(str(cache / LOCK_FILE))
    assert other.acquire(blocking=False)
    try:
        with reopen(library, cache, lock_timeout=0.3) as index:
            assert index.in_memory and index.notice and "another Sidelight" in index.notice
            assert index.search("harbour").hits
    finally:
        other.release()


def test_two_writers_in_threads(library: Path, cache: Path) -> None:
    lunar, harbour = open_document(library / "lunar.md"), open_document(library / "harbour.md")
    errors: list[BaseException] = []
    opened: list[SearchIndex] = []

    def run(documents: list[Document]) -> None:
        try:
            opened.append(SearchIndex.open(documents, cache_dir=cache))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=([d],)) for d in (lunar, harbour, lunar, harbour)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors and len(opened) == 4
    assert all(not i.in_memory for i in opened)
    for i in opened:
        i.close()
    with SearchIndex.open([lunar, harbour], cache_dir=cache) as both:
        assert both.last_update.indexed == ()
        assert both.search("kind:paragraph", limit=100).total == 9


_WRITER = """
import sys
from content.loader import open_document
from index.search import SearchIndex
docs = [open_document(p) for p in sys.argv[2:]]
with SearchIndex.open(docs, cache_dir=sys.argv[1]) as index:
    assert index.search("the").hits
    print(index.in_memory, index.notice)
"""


def test_two_writers_in_processes(library: Path, cache: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    paths = [str(library / "lunar.md"), str(library / "harbour.md")]
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(cache), *paths],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for run in runs:
        out, err = run.communicate(timeout=60)
        assert run.returncode == 0, err
        assert out.strip() == "False None"
    with reopen(library, cache) as index:
        assert index.notice is None and index.last_update.indexed == ()
        assert index.search("kind:paragraph", limit=100).total == 9
