"""The lean evaluator against stock Whoosh on the same index, and the paths only it has."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import query as wq
from whoosh.collectors import TopCollector

from content.loader import open_document
from content.model import Document
from content.plaintext import parse_plain_text
from index.engine import Engine, SearchCancelled
from index.lexicon import Lexicon, _Pattern
from index.query import parse_query
from index.search import MANIFEST_KIND, SearchIndex, _has_positive, for_stock_whoosh

VOCABULARY = (
    "the of and to a in harbour harbours dredging dredged channel ship ships master rules road roads "
    "lunar base station cooperate cooperation space race track budget spring fishermen grounds old new "
    "agency agencies plan plans bold step research south pole cost billion open"
).split()


def _article(number: int, rng: random.Random) -> Document:
    paragraphs = []
    for _ in range(rng.randint(3, 9)):
        words = [rng.choice(VOCABULARY) for _ in range(rng.randint(4, 40))]
        if rng.random() < 0.3:
            words[rng.randrange(len(words)) :] = ["rules", "of", "the", "road"]
        paragraphs.append(" ".join(words).capitalize() + ".")
    return Document(parse_plain_text("\n\n".join(paragraphs), f"synthetic/article-{number:03d}.txt"))


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """120 synthetic articles in two segments, one of them with deleted records (an article re-indexed)."""
    rng = random.Random(11)
    documents = [_article(n, rng) for n in range(120)]
    cache = tmp_path_factory.mktemp("engine") / "cache"
    SearchIndex.open(documents[:80], cache_dir=cache).close()
    changed = documents[:]
    changed[3] = Document(parse_plain_text("Rules of the road for the harbour master.", "synthetic/article-003.txt"))
    opened = SearchIndex.open(changed, cache_dir=cache)
    yield opened
    opened.close()


QUERIES = [
    "harbour",
    "the",
    "cooperation",
    "harbour channel",
    "ship AND master",
    "harbour OR lunar",
    "(space OR lunar) AND base",
    "harbour NOT channel",
    "dredg*",
    "h*",
    "harbuor~",
    "ship^2 master",
    "kind:paragraph budget",
    '"rules of the road"',
    '"the road"',
    '"space race track"',
    "rules of the road",
    "nothingatall",
    "harbour nothingatall",
]


def _lean_and_stock(index: SearchIndex, text: str) -> tuple[list[tuple[float, int]], int, list[tuple[float, int]], int]:
    searcher = index._get_searcher()
    assert index._lexicon is not None and index._engine is not None
    q = index._lexicon.expand(parse_query(text).query, [], set())
    if not _has_positive(q):
        q = wq.AndNot(q, wq.Term("kind", MANIFEST_KIND))
    found = index._engine.run(q)
    lean = found.top(10) if found else []
    top = TopCollector(limit=10)
    searcher.search_with_collector(for_stock_whoosh(q), top)
    results = top.results()
    stock = [(results.score(i), results.docnum(i)) for i in range(min(10, len(results)))]
    return lean, len(found) if found else 0, stock, len(results)


@pytest.mark.parametrize("text", QUERIES)
def test_lean_evaluator_matches_stock_whoosh(library: SearchIndex, text: str) -> None:
    """Same records, same totals; same order and BM25F scores (phrases: scored by their word pairs)."""
    lean, lean_total, stock, stock_total = _lean_and_stock(library, text)
    assert lean_total == stock_total, text
    if text.startswith('"'):
        if lean_total <= 10:
            assert {d for _, d in lean} == {d for _, d in stock}
        return
    assert [round(s, 6) for s, _ in lean] == [round(s, 6) for s, _ in stock]
    assert {d for _, d in lean} == {d for _, d in stock} or lean_total > 10
    if lean_total <= 10 or len({round(s, 6) for s, _ in lean}) == len(lean):
        assert [d for _, d in lean] == [d for _, d in stock]


def test_the_test_library_has_segments_and_deletions(library: SearchIndex) -> None:
    reader = library._get_searcher().reader()
    leaves = list(reader.leaf_readers())
    assert len(leaves) >= 2 and any(leaf.has_deletions() for leaf, _ in leaves)


def test_a_phrase_needs_its_pairs_in_a_row() -> None:
    document = Document(parse_plain_text("The space race is on.\n\nThe race track is long.", "t/race.txt"))
    with SearchIndex.open([document], in_memory=True) as index:
        assert index.search('"space race"').total == 1
        assert index.search('"race track"').total == 1
        assert not index.search('"space race track"').hits  # both pairs, but not in a row
        assert index.search('"the space race is on"').total == 1


def test_a_sloppy_phrase_and_a_wildcard_still_work(library: SearchIndex) -> None:
    assert library.search('"rules road"~3').hits
    assert library.search("dredg?d").hits  # a wildcard goes to stock Whoosh


def test_prefix_keystrokes_reuse_postings(library: SearchIndex) -> None:
    first = library.search("harb*")
    engine = library._engine
    assert engine is not None and engine._cache
    cached = dict(engine._cache)
    again = library.search("harbo*")
    assert again.total == first.total and [h.target for h in again.hits] == [h.target for h in first.hits]
    assert all(engine._cache[key] is value for key, value in cached.items() if key in engine._cache)


def test_cancel_between_terms_stops_the_search(library: SearchIndex) -> None:
    library.search("warm")
    calls = iter([False, False, True])
    result = library.search("harbour OR lunar OR ship", cancel=lambda: next(calls, True))
    assert result.cancelled and not result.hits
    with pytest.raises(SearchCancelled):
        Engine(library._get_searcher()).run(parse_query("harbour").query, cancel=lambda: True)


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def test_bit_parallel_distance_is_levenshtein() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        a = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 8)))
        b = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 8)))
        assert _Pattern(a).distance(b) == _levenshtein(a, b), (a, b)


def test_fuzzy_words_are_every_word_within_the_distance(library: SearchIndex) -> None:
    library._get_searcher()
    lexicon = library._lexicon
    assert isinstance(lexicon, Lexicon)
    vocabulary = lexicon._load()
    for word, distance in [("harbuor", 2), ("shp", 1), ("cooperatoin", 2), ("rood", 1), ("xyz", 2)]:
        expected = [w for w in vocabulary if w[0] == word[0] and _levenshtein(w, word) <= distance]
        assert lexicon.within(word, distance) == expected


def _marked(index: SearchIndex, text: str) -> list[str]:
    return [h.snippet.text[s:e] for h in index.search(text, limit=50).hits for s, e in h.snippet.marks]


@pytest.fixture
def harbour() -> SearchIndex:
    data = Path(__file__).parent / "data"
    with SearchIndex.open([open_document(data / "harbour.md")], in_memory=True) as index:
        yield index


def test_a_phrase_is_marked_as_one_run_and_nowhere_else(harbour: SearchIndex) -> None:
    hits = harbour.search('"the harbour master"', filters={"kind": "paragraph"}).hits
    assert len(hits) == 1
    snippet = hits[0].snippet
    assert (
        snippet.marked()
        == "[[The harbour master]] said the channel would be deep enough for container ships by spring."
    )


def test_stop_words_are_not_marked_outside_a_phrase(harbour: SearchIndex) -> None:
    marked = _marked(harbour, "the harbour")
    assert marked and {m.lower() for m in marked} == {"harbour"}
    assert not _marked(harbour, "the")
    assert {m.lower() for m in _marked(harbour, '"of the old harbour"')} == {"of the old harbour"}
