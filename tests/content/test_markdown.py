"""Parsing Markdown and plain text into an Article whose offsets always name the right text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from content.markdown import parse_markdown
from content.model import BlockKind, MarkKind
from content.plaintext import parse_plain_text

SAMPLE = """---
title: A test story
source: Example News
date: 2024-05-01
url: https://example.com/story
language: en
---

# The headline

First paragraph with *emphasis*, **strong words**, `code` and a [link](https://example.com).
Second sentence here.

## A section

- one item
- two items
  - nested item

1. first
2. second

> A quoted block.

```
code block
```

---

Last paragraph.
"""


def test_front_matter_fills_the_metadata() -> None:
    article = parse_markdown(SAMPLE, "story.md")
    assert article.title == "A test story"
    assert article.source == "Example News"
    assert article.date == "2024-05-01"
    assert article.url == "https://example.com/story"
    assert article.language == "en"


def test_blocks_have_the_right_kinds_and_text() -> None:
    article = parse_markdown(SAMPLE, "story.md")
    shown = [(b.kind, article.slice(b.span)) for b in article.blocks]
    assert shown[0] == (BlockKind.HEADING, "The headline")
    assert (BlockKind.HEADING, "A section") in shown
    assert (BlockKind.LIST_ITEM, "nested item") in shown
    assert (BlockKind.QUOTE_BLOCK, "A quoted block.") in shown
    assert (BlockKind.CODE, "code block") in shown
    assert shown[-1] == (BlockKind.PARAGRAPH, "Last paragraph.")
    items = {article.slice(b.span): b for b in article.blocks if b.kind == BlockKind.LIST_ITEM}
    assert items["nested item"].level == 2
    assert items["first"].bullet == "1." and items["second"].bullet == "2."
    assert items["one item"].bullet == "•"


def test_inline_marks_name_exactly_the_formatted_words() -> None:
    article = parse_markdown(SAMPLE, "story.md")
    paragraph = article.blocks[1]
    marks = {(m.kind, article.slice(m.span), m.href) for m in paragraph.marks}
    assert marks == {
        (MarkKind.EMPHASIS, "emphasis", None),
        (MarkKind.STRONG, "strong words", None),
        (MarkKind.CODE, "code", None),
        (MarkKind.LINK, "link", "https://example.com"),
    }
    assert "*" not in article.slice(paragraph.span)


def test_sentences_split_and_lie_in_their_block() -> None:
    article = parse_markdown(SAMPLE, "story.md")
    first = [s for s in article.sentences if s.block_id == article.blocks[1].id]
    assert [article.slice(s.span) for s in first][-1] == "Second sentence here."
    blocks = {b.id: b for b in article.blocks}
    for sentence in article.sentences:
        block = blocks[sentence.block_id]
        assert block.span.start <= sentence.span.start < sentence.span.end <= block.span.end


def test_source_lines_are_recorded_for_messages() -> None:
    article = parse_markdown(SAMPLE, "story.md")
    assert article.blocks[0].line == 9  # "# The headline" is line 9 of the file


def test_title_falls_back_to_the_first_heading_then_the_file_name() -> None:
    assert parse_markdown("# Heading\n\nBody.", "x.md").title == "Heading"
    assert parse_markdown("Just a body.", "my-story.md", fallback_title="my-story").title == "my-story"


def test_ids_are_stable_and_derived_from_the_file() -> None:
    one = parse_markdown("Body.", "/tmp/a/story.md")
    two = parse_markdown("Body changed.", "/tmp/a/story.md")
    other = parse_markdown("Body.", "/tmp/b/story.md")
    assert one.id == two.id and one.id.startswith("story-")
    assert other.id != one.id
    assert parse_markdown("---\nid: fixed-id\n---\nBody.", "x.md").id == "fixed-id"


def test_plain_text_first_line_is_the_title() -> None:
    article = parse_plain_text("Title line\n\nFirst para\ncontinues here.\n\nSecond para.\n", "a.txt")
    assert article.title == "Title line"
    texts = [article.slice(b.span) for b in article.blocks]
    assert texts == ["Title line", "First para continues here.", "Second para."]
    assert article.blocks[0].kind == BlockKind.HEADING


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_any_markdown_parses_into_consistent_offsets(source: str) -> None:
    article = parse_markdown(source, "fuzz.md")
    previous_end = 0
    for block in article.blocks:
        assert previous_end <= block.span.start <= block.span.end <= len(article.text)
        previous_end = block.span.end
        for mark in block.marks:
            assert block.span.start <= mark.span.start < mark.span.end <= block.span.end
    for sentence in article.sentences:
        assert 0 <= sentence.span.start < sentence.span.end <= len(article.text)
        assert article.slice(sentence.span).strip() == article.slice(sentence.span)


def test_a_heading_inside_a_list_item_does_not_pass_its_bullet_on() -> None:
    article = parse_markdown("- # head in list\n\npara after\n", "x.md")
    after = next(b for b in article.blocks if article.slice(b.span) == "para after")
    assert after.kind == BlockKind.PARAGRAPH and after.bullet == ""
