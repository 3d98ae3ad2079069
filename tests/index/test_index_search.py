from __future__ import annotations

import threading

import pytest

from content.bundled import bundled_article_path
from content.loader import open_document
from content.model import Document
from index.hits import Hit
from index.query import QueryError
from index.search import SearchIndex


def kinds(hits: tuple[Hit, ...]) -> set[str]:
    return {h.kind for h in hits}


def marked_words(hit: Hit) -> list[str]:
    return [hit.snippet.text[s:e] for s, e in hit.snippet.marks]


def test_stemming_finds_other_forms(index: SearchIndex) -> None:
    result = index.search("cooperation")  # the text has "cooperate" and "cooperation"
    words = {w.lower() for h in result.hits for w in marked_words(h)}
    assert {"cooperate", "cooperation"} <= words
    assert {h.article_id for h in result.hits} == {"lunar-base"}


def test_phrase_needs_the_words_together(index: SearchIndex) -> None:
    hits = index.search('"international cooperation"').hits
    assert hits and all("international cooperation" in h.snippet.text for h in hits)
    assert not index.search('"cooperation international"').hits


def test_prefix_matches_word_starts(index: SearchIndex) -> None:
    hits = index.search("dredg*").hits
    assert hits and all(h.article_id == "harbour-dredging" for h in hits)
    assert all(w.lower().startswith("dredg") for h in hits for w in marked_words(h))


def test_fuzzy_finds_misspellings(index: SearchIndex) -> None:
    assert not index.search("harbuor").hits
    hits = index.search("harbuor~").hits
    assert hits and "harbour" in {w.lower() for h in hits for w in marked_words(h)}


def test_and_or_not(index: SearchIndex) -> None:
    both = index.search("dredging AND fishermen").hits
    assert [h.target for h in both if h.kind == "paragraph"] == ["b3"]
    either = index.search("fishermen OR critics").hits
    assert {h.article_id for h in either} == {"lunar-base", "harbour-dredging"}
    without = index.search("harbour NOT dredging").hits
    assert without and all("dredg" not in h.snippet.text.lower() for h in without)


def test_kind_filter(index: SearchIndex) -> None:
    assert kinds(index.search("cooperation kind:quote").hits) == {"quote"}
    assert kinds(index.search("cooperation", filters={"kind": "paragraph"}).hits) == {"paragraph"}
    speaker = index.search("kind:speaker").hits
    assert [h.target for h in speaker] == ["quill"]


def test_speaker_filter_by_id_or_name(index: SearchIndex) -> None:
    for query in ("speaker:quill", "speaker:Ada", "speaker:quill cooperation"):
        hits = index.search(query).hits
        assert hits and all(h.speaker_id == "quill" for h in hits), query
    assert not index.search("speaker:nobody").hits


def test_verdict_filter(index: SearchIndex) -> None:
    hits = index.search("verdict:inaccurate").hits
    assert [h.kind for h in hits] == ["claim"]
    assert hits[0].verdict == "inaccurate" and "3 billion dollars" in hits[0].snippet.text
    assert [h.verdict for h in index.search("verdict:unverifiable").hits] == ["unverifiable"]
    assert not index.search("dredging verdict:inaccurate").hits


def test_article_filter(index: SearchIndex) -> None:
    assert {h.article_id for h in index.search("the article:harbour").hits} == {"harbour-dredging"}
    assert {h.article_id for h in index.search("the article:lunar-base").hits} == {"lunar-base"}
    assert {h.article_id for h in index.search("the", filters={"article": "lunar"}).hits} == {"lunar-base"}


def test_unknown_filter_name_is_an_error(index: SearchIndex) -> None:
    with pytest.raises(QueryError):
        index.search("the", filters={"colour": "red"})


def test_did_you_mean_comes_from_the_vocabulary(index: SearchIndex) -> None:
    result = index.search("harbuor spawning")
    assert not result.hits and result.total == 0
    assert result.suggestion == "harbour spawning"
    assert index.search("zzzzqqq").suggestion is None
    assert index.search("harbour").suggestion is None


def test_snippet_marks_map_back_to_the_article(index: SearchIndex, documents: list[Document]) -> None:
    texts = {d.article.id: d.article.text for d in documents}
    result = index.search("cooperation OR harbour OR budget*", limit=50)
    assert result.hits
    for hit in result.hits:
        if hit.kind == "speaker":
            assert hit.snippet.offset is None
            continue
        text = texts[hit.article_id]
        assert text[hit.start : hit.end].strip()
        assert hit.snippet.article_marks()
        for (s, e), (a, b) in zip(hit.snippet.marks, hit.snippet.article_marks(), strict=True):
            assert text[a:b] == hit.snippet.text[s:e]
            assert text[a:b].lower().startswith(("cooperat", "harbour", "budget"))


def test_long_paragraph_snippet_is_a_window_around_the_match() -> None:
    document = open_document(bundled_article_path())
    with SearchIndex.open([document], in_memory=True) as index:
        hits = index.search("Hertzfeld", limit=50).hits
    assert hits
    text = document.article.text
    for hit in hits:
        assert len(hit.snippet.text) <= 260
        for a, b in hit.snippet.article_marks():
            assert text[a:b] == "Hertzfeld"


def test_hits_are_ranked_and_limited(index: SearchIndex) -> None:
    result = index.search("the", limit=3)
    assert len(result.hits) == 3 and result.total > 3
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)


def test_broad_prefix_is_capped_with_a_note(documents: list[Document]) -> None:
    import index.lexicon as lexicon

    cap = lexicon.PREFIX_CAP
    lexicon.PREFIX_CAP = 2
    try:
        with SearchIndex.open(documents, in_memory=True) as index:
            result = index.search("s*")
    finally:
        lexicon.PREFIX_CAP = cap
    assert result.hits and result.notes and "2 commonest" in result.notes[0]


def test_search_on_a_prefix_of_the_previous_query(index: SearchIndex) -> None:
    typed = [index.search(q).total for q in ("dre*", "dred*", "dredg*", "dre*")]
    assert typed[0] == typed[1] == typed[2] == typed[3] > 0


def test_cancelled_search_stops(index: SearchIndex) -> None:
    result = index.search("the", cancel=lambda: True)
    assert result.cancelled and not result.hits


def test_searches_from_threads(index: SearchIndex) -> None:
    errors: list[BaseException] = []
    totals: list[int] = []

    def run() -> None:
        try:
            for _ in range(20):
                totals.append(index.search("harbour OR cooperation").total)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(set(totals)) == 1


def test_only_the_opened_articles_are_searched(documents: list[Document], cache) -> None:
    SearchIndex.open(documents, cache_dir=cache).close()
    with SearchIndex.open(documents[1:], cache_dir=cache) as only_harbour:
        assert not only_harbour.search("cooperation").hits
        assert only_harbour.search("harbour").hits


def test_a_query_of_nots_returns_only_real_records(index: SearchIndex) -> None:
    hits = index.search("NOT zzzz", limit=100).hits
    assert hits and kinds(hits) <= {"paragraph", "quote", "claim", "speaker"}
