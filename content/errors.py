"""The one error type content/ raises for bad input: it names the file and line or field."""

from __future__ import annotations


class ContentError(Exception):
    """Bad input a user can fix. ``str()`` is one line: ``path:line: message``."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"
