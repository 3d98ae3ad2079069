"""The search engine the CLI and the app share: open an index over documents, search it.

    index = SearchIndex.open(documents, cache_dir=None, on_progress=None)
    result = index.search("coop* verdict:inaccurate", limit=10, filters={"kind": "claim"}, cancel=None)

Searches are thread-safe (one lock; the engine is fast and a newer keystroke's ``cancel`` makes an
older search stop at its next check). Each call parses the query (Whoosh's parser), takes the best
``limit`` records and builds their snippets; with no hits it offers "did you mean" from the index's
own vocabulary. The parsed tree is evaluated by the lean evaluator (``engine``) over Whoosh's index;
a query it does not know (a wildcard, a range, a NOT alone) goes to stock Whoosh's searcher.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from whoosh import query as wq
from whoosh.collectors import FilterCollector, TopCollector, WrappingCollector

from content.model import Document

from .documents import Record, fingerprint, records_for
from .engine import Engine, SearchCancelled, Unsupported
from .hits import Hit, SearchResult
from .lexicon import Lexicon
from .query import ParsedQuery, QueryError, normalise_word, parse_query
from .schema import FIELD_BODY, FIELD_PAIRS, pairs_of
from .snippets import make_snippet
from .store import LOCK_TIMEOUT, IndexUnavailable, Store

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

MANIFEST_KIND = "_article"
FILTER_NAMES = ("speaker", "kind", "verdict", "article")

__all__ = ["QueryError", "SearchCancelled", "SearchIndex", "UpdateStats"]


@dataclass(frozen=True)
class UpdateStats:
    indexed: tuple[str, ...]  # article ids (re)written this time
    unchanged: int  # articles whose fingerprint matched: not touched


class _CancellableCollector(WrappingCollector):
    """Stops collecting (raises SearchCancelled) once ``cancel()`` is true; checked every 64 matches."""

    def __init__(self, child, cancel: CancelCheck) -> None:  # type: ignore[no-untyped-def]
        self.child = child
        self.cancel = cancel

    def collect_matches(self) -> None:
        child = self.child
        for count, sub_docnum in enumerate(child.matches()):
            if not count & 63 and self.cancel():
                raise SearchCancelled
            child.collect(sub_docnum)


#: Characters of article text committed as one batch (its own segments). Whoosh sorts a batch's postings
#: in memory (``store.LIMIT_MB``); past that it spills sorted runs and merges them a posting at a time,
#: which nearly doubled the CPU time of a 10,000-article build. Batches this size stay in memory.
CHUNK_CHARS = 8_000_000


def _chunks(pending: list[tuple[Document, str]]) -> list[list[tuple[Document, str]]]:
    chunks: list[list[tuple[Document, str]]] = [[]]
    size = 0
    for item in pending:
        if size >= CHUNK_CHARS:
            chunks.append([])
            size = 0
        chunks[-1].append(item)
        size += len(item[0].article.text)
    return chunks


def _record_fields(record: Record, fp: str) -> dict[str, object]:
    return {
        "key": record.key,
        "article": record.article_names,
        "article_id": record.article_id,
        "fingerprint": fp,
        "kind": record.kind,
        "target": record.target,
        "speaker": record.speaker_names,
        "speaker_id": record.speaker_id,
        "verdict": record.verdict,
        "title": record.title,
        "label": record.label,
        "position": record.position,
        "start": record.start,
        "end": record.end,
        "anchored": record.anchored,
        "text": record.text,
        "body": record.text,
        "pairs": record.text,
        "exact": record.text,
    }


def for_stock_whoosh(q: wq.Query) -> wq.Query:
    """``q`` as stock Whoosh can run it on this schema: a phrase is its word pairs in the ``pairs`` field."""
    if isinstance(q, wq.Phrase) and q.fieldname == FIELD_BODY:
        words = [w for w in q.words if w]
        if len(words) < 2 or q.slop != 1:
            return wq.And([wq.Term(FIELD_BODY, w) for w in words], boost=q.boost) if words else wq.NullQuery
        pairs = pairs_of(words)
        if len(pairs) == 1:
            return wq.Term(FIELD_PAIRS, pairs[0], boost=q.boost)
        return wq.Phrase(FIELD_PAIRS, pairs, boost=q.boost)
    if q.is_leaf():
        return q
    return q.apply(for_stock_whoosh)


def _has_positive(q: wq.Query) -> bool:
    """Whether ``q`` needs some term to be present (so it cannot match a record with no fields but kind)."""
    if isinstance(q, wq.Not):
        return False
    if isinstance(q, wq.AndNot):
        return _has_positive(q.a)
    if isinstance(q, wq.And):
        return any(_has_positive(child) for child in q.children())
    if isinstance(q, wq.Or):
        return all(_has_positive(child) for child in q.children())
    if q.is_leaf():
        return not isinstance(q, wq.Every) and q is not wq.NullQuery
    return all(_has_positive(child) for child in q.children())


class SearchIndex:
    """A searchable index over some documents (a library), kept on disk when it can be."""

    def __init__(self, store: Store, article_ids: Iterable[str], notice: str | None = None) -> None:
        self._store = store
        self._article_ids = frozenset(article_ids)
        self._lock = threading.RLock()
        self._searcher = None
        self._engine: Engine | None = None
        self._lexicon: Lexicon | None = None
        self._scope: wq.Query | None = None
        self._scope_docs: frozenset[int] | None = None
        self._scope_ready = False
        self.notice = notice or store.notice
        self.last_update = UpdateStats((), 0)

    # -- opening and updating -------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        documents: Iterable[Document],
        cache_dir: str | Path | None = None,
        on_progress: ProgressCallback | None = None,
        *,
        in_memory: bool = False,
        lock_timeout: float = LOCK_TIMEOUT,
    ) -> SearchIndex:
        """Open (or build) the index for ``documents``; only new or changed articles are indexed."""
        documents = list(documents)
        store = Store.in_ram() if in_memory else Store.open(cache_dir, lock_timeout=lock_timeout)
        index = cls(store, (d.article.id for d in documents))
        index.update(documents, on_progress, lock_timeout=lock_timeout)
        return index

    @property
    def in_memory(self) -> bool:
        return self._store.in_memory

    @property
    def location(self) -> Path | None:
        return self._store.folder

    def update(
        self,
        documents: Iterable[Document],
        on_progress: ProgressCallback | None = None,
        *,
        lock_timeout: float = LOCK_TIMEOUT,
    ) -> UpdateStats:
        """Bring ``documents`` up to date in the index: a changed article's records are replaced alone."""
        documents = list(documents)
        try:
            stats = self._write(documents, on_progress, lock_timeout)
        except (IndexUnavailable, OSError) as error:
            reason = str(error) if isinstance(error, IndexUnavailable) else f"cannot write ({error.strerror or error})"
            with self._lock:
                self._close_searcher()
                self._store = Store.in_ram()
                self.notice = f"search index kept in memory: {reason}"
            stats = self._write(documents, on_progress, lock_timeout)
        with self._lock:
            self._article_ids = self._article_ids | {d.article.id for d in documents}
            self._close_searcher()
            self.last_update = stats
        return stats

    def _indexed_fingerprints(self, reader) -> dict[str, str]:  # type: ignore[no-untyped-def]
        found: dict[str, str] = {}
        for docnum in reader.postings("kind", MANIFEST_KIND).all_ids() if reader.doc_count() else ():
            if reader.is_deleted(docnum):
                continue
            stored = reader.stored_fields(docnum)
            found[stored["article_id"]] = stored["fingerprint"]
        return found

    def _write(
        self, documents: list[Document], on_progress: ProgressCallback | None, lock_timeout: float
    ) -> UpdateStats:
        total = len(documents)
        with self._store.changing(lock_timeout):
            with self._store.ix.reader() as reader:
                try:
                    indexed = self._indexed_fingerprints(reader)
                except KeyError:
                    indexed = {}
            pending = []
            for document in documents:
                fp = fingerprint(document)
                if indexed.get(document.article.id) != fp:
                    pending.append((document, fp))
            done = total - len(pending)
            if on_progress:
                on_progress(done, total)
            if not pending:
                return UpdateStats((), total)
            for chunk in _chunks(pending):
                writer = self._store.writer(batch=len(chunk))
                try:
                    for document, fp in chunk:
                        article_id = document.article.id
                        if article_id in indexed:
                            writer.delete_by_term("article_id", article_id)
                        for record in records_for(document):
                            writer.add_document(**_record_fields(record, fp))
                        writer.add_document(
                            key=f"{article_id}/{MANIFEST_KIND}",
                            article_id=article_id,
                            kind=MANIFEST_KIND,
                            fingerprint=fp,
                        )
                        done += 1
                        if on_progress:
                            on_progress(done, total)
                    writer.commit()
                except BaseException:
                    writer.cancel()
                    raise
        return UpdateStats(tuple(d.article.id for d, _ in pending), total - len(pending))

    # -- searching ----------------------------------------------------------------------------------

    def _close_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        self._engine = None
        self._lexicon = None
        self._scope_ready = False

    def _get_searcher(self):  # type: ignore[no-untyped-def]
        if self._searcher is None:
            self._searcher = self._store.ix.searcher()
            self._engine = Engine(self._searcher)
            self._lexicon = Lexicon(self._searcher.reader(), "exact")
        return self._searcher

    def _scope_filter(self, searcher) -> wq.Query | None:  # type: ignore[no-untyped-def]
        """Only this library's articles: the cache may hold others from earlier runs."""
        if not self._scope_ready:
            indexed = set(self._indexed_fingerprints(searcher.reader()))
            if indexed <= self._article_ids:
                self._scope = None
                self._scope_docs = None
            else:
                self._scope = wq.Or([wq.Term("article_id", a) for a in sorted(self._article_ids)])
                assert self._engine is not None
                docs: set[int] = set()
                for article_id in self._article_ids:
                    found = self._engine.postings("article_id", article_id)
                    if found is not None:
                        docs.update(found.ids)
                self._scope_docs = frozenset(docs)
            self._scope_ready = True
        return self._scope

    def _filter_query(self, filters: Mapping[str, str] | None) -> wq.Query | None:
        if not filters:
            return None
        parts = []
        for name, value in filters.items():
            if name not in FILTER_NAMES:
                raise QueryError(f"unknown filter '{name}' (expected one of: {', '.join(FILTER_NAMES)})")
            parts.append(parse_query(f'{name}:"{value}"').query)
        return wq.And(parts)

    def search(
        self,
        query_text: str,
        limit: int = 10,
        filters: Mapping[str, str] | None = None,
        cancel: CancelCheck | None = None,
    ) -> SearchResult:
        """The best ``limit`` hits for ``query_text``; QueryError (one line) for a query that cannot run."""
        parsed = parse_query(query_text)
        extra = self._filter_query(filters)
        with self._lock:
            searcher = self._get_searcher()
            assert self._lexicon is not None
            notes: list[str] = []
            fuzzy_words: set[str] = set()
            q = self._lexicon.expand(parsed.query, notes, fuzzy_words)
            if fuzzy_words:
                terms = parsed.highlight
                parsed = replace(parsed, highlight=replace(terms, words=terms.words | fuzzy_words, fuzzy=()))
            if extra is not None:
                q = wq.And([q, extra])
            scope = self._scope_filter(searcher)
            if not _has_positive(q):  # only a query of NOTs can match the per-article manifest records
                q = wq.AndNot(q, wq.Term("kind", MANIFEST_KIND))
            try:
                ranked, total = self._run_lean(q, limit, cancel)
            except Unsupported:
                ranked, total = self._run_stock(searcher, q, scope, limit, cancel)
            except SearchCancelled:
                return SearchResult(cancelled=True, notice=self.notice)
            if ranked is None:
                return SearchResult(cancelled=True, notice=self.notice)
            reader = searcher.reader()
            hits = tuple(self._hit(reader.stored_fields(docnum), parsed, score) for score, docnum in ranked)
            suggestion = None if hits else self._suggest(parsed)
        return SearchResult(hits, total if hits else 0, suggestion, self.notice, notes=tuple(notes))

    def _run_lean(self, q: wq.Query, limit: int, cancel: CancelCheck | None) -> tuple[list[tuple[float, int]], int]:
        assert self._engine is not None
        found = self._engine.run(q, cancel, self._scope_docs)
        if found is None:
            return [], 0
        return found.top(max(limit, 1))[:limit], len(found)

    def _run_stock(  # type: ignore[no-untyped-def]
        self, searcher, q: wq.Query, scope: wq.Query | None, limit: int, cancel: CancelCheck | None
    ) -> tuple[list[tuple[float, int]] | None, int]:
        """Stock Whoosh for what the lean evaluator does not know; None when cancelled."""
        top = TopCollector(limit=max(limit, 1))
        collector = FilterCollector(top, allow=scope) if scope is not None else top
        wrapped = _CancellableCollector(collector, cancel) if cancel else collector
        try:
            searcher.search_with_collector(for_stock_whoosh(q), wrapped)
        except SearchCancelled:
            return None, 0
        results = wrapped.results()
        ranked = [(float(results.score(i) or 0.0), results.docnum(i)) for i in range(min(limit, len(results)))]
        return ranked, len(results)

    def _hit(self, stored, parsed: ParsedQuery, score: float) -> Hit:  # type: ignore[no-untyped-def]
        anchored = stored["anchored"]
        snippet = make_snippet(stored["text"], parsed.highlight, stored["start"] if anchored else None)
        return Hit(
            article_id=stored["article_id"],
            kind=stored["kind"],
            target=stored["target"],
            start=stored["start"],
            end=stored["end"],
            position=stored["position"],
            title=stored["title"],
            label=stored["label"],
            snippet=snippet,
            score=float(score or 0.0),
            speaker_id=stored.get("speaker_id", ""),
            verdict=stored.get("verdict", "") if stored["kind"] == "claim" else "",
        )

    def suggest(self, query_text: str) -> str | None:
        """A "did you mean" query: each unknown word replaced by the index's nearest word, or None."""
        with self._lock:
            self._get_searcher()
            return self._suggest(parse_query(query_text))

    def _suggest(self, parsed: ParsedQuery) -> str | None:
        assert self._lexicon is not None
        text = parsed.text
        changed = False
        for word in parsed.plain_words:
            normal = normalise_word(word)
            if self._lexicon.frequency(normal):
                continue
            better = self._lexicon.nearest(normal)
            if better and better != normal:
                text = text.replace(word, better, 1)
                changed = True
        return text if changed else None

    def close(self) -> None:
        with self._lock:
            self._close_searcher()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
