"""Section headings announce what follows and claim nothing; the article's title still can."""

from __future__ import annotations

from datetime import date

from content.extract import extract_annotations
from content.markdown import parse_markdown
from content.plaintext import parse_plain_text

TODAY = date(2026, 1, 1)
BODY = "The agency will launch 12 satellites by 2030, officials said on Monday, the largest programme yet."


def _claimed(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [article.slice(c.span) for c in extract_annotations(article, TODAY).claims]


def test_markdown_section_headings_make_no_claims_but_the_title_does() -> None:
    source = (
        "# China will land 3 rovers on Mars by 2030\n\n"
        f"{BODY}\n\n"
        "## Why Washington will worry about 40 percent more launches by 2030\n\n"
        f"{BODY}\n\n"
        "### The largest programme in history will start in 2027\n"
    )
    claimed = _claimed(parse_markdown(source, "x.md"))
    assert "China will land 3 rovers on Mars by 2030" in claimed
    assert not [c for c in claimed if "Washington" in c or "history" in c]
    assert claimed.count(BODY) == 2


def test_plain_text_short_lines_without_closing_punctuation_are_headings() -> None:
    heading = "Why Washington is worried about the 2030 plan"
    sentence_line = "The ministry will spend 4 billion dollars by 2030."
    long_line = "Officials said the agency will spend 4 billion dollars on 12 new rockets before the end of 2030"
    source = f"China will land 3 rovers on Mars by 2030\n\n{BODY}\n\n{heading}\n\n{sentence_line}\n\n{long_line}\n"
    claimed = _claimed(parse_plain_text(source, ""))
    assert "China will land 3 rovers on Mars by 2030" in claimed  # the title, first line of the file
    assert heading not in claimed
    assert sentence_line in claimed  # short, but closed by a full stop: a sentence
    assert long_line in claimed  # no full stop, but too long for a heading


def test_seed_section_heading_is_no_claim_and_headline_is(seed_path) -> None:  # type: ignore[no-untyped-def]
    from content.loader import open_document

    article = open_document(seed_path).article
    claimed = _claimed(article)
    assert not [c for c in claimed if c.startswith("Why Washington is worried")]
    assert any(c.startswith("Beijing, Moscow join forces in space") for c in claimed)
