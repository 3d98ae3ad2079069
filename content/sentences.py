"""Sentence boundaries in a block of news prose.

Handles what trips naive splitters in reporting: abbreviations and initials (U.S., D.C., Dr.,
Maj., Paul J. Saunders), decimals (1.5), and closing quotation marks after the full stop
(… decades.” She said).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Words that end in a full stop without ending a sentence (compared lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "ft",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "hon",
        "pres",
        "fr",
        "messrs",
        "mme",
        "mlle",
        "no",
        "nos",
        "vol",
        "vols",
        "fig",
        "figs",
        "approx",
        "est",
        "dept",
        "univ",
        "assn",
        "bros",
        "co",
        "corp",
        "inc",
        "ltd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "vs",
        "etc",
        "al",
        "e.g",
        "i.e",
        "cf",
        "p",
        "pp",
        "ca",
    ]
)

_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
# A candidate end: terminal punctuation, any closing marks, then white space.
_END = re.compile(rf"[.!?…]+[{re.escape(_CLOSERS)}]*(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.]+)\.$")
#: How far back from a full stop to look for the word it ends. Searching from the paragraph's start
#: instead made splitting quadratic: minutes for one long paragraph.
_LOOK_BACK = 64


def _is_abbreviation(text: str, dot: int) -> bool:
    """Does the full stop at ``text[dot]`` end an abbreviation or initial rather than a sentence?"""
    match = _WORD_BEFORE.search(text, max(0, dot - _LOOK_BACK), dot + 1)
    if match is None:
        return False
    word = match.group(1)
    bare = word.replace(".", "").lower()
    if word.lower() in ABBREVIATIONS or bare in ABBREVIATIONS:
        return True
    # Initials and dotted acronyms: "J.", "U.S.", "D.C."
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word))


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each sentence in ``text[start:end]``, white space trimmed."""
    end = len(text) if end is None else end
    pos = start
    for match in _END.finditer(text, start, end):
        punct_end = match.end()
        first = match.start()
        if text[first] == "." and match.group().rstrip(_CLOSERS) == "." and _is_abbreviation(text, first):
            # "U.S. officials" goes on; "in the U.S. The next" ends only if a capital follows
            # an acronym; initials and titles never end a sentence.
            following = text[punct_end:end].lstrip()
            word = _WORD_BEFORE.search(text, max(0, first - _LOOK_BACK), first + 1)
            acronym = word is not None and word.group(1).count(".") >= 1 and len(word.group(1)) > 2
            if not (acronym and following[:1].isupper() and _starts_sentence(following)):
                continue
        nxt = punct_end
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt < end and not (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in _OPENERS):
            continue  # "… in the 1960s: a space race; it can" — no capital, no new sentence
        if match.group()[-1] in _CLOSERS and _ATTRIBUTION_AFTER.match(text, nxt, end):
            continue  # "… in space?” Sadat said." is one sentence
        yield from _trimmed(text, pos, punct_end)
        pos = nxt
    if pos < end:
        yield from _trimmed(text, pos, end)


_ATTRIBUTION_AFTER = re.compile(
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey)\s+"
    r"(?:said|says|added|asked|wrote|told|argued|warned|noted|explained|replied)\b"
)

_COMMON_STARTS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "this",
        "that",
        "these",
        "those",
        "but",
        "and",
        "in",
        "on",
        "at",
        "for",
        "as",
        "if",
        "when",
        "while",
        "meanwhile",
        "however",
        "still",
        "according",
    ]
)


def _starts_sentence(following: str) -> bool:
    word = re.match(r"[\w’']+", following)
    return word is not None and word.group().lower() in _COMMON_STARTS


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield (start, end)
