"""Names in news prose: finding a capitalised run, taking it apart, and telling people from the rest.

A name is found as a run of capitalised words (with initials, hyphens, apostrophes and particles such as
"van der"), optionally led by a title ("Maj.", "Foreign Minister"). ``parse_name`` splits the run into
title, given names and surname, Chinese and Korean order included; ``classify`` says whether it names a
person, an organisation, an outlet or something that can never speak (a place, a weekday).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..model import SpeakerKind
from .lexicon import (
    COMMON_SOURCES,
    EAST_ASIAN_SURNAMES,
    IRISH_POLICE,
    MEDIA_WORDS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    ORG_HEADS,
    OUTLET_HEADS,
    OUTLETS,
    PLACES,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
)
from .patterns import alternation

_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOWER = "a-zß-öø-ÿā-ž"
_APOS = "’'"
#: One capitalised word: McDowell, O’Brien, Fa’amausili, Jean-Luc, al-Assad, D., U.S. (not the "’s" of a possessive)
_WORD = (
    rf"(?:(?:[{_UPPER}]\.){{1,3}}"
    rf"|(?:al-|el-)?[{_UPPER}][{_LOWER}{_UPPER}]*(?:[{_APOS}](?:[{_UPPER}][{_LOWER}]+|[{_LOWER}]{{2,}}))?"
    rf"(?:-[{_UPPER}{_LOWER}][{_LOWER}{_UPPER}]*)*)"
)
_PARTICLE = alternation(NAME_PARTICLES)
_TITLE_ABBR = alternation(t.capitalize() for t in TITLE_ABBREVIATIONS) + r"\."
#: A name-like run: an optional title, then capitalised words joined by single spaces, particles allowed inside.
#: (Spaces within a line only: a name never runs on from a headline into the paragraph below it.)
_SP = r"[^\S\n]"
#: A plural possessive inside a name: "Harbury Supporters’ Trust".
_PLURAL_POSSESSIVE = rf"(?:(?<=s)[{_APOS}](?={_SP}[{_UPPER}]))?"
#: The capitals any NAME may open with (besides "al-"/"el-").
NAME_FIRST = _UPPER
NAME = rf"(?:{_TITLE_ABBR}{_SP})?{_WORD}{_PLURAL_POSSESSIVE}(?:{_SP}(?:{_PARTICLE}{_SP})*{_WORD}{_PLURAL_POSSESSIVE})*"
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(rf"[{_APOS}]s?$")
#: Compiled once (a module-level ``re.fullmatch`` looks its pattern up in re's cache on every call).
_INITIALS = re.compile(r"(?:[A-Z]\.)+")  # "J.", "U.S."
_SYLLABLES = re.compile(r"[A-Z][a-z]{1,6}(?:-[a-z]{1,6})?")  # "Min-jae", "Wei"
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")
#: The last words of places' names: streets and districts ("Salt Lick Road", "the Southern District of Iowa").
_PLACE_WORDS = frozenset("road street avenue lane drive boulevard highway square crescent terrace district".split())
_NAME_AT_END = re.compile(rf"(?<![\w.{_APOS}-])(?P<name>{NAME})$")
_NAME_AT_START = re.compile(rf"(?P<name>{NAME})")


@dataclass(frozen=True)
class ParsedName:
    """A name taken apart. ``full`` has no title; ``surname`` is how later mentions will name the person."""

    full: str
    tokens: tuple[str, ...]
    surname: str
    title: str = ""  # "Maj.", "Foreign Minister"

    @cached_property
    def has_given_name(self) -> bool:
        return len([t for t in self.tokens if t.lower() not in NAME_PARTICLES]) > 1


#: "Ministry of Economic Affairs", "Securities and Exchange Commission", "Department of Health and Human Services".
_ORG_OF_AT_END = re.compile(
    rf"(?<![\w.{_APOS}-])(?P<name>{NAME}(?:\s(?:of|for|on)\s(?:the\s)?{NAME}(?:\sand\s{NAME})?|\sand\s{NAME}))$"
)
#: Up to the last thing no name can hold (a comma, a digit, a quotation mark, two spaces running, a word in
#: lower case that is neither a particle nor the "of"/"for"/"on"/"the" of "Ministry of …"): a name ending the
#: text starts after it, so the name patterns need not be tried at every position before it.
_LAST_BREAK = re.compile(
    rf"(?s:.*)(?:[^{_UPPER}{_LOWER}{_APOS}.\s-]|\s\s|\s(?!(?:{_PARTICLE}|of|for|on|the|and)\s|[ae]l-)[{_LOWER}])"
)


def _letters(ranges: str) -> frozenset[str]:
    """The letters a character-class body of ranges ("A-ZÀ-Ö") holds."""
    return frozenset(chr(c) for a, b in re.findall(r"(.)-(.)", ranges) for c in range(ord(a), ord(b) + 1))


#: Every letter that may open a name word, and the lower-case words a name (or "Ministry of the Interior") holds.
_UPPER_CHARS = _letters(_UPPER)
_LOWER_NAME_WORDS = frozenset(NAME_PARTICLES) | {"of", "for", "on", "the", "and"}
_ORG_JOINS = frozenset({"of", "for", "on", "and"})
#: Letters in both _UPPER and _LOWER (Latin Extended-A: "ā" is in ā-ž and in Ā-Ž).
_BOTH_CASES = re.compile("[" + "".join(sorted(_UPPER_CHARS & _letters(_LOWER))) + "]")


def name_at_end(text: str) -> re.Match[str] | None:
    """The name-like run that ``text`` ends with, if any; "Ministry of Economic Affairs" taken whole."""
    words = text.rsplit(None, 1)
    return name_ending(text, words[-1] if words else "")


def name_ending(text: str, last_word: str) -> re.Match[str] | None:
    """``name_at_end(text)``, for a caller that has split off ``text``'s last word (``text.rsplit(None, 1)[-1]``, or
    "" for a blank text) already."""
    if last_word.islower():
        return None  # a name ends in a capitalised word (or an initial)
    # Walk back word by word (split at single spaces) while each word could be one piece of a name: a word
    # that could not (lower case and no particle, or holding a comma, a digit, a quotation mark) ends the
    # walk, and no name reaches back past it, so the patterns are tried from there on, not from 160 back.
    floor = max(0, len(text) - 160)
    head = text[floor:]  # the text before the words walked over (rpartition: cheaper than rfind with bounds)
    joined = False  # an "of", "for" or "on" walked over: "Ministry of Economic Affairs"
    while True:
        head, space, word = head.rpartition(" ")
        if not space:
            start = floor
            break
        if word[:1] in _UPPER_CHARS or word in _LOWER_NAME_WORDS or word.startswith(("al-", "el-")):
            joined = joined or word in _ORG_JOINS
            continue
        # A name starts after a space (or a bracket, a quotation mark …), never inside a run of letters.
        start = floor + len(head) + 1 + (len(word) if word.isalpha() else 0)
        break
    region = text[start:]
    # The walk is exact where single spaces are all the white space (it splits at those only) and no word
    # opens with a letter _UPPER and _LOWER share ("ā", "ć"): a break to the rule below, though a name may
    # start with it. Elsewhere the rule decides.
    if not region.isprintable() or (not region.isascii() and _BOTH_CASES.search(region)):
        return _name_at_end_after_break(text)
    if joined and (org := _org_at_end(text, start)) is not None:
        return org
    return _NAME_AT_END.search(text, start)


def _name_at_end_after_break(text: str) -> re.Match[str] | None:
    """What ``name_at_end`` finds, the patterns tried from the last thing no name can hold (see _LAST_BREAK)."""
    start = max(0, len(text) - 160)
    if (cut := _LAST_BREAK.match(text, start)) is not None:
        start = cut.end()
    if (org := _org_at_end(text, start)) is not None:
        return org
    return _NAME_AT_END.search(text, start)


def _org_at_end(text: str, start: int) -> re.Match[str] | None:
    """ "Ministry of Economic Affairs" or "Food and Drug Administration" ending ``text`` (from ``start`` on), where its
    head (all before "of", "for" or "on") names an organisation."""
    org = _ORG_OF_AT_END.search(text, start)
    if org is not None:
        head = org.group("name").split(" of ")[0].split(" for ")[0].split(" on ")[0]
        if _org_like(head.split()):
            return org
    return None


def name_at_start(text: str) -> re.Match[str] | None:
    return _NAME_AT_START.match(text)


def strip_possessive(name: str) -> str:
    return _POSSESSIVE.sub("", name) if name.endswith(("’s", "'s")) else name


@lru_cache(maxsize=4096)
def parse_name(raw: str) -> ParsedName | None:
    """Take a name-like run apart; None where nothing name-like is left once titles are removed."""
    tokens = strip_possessive(raw.strip()).split()
    title: list[str] = []
    while (
        tokens
        and (
            (tokens[0].endswith(".") and tokens[0][:-1].lower() in TITLE_ABBREVIATIONS)
            or (tokens[0].lower() in TITLE_WORDS and len(tokens) > 1 and not _org_like(tokens))
            # ranks written without full stops, as British, Irish and Australian papers do: "Sen Sgt Marcus Tull"
            or (len(tokens) > 1 and tokens[1][:1].isupper() and _is_rank(tokens[0].lower(), tokens[1].lower()))
        )
    ):
        title.append(tokens.pop(0))
    inner = [i for i, t in enumerate(tokens[:-1]) if t.lower() in TITLE_WORDS and i > 0]
    # "Senate Minority Leader Joan Pettibone": a post whose first words are an organisation's, then a person named in
    # full (two words or more, none an organisation's)
    holder = inner and len(tokens) - inner[-1] > 2 and not _org_like(tokens[inner[-1] + 1 :])
    if inner and tokens[inner[-1] + 1 :] and (holder or not _org_like(tokens)):
        title.extend(tokens[: inner[-1] + 1])  # "Philippine National Security Adviser Eduardo Manalo-Cruz"
        tokens = tokens[inner[-1] + 1 :]
    while tokens and tokens[0].lower() in NON_NAME_WORDS:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1].lower() in _POST_NOMINALS:
        tokens.pop()  # "Niamh Kerrigan SC", "Robert Downey Jr."
    if not tokens or tokens[-1].lower() in NAME_PARTICLES:
        return None
    if len(tokens) == 1 and (len(tokens[0]) < 2 or tokens[0].endswith(".")):
        return None
    surname = _surname(tokens)
    return ParsedName(" ".join(tokens), tuple(tokens), surname, " ".join(title))


#: Ranks abbreviated without a full stop before a name (only those no one is named: not "Sen", "Gen" or "Col").
_RANKS = frozenset("sgt snr const insp supt det cmdr capt lt maj brig cpl pvt cllr".split())


def _is_rank(word: str, following: str) -> bool:
    """Is ``word`` a rank written without its full stop, before ``following``? "Sen" only before another rank
    ("Sen Sgt"): alone it is as likely a name (Amartya Sen)."""
    return word in _RANKS or (word == "sen" and following in _RANKS)


#: Letters written after a name (counsel, members of parliament, honours, generations).
_POST_NOMINALS = frozenset("sc qc kc mp msp mla mep td jr jr. sr sr. phd md obe mbe cbe ii iii".split())


def _org_like(tokens: list[str]) -> bool:
    return any(t.lower().strip(".,") in ORG_HEADS for t in tokens)


def _surname(tokens: list[str]) -> str:
    words = [t for t in tokens if not _INITIALS.fullmatch(t)]
    if not words:
        return tokens[-1]
    if len(words) in (2, 3) and words[0].lower() in EAST_ASIAN_SURNAMES and _syllabic(words[1:]):
        return words[0]
    # Particles belong to the surname: "van der Berg" is Mr van der Berg, keyed by "Berg".
    return words[-1]


def _syllabic(given: list[str]) -> bool:
    """Do the given names look romanised Chinese or Korean (short syllables, maybe hyphenated)?"""
    return all(_SYLLABLES.fullmatch(g) for g in given) and len(given) <= 2


@lru_cache(maxsize=4096)
def classify(raw: str) -> SpeakerKind | None:
    """What a name-like run names; None for places, dates and other things that cannot speak."""
    name = strip_possessive(raw.strip())
    lowered = name.lower()
    if lowered in PLACES or lowered.removeprefix("the ") in PLACES:
        return None
    if lowered in OUTLETS or lowered.removeprefix("the ") in OUTLETS:
        return SpeakerKind.OUTLET
    if lowered in IRISH_POLICE:  # "A Garda spokesman said", "Gardaí said": the force (Garda is also a rank)
        return SpeakerKind.ORGANISATION
    words = lowered.split()
    if len(words) > 1 and words[-1] in _PLACE_WORDS:
        return None  # "Salt Lick Road", "Kessler Avenue", "Southern District": a place, no one who speaks
    if len(words) > 1 and (words[0] in OUTLET_HEADS or words[-1] in MEDIA_WORDS):
        return SpeakerKind.OUTLET  # "told BBC Scotland", "told Sky Sports News"
    if all(w in NON_NAME_WORDS or w in TITLE_WORDS for w in words):
        return None
    if name.isupper() and (lowered in ROLE_NOUNS or lowered in COMMON_SOURCES):
        return None  # "A CORONER has warned …": a lede's capitals, not an acronym or a name
    if (len(words) > 1 and any(w.strip(".,") in ORG_HEADS for w in words)) or words[-1] in ORG_HEADS:
        parsed = parse_name(raw)
        if parsed is None or not parsed.title or len(parsed.tokens) < 2 or _org_like(list(parsed.tokens)):
            return SpeakerKind.ORGANISATION
        # the organisation's words are the post's, before the person holding it: "Senate Minority Leader Joan …"
    if _ACRONYM.fullmatch(name):
        return SpeakerKind.ORGANISATION
    if _PLURAL_ACRONYM.fullmatch(name):
        return None  # "opposition TDs told the Dáil", "MPs said": people of a kind, no one in particular
    return SpeakerKind.PERSON


def is_acronym(word: str) -> bool:
    return _ACRONYM.fullmatch(word) is not None


@lru_cache(maxsize=4096)
def normalise(name: str) -> str:
    return _SPACES.sub(" ", strip_possessive(name)).strip().lower()
