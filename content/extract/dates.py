"""When a dated plan or prediction falls due: "in 2024", "by the end of 2030", "within five years"."""

from __future__ import annotations

import re
from datetime import date

from .patterns import alternation

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "a": 1, "fifteen": 15, "twenty": 20, "a couple of": 2, "a few": 3,
}  # fmt: skip
_YEAR = r"(?:19|20)\d\d"


def _words(words: list[str]) -> str:
    r"""``\b`` and then one of ``words`` (each starting with a word character and at least two characters long),
    written so that the regular-expression engine can skip ahead to where one starts. Python's engine does that only
    for a pattern that starts with a character or a choice of them, and \b is neither; so the words are grouped by
    first character, and the boundary checked just after it: "b(?<!\w.)(?:y|efore)" is "by" or "before" with no
    word character before the b."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return "(?:" + "|".join(re.escape(first) + r"(?<!\w.)" + alternation(rests[first]) for first in sorted(rests)) + ")"


#: The patterns below are matched against the lower-cased clause (the same as ignoring case, and faster).
_ABSOLUTE = re.compile(
    _words(["by", "in", "until", "before", "from", "starting in", "no later than", "as early as", "around", "circa"])
    + r"\s+"
    rf"(?:(?:the\s+)?(?:end|middle|start|beginning|first half|second half|spring|summer|autumn|fall|winter)\s+of\s+"
    rf"|(?:early|mid|late)[- ]|(?:january|february|march|april|may|june|july|august|september|october|november|"
    rf"december)\s+)?(?P<year>{_YEAR})\b(?!s)"
)
_RELATIVE = re.compile(
    _words(["within", "in", "over"])
    + r"\s+(?:the\s+next\s+)?(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|"
    r"twenty|a couple of|a few|a)\s+(?P<unit>years?|decades?)\b"
)
_NEXT_YEAR = re.compile(
    _words(["next year", "this year", "last year", "by the end of the year", "by the end of the decade"]) + r"\b"
)


def article_year(article_date: str) -> int | None:
    """The year of an article's date, written ISO-style or in prose; None where it has none."""
    match = re.search(rf"\b({_YEAR})\b", article_date or "")
    return int(match.group(1)) if match else None


def resolve_due(clause: str, published: int | None) -> str:
    """The year a dated plan falls due, as text ("2030"); "" where the clause carries no usable date."""
    maybe_year = "19" in clause or "20" in clause  # (how every _YEAR starts: cheaper to look for than _YEAR)
    if not maybe_year and published is None:
        return ""
    lowered = clause.lower()
    if maybe_year and (years := [int(m.group("year")) for m in _ABSOLUTE.finditer(lowered)]):
        return str(max(years))
    if published is None or ("year" not in lowered and "decade" not in lowered):
        return ""  # what follows needs a date relative to ``published``: a number of years or decades, "next year"
    if relative := _RELATIVE.search(lowered):
        raw = relative.group("n").lower()
        amount = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 0)
        scale = 10 if relative.group("unit").lower().startswith("decade") else 1
        return str(published + amount * scale) if amount else ""
    if phrase := _NEXT_YEAR.search(lowered):
        words = phrase.group().lower()
        if "decade" in words:
            return str(published - published % 10 + 10)
        return str(published + 1 if "next" in words else published if "this" in words or "end" in words else "")
    return ""


def is_past_due(due: str, today: date) -> bool:
    """Has the due year ended by ``today``?"""
    return due.isdigit() and int(due) < today.year
