"""Reopening an unchanged article skips parsing; any change to it, its sidecar or the parser does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from content import cache, loader
from content.loader import open_document

STORY = "# A story\n\nThe mayor said the bridge would cost $40 million. It opens in 2031.\n"
SIDECAR = '[[defect]]\nfragment = "bridge"\nkind = "other"\nnote = "n"\n'


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    return path


def forbid_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def parse(*_args: object) -> None:
        raise AssertionError("parsed again although nothing changed")

    monkeypatch.setattr(loader, "parse_article", parse)


def test_an_unchanged_article_is_not_parsed_again(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = open_document(story, automatic=False)
    forbid_parsing(monkeypatch)
    assert open_document(story, automatic=False) == first


def test_a_changed_article_or_sidecar_is_parsed_again(story: Path) -> None:
    first = open_document(story, automatic=False)
    story.write_text(STORY.replace("2031", "2032"), encoding="utf-8")
    second = open_document(story, automatic=False)
    assert "2032" in second.article.text and second != first
    (story.parent / "story.annotations.toml").write_text(SIDECAR, encoding="utf-8")
    third = open_document(story, automatic=False)
    assert len(third.defects) == 1


def test_a_damaged_cache_file_is_a_miss(story: Path) -> None:
    first = open_document(story, automatic=False)
    for file in cache.cache_folder().glob("*.pickle"):
        file.write_bytes(b"not a pickle")
    assert open_document(story, automatic=False) == first


def test_an_unwritable_cache_is_no_reason_to_fail(story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("SIDELIGHT_CACHE_DIR", str(blocker))  # a file where the folder should be
    assert open_document(story, automatic=False).article.title == "A story"


def test_use_cache_false_reads_and_writes_nothing(story: Path) -> None:
    open_document(story, automatic=False, use_cache=False)
    assert not cache.cache_folder().exists() or not any(cache.cache_folder().iterdir())


def test_bad_input_is_still_reported_once_cached(story: Path) -> None:
    open_document(story, automatic=False)
    (story.parent / "story.annotations.toml").write_text('[[claim]]\nfragment = "nowhere"\n', encoding="utf-8")
    with pytest.raises(loader.ContentError):
        open_document(story, automatic=False)
