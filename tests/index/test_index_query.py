from __future__ import annotations

import pytest

from index.query import QueryError, parse_query, plain_words


def test_words_are_stemmed_for_matching() -> None:
    assert str(parse_query("cooperation").query) == str(parse_query("cooperate").query)


def test_prefix_and_fuzzy_go_to_the_unstemmed_field() -> None:
    assert "exact:coop*" in str(parse_query("Coop*").query)
    assert parse_query("cooperatoin~").highlight.fuzzy == (("cooperatoin", 2),)
    assert parse_query("marz~").highlight.fuzzy == (("marz", 1),)
    assert parse_query("marz~2").highlight.fuzzy == (("marz", 2),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ('"space race', "unbalanced"),
        ("(mars OR moon", "unbalanced ("),
        ("mars)", "unbalanced )"),
        ("kind:quotes", "unknown kind 'quotes'"),
        ("verdict:wrong", "unknown verdict 'wrong'"),
    ],
)
def test_bad_queries_are_one_line_errors(text: str, message: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query(text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_not_terms_are_not_highlighted() -> None:
    terms = parse_query("harbour NOT dredging").highlight
    assert "harbour" in terms.stems
    assert "dredg" not in terms.stems


def test_plain_words_skip_operators_filters_and_phrases() -> None:
    assert plain_words('marz AND "space race" kind:quote coop* (moon OR sun)') == ("marz", "moon", "sun")
