"""Which sentences make a claim worth checking, of what type, and how check-worthy each is.

Each sentence (or each clause of a sentence joined by semicolons) is scored from surface cues a fact
checker looks for first: numbers and quantities, dates, plans and predictions, firsts and superlatives,
comparisons, and statements credited to someone. A sentence that only judges or recommends is kept,
typed as opinion, with a low score. Questions and fragments are left out.

Most cues are whole words ("said", "will", "than") and phrases ("according to", "going to"), matched ignoring
case or, for dates, events and attributions, as written; numbers and dates with digits are patterns. Running
a pattern per cue over every clause is slow on long articles. Instead the text is copied once into a "view",
a byte per character (word characters lower-cased, digits as 0, all else a space): a clause's words are its
view's slice split at spaces, and its cue words what those share with the set of them. A phrase is looked
for only in a clause holding the word it is filed under; the patterns run only on clauses with digits, and
start where the regular-expression engine can skip ahead to them. Superlatives, attributions such as "a
senior official" and a plan's due year are looked for last, and only where they can change the outcome.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import NamedTuple

from ..model import ClaimType
from .dates import resolve_due

# The cues. Words are whole words; phrases are whole words with single spaces between them, each filed under
# the word of theirs that brings it into question (one seldom used otherwise). Words and phrases are matched
# lower-cased, but those of dates, events and attributions as written.
_NUMBER_WORDS = (
    "million billion trillion percent dozen dozens hundreds thousands half third quarter double doubled tripled halved"
)
#: A number's unit, which may follow its digits after one space or none: the first of these that fits.
_UNITS = (
    "%|percent|per cent|million|billion|trillion|thousand|km|kg|grams|gram|tons|ton|tonnes|tonne|miles|mile|"
    "meters|meter|metres|metre|people|times"
)
_MONTHS = "January February March April May June July August September October November December".split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_DATE_PHRASES = {
    "last": ("last week", "last month", "last year"),
    "earlier": ("earlier this week", "earlier this month", "earlier this year"),
}
_EVENT_WORDS = (
    "announced launched landed signed unveiled approved began begun started opened closed completed joined held won "
    "lost elected appointed resigned died killed arrested released published reached passed voted agreed "
    "established founded created built developed continuing"
)
_EVENT_PHRASES = {"touched": ("touched down",), "brought": ("brought back",), "working": ("is working",)}
_PLAN_WORDS = (
    "will shall plan plans planned aiming goal projected forecast could may might would target targets targeted"
)
_PLAN_PHRASES = {
    "won": ("won’t", "won't"),
    "going": ("going to",),
    "aim": ("aim to",),
    "aims": ("aims to",),
    "seek": ("seek to",),
    "seeks": ("seeks to",),
    "intend": ("intend to",),
    "intends": ("intends to",),
    "expected": ("expected to",),
    "set": ("is set to", "are set to"),
    "likely": ("likely to",),
    "evolve": ("can evolve",),
}
_COMPARISON_WORDS = (
    "first largest biggest smallest highest lowest fastest slowest most least best worst record surpass surpassed "
    "surpasses overtook overtaken overtake outpaced outpaces behind than only unprecedented"
)
#: "more than", "less than", "fewer than" and "greater than" are comparisons too, and hold "than".
_COMPARISON_PHRASES = {"ahead": ("ahead of",), "compared": ("compared with", "compared to")}
_ATTRIBUTION_WORDS = "said says told reported announced revealed wrote argued claimed stated declared"
_ATTRIBUTION_PHRASES = {
    "according": ("according to",),
    "professor": ("a professor",),
    "senior": ("a senior fellow",),
    "director": ("director of",),
    "served": ("served as",),
    "responsible": ("is responsible for",),
}
#: And "a" or "an", a space, then up to 30 word characters or spaces, then one of these (see _ARTICLE).
_ATTRIBUTION_NOUNS = ("officer", "expert", "scientist", "analyst", "fellow", "official", "spokesperson")
_OPINION_WORDS = (
    "should must ought believe believes think thinks unfortunately fortunately dangerous concern concerned worry "
    "worried alarm bold important vital essential wants hope clearly certainly"
)
_OPINION_PHRASES = {
    "need": ("need to",),
    "needs": ("needs to",),
    "interest": ("interest in",),
    "appear": ("appear to",),
    "appears": ("appears to",),
    "seem": ("seem to",),
    "seems": ("seems to",),
    "course": ("of course",),
    "choice": ("no choice",),
    "reason": ("reason to",),
    "way": ("not the way",),
    "about": ("it is about",),
}
#: Words ending in "est" that are no superlatives (any other is one when longer than five letters and without a
#: vowel before its "est": not "least" nor "guest").
_SUPERLATIVE_FALSE = frozenset(
    "west east interest honest rest test best-known latest modest suggest request forest guest protest contest "
    "arrest digest harvest nest invest manifest chest vest quest pest".split()
)
_SUPERLATIVE_FALSE_VIEW = frozenset(word.encode() for word in _SUPERLATIVE_FALSE)
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")
_PLAN_BY_YEAR = re.compile(r"\bby (?:the end of )?(?:19|20)\d\d\b")  # lower; "2030 target" holds "target"
_CLAUSE_SPLIT = re.compile(r";\s+")
_WORD = re.compile(r"[\w’'-]+")

# The patterns. Python's engine tries a pattern at every position unless it starts with a literal or a character
# class, when it skips ahead to the characters that can start a match: so each is written to start with one,
# the \b or lookbehind that began it moved after that first character. They are compiled when first needed, the
# digit ones with \d or, for a text without other decimal digits, [0-9], whose class is a plain table.


def _any_case(text: str) -> str:
    """A pattern matching ``text`` (lower-case ASCII) in any case: a letter matches whatever lower-cases to it, its
    upper case and, for "k", the Kelvin sign. That is ASCII case-insensitive matching, (?ai:...), with the Kelvin sign
    added by hand; not (?i:...), which would also take "\u017f" for "s" and "\u0131" for "i". It compiles in a third
    of the time that a class for each letter ("[pP][eE]...") takes."""
    return "(?ai:" + re.escape(text).replace("k", "[k\u212a]") + ")"


@cache
def _numbers(digit: str) -> re.Pattern[str]:
    """A number written with digits, in any case: "$3.5 billion", "40%", "1,200", its unit (if any) the group
    "unit". ``digit`` is a digit's class."""
    units = "|".join(_any_case(unit) for unit in _UNITS.split("|"))
    return re.compile(
        rf"[$€£¥{digit}](?<![\w.’'].)(?:(?<=[{digit}])[{digit}]*|[{digit}]+)(?:[.,][{digit}]+)*(?![{digit}’'sS])"
        rf"(?:\s?(?P<unit>{units}))?"
    )


#: Units that are number words (or, with an "s", make one): "5 million" is one number, not two.
_WORD_UNITS = {"percent": "", "million": "", "billion": "", "trillion": "", "thousand": "s"}


@cache
def _dates() -> re.Pattern[str]:
    """Every date, with digits or without: ``\\b(?:alternatives)\\b``, the alternatives grouped by the word
    character they start with (alternatives starting with different characters never compete for a position)."""
    alternatives = (
        [rf"{word}\s+(?:19|20)\d\d" for word in ("in", "on", "since", "by", "until", "from")]
        + [r"19\d0s", r"20\d0s"]
        + [rf"{month}\s+\d{{1,2}}" for month in _MONTHS]
        + [*_WEEKDAYS, *(phrase for group in _DATE_PHRASES.values() for phrase in group), "yesterday"]
    )
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    branches = (re.escape(first) + r"(?<!\w.)(?:" + "|".join(rests) + ")" for first, rests in groups.items())
    return re.compile("(?:" + "|".join(branches) + r")\b")


#: The "a senior" of "a senior official", up to the noun: matched with the noun's start as the end of the string.
_ARTICLE = re.compile(r"\ban? [\w ]{0,30}\Z")

# What a clause holds, as bits; the lowest two count its numbers (three or more: 3). Those up to _OPIN are the
# key of _DECISIONS; the others help find them.
_COMP, _SUPERLATIVE, _PLAN, _DUE, _DATED, _EVENT, _ATTR, _OPIN = (4 << i for i in range(8))
_KEY = 2 * _OPIN - 1
_NUM, _YEAR, _DECADE, _MONTH = (2 * _OPIN << i for i in range(4))
_COUNT, _SPELLED, _PHRASES, _CASED_PHRASES = "count", "spelled", "phrases", "cased phrases"
_Check = tuple[str, int, str | tuple[tuple[str, bytes], ...]]


def _cue_tables() -> dict[bytes, tuple[int, tuple[_Check, ...]]]:
    """Lower-cased cue word (as in the view) -> the bits it sets outright, and its checks.

    A check is (_COUNT, _NUM, ()): count the number word; (_SPELLED, bits, spelling): the word spelled just so sets
    the bits; or (_PHRASES or _CASED_PHRASES, bit, ((phrase, its view), ...)): one of the phrases, as whole words
    (lower-cased, or as written), sets the bit. Superlatives are looked for apart: any word ending in "est" may be
    one.
    """
    words = {
        _COMP: [w for w in _COMPARISON_WORDS.split() if not w.endswith("est") or w == "first"],  # not mere "-est"s
        _PLAN: _PLAN_WORDS.split(),
        _OPIN: _OPINION_WORDS.split(),
        _YEAR: ["0000"],  # four digits, in the view (where every digit is a 0): all a year can be
        _DECADE: ["0000s"],
    }
    spelled = {
        _DATED: [*_WEEKDAYS, "yesterday"],
        _MONTH: _MONTHS,
        _EVENT: _EVENT_WORDS.split(),
        _ATTR: _ATTRIBUTION_WORDS.split(),
    }
    phrases = {
        (_PHRASES, _COMP): _COMPARISON_PHRASES,
        (_PHRASES, _PLAN): _PLAN_PHRASES,
        (_PHRASES, _OPIN): _OPINION_PHRASES,
        (_CASED_PHRASES, _DATED): _DATE_PHRASES,
        (_CASED_PHRASES, _EVENT): _EVENT_PHRASES,
        (_CASED_PHRASES, _ATTR): _ATTRIBUTION_PHRASES,
    }
    bits: dict[bytes, int] = {}
    checks: dict[bytes, list[_Check]] = {}
    for bit, group in words.items():
        for word in group:
            bits[word.encode()] = bits.get(word.encode(), 0) | bit
    for word in _NUMBER_WORDS.split():
        checks.setdefault(word.encode(), []).append((_COUNT, _NUM, ()))
    for bit, group in spelled.items():
        for spelling in group:
            checks.setdefault(spelling.lower().encode(), []).append((_SPELLED, bit, spelling))
    for (kind, bit), by_word in phrases.items():
        for word, group in by_word.items():  # each phrase with its view (see _views), looked for first
            seen = tuple((phrase, re.sub(r"\W", " ", phrase).encode()) for phrase in group)
            checks.setdefault(word.encode(), []).append((kind, bit, seen))
    return {word: (bits.get(word, 0), tuple(checks.get(word, ()))) for word in {*bits, *checks}}


_CUES = _cue_tables()
_CUE_WORDS = frozenset(_CUES)

# The view: one byte for each character of the text (see _views).
_WORDY = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_VIEW = (
    bytes(ord(("0" if c.isdigit() else c.lower()) if c in _WORDY else " ") for c in map(chr, range(128))) + b" " * 128
)
_SPACE = ord(" ")
_ASCII = bytes(range(128))
_COMMON = "’‘“”—–…é\xa0"  # looked for first, one by one; any other non-ASCII character is found as below


def _ascii_stand_in(char: str) -> str:
    """An ASCII character standing for a non-ASCII one (see _Text): of the same word class, lower case and
    digit-ness, and matching no cue. The apostrophe and closing quote stay one, for fragments and questions."""
    lowered = char.lower()
    if len(lowered) == 1 and lowered.isascii():
        return lowered.upper()  # the Kelvin sign, the only such letter: "K", which lower-cases to "k" as it does
    if char.isdecimal():
        return "0"
    if char.isalnum():
        return "_"  # a letter no cue word holds
    return {"’": "'", "”": '"'}.get(char, "\x01")  # (a space is one, and ’ ' and - make no word here)


def _views(text: str) -> tuple[str, bytes, bool]:
    """``text`` in ASCII, each non-ASCII character replaced by its stand-in (see _ascii_stand_in), its view, and
    whether it has non-ASCII decimal digits. The view is a byte for each character: the word characters (\\w)
    lower-cased (see _lower), every digit a "0", every other character a space. The stand-ins of the common
    non-ASCII characters go in first, then those of any other (found as the text's UTF-8 bytes less its ASCII)."""
    digits = False
    for char in _COMMON:
        if text.isascii():
            break
        if char in text:
            text = text.replace(char, _ascii_stand_in(char))
    if not text.isascii():
        others = set(text.encode("utf-8", "surrogatepass").translate(None, _ASCII).decode("utf-8", "surrogatepass"))
        digits = any(char.isdecimal() for char in others)
        if len(others) <= 32:
            for char in others:
                text = text.replace(char, _ascii_stand_in(char))
        else:
            text = text.translate({ord(char): _ascii_stand_in(char) for char in others})
    return text, text.encode("ascii").translate(_VIEW), digits


class ScoredClaim(NamedTuple):
    start: int
    end: int
    type: ClaimType
    score: float


_new_claim = tuple.__new__  # ScoredClaim(start, end, *scored) without its __new__ in Python: thousands are made


def _lower(text: str) -> str:
    """``text`` lower-cased, character for character (the rare letter whose lower case is longer stays as it is)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_KINDS = (ClaimType.STATISTIC, ClaimType.COMPARISON, ClaimType.PLAN, ClaimType.DATE_EVENT, ClaimType.ATTRIBUTION)


def _decision(key: int) -> tuple[ClaimType, float] | None:
    """The claim type and check-worthiness of a clause with the cues of ``key`` (see _KEY): each of _KINDS scores
    from its cues, all less 0.15 for an opinion, and the best (the first of the best) is the claim's type."""
    numbers, plan, dated, event, opinion = key & 3, key & _PLAN, key & _DATED, key & _EVENT, key & _OPIN
    scores = [
        0.5 + 0.15 * numbers if numbers else 0.0,
        (0.6 if key & _COMP else 0.4) if key & (_COMP | _SUPERLATIVE) else 0.0,
        (0.55 + (0.2 if key & _DUE else 0.0)) if plan else 0.0,
        (0.45 + (0.2 if event else 0.0)) if dated else (0.35 if event else 0.0),
        0.45 if key & _ATTR else 0.0,
    ]
    if opinion:
        scores = [score - 0.15 for score in scores]
    best = max(range(len(scores)), key=scores.__getitem__)
    score = scores[best]
    if score < 0.3:
        return (ClaimType.OPINION, 0.2) if opinion or plan else None
    if _KINDS[best] == ClaimType.PLAN and opinion and not dated:
        return ClaimType.PLAN, round(min(score, 0.5), 2)
    return _KINDS[best], round(min(score, 0.95), 2)


#: Every outcome, worked out once, by key (see _KEY).
_DECISIONS = [_decision(key) for key in range(_KEY + 1)]


def _matters(bit: int, *unknown: int) -> list[bool]:
    """By key: can ``bit`` change the outcome, whichever of the ``unknown`` bits turn out to be set?"""
    knowns = [0]
    for other in unknown:
        knowns += [known | other for known in knowns]
    keys = range(_KEY + 1)
    changes = ([_DECISIONS[k | known] != _DECISIONS[k | known | bit] for k in keys] for known in knowns)
    return list(map(any, zip(*changes, strict=True)))


#: Cues looked for last, in this order, and only where they can still change the outcome: superlatives,
#: attributions "a ... official", and the due year of a plan.
_SUPERLATIVE_MATTERS = _matters(_SUPERLATIVE, _ATTR, _DUE)
_ATTR_MATTERS = _matters(_ATTR, _DUE)
_DUE_MATTERS = _matters(_DUE)


def _superlative(view: bytes) -> bool:
    """Does a clause's view hold a superlative: a word ending in "est", longer than five letters, without a vowel
    before the "est", and not in _SUPERLATIVE_FALSE?"""
    at = view.find(b"est")
    while at >= 0:
        stop = at + 3
        if stop == len(view) or view[stop] == _SPACE:
            word = view[view.rfind(b" ", 0, at) + 1 : stop]
            if len(word) > 5 and word[-4] not in b"aeiou" and word not in _SUPERLATIVE_FALSE_VIEW:
                return True
        at = view.find(b"est", stop)
    return False


def _whole(within: str, view: bytes, phrase: str) -> bool:
    """Does ``phrase`` stand in ``within`` as whole words? ``view`` is its view (where non-word characters are
    spaces); the phrase starts and ends with a word character."""
    at = within.find(phrase)
    while at >= 0:
        stop = at + len(phrase)
        if (at == 0 or view[at - 1] == _SPACE) and (stop == len(view) or view[stop] == _SPACE):
            return True
        at = within.find(phrase, at + 1)
    return False


def _finds(within: str | bytes, part: str | bytes) -> list[int]:
    """Where ``part`` stands in ``within``."""
    found = []
    at = within.find(part)
    while at >= 0:
        found.append(at)
        at = within.find(part, at + 1)
    return found


_PREPOSITIONS = frozenset(("in", "on", "since", "by", "until", "from"))


def _digit_dates(clause: str, view: bytes, at: int, months: bool) -> tuple[str, int, int]:
    """``clause`` with its dates that hold digits replaced by spaces, how many, and where the first started: "in
    2024" (after "in", "on", "since", "by", "until" or "from" and spaces), "1990s", "March 3" (with ``months``, when
    it names one). No two of them, nor one and a date without digits, ever overlap. ``view`` is the clause's view,
    ``at`` where its first digit is."""
    spans = []
    while at >= 0:
        stop = view.find(b" ", at)
        if stop < 0:
            stop = len(view)
        if at == 0 or view[at - 1] == _SPACE:  # a word starting with a digit
            width = stop - at
            if width == 5 and view[at:stop] == b"0000s" and clause[at : at + 2] in ("19", "20"):
                if clause[at + 3 : stop] == "0s":
                    spans.append((at, stop))  # "1990s"
            elif (width == 4 and view[at:stop] == b"0000" and clause[at : at + 2] in ("19", "20")) or (
                months and width <= 2 and view[at:stop] in (b"0", b"00")
            ):
                before = len(clause[:at].rstrip())  # spaces, then a word: "in 2024", "March 3"
                if before < at and view[before - 1] != _SPACE:
                    word = clause[view.rfind(b" ", 0, before) + 1 : before]
                    if word in _PREPOSITIONS if width == 4 else word in _MONTHS:
                        spans.append((before - len(word), stop))
        at = view.find(b"0", stop)
    if not spans:
        return clause, 0, len(clause)
    pieces = []
    done = 0
    for begin, stop in spans:
        pieces.append(clause[done:begin])
        done = stop
    pieces.append(clause[done:])
    return " ".join(pieces), len(spans), spans[0][0]


def _by_year(view: bytes) -> bool:
    """Does a clause's view hold "by 2030" or "by the end of 2030" (where _PLAN_BY_YEAR may match)?"""
    return view.find(b"by 0") >= 0 or view.find(b"by the end of 0") >= 0


def _attributed(clause: str, view: bytes) -> bool:
    """Does ``clause`` credit someone as "a senior official" does?"""
    for noun in _ATTRIBUTION_NOUNS:
        at = clause.find(noun)
        while at >= 0:
            stop = at + len(noun)
            if (stop == len(view) or view[stop] == _SPACE) and _ARTICLE.search(clause, max(at - 33, 0), at):
                return True
            at = clause.find(noun, at + 1)
    return False


def _is_word_character(char: str) -> bool:
    return char.isalnum() or char == "_"


class _Text:
    """What is worked out once for a whole text: an ASCII copy and its view (see _views), and the digit patterns
    that suit it. Words, phrases and attributions are looked for in the ASCII copy, the same to them as the text
    (and cheaper to slice and search); numbers and dates, which may hold other characters, in the text itself."""

    __slots__ = ("ascii", "lowered", "numbers", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.ascii, self.lowered, other_digits = _views(text)
        self.numbers = _numbers(r"\d" if other_digits else "0-9")

    def count_numbers(self, undated: str, word_numbers: int, start: int) -> int:
        """How many numbers the ``undated`` clause (its dates replaced by spaces) holds, when it holds
        ``word_numbers`` number words: those written with digits, years left out, and the number words not
        taken up as a unit of one ("5 million"). None starts before ``start``."""
        numbers = word_numbers
        if not word_numbers:
            for match in self.numbers.finditer(undated, start):
                if not _YEAR_ONLY.match(match.group()):  # (a number neither starts nor ends with a space)
                    numbers += 1
            return numbers
        for match in self.numbers.finditer(undated, start):
            if not _YEAR_ONLY.match(match.group()):
                numbers += 1
            unit = (match.group("unit") or "").lower()
            if unit in _WORD_UNITS and not _is_word_character(undated[match.start("unit") - 1]):
                rest, after = _WORD_UNITS[unit], match.end()  # "thousand" takes up "thousands"
                stop = after + len(rest)
                if _lower(undated[after:stop]) == rest and (
                    stop == len(undated) or not _is_word_character(undated[stop])
                ):
                    numbers -= 1
        return numbers


def _score(of: _Text, start: int, end: int) -> tuple[ClaimType, float] | None:
    """score_clause for ``of.text[start:end]``."""
    clause = of.ascii[start:end]  # (’ is ' in it, and ” is ")
    if not clause:
        return None
    view = of.lowered[start:end]
    tokens = view.split()
    if len(clause) < 120:  # a fragment, fewer than five words of _WORD, is none
        words = len(tokens)  # the view's, give or take one for each ’ ' or - (joining two, or a word alone)
        if "'" in clause or "-" in clause:
            joiners = clause.count("'") + clause.count("-")
            if words - joiners < 5 and (words + joiners < 5 or len(_WORD.findall(clause)) < 5):
                return None
        elif words < 5:
            return None
    last = clause[-1]
    if last == "?" or (last in "\"' " and clause.rstrip("\"' ").endswith("?")):
        return None
    found = numbers = 0
    low = ""
    for word in _CUE_WORDS.intersection(tokens):
        bits, checks = _CUES[word]
        found |= bits
        for kind, bit, texts in checks:
            if found & bit == bit:
                continue
            if kind is _SPELLED:  # the word spelled just so, as a whole word
                at = clause.find(texts)  # type: ignore[arg-type]
                while at >= 0:
                    stop = at + len(texts)
                    if (at == 0 or view[at - 1] == _SPACE) and (stop == len(view) or view[stop] == _SPACE):
                        found |= bit
                        break
                    at = clause.find(texts, at + 1)  # type: ignore[arg-type]
            elif kind is _COUNT:
                numbers += tokens.count(word)
            elif kind is _PHRASES:
                for phrase, seen in texts:
                    if view.find(seen) >= 0:
                        low = low or _lower(clause)
                        if _whole(low, view, phrase):
                            found |= bit
                            break
            else:
                for phrase, seen in texts:
                    if view.find(seen) >= 0 and _whole(clause, view, phrase):
                        found |= bit
                        break
    digit = view.find(b"0")
    if digit >= 0:  # digits: numbers, and dates with digits, in the clause as written
        written = of.text[start:end]
        first = digit - 1 if digit else 0  # no number starts before: a digit, or the currency sign before it
        if found & _DATED and ("$" in written or "€" in written or "£" in written or "¥" in written):
            undated, dates = _dates().subn(
                " ", written
            )  # every date goes: a currency sign right after one is no number
            first = 0
        elif found & (_YEAR | _DECADE | _MONTH):
            undated, dates, date = _digit_dates(written, view, digit, bool(found & _MONTH))
            if date < first:
                first = date
        else:
            undated, dates = written, 0
        if dates:
            found |= _DATED
        numbers = of.count_numbers(undated, numbers, first)
        if not found & _PLAN and found & _YEAR and _by_year(view) and _PLAN_BY_YEAR.search(_lower(written)):
            found |= _PLAN
    key = found & _KEY | (numbers if numbers < 3 else 3)
    if not key & _COMP and _SUPERLATIVE_MATTERS[key] and view.find(b"est") >= 0 and _superlative(view):
        key |= _SUPERLATIVE
    if not key & _ATTR and _ATTR_MATTERS[key] and _attributed(clause, view):
        key |= _ATTR
    if key & _PLAN and found & _YEAR and _DUE_MATTERS[key] and resolve_due(of.text[start:end], None):
        key |= _DUE  # a due year needs a year: four digits
    return _DECISIONS[key]


def score_clause(text: str) -> tuple[ClaimType, float] | None:
    """The claim type and check-worthiness of one clause; None where it claims nothing checkable."""
    if not text:
        return None
    return _score(_Text(text), 0, len(text))


def find_claims(text: str, spans: list[tuple[int, int]]) -> list[ScoredClaim]:
    """Score every sentence in ``spans`` (offsets into ``text``), split at semicolons into clauses."""
    claims: list[ScoredClaim] = []
    of = _Text(text)
    semicolons = _finds(text, ";")
    for lo, hi in spans:
        at = bisect_left(semicolons, lo)
        if at < len(semicolons) and semicolons[at] < hi:
            pieces = []
            pos = lo
            for split in _CLAUSE_SPLIT.finditer(text, lo, hi):
                pieces.append((pos, split.start()))
                pos = split.end()
            pieces.append((pos, hi))
            for start, end in pieces:
                if start < end and (scored := _score(of, start, end)) is not None:  # an empty clause claims nothing
                    claims.append(_new_claim(ScoredClaim, (start, end, *scored)))
        elif lo < hi and (scored := _score(of, lo, hi)) is not None:
            claims.append(_new_claim(ScoredClaim, (lo, hi, *scored)))
    return claims
