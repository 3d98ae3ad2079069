"""The quote scorer credits a quote to the gold speaker it names, even where two share a last word."""

from __future__ import annotations

from content.extract import extract_annotations
from content.plaintext import parse_plain_text
from tests.extract.scoring import score

TEXT = """Cocoa talks stall

Ghana's foreign ministry said in a statement that it had given the names of traders to the police.

A spokesperson for Ivory Coast's interior ministry said the two delegations had agreed to set up joint patrols.
"""

GOLD = {
    "speakers": [
        {"name": "Ghana's foreign ministry", "surname": "Ghana's foreign ministry", "aliases": []},
        {"name": "Ivory Coast's interior ministry", "surname": "Ivory Coast's interior ministry", "aliases": []},
    ],
    "quotes": [
        {"speaker": "Ghana's foreign ministry", "kind": "indirect", "starts": "it had given the names of traders"},
        {"speaker": "Ivory Coast's interior ministry", "kind": "indirect", "starts": "the two delegations had agreed"},
    ],
}


def test_two_organisations_ending_in_the_same_word_are_told_apart() -> None:
    article = parse_plain_text(TEXT, "talks.txt")
    result = score(article, extract_annotations(article), GOLD)
    assert (result.quote_recall, result.quote_precision, result.missed) == (1.0, 1.0, ())
