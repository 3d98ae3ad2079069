from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cli-cache"
    monkeypatch.setenv("SIDELIGHT_CACHE_DIR", str(cache))
    return cache


def test_hits_exit_0_with_marked_snippets(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["search", "cooperation", str(library / "lunar.md"), str(library / "harbour.md")])
    out = capsys.readouterr().out
    assert status == 0
    assert "[[cooperation]]" in out and "[quote]" in out and "Agencies agree on a lunar base" in out
    assert "\x1b[" not in out  # not a terminal: plain markers


def test_no_hits_exit_1_with_did_you_mean(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["search", "harbuor", str(library / "harbour.md")])
    out = capsys.readouterr().out
    assert status == 1
    assert "did you mean: harbour" in out


def test_bundled_article_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "Hertzfeld", "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert out.count("[[Hertzfeld]]") >= 1 and " 3. " not in out


def test_json_shape(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lunar = library / "lunar.md"
    assert main(["search", "verdict:inaccurate", str(lunar), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"query", "total", "hits", "suggestion", "notice", "notes"}
    (hit,) = data["hits"]
    assert hit["kind"] == "claim" and hit["verdict"] == "inaccurate" and hit["article"] == "lunar-base"
    text = lunar.read_text()  # the snippet is article text; its offsets point into Article.text
    assert hit["snippet"]["text"] in text
    assert set(hit["snippet"]) >= {"text", "marks", "offset"}


def test_json_marks_point_into_the_article(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from content.loader import open_document

    lunar = library / "lunar.md"
    assert main(["search", "budget", str(lunar), "--json"]) == 0
    text = open_document(lunar).article.text
    for hit in json.loads(capsys.readouterr().out)["hits"]:
        for start, end in hit["snippet"]["marks"]:
            offset = hit["snippet"]["offset"]
            assert text[offset + start : offset + end] == "budget"


def test_missing_file_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["search", "moon", str(tmp_path / "nope.md")])
    captured = capsys.readouterr()
    assert status == 2
    assert captured.err.strip().count("\n") == 0
    assert "nope.md: no such file" in captured.err and "Traceback" not in captured.err


@pytest.mark.parametrize("query", ['"space race', "kind:nonsense", ""])
def test_bad_query_is_one_line_exit_2(query: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", query]) == 2
    err = capsys.readouterr().err
    assert err.startswith("sidelight: search: ") and err.count("\n") == 1


def test_help_documents_the_query_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["search", "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for feature in ("prefix", "fuzzy", '"space race"', "NOT", "speaker:", "kind:", "verdict:", "article:", "--json"):
        assert feature.lower() in out.lower(), feature


def test_no_cache_writes_nothing(library: Path, private_cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "harbour", str(library / "harbour.md"), "--no-cache"]) == 0
    assert not private_cache.exists()


def test_subprocess_missing_file(tmp_path: Path) -> None:
    env = {**os.environ, "SIDELIGHT_CACHE_DIR": str(tmp_path / "c"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "reader", "search", "moon", str(tmp_path / "missing.md")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "missing.md: no such file" in done.stderr
