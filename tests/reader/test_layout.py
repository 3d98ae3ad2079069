"""The article laid out in lines of a width: nothing lost, nothing too wide, offsets that map back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from content.bundled import bundled_article_path
from content.loader import open_document
from content.markdown import parse_markdown
from reader.layout import BLANK, ArticleLayout


def visible_words(layout: ArticleLayout) -> list[str]:
    text = layout.article.text
    return [w for line in layout.lines if line.block != BLANK for w in text[line.start : line.end].split()]


def test_every_word_appears_once_and_in_order() -> None:
    article = open_document(bundled_article_path()).article
    for width in (20, 57, 120):
        layout = ArticleLayout(article, width)
        assert visible_words(layout) == article.text.split()


def test_no_line_is_wider_than_the_width() -> None:
    article = open_document(bundled_article_path()).article
    layout = ArticleLayout(article, 33)
    for line in layout.lines:
        assert line.indent + cell_len(article.text[line.start : line.end]) <= 33


def test_offsets_map_to_lines_and_back() -> None:
    article = open_document(bundled_article_path()).article
    layout = ArticleLayout(article, 40)
    offset = article.text.index("1,731 grams")
    number = layout.line_of(offset)
    line = layout.lines[number]
    assert line.start <= offset < line.end
    x = line.indent + cell_len(article.text[line.start : offset])
    assert layout.offset_at(number, x) == offset


def test_list_items_carry_their_bullet_on_the_first_line_only() -> None:
    article = parse_markdown("- a long list item that wraps over several lines of text\n", "x.md")
    layout = ArticleLayout(article, 16)
    prefixes = [line.prefix for line in layout.lines]
    assert prefixes[0] == "• " and all(p == "" for p in prefixes[1:])
    assert all(line.indent == 2 for line in layout.lines)


def test_unbreakable_words_are_split() -> None:
    article = parse_markdown("See https://example.com/a/very/long/path/that/never/ends/at/all now.", "x.md")
    layout = ArticleLayout(article, 12)
    assert all(cell_len(article.text[ln.start : ln.end]) <= 12 for ln in layout.lines)
    assert "".join(article.text[ln.start : ln.end] for ln in layout.lines).replace(" ", "") == article.text.replace(
        " ", ""
    )


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300), st.integers(min_value=8, max_value=100))
def test_any_text_lays_out_within_width(source: str, width: int) -> None:
    article = parse_markdown(source, "fuzz.md")
    layout = ArticleLayout(article, width)
    for line in layout.lines:
        assert 0 <= line.start <= line.end <= len(article.text)
        if line.block != BLANK and "\n" not in article.text[line.start : line.end]:
            assert cell_len(article.text[line.start : line.end]) <= max(width, 4) or line.end - line.start == 1
