"""The installed ``sidelight`` command in a real terminal (tmux): it starts, shows the article, responds, quits."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tmux import TmuxSession

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


class Terminal(TmuxSession):
    """The installed command in tmux, with waits for what a user would look for."""

    def __init__(self, command: str, exit_file: Path) -> None:
        self.exit_file = exit_file
        super().__init__(f"sh -c '{command}; echo $? > {exit_file}; sleep 30'", prefix="sidelight-test")

    def exit_status(self, timeout: float = 10.0) -> str:
        """The command's exit status, once it has exited."""
        deadline = time.monotonic() + timeout
        while not self.exit_file.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert self.exit_file.exists(), f"sidelight did not exit within {timeout}s"
        return self.exit_file.read_text().strip()

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
    term = Terminal(installed_command(), tmp_path / "exit-status")
    yield term
    term.close()


def test_installed_command_starts_responds_and_quits(terminal: Terminal) -> None:
    terminal.wait_for("Beijing has announced that it seeks")  # the article body, not just the header
    screen = terminal.wait_for("Paul J. Saunders")
    assert "Beijing, Moscow join forces" in screen and "Speakers" in screen
    terminal.send(">")
    terminal.wait_for("Claim 1 of")
    terminal.send("q")
    assert terminal.exit_status() == "0"


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
    assert terminal.exit_status() == "0"
