"""The search index's schema: what one record (a paragraph, quote, claim or speaker profile) holds.

Two text fields carry the same words: ``body`` is stemmed and positional (words and phrases match
"cooperate" to "cooperation"), ``exact`` keeps the words as written (prefix*, fuzzy~, highlighting
and "did you mean" need the unstemmed forms). Everything a hit needs to be shown is stored, so a
hit never has to reopen the article file.
"""

from __future__ import annotations

from whoosh import fields
from whoosh.analysis import (
    Filter,
    IDTokenizer,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
)

#: Bump when the schema or what is indexed changes: an index written under another version is rebuilt.
SCHEMA_VERSION = 1

#: Words: letters and digits, joined by inner apostrophes, dots or hyphens ("China’s", "U.S.", "Tianwen-1").
WORD_PATTERN = r"\w+(?:[’'.\-]\w+)*"

FIELD_BODY = "body"
FIELD_EXACT = "exact"
FILTER_FIELDS = ("speaker", "kind", "verdict", "article")


class _NormaliseFilter(Filter):
    """Fold curly apostrophes, drop a possessive 's and outer dots: "China’s" is "china", "U.S." is "u.s"."""

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        for token in tokens:
            text = token.text.replace("’", "'")
            if text.endswith("'s"):
                text = text[:-2]
            token.text = text.strip(".'")
            if token.text:
                yield token


class _HyphenateFilter(Filter):
    """Filter values as single tokens: "partly accurate" is ``partly-accurate``."""

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        for token in tokens:
            token.text = "-".join(token.text.replace("_", " ").split())
            yield token


def word_analyzer():  # type: ignore[no-untyped-def]
    """Unstemmed words, lower-cased, stop words kept (they matter in phrases and as-you-type)."""
    return RegexTokenizer(WORD_PATTERN) | LowercaseFilter() | _NormaliseFilter()


def stem_analyzer():  # type: ignore[no-untyped-def]
    return word_analyzer() | StemFilter(cachesize=50000)


def filter_analyzer():  # type: ignore[no-untyped-def]
    return IDTokenizer() | LowercaseFilter() | _HyphenateFilter()


def names_analyzer():  # type: ignore[no-untyped-def]
    """Speaker and article filters: every name, id and word of them, so ``speaker:henry`` works too."""
    return RegexTokenizer(r"[^\s,;]+") | LowercaseFilter() | _NormaliseFilter()


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
        body=fields.TEXT(analyzer=stem_analyzer(), phrase=True),
        exact=fields.TEXT(analyzer=word_analyzer(), phrase=False, spelling=True),
    )
