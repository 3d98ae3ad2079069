"""The search index's schema: what one record (a paragraph, quote, claim or speaker profile) holds.

Three text fields carry the same words:

- ``body``: stemmed words with their frequencies ("cooperate" matches "cooperation"). No positions: a
  search reads only document numbers and frequencies, the smallest postings Whoosh can store.
- ``pairs``: each pair of consecutive stems as one term ("rule of", "of the", "the road"), with its
  position. A phrase of two words is one term here; a longer phrase is its pairs at consecutive
  positions (Whoosh's own ``Phrase`` on this field answers it too). Not scored on its own lengths.
- ``exact``: the words as written, lower-cased (prefix*, fuzzy~, "did you mean" and snippets need
  the unstemmed forms).

Everything a hit needs to be shown is stored, so a hit never has to reopen the article file.

Indexing speed: one record's text is cut into words once (``analyse``) and the three fields share
that cut; their formats count terms with ``Counter`` instead of Whoosh's token-by-token loop. What
is written is Whoosh's own ``Frequency``/``Positions`` postings, so the index stays a Whoosh index.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from itertools import pairwise

from whoosh import fields, formats
from whoosh.analysis import (
    Filter,
    IDTokenizer,
    LowercaseFilter,
    RegexTokenizer,
    Token,
    Tokenizer,
)
from whoosh.lang.porter import stem as _porter_stem
from whoosh.system import pack_uint

#: Bump when the schema or what is indexed changes: an index written under another version is rebuilt.
SCHEMA_VERSION = 2

#: Words: letters and digits, joined by inner apostrophes, dots or hyphens ("China’s", "U.S.", "Tianwen-1").
WORD_PATTERN = r"\w+(?:[’'.\-]\w+)*"

FIELD_BODY = "body"
FIELD_PAIRS = "pairs"
FIELD_EXACT = "exact"
FILTER_FIELDS = ("speaker", "kind", "verdict", "article")
PAIR_JOIN = " "  # "rule of": words never hold a space

_WORD = re.compile(WORD_PATTERN)
_STEMS: dict[str, str] = {}
_STEM_CACHE_MAX = 400_000


def normalise(token: str) -> str:
    """One word as indexed: lower case, curly apostrophe folded, possessive 's and outer dots dropped."""
    text = token.lower()
    if "'" in text or "’" in text or "." in text:
        text = text.replace("’", "'")
        if text.endswith("'s"):
            text = text[:-2]
        text = text.strip(".'")
    return text


def stem(word: str) -> str:
    """Porter stem of a normalised word (cached: a library has far fewer words than tokens)."""
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) > _STEM_CACHE_MAX:
            _STEMS.clear()
        found = _STEMS[word] = _porter_stem(word) if word else word
    return found


def words_of(text: str) -> list[str]:
    """The normalised words of ``text`` in order; a word normalised away stays as "" (keeps positions)."""
    return [normalise(token) for token in _WORD.findall(text)]


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """``(normalised word, start, end)`` of every word of ``text`` (for snippets), empty words dropped."""
    spans = []
    for match in _WORD.finditer(text):
        word = normalise(match.group())
        if word:
            spans.append((word, match.start(), match.end()))
    return spans


def stems_of(words: list[str]) -> list[str]:
    get = _STEMS.get
    return [get(w) or stem(w) for w in words]


def pairs_of(stems: list[str]) -> list[str]:
    """The pair term at each position (the stem there and the next one), "" where a pair is broken."""
    return [a + PAIR_JOIN + b if a and b else "" for a, b in pairwise(stems)]


class _Memo(threading.local):
    text: str | None = None
    terms: dict[str, list[str]] = {}


_memo = _Memo()


def analyse(text: str, kind: str) -> list[str]:
    """The terms of ``text`` for one field ``kind`` ("words", "stems" or "pairs"), position = index.

    The last text's cut is kept (per thread), so the three text fields of one record share it.
    """
    memo = _memo
    if memo.text is not text and memo.text != text:
        memo.text = text
        memo.terms = {}
    terms = memo.terms.get(kind)
    if terms is None:
        if kind == "words":
            terms = words_of(text)
        elif kind == "stems":
            terms = stems_of(analyse(text, "words"))
        else:
            terms = pairs_of(analyse(text, "stems"))
        memo.terms[kind] = terms
    return terms


class WordAnalyzer(Tokenizer):
    """Sidelight's text analysis as one Whoosh tokenizer: ``kind`` is "words" (as written, lower-cased),
    "stems" (Porter stems of those) or "pairs" (consecutive stems). Stop words are kept: they matter
    in phrases and as-you-type.

    It yields Whoosh tokens like any analyzer chain (queries, highlighting and Whoosh's own tools use
    that), and gives the fast formats below the plain term list through ``terms``.
    """

    def __init__(self, kind: str = "words") -> None:
        self.kind = kind

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WordAnalyzer) and other.kind == self.kind

    def __hash__(self) -> int:
        return hash(("WordAnalyzer", self.kind))

    def terms(self, value: str) -> list[str]:
        return analyse(value, self.kind)

    def _convert(self, word: str) -> str:
        return stem(word) if self.kind != "words" else word

    def __call__(  # type: ignore[no-untyped-def]
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.boost = 1.0
        token.stopped = False
        if not tokenize:
            word = self._convert(normalise(value))
            if word:
                token.text = word
                if keeporiginal:
                    token.original = value
                if positions:
                    token.pos = start_pos
                if chars:
                    token.startchar, token.endchar = start_char, start_char + len(value)
                yield token
            return
        matches = list(_WORD.finditer(value))
        if self.kind == "pairs":
            stems = [self._convert(normalise(m.group())) for m in matches]
            for index, term in enumerate(pairs_of(stems)):
                if not term:
                    continue
                token.text = term
                if keeporiginal:
                    token.original = value[matches[index].start() : matches[index + 1].end()]
                if positions:
                    token.pos = start_pos + index
                if chars:
                    token.startchar = start_char + matches[index].start()
                    token.endchar = start_char + matches[index + 1].end()
                yield token
            return
        for index, match in enumerate(matches):
            word = self._convert(normalise(match.group()))
            if not word:
                continue
            token.text = word
            if keeporiginal:
                token.original = match.group()
            if positions:
                token.pos = start_pos + index
            if chars:
                token.startchar, token.endchar = start_char + match.start(), start_char + match.end()
            yield token


class CountedFrequency(formats.Frequency):
    """Whoosh's ``Frequency`` postings (the same bytes on disk), counted in one ``Counter`` call."""

    def word_values(self, value, analyzer, **kwargs):  # type: ignore[no-untyped-def]
        if not isinstance(analyzer, WordAnalyzer) or not isinstance(value, str):
            return super().word_values(value, analyzer, **kwargs)
        boost = self.field_boost
        counts = Counter(analyzer.terms(value))
        counts.pop("", None)
        return [(w, n, n * boost, pack_uint(n)) for w, n in counts.items()]


class CountedPositions(formats.Positions):
    """Whoosh's ``Positions`` postings (the same bytes on disk), gathered in one pass."""

    def word_values(self, value, analyzer, **kwargs):  # type: ignore[no-untyped-def]
        if not isinstance(analyzer, WordAnalyzer) or not isinstance(value, str):
            return super().word_values(value, analyzer, **kwargs)
        boost = self.field_boost
        where: dict[str, list[int]] = {}
        for position, term in enumerate(analyzer.terms(value)):
            if term:
                found = where.get(term)
                if found is None:
                    where[term] = [position]
                else:
                    found.append(position)
        encode = self.encode
        return [(w, len(p), len(p) * boost, encode(p)) for w, p in where.items()]


class _HyphenateFilter(Filter):
    """Filter values as single tokens: "partly accurate" is ``partly-accurate``."""

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        for token in tokens:
            token.text = "-".join(token.text.replace("_", " ").split())
            yield token


class _NormaliseFilter(Filter):
    """Fold curly apostrophes, drop a possessive 's and outer dots: "China’s" is "china", "U.S." is "u.s"."""

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        for token in tokens:
            token.text = normalise(token.text)
            if token.text:
                yield token


def word_analyzer() -> WordAnalyzer:
    """Unstemmed words, lower-cased, stop words kept (they matter in phrases and as-you-type)."""
    return WordAnalyzer("words")


def stem_analyzer() -> WordAnalyzer:
    return WordAnalyzer("stems")


def pair_analyzer() -> WordAnalyzer:
    return WordAnalyzer("pairs")


def filter_analyzer():  # type: ignore[no-untyped-def]
    return IDTokenizer() | LowercaseFilter() | _HyphenateFilter()


def names_analyzer():  # type: ignore[no-untyped-def]
    """Speaker and article filters: every name, id and word of them, so ``speaker:henry`` works too."""
    return RegexTokenizer(r"[^\s,;]+") | LowercaseFilter() | _NormaliseFilter()


def _text_field(analyzer: WordAnalyzer, fmt: type[formats.Format], scorable: bool = True, **kwargs: object):  # type: ignore[no-untyped-def]
    field = fields.TEXT(analyzer=analyzer, phrase=False, **kwargs)
    field.format = fmt(field_boost=1.0)
    field.scorable = scorable
    return field


def build_schema() -> fields.Schema:
    return fields.Schema(
        key=fields.ID(stored=True, unique=True),  # "<article id>/<target id>"
        article=fields.TEXT(analyzer=names_analyzer(), phrase=False),
        article_id=fields.ID(stored=True),
        fingerprint=fields.STORED(),
        kind=fields.ID(stored=True),
        target=fields.STORED(),
        speaker=fields.TEXT(analyzer=names_analyzer(), phrase=False),
        speaker_id=fields.STORED(),
        verdict=fields.TEXT(analyzer=filter_analyzer(), phrase=False, stored=True),
        title=fields.STORED(),
        label=fields.STORED(),
        position=fields.STORED(),
        start=fields.STORED(),
        end=fields.STORED(),
        anchored=fields.STORED(),  # True: ``text`` is Article.text[start:end]
        text=fields.STORED(),
        body=_text_field(stem_analyzer(), CountedFrequency),
        pairs=_text_field(pair_analyzer(), CountedPositions, scorable=False),
        exact=_text_field(word_analyzer(), CountedFrequency, spelling=True),
    )
