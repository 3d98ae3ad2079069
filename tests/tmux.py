"""A real terminal for tests and benchmarks: a detached tmux session running one shell command."""

from __future__ import annotations

import subprocess
import time
import uuid


class TmuxSession:
    """``command`` run in a fresh ``width``×``height`` tmux session; ``close()`` ends it."""

    def __init__(self, command: str, width: int = 120, height: int = 40, prefix: str = "sidelight") -> None:
        self.name = f"{prefix}-{uuid.uuid4().hex[:8]}"
        # COLUMNS/LINES are unset: pytest exports them, and Textual believes them over the real terminal.
        new_session = [
            "tmux", "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height),
            f"env -u COLUMNS -u LINES TERM=xterm-256color {command}",
        ]  # fmt: skip
        if subprocess.run(new_session, capture_output=True, check=False).returncode != 0:
            time.sleep(0.2)  # the server can exit as the last session closes just before; start afresh
            subprocess.run(new_session, check=True)

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True, check=False
        ).stdout

    def send(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True, check=False)
