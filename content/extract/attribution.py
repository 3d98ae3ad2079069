"""Who a stretch of reported speech belongs to: the subject of a speech verb, read off the text around it.

Works on plain strings and offsets and knows nothing of speakers already seen: it says *how* the text
names the source — a name ("Paul J. Saunders", "Sanders"), a pronoun ("he"), or an anaphor for an
organisation ("the company", "a spokesperson for the ministry") — and leaves resolving that to the
speaker registry.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from ..model import SpeakerKind
from .lexicon import (
    COMMON_SOURCES,
    KIN_NOUNS,
    KNOWN_GIVEN_NAMES,
    NAMING_VERBS,
    ORG_ANAPHORS,
    ORG_HEADS,
    PARTICIPLES,
    PERSON_ANAPHORS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    THAT_ONLY_VERBS,
    TITLE_WORDS,
)
from .names import NAME, classify, name_at_end, name_at_start, name_ending, parse_name
from .patterns import alternation

_VERB_ALT = alternation(SPEECH_VERBS | NAMING_VERBS | PARTICIPLES)
#: A speech verb, or "wrote in an op-ed" style phrases built on one.
SPEECH_VERB = re.compile(rf"\b(?:{_VERB_ALT})\b")
#: A character that is no ASCII word character, then a speech verb: the start of nearly every match of SPEECH_VERB in
#: running text. ``re`` tries a pattern at every position unless it opens with a set of characters, which it then
#: skips to in a tight loop; ``\b`` gives it none, so this finds a paragraph's verbs in about two thirds of the time.
_AFTER_NON_WORD = re.compile(rf"[^0-9A-Z_a-z](?:{_VERB_ALT})\b")
#: Words between a subject and its verb that say nothing about who speaks: "Sadat also argued".
_FILLER = frozenset(
    "also further later previously recently again has have had once then repeatedly separately earlier often "
    "has had would will has reportedly publicly privately has since subsequently similarly likewise "
    "himself herself itself themselves flatly strongly long "
    # a time between them: "Costigan last month described", "Biden on Monday said"
    "last this month week year night weekend on monday tuesday wednesday thursday friday saturday sunday".split()
)
_FILLER_READ = max(map(len, _FILLER)) + 1
_CONJUNCTIONS = frozenset(
    "while and but as because when although though which who whom whose after before if so since than that "
    "where whereas unless until".split()
)
_PRONOUNS = ("he", "she", "they", "it")
_LAST_WORD = re.compile(r"[\w’']+$")
_PRONOUN = re.compile(r"(?<![\w’'])(he|she|they|it|He|She|They|It)$")
_SPOKES = r"(?:spokes(?:person|man|woman)|representative|statement|official|source|press office|lawyer|attorney)"
_ANAPHOR_ALT = alternation(ORG_ANAPHORS)
#: "a spokesperson for the ministry", "a statement from Acme Corp.", "a lawyer for Ms. Ruiz"
_SPOKES_FOR = re.compile(
    rf"\b(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne)\s+(?:\w+\s+){{0,2}}?{_SPOKES}\s+(?:for|from|of|at|with)\s+(?:the\s+)?"
    rf"(?P<target>{NAME}|{_ANAPHOR_ALT})$"
)
#: "a Foreign Ministry spokesperson", "an Acme representative" (no personal name after it)
_NAME_SPOKES = re.compile(
    rf"\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?P<target>{NAME}(?:\s(?:of|for)\s(?:the\s)?{NAME})?)\s+{_SPOKES}$"
)  # "A Tesco spokeswoman", "A Ministry of Education spokesperson"
#: The last word of every match of _NAME_SPOKES (lower-cased): the last word of a _SPOKES.
_SPOKES_LAST = frozenset(
    "spokesperson spokesman spokeswoman representative statement official source office lawyer attorney".split()
)
#: "Germany’s research ministry", "China’s coast guard": an organisation named by its owner
_OWNED = re.compile(rf"(?P<target>{NAME}[’']s\s+(?:[a-z-]+\s+){{0,2}}?(?:{_ANAPHOR_ALT}))$")
#: "the company", "the Swiss drugmaker", "the agency"
_ANAPHOR = re.compile(rf"\b(?:the|The)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_ANAPHOR_ALT})$")
_PERSON_ANAPHOR_ALT = alternation(PERSON_ANAPHORS)
#: "the coroner", "the Ohio senator", "the 24-year-old forward": someone already named with that role
#: (written with a capital too, as British and Irish papers write posts: "the Minister added")
_PERSON_ANAPHOR = re.compile(rf"\b(?:the|The)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>(?i:{_PERSON_ANAPHOR_ALT}))$")
_STOP_CHARS = tuple(',;:()“”"—–')
_STOP_WORDS = frozenset(("the", "a", "an", "The", "A", "An"))
#: The last of the things role words never run past (greedy ``.*`` finds the last, trying from the end backwards).
_LAST_DESCRIPTOR_STOP = re.compile(r"(?s:.*)(?:[,;:()“”\"—–]|\b(?:the|a|an|The|A|An)\b)")
_LEADING_WORDS = _CONJUNCTIONS | {"for", "by", "of", "to", "from", "with"}


#: How far before its verb a subject is looked for (names and "a spokesperson for …" are far shorter).
_SUBJECT_REACH = 300

_WHOLE_NAME = re.compile(NAME)
#: An organisation named "… of …" ending where the search ends: "The National Coalition of Fire Counties".
_ORG_OF_ENDING = re.compile(rf"(?<![\w’'-])(?P<name>{NAME}\s(?:of|for)\s(?:the\s)?{NAME})$")
#: A US legislator's party and state after their name: "Raymond Castellano, D-N.Y., told reporters".
_PARTY_TAG = re.compile(r",\s(?:D|R|I)-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?,$")
_APPOSED = re.compile(rf"(?<![\w’'-])(?:{NAME})(?=(?:\s+\([A-Z]{{2,8}}\))?,)")  # "… Operators (ICMO), which …"
#: Patterns used on every candidate, compiled once (the same patterns the module-level ``re`` calls compiled).
_COVERED = re.compile(r"\s*(?:(?:the|a|an|The|A|An)\s+)?[\w.’'\s-]{0,60}")
_ROLE = re.compile(r"[^,.;“”\"]{3,120}")
#: A role ending in a lower-case word, then a comma: "Skylane's chief executive, ", "the association's president, ".
_ROLE_COMMA = re.compile(r"\s*(?P<role>(?:[Tt]he\s+)?(?:[\w.’'-]+\s+){0,5}?[a-z][\w-]*),\s+")
_ROLE_WORDS_THEN_NAME = re.compile(rf"(?P<role>(?:[\w’'-]+\s+){{0,3}}?(?P<noun>[a-z][\w-]*))\s+(?P<name>{NAME})")
_ROLE_THEN_NAME = re.compile(
    rf"(?P<role>(?:[Tt]he\s+)?(?:[\w.’'-]+\s+){{0,5}}?[a-z][\w-]*"
    rf"(?:\s(?:in|of|for|at)\s(?:the\s)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){{0,3}})?),\s+(?P<name>{NAME})(?=[,.;]|\s|$)"
)
_SPOKES_BEFORE = re.compile(rf"(?:a|an|the)\s+(?:\w+\s+){{0,2}}?{_SPOKES}\s+(?:for|from|of|at)\s+(?:the\s+)?")
_SPOKES_BEFORE_NAME = re.compile(rf"\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:\w+\s+){{0,2}}?{_SPOKES}\s+(?:for|of)\s+$")
_PERSON_OF = re.compile(
    rf"(?<![\w.’'-])(?P<name>{NAME})\s(?:of|at|from)\s(?:the\s)?(?:[a-z][\w-]*\s){{0,2}}[A-Z][^,;:“”\"]{{1,100}}$"
)
_BODY_OF = re.compile(
    rf"(?<![\w.’'-])(?P<name>(?:{NAME}[’']s\s)?{NAME})(?:\s(?:of|for|in|at|from)\s(?:the\s)?{NAME})+$"
)
#: What every match of _PERSON_OF and of _BODY_OF holds: a cheap search (``re`` skips from one white space character to
#: the next) that rules out most windows, such as a lone place name ("Beijing"), before the dear ones are tried.
_OF_AT_FROM = re.compile(r"\s(?:of|at|from)\s")
_OF_FOR_IN_AT_FROM = re.compile(r"\s(?:of|for|in|at|from)\s")
_ANAPHOR_WORD = re.compile(_ANAPHOR_ALT)
_SPOKES_GOVERNING = re.compile(rf"{_SPOKES}\s+(?:for|of|from|at|with)\s+(?:the\s+)?$")
#: What an organisation or person issues in writing, and that then "said" what it says.
_DOCUMENT_NOUNS = frozenset("release statement letter email e-mail notice filing".split())
_DOCUMENT_ALT = alternation(_DOCUMENT_NOUNS)
_THE_DOCUMENT = re.compile(rf"\b(?:the|The)\s+(?:[a-z-]+\s+){{0,2}}?{_DOCUMENT_ALT}$")
#: A document with its author: "release from the Dellwood County Sheriff's Office", "statement written by the Rev Canon
#: Elspeth Marr" (a pattern's text: quotes.py builds "according to a news release from …" on it too).
DOCUMENT_BY = (
    rf"{alternation(_DOCUMENT_NOUNS | {'post'})}\s+(?:from|by|(?:written|issued|signed|sent)\s+by)"
    rf"\s+(?:the\s+)?(?P<name>{NAME}(?:[’']s\s{NAME})?)"
    # "written by Mrs Fitzgibbon's daughter, Siobhán Fitzgibbon-Carey,": the relative wrote it
    rf"(?:[’']s\s(?:{alternation(KIN_NOUNS)}),\s(?P<relative>{NAME}),)?"
)
_DOCUMENT_BY = re.compile(DOCUMENT_BY)
_READ = re.compile(r"reads?\b")
#: A document's noun shortly before "read", which alone makes it a verb of speech.
_DOCUMENT_BEFORE_READ = re.compile(rf"\b{_DOCUMENT_ALT}\b")
#: Someone who said something in a statement: "Gardaí said in a statement", "In a statement, the Diocese of Kingsmere
#: said".
_SAID_IN_A_STATEMENT = re.compile(
    rf"(?<![\w’'-])(?P<name>{NAME})\s+said\s+in\s+a\s+(?:[a-z-]+\s+)?statement"
    rf"|\b[Ii]n\s+a\s+(?:[a-z-]+\s+)?statement(?:\s+on\s+\w+)?,\s+(?:the\s+)?(?P<name2>{NAME})\s+said"
)
#: How far back "the statement" may find who wrote it.
_DOCUMENT_REACH = 3000
#: The noun of an anaphor meaning whichever person was spoken of last: "the 54-year-old", "the Spaniard".
SOMEONE_SPOKEN_OF = "someone spoken of"
#: Where someone is from, as sports and feature writing calls them: "Spaniard", "Dutchman", "Brazilian", "Northern
#: Irishman", "Kiwi".
_DEMONYM = re.compile(
    r"(?:(?:Northern|North|South|West|East|New)\s)?(?:[A-Z][a-z]+(?:man|woman|ard|ian|ean|ese|ish)|Scot|Swede|Dane|"
    r"Pole|Czech|Serb|Croat|Kiwi|Argentine|Turk|Greek|Swiss|Basque|Catalan|Briton|German|American|Mexican|Thai|Finn)"
)
_AGED = re.compile(r"\b(?:the|The)\s+(\d{1,3}-year-old)$")
#: A preposition (maybe with "the") just before a name: the name is governed, not the subject of what follows.
_GOVERNED_BEFORE = re.compile(r"(?<![\w’'-])(?:of|at|for|in|from|with|by|on)\s+(?:the\s+)?$")
_THE_ANAPHOR = re.compile(rf"the\s+(?:[\w-]+\s+){{0,2}}?({_ANAPHOR_ALT}|{_PERSON_ANAPHOR_ALT})\b")


class SubjectKind(StrEnum):
    NAME = "name"
    PRONOUN = "pronoun"
    ANAPHOR = "anaphor"  # a common noun referring back to an organisation
    ANONYMOUS = "anonymous"  # a source the text keeps unnamed ("one worker, who asked not to be named")


class Subject(NamedTuple):
    """Who a verb's subject names, and where. (A named tuple, not a frozen dataclass: one is made for nearly every
    speech verb in an article, and a tuple is built about three times faster, immutable all the same.)"""

    kind: SubjectKind
    text: str  # the name, pronoun or anaphor noun, as written (titles included)
    start: int
    end: int
    role: str = ""  # an appositive or descriptor found beside the name


#: Enum members read once, here: in Python 3.11 ``EnumType`` defines ``__getattr__``, which makes every attribute
#: look-up on an enum class a slow call, and these are read for nearly every speech verb.
_NAME_KIND, _PRONOUN_KIND, _ANAPHOR_KIND = SubjectKind.NAME, SubjectKind.PRONOUN, SubjectKind.ANAPHOR
_PERSON, _ORGANISATION = SpeakerKind.PERSON, SpeakerKind.ORGANISATION


def speech_verbs(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """What ``SPEECH_VERB.finditer(text, lo, hi)`` finds (the same match objects), found faster."""
    found = []
    if lo == 0 and (first := SPEECH_VERB.match(text, 0, hi)) is not None:
        found.append(first)
    for cue in _AFTER_NON_WORD.finditer(text, lo - 1 if lo > 0 else 0, hi):
        before = text[cue.start()]
        # Only ASCII word characters are ruled out by the pattern: a letter of another alphabet ("é" of "désaid")
        # makes this no word boundary. (``\w`` is ``str.isalnum`` or "_".)
        if before > "\x7f" and before.isalnum():
            continue
        found.append(SPEECH_VERB.match(text, cue.start() + 1, hi))
    return found


def strip_fillers(text: str, lo: int, hi: int) -> int:
    """Move ``hi`` left past white space and filler words such as "also" and "has"."""
    while True:
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        # The run of word characters ending at ``hi`` is a filler or not. A run longer than any filler is none, so
        # no more of it is read than one character past the longest.
        tail = text[hi - _FILLER_READ if hi - _FILLER_READ > lo else lo : hi]
        if not tail:
            return hi
        last = tail.rsplit(None, 1)[-1]
        # A last word of letters only is the run; otherwise only a run ending in a letter can be a filler.
        if not last.isalpha():
            if not last[-1].isalpha():
                return hi
            last = _LAST_WORD.search(tail).group()  # "(also" → "also"
        if last.lower() not in _FILLER:
            return hi
        hi -= len(last)


def find_subject(text: str, lo: int, verb_at: int) -> Subject | None:
    """The subject of the speech verb at ``verb_at``, looking back no further than ``lo``."""
    if _READ.match(text, verb_at) and not _DOCUMENT_BEFORE_READ.search(text, max(lo, verb_at - 40), verb_at):
        return None  # "read" is a verb of speech only for a document ("the statement read"), not for who reads
    hi = strip_fillers(text, lo, verb_at)
    if hi <= lo:
        return None
    # "National Civil Defence Institute (INDECI) said": the name before the bracketed acronym
    # or before a councillor's party and ward: "Cllr Siobhan O’Donoghue (Lib Dem, Fenmoor and Ashby) said"
    if (
        text[hi - 1] == ")"
        and (opening := text.rfind("(", max(lo, hi - 60), hi)) > lo
        and (" " not in text[opening:hi] or (text[opening - 1] == " " and text[opening - 2 : opening - 1].isalpha()))
    ):
        hi = strip_fillers(text, lo, opening)
        if hi <= lo:
            return None
    # Every pattern below is anchored at the verb and spans a few words, so only the clause's tail is read.
    tail_lo = hi - _SUBJECT_REACH if hi - _SUBJECT_REACH > lo else lo
    left = text[tail_lo:hi]
    # Each pattern ends at the verb, so a cheap look at the last word says which can match at all.
    last_word = left.rsplit(None, 1)[-1]
    last = last_word.lower()
    # A pronoun ending the text ends its last word, and starts in its last four characters.
    if last.endswith(_PRONOUNS) and (pronoun := _PRONOUN.search(left, max(0, len(left) - 4))):
        start = tail_lo + pronoun.start(1)
        return Subject(_PRONOUN_KIND, pronoun.group(1).lower(), start, tail_lo + pronoun.end(1))
    if last in _DOCUMENT_NOUNS and (document := _THE_DOCUMENT.search(left)):
        # "“When I learned what had happened, I felt physically sick,” the statement said": whoever wrote it
        start, end = tail_lo + document.start(), tail_lo + document.end()
        return _last_document_author(text, start, end)
    if _READ.match(text, verb_at):
        return None  # "read" speaks only for a document ("the statement read"), never for who reads ("she read it")
    if _has_spokes_word(left) and (
        spokes := _SPOKES_FOR.search(left) or (last in _SPOKES_LAST and _NAME_SPOKES.search(left))
    ):
        target = spokes.group("target")
        kind = _ANAPHOR_KIND if target.lower() in ORG_ANAPHORS else _NAME_KIND
        return Subject(kind, target, tail_lo + spokes.start("target"), tail_lo + spokes.end("target"))
    if last == "police" and (
        (last_word == "police" and (len(left) == 6 or left[-7].isspace()))
        or (last_word == "Police" and left[:-6].rstrip()[-1:] in ("", "—", "–", "-", ":"))
    ):
        # "…, police said", "Police say a cordon remains in place": the force named earlier, if any (but "Westshire
        # Police said" names it)
        return Subject(_ANAPHOR_KIND, "police", hi - len("police"), hi)
    anaphor_cue = last in ORG_ANAPHORS
    # "’s" or "'s" is in every match of _OWNED: where neither is, a search (dear, as NAME opens it) cannot match.
    if anaphor_cue and ("’s" in left or "'s" in left) and (owned := _OWNED.search(left)):
        start = tail_lo + owned.start("target")
        target = owned.group("target")
        if last == "office" and (owner := _owner_in_office(target)):
            return Subject(_NAME_KIND, owner, start, start + len(owner))  # "Matsuda’s office said": Matsuda
        return Subject(_NAME_KIND, target, start, tail_lo + owned.end("target"))
    if anaphor_cue and (anaphor := _ANAPHOR.search(left)):
        return Subject(_ANAPHOR_KIND, anaphor.group("noun"), tail_lo + anaphor.start("noun"), tail_lo + anaphor.end())
    if last.endswith("-year-old") and (aged := _AGED.search(left)):
        # "The 54-year-old told the commission …": the person spoken of last, whoever gave the age
        return Subject(_ANAPHOR_KIND, SOMEONE_SPOKEN_OF, tail_lo + aged.start(1), tail_lo + aged.end(1))
    if last in PERSON_ANAPHORS and (anaphor := _PERSON_ANAPHOR.search(left)):
        return Subject(_ANAPHOR_KIND, anaphor.group("noun"), tail_lo + anaphor.start("noun"), tail_lo + anaphor.end())
    if left.endswith(","):
        # "Senate Majority Leader Raymond Castellano, D-N.Y., told": the name before a legislator's party and state
        if "-" in left[-16:] and (party := _PARTY_TAG.search(left)) is not None:
            return find_subject(text, lo, tail_lo + party.start())
        return _appositive_subject(text, lo, hi - 1)
    if (name := name_ending(left, last_word)) and _is_name_text(named := name.group("name")):
        name_lo, name_hi = name.span("name")
        if _is_demonym(named) and left.endswith(("the ", "The "), 0, name_lo):
            # "the Spaniard said", "the Dutchman added": the person spoken of last, described by where they are from
            return Subject(_ANAPHOR_KIND, SOMEONE_SPOKEN_OF, tail_lo + name_lo, tail_lo + name_hi)
        start = tail_lo + name_lo
        kind = classify(named)
        governed = _GOVERNED_BEFORE.search(left, 0, name_lo) is not None
        if (kind != _PERSON or governed) and (person := _person_of(text, lo, hi)):
            # "Dr. Thomas Nguyen of the University of Melbourne wrote …": Nguyen, not the university; "Dr. Tevita
            # Fifita of the Pacific Islands Marine Centre in Suva said": Fifita, whatever Suva is
            return person
        if kind is None and (body := _body_of(text, lo, hi)):
            return body  # "The U.S. Attorney’s Office for the District of Massachusetts said": not Massachusetts
        if (
            kind == _ORGANISATION
            and governed
            and not _SPOKES_GOVERNING.search(left, 0, name_lo)  # "a spokesperson for the Ministry of …"
        ):
            # "Minister for Local Government Syed Ahsan Ali Bukhari assured …": the post's holder, named after it;
            # otherwise no one ("The head of supply chain at the Msunduzi Municipality has told …")
            return _portfolio_holder(left, name_lo, named, tail_lo)
        if governed and kind == _PERSON and (holder := _holder_after_portfolio(left, name_lo, named, tail_lo)):
            return holder  # "Minister for Education Catherine Brogan told the House": Catherine Brogan
        return Subject(_NAME_KIND, named, start, tail_lo + name_hi, descriptor(text, lo, start))
    if last_word.islower() and (" of " in left or " from " in left):
        return _person_of_group(left, tail_lo)
    return None


def _portfolio_holder(left: str, name_lo: int, named: str, tail_lo: int) -> Subject | None:
    """The person holding a post named with its portfolio: in "Minister for Local Government Syed Ahsan Ali Bukhari"
    the run after "for" names the portfolio up to its last organisation word ("Government"), then the person. The
    post is their role."""
    before = left[:name_lo].split()
    if len(before) < 2 or before[-2].lower() not in TITLE_WORDS:
        return None
    words = named.split()
    heads = [i for i, word in enumerate(words) if word.lower() in ORG_HEADS]
    holder = " ".join(words[heads[-1] + 1 :]) if heads else ""
    if len(holder.split()) < 2 or not _is_person(holder):
        return None
    start = tail_lo + name_lo + named.rindex(holder)
    role = " ".join([*before[-2:], *words[: heads[-1] + 1]])
    return Subject(_NAME_KIND, holder, start, start + len(holder), role)


def _holder_after_portfolio(left: str, name_lo: int, named: str, tail_lo: int) -> Subject | None:
    """The person holding a post whose portfolio is no organisation's name, "Minister for Education Catherine
    Brogan": the name from its first known given name on, where a title stands before the portfolio."""
    before = left[:name_lo].split()
    if len(before) < 2 or before[-2].lower() not in TITLE_WORDS:
        return None
    words = named.split()
    given = next((i for i, word in enumerate(words) if i and word.lower() in KNOWN_GIVEN_NAMES), None)
    if given is None or len(words) - given < 2:
        return None
    holder = " ".join(words[given:])
    start = tail_lo + name_lo + named.rindex(holder)
    return Subject(_NAME_KIND, holder, start, start + len(holder), " ".join([*before[-2:], *words[:given]]))


def _person_of_group(left: str, tail_lo: int) -> Subject | None:
    """A person named with the group they belong to in lower case, ending ``left``: "Haji Abdul Wahid Chandio of the
    treasury benches", "Ngata from the residents’ association". The group is their role."""
    words = left.rsplit(None, 5)
    for i in range(len(words) - 2, 0, -1):
        if words[i] not in ("of", "from"):
            continue
        group = words[i + 1 :]
        if group[0] == "the":
            group = group[1:]
        if not group or len(group) > 3 or not all(word[:1].islower() for word in group):
            return None
        head = left[: left.rindex(" " + words[i] + " ")]
        name = name_at_end(head)
        if name is None or not _is_person(named := name.group("name")) or not _is_name_text(named):
            return None
        start = tail_lo + name.start("name")
        return Subject(_NAME_KIND, named, start, start + len(named), left[name.end("name") :].strip())
    return None


def _last_document_author(text: str, start: int, end: int) -> Subject | None:
    """Who wrote the document "the statement" (or release, letter …) at ``start`` means: the author the text last gave
    for one ("a victim impact statement written by the Rev Canon Elspeth Marr"), not long before."""
    lo = max(0, start - _DOCUMENT_REACH)
    authors = [*_DOCUMENT_BY.finditer(text, lo, start), *_SAID_IN_A_STATEMENT.finditer(text, lo, start)]
    if not authors:
        return None
    last = max(authors, key=lambda match: match.start())
    found = last.groupdict()
    name = found.get("relative") or found.get("name") or found["name2"]
    if classify(name) is None:
        return None
    return Subject(_NAME_KIND, name, start, end)


def _is_demonym(name: str) -> bool:
    """Does ``name`` say where someone is from ("Spaniard"), not what they are ("Chairman"), nor name an outlet?"""
    return (
        _DEMONYM.fullmatch(name) is not None
        and name.lower() not in TITLE_WORDS
        and name.lower() not in ROLE_NOUNS
        and classify(name) == _PERSON
    )


def _owner_in_office(target: str) -> str | None:
    """The person whose office speaks for them ("Matsuda’s office"); None for anything else ("the Treasury’s press
    office", "Acme Corp’s office")."""
    owner, mark, rest = target.rpartition("s office")
    owner = owner[:-1]  # the apostrophe
    if not mark or rest or not owner or target[len(owner)] not in "’'":
        return None
    parsed = parse_name(owner)
    return owner if parsed is not None and classify(owner) == _PERSON else None


def _person_of(text: str, lo: int, hi: int) -> Subject | None:
    """A person named with where they work, ending at ``hi``: "Prof. Mehmet Aydın of Karolinska Institutet in
    Stockholm". Their role is the place ("of Karolinska Institutet in Stockholm")."""
    window_lo = max(lo, hi - 160)
    # A match lies inside the window, and so does the "of", "at" or "from" it holds.
    if _OF_AT_FROM.search(text, window_lo, hi) is None or (match := _PERSON_OF.search(text, window_lo, hi)) is None:
        return None
    name = match.group("name")
    parsed = parse_name(name)
    if parsed is None or not parsed.has_given_name or classify(name) != _PERSON:
        return None
    role = text[match.end("name") : hi].strip(" ,")
    return Subject(_NAME_KIND, name, match.start("name"), match.end("name"), role)


def _body_of(text: str, lo: int, hi: int) -> Subject | None:
    """An organisation named with the place it serves, ending at ``hi``: "The U.S. Attorney’s Office for the District
    of Massachusetts". The place is its role."""
    window_lo = max(lo, hi - 160)
    if (
        _OF_FOR_IN_AT_FROM.search(text, window_lo, hi) is None  # in every match, as in _person_of
        or (match := _BODY_OF.search(text, window_lo, hi)) is None
        or classify(match.group("name")) != _ORGANISATION
    ):
        return None
    role = text[match.end("name") : hi].strip(" ,")
    return Subject(_NAME_KIND, match.group("name"), match.start("name"), match.end("name"), role)


def _has_spokes_word(text: str) -> bool:
    """Does a word ``_SPOKES`` names occur in ``text``? (C substring searches: cheaper than one regex search.)"""
    return (
        "spokes" in text
        or "representative" in text
        or "statement" in text
        or "official" in text
        or "source" in text
        or "press office" in text
        or "lawyer" in text
        or "attorney" in text
    )


@lru_cache(maxsize=4096)  # asked of every name before a speech verb, and names recur throughout an article
def _is_name_text(name: str) -> bool:
    """Not a bare common noun ("Officials", "the aide"); "Westshire Police" names an organisation, though."""
    words = name.split()
    word = words[-1].lower()
    last = word.rstrip("’'s")  # "aides", "Officials’"
    common = last in COMMON_SOURCES or word.rstrip("’'") in COMMON_SOURCES  # "Growers", "Critics’"
    return not common or (len(words) > 1 and word in ORG_HEADS)


def _appositive_subject(text: str, lo: int, comma: int) -> Subject | None:
    """ "Henry Hertzfeld, a professor at …, told …": the name before the first comma of the clause."""
    last = text.rfind(",", lo, comma)
    role_word = text[max(lo, text.rfind(" ", lo, last) + 1) : last] if last > lo else ""
    # a role in lower case, or a role's abbreviation ("Its CEO, Paul Matthee, said")
    if last > lo and ((text[last - 1].islower() and role_word[:1].islower()) or role_word.lower() in _ROLE_ACRONYMS):
        # "…, in which Halcyon's head of global policy, Dana Whitfield, told …": a person named in an aside just
        # before the verb, after a role in lower case, is who speaks
        named = text[last + 1 : comma].strip()
        if _WHOLE_NAME.fullmatch(named) and _is_name_text(named) and _is_person(named):
            start = text.index(named, last + 1)
            role = " ".join(text[lo:last].rsplit(",", 1)[-1].split()[-6:])
            return Subject(_NAME_KIND, named, start, start + len(named), role)
    for match in _APPOSED.finditer(text, lo, comma + 1):
        start, end = match.start(), match.end()
        # Only the words since the last comma count: "In an op-ed published … on Tuesday, Luis Ocampo, a …, wrote".
        before = text[lo:start].rsplit(",", 1)[-1]
        if SPEECH_VERB.search(before):
            return None
        words = before.split()
        if words[:1] in _RELATIVE:
            continue  # "Michael Fallon, who has raised the issue in the Dáil, wrote": not the Dáil
        if words[-1:] == ["the"]:
            words = words[:-1]
        if match.group().startswith(_OPENING_PREPOSITIONS):
            continue  # "At Kiti, Mrs Grace Njeri Wambui, a 58-year-old vegetable vendor …, said": not the place
        if words[-1:] in _GOVERNED:  # "the ambassador to Oman, Chiara Dell’Orto, said": not Oman
            if _SPOKES_BEFORE_NAME.search(before) and _is_name_text(match.group()):
                # "A spokesperson for Martin Ebbs, the police and crime commissioner, said": Ebbs speaks through them
                return Subject(_NAME_KIND, match.group(), start, end)
            continue
        if len(before.split()) > 8:
            return None
        if not _is_name_text(match.group()) or classify(match.group()) is None:
            continue
        role = text[text.find(",", end) + 1 : comma].strip(" ,")
        if role.split(" ", 1)[0].lower() in {"who", "which"}:
            role = ""
        if role[:1].isupper() and _is_person(role) and not _is_person(match.group()) and _names_a_post(text[lo:end]):
            # "The state’s Commissioner for Waterfront Infrastructure and Resilience, Dr Ifeoma Okafor, told …": the
            # capitalised words before the comma are her title, and the aside is who speaks
            named = text.index(role, end + 1)
            title = text[lo:end].strip(" ,")
            return Subject(_NAME_KIND, role, named, named + len(role), title)
        return Subject(_NAME_KIND, match.group(), start, end, role or descriptor(text, lo, start))
    return _person_of(text, lo, comma) or _organisation_of_before_aside(text, lo, comma)


def _organisation_of_before_aside(text: str, lo: int, comma: int) -> Subject | None:
    """ "The National Coalition of Fire Counties, which represents 140 county governments, said": an organisation
    named "… of …", then an aside, the subject."""
    first = text.find(",", lo, comma)
    if first < 0 or (org := _ORG_OF_ENDING.search(text, max(lo, first - 120), first)) is None:
        return None
    name = org.group("name")
    head = name.split(" of ")[0].split(" for ")[0]
    if classify(head) != _ORGANISATION:
        return None
    return Subject(_NAME_KIND, name, org.start("name"), org.end("name"))


def descriptor(text: str, lo: int, name_start: int) -> str:
    """The role words just before a name: "Italian planetary scientist" in "… scientist Roberto Orosei"."""
    window = text[name_start - 90 if name_start - 90 > lo else lo : name_start]
    # The role words end with the word before the name, in lower case: a name after a comma, a quotation
    # mark, "the" or a capitalised word has none (the commonest cases, told from that word alone). (A blank
    # window splits into no words at all.)
    words = window.rsplit(None, 1)
    last = words[-1] if words else ""
    if not last or last.endswith(_STOP_CHARS) or last in _STOP_WORDS or (last.isalpha() and not last[0].islower()):
        return ""
    stop = _LAST_DESCRIPTOR_STOP.match(window)
    tokens = window[stop.end() :].split() if stop else window.split()
    while tokens and tokens[0].lower() in _LEADING_WORDS:
        tokens.pop(0)
    if not tokens or not tokens[-1][:1].islower() or len(tokens) > 8:
        return ""
    if any(t.lower() in SPEECH_VERBS or t.lower() in PARTICIPLES for t in tokens):
        return ""
    return " ".join(tokens)


def attribution_start(text: str, lo: int, hi: int) -> int:
    """Where an attribution starting at ``lo`` has its first word: past spaces, commas and dashes ("…,” she said")."""
    while lo < hi and text[lo] in " ,—–-":
        lo += 1
    return lo


def subject_at_start(text: str, lo: int, hi: int) -> Subject | None:
    """A subject that opens ``text[lo:hi]`` and is all of it (for "…,” Sanders said" and "…, the firm said")."""
    lo = attribution_start(text, lo, hi)
    span = text[lo:hi].strip()
    if not span or span.split(" ", 1)[0].lower() in _CONJUNCTIONS:
        return None
    subject = find_subject(text, lo, hi)
    if subject is None:
        return None
    covered = text[lo : subject.start]
    if subject.kind == _NAME_KIND and subject.role and subject.role in covered:
        return subject
    if subject.kind == _NAME_KIND and (titled := _ROLE_COMMA.fullmatch(covered)):
        # "Skylane's chief executive, Dr. Annelise Brouwer-Maas, said": the role, then the person
        return Subject(subject.kind, subject.text, subject.start, subject.end, subject.role or titled.group("role"))
    if covered.strip() and not _COVERED.fullmatch(covered):
        return None
    return subject


def inverted_subject(text: str, lo: int, hi: int) -> Subject | None:
    """The subject of an inverted attribution, "said Hertzfeld, a professor …", starting at ``lo``."""
    rest = text[lo:hi]
    if (titled := _ROLE_THEN_NAME.match(rest)) and (
        _is_person(titled.group("name")) or _is_relative(titled.group("role"), titled.group("name"))
    ):
        # "said the association's president, Mereana Tipene-Walker, a maths teacher"; "said Jadhav's wife, Sangita,"
        start = lo + titled.start("name")
        return Subject(_NAME_KIND, titled.group("name"), start, lo + titled.end("name"), titled.group("role"))
    if (
        (roled := _ROLE_WORDS_THEN_NAME.match(rest))
        and roled.group("noun") in ROLE_NOUNS
        and _is_person(roled.group("name"))
    ):
        # "said co-author Park Min-jae of the Korea Institute …", "said defence lawyer Ana Goldfarb"
        start = lo + roled.start("name")
        return Subject(_NAME_KIND, roled.group("name"), start, lo + roled.end("name"), roled.group("role"))
    if match := name_at_start(rest):
        name = match.group("name")
        if not _is_name_text(name):
            return None
        end = lo + match.end("name")
        role = ""
        if text[end : end + 2] == ", ":
            role_match = _ROLE.match(text[end + 2 : hi])
            role = role_match.group().strip() if role_match else ""
        return Subject(_NAME_KIND, name, lo, end, role)
    if spokes := _SPOKES_BEFORE.match(rest):
        after = rest[spokes.end() :]
        if (target := name_at_start(after)) or (target := _ANAPHOR_WORD.match(after)):
            word = target.group()
            kind = _ANAPHOR_KIND if word.lower() in ORG_ANAPHORS else _NAME_KIND
            start = lo + spokes.end() + target.start()
            return Subject(kind, word, start, start + len(word))
    if anaphor := _THE_ANAPHOR.match(rest):
        return Subject(_ANAPHOR_KIND, anaphor.group(1), lo + anaphor.start(1), lo + anaphor.end(1))
    return None


_GOVERNED = [[word] for word in ("of", "at", "for", "in", "from", "on", "to")]
_RELATIVE = [[word] for word in ("who", "which", "whose", "whom")]
_ROLE_ACRONYMS = frozenset({"ceo", "cfo", "coo", "cto"})
#: A preposition opening a sentence, which the name pattern reads as part of a name ("At Kiti").
_OPENING_PREPOSITIONS = ("At ", "In ", "On ", "From ", "Outside ", "Inside ", "Near ")


def _names_a_post(words: str) -> bool:
    """Do these words name a post ("The state’s Commissioner for Waterfront Infrastructure and Resilience")?"""
    return any(word.lower() in TITLE_WORDS for word in words.split() if word[:1].isupper())


def _is_relative(role: str, name: str) -> bool:
    """Is ``name`` a relative's first name after their role ("Jadhav's wife", "Sangita")?"""
    return role.rsplit(None, 1)[-1].lower() in KIN_NOUNS and " " not in name and classify(name) == _PERSON


def _is_person(name: str) -> bool:
    parsed = parse_name(name)
    return parsed is not None and parsed.has_given_name and classify(name) == _PERSON


def needs_that(verb: str) -> bool:
    return verb.lower() in THAT_ONLY_VERBS


def is_naming_verb(verb: str) -> bool:
    return verb.lower() in NAMING_VERBS
