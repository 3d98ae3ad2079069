"""Every way a user's file can be wrong gives one line naming the file and line — never a traceback."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from content import ContentError, open_document
from reader.cli import main

STORY = """---
title: Test story
---

# Test story

Alice Smith, a professor at Example University, said the plan would cost $5 million.
The plan, she said, is “a gamble”. The plan is late.
"""


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def sidecar(folder: Path, body: str) -> Path:
    write(folder, "story.md", STORY)
    write(folder, "story.annotations.toml", textwrap.dedent(body))
    return folder / "story.md"


def error_for(path: Path) -> ContentError:
    with pytest.raises(ContentError) as caught:
        open_document(path)
    return caught.value


def test_missing_file(tmp_path: Path) -> None:
    error = error_for(tmp_path / "nope.md")
    assert str(error) == f"{tmp_path / 'nope.md'}: no such file"


def test_directory(tmp_path: Path) -> None:
    assert "is a directory" in str(error_for(tmp_path))


def test_empty_file(tmp_path: Path) -> None:
    assert str(error_for(write(tmp_path, "e.md", "  \n\n"))).endswith("the file is empty")


def test_binary_file(tmp_path: Path) -> None:
    assert "binary" in str(error_for(write(tmp_path, "b.md", b"\x89PNG\r\n\x00\x00data")))


def test_non_utf8_names_the_line(tmp_path: Path) -> None:
    error = error_for(write(tmp_path, "l.txt", "Title\n\nfine line\ncaf\xe9 au lait\n".encode("latin-1")))
    assert error.line == 4
    assert "not UTF-8" in str(error) and str(error).startswith(f"{tmp_path / 'l.txt'}:4:")


@pytest.mark.skipif(__import__("os").geteuid() == 0, reason="root can read any file, so permissions can't be tested")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "u.md", "text")
    path.chmod(0)
    assert "permission denied" in str(error_for(path))


def test_broken_front_matter_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "f.md", "---\ntitle: ok\ndate: [unclosed\nurl: x\n---\n\nBody.\n")
    error = error_for(path)
    assert error.line is not None and 3 <= error.line <= 5
    assert "front matter" in str(error)


def test_front_matter_that_is_not_a_mapping(tmp_path: Path) -> None:
    assert "key: value" in str(error_for(write(tmp_path, "f.md", "---\n- a\n- b\n---\n\nBody.\n")))


def test_only_front_matter_has_no_text(tmp_path: Path) -> None:
    assert "no article text" in str(error_for(write(tmp_path, "f.md", "---\ntitle: x\n---\n")))


def test_sidecar_not_toml(tmp_path: Path) -> None:
    error = error_for(sidecar(tmp_path, "schema = 1\n[[claim]\nfragment = 'x'\n"))
    assert error.path.endswith("story.annotations.toml") and error.line == 2
    assert "not valid TOML" in str(error)


def test_fragment_not_in_the_text(tmp_path: Path) -> None:
    error = error_for(
        sidecar(
            tmp_path,
            """\
            schema = 1

            [[claim]]
            fragment = "costs ten billion"
            type = "statistic"
            verdict = "opinion"
            """,
        )
    )
    assert error.line == 3
    assert str(error).endswith("claim 1: fragment not found in the article text: 'costs ten billion'")


def test_ambiguous_fragment_needs_an_occurrence(tmp_path: Path) -> None:
    body = """\
        [[defect]]
        fragment = "The plan"
        kind = "other"
        note = "x"
        """
    error = error_for(sidecar(tmp_path, body))
    assert "occurs 2 times" in str(error) and "occurrence = 1..2" in str(error)
    document = open_document(sidecar(tmp_path, body + "occurrence = 2\n"))
    (defect,) = document.defects
    assert document.article.slice(defect.span) == "The plan"
    assert document.article.text.find("The plan") < defect.span.start


def test_occurrence_out_of_range(tmp_path: Path) -> None:
    error = error_for(
        sidecar(tmp_path, '[[defect]]\nfragment = "The plan"\noccurrence = 3\nkind = "other"\nnote = "x"\n')
    )
    assert "occurrence 3 asked" in str(error)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('[[claim]]\nfragment = "The plan is late."\ntype = "statistic"\nverdict = "mostly true"\n', "unknown verdict"),
        ('[[claim]]\nfragment = "The plan is late."\ntype = "rumour"\nverdict = "opinion"\n', "unknown type"),
        ('[[quote]]\nfragment = "a gamble"\nkind = "shouted"\nspeaker = "smith"\n', "unknown kind"),
        ('[[quote]]\nfragment = "a gamble"\nkind = "partial"\nspeaker = "nobody"\n', "unknown speaker 'nobody'"),
        ('[[claim]]\nfragment = "The plan is late."\ntype = "statistic"\nverdict = "accurate"\n', "needs at least"),
        ('[[claim]]\ntype = "statistic"\nverdict = "opinion"\n', "missing field 'fragment'"),
        ('[[speaker]]\nid = "Bad Id"\nname = "X"\n', "lower-case"),
    ],
)
def test_bad_entries_name_the_entry_and_field(tmp_path: Path, entry: str, message: str) -> None:
    speaker = '[[speaker]]\nid = "smith"\nname = "Alice Smith"\n\n'
    error = error_for(sidecar(tmp_path, speaker + entry))
    assert message in str(error)
    assert error.line == 5  # where the faulty entry begins


def test_cli_reports_one_line_and_status_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = sidecar(tmp_path, '[[claim]]\nfragment = "nowhere"\ntype = "statistic"\nverdict = "opinion"\n')
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main([str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("sidelight: ") and "story.annotations.toml:1: claim 1: fragment not found" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_cli_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([str(tmp_path / "missing.md")]) == 2
    assert capsys.readouterr().err == f"sidelight: {tmp_path / 'missing.md'}: no such file\n"


def test_a_misspelt_field_is_an_error_not_silently_dropped(tmp_path: Path) -> None:
    error = error_for(sidecar(tmp_path, '[[defect]]\nfragment = "The plan"\noccurence = 2\nkind = "other"\n'))
    assert "defect 1: unknown field 'occurence'" in str(error) and error.line == 1


def test_utf16_file_says_how_to_fix_it(tmp_path: Path) -> None:
    error = error_for(write(tmp_path, "w.txt", "Title\n\nBody.\n".encode("utf-16")))
    assert "UTF-16" in str(error) and "UTF-8" in str(error)


def test_occurrence_true_is_not_a_number(tmp_path: Path) -> None:
    error = error_for(sidecar(tmp_path, '[[defect]]\nfragment = "The plan"\noccurrence = true\nkind = "other"\n'))
    assert "whole number" in str(error)
