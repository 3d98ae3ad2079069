"""``sidelight extract PATH [--json]`` through the CLI entry point."""

from __future__ import annotations

import json

from reader.cli import main


def test_json_has_the_documented_shape(seed_path, capsys):
    assert main(["extract", str(seed_path), "--json", "--today", "2026-11-26"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"speakers", "quotes", "claims", "defects"}
    assert {"id", "name", "aliases", "kind", "role"} <= set(data["speakers"][0])
    assert {"speaker", "kind", "text", "start", "end", "confidence"} <= set(data["quotes"][0])
    assert {"text", "start", "end", "type", "speaker", "score", "due"} <= set(data["claims"][0])
    assert {"kind", "text", "start", "end", "note"} <= set(data["defects"][0])
    text = seed_path.read_text(encoding="utf-8")
    body = text.split("\n", 1)[1].lstrip("\n")
    ids = {s["id"] for s in data["speakers"]}
    assert all(q["speaker"] in ids for q in data["quotes"])
    assert any(q["text"] in body for q in data["quotes"])
    assert any(c["due"] == "2024" and c["overdue"] for c in data["claims"])


def test_table_and_bad_input(seed_path, tmp_path, capsys):
    assert main(["extract", str(seed_path)]) == 0
    out = capsys.readouterr().out
    assert "Speakers (6)" in out and "Paul J. Saunders" in out and "Quotes (" in out
    assert main(["extract", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
