"""The pipeline's own helpers: annotations made without their classes' __init__ must be the very same objects,
and the cheap heading test must agree with the rule it stands for."""

from __future__ import annotations

import dataclasses
import re

import pytest

from content.extract.extract import _claim, _defect, _is_plain_heading, _quote, _span
from content.model import Claim, ClaimType, Defect, DefectKind, Origin, Quote, QuoteKind, Span


@pytest.mark.parametrize(
    ("made", "expected"),
    [
        (
            _quote("auto-quote-1", "auto-speaker-2", QuoteKind.DIRECT, Span(3, 9), 0.8),
            Quote("auto-quote-1", "auto-speaker-2", QuoteKind.DIRECT, Span(3, 9), Origin.AUTOMATIC, 0.8),
        ),
        (
            _claim("auto-claim-1", Span(0, 40), ClaimType.PLAN, None, "due since 2024", "2024", 0.75),
            Claim(
                "auto-claim-1",
                Span(0, 40),
                ClaimType.PLAN,
                note="due since 2024",
                due="2024",
                origin=Origin.AUTOMATIC,
                score=0.75,
            ),
        ),
        (
            _claim("auto-claim-2", Span(5, 50), ClaimType.ATTRIBUTION, "auto-speaker-1", "", "", 0.45),
            Claim(
                "auto-claim-2",
                Span(5, 50),
                ClaimType.ATTRIBUTION,
                "auto-speaker-1",
                origin=Origin.AUTOMATIC,
                score=0.45,
            ),
        ),
        (
            _defect("auto-defect-1", DefectKind.GARBLED, Span(1, 2), "a note"),
            Defect("auto-defect-1", DefectKind.GARBLED, Span(1, 2), "a note", Origin.AUTOMATIC),
        ),
    ],
)
def test_annotations_made_directly_equal_those_the_class_makes(made: object, expected: object) -> None:
    cls = type(expected)
    assert type(made) is cls
    assert not hasattr(cls, "__post_init__")  # nothing of the class's own making is skipped
    assert vars(made) == vars(expected)
    assert list(vars(made)) == [f.name for f in dataclasses.fields(cls)]  # every field, in order
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.id = "changed"  # type: ignore[attr-defined]


_ENDS_SENTENCE = re.compile(r"[.!?…:;][”’\"')\]]*$")


@pytest.mark.parametrize(
    "body",
    [
        "",
        "Why Washington is worried",
        "Why Washington is worried.",
        "A line that ends with a closed quote.”",
        "A line that ends in a bracket)",
        "”’)",
        ".",
        "Two lines\nof text",
        "one two three four five six seven eight nine ten eleven twelve",
        "one two three four five six seven eight nine ten eleven twelve thirteen",
        "Ellipsis…",
        "Colon:",
        "Question?”)",
    ],
)
def test_plain_heading_test_follows_its_rule(body: str) -> None:
    rule = body != "" and "\n" not in body and len(body.split()) <= 12 and _ENDS_SENTENCE.search(body) is None
    assert _is_plain_heading(body) == rule


def test_spans_made_directly_equal_those_the_class_makes() -> None:
    for start, end in ((0, 0), (3, 9), (7, 7)):
        made, expected = _span(start, end), Span(start, end)
        assert type(made) is Span
        assert list(vars(made)) == [f.name for f in dataclasses.fields(Span)]
        assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.start = 1  # type: ignore[misc]
    for start, end in ((-1, 3), (5, 4)):
        with pytest.raises(ValueError, match="bad span"):
            _span(start, end)
