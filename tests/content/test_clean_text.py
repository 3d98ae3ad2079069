"""What reaches the screen from a file: no control characters, tabs as spaces, one kind of line end."""

from __future__ import annotations

from pathlib import Path

from content.loader import clean_text, open_document
from content.sentences import sentence_spans


def test_escape_sequences_and_control_characters_are_removed() -> None:
    cleaned = clean_text("Red \x1b[31malert\x07 here\x00.")
    assert "\x1b" not in cleaned and "\x07" not in cleaned and "\x00" not in cleaned
    assert cleaned == "Red [31malert here."


def test_line_ends_and_separators_become_newlines() -> None:
    assert clean_text("\ufeffa\r\nb\rc\u2028d\x0ce\x85f") == "a\nb\nc\nd\ne\nf"


def test_tabs_are_expanded_so_cells_can_be_counted() -> None:
    assert clean_text("a\tb\n\tc") == "a   b\n    c"


def test_an_article_with_escapes_and_tabs_opens_clean(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_text("Title\n\nAlpha\tbeta \x1b]52;c;ZXZpbA==\x07 gamma.\n", encoding="utf-8")
    text = open_document(path, automatic=False).article.text
    assert "\t" not in text and "\x1b" not in text and "\x07" not in text


def test_one_long_paragraph_splits_into_all_its_sentences() -> None:
    # 144 KB in one paragraph: splitting it took minutes while it was quadratic (no timing asserted
    # here; the suite's own run time shows a regression).
    paragraph = "He met Dr. Smith in the U.S. today. " * 4000
    assert sum(1 for _ in sentence_spans(paragraph)) == 4000
