"""Duplicated phrases: what is reported, and the word reader without a regex giving what the regex split gives."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from content.extract import defects
from content.extract.defects import duplicated_phrases

CASES = {
    "It is an integral part of U.S. national security integral part of U.S. national security, he said.": [
        (9, 88, "“integral part of U.S. national security” is printed twice in a row")
    ],
    "Officials are aiming for the first manned Mars exploration in 2033. Later, the agency said it was aiming "
    "for the first manned Mars exploration in 2033 as well.": [
        (98, 150, "repeats “aiming for the first manned Mars exploration in 2033” from earlier in the article")
    ],
    "“We reject the so-called rules,” she said — twice. — “We reject the so-called rules,” she said again -- and "
    "the e-mail’s author agreed in 2020–21.": [
        (54, 94, "repeats “We reject the so-called rules,” she said” from earlier in the article")
    ],
    "The CAFÉ owners’ new tables spread into the street. Residents say the café owners’ new tables spread into "
    "the street.": [
        (66, 116, "repeats “the café owners’ new tables spread into the street” from earlier in the article")
    ],
    "Rates rose by 10\xa0percent in the northern mountain provinces. Traders expect rates rose by 10\xa0percent in "
    "the northern mountain provinces.": [
        (
            76,
            135,
            "repeats “rates rose by 10\xa0percent in the northern mountain provinces” from earlier in the article",
        )
    ],
    "the spending plan for schools\nthe spending plan for schools is late": [],
    # A capital sigma lower-cases by the letters around it: the regex split of the lower-cased article reads it.
    "ΟΔΟΣ the grand old coastal road was rebuilt. ΟΔΟΣ:Α the grand old coastal road was rebuilt again.": [
        (52, 90, "repeats “the grand old coastal road was rebuilt” from earlier in the article")
    ],
    # A letter whose lower case is longer (İ) is kept as it is, and every other letter lower-cased on its own.
    "İstanbul ferry operators cut their evening timetable sharply. İSTANBUL ferry operators cut their evening "
    "timetable sharply.": [
        (0, 122, "“İstanbul ferry operators cut their evening timetable sharply” is printed twice in a row")
    ],
    "İzmir port workers extended their strike again. Later i̇zmir port workers extended their strike again.": [
        (61, 101, "repeats “port workers extended their strike again” from earlier in the article")
    ],
    "İ. ΟΔΟΣ coastal works resumed near the harbour today. Then οδοσ coastal works resumed near the harbour today.": [
        (59, 108, "repeats “οδοσ coastal works resumed near the harbour today” from earlier in the article")
    ],
}


@pytest.mark.parametrize("text", list(CASES))
def test_duplicated_phrases(text: str) -> None:
    assert [(d.start, d.end, d.note) for d in duplicated_phrases(text)] == CASES[text]


def _by_regex(text: str) -> list[tuple[int, int, str]]:
    """What the regex split of the lower-cased article finds (``_TokenWords`` declining every article)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(defects._TokenWords, "of", classmethod(lambda cls, text: None))
        return [(d.start, d.end, d.note) for d in duplicated_phrases(text)]


_PIECES = st.sampled_from(
    [
        "the", "a", "of", "and", "national", "security", "plan", "officials", "said", "U.S.", "e-mail", "’90s",
        "rock'n'roll", "café", "CAFÉ", "Straße", "Kraków", "İstanbul", "ΟΔΟΣ", "σοφία", "½", "Ⅰ", "x_y", "word’s",
        "--", "-", ".", "...", "’", "'", "“", "”", "—", "–", "2020–21", ",", ";", " ", " ", "\n", "\xa0", "\x7f",
        "\u2028", "integral", "part", "mission", "Mars", "first", "manned",
    ]
)  # fmt: skip


@st.composite
def _articles(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(_PIECES, max_size=120))
    for _ in range(draw(st.integers(0, 4))):  # runs of words again, next to themselves or further on
        if len(pieces) > 8:
            at = draw(st.integers(0, len(pieces) - 8))
            run = pieces[at : at + draw(st.integers(3, 16))]
            to = draw(st.sampled_from([at + len(run), draw(st.integers(0, len(pieces)))]))
            pieces[to:to] = run
    return "".join(piece + draw(st.sampled_from([" ", " ", ", ", ". ", "\n", ""])) for piece in pieces)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_articles(), st.sampled_from([1, 7, 64, 1024]), st.sampled_from([1, 5, 64, 1024]))
def test_words_read_without_regex_find_the_same(text: str, chunk: int, block: int) -> None:
    with pytest.MonkeyPatch.context() as patch:  # small pieces and blocks: words and runs across their edges
        patch.setattr(defects, "_CHUNK", chunk)
        patch.setattr(defects, "_BLOCK", block)
        found = [(d.start, d.end, d.note) for d in duplicated_phrases(text)]
    assert found == _by_regex(text)


def test_words_where_the_regex_finds_them() -> None:
    text = "“Mr. O’Neill’s e-mail,” she said -- twice… — in 2020–21 (U.S.) ’90s x_y ½ Ⅰ Straße\xa0KRAKÓW. ..."
    read, split = defects._TokenWords.of(text), defects._ListedWords.of(text)
    assert read is not None
    n = len(split.coded)
    assert len(read.coded) == n
    assert read.lowered(0, n) == split.lowered(0, n)
    assert [read.span(j) for j in range(n)] == [split.span(j) for j in range(n)]
    assert read.originals(0, n) == split.originals(0, n)


def test_over_sixty_thousand_different_words() -> None:
    """Past what UTF-16 holds without surrogates, each word is written in four bytes."""
    words = [f"w{i}x" for i in range(70_000)]
    text = " ".join([*words[:40_000], "alpha", "beta", "gamma", "delta", "epsilon", "zeta", *words[40_000:]])
    text += " then alpha beta gamma delta epsilon zeta again, and beta gamma beta gamma beta gamma here."
    read = defects._TokenWords.of(text)
    assert read is not None and read.width == 4
    assert [(d.start, d.end, d.note) for d in duplicated_phrases(text)] == _by_regex(text)
