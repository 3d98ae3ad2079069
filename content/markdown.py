"""Markdown (with a YAML front matter block) to an ``Article``, using markdown-it-py."""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from .builder import ArticleBuilder, Metadata
from .errors import ContentError
from .model import Article, BlockKind, MarkKind

#: Front matter keys a reader may set; anything else is kept out of the model but is not an error.
FRONT_MATTER_FIELDS = ("id", "title", "source", "byline", "date", "url", "language")


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").use(front_matter_plugin).enable(["table", "strikethrough"])


@dataclass
class _Inline:
    text: str = ""
    marks: list[tuple[MarkKind, int, int, str | None]] = field(default_factory=list)


_MARK_FOR_OPEN = {"em_open": MarkKind.EMPHASIS, "strong_open": MarkKind.STRONG, "s_open": MarkKind.STRIKE}
_CLOSE_FOR_OPEN = {"em_open": "em_close", "strong_open": "strong_close", "s_open": "s_close", "link_open": "link_close"}


def _flatten_inline(children: list[Token]) -> _Inline:
    """Plain text of an inline token's children, with the spans its formatting covers."""
    out = _Inline()
    open_marks: list[tuple[str, MarkKind, int, str | None]] = []
    for child in children:
        kind = child.type
        if kind == "text":
            out.text += child.content
        elif kind == "softbreak":
            out.text += " "
        elif kind == "hardbreak":
            out.text += "\n"
        elif kind == "code_inline":
            start = len(out.text)
            out.text += child.content
            out.marks.append((MarkKind.CODE, start, len(out.text), None))
        elif kind == "image":
            out.text += child.content or ""
        elif kind in _MARK_FOR_OPEN:
            open_marks.append((_CLOSE_FOR_OPEN[kind], _MARK_FOR_OPEN[kind], len(out.text), None))
        elif kind == "link_open":
            href = child.attrGet("href")
            open_marks.append(("link_close", MarkKind.LINK, len(out.text), str(href) if href else None))
        elif open_marks and kind == open_marks[-1][0]:
            _, mark, start, href = open_marks.pop()
            if len(out.text) > start:
                out.marks.append((mark, start, len(out.text), href))
        # html_inline and anything unknown contributes no text
    return out


def read_front_matter(source: str, path: str) -> Metadata:
    """Parse the YAML front matter block; errors name the file and line."""
    try:
        data = yaml.safe_load(source)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1  # +1 for 1-based, +1 for the opening ---
        problem = getattr(error, "problem", None) or "not valid YAML"
        raise ContentError(path, f"front matter: {problem}", line) from None
    if data is None:
        return Metadata()
    if not isinstance(data, dict):
        raise ContentError(path, "front matter must be a block of 'key: value' lines", 2)
    values: dict[str, str] = {}
    for key in FRONT_MATTER_FIELDS:
        value = data.get(key)
        if value is None:
            continue
        if isinstance(value, (dict, list)):
            line = _key_line(source, key)
            raise ContentError(path, f"front matter field '{key}' must be text, not a list or mapping", line)
        values[key] = str(value).strip()
    return Metadata(**values)


def _key_line(source: str, key: str) -> int:
    for number, line in enumerate(source.splitlines(), start=2):
        if line.startswith(f"{key}:"):
            return number
    return 1


def parse_markdown(source: str, path: str = "", fallback_title: str = "") -> Article:
    """Parse Markdown into an ``Article``. ``path`` is used for the id and in error messages."""
    tokens = _parser().parse(source)
    metadata = Metadata()
    builder = ArticleBuilder()
    containers: list[str] = []  # "list", "ordered", "quote" from outermost in
    item_numbers: list[int] = []
    pending_bullet = ""
    table_row: list[str] = []
    table_line = 0

    for index, token in enumerate(tokens):
        kind = token.type
        line = token.map[0] + 1 if token.map else 0
        if kind == "front_matter":
            metadata = read_front_matter(token.content, path)
        elif kind == "bullet_list_open":
            containers.append("list")
            item_numbers.append(0)
        elif kind == "ordered_list_open":
            containers.append("ordered")
            item_numbers.append(int(token.attrGet("start") or 1) - 1)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            containers.pop()
            item_numbers.pop()
        elif kind == "list_item_open":
            item_numbers[-1] += 1
            pending_bullet = f"{item_numbers[-1]}." if containers[-1] == "ordered" else "•"
        elif kind == "blockquote_open":
            containers.append("quote")
        elif kind == "blockquote_close":
            containers.pop()
        elif kind == "inline" and index > 0:
            opener = tokens[index - 1].type
            flat = _flatten_inline(token.children or [])
            if opener == "heading_open":
                pending_bullet = ""  # a heading inside a list item takes the item's place
                level = int(tokens[index - 1].tag[1:])
                builder.add_block(BlockKind.HEADING, flat.text, line, flat.marks, level=level)
            elif opener in ("th_open", "td_open"):
                table_row.append(flat.text)
                table_line = table_line or line
            else:
                depth = sum(1 for c in containers if c != "quote")
                if pending_bullet:
                    builder.add_block(
                        BlockKind.LIST_ITEM, flat.text, line, flat.marks, level=depth, bullet=pending_bullet
                    )
                    pending_bullet = ""
                elif "quote" in containers:
                    builder.add_block(BlockKind.QUOTE_BLOCK, flat.text, line, flat.marks, level=depth)
                else:
                    builder.add_block(BlockKind.PARAGRAPH, flat.text, line, flat.marks, level=depth)
        elif kind == "tr_close":
            builder.add_block(BlockKind.PARAGRAPH, " │ ".join(table_row), table_line, [])
            table_row, table_line = [], 0
        elif kind in ("fence", "code_block"):
            builder.add_block(BlockKind.CODE, token.content.rstrip("\n"), line, [], split_sentences=False)
        elif kind == "hr":
            builder.add_block(BlockKind.RULE, "", line, [], split_sentences=False)

    title = metadata.title or builder.first_heading() or fallback_title
    return builder.build(metadata, title=title, path=path)
