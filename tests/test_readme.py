"""The README's promises: its test command is the one CI runs, and the files it points to exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def shell_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)\n```", text, flags=re.S)


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    test_command = next(b for b in shell_blocks(readme) if "pytest" in b)
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines


def test_launch_command_installs_and_starts_the_app() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    launch = shell_blocks(readme)[0]
    assert "pip install" in launch and launch.rstrip().endswith("sidelight")


def test_linked_files_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for link in re.findall(r"\]\(([^)#]+)\)", readme):
        assert (ROOT / link).exists(), link
