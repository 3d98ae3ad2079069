"""Automatic annotations: who is quoted, what they said, which claims to check, what an editor would fix.

Rule-based and deterministic, in pure Python: nothing to download or load, fast enough to run on every
article a reader opens. ``extract_annotations`` reads an ``Article``; ``merge_annotations`` combines the
result with curated annotations, curated entries winning.
"""

from __future__ import annotations

from .extract import extract_annotations
from .merge import merge_annotations

__all__ = ["extract_annotations", "merge_annotations"]
