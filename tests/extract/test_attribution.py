"""Finding the subject of a speech verb: names ending a text, filler words, role words before a name.

The fast paths (walking back word by word, early answers from the last word) must answer exactly as the
plain patterns do; the property tests compare them with those patterns on name-like text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from content.extract.attribution import (
    _CONJUNCTIONS,
    _FILLER,
    SPEECH_VERB,
    SubjectKind,
    descriptor,
    find_subject,
    speech_verbs,
    strip_fillers,
)
from content.extract.lexicon import SPEECH_VERBS
from content.extract.names import _name_at_end_after_break, name_at_end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Economy minister Piet van der Berg", (17, "Piet van der Berg")),
        ("the Ministry of Economic Affairs", (4, "Ministry of Economic Affairs")),
        ("Ministry of the Interior", (0, "Ministry of the Interior")),
        ("U.S. Trade Representative Katherine Tai", (0, "U.S. Trade Representative Katherine Tai")),
        ("Ms. Wang Yi", (0, "Ms. Wang Yi")),
        ("(Al-Rashidi", (1, "Al-Rashidi")),
        ("al-Assad", (0, "al-Assad")),
        ("J. R.", (0, "J. R.")),
        ("“It works,” Dr. John\nSmith", (21, "Smith")),  # a line break (between blocks) ends a name
        ("told him\nSmith", (9, "Smith")),
        ("minister Piet van\nBerg", (18, "Berg")),
        ("said Piet van\xa0der Berg", (5, "Piet van\xa0der Berg")),
        ("Sam Altman\n", (0, "Sam Altman")),
        ("Smith  Jones", (7, "Jones")),  # two spaces end a name
        ("ambassador Ōta Hiroshi", (15, "Hiroshi")),  # "Ō" is also a lower-case letter to the break rule
        ("the witness ćwik Smith", (17, "Smith")),
        ("x" * 200 + " Smith Jones", (201, "Smith Jones")),
        ("the journalist", None),
        ("Sanders’s", None),
        ("O’Neill,", None),
        ("the president of Acme Corp.", None),
        ("", None),
        (" ", None),
    ],
)
def test_name_at_end(text: str, expected: tuple[int, str] | None) -> None:
    match = name_at_end(text)
    assert (match and (match.start("name"), match.group("name"))) == expected


_NAME_PIECES = st.sampled_from(
    [
        "Smith", "John", "J.", "U.S.", "Dr.", "Ms.", "van", "der", "de", "al", "al-Assad", "el-Sisi", "of", "for",
        "on", "the", "The", "Ministry", "Affairs", "Inc.", "said", "scientist", "a", "he", "company", "Ōta", "ćwik",
        "ā", "Él", "über", "O’Brien", "Jean-Luc", "Sanders’s", "SMITH", "Αθήνα", "2021", "e.g.", "also", "x" * 40,
    ]
)  # fmt: skip
_SEPARATORS = st.sampled_from([" "] * 12 + ["  ", "\n", "\t", "\xa0", ", ", " (", "“", "” ", " — ", "-", "’"])
_NAMEISH = st.lists(st.tuples(_NAME_PIECES, _SEPARATORS), max_size=14).map(lambda ps: "".join(a + b for a, b in ps))


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span("name") if match else None


@settings(max_examples=400, deadline=None)
@given(_NAMEISH, st.booleans())
def test_name_at_end_is_what_the_break_rule_finds(text: str, trim: bool) -> None:
    text = text.rstrip(" ,(“—-’") if trim else text
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    expected = None if last.islower() else _span(_name_at_end_after_break(text))
    assert _span(name_at_end(text)) == expected


def _strip_fillers_by_pattern(text: str, lo: int, hi: int) -> int:
    while True:
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        match = re.search(r"[\w’']+$", text[max(lo, hi - 30) : hi])
        if match is None or match.group().lower() not in _FILLER:
            return hi
        hi -= len(match.group())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Sadat", "also", "Also", "has", "reportedly", "(also", "x2", "’", "he", "—later"]), max_size=6
    ),
    st.lists(st.sampled_from([" ", "  ", "\n", " " * 14, ","]), min_size=6, max_size=6),
    st.integers(0, 5),
)
def test_strip_fillers_steps_back_over_fillers_and_space(words: list[str], spaces: list[str], lo: int) -> None:
    text = "".join(w + s for w, s in zip(words, spaces, strict=False)) + "said"
    hi = len(text) - 4
    lo = min(lo, hi)
    assert strip_fillers(text, lo, hi) == _strip_fillers_by_pattern(text, lo, hi)


def _descriptor_by_pattern(text: str, lo: int, name_start: int) -> str:
    window = text[max(lo, name_start - 90) : name_start]
    stops = list(re.finditer(r"[,;:()“”\"—–]|\b(?:the|a|an|The|A|An)\b", window))
    tokens = (window[stops[-1].end() :] if stops else window).split()
    while tokens and tokens[0].lower() in _CONJUNCTIONS | {"for", "by", "of", "to", "from", "with"}:
        tokens.pop(0)
    if not tokens or not tokens[-1][:1].islower() or len(tokens) > 8:
        return ""
    if any(t.lower() in SPEECH_VERBS for t in tokens):
        return ""
    return " ".join(tokens)


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Italian planetary scientist ", "Italian planetary scientist"),
        ("the scientist ", "scientist"),
        ("and for the lead scientist ", "lead scientist"),
        ("“No,” ", ""),
        ("said scientist ", ""),
        ("Leading Scientist ", ""),
        ("an expert who said ", ""),
    ],
)
def test_descriptor(before: str, expected: str) -> None:
    assert descriptor(before + "Roberto", 0, len(before)) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["planetary", "Italian", "scientist", "the", "A", "an", "and", ",", "“", "U.S.A.", "said", "(x"]
        ),
        max_size=12,
    ),
    st.integers(0, 30),
)
def test_descriptor_is_what_the_stop_pattern_leaves(words: list[str], lo: int) -> None:
    text = " ".join(words) + " Roberto"
    start = len(text) - len("Roberto")
    assert descriptor(text, min(lo, start), start) == _descriptor_by_pattern(text, min(lo, start), start)


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("The plan is dead,—he said", SubjectKind.PRONOUN, "he"),
        ("A spokesperson for the ministry said", SubjectKind.ANAPHOR, "ministry"),
        ("An Acme representative said", SubjectKind.NAME, "Acme"),
        ("Germany’s research ministry said", SubjectKind.NAME, "Germany’s research ministry"),
        ("The Swiss drugmaker also said", SubjectKind.ANAPHOR, "drugmaker"),
        ("Henry Hertzfeld, a professor at GWU, said", SubjectKind.NAME, "Henry Hertzfeld"),
        ("space policy expert Hertzfeld said", SubjectKind.NAME, "Hertzfeld"),
        ("officials said", None, None),
        ("the company’s lawyer said", None, None),
    ],
)
def test_find_subject(text: str, kind: SubjectKind | None, name: str | None) -> None:
    subject = find_subject(text, 0, text.rindex(" said") + 1)
    assert (subject and (subject.kind, subject.text)) == (kind and (kind, name))


_VERBISH = st.lists(
    st.sampled_from(["said", "says", "told", "warned", "stated", "unsaid", "désaid", "said_", "9told", "ñsays", "the"])
    | st.text(alphabet=" ,.\n“”‘’—_-éa9", min_size=1, max_size=3),
    max_size=12,
).map("".join)


@given(_VERBISH, st.integers(0, 60), st.integers(0, 60))
def test_speech_verbs_are_what_the_plain_pattern_finds(text: str, lo: int, length: int) -> None:
    lo = min(lo, len(text))
    hi = min(len(text), lo + length)
    for start, end in ((lo, hi), (0, len(text))):
        plain = [(m.start(), m.end(), m.group()) for m in SPEECH_VERB.finditer(text, start, end)]
        fast = [(m.start(), m.end(), m.group()) for m in speech_verbs(text, start, end)]
        assert fast == plain


def test_speech_verbs_skip_words_that_merely_end_in_a_verb() -> None:
    text = "He said: “Désaid foretold”, she told reporters, unsaid."
    assert [m.group() for m in speech_verbs(text, 0, len(text))] == ["said", "told"]
    assert [m.start() for m in speech_verbs(text, 3, len(text))] == [3, 32]
