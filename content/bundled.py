"""Articles shipped inside the package."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

DEFAULT_ARTICLE = "china-russia-space-2021.md"


def bundled_article_path(name: str = DEFAULT_ARTICLE) -> Path:
    """The path of a bundled article file (installed packages keep it as a real file)."""
    return Path(str(files("content.articles").joinpath(name)))
