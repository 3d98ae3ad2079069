"""The sidelight command line: help, version, and quiet behaviour when its output is cut short."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reader.cli import main


def test_help_lists_the_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "extract" in out and "search" in out and "PATH" in out.upper()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("sidelight ")


def test_output_cut_short_by_a_pipe_is_not_a_traceback(tmp_path) -> None:  # type: ignore[no-untyped-def]
    command = f"{sys.executable} -m reader search China --no-cache --limit 50 | head -1"
    result = subprocess.run(
        ["sh", "-c", command], capture_output=True, text=True, env={**os.environ, "SIDELIGHT_CACHE_DIR": str(tmp_path)}
    )
    assert result.stdout.strip()
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


def test_a_query_naming_an_unknown_field_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "text:moon", "--no-cache"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown filter 'text:'" in err
