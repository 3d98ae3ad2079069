from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from content.loader import open_document
from content.model import Document
from index.search import SearchIndex

DATA = Path(__file__).parent / "data"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A private copy of the test articles (tests may change them)."""
    folder = tmp_path / "library"
    shutil.copytree(DATA, folder)
    return folder


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def documents(library: Path) -> list[Document]:
    return [open_document(library / "lunar.md"), open_document(library / "harbour.md")]


@pytest.fixture
def index(documents: list[Document], cache: Path) -> SearchIndex:
    with SearchIndex.open(documents, cache_dir=cache) as opened:
        yield opened
