"""The lean evaluator: Sidelight's own query evaluation over Whoosh's index, for the queries it knows.

Stock Whoosh walks every posting through a tree of Python matcher objects, one method call per
document per node; that is what made a search slow, not the snippets. Here a parsed query tree
(Whoosh's own ``query`` objects, from Whoosh's parser) is evaluated a whole posting list at a time:

- a term's posting blocks are read in bulk from Whoosh's postings file (each block decompressed and
  unpickled once, ids delta-decoded with ``accumulate``) and scored with BM25F (Whoosh's formula,
  B=0.75, K1=1.2) through per-field tables of length norms, precomputed once per index generation;
- AND intersects (the smallest list drives; a big list is probed by binary search), OR sums, NOT
  removes, and the best ``limit`` come from a heap;
- a phrase is its word pairs (``pairs`` field): one term for two words; for more, the pairs'
  lists are intersected and positions are decoded only for the documents in all of them;
- scored posting lists are kept in a small LRU cache, so the next keystroke of an as-you-type
  prefix, whose words mostly overlap the last one's, reads almost nothing;
- a ``cancel`` check runs between terms and every few blocks: a newer keystroke stops an older
  search quickly.

What it does not know (wildcards, ranges, a NOT alone, ...) raises ``Unsupported`` and the caller
asks stock Whoosh, so every query still works.
"""

from __future__ import annotations

import heapq
import math
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable
from itertools import accumulate
from operator import neg
from pickle import loads

from whoosh import query as wq
from whoosh.matching import ListMatcher
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

from .schema import FIELD_BODY, FIELD_PAIRS, pairs_of

K1 = 1.2
B = 0.75
#: Scored postings kept for reuse (the last keystrokes' words); about 12 bytes each.
CACHE_POSTINGS = 1_500_000
#: A list at least this many times longer than the running AND result is probed, not loaded into a dict.
PROBE_RATIO = 16

CancelCheck = Callable[[], bool]


class SearchCancelled(Exception):
    """Raised inside a search when its ``cancel`` check says a newer search has superseded it."""


class Unsupported(Exception):
    """A query node the lean evaluator leaves to stock Whoosh."""


class Matches:
    """A node's matching documents: sorted ``ids`` with ``scores``, or a ``docs`` dict of id to score."""

    __slots__ = ("_docs", "ids", "scores")

    def __init__(self, ids=None, scores=None, docs: dict[int, float] | None = None) -> None:  # type: ignore[no-untyped-def]
        self.ids = ids
        self.scores = scores
        self._docs = docs

    def __len__(self) -> int:
        return len(self._docs) if self._docs is not None else len(self.ids)

    @property
    def is_list(self) -> bool:
        return self._docs is None

    def docs(self) -> dict[int, float]:
        """A dict of id to score: built fresh from a list (a cached term's lists stay lists), else the
        node's own dict. Callers build new dicts from it rather than change it."""
        if self._docs is None:
            return dict(zip(self.ids, self.scores, strict=True))
        return self._docs

    def id_set(self) -> set[int] | dict[int, float]:
        return self._docs if self._docs is not None else set(self.ids)

    def score_of(self, docnum: int) -> float | None:
        if self._docs is not None:
            return self._docs.get(docnum)
        ids = self.ids
        i = bisect_left(ids, docnum)
        if i < len(ids) and ids[i] == docnum:
            return self.scores[i]
        return None

    def top(self, limit: int) -> list[tuple[float, int]]:
        """The best ``limit`` as (score, docnum), best first; ties go to the lower docnum (as Whoosh)."""
        if self._docs is not None:
            pairs = zip(self._docs.values(), map(neg, self._docs.keys()), strict=True)
        else:
            pairs = zip(self.scores, map(neg, self.ids), strict=True)
        return [(score, -negated) for score, negated in heapq.nlargest(limit, pairs)]

    def restrict(self, allowed: set[int] | frozenset[int]) -> Matches:
        if self._docs is not None:
            return Matches(docs={d: s for d, s in self._docs.items() if d in allowed})
        keep = [i for i, d in enumerate(self.ids) if d in allowed]
        return Matches([self.ids[i] for i in keep], [self.scores[i] for i in keep])


class _Scorer:
    """BM25F for one term: ``idf`` and a per-length-byte table of norms, as Whoosh's BM25F scorer."""

    __slots__ = ("boost", "lengths", "norms", "ones", "scale")

    def __init__(self, idf: float, lengths: bytes | None, norms: list[float] | None, boost: float) -> None:
        self.lengths = lengths
        self.boost = boost
        if lengths is None or norms is None:  # not scorable: the score is the weight (Whoosh's WeightScorer)
            self.norms = self.ones = None
            self.scale = boost
            return
        self.scale = scale = idf * (K1 + 1) * boost
        self.norms = norms
        self.ones = [scale / (1 + n) for n in norms]

    def block(self, ids: list[int], weights: object) -> list[float]:
        """Scores of one block's postings (``weights``: None for all 1.0, a float for all equal, or a list)."""
        lengths = self.lengths
        if lengths is None:
            if weights is None:
                return [self.scale] * len(ids)
            if isinstance(weights, float):
                return [weights * self.scale] * len(ids)
            return [w * self.scale for w in weights]
        if weights is None:
            return list(map(self.ones.__getitem__, map(lengths.__getitem__, ids)))
        norms, scale = self.norms, self.scale
        if isinstance(weights, float):
            w = weights
            return [scale * w / (w + norms[lengths[d]]) for d in ids]
        return [scale * w / (w + norms[lengths[d]]) for d, w in zip(ids, weights, strict=True)]


class Engine:
    """Evaluates parsed queries over one Whoosh searcher (one generation of the index)."""

    def __init__(self, searcher) -> None:  # type: ignore[no-untyped-def]
        self.searcher = searcher
        self.reader = searcher.reader()
        self.schema = self.reader.schema
        self.doc_count_all = self.reader.doc_count_all()
        self._leaves = list(self.reader.leaf_readers())
        self._lengths: dict[str, bytes] = {}
        self._norms: dict[str, list[float]] = {}
        self._cache: OrderedDict[tuple[str, str, float], Matches] = OrderedDict()
        self._cached = 0
        self._cancel: CancelCheck | None = None

    # -- the index, read in bulk ---------------------------------------------------------------------

    def lengths(self, fieldname: str) -> bytes:
        """Each document's length byte for ``fieldname`` (Whoosh's length column), global docnums."""
        found = self._lengths.get(fieldname)
        if found is None:
            parts = []
            for leaf, _base in self._leaves:
                count = leaf.doc_count_all()
                parts.append(_length_bytes(leaf, fieldname, count))
            found = self._lengths[fieldname] = b"".join(parts)
        return found

    def norms(self, fieldname: str) -> list[float]:
        """BM25F's length norm ``K1 * (1 - B + B * length / average length)`` for each length byte."""
        found = self._norms.get(fieldname)
        if found is None:
            avgfl = self.searcher.avg_field_length(fieldname) or 1
            found = [K1 * ((1 - B) + B * (byte_to_length(b) or 0) / avgfl) for b in range(256)]
            self._norms[fieldname] = found
        return found

    def _scorer(self, fieldname: str, doc_frequency: int, boost: float, lengths_of: str | None = None) -> _Scorer:
        field = self.schema[fieldname]
        if not field.scorable and lengths_of is None:
            return _Scorer(0.0, None, None, boost)
        source = lengths_of or fieldname
        idf = math.log(self.doc_count_all / (doc_frequency + 1)) + 1
        return _Scorer(idf, self.lengths(source), self.norms(source), boost)

    def _check(self) -> None:
        if self._cancel is not None and self._cancel():
            raise SearchCancelled

    def postings(self, fieldname: str, text: str, boost: float = 1.0, lengths_of: str | None = None) -> Matches | None:
        """A term's documents and BM25F scores over the whole index (deleted documents left out); cached."""
        key = (fieldname, text, boost)
        cache = self._cache
        found = cache.get(key)
        if found is not None:
            cache.move_to_end(key)
            return found
        ids: list[int] = []
        scores: list[float] = []
        infos = self._term_infos(fieldname, text)
        if not infos:
            return None
        scorer = self._scorer(fieldname, sum(info.doc_frequency() for _l, _b, info in infos), boost, lengths_of)
        for leaf, base, info in infos:
            deleted = leaf.deleted_docs_set
            for block_ids, weights, _values in _blocks(leaf, fieldname, text, info, base, False, self._check):
                block_scores = scorer.block(block_ids, weights)
                if deleted:
                    keep = [i for i, d in enumerate(block_ids) if d - base not in deleted]
                    block_ids = [block_ids[i] for i in keep]
                    block_scores = [block_scores[i] for i in keep]
                ids.extend(block_ids)
                scores.extend(block_scores)
        if not ids:
            return None
        found = Matches(array("i", ids), array("d", scores))
        cache[key] = found
        self._cached += len(ids)
        while self._cached > CACHE_POSTINGS and len(cache) > 1:
            _key, old = cache.popitem(last=False)
            self._cached -= len(old.ids)
        return found

    def positions(self, fieldname: str, text: str, docnums: list[int]) -> dict[int, list[int]]:
        """Positions of a term in each of ``docnums`` (sorted): only their blocks are decoded."""
        wanted = set(docnums)
        found: dict[int, list[int]] = {}
        for leaf, base, info in self._term_infos(fieldname, text):
            for block_ids, _weights, values in _blocks(leaf, fieldname, text, info, base, True, self._check, wanted):
                for docnum, value in zip(block_ids, values, strict=True):
                    if docnum in wanted:
                        found[docnum] = list(accumulate(loads(value[4:])))
        return found

    def _term_infos(self, fieldname: str, text: str) -> list[tuple[object, int, object]]:
        """``(segment reader, base docnum, term info)`` of each segment holding the term (one lookup each)."""
        found = []
        for leaf, base in self._leaves:
            try:
                found.append((leaf, base, leaf.term_info(fieldname, text)))
            except TermNotFound:
                continue
        return found

    # -- evaluation ----------------------------------------------------------------------------------

    def run(
        self, q: wq.Query, cancel: CancelCheck | None = None, allowed: set[int] | frozenset[int] | None = None
    ) -> Matches | None:
        """All documents matching ``q`` with their scores, or None; raises Unsupported or SearchCancelled."""
        self._cancel = cancel
        try:
            self._check()
            found = self._eval(q.normalize())
            if found is not None and allowed is not None:
                found = found.restrict(allowed)
            return found if found else None
        finally:
            self._cancel = None

    def _eval(self, q: wq.Query) -> Matches | None:
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return None
        if type(q) is wq.Term:
            return self.postings(q.fieldname, q.text, q.boost)
        if type(q) is wq.And:
            return self._and(q)
        if type(q) is wq.Or:
            return self._or(q)
        if type(q) is wq.AndNot:
            return self._without(self._eval(q.a), [q.b])
        if type(q) is wq.Phrase:
            return self._phrase(q)
        raise Unsupported(type(q).__name__)

    def _boosted(self, found: Matches | None, boost: float) -> Matches | None:
        if found is None or boost == 1.0:
            return found
        return Matches(docs={d: s * boost for d, s in found.docs().items()})

    def _and(self, q: wq.And) -> Matches | None:
        subs = q.subqueries
        nots = [s.query for s in subs if isinstance(s, wq.Not)]
        positive = [s for s in subs if not isinstance(s, wq.Not)]
        if not positive:
            raise Unsupported("a NOT alone")
        if len(subs) == 1:
            return self._eval(subs[0])
        parts = []
        for sub in positive:
            found = self._eval(sub)
            if found is None:
                return None
            parts.append(found)
            self._check()
        parts.sort(key=len)
        docs = parts[0].docs()  # read, never changed: each step builds a new dict
        for part in parts[1:]:
            if not docs:
                return None
            docs = _intersect(docs, part)
        if nots:  # Whoosh scores a NOT inside an AND as a match of weight 1 (same ranking, same scores)
            docs = {d: s + len(nots) for d, s in docs.items()}
        found = self._boosted(Matches(docs=docs), q.boost)
        return self._without(found, nots)

    def _without(self, found: Matches | None, excluded: Iterable[wq.Query]) -> Matches | None:
        for q in excluded:
            if found is None or not found:
                return None
            gone = self._eval(q)
            if gone is None:
                continue
            docs = found.docs()
            if gone.is_list and len(gone) > PROBE_RATIO * len(docs):
                found = Matches(docs={d: s for d, s in docs.items() if gone.score_of(d) is None})
            else:
                drop = gone.id_set()
                found = Matches(docs={d: s for d, s in docs.items() if d not in drop})
        return found if found else None

    def _or(self, q: wq.Or) -> Matches | None:
        if any(isinstance(s, wq.Not) for s in q.subqueries):
            raise Unsupported("NOT inside OR")
        if getattr(q, "minmatch", 0) or getattr(q, "scale", None):
            raise Unsupported("OR with minmatch or scale")
        parts = []
        for sub in q.subqueries:
            found = self._eval(sub)
            if found is not None:
                parts.append(found)
            self._check()
        if not parts:
            return None
        if len(q.subqueries) == 1:
            return parts[0]
        parts.sort(key=len, reverse=True)
        docs = parts[0].docs() if parts[0].is_list else dict(parts[0].docs())  # changed below: our own
        for part in parts[1:]:
            other = part.docs()
            both = docs.keys() & other.keys()
            if both:
                summed = {d: docs[d] + other[d] for d in both}
                docs.update(other)
                docs.update(summed)
            else:
                docs.update(other)
        return self._boosted(Matches(docs=docs), q.boost)

    def _phrase(self, q: wq.Phrase) -> Matches | None:
        words = [w for w in q.words if w]
        if not words:
            return None
        if len(words) == 1:
            return self.postings(q.fieldname, words[0], q.boost)
        if q.fieldname != FIELD_BODY:
            raise Unsupported("a phrase in a filter")
        if q.slop != 1:  # the index keeps pairs, not distances: a sloppy phrase needs all its words
            return self._and(wq.And([wq.Term(FIELD_BODY, w) for w in words], boost=q.boost))
        pairs = pairs_of(words)
        parts = []
        for pair in pairs:
            found = self.postings(FIELD_PAIRS, pair, q.boost, lengths_of=FIELD_BODY)
            if found is None:
                return None
            parts.append(found)
        if len(parts) == 1:
            return parts[0]
        # every pair in the document: candidates; then positions decide (pair i at start + i)
        order = sorted(range(len(parts)), key=lambda i: len(parts[i]))
        docs = parts[order[0]].docs()
        for i in order[1:]:
            docs = _intersect(docs, parts[i])
            if not docs:
                return None
        candidates = sorted(docs)
        self._check()
        starts: dict[int, set[int]] | None = None
        for offset, pair in enumerate(pairs):
            where = self.positions(FIELD_PAIRS, pair, candidates)
            if starts is None:
                starts = {d: set(where.get(d, ())) for d in candidates}
            else:
                for d, begun in starts.items():
                    if begun:
                        here = where.get(d, ())
                        begun.intersection_update(p - offset for p in here)
            self._check()
        assert starts is not None
        kept = {d: docs[d] for d in candidates if starts[d]}
        return Matches(docs=kept) if kept else None


def _length_bytes(leaf, fieldname: str, count: int) -> bytes:  # type: ignore[no-untyped-def]
    """A segment's length bytes for a field, read in one piece from its length column."""
    try:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN

        column = leaf._perdoc._cached_reader(f"_{fieldname}_len", LENGTHS_COLUMN)
        if column is None:
            return bytes(count)
        stored = column._dbfile.get(column._basepos, column._count)
        return bytes(stored[:count]).ljust(count, b"\x00")
    except AttributeError:  # another codec: ask Whoosh document by document
        from whoosh.util.numeric import length_to_byte

        return bytes(length_to_byte(leaf.doc_field_length(d, fieldname, 0) or 0) for d in range(count))


def _matcher(leaf, fieldname: str, text: str, info):  # type: ignore[no-untyped-def]
    """The segment's raw posting reader for a term whose info is known (no second lookup)."""
    try:
        terms = leaf._terms
        return terms._codec.postings_reader(terms._postfile, info, leaf.schema[fieldname].format)
    except AttributeError:  # another codec: Whoosh's public way
        matcher = leaf.postings(fieldname, text)
        return getattr(matcher, "child", matcher)  # unwrap the deleted-documents filter: the caller does it


def _blocks(leaf, fieldname: str, text: str, info, base: int, values: bool, check, wanted=None):  # type: ignore[no-untyped-def]
    """Yield ``(global ids, weights, values)`` for each posting block of a term in one segment.

    ``weights`` is None (all 1.0), one float (all equal) or a sequence; ``values`` only when asked.
    With ``wanted`` (a set of global ids), blocks holding none of them are skipped undecoded.
    """
    matcher = _matcher(leaf, fieldname, text, info)
    if isinstance(matcher, ListMatcher) or not hasattr(matcher, "_read_data"):
        ids, weights, vals = [], [], []
        while matcher.is_active():
            ids.append(matcher.id() + base)
            weights.append(matcher.weight())
            if values:
                vals.append(matcher.value())
            matcher.next()
        yield ids, weights, (vals if values else None)
        return
    local_wanted = sorted(d - base for d in wanted) if wanted is not None else None
    previous_max = -1
    count = 0
    while True:
        block_max = matcher._maxid
        if local_wanted is not None:
            i = bisect_right(local_wanted, previous_max)
            needed = i < len(local_wanted) and local_wanted[i] <= block_max
        else:
            needed = True
        if needed:
            matcher._read_data()
            data = matcher._data
            local = data[0]
            ids = list(accumulate(local, initial=base))[1:] if base else list(accumulate(local))
            yield ids, data[1], (_block_values(matcher, data) if values else None)
        previous_max = block_max
        count += 1
        if not count & 15:
            check()
        if matcher._lastblock:
            return
        matcher._goto(matcher._nextoffset)


def _block_values(matcher, data) -> tuple[bytes, ...]:  # type: ignore[no-untyped-def]
    vs = data[2]
    if isinstance(vs, tuple | list):
        return tuple(vs)
    size = matcher._fixedsize
    if not size:
        return (b"",) * matcher._blocklength
    return tuple(vs[i : i + size] for i in range(0, len(vs), size))


__all__ = ["Engine", "Matches", "SearchCancelled", "Unsupported"]


def _intersect(docs: dict[int, float], part: Matches) -> dict[int, float]:
    """The documents in both, scores summed. A long posting list is probed document by document
    (decoding it whole would cost more than the few look-ups the short side needs)."""
    if part.is_list and len(part) > PROBE_RATIO * len(docs):
        merged = {}
        score_of = part.score_of
        for d, s in docs.items():
            other = score_of(d)
            if other is not None:
                merged[d] = s + other
        return merged
    other_docs = part.docs()
    return {d: s + other_docs[d] for d, s in docs.items() if d in other_docs}
