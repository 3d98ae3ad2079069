"""The people and organisations an article quotes, resolved mention by mention.

A ``SpeakerRegistry`` is filled in reading order: each name, pronoun or anaphor is resolved against
what came before — a surname to the full name introduced earlier, "he"/"she" to the most recent person
who fits, "the company" to the most recent organisation. At the end, near-identical surnames used for
one person (Saunders/Sanders) are merged into one speaker with an alias.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from ..ids import annotation_id
from ..model import Origin, Speaker, SpeakerKind
from .attribution import SOMEONE_SPOKEN_OF, Subject, SubjectKind
from .lexicon import (
    FEMALE_KIN,
    GENERIC_ORG_NOUNS,
    GIVEN_NAMES_FEMALE,
    GIVEN_NAMES_MALE,
    INSTITUTION_HEADS,
    IRISH_POLICE,
    KNOWN_GIVEN_NAMES,
    MALE_KIN,
    ORG_ANAPHORS,
    ORG_HEADS,
    PRONOUNS_FEMALE,
    PRONOUNS_MALE,
    ROLE_NOUNS,
)
from .names import ParsedName, classify, is_acronym, normalise, parse_name

#: How far back (in characters) a pronoun or "the company" may look for its antecedent.
_PRONOUN_REACH = 3000
_ANAPHOR_REACH = 3000
#: "They" for an organisation only if it spoke lately: further back, "they" is more often a group of people.
_THEY_REACH = 1000
#: "The group said" right after an organisation spoke is that organisation, whatever else the article calls a group.
_JUST_SPOKEN = 400
#: Nouns that name the same kind of body: "the force" for Westshire Police.
_SAME_BODY = {
    "force": ("police", "constabulary"),
    "police": ("constabulary",),
    "constabulary": ("police",),
    "department": ("ministry",),
    "ministry": ("department",),
}
#: How far back "the ministry" or "the judge" may look for the one organisation or person it names: far, since only
#: one that fits is taken.
_NAMED_REACH = 12000
_FEMALE_TITLES = frozenset(
    {"ms.", "mrs.", "ms", "mrs", "miss", "madam", "queen", "princess", "chairwoman", "spokeswoman", "dame", "baroness"}
)
_MALE_TITLES = frozenset({"mr.", "mr", "sir", "king", "prince", "chairman", "spokesman", "lord", "baron"})
#: Enum members read once, here: in Python 3.11 ``EnumType`` defines ``__getattr__``, which makes every attribute
#: look-up on an enum class a slow call, and these are read for every mention and every speaker looked back on.
_PRONOUN_KIND, _ANAPHOR_KIND, _ANONYMOUS_KIND = SubjectKind.PRONOUN, SubjectKind.ANAPHOR, SubjectKind.ANONYMOUS
_PERSON, _ORGANISATION = SpeakerKind.PERSON, SpeakerKind.ORGANISATION
#: he/his/him (group 1), her/hers (group 2) and she (group 3) as whole words, of lower-cased text. Every one holds an
#: "h" at a fixed place, so the pattern opens with it and only then looks back for the word's start ("she": an "s"
#: with no word character before it): the engine skips from one "h" to the next with a plain character search,
#: instead of trying the pattern at every "h" and "s".
_GENDERED = re.compile(r"h(?:(?<!\w.)(e|i[sm])|(?<!\w.)(ers?)|(?<=s.)(?<!\w..)(e))\b")


@dataclass
class _Entry:
    """A speaker while the article is being read (mutable, private to one extraction run)."""

    key: int
    name: ParsedName
    kind: SpeakerKind
    first_at: int
    roles: list[str] = field(default_factory=list)
    spellings: dict[str, None] = field(default_factory=dict)  # every form the text used, in order
    gender: str = ""
    last_at: int = 0
    merged_into: int | None = None


@dataclass(frozen=True)
class Variant:
    """A spelling merged into another speaker's name, for the "same person spelled two ways" check."""

    spelling: str
    canonical: str


class _Name(NamedTuple):
    """A written name as the registry reads it: parsed, classified, and keyed."""

    parsed: ParsedName
    kind: SpeakerKind
    surname: str  # lower-cased, as ``_by_word`` holds words
    first: str  # the first word, lower-cased
    titled: str  # the name with its title, where it has one ("Dr. Ana Ruiz"), else ""


@lru_cache(maxsize=4096)
def _name_of(raw: str) -> _Name | None:
    """The name ``raw`` writes, if it names someone who can speak. (Every mention of a speaker asks this, and names
    recur throughout an article: one cached look-up does the work of parsing, classifying and lower-casing.)"""
    parsed = parse_name(raw)
    if parsed is None:
        return None
    kind = classify(parsed.full)
    if kind is None:
        return None
    titled = f"{parsed.title} {parsed.full}" if parsed.title else ""
    return _Name(parsed, kind, parsed.surname.lower(), parsed.tokens[0].lower(), titled)


#: The name of an unnamed source (never shown: an unnamed source is no speaker).
_UNNAMED = ParsedName("unnamed source", ("unnamed", "source"), "source", "")
#: What ``mention`` keeps for a name not searched for since the speakers last changed (None means "no one").
_UNSEARCHED = -1


class SpeakerRegistry:
    def __init__(self) -> None:
        self._entries: list[_Entry] = []
        self._by_full: dict[str, int] = {}
        self._by_word: dict[str, list[int]] = {}  # every word of a speaker's name -> their keys
        # (last_at, key) of every entry, ascending: a look-back reads it from ``at`` down and stops at its reach,
        # so it sees only the few speakers named lately, the latest (and, on a tie, the later entry) first.
        self._recency: list[tuple[int, int]] = []
        # What ``_search`` answered for a name; it depends only on the entries' names, so it is dropped whenever
        # an entry is added, takes a fuller name, or is merged. Keyed by the full name: all of the name that
        # ``_search`` reads, as it is the tokens joined by single spaces (none holds white space) and so gives them and
        # the surname taken from them.
        self._found: dict[str, int | None] = {}
        self.unnamed: set[int] = set()  # the keys of sources the text keeps unnamed, whose words are no one's quotes

    # -- resolving mentions -------------------------------------------------------------------
    def resolve(self, subject: Subject, at: int, sentence: str | Callable[[], str] = "") -> int | None:
        """The speaker a subject names, registering a new one where the name is new. ``sentence`` (or a function
        giving it, called only when needed) tells the gender of a person whose gender is not yet known."""
        if subject.kind == _PRONOUN_KIND:
            key = self._pronoun(subject.text, at)
        elif subject.kind == _ANAPHOR_KIND:
            key = self._anaphor(subject.text, at)
        elif subject.kind == _ANONYMOUS_KIND:
            key = self._unnamed(at)
        else:
            key = self.mention(subject.text, at, subject.role)
        if key is not None:
            entry = self._entries[key]
            self._advance(entry, at)
            if sentence and not entry.gender and entry.kind == _PERSON:
                entry.gender = _gender_from(sentence() if callable(sentence) else sentence)
        return key

    def mention(self, raw: str, at: int, role: str = "", *, create: bool = True) -> int | None:
        """Resolve a written name; with ``create`` False, only known speakers are returned."""
        written = None
        if raw.lower() in IRISH_POLICE:  # "Garda Síochána", "a Garda spokesman": the one force, as Irish news names it
            written, raw = raw, "Gardaí"
        name = _name_of(raw)
        if name is None:
            return None
        parsed = name.parsed
        kind = name.kind
        if kind == _PERSON and role and _role_makes_organisation(parsed, role):
            kind = _ORGANISATION  # "FluoroEurope, a Brussels-based association …"
        if (
            not create
            and name.surname not in self._by_word
            and name.first not in self._by_word
            and not (kind == _ORGANISATION and is_acronym(parsed.full))
        ):
            return None  # shares no word with any known speaker's name, so cannot be one of them (nor is initials)
        # What the speakers' names answer for this name, searched once until they change. (Read here, not in a
        # method of its own: every mention asks, and most only look the answer up.)
        key = self._found.get(parsed.full, _UNSEARCHED)
        if key is _UNSEARCHED:
            key = self._found[parsed.full] = self._search(parsed)
        if key is None:
            if not create:
                return None
            key = len(self._entries)
            self._entries.append(_Entry(key, parsed, kind, at, last_at=at))  # its gender is read just below
            insort(self._recency, (at, key))
            self._by_full[normalise(parsed.full)] = key
            self._index(key, parsed)
            self._found.clear()
        entry = self._entries[key]
        if not entry.gender and entry.kind == _PERSON:
            # From the title or given name, when first named or later ("Naidoo", then "Mr Naidoo").
            entry.gender = _gender_of_title(parsed.title) or _gender_of_role(role) or _gender_of_given(parsed)
        if parsed.has_given_name and not entry.name.has_given_name:
            # "Hertzfeld" was seen first; now the full name: keep the full one as the name
            entry.spellings.setdefault(entry.name.full)
            entry.name = parsed
            self._by_full[normalise(parsed.full)] = key
            self._index(key, parsed)
            self._found.clear()
        entry.spellings.setdefault(parsed.full)
        if written is not None:
            entry.spellings.setdefault(written)
        if name.titled:
            entry.spellings.setdefault(name.titled)
        if role and role not in entry.roles:
            entry.roles.append(role)
        return key

    def _search(self, parsed: ParsedName) -> int | None:
        exact = self._by_full.get(normalise(parsed.full))
        if exact is not None:
            return exact
        tokens = [t.lower() for t in parsed.tokens]
        surname = parsed.surname.lower()
        # Only entries sharing a word with the name can match; most recent first, as the text reads back.
        keys = set(self._by_word.get(surname, ()))
        if not parsed.has_given_name or tokens[0] in KNOWN_GIVEN_NAMES:
            keys.update(self._by_word.get(tokens[0], ()))
        candidates = []
        for key in sorted(keys, reverse=True):
            entry = self._entries[key]
            known = entry.name
            if parsed.has_given_name and known.has_given_name:
                if known.surname.lower() == surname and _given_compatible(known, parsed):
                    return entry.key
                continue
            if parsed.has_given_name and known.surname.lower() == tokens[0] and entry.kind == _PERSON:
                # "Hannah" (known by her given name alone), then "Hannah Cardew": the same person, named in full
                candidates.append(entry.key)
                continue
            if (
                not parsed.has_given_name and tokens[0] in (known.surname.lower(), *(t.lower() for t in known.tokens))
            ) or (not known.has_given_name and known.surname.lower() == surname):
                candidates.append(entry.key)
        if candidates:
            return candidates[0]
        return self._initialled(parsed.full) if is_acronym(parsed.full) else None

    def _initialled(self, acronym: str) -> int | None:
        """The organisation whose name ``acronym`` is made of the initials of, named in full before ("ASIC" for the
        Australian Securities and Investments Commission, "ECOWAS" for the Economic Community of West African
        States), the latest first."""
        for entry in reversed(self._entries):
            if entry.kind == _ORGANISATION and entry.merged_into is None and acronym in _initials(entry.name.full):
                return entry.key
        return None

    def _index(self, key: int, name: ParsedName) -> None:
        for word in {name.surname.lower(), *(t.lower() for t in name.tokens)}:
            self._by_word.setdefault(word, []).append(key)

    def _pronoun(self, pronoun: str, at: int) -> int | None:
        if pronoun == "it":
            # An organisation; else a one-word name the text never gave a person's marks, if it has just spoken
            # ("KyrInform reported that …. It said …")
            key = self._recent(at, _ANAPHOR_REACH, lambda e: e.kind != _PERSON)
            return key if key is not None else self._recent(at, _JUST_SPOKEN, _lone_word)
        if pronoun == "they":
            return self._recent(at, _THEY_REACH, lambda e: e.kind != _PERSON)
        gender = "m" if pronoun in PRONOUNS_MALE else "f" if pronoun in PRONOUNS_FEMALE else ""
        # The latest person of that gender, unless a person of unknown gender was named strictly later.
        fitting: _Entry | None = None
        unknown: _Entry | None = None
        for entry in self._looking_back(at, _PRONOUN_REACH):
            if unknown is not None and entry.last_at < unknown.last_at:
                break  # no person of that gender ties with the unknown one
            if entry.kind != _PERSON:
                continue
            if entry.gender == gender:
                fitting = entry
                break
            if not entry.gender and unknown is None:
                unknown = entry
        chosen = fitting if unknown is None or (fitting is not None and fitting.last_at == unknown.last_at) else unknown
        if chosen is None:
            return None
        if not chosen.gender:
            chosen.gender = gender
        return chosen.key

    def _unnamed(self, at: int) -> int:
        """A new source the text keeps unnamed: never a speaker (no bare common noun is one), but the person the
        next "she said" means ("One picker, who asked not to be named, said … “…,” she said"). Not indexed by
        name, so no later name can find it."""
        key = len(self._entries)
        self._entries.append(_Entry(key, _UNNAMED, _PERSON, at, last_at=at))
        insort(self._recency, (at, key))
        self.unnamed.add(key)
        return key

    def _anaphor(self, noun: str, at: int) -> int | None:
        noun = noun.lower()

        nouns = {noun, *_SAME_BODY.get(noun, ())}

        def named(entry: _Entry) -> bool:
            # "the council" for Harwell City Council; "the utility" for "Harwell Water Services, the … utility"
            return entry.kind != _PERSON and (
                not nouns.isdisjoint(entry.name.full.lower().split())
                or any(not nouns.isdisjoint(role.lower().split()) for role in entry.roles)
            )

        def business(entry: _Entry) -> bool:
            # a firm, not a school, a police force or a ministry: "the company" means none of those
            return entry.kind == _ORGANISATION and entry.name.surname.lower() not in INSTITUTION_HEADS

        def business_or_lone_word(entry: _Entry) -> bool:
            # "Brightcart said in a statement … “…,” the company said"
            return business(entry) or _lone_word(entry)

        def holder(entry: _Entry) -> bool:
            # "the judge" for U.S. District Judge Catalina de Souza; "the striker" for "striker Kofi Asante-Boateng"
            if entry.kind != _PERSON:
                return False
            titles = {noun, *_SAME_ROLE.get(noun, ())}
            return not titles.isdisjoint(entry.name.title.lower().split()) or any(
                not titles.isdisjoint(role.lower().split()) for role in entry.roles
            )

        if noun == SOMEONE_SPOKEN_OF:
            return self._recent(at, _PRONOUN_REACH, lambda entry: entry.kind == _PERSON)
        if noun in ROLE_NOUNS and noun not in ORG_ANAPHORS:
            return self._recent(at, _NAMED_REACH, holder)
        # "the ministry" is the ministry named last, never merely the last organisation, however long ago it was
        # named; "the company" may be any firm spoken of lately, and is first the one that has just spoken.
        if noun in GENERIC_ORG_NOUNS and (key := self._recent(at, _JUST_SPOKEN, business_or_lone_word)) is not None:
            return key
        key = self._recent(at, _NAMED_REACH, named)
        if key is None and noun in GENERIC_ORG_NOUNS:
            key = self._recent(at, _ANAPHOR_REACH, business_or_lone_word)
        return key

    def _recent(self, at: int, reach: int, accept) -> int | None:  # type: ignore[no-untyped-def]
        """The latest speaker ``accept`` takes, last seen from ``at - reach`` to ``at`` (the later entry on a tie)."""
        for entry in self._looking_back(at, reach):
            if accept(entry):
                return entry.key
        return None

    def _looking_back(self, at: int, reach: int) -> Iterator[_Entry]:
        """The unmerged speakers last seen from ``at - reach`` to ``at``, latest first (the later entry on a tie)."""
        recency, entries = self._recency, self._entries
        lowest = at - reach
        index = bisect_left(recency, (at + 1,))  # past every entry last seen at or before ``at``
        while index:
            index -= 1
            last_at, key = recency[index]
            if last_at < lowest:
                return
            entry = entries[key]
            if entry.merged_into is None:
                yield entry

    def _advance(self, entry: _Entry, at: int) -> None:
        """Mark ``entry`` as seen at ``at`` (never earlier than it was last seen)."""
        if at > entry.last_at:
            recency, seen = self._recency, (entry.last_at, entry.key)
            entry.last_at = at
            if recency[-1] == seen:
                recency[-1] = (at, entry.key)  # the speaker seen last, seen again: still the last
            else:
                del recency[bisect_left(recency, seen)]
                insort(recency, (at, entry.key))

    def touch(self, key: int, at: int) -> None:
        self._advance(self._entries[key], at)

    def named_in_passing(self, name: str, written_at: int, pronoun: str, at: int) -> int | None:
        """The person ``name`` (written in full at ``written_at``, where nobody made them a speaker) as the one
        ``pronoun`` at ``at`` means, if their given name does not say the other gender."""
        parsed = parse_name(name)
        if parsed is None or not parsed.has_given_name:
            return None
        gender = "m" if pronoun in PRONOUNS_MALE else "f" if pronoun in PRONOUNS_FEMALE else ""
        given = _gender_of_given(parsed)
        if not gender or (given and given != gender):
            return None
        key = self.mention(name, written_at)
        if key is not None:
            entry = self._entries[key]
            if entry.kind != _PERSON or (entry.gender and entry.gender != gender):
                return None
            entry.gender = entry.gender or gender
            self._advance(entry, at)
        return key

    # -- finishing ------------------------------------------------------------------------------
    def merge_variants(self, used: set[int]) -> tuple[dict[int, int], tuple[Variant, ...]]:
        """Merge near-identical surnames of one person; returns key -> surviving key, and the variants."""
        mapping = {e.key: e.key for e in self._entries}
        variants: list[Variant] = []
        people = [e for e in self._entries if e.kind == _PERSON and e.key in used]
        for late in people:
            for early in people:
                if early.first_at >= late.first_at or mapping[early.key] != early.key or late is early:
                    continue
                if _same_person(early, late):
                    mapping[late.key] = early.key
                    late.merged_into = early.key
                    for spelling in late.spellings:
                        early.spellings.setdefault(spelling)
                    early.roles.extend(r for r in late.roles if r not in early.roles)
                    variants.append(Variant(late.name.surname, early.name.surname))
                    self._found.clear()
                    break
        return mapping, tuple(variants)

    def speaker(self, key: int, confidence: float) -> Speaker:
        entry = self._entries[key]
        aliases = tuple(s for s in entry.spellings if s != entry.name.full)
        if entry.name.surname != entry.name.full and entry.name.surname not in aliases:
            aliases = (*aliases, entry.name.surname)
        role = entry.roles[0] if entry.roles else _title_as_role(entry.name.title)
        return Speaker(
            id=annotation_id("auto-speaker", entry.name.full),
            name=entry.name.full,
            kind=entry.kind,
            aliases=aliases,
            role=role,
            origin=Origin.AUTOMATIC,
            confidence=round(confidence, 2),
        )

    def kind(self, key: int) -> SpeakerKind:
        return self._entries[key].kind


def _given_compatible(a: ParsedName, b: ParsedName) -> bool:
    first_a, first_b = a.tokens[0].rstrip("."), b.tokens[0].rstrip(".")
    if a.surname == a.tokens[0] or b.surname == b.tokens[0]:
        return a.full.lower() == b.full.lower()
    return first_a.lower().startswith(first_b.lower()) or first_b.lower().startswith(first_a.lower())


def _same_person(early: _Entry, late: _Entry) -> bool:
    a, b = early.name.surname.lower(), late.name.surname.lower()
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 4:
        return False
    if _edit_distance_over(a, b, 1 if max(len(a), len(b)) < 8 else 2):
        return False
    if late.name.has_given_name and early.name.has_given_name:
        return False
    return not late.name.has_given_name or _roles_overlap(early.roles, late.roles)


def _roles_overlap(a: list[str], b: list[str]) -> bool:
    words = re.compile(r"[a-z]{4,}")
    left = set(words.findall(" ".join(a).lower()))
    right = set(words.findall(" ".join(b).lower()))
    return len(left & right) >= 2


def _edit_distance_over(a: str, b: str, limit: int) -> bool:
    """Is the edit distance of ``a`` and ``b`` over ``limit``? Most surnames compared differ in length by more than
    ``limit`` (no distance is less than that) or in more than ``limit`` letters early on: the full table is not
    needed to tell. Their common start and end take no edits, so only what lies between is compared, row by row,
    until every entry of a row is over ``limit`` (no later row has a smaller one)."""
    if abs(len(a) - len(b)) > limit:
        return True
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    a, b = a[start:], b[start:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return True
        previous = current
    return previous[-1] > limit


def _gender_from(sentence: str) -> str:
    male = female = False
    for he, _her, _she in _GENDERED.findall(sentence.lower()):  # one of the three found, the others empty
        if he:
            male = True
        else:
            female = True
    return "m" if male and not female else "f" if female and not male else ""


def _lone_word(entry: _Entry) -> bool:
    """Is ``entry`` a one-word name never given a first name, title, role or gender, as likely a firm as a person
    ("Brightcart", "Nvidia"; not "foreign policy expert Sanders")?"""
    return (
        entry.kind == _PERSON
        and len(entry.name.tokens) == 1
        and not entry.name.title
        and not entry.gender
        and not entry.roles
        and not entry.name.has_given_name
    )


def _role_says_organisation(role: str) -> bool:
    """Does an aside call its name an organisation ("a Brussels-based association representing producers", "the
    council-owned utility that runs the supply")? Only the words before its first preposition or clause count:
    "a professor at the university" is a person."""
    for word in role.lower().split()[:6]:
        if word in _ROLE_STOPS:
            return False
        if word in ORG_ANAPHORS or word in ORG_HEADS:
            return True
    return False


def _role_makes_organisation(name: ParsedName, role: str) -> bool:
    """Does the role make a name that reads as a person's an organisation's? For one word, if the role calls it one
    anywhere; for more ("Consumer advocacy group SuperWatch Australia"), only if the role's head noun does (not "a
    group leader") and the first word is no known given name."""
    if not name.has_given_name:
        return _role_says_organisation(role)
    if name.tokens[0].lower() in KNOWN_GIVEN_NAMES:
        return False
    head = ""
    for word in role.lower().split():
        if word in _ROLE_STOPS:
            break
        head = word
    return head in ORG_ANAPHORS or head in ORG_HEADS


#: Titles and roles a role noun stands for: "the learned judge" for Justice Lucy Wanjiru Mbugua, "the legislator" for
#: a Member of Parliament.
_LEGISLATORS = ("mp", "mla", "msp", "td", "senator", "congressman", "congresswoman", "representative")
_SAME_ROLE = {
    "judge": ("justice",),
    "legislator": (*_LEGISLATORS, "lawmaker"),
    "lawmaker": (*_LEGISLATORS, "legislator"),
}

_ROLE_STOPS = frozenset("at of for in with from on by to who which that whose representing and or".split())


def _gender_of_given(name: ParsedName) -> str:
    """The gender a person's given name says, where it says one clearly ("Tomasz", "Gabriela")."""
    if not name.has_given_name:
        return ""
    given = name.tokens[0].lower()
    return "m" if given in GIVEN_NAMES_MALE else "f" if given in GIVEN_NAMES_FEMALE else ""


def _gender_of_role(role: str) -> str:
    """The gender a relative's role says ("His wife", "her son"); "" for any other role."""
    last = role.rsplit(None, 1)[-1].lower().strip(",") if role.strip() else ""
    return "f" if last in FEMALE_KIN else "m" if last in MALE_KIN else ""


def _gender_of_title(title: str) -> str:
    lowered = title.lower()
    return "f" if lowered in _FEMALE_TITLES else "m" if lowered in _MALE_TITLES else ""


#: Courtesy titles say nothing about what a person does, so they never stand in for a role.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "miss", "sir", "dame"})


def _title_as_role(title: str) -> str:
    """A title that tells what someone does ("Foreign Minister", "Maj.") serves as their role; "Dr." does not."""
    return "" if title.lower().rstrip(".") in _HONORIFICS else title


def _initials(name: str) -> tuple[str, str, str]:
    """The initials of a name's words: of all of them, of its capitalised ones, and of those without a country's
    abbreviation before them ("ECOWAS" and "ECWAS" for the Economic Community of West African States, "CPSC" for
    the U.S. Consumer Product Safety Commission)."""
    words = name.replace("-", " ").split()
    capitalised = [w for w in words if w[0].isupper()]
    return (
        "".join(w[0] for w in words).upper(),
        "".join(w[0] for w in capitalised),
        "".join(w[0] for w in capitalised if "." not in w),
    )
