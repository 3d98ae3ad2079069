"""The installed ``sidelight`` command in a real terminal (tmux): it starts, shows the article, responds, quits."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(
    TMUX is None, reason="tmux is not installed here (.ci/run installs it, so CI runs this)"
)


def installed_command() -> str:
    beside_python = Path(sys.executable).parent / "sidelight"
    found = str(beside_python) if beside_python.exists() else shutil.which("sidelight")
    if found is None:
        pytest.fail("the sidelight command is not installed: run `pip install .` first")
    return found


class Terminal:
    def __init__(self, name: str) -> None:
        self.name = name

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True, check=False
        ).stdout

    def send(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def claim_panel(self) -> str:
        """The right-hand column of the screen: the claim panel's text, joined into one line."""
        return " ".join(line.split("││")[-1].strip("│ ") for line in self.screen().splitlines() if "││" in line)

    def wait_for(self, text: str, timeout: float = 15.0, where: str = "screen") -> str:
        """Wait until ``text`` shows on the screen (or in the claim panel); return what was shown."""
        read = self.claim_panel if where == "claim panel" else self.screen
        deadline = time.monotonic() + timeout
        shown = ""
        while time.monotonic() < deadline:
            shown = read()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear in the {where} within {timeout}s; it showed:\n{shown}")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    name = f"sidelight-test-{uuid.uuid4().hex[:8]}"
    done = tmp_path / "exit-status"
    # COLUMNS/LINES are unset: pytest exports them, and Textual would believe them over the real terminal.
    command = f"{installed_command()}; echo $? > {done}; sleep 30"
    subprocess.run(
        [
            "tmux",
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            "120",
            "-y",
            "40",
            "env",
            "-u",
            "COLUMNS",
            "-u",
            "LINES",
            "TERM=xterm-256color",
            "sh",
            "-c",
            command,
        ],
        check=True,
    )
    term = Terminal(name)
    term.exit_file = done  # type: ignore[attr-defined]
    yield term
    subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True, check=False)


def test_installed_command_starts_responds_and_quits(terminal: Terminal) -> None:
    terminal.wait_for("Beijing has announced that it seeks")  # the article body, not just the header
    screen = terminal.wait_for("Paul J. Saunders")
    assert "Beijing, Moscow join forces" in screen and "Speakers" in screen
    terminal.send(">")
    terminal.wait_for("Claim 1 of")
    terminal.send("q")
    exit_file: Path = terminal.exit_file  # type: ignore[attr-defined]
    deadline = time.monotonic() + 10
    while not exit_file.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert exit_file.exists(), "sidelight did not quit on q"
    assert exit_file.read_text().strip() == "0"


def test_installed_command_searches_jumps_between_speakers_and_quits(terminal: Terminal) -> None:
    terminal.wait_for("Beijing has announced that it seeks")
    terminal.send("/")
    terminal.send("-l", '"rules of the road"')
    terminal.wait_for("hit", timeout=20)  # "1 hit · Enter jumps" once the index answers
    terminal.send("Enter")
    terminal.wait_for("rules of the road", where="claim panel")
    terminal.send("]")  # Saunders's next quote
    panel = terminal.wait_for("Nonetheless", where="claim panel")
    assert "Paul J. Saunders" in panel
    terminal.send("}")  # on to the next speaker
    terminal.wait_for("Henry R. Hertzfeld", where="claim panel")
    terminal.send("q")
    exit_file: Path = terminal.exit_file  # type: ignore[attr-defined]
    deadline = time.monotonic() + 10
    while not exit_file.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert exit_file.exists() and exit_file.read_text().strip() == "0"
