"""The query language, parsed onto Whoosh's QueryParser and rewritten for Sidelight's two text fields.

    space cooperation      words, all required; stemmed, so "cooperate" finds "cooperation"
    "space race"           an exact phrase
    coop*                  a prefix (as you type); broad prefixes search their commonest words
    cooperatoin~  mars~2   a misspelling: one edit away in words under 5 letters, two from 5 (or ~2)
    mars OR moon, NOT russia, (mars OR moon) AND china
    speaker:hertzfeld  kind:quote|claim|paragraph|speaker  verdict:inaccurate  article:NAME

Words, phrases go to the stemmed ``body`` field; prefixes and fuzzy words to the unstemmed ``exact``
field (they are about how a word is written). Filters are checked here, so a typo in ``kind:`` is an
error, not an empty result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.qparser import FuzzyTermPlugin, QueryParser

from content.model import Verdict

from .documents import KINDS
from .schema import FIELD_BODY, FIELD_EXACT, build_schema

VERDICTS = (*(v.value.replace(" ", "-") for v in Verdict), "unchecked")
MAX_FUZZY_DISTANCE = 2
#: word~ allows one edit in shorter words, two from this length (a swapped pair of letters is two edits).
FUZZY_LONG_WORD = 5

QUERY_HELP = """\
query language:
  space cooperation       words (all required), stemmed: "cooperate" also finds "cooperation"
  "space race"            an exact phrase
  coop*                   a prefix: words starting with "coop" (a broad prefix searches its commonest words)
  cooperatoin~ mars~2     fuzzy, for misspellings: one letter off (two for words of 5+ letters, or with ~2)
  mars OR moon            either word; AND is implied between words; NOT excludes:  china NOT russia
  (mars OR moon) AND sample
filters (combine with words or use alone):
  speaker:hertzfeld       said by a speaker (id, name or part of it)
  kind:quote              one of: paragraph, quote, claim, speaker (a speaker's profile)
  verdict:inaccurate      claims with this verdict: accurate, partly-accurate, inaccurate, outdated,
                          unverifiable, opinion, unchecked
  article:NAME            one article, by its id or file name (article:china* also works)
nothing found: "did you mean" suggests words from the index's own vocabulary."""


class QueryError(ValueError):
    """A query that cannot be run; ``str()`` is one line saying why."""


@dataclass(frozen=True)
class HighlightTerms:
    """What to mark in a snippet: stems (words), exact words, prefixes, fuzzy words, and phrases
    (each a run of stems, marked only where the whole run occurs)."""

    stems: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    fuzzy: tuple[tuple[str, int], ...] = ()  # (word, max distance)
    phrases: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    query: wq.Query
    highlight: HighlightTerms
    plain_words: tuple[str, ...] = field(default=())  # words as typed, for "did you mean"


_PARSER: QueryParser | None = None
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})


def _parser() -> QueryParser:
    global _PARSER
    if _PARSER is None:
        parser = QueryParser(FIELD_BODY, build_schema())
        parser.add_plugin(FuzzyTermPlugin())
        _PARSER = parser
    return _PARSER


def normalise_word(text: str) -> str:
    word = text.lower().replace("’", "'")
    return word[:-2] if word.endswith("'s") else word


def _check_balanced(text: str) -> None:
    if text.count('"') % 2:
        raise QueryError('unbalanced " in the query: close the phrase with another "')
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            raise QueryError("unbalanced ) in the query")
    if depth:
        raise QueryError("unbalanced ( in the query")


def _rewrite(q: wq.Query) -> wq.Query:
    if isinstance(q, wq.FuzzyTerm):
        if q.fieldname != FIELD_BODY:
            raise QueryError(f"fuzzy~ works on words, not on the {q.fieldname}: filter")
        if q.maxdist > MAX_FUZZY_DISTANCE:
            raise QueryError(f"fuzzy distance {q.maxdist} is too large (at most {MAX_FUZZY_DISTANCE})")
        word = normalise_word(q.text)
        distance = 2 if q.maxdist >= 2 or len(word) >= FUZZY_LONG_WORD else 1
        return wq.FuzzyTerm(FIELD_EXACT, word, boost=q.boost, maxdist=distance)
    if isinstance(q, wq.Prefix | wq.Wildcard):
        fieldname = FIELD_EXACT if q.fieldname == FIELD_BODY else q.fieldname
        return type(q)(fieldname, normalise_word(q.text), boost=q.boost)
    if isinstance(q, wq.Term):
        if q.fieldname == "kind" and q.text not in KINDS:
            raise QueryError(f"unknown kind '{q.text}' (expected one of: {', '.join(KINDS)})")
        if q.fieldname == "verdict" and q.text not in VERDICTS:
            raise QueryError(f"unknown verdict '{q.text}' (expected one of: {', '.join(VERDICTS)})")
        return q
    if q.is_leaf():
        return q
    return q.apply(_rewrite)


def _collect(
    q: wq.Query,
    stems: set[str],
    words: set[str],
    prefixes: list[str],
    fuzzy: list[tuple[str, int]],
    phrases: list[tuple[str, ...]],
) -> None:
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        _collect(q.a, stems, words, prefixes, fuzzy, phrases)
        return
    if isinstance(q, wq.Term) and q.fieldname == FIELD_BODY:
        stems.add(q.text)
    elif isinstance(q, wq.Term) and q.fieldname == FIELD_EXACT:
        words.add(q.text)
    elif isinstance(q, wq.Phrase) and q.fieldname == FIELD_BODY:
        if q.slop == 1:
            phrases.append(tuple(w for w in q.words if w))
        else:  # a sloppy phrase matches its words anywhere
            stems.update(q.words)
    elif isinstance(q, wq.Prefix) and q.fieldname == FIELD_EXACT:
        prefixes.append(q.text)
    elif isinstance(q, wq.FuzzyTerm) and q.fieldname == FIELD_EXACT:
        fuzzy.append((q.text, q.maxdist))
    elif not q.is_leaf():
        for child in q.children():
            _collect(child, stems, words, prefixes, fuzzy, phrases)


def highlight_terms(q: wq.Query) -> HighlightTerms:
    stems: set[str] = set()
    words: set[str] = set()
    prefixes: list[str] = []
    fuzzy: list[tuple[str, int]] = []
    phrases: list[tuple[str, ...]] = []
    _collect(q, stems, words, prefixes, fuzzy, phrases)
    unique_phrases = tuple(dict.fromkeys(p for p in phrases if p))
    return HighlightTerms(frozenset(stems), frozenset(words), tuple(prefixes), tuple(fuzzy), unique_phrases)


_PLAIN_WORD = re.compile(r"^[\w’']+$")


def plain_words(text: str) -> tuple[str, ...]:
    """The query's plain words (no operators, filters, phrases, prefixes or fuzzy), for suggestions."""
    without_phrases = re.sub(r'"[^"]*"', " ", text)
    words = []
    for token in re.split(r"[\s()]+", without_phrases):
        if token and token not in _OPERATORS and _PLAIN_WORD.match(token):
            words.append(token)
    return tuple(words)


#: The field names a query may use before a colon (see QUERY_HELP).
FILTER_NAMES = frozenset({"speaker", "kind", "verdict", "article"})
_FIELD_PREFIX = re.compile(r'"[^"]*"|(?<![\w:])([A-Za-z_]\w*):(?=\S)')


def _check_fields(text: str) -> None:
    for match in _FIELD_PREFIX.finditer(text):
        name = match.group(1)
        if name is not None and name.lower() not in FILTER_NAMES:
            known = ", ".join(f"{n}:" for n in sorted(FILTER_NAMES))
            raise QueryError(f"unknown filter '{name}:' (the filters are {known})")


def parse_query(text: str) -> ParsedQuery:
    """Parse ``text`` in the query language; raises QueryError (one line) for what cannot be run."""
    if not text.strip():
        raise QueryError("the query is empty")
    _check_balanced(text)
    _check_fields(text)
    try:
        parsed = _parser().parse(text)
    except Exception as error:  # Whoosh's parser raises bare Exceptions for what it cannot read
        raise QueryError(f"cannot read the query '{text}': {error}") from None
    if parsed is wq.NullQuery or isinstance(parsed, type(wq.NullQuery)):
        raise QueryError(f"the query '{text}' has no words to search for")
    rewritten = _rewrite(parsed)
    return ParsedQuery(text, rewritten, highlight_terms(rewritten), plain_words(text))
