"""Quotes in an article: direct (in quotation marks), partial (a few quoted words) and indirect (reported).

Reading goes paragraph by paragraph. For each paragraph the candidate attributions are collected —
a quoted segment with the attribution after it ("…,” Hertzfeld said) or before it (X said: “…”),
reported speech ("X told VOA that …", "according to X, …", "…, the company said", "For X, …") and
mentions that introduce a person ("Dr. Mir Sadat, who …") — then resolved against the speaker registry
in the order they are written, so a pronoun finds the person most recently named before it. A quote
with no attribution of its own takes the speaker of the quote just before it, in the same paragraph or
(when the paragraph opens with it) the previous one; a quoted phrase that no one can be found to have
said is a scare quote or a title and is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from operator import attrgetter

from ..model import Article, BlockKind, QuoteKind, Sentence, SpeakerKind
from .attribution import (
    DOCUMENT_BY,
    SPEECH_VERB,
    Subject,
    SubjectKind,
    attribution_start,
    descriptor,
    find_subject,
    inverted_subject,
    is_naming_verb,
    needs_that,
    speech_verbs,
    subject_at_start,
)
from .lexicon import (
    AUDIENCE_NOUNS,
    GENERIC_ORG_NOUNS,
    INSTITUTION_HEADS,
    IRISH_POLICE,
    KIN_NOUNS,
    KNOWN_GIVEN_NAMES,
    NAME_PARTICLES,
    NAMING_VERBS,
    NON_NAME_WORDS,
    ORG_ANAPHORS,
    ORG_HEADS,
    PARTICIPLES,
    PERSON_ANAPHORS,
    ROLE_NOUNS,
    SCARE_MARKERS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    WORK_NOUNS,
)
from .names import NAME, NAME_FIRST, classify, is_acronym, parse_name, strip_possessive
from .patterns import alternation
from .quotemarks import Pairing, Segment, pair_block, single_mark_style
from .speakers import SpeakerRegistry
from .transcript import Turn, is_answer_label, transcript_turns

#: Enum members read once, here: in Python 3.11 an attribute look-up on an enum class is a slow call (about ten times
#: a global's), and these are read for nearly every sentence, speech verb and candidate.
_CODE, _HEADING, _RULE = BlockKind.CODE, BlockKind.HEADING, BlockKind.RULE
_DIRECT, _INDIRECT, _PARTIAL = QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.PARTIAL
_PERSON, _ORGANISATION, _OUTLET = SpeakerKind.PERSON, SpeakerKind.ORGANISATION, SpeakerKind.OUTLET
_NAME_KIND, _PRONOUN_KIND, _ANAPHOR_KIND = SubjectKind.NAME, SubjectKind.PRONOUN, SubjectKind.ANAPHOR
_ANONYMOUS_KIND = SubjectKind.ANONYMOUS


@dataclass(frozen=True)
class FoundQuote:
    speaker: int
    kind: QuoteKind
    start: int
    end: int
    confidence: float


@dataclass(slots=True)
class _Item:
    """A candidate attribution, resolved in reading order (never changed once made; not frozen, as frozen
    dataclasses are three times slower to make, and a long article makes tens of thousands)."""

    order: int
    subject: Subject | None
    kind: QuoteKind
    start: int
    end: int
    confidence: float
    segment: Segment | None = None
    mention_only: bool = False
    known_only: bool = False  # resolve only to a speaker already seen


_CLAUSE_START = re.compile(
    r"\s+(?=[A-Z0-9“\"]|(?:the|a|an|it|he|she|they|we|i|there|this|these|those|his|her|their|its|our|some|many|"
    r"no|not|all|any|one|two|both|each|every|more|most|only|even|while|if|because|although)\b)"
)
_THAT = re.compile(r"((?:\s+[^\s“”\".;:!?]+){0,16}?)\s+that\s+")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_INTRODUCED = re.compile(
    rf"(?<![\w’'-])(?P<name>{NAME})(?=,\s+(?:\d{{1,3}},\s+(?=[a-z])|(?:a|an|the|who|whose|which|one)\b))"
)
_TITLE_ABBREVIATIONS = (
    "Dr",
    "Prof",
    "Maj",
    "Gen",
    "Sen",
    "Capt",
    "Col",
    "Lt",
    "Sgt",
    "Adm",
    "Gov",
    "Rep",
    "Mr",
    "Mrs",
    "Ms",
)
_TITLE_ABBREVIATION = rf"(?:{'|'.join(_TITLE_ABBREVIATIONS)})\.\s"
_TITLED = re.compile(r"\b" + _TITLE_ABBREVIATION + rf"(?P<name>{NAME})")
#: Cheap tests that a sentence can hold an introduction at all, so the costly name patterns run only where it can.
_INTRODUCED_CUE = re.compile(r",\s+(?:\d{1,3},\s+(?=[a-z])|(?:a|an|the|who|whose|which|one)\b)")
#: A capitalised word after a lower-case one: where a role noun may hand over to a name ("manager Marco Ferrante").
_ROLE_CUE = re.compile(r" (?:(?<=[a-z] )|(?<=[a-z], ))(?=[A-Z])")
#: How far into a sentence a role noun and name are still its subject ("Castleford manager Marco Ferrante was …").
_SUBJECT_ROLE_REACH = 60
_NAME_AT = re.compile(rf"(?P<name>{NAME})")
#: An aside after a name, up to the next punctuation (the full stops of "U.S." belong to it).
_APPOSITIVE_ROLE = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?P<role>(?:[^,.;:()“”\"—–]|\.(?<=\b[A-Z]\.)){3,120})(?=[,.;:()—–]|$)"
)
#: A "who" clause that says what someone does.
_ROLE_CLAUSE = re.compile(
    r"(?:(?:previously|formerly|also|now|currently|once|until recently)\s+)?"
    r"(?:is|was|serves|served|leads|led|heads|headed|runs|ran|teaches|taught|works|worked|chairs|chaired|founded|"
    r"co-founded|directs|directed|oversees|oversaw|manages|managed|represents|represented|advises|advised|covers|"
    r"studies|studied|researches|coaches|coached|owns|owned|edits|edited|sits|sat|holds|held)\b"
)
#: The full stop of a title's abbreviation, with the space after it: what every match of _TITLED holds. It opens with
#: that full stop, so ``re`` skips from one full stop to the next instead of trying each title at every character.
_TITLED_CUE = re.compile(r"\.(?:" + "|".join(rf"(?<={a}\.)" for a in _TITLE_ABBREVIATIONS) + r")\s")
_OPENING_NAME = re.compile(rf"[“\"‘]?(?P<name>{NAME})(?=[\s,’'])")
#: A verb just after a name opening a sentence: "Hannah is …", "Denise climbs …" (not "Will the plan …").
_VERB_AFTER_NAME = re.compile(r" (?:is|was|has|had|does|did|says|said|[a-z]{2,}(?<!s)s|[a-z]{2,}ed)\b")
#: Given names that are also common words opening a sentence ("Will", "May", "Grace").
_WORDLIKE_GIVEN_NAMES = frozenset(
    "will may mark grace rose bill frank sue don pat max rob sam jack art hope joy".split()
)
#: A person referred to by their role as the subject of a sentence, maybe after an opening phrase: "the old farmer
#: was less interested in the argument".
_THE_ROLE_SUBJECT = re.compile(
    rf"(?:[^,“”\"(]{{1,100}},\s+)?[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>{alternation(PERSON_ANAPHORS)})"
    r"\s+(?:was|is|has|had|did|does|[a-z]{2,}ed|[a-z]{2,}(?<!s)s)\b"
)
#: "Back in Wuhan, Zhang has planted …": someone already known, as the subject after an opening phrase.
_NAME_AFTER_OPENER = re.compile(
    rf"(?:[^,“”\"(]{{1,100}},\s+){{1,2}}?(?P<name>{NAME})(?=\s+[a-z]|,\s+\d{{1,3}},|,\s(?:D|R|I)-[A-Z][A-Za-z.]*,)"
)
_FOR = re.compile(r"\s*For\s+")
#: An age in commas after a name: "Gulnara, 38,".
_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")
#: Words every match of _UNNAMED_SOURCE holds one of (a block with none is not searched).
_UNNAMED_CUES = ("anonym", "be named", "be identified")
#: A reported clause that opens with a pronoun and an auxiliary verb: " it would not appeal", " she had known".
_PRONOUN_CLAUSE = re.compile(
    r"\s+((?:it|he|she|they|we|I)\s+(?:would|will|had|has|have|was|were|is|are|could|can|should|might|may|did)\b)"
)
#: The same with a noun and its determiner for subject: "alleges the conduct breached …", "admitted the plan had …".
#: A verb in -ed counts only before what is no preposition ("the closure planned for May" is no clause).
_NOUN_CLAUSE = re.compile(
    r"\s+((?:the|its|his|her|their|this|these|those)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*\s+"
    r"(?:(?:would|will|had|has|have|was|were|is|are|could|can|should|might|may|did)\b"
    r"|[a-z]+ed\s+(?!(?:for|by|in|on|at|last|to|with|from|under|after|before|during|over|into|as)\b)))"
)
#: A person's given name (maybe with an initial) and surname: "Maya Okafor-Lund", "Paul J. Saunders".
_FULL_NAME_RUN = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][a-z’'-]+\s(?:[A-Z]\.\s)?[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?)\b")
_HER = re.compile(r"\b(?:her|herself)\b")
_HIS = re.compile(r"\b(?:his|him|himself)\b")
#: How far back a "he" or "she" no speaker fits looks for someone named in passing.
_PASSING_REACH = 1500
#: What keeps a source unnamed: "who asked not to be named", "on condition of anonymity".
_UNNAMED_SOURCE = re.compile(
    r"\b(?:(?:asked|declined|requested|wished|refused|preferred)\s+(?:not\s+)?to\s+be\s+(?:named|identified)"
    r"|on\s+(?:the\s+)?condition\s+(?:of|that\s+\w+\s+not\s+be\s+named)|anonymously)"
)
#: A lower-case particle going on with a name: "… bin Saif al-Harthy", "… van der Berg".
_NAME_GOES_ON = re.compile(rf"\s+(?:[a-z]+-[A-Z]|{alternation(NAME_PARTICLES)}\s+[A-Z])")
_POSSESSIVE_PRONOUN = re.compile(r"(?:his|her|their|its|our|my)\s")
_AND_BUT = re.compile(r"[\s,]*(?:and|but)\s*")
#: A sentence opening with a name and an aside that runs up to the verb: "Lam, who rates the stock “hold,” said".
_OPENING_ASIDE = re.compile(rf"[“\"]?(?P<name>{NAME}),\s[^.;:!?]{{1,160}}?,[”\"]?\s+")
_OPENING_SUBJECT = re.compile(
    rf"[“\"]?(?P<subject>He|She|{NAME})(?:\s+(?:also|later|then|further|previously|has|had))?\s+[a-z]+(?:ed|s)\b"
)
#: The subject a sentence opens with, maybe after its role ("Rovers manager …") and with an aside or an "of …" after
#: it, up to a lower-case verb: "Marcus Feld of Bernhardt Securities was more critical", "The ministry has …".
_OPENING_CLAUSE_SUBJECT = re.compile(
    rf"[“\"]?(?:(?:[A-Z][\w’'-]*\s+)?{alternation(ROLE_NOUNS)}\s+)?"
    rf"(?:(?P<subject>He|She|They|{NAME})|The\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>{alternation(ORG_ANAPHORS)}))"
    rf"(?:\s+(?:of|at|from)\s+(?:the\s+)?{NAME})?(?:,[^.;:!?]{{1,160}}?,)?\s+[a-z]"
)
_LOWER_WORD = re.compile(r"[a-z]+")
#: A dateline opening a story: "SHEPTON MALLET, England — ", "LONDON, Feb 27 (Meridian Wire) - ".
_DATELINE = re.compile(
    r"[A-Z][A-Z’'.-]+(?:[^\S\n][A-Z][A-Z’'.-]+)*(?:,[^\S\n][\w.]+(?:[^\S\n][\w.]+){0,2})?"
    r"[^\S\n](?:\([^)\n]{1,40}\)[^\S\n])?[—–-]{1,2}[^\S\n]"
)
#: Verbs that attribute a quotation but report no statement of their own: "called the plan “…”" names it, "asked
#: that her surname not be published" is a request, "asked whether …" a question.
_NOT_REPORTING = NAMING_VERBS | {"asked", "asks", "asking", "urged", "urges", "grinned", "laughed", "smiled"}
#: What lies between the halves of a quoted sentence: its closing mark, the attribution, a comma, the opening mark.
#: A determiner or possessive just before a quoted name of a thing, and words after it that are no noun.
_LABEL_BEFORE = re.compile(r"(?<![\w’'-])(?:its|the|their|his|her|our|a|an|this|that) $")
_NOT_A_NOUN = frozenset("and or but at in on to for of with by as that which who is was are were has had".split())
#: The given name before a nickname, and the surname after it.
_NICKNAME_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?:\s[A-Z]\.)? $")
_NICKNAME_AFTER = re.compile(r" [A-Z][\w’'-]+")
#: Between a quotation left open at a paragraph's end and its reopening at the next one's start.
_NEXT_PARAGRAPH_OPENS = re.compile(r"[ \t]*\n\s*[“\"‘']")
_HALVES_BETWEEN = re.compile(r"[”’\"']\s+[^.;:!?“”\"‘’\n]+,\s+[“‘\"']")
#: A verb that makes a quoted question a question put to someone, not a statement.
#: A full stop or exclamation mark ending a sentence, before the next one starts.
_STATEMENT_END = re.compile(r"[.!][”’\"']?\s+[“‘\"']?[A-Z]")
_ASKED = re.compile(r"\b(?:asked|asks|asking|wondered|wonders|queried)\b")
_ANTECEDENT_REACH = 2500
#: An adverb set off in commas between a speech verb and its report.
_ADVERB_ASIDE = re.compile(
    r",\s+(?:however|though|moreover|nevertheless|nonetheless|furthermore|meanwhile|instead|too|also|again)"
    r",(?=\s)"
)
#: A plural noun and an auxiliary after "earlier" or "later": "said earlier studies had …" reports a clause.
_PLURAL_SUBJECT = re.compile(r"\s+[a-z]+s\s+(?:had|have|were|are|would|could)\b")
_WHEN_AFTER_VERB = re.compile(
    r"\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this)\s+(?:week|month|year)"
    rf"|last\s+night|yesterday|today|(?:earlier|later)(?!{_PLURAL_SUBJECT.pattern}))(?=\s)"
)
#: A sentence that opens with its subject and hands over to a quotation with a colon.
#: The subject may come with its role before it ("Rovers captain Jorrit ter Haar") and an aside after it
#: ("Joyce Abernethy, 71, who has lived near the reservoir for four decades, was more forgiving: “…”").
_COLON_INTRO = re.compile(
    rf"\s*(?:(?:[A-Z][\w’'-]*\s+)?{alternation(ROLE_NOUNS)}\s+)?(?P<subject>He|She|They|{NAME})"
    rf"(?:,[^.;:!?]{{1,160}}?,)?\s+[a-z][^“”\".;:!?]{{0,60}}:\s*"
)
#: (Each opens with what every NAME opens with, a capital or "al-"/"el-", so ``re`` tries the rest only there.)
_NAME_RUN = re.compile(rf"(?=[{NAME_FIRST}]|[ae]l-)(?<![\w’'-])(?P<name>{NAME})")
_OWNED_ORG = re.compile(
    rf"(?=[{NAME_FIRST}]|[ae]l-)(?<![\w’'-])(?P<name>{NAME}[’']s\s+(?:[a-z-]+\s+){{0,2}}?{alternation(ORG_ANAPHORS)})\b"
)
_WORDS = re.compile(r"[\w’'-]+")
#: Three of ``_WORDS`` (runs of word characters, apostrophes and hyphens, with something else between them).
_THREE_WORDS = re.compile(r"[\w’'-]+(?:[^\w’'-]+[\w’'-]+){2}")
#: ``n`` of ``_WORDS`` from where the match starts, for each ``n`` that is asked about (see ``_has_words``).
_WORDS_FROM_START = {n: re.compile(rf"[^\w’'-]*[\w’'-]+(?:[^\w’'-]+[\w’'-]+){{{n - 1}}}") for n in (5, 13, 21, 26)}
_ADVERBIAL_STARTS = frozenset(
    "in on at during after before last this earlier later afterwards afterward when while as adding blaming "
    "citing noting only simply merely also again out "
    "according yesterday today tonight monday tuesday wednesday thursday friday saturday sunday overnight".split()
)
_PREPOSITIONS = frozenset(
    "in on at to of for by with during after before about from over under into via against toward towards".split()
)
#: The lower-case words after "according to", up to the first capitalised one.
_LOWER_RUN = re.compile(r"(?:[a-z][\w’'-]*\s+)+")
#: Speech verbs that are also plural nouns ("states", "reports").
_NOUN_VERBS = frozenset("states reports notes claims estimates forecasts projects remarks posts counters".split())
#: A given name (maybe with a middle initial) just before a surname: "Carl Janssen", "Paul J. Saunders".
_GIVEN_BEFORE = re.compile(r"(?<![\w’'.-])(?P<given>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?)\s+$")
_NEXT_CAPITALISED = re.compile(r" [A-Z]")
#: A surname after a given name: "Kai Mensah-Doyle".
_SURNAME_AFTER = re.compile(r" (?P<surname>[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?)\b")
#: A word as ``_FullNames`` lists it: a run of letters and digits that does not start with a digit or a lower-case ASCII
#: letter (a capital: "Janssen", "Ørsted"), and not inside a longer run ("Lee" in "McLee" is no word of its own).
_CAPITALISED_WORD = re.compile(r"[^\W\d_a-z](?<![^\W_].)[^\W_]*")
_LETTERS_AND_DIGITS = re.compile(r"[^\W_]+")
#: How many names ``_FullNames`` searches the whole text for before it lists the text's capitalised words instead.
_SEARCHES_BEFORE_LISTING = 64
#: What opens a quotation, just before a name that opens it.
_OPENING_MARKS = frozenset("“\"‘'")
#: An aside after a name: "who runs …", "a professor at …", "the director of …".
_APPOSITION_START = re.compile(r"\s*(who|whose|a|an|the|one|chief|head|director|professor)\s")
#: A verb that makes a clause of what would otherwise be an aside ("For Lin, the lesson is that …").
_FINITE_VERB = re.compile(r"\b(?:is|was|are|were|has|have|had|will|would|could|should|can|may|might|does|did)\b")
_SPOKES_NOUNS = frozenset("spokesperson spokesman spokeswoman representative official lawyer attorney".split())
_ADVERBIAL_OR_PREPOSITION = _ADVERBIAL_STARTS | _PREPOSITIONS
_OBJECT_VERBS = frozenset("told tells telling warned warns warning reminded assured informed urged briefed".split())
_NEXT_WORD = re.compile(r"\s+(?=[\w“\"])([\w’'-]+)?")
#: Whom something was told, when an outlet or a crowd: "told Reuters", "told reporters", "told the BBC".
_AUDIENCE = re.compile(
    rf"\s+(?:(?:reporters|journalists|the\s+press|the\s+media)|(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+)?"
    rf"{alternation(AUDIENCE_NOUNS)}|(?:the\s+)?(?P<name>{NAME}))(?=\s+[a-z])"
)
#: What may stand between a speech verb and the subject of the clause it reports ("said that the government").
_NESTED_SUBJECT = re.compile(r"\s*(?:that\s+)?(?:(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?)?")
#: After an attribution closing a report, a clause of its own however long: "…, the JSE-listed chicken producer said
#: on Tuesday, as an outbreak of avian influenza wiped out almost a third of its breeding flock and …".
_CLAUSE_OF_ITS_OWN = re.compile(
    r"(?:\s+(?:on|in|at|last|this|late|early)(?:\s+[A-Za-z]+){1,2})?,\s+(?:as|after|while|amid|because|when|before|since)\s"
)
#: "quoted PDMA Director General Salman Yousuf as saying": who was quoted, before "as".
_QUOTED_AS = re.compile(r"\b(quot(?:ed|es|ing)\s)(?P<who>[^,.;:“”\"]{2,80}?)\s+as\s+$")
#: "examining whether Hearthline had reported …": a question the report holds, though it has a speech verb.
_WHETHER_BEFORE = re.compile(r"\b(?:whether|if)\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w’'-]+\s+){0,2}?$")
#: "… and that the company expected …": a clause the verb reports, though it holds a speech verb of its own.
_THAT_BEFORE = re.compile(r"\bthat\s+(?:(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?)?$")
#: Words after a speech verb that open no reported clause: "said so", "said in …", and words that say how or where
#: it was said ("he says through an interpreter"), not what.
_NOT_CLAUSE = (
    _PREPOSITIONS
    | {"so", "as", "goodbye", "yes", "no", "nothing", "sorry", "and", "but", "or"}
    | frozenset(
        "when while through outside inside near beside across without within behind softly quietly simply flatly later "
        "afterwards again repeatedly publicly privately recently previously earlier separately then".split()
    )
)
_AMOUNT_WORDS = frozenset("half a one two three four five six seven eight nine ten dozen hundred".split())
_AUXILIARIES = frozenset("was is were are had has have would will could can should did does knew".split())
_FUNCTION_WORDS = frozenset("the of for at in from on by with to into about against".split())
#: Patterns used on every candidate, compiled once (the same patterns the module-level ``re`` calls compiled).
_LAST_WORD_BEFORE = re.compile(r"(\w+)\s*$")
_ATTRIBUTION_STOP = re.compile(r"[.;!?“\"]|\n")
_ACCORDING_CHUNK = re.compile(r"[^,“”\"]{2,80}")
_PLAIN_BETWEEN = re.compile(r"\s*(?:(?:to\s+)?[\w.’' -]{0,40}?\s*(?:that|:|,)?)?\s*")
_HANDOVER = re.compile(r"[:,]\s*$")
_HEADLINE = re.compile(rf"\s*(?P<name>{NAME})\s*:\s*")
_THAT_WORD = re.compile(r"\bthat\b")
_APPOSITIVE = re.compile(r",\s+(?:a|an)\s")
_ORDER = attrgetter("order")
_UP_TO_PUNCTUATION = re.compile(r"[^,.;“”\"]+")


def find_quotes(
    article: Article, registry: SpeakerRegistry, pairings: dict[str, Pairing] | None = None
) -> list[FoundQuote]:
    """The quotes in ``article``; ``pairings``, if given, is filled with each block's quotation marks paired."""
    text = article.text
    by_block: dict[str, list[Sentence]] = {}
    for sentence in article.sentences:
        by_block.setdefault(sentence.block_id, []).append(sentence)
    found: list[FoundQuote] = []
    previous_speaker: int | None = None  # of the last quote, when it ended the previous paragraph
    chain_speaker: int | None = None  # of a quote still open at the end of the previous paragraph
    pending_chain: list[tuple[_Item, int]] = []  # unattributed parts of a multi-paragraph quote
    capitalised: dict[str, bool] = {}  # word -> is it capitalised mid-sentence somewhere in the article
    full_names = _FullNames(text)
    single_style = single_mark_style(text)  # quotations in ‘single marks’ throughout
    turns = transcript_turns(article)
    unnamed_cues = any(cue in text for cue in _UNNAMED_CUES)  # seldom any: blocks are then not searched for them
    answering: int | None = None  # in a transcript, who answers "A:" and whose answer runs on
    for block in article.blocks:
        if block.kind in (_CODE, _RULE):
            previous_speaker = chain_speaker = None
            continue
        lo, hi = block.span.start, block.span.end
        pairing = pair_block(text, lo, hi, single=single_style or block.kind == _HEADING)
        if pairings is not None:
            pairings[block.id] = pairing
        if (turn := turns.get(block.id)) is not None:
            answering = _transcript_turn(text, turn, registry, answering, found, full_names)
            previous_speaker = chain_speaker = None
            pending_chain = []
            if turn.kind == "question" or answering is not None:
                continue
        sentences = by_block.get(block.id, [])
        items = _items(text, lo, hi, pairing, sentences, unnamed_cues)
        last_in_block: int | None = None
        last_item_end = lo
        for item in items:
            key = None
            if item.known_only:
                assert item.subject is not None
                key = registry.mention(item.subject.text, item.order, create=False)
                # A name opening a quotation is the speaker talking of someone ("“Inês wanted me to …,” she said"):
                # it is taken for a person already named in full, but not by a given name alone, and it does not make
                # them the one the next "he" or "she" means ("“Julian is allowed to want a quieter show,” he said").
                quoting = text[item.order - 1 : item.order] in _OPENING_MARKS
                if key is None and (full := full_names.expand(item.subject.text, item.order, not quoting)):
                    key = registry.mention(full, item.order)  # "Janssen, a former plant manager, accused …"
                if key is not None and not quoting:
                    registry.touch(key, item.order)
                if item.mention_only or key is None:
                    continue
            elif item.subject is not None and _plausible(text, item.subject, sentences, registry, capitalised):
                subject = item.subject
                if (
                    subject.kind == _NAME_KIND
                    and " " not in subject.text
                    and registry.mention(subject.text, item.order, create=False) is None
                    and (full := full_names.expand(subject.text, item.order))
                ):
                    subject = Subject(subject.kind, full, subject.start, subject.end, subject.role)
                # The sentence (without what it quotes) is read only for a person whose gender is not yet known.
                sentence = partial(_sentence_text, text, sentences, item.order, pairing)
                key = registry.resolve(subject, item.order, sentence)
                if key is None and item.subject.kind == _ANAPHOR_KIND:
                    key = _antecedent(text, item.subject, registry)
                if key is None and item.subject.text == "police":
                    key = _force_named_later(text, item.subject, registry)
                if key is None and item.subject.kind == _PRONOUN_KIND:
                    key = _named_in_passing(text, item.subject, registry)
            if item.mention_only:
                continue
            confidence = item.confidence
            if key is None and item.segment is not None:
                key, confidence = _inherit(
                    text, item, lo, last_in_block, previous_speaker, chain_speaker, last_item_end
                )
            if key is None:
                if item.segment is not None and item.segment.continues:
                    pending_chain.append((item, len(found)))
                continue
            if item.subject is None:
                registry.touch(key, item.start)
            if key in registry.unnamed:  # an unnamed source's words are no one's quotes (the rest of the
                last_in_block = key  # paragraph may still carry on with them)
                last_item_end = item.end
                pending_chain = []
                continue
            if pending_chain and item.segment is not None:
                for earlier, index in pending_chain:
                    found.insert(index, FoundQuote(key, earlier.kind, earlier.start, earlier.end, 0.6))
                pending_chain = []
            found.append(FoundQuote(key, item.kind, item.start, item.end, confidence))
            last_in_block = key
            last_item_end = item.end
        ends_with_quote = bool(items) and last_in_block is not None and text[last_item_end:hi].strip(' .,”"’') == ""
        open_segment = next((s for s in reversed(pairing.segments) if s.continues), None)
        chain_speaker = last_in_block if open_segment is not None else None
        if open_segment is None:
            pending_chain = []
        previous_speaker = last_in_block if ends_with_quote or _quote_heavy(text, lo, hi, pairing) else None
        if previous_speaker is None and not pairing.segments and text[lo:hi].rstrip().endswith(":"):
            previous_speaker = _introducer(text, lo, hi, registry)
    return _joined_halves(text, _without_nested_partials(text, sorted(found, key=lambda q: (q.start, q.end))))


def _introducer(text: str, lo: int, hi: int, registry: SpeakerRegistry) -> int | None:
    """Who a short paragraph of its own introduces as speaking next ("He added:", "Asked about his future, Okonedo
    said:"): the quotation opening the next paragraph is theirs."""
    if hi - lo > _INTRODUCER_LENGTH or (verb := SPEECH_VERB.search(text, lo, hi)) is None:
        return None
    subject = find_subject(text, lo, verb.start())
    return registry.resolve(subject, verb.start(), text[lo:hi]) if subject is not None else None


#: How long a paragraph that only introduces the next one's quotation may be.
_INTRODUCER_LENGTH = 120


def _joined_halves(text: str, found: list[FoundQuote]) -> list[FoundQuote]:
    """One sentence quoted in two halves around its attribution ("“What the kidney does, for a very long time,” she
    says, “is quietly compensate.”") is one quote, spanning the attribution too; so is a quotation left open at the
    end of a paragraph and reopened at the start of the next (see ``_second_half``)."""
    joined: list[FoundQuote] = []
    for quote in found:
        if joined and _second_half(text, joined[-1], quote):
            first = joined[-1]
            joined[-1] = FoundQuote(
                first.speaker, first.kind, first.start, quote.end, min(first.confidence, quote.confidence)
            )
        else:
            joined.append(quote)
    return joined


def _second_half(text: str, first: FoundQuote, second: FoundQuote) -> bool:
    if first.speaker != second.speaker or first.kind != _DIRECT or second.kind != _DIRECT:
        return False
    if _NEXT_PARAGRAPH_OPENS.fullmatch(text, first.end, second.start):
        # "He added: “Callum’s been outstanding …" / "“People will talk …”": a quotation left open at the end of one
        # paragraph and reopened at the start of the next is one quotation, as newspapers write it
        return True
    if not text[second.start : second.start + 1].islower() or not text[first.start : first.end].rstrip().endswith(","):
        return False
    between = text[first.end : second.start]
    return len(between) <= 80 and _HALVES_BETWEEN.fullmatch(between) is not None


def _without_nested_partials(text: str, found: list[FoundQuote]) -> list[FoundQuote]:
    """A few quoted words inside reported speech by the same speaker ("Varga said the company was “cooperating
    fully” and …") are part of that one report, not a second quote."""
    kept: list[FoundQuote] = []
    reports: list[FoundQuote] = []  # indirect quotes whose span may still hold what comes next
    for quote in found:
        if reports and reports[0].end <= quote.start:
            # The quotes come in order of their starts, so a report ending before this one can hold no later quote.
            reports = [r for r in reports if r.end > quote.start]
        if quote.kind == _INDIRECT:
            reports.append(quote)
        elif text[quote.start : quote.start + 1].islower() and any(
            r.speaker == quote.speaker and r.start <= quote.start and quote.end <= r.end for r in reports
        ):
            continue
        kept.append(quote)
    return kept


def _transcript_turn(
    text: str,
    turn: Turn,
    registry: SpeakerRegistry,
    answering: int | None,
    found: list[FoundQuote],
    full_names: _FullNames,
) -> int | None:
    """Take one paragraph of an interview transcript: a question says nothing of anyone's (and opens a run whose
    introduction names who answers "A:"); an answer is its speaker's words, and so is a paragraph running on from it.
    Returns who answers next; None where the answer's speaker is unknown (the paragraph is then read as prose)."""
    if turn.kind == "question":
        return _interviewee(text, turn.intro, registry) if turn.intro is not None else answering
    key = answering
    if turn.kind == "answer" and not is_answer_label(turn.label):
        key = registry.mention(turn.label, turn.start, create=False)
        if key is None and " " in turn.label and classify(turn.label) == _PERSON:
            key = registry.mention(turn.label, turn.start)
        elif key is None and (full := full_names.expand(turn.label, turn.start)):
            key = registry.mention(full, turn.start)  # "Okafor:" for the Ifeoma Okafor the text named in full
    end = turn.end
    while end > turn.start and text[end - 1].isspace():
        end -= 1
    if key is not None and end > turn.start:
        registry.touch(key, turn.start)
        found.append(FoundQuote(key, _DIRECT, turn.start, end, 0.8))
    return key


def _interviewee(text: str, intro: tuple[int, int], registry: SpeakerRegistry) -> int | None:
    """The person the paragraph before a transcript names last ("We also put readers’ questions to Engr. Kayode
    Olanrewaju, the project’s chief engineer.")."""
    chosen: tuple[str, int] | None = None
    for match in _NAME_RUN.finditer(text, *intro):
        name = match.group("name")
        parsed = parse_name(name)
        known = registry.mention(name, match.start(), create=False)
        if known is not None or (parsed is not None and parsed.has_given_name and classify(name) == _PERSON):
            chosen = (name, match.start())
    return registry.mention(*chosen) if chosen is not None else None


class _FullNames:
    """The full name a lone surname stands for, as the article first wrote it: "Republican Carl Janssen" makes the later
    "Janssen" Carl Janssen, though he was first named as the object of someone else's sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[str, tuple[int, str] | None] = {}  # surname -> (where, full name) first written, if ever
        self.given_names: set[str] = set()  # lone words that could be a person's given name
        self.by_given: dict[str, list[tuple[int, str]]] = {}  # given name -> (where, full name) for each written
        self.words: dict[str, list[int]] | None = None  # see _starts
        self.searches = 0  # how many names were searched for in the whole text

    def expand(self, name: str, before: int, given: bool = True) -> str | None:
        """The full name written for ``name`` before offset ``before``; None if ``name`` isn't a lone surname or the
        text never gave it in full. ``given``: a lone given name stands for the one person written with it."""
        if " " in name:
            return None
        if name in self.found:
            found = self.found[name]
        else:
            surname = strip_possessive(name)
            lone = surname[:1].isupper() and len(surname) >= 3 and surname.lower() not in NON_NAME_WORDS
            # not "Taiwan" or "NASA"
            # Only the first full name matters (a later one is never before a place the first is not), so the
            # text is read no further than that.
            person = lone and classify(surname) == _PERSON
            found = self.found[name] = next(self._occurrences(surname), None) if person else None
            if person and surname == name:
                self.given_names.add(name)
        if found is not None and found[0] < before:
            return found[1]
        if found is None and given and name in self.given_names:
            return self._by_given_name(name, before)
        return None

    def _by_given_name(self, given: str, before: int) -> str | None:
        """The one person written with ``given`` as given name before ``before`` ("Kai Mensah-Doyle" for the
        later "Kai, 27, … told OK! magazine"), as feature and showbiz writing goes on to call people; None where
        the text gave none, or two ("Kai Mensah-Doyle" and "Kai Rowe")."""
        if given not in self.by_given:
            found = []
            text = self.text
            for before_at in self._starts(given):
                match = _SURNAME_AFTER.match(text, before_at + len(given))
                if match is None or (
                    before_at > 0 and (text[before_at - 1].isalnum() or text[before_at - 1] in "_’'.-")
                ):
                    continue
                full = f"{given} {match.group('surname')}"
                parsed = parse_name(full)
                if (
                    parsed is not None
                    and parsed.has_given_name
                    and (surname := match.group("surname").lower()) not in NON_NAME_WORDS
                    and surname not in TITLE_WORDS  # "Halvorsen Chief Executive …"
                    and surname not in ORG_HEADS  # "Northgate United"
                    and classify(full) == _PERSON
                ):
                    found.append((before_at, full))
            self.by_given[given] = found
        names = {full for at, full in self.by_given[given] if at < before}
        return names.pop() if len(names) == 1 else None

    def _occurrences(self, surname: str) -> Iterator[tuple[int, str]]:
        text = self.text
        for at in self._starts(surname):
            end = at + len(surname)
            # The surname ends the name: not "National Taiwan University", nor "Allied Distribution Workers' Union".
            if end == len(text) or not (
                text[end].isalnum()
                or text[end] in "-"
                or _NEXT_CAPITALISED.match(text, end + 1 if text[end] in "’'" else end)
            ):
                given = _GIVEN_BEFORE.search(text, max(0, at - 40), at)
                if given is not None:
                    full = f"{given.group('given')} {surname}"
                    parsed = parse_name(full)
                    first = given.group("given").split()[0]
                    if (
                        parsed is not None
                        and parsed.has_given_name
                        and not parsed.title
                        and first.lower() not in NON_NAME_WORDS
                        and classify(full) == _PERSON
                    ):
                        yield given.start("given"), full

    def _starts(self, name: str) -> Iterator[int]:
        """Where ``name`` (capitalised) is written, in order; perhaps not where it lies inside a longer run of letters
        and digits ("Lee" in "McLee" or "Leeds"), which neither a given name nor a surname can be.

        Each name is searched for in the whole text, until so many have been that listing the article's capitalised
        words once costs less than searching on: a long article brings hundreds of names, and searching for each
        took time growing with the square of its length. (Listing costs as much as some fifty searches, more
        than most articles ever make.)"""
        text = self.text
        if self.words is None:
            self.searches += 1
            if self.searches <= _SEARCHES_BEFORE_LISTING:
                at = text.find(name)
                while at >= 0:
                    yield at
                    at = text.find(name, at + 1)
                return
            self.words = {}
            for match in _CAPITALISED_WORD.finditer(text):
                self.words.setdefault(match.group(), []).append(match.start())
        first = _LETTERS_AND_DIGITS.match(name)
        if first is None:
            return
        for at in self.words.get(first.group(), ()):
            if text.startswith(name, at):
                yield at


def _plausible(
    text: str, subject: Subject, sentences: list[Sentence], registry: SpeakerRegistry, capitalised: dict[str, bool]
) -> bool:
    """A lone capitalised word opening a sentence ("Fishermen said") is a name only if the text treats it as one:
    it is a known speaker, or it is capitalised somewhere mid-sentence too."""
    if subject.kind != _NAME_KIND or " " in subject.text.strip():
        return True
    if subject.role.startswith(("a ", "an ")) or subject.role[:1].isdigit():
        return True  # "Juan, a 34-year-old tomato picker who …, says": someone known by a first name, introduced
    opens = any(
        text[s.span.start : subject.start].strip(" “\"‘'") == "" for s in sentences if s.span.start <= subject.start
    )
    if not opens or registry.mention(subject.text, subject.start, create=False) is not None:
        return True
    word = strip_possessive(subject.text)
    if word.lower() in IRISH_POLICE:
        return True  # "Gardaí said in a statement …": the force, however seldom the text writes it mid-sentence
    if word not in capitalised:
        name = re.escape(word)  # the word first, so the regex engine looks for its letters, then what precedes it
        capitalised[word] = re.search(rf"{name}\b(?<=[\w,;] {name})", text) is not None
    return capitalised[word]


def _sentence_text(text: str, sentences: list[Sentence], at: int, pairing: Pairing) -> str:
    """The sentence holding offset ``at``, without what it quotes: the "she" in "“It is the best thing she has
    made,” said Jean-Baptiste Le Floch" says nothing about Le Floch."""
    for sentence in sentences:
        lo, hi = sentence.span.start, sentence.span.end
        if lo <= at < hi:
            parts, pos = [], lo
            for segment in pairing.segments:
                if segment.start < hi and lo < segment.end:
                    parts.append(text[pos : max(pos, segment.start)])
                    pos = max(pos, segment.end)
            parts.append(text[pos:hi])
            return " ".join(parts)
    return ""


def _antecedent(text: str, subject: Subject, registry: SpeakerRegistry) -> int | None:
    """The organisation an anaphor no known speaker fits refers back to, named just before it and never quoted
    yet ("Nordvik Shipping will idle 14 ships …, the company said"; "China’s agriculture ministry has … the
    ministry said"): the nearest one whose name holds the noun, or any firm for "the company"."""
    noun = subject.text.lower()
    lo = max(0, subject.start - _ANTECEDENT_REACH)
    found: tuple[str, int] | None = None
    for pattern in (_NAME_RUN, _OWNED_ORG):
        for match in pattern.finditer(text, lo, subject.start):
            name = match.group("name")
            if classify(name) != _ORGANISATION or is_acronym(name):
                continue
            words = name.lower().split()
            # any firm for "the company", but never a school, force, regulator or ministry (as SpeakerRegistry asks)
            fits = noun in words or (noun in GENERIC_ORG_NOUNS and words[-1] not in INSTITUTION_HEADS)
            if fits and (found is None or match.start() > found[1]):
                found = (name, match.start())
    if found is None:
        return None
    key = registry.mention(*found)
    if key is not None:
        registry.touch(key, subject.start)
    return key


def _named_in_passing(text: str, subject: Subject, registry: SpeakerRegistry) -> int | None:
    """ "When an optician told Maya Okafor-Lund that her son’s eyesight had got worse … “…,” she said": a "he" or
    "she" no speaker fits is the person last named in full shortly before, though only as someone else's object, if
    the text has already called them that ("her son", just after the name, in the same sentence)."""
    last = None
    for match in _FULL_NAME_RUN.finditer(text, max(0, subject.start - _PASSING_REACH), subject.start):
        last = match
    if last is None or classify(name := last.group("name")) != _PERSON:
        return None
    end = last.end("name")
    if _names_a_work(_appositive_role(text, end, min(len(text), end + 200))):
        return None  # "Kerosene Hymnal, the album that earned her a Grammy nomination": a work, though "her" follows
    sentence_end = text.find(". ", end, end + 200)
    possessive = _HER if subject.text == "she" else _HIS if subject.text == "he" else None
    if possessive is None or possessive.search(text, end, sentence_end if sentence_end >= 0 else end + 200) is None:
        return None
    return registry.named_in_passing(name, last.start("name"), subject.text, subject.start)


def _force_named_later(text: str, subject: Subject, registry: SpeakerRegistry) -> int | None:
    """ "A 34-year-old man has been charged …, police said" in a lede: the force the story names further on
    ("Akron Police Department"), as a reader takes it; where it names none, the police all the same (an
    institution, like "the government", not a bare common noun such as "officials")."""
    # The force named last before, if the story has named one ("Carrowshire Police have closed the A614 … Police say a
    # 200-metre cordon remains in place"), else the first named after.
    before = [m for m in _forces(text, max(0, subject.start - _FORCE_REACH), subject.start)][-1:]
    for match in before or _forces(text, subject.end, min(len(text), subject.end + _FORCE_REACH)):
        key = registry.mention(match.group("name"), subject.start)
        if key is not None:
            registry.touch(key, subject.start)
        return key
    return registry.mention("Police", subject.start)


def _forces(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The police forces named between ``lo`` and ``hi``: "Akron Police Department", not "Police Chief Angela
    Porter"."""
    window = text[lo:hi]
    if "olice" not in window and "onstabulary" not in window and "arda" not in window:
        return
    for match in _NAME_RUN.finditer(text, lo, hi):
        name = match.group("name")
        words = name.lower().split()
        if (
            len(words) > 1
            and words[-1] in _FORCE_HEADS
            and _FORCE_WORDS.intersection(words)
            and classify(name) == _ORGANISATION
        ):
            yield match


_FORCE_HEADS = frozenset({"police", "constabulary", "garda", "gendarmerie", "department", "service", "force", "office"})
_FORCE_WORDS = frozenset({"police", "constabulary", "garda", "gendarmerie", "sheriff’s", "sheriff's"})
#: How far on a lede's "police said" may find the force it means.
_FORCE_REACH = 4000


def _quote_heavy(text: str, lo: int, hi: int, pairing: Pairing) -> bool:
    quoted = sum(s.end - s.start for s in pairing.segments)
    return hi > lo and quoted / (hi - lo) > 0.5


def _inherit(
    text: str,
    item: _Item,
    lo: int,
    last_in_block: int | None,
    previous_speaker: int | None,
    chain_speaker: int | None,
    last_item_end: int,
) -> tuple[int | None, float]:
    segment = item.segment
    assert segment is not None
    body = text[segment.start : segment.end]
    sentence_like = body[:1].isupper() or len(body.split()) >= 6
    opens_block = text[lo : segment.open_at].strip() == ""
    if opens_block and chain_speaker is not None:
        return chain_speaker, 0.8
    if last_in_block is not None and sentence_like and text[last_item_end : segment.open_at].strip(" .,;") == "":
        return last_in_block, 0.75
    if last_in_block is not None and sentence_like and segment.open_at - last_item_end < 200:
        return last_in_block, 0.65
    if opens_block and previous_speaker is not None and sentence_like:
        return previous_speaker, 0.6
    return None, 0.0


# -- collecting candidates -------------------------------------------------------------------------


def _items(text: str, lo: int, hi: int, pairing: Pairing, sentences: list[Sentence], unnamed_cues: bool) -> list[_Item]:
    """The block's candidate attributions, in reading order. ``unnamed_cues``: does the article hold any of
    _UNNAMED_CUES?"""
    # Titles of works and scare quotes are not quotes, and they don't end the clause that introduces a quote.
    # The block is read once for each kind of cue (speech verbs, "according to", introductions), not sentence
    # by sentence; each sentence then works only on the cues inside it, and one with none costs next to nothing.
    verbs = speech_verbs(text, lo, hi)
    in_block = _Verbs(verbs, lo, hi)
    quotes = tuple(segment for segment in pairing.segments if not _is_title_or_scare(text, segment))
    items = [_direct(text, hi, segment, quotes, sentences, in_block) for segment in quotes]
    quoted = _Quoted(pairing.segments)
    according = text.find("ccording to", lo, hi) >= 0
    introduced = _INTRODUCED_CUE.search(text, lo, hi) is not None
    titled = _has_title(text, lo, hi)
    unnamed = unnamed_cues and any(text.find(cue, lo, hi) >= 0 for cue in _UNNAMED_CUES)
    taken: list[tuple[int, int]] = []
    v, n_verbs = 0, len(verbs)
    for sentence in sentences:
        s_lo, s_hi = sentence.span.start, sentence.span.end
        while v < n_verbs and verbs[v].start() < s_lo:
            v += 1
        first = v
        while v < n_verbs and verbs[v].end() <= s_hi:
            v += 1
        items.extend(_mentions(text, s_lo, s_hi, introduced, titled))
        source = _UNNAMED_SOURCE.search(text, s_lo, s_hi) if unnamed else None
        if source is not None:
            # "One picker, who asked not to be named, …": whom the next "she said" means, though no speaker
            at = source.start()
            items.append(_Item(at, Subject(_ANONYMOUS_KIND, "", at, at), _DIRECT, at, at, 0.0, mention_only=True))
        for item in _reported(text, s_lo, s_hi, quoted, verbs[first:v], according, in_block):
            if taken and any(a < item.end and item.start < b for a, b in taken):
                continue
            if source is not None and item.subject is not None and item.subject.end <= source.start() < item.start:
                # "A nurse at the Oke-Odan Primary Health Centre, who spoke on condition of anonymity …, said …": the
                # words of someone kept unnamed, not of the place named before the aside
                continue
            taken.append((item.start, item.end))
            items.append(item)
    items.sort(key=_ORDER)
    return items


class _Verbs:
    """A block's speech verbs (as ``SPEECH_VERB`` finds them in the whole block), so a stretch of it is asked for
    its verbs without reading it again; and the subjects found for them, which a quotation's attribution and the
    reported speech around it both ask for ("She said: “…”", "…, she said.")."""

    __slots__ = ("hi", "lo", "matches", "starts", "subjects")

    def __init__(self, matches: list[re.Match[str]], lo: int, hi: int) -> None:
        self.matches = matches
        self.starts = [m.start() for m in matches]
        self.lo, self.hi = lo, hi
        self.subjects: dict[tuple[int, int, int], Subject | None] = {}

    def subject_of(self, text: str, lo: int, clause_lo: int, at: int) -> Subject | None:
        """``_subject_of(text, lo, clause_lo, at)``, found once."""
        key = (lo, clause_lo, at)
        if key not in self.subjects:
            self.subjects[key] = _subject_of(text, lo, clause_lo, at)
        return self.subjects[key]

    def subject_at_start(self, text: str, lo: int, hi: int) -> Subject | None:
        """``subject_at_start(text, lo, hi)``, found once (kept apart from ``subject_of`` by a ``clause_lo`` of -1)."""
        lo = attribution_start(text, lo, hi)  # "…,” she said" is asked from before and after the comma
        key = (lo, -1, hi)
        if key not in self.subjects:
            self.subjects[key] = subject_at_start(text, lo, hi)
        return self.subjects[key]

    def first(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
        """What ``SPEECH_VERB.search(text, lo, hi)`` finds."""
        if not (self.lo <= lo and hi <= self.hi):
            return SPEECH_VERB.search(text, lo, hi)
        i = bisect_left(self.starts, lo)
        if i < len(self.matches) and self.matches[i].end() <= hi:
            return self.matches[i]
        return None

    def within(self, lo: int, hi: int) -> list[re.Match[str]]:
        """The verbs lying wholly between ``lo`` and ``hi`` (both inside the block)."""
        i = bisect_left(self.starts, lo)
        found = []
        while i < len(self.matches) and self.matches[i].end() <= hi:
            found.append(self.matches[i])
            i += 1
        return found


class _Quoted:
    """A block's quoted segments (in order, never overlapping), for asking what lies inside or before them."""

    __slots__ = ("ends", "spans", "starts")

    def __init__(self, segments: tuple[Segment, ...]) -> None:
        self.spans = [(s.start, s.end) for s in segments]
        self.starts = [s.start for s in segments]
        self.ends = [s.end for s in segments]

    def inside(self, at: int) -> bool:
        i = bisect_right(self.starts, at) - 1
        return i >= 0 and at < self.ends[i]

    def clause_start(self, lo: int, at: int) -> int:
        """Just after the last quotation closed before ``at`` (and not before ``lo``); ``lo`` if there is none."""
        i = bisect_left(self.ends, at) - 1
        return self.ends[i] + 1 if i >= 0 and self.ends[i] >= lo else lo


def _mentions(text: str, lo: int, hi: int, introduced: bool, titled: bool) -> Iterator[_Item]:
    """People introduced without speaking yet ("Dr. Mir Sadat, who …"), so later mentions find them; and
    a sentence that opens with someone already known ("Van der Berg was unconvinced.") makes them the
    most recent person for the pronouns that follow."""
    # "SANTA ROSA DE CHAUPIMAYO, Peru — Before dawn, …": a dateline's place is no one
    dateline = text[lo : lo + 2].isupper() and _DATELINE.match(text, lo, hi) is not None
    if not dateline and (opening := _OPENING_NAME.match(text, lo, hi)):
        # "Philippine National Security Adviser Eduardo Manalo-Cruz struck a defiant tone." introduces him.
        name = opening.group("name")
        parsed = parse_name(name)
        if parsed is not None:  # "The", "He": nothing a speaker could be found by
            start = opening.start("name")
            subject = Subject(_NAME_KIND, name, start, opening.end("name"))
            known_only = not (parsed.title and parsed.has_given_name)
            if (
                known_only
                and parsed.has_given_name
                and start == opening.start()  # not a name opening a quotation
                and text.startswith(",", opening.end("name"))
                and _person_named_in_full(text, name, opening.end("name"))
            ):
                # "Dario Okafor, Lumetra’s head of hardware, spent most of his segment on the display. He said …":
                # a person named in full with an aside, opening the sentence, is introduced
                known_only = False
            elif (
                known_only
                and parsed.has_given_name
                and start == opening.start()
                and parsed.tokens[0].lower() in KNOWN_GIVEN_NAMES
                and _person_named_in_full(text, name, opening.end("name"))
            ):
                # "Ken Thwaite is a waller. He says …": so is one opening a sentence with a given name that is surely
                # one (not "Heavy Rain fell …", which the patterns take for a name as readily)
                known_only = False
            if known_only and " " not in name and (age := _AGE_AFTER.match(text, opening.end("name"))):
                # Also introduced: someone known by one name, given with an age ("Gulnara, 38, who gave only her
                # first name, sat …"), as "Juan, a 34-year-old tomato picker" is when he speaks
                known_only = classify(name) != _PERSON
                subject = Subject(_NAME_KIND, name, start, opening.end("name"), age.group(1))
            elif (
                known_only and start == opening.start() and _given_name_before_verb(text, name, opening.end("name"), hi)
            ):
                known_only = False
            yield _Item(start, subject, _DIRECT, start, start, 0.0, mention_only=True, known_only=known_only)
    # The opening phrase ends in a comma within 60 characters, or there is none.
    if text.find(",", lo + 1, min(hi, lo + 101)) >= 0 and (opening := _NAME_AFTER_OPENER.match(text, lo, hi)):
        name = opening.group("name")
        parsed = parse_name(name)
        if parsed is not None:  # "In Hualien County, Magistrate Yeh Shu-fen ordered …" introduces her
            start = opening.start("name")
            subject = Subject(_NAME_KIND, name, start, opening.end("name"))
            # "For eleven years, Deborah Finch has not known silence." introduces her as well; not "Oman’s foreign
            # minister, Khalid bin Saif al-Harthy, …", whose name goes on past what the pattern took
            known_only = not (
                parsed.has_given_name and (parsed.title or _person_named_in_full(text, name, opening.end("name")))
            )
            if known_only and " " not in name and (age := _AGE_AFTER.match(text, opening.end("name"))):
                # "In the village’s one-room health post, Marcelina, 41, a community health promoter, keeps …"
                known_only = classify(name) != _PERSON
                subject = Subject(_NAME_KIND, name, start, opening.end("name"), age.group(1))
            elif known_only and _given_name_before_verb(text, name, opening.end("name"), hi):
                known_only = False
            yield _Item(start, subject, _DIRECT, start, start, 0.0, mention_only=True, known_only=known_only)
    seen: set[int] = set()
    yield from _role_named(text, lo, hi, seen)
    if (text.startswith(("The ", "the "), lo) or text.find(", the ", lo, lo + 110) >= 0) and (
        role := _THE_ROLE_SUBJECT.match(text, lo, hi)
    ) is not None:
        # "Back in Goth Allah Bachayo Jamali, the old farmer was less interested …": the farmer the article named
        # becomes the one the next "he" means
        start, end = role.span("noun")
        subject = Subject(_ANAPHOR_KIND, role.group("noun"), start, end)
        yield _Item(start, subject, _DIRECT, start, start, 0.0, mention_only=True)
    if not (introduced or titled):
        return
    for pattern, present in (
        (_INTRODUCED, introduced and _INTRODUCED_CUE.search(text, lo, hi) is not None),
        (_TITLED, titled),
    ):
        if not present:
            continue
        for match in _introductions(text, lo, hi) if pattern is _INTRODUCED else _titled(text, lo, hi):
            name = match.group("name")
            if match.start("name") in seen or len(name.split()) < 2 or _after_function_word(text, match.start()):
                continue
            seen.add(match.start("name"))
            start = match.start("name")
            end = match.end("name")
            role = descriptor(text, lo, start)
            if role.lower().startswith("according"):  # "according to Harwell Water Services, the … utility"
                role = ""
            role = role or _appositive_role(text, end, hi)
            if _names_a_work(role):
                continue  # "2016’s Kerosene Hymnal, the album that earned her a Grammy nomination": no one
            subject = Subject(_NAME_KIND, name, start, end, role)
            yield _Item(start, subject, _DIRECT, start, start, 0.0, mention_only=True)


def _given_name_before_verb(text: str, name: str, end: int, hi: int) -> bool:
    """Is ``name``, the subject of its sentence, a known given name alone, before its verb? Feature writing introduces
    people so ("Hannah is already on her knees in the wet grass", "Denise climbs on fourth"), and a later "Hannah
    Cardew" is then the same person. Not "Will the plan …", nor a given name that is also a common word."""
    lowered = name.lower()
    return (
        " " not in name
        and lowered in KNOWN_GIVEN_NAMES
        and lowered not in _WORDLIKE_GIVEN_NAMES
        and _VERB_AFTER_NAME.match(text, end, hi) is not None
    )


def _names_a_work(role: str) -> bool:
    """Does an aside say its name is a work's ("the album that earned her …", "a film about …")?"""
    words = role.split(None, 3)
    return (
        len(words) >= 2
        and words[0].lower() in ("the", "a", "an", "her", "his", "their", "its")
        and (words[1].lower() in WORK_NOUNS or (len(words) > 2 and words[2].lower() in WORK_NOUNS))
    )


def _title_starts(text: str, lo: int, hi: int) -> Iterator[int]:
    """Where each title's abbreviation that ``_TITLE_ABBREVIATION`` finds between ``lo`` and ``hi`` starts, found from
    its full stop (``_TITLED_CUE``)."""
    for cue in _TITLED_CUE.finditer(text, lo, hi):
        dot = cue.start()
        start = next(dot - len(a) for a in _TITLE_ABBREVIATIONS if text.startswith(a, dot - len(a), dot))
        if start >= lo:
            yield start


def _has_title(text: str, lo: int, hi: int) -> bool:
    """Is there a title's abbreviation ("Dr. ", "Mrs. ") between the two?"""
    return next(_title_starts(text, lo, hi), None) is not None


def _titled(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """What ``_TITLED.finditer(text, lo, hi)`` finds, tried only where a title's abbreviation starts."""
    end = lo
    for start in _title_starts(text, lo, hi):
        if start >= end and (match := _TITLED.match(text, start, hi)) is not None:
            end = match.end()
            yield match


def _person_named_in_full(text: str, name: str, end: int) -> bool:
    """Is ``name`` (ending at ``end``, with a given name) a person's, and all of it? Not "Khalid bin Saif" when the
    text goes on "al-Harthy"."""
    return classify(name) == _PERSON and not _NAME_GOES_ON.match(text, end)


def _appositive_role(text: str, end: int, hi: int) -> str:
    """The aside after a name that says what it is: "Dr. Mir Sadat, who previously served as …" gives "previously
    served as …"; "Harwell Water Services, the council-owned utility that runs the supply" gives "the council-owned
    utility that runs the supply". Not "whose …" or "which …", which describe something else."""
    aside = _APPOSITIVE_ROLE.match(text, end, hi)
    if aside is None:
        return ""
    role = aside.group("role").strip()
    first, _, rest = role.partition(" ")
    if first in ("whose", "which"):
        return ""
    if first == "who":  # "who teaches securities law at …" says what she does; "who cut short a visit" doesn't
        return rest if _ROLE_CLAUSE.match(rest) else ""
    return role


def _role_named(text: str, lo: int, hi: int, seen: set[int]) -> Iterator[_Item]:
    """A person named with their role as the subject of a sentence, "Castleford manager Marco Ferrante was more
    expansive.", so the "he" of the next sentence finds him though he has not spoken yet. Only near the sentence's
    start: a person named further on is more often an object ("praised striker Tom Jones") than the one a
    following pronoun means."""
    reach = min(hi, lo + _SUBJECT_ROLE_REACH)
    # Most sentences have no role noun near their start at all; a set look-up over their first words says so.
    if ROLE_NOUNS.isdisjoint(text[lo:reach].lower().replace(",", " ").split()):
        return
    for cue in _ROLE_CUE.finditer(text, lo, reach):
        space = cue.start()
        word_start = text.rfind(" ", lo, space) + 1 or lo
        word = text[max(lo, word_start) : space].lstrip('“"‘(')
        aside = word.endswith(",")
        if aside:  # "The ministry’s spokesman, Ahmed Abdel Hamid, went further": an aside naming him
            word = word[:-1]
            closes = _NAME_AT.match(text, space + 1, hi)
            if closes is None or not text.startswith(",", closes.end()):
                continue
        if word not in ROLE_NOUNS and not (
            # a post written with a capital, after "the": "The Speaker, Dame Lorna Pettigrew, rose …"
            aside and word.lower() in ROLE_NOUNS and text.endswith(("The ", "the "), lo, word_start)
        ):
            continue
        # Counted from after an opening phrase: "Outside court, Mr Lanigan's sister, Kirsty Lanigan, read …"
        phrase_lo = max(lo, text.rfind(",", lo, word_start - 1) + 1)
        if len(text[phrase_lo:word_start].split()) > 3:
            break
        start = space + 1
        match = _NAME_AT.match(text, start, hi)
        if match is None or start in seen:
            continue
        name = match.group("name")
        parsed = parse_name(name)
        # One name is enough for a relative named in an aside: "His wife, Carla, keeps a binder …"
        named = parsed is not None and (parsed.has_given_name or (aside and word in KIN_NOUNS))
        if not named or classify(name) != _PERSON:
            continue
        seen.add(start)
        # The role is the words before the name, or before the aside's comma ("His wife")
        role = descriptor(text, lo, start) or (text[phrase_lo:space].strip(" ,") if aside else "")
        subject = Subject(_NAME_KIND, name, start, match.end("name"), role)
        yield _Item(start, subject, _DIRECT, start, start, 0.0, mention_only=True)


def _introductions(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """What ``_INTRODUCED.finditer(text, lo, hi)`` finds, read only just before each cue: a name holds no comma,
    so the one ending at a cue's comma starts after the comma before it, and the pattern need not be tried
    at every character of the sentence."""
    after_comma = lo
    for cue in _INTRODUCED_CUE.finditer(text, lo, hi):
        comma = cue.start()
        # One character past the cue, so its closing \b sees what follows, as it does in the whole sentence.
        match = _INTRODUCED.search(text, after_comma, min(hi, cue.end() + 1))
        if match is not None and match.end() == comma:
            yield match
        after_comma = comma + 1


def _after_function_word(text: str, at: int) -> bool:
    """Is the name at ``at`` governed by a preposition ("the director of NASA, …")? "according to X, the …" names
    a source, so it doesn't count."""
    before = text[max(0, at - 20) : at]
    word = _LAST_WORD_BEFORE.search(before)
    return word is not None and word.group(1).lower() in _FUNCTION_WORDS and not before.endswith("ccording to ")


def _direct(
    text: str, hi: int, segment: Segment, all_segments: tuple[Segment, ...], sentences: list[Sentence], verbs: _Verbs
) -> _Item:
    body = text[segment.start : segment.end]
    # A quotation ending in a question is a question put to someone when "asked" attributes it, unless it says
    # something first: "“The taps in our homes are dry. Where is this water going?” she asked" is her speech.
    question = body.rstrip(" ,’”\"'").endswith("?") and not _states_first(text, segment)
    if (
        segment.close_at is not None
        and not _sentence_ends_at(text, segment)
        and (after := _attribution_after(text, segment.close_at + 1, hi, verbs))
    ):
        asked = question and _ASKED.search(text, segment.close_at, after.end + 12) is not None
        kind = _DIRECT
        return _Item(after.start, after, kind, segment.start, segment.end, 0.95, segment, mention_only=asked)
    before = _attribution_before(text, segment, all_segments, sentences, verbs)
    if before is not None:
        subject, embedded = before
        partial = embedded and not body[:1].isupper()
        kind = _PARTIAL if partial else _DIRECT
        # "Ms Hensley asked him: ‘Has that assessment changed?’" is a question, not something she said
        asked = question and _ASKED.search(text, subject.end, segment.open_at) is not None
        return _Item(subject.start, subject, kind, segment.start, segment.end, 0.9, segment, mention_only=asked)
    return _Item(segment.open_at, None, _DIRECT, segment.start, segment.end, 0.0, segment)


def _states_first(text: str, segment: Segment) -> bool:
    """Does the quoted ``segment`` end a sentence that is no question before its last one?"""
    for end in _STATEMENT_END.finditer(text, segment.start, segment.end):
        if not _abbreviation_before(text, end.start()):
            return True
    return False


def _sentence_ends_at(text: str, segment: Segment) -> bool:
    """ "… is free.” He said …": a quote closed by a full stop, then a new sentence, which is not its attribution
    (that is written "…,” he said" or "…?” she asked")."""
    assert segment.close_at is not None
    following = text[segment.close_at + 1 : segment.close_at + 3]
    return text[segment.end - 1 : segment.end] == "." and following[:1] == " " and following[1:2].isupper()


def _attribution_after(text: str, at: int, hi: int, verbs: _Verbs | None = None) -> Subject | None:
    """ "…,” Sanders said", "…,” said Hertzfeld, a professor …", "…,” the company said in a statement"."""
    end = _attribution_end(text, at, min(hi, at + 200))
    pos = at
    while pos < end and text[pos] in " ,—–-":
        pos += 1
    if pos >= end:
        return None
    verb = verbs.first(text, pos, end) if verbs is not None else SPEECH_VERB.search(text, pos, end)
    if verb is None or _has_words(text, 13, pos, verb.start()):
        return None
    if verb.start() == pos:
        return inverted_subject(text, _skip_space(text, verb.end()), end)
    return (
        verbs.subject_at_start(text, pos, verb.start())
        if verbs is not None
        else subject_at_start(text, pos, verb.start())
    )


def _attribution_end(text: str, at: int, end: int) -> int:
    """Where an attribution starting at ``at`` must end: at the first sentence break or quotation mark. The full
    stop of an abbreviation ("Dr. Amara Osei-Bonsu", "Assistant U.S. Attorney Raymond Oduya") is not a break."""
    pos = at
    while (stop := _ATTRIBUTION_STOP.search(text, pos, end)) is not None:
        if text[stop.start()] != "." or not _abbreviation_before(text, stop.start()):
            return stop.start()
        pos = stop.end()
    return end


def _abbreviation_before(text: str, dot: int) -> bool:
    """Does the full stop at ``dot`` close an abbreviation (a title such as "Dr." or "Gen.", or an initial)?"""
    word = _LAST_WORD_BEFORE.search(text, max(0, dot - 8), dot)
    if word is None:
        return False
    letters = word.group(1)
    return (len(letters) == 1 and letters.isupper()) or letters.lower() in TITLE_ABBREVIATIONS


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _attribution_before(
    text: str, segment: Segment, all_segments: tuple[Segment, ...], sentences: list[Sentence], verbs: _Verbs
) -> tuple[Subject, bool] | None:
    """ "X said: “…”", "X told VOA that China “…”", "she called the plan “…”". Also says if the quote is embedded."""
    s_lo = next((s.span.start for s in sentences if s.span.start <= segment.open_at < s.span.end), segment.open_at)
    for other in all_segments:
        if other.close_at is not None and s_lo <= other.close_at < segment.open_at:
            s_lo = other.close_at + 1
    left = text[s_lo : segment.open_at]
    if "ccording to" in left and (according := list(_ACCORDING.finditer(left))):
        start = s_lo + according[-1].end()
        chunk = _ACCORDING_CHUNK.match(text[start : segment.open_at])
        if chunk and (subject := subject_at_start(text, start, start + len(chunk.group().rstrip()))):
            return subject, False
    for verb in reversed(verbs.within(s_lo, segment.open_at)):
        subject = verbs.subject_of(text, s_lo, s_lo, verb.start())
        if subject is None:
            continue
        between = text[verb.end() : segment.open_at]
        plain = _PLAIN_BETWEEN.fullmatch(between) is not None
        embedded = not _HANDOVER.search(between) and between.strip() != ""
        if plain or is_naming_verb(verb.group()) or len(between) < 300:
            return subject, embedded
    if intro := _COLON_INTRO.fullmatch(left):  # "He put it this way: “…”"
        word = intro.group("subject")
        kind = _PRONOUN_KIND if word in ("He", "She", "They") else _NAME_KIND
        start = s_lo + intro.start("subject")
        return Subject(kind, word.lower() if kind == _PRONOUN_KIND else word, start, start + len(word)), False
    headline = _HEADLINE.fullmatch(left)
    if headline:
        start = s_lo + headline.start("name")
        return Subject(_NAME_KIND, headline.group("name"), start, s_lo + headline.end("name")), False
    return None


def _is_title_or_scare(text: str, segment: Segment) -> bool:
    if _is_nickname(text, segment) or _is_label(text, segment):
        # a nickname inside a name (Sen. Walter "Buck" Harnett), or the name of a thing before its noun ("its
        # “Fleet 2030” renewal programme")
        return True
    before = text[max(0, segment.open_at - 40) : segment.open_at].lower().split()
    if any(word.strip(",") in SCARE_MARKERS for word in before[-2:]) or " ".join(before[-2:]) in SCARE_MARKERS:
        return True
    if before[-1:] == ["as"] and "known" in before[-6:-1]:
        return True  # "known around the Capitol as “Deacon Dale”": a nickname
    if before and before[-1].endswith((".", "!", "?", ":")):
        return False  # "… told the club’s website. “He is quick …”": a new sentence, not a title after its noun
    near = before[-3:]
    # A title follows its noun in the same clause: "… not involved in the study, called it “…”" names no study.
    cut = max((i for i, word in enumerate(near[:-1]) if word.endswith((",", ";"))), default=-1)
    near = near[cut + 1 :]
    if not any(word.strip(",.") in WORK_NOUNS for word in near) or _has_speech_right_after(text, segment):
        return False
    # "She called the consultant's report “a spreadsheet with a conclusion stapled to the front”": what a naming
    # verb just before the noun names the work, not its title
    return not any(word in NAMING_VERBS for word in before[-6:-1])


def _is_nickname(text: str, segment: Segment) -> bool:
    """Is the quoted ``segment`` one or two capitalised words between a given name and a surname ("Walter “Buck”
    Harnett", "Rodolfo “Ka Dolfo” Manalastas")?"""
    if segment.close_at is None or segment.end - segment.start > 20:
        return False
    words = text[segment.start : segment.end].split(" ")
    return (
        len(words) <= 2
        and all(word.isalpha() and word[:1].isupper() for word in words)
        and _NICKNAME_BEFORE.search(text, max(0, segment.open_at - 30), segment.open_at) is not None
        and _NICKNAME_AFTER.match(text, segment.close_at + 1) is not None
    )


def _is_label(text: str, segment: Segment) -> bool:
    """Is the quoted ``segment`` a capitalised name of a few words, between "its", "the" or the like and the noun it
    names ("slow the pace of its “Fleet 2030” renewal programme")?"""
    if segment.close_at is None or segment.end - segment.start > 40 or not text[segment.start].isupper():
        return False
    before = _LABEL_BEFORE.search(text, max(0, segment.open_at - 8), segment.open_at)
    after = _LOWER_WORD.match(text, segment.close_at + 2) if text.startswith(" ", segment.close_at + 1) else None
    return before is not None and after is not None and after.group() not in _NOT_A_NOUN


def _has_speech_right_after(text: str, segment: Segment) -> bool:
    if segment.close_at is None:
        return False
    return _attribution_after(text, segment.close_at + 1, min(len(text), segment.close_at + 120)) is not None


# -- reported speech -------------------------------------------------------------------------------


def _reported(
    text: str, lo: int, hi: int, quoted: _Quoted, verbs: list[re.Match[str]], according: bool, in_block: _Verbs
) -> Iterator[_Item]:
    if (
        (head := _FOR.match(text, lo, hi))
        and not _POSSESSIVE_PRONOUN.match(text, head.end(), hi)
        and not (quoted.spans and quoted.inside(head.end()))  # "For communities like …" inside a quotation
    ):
        item = _for_x(text, head.end(), hi, quoted.spans)
        if item is not None:
            yield item
    for found in _ACCORDING.finditer(text, lo, hi) if according and text.find("ccording to", lo, hi) >= 0 else ():
        if quoted.spans and quoted.inside(found.start()):
            continue
        item = _according(text, lo, hi, found, quoted.spans)
        if item is not None:
            yield item
    if not verbs:
        return
    spans = quoted.spans
    cues: list[tuple[re.Match[str], Subject]] = []
    for verb in verbs:
        at = verb.start()
        if (spans and quoted.inside(at)) or verb.group() in _NOT_REPORTING:  # the verbs are written in lower case
            continue
        clause_lo = quoted.clause_start(lo, at) if spans else lo  # after the last quotation closed before the verb
        subject = in_block.subject_of(text, lo, clause_lo, at)
        if subject is not None:
            cues.append((verb, subject))
        elif (item := _content_then_inverted(text, lo, clause_lo, verb, hi, quoted.spans)) is not None:
            yield item
    for index, (verb, subject) in enumerate(cues):
        # The next attribution cuts this one's content short, unless it is that content's own subject and verb:
        # "Oduya said the government expected to call about 30 witnesses".
        limit = next(
            (
                _clause_cut(text, verb.end(), max(s.start, v.start()))
                for v, s in cues[index + 1 :]
                if (s.start > verb.end() or v.group() in PARTICIPLES)  # "said …, adding that …": two reports
                and not _NESTED_SUBJECT.fullmatch(text, verb.end(), s.start)
                and not _THAT_BEFORE.search(text, verb.end(), s.start)
                and not _WHETHER_BEFORE.search(text, verb.end(), s.start)
            ),
            hi,
        )
        item = _content_after(text, verb, limit, subject, quoted.spans) or _content_before(
            text, lo, verb, hi, subject, quoted.spans, in_block
        )
        if item is not None and verb.group() in _NOUN_VERBS and subject.kind == _NAME_KIND and " " not in subject.text:
            # "Midwestern states that Democrats have carried": a verb that is also a plural noun takes a lone
            # capitalised word for its subject only if that word is someone already known.
            item = _Item(item.order, item.subject, item.kind, item.start, item.end, item.confidence, known_only=True)
        if item is not None:
            yield item


def _content_then_inverted(
    text: str, lo: int, clause_lo: int, verb: re.Match[str], hi: int, quoted: list[tuple[int, int]]
) -> _Item | None:
    """ "Judges rarely dismiss fraud indictments before trial, said Prof. Hannah Lindgren-Mbatha, who …": the
    content first, then the verb and a named speaker after it."""
    before = text[clause_lo : verb.start()].rstrip()
    if clause_lo != lo or not before.endswith(",") or not _has_words(before, 5, 0, len(before)):
        return None
    if _UNNAMED_SOURCE.search(before):
        return None  # "A Democratic aide, who spoke on condition of anonymity …, said Senator X had …": the aide's
    subject = inverted_subject(text, _skip_space(text, verb.end()), hi)
    if subject is None or subject.kind != _NAME_KIND:
        return None
    return _reported_item(text, _after_dateline(text, lo), lo + len(before) - 1, subject, quoted, 0.8)


def _subject_of(text: str, lo: int, clause_lo: int, at: int) -> Subject | None:
    """The subject of the speech verb at ``at`` in the sentence starting at ``lo``, whose clause starts at
    ``clause_lo`` (after any quotation closed before the verb)."""
    if (word := _LOWER_WORD.match(text, at)) is not None and word.group() in PARTICIPLES:
        return _participle_subject(text, lo, at)
    subject = find_subject(text, clause_lo, at)
    if subject is not None:
        return subject
    if _AND_BUT.fullmatch(text, clause_lo, at):
        return _sentence_subject(text, lo, at)  # "He called the plan “…” and said …"
    if text.endswith((" and ", " but "), clause_lo, at):
        return _opening_subject(text, lo, at)  # "De Souza also ordered … and warned that …"
    if (aside := _OPENING_ASIDE.match(text, lo, at)) and aside.end() == at:
        # "Lam, who rates the stock “hold,” said she expected …"
        name = aside.group("name")
        if parse_name(name) is not None and classify(name) is not None:
            return Subject(_NAME_KIND, name, aside.start("name"), aside.end("name"))
    return None


def _participle_subject(text: str, lo: int, at: int) -> Subject | None:
    """Who speaks in a participle phrase closing a sentence: the subject of the sentence's speech verb ("A Corvid
    spokesman said …, adding that …"), or, where it has none, the person or organisation it opens with ("Marcus
    Feld of Bernhardt Securities was more critical, arguing that …")."""
    if text.startswith("saying", at) and (quoted := _QUOTED_AS.search(text, lo, at)) is not None:
        # "The press release quoted PDMA Director General Salman Yousuf as saying: “…”": whom it quoted speaks
        return find_subject(text, quoted.end(1), quoted.end("who"))
    if not text[lo:at].rstrip().endswith((",", "—", "–")):
        return None
    first = SPEECH_VERB.search(text, lo, at)
    if first is not None and first.start() <= lo:
        return None
    if first is not None and (subject := _subject_of(text, lo, lo, first.start())) is not None:
        return subject
    # No speech verb before, or one without a subject of its own ("Maddock was more critical of how his former club
    # responded …, saying …"): the sentence's opening subject speaks.
    if dateline := _DATELINE.match(text, lo, at):  # "SHEPTON MALLET, England — Singer-songwriter Juniper Hale …"
        lo = dateline.end()
    opening = _OPENING_CLAUSE_SUBJECT.match(text, lo, at)
    if opening is None or _has_words(text, 26, opening.end(), at):
        return None
    word, start, end = opening.group("subject"), opening.start("subject"), opening.end("subject")
    if word in ("He", "She", "They"):
        return Subject(_PRONOUN_KIND, word.lower(), start, end)
    if (noun := opening.group("noun")) is not None:
        return Subject(_ANAPHOR_KIND, noun.lower(), opening.start("noun"), opening.end("noun"))
    parsed = parse_name(word)
    if parsed is None or classify(word) not in (_PERSON, _ORGANISATION):
        return None
    return Subject(_NAME_KIND, word, start, end, descriptor(text, lo, start))


def _opening_subject(text: str, lo: int, hi: int) -> Subject | None:
    """The person or pronoun a sentence opens with, as the subject of its first verb: the subject shared by a second
    verb after "and"."""
    opening = _OPENING_SUBJECT.match(text, lo, hi)
    if opening is None:
        return None
    word, start, end = opening.group("subject"), opening.start("subject"), opening.end("subject")
    if word in ("He", "She"):
        return Subject(_PRONOUN_KIND, word.lower(), start, end)
    parsed = parse_name(word)
    if parsed is None or classify(word) != _PERSON:
        return None
    return Subject(_NAME_KIND, word, start, end)


def _sentence_subject(text: str, lo: int, hi: int) -> Subject | None:
    first = SPEECH_VERB.search(text, lo, hi)
    return find_subject(text, lo, first.start()) if first is not None else None


def _clause_cut(text: str, lo: int, at: int) -> int:
    """Where reported speech ends when another attribution follows in the same sentence."""
    punct = max(text.rfind(",", lo, at), text.rfind(";", lo, at))
    return punct if punct > lo else at


def _content_after(
    text: str, verb: re.Match[str], hi: int, subject: Subject, quoted: list[tuple[int, int]]
) -> _Item | None:
    pos = verb.end()
    if when := _WHEN_AFTER_VERB.match(text, pos, hi):  # "said on Wednesday it had no plans"
        pos = when.end()
    elif text.startswith(",", pos) and (aside := _ADVERB_ASIDE.match(text, pos, hi)):
        pos = aside.end()  # "He maintained, however, that as many as 61 illegal hydrants …"
    # Most reports have no "that" at all, which one substring search says before the pattern tries its sixteen words.
    that = _THAT.match(text, pos, hi) if text.find("that", pos, hi) >= 0 else None
    if that and that.group(1).strip():
        words = that.group(1).split()
        first = words[0].lower()
        if first not in _ADVERBIAL_OR_PREPOSITION and verb.group().lower() not in _OBJECT_VERBS:
            that = None
        elif "and" in words or "but" in words:
            # "told the hearing there was no evidence … and that toxicology tests …": the first "that" is left
            # out, and the report starts right after the audience
            that = None
    if not that and verb.group() in ("told", "tells", "telling"):
        # "told Reuters the United States stood ready to help": an outlet or audience, then the clause itself
        audience = _AUDIENCE.match(text, pos, hi)
        # a named audience is an outlet ("told Reuters") or a broadcaster's call letters ("told WKTV")
        if audience is None or (
            (name := audience.group("name")) and classify(name) != _OUTLET and not is_acronym(name)
        ):
            return None
        pos = audience.end()
        if when := _WHEN_AFTER_VERB.match(text, pos, hi):
            pos = when.end()
    if that:
        start = that.end()
    elif needs_that(verb.group()):
        # "confirmed it would not appeal", "admitted she had known": without "that", only a clause that opens with a
        # pronoun and its verb is reported
        if (clause := _PRONOUN_CLAUSE.match(text, pos, hi) or _NOUN_CLAUSE.match(text, pos, hi)) is None:
            return None
        start = clause.start(1)
    elif (clause := _NEXT_WORD.match(text, pos, hi)) and _opens_clause(text, clause, hi):
        start = clause.start(1) if clause.group(1) else clause.end()
        if text[start] in '“"':
            return None
    else:
        return None
    return _reported_item(text, start, hi, subject, quoted, 0.85)


def _opens_clause(text: str, word: re.Match[str], hi: int) -> bool:
    """Does the word after a speech verb open the reported clause? Not in "said so", "said in …", "said no." —
    but "said no cases had been linked" reports a clause that opens with "no"."""
    first = (word.group(1) or "").lower()
    if first not in _NOT_CLAUSE:
        return True
    following = _NEXT_WORD.match(text, word.end(), hi)
    if first == "at":  # "said at least 1,400 homes had been destroyed"
        return following is not None and (following.group(1) or "").lower() in ("least", "most")
    if first in ("about", "around", "over"):  # "said about half of the new money would go …", not "said about it"
        amount = (following.group(1) or "").lower() if following is not None else ""
        return amount[:1].isdigit() or amount in _AMOUNT_WORDS
    if first in ("earlier", "later"):  # "said earlier studies had often sampled only …": an adjective
        return _PLURAL_SUBJECT.match(text, word.end(), hi) is not None
    if first != "no":
        return False
    second = (following.group(1) or "").lower() if following is not None else ""
    if second == "one":  # "said no one was known to be injured", not "told no one"
        verb = _NEXT_WORD.match(text, following.end(), hi) if following is not None else None
        return verb is not None and (verb.group(1) or "").lower() in _AUXILIARIES
    return following is not None and second not in _NOT_CLAUSE | {"comment"}


def _content_before(
    text: str, lo: int, verb: re.Match[str], hi: int, subject: Subject, quoted: list[tuple[int, int]], verbs: _Verbs
) -> _Item | None:
    """ "The plan will fail, Smith said." — the attribution closes the sentence."""
    comma = text.rfind(",", lo, subject.start)
    # The comma may sit inside a closing quotation mark: "… a “coastal El Niño,” she explained".
    if comma < 0 or (text[comma + 1 : subject.start].strip(' ”’"') and subject.kind == _PRONOUN_KIND):
        return None
    after_comma = comma + 1
    while text[after_comma] in '”’"':
        after_comma += 1
    if verbs.subject_at_start(text, after_comma, verb.start()) is None:
        return None
    if any(a <= lo and comma <= b for a, b in quoted):
        return None  # "“I don’t drink. So when the nurse said ‘liver,’ I laughed,” Marisol says": her quotation's own
    tail = text[verb.end() : hi]
    if tail.lstrip().startswith(","):  # "Most of its sales, she said, involve older tools."
        return _reported_item(text, _after_dateline(text, lo), hi, subject, quoted, 0.8)
    first = tail.split(None, 1)[0].lower().strip(".,") if tail.strip() else ""
    if (
        (first and first not in _ADVERBIAL_STARTS)
        or _THAT_WORD.search(tail)
        or (_has_words(tail, 21, 0, len(tail)) and not _CLAUSE_OF_ITS_OWN.match(tail))
    ):
        return None
    end = comma
    if not _has_words(text, 5, lo, end):
        return None
    if text[lo:end].rstrip().endswith(("”", '"')):
        # A quotation closing the sentence is the attribution's own, unless a few quoted words end a report of
        # the speaker's ("That kind of warming is typical of what scientists call a “coastal El Niño,” she said").
        last = next((a for a, b in reversed(quoted) if a < end), lo)
        if text[last : last + 1].isupper() or not _has_words(text, 5, lo, last):
            return None
    return _reported_item(text, _after_dateline(text, lo), end, subject, quoted, 0.8)


def _according(text: str, lo: int, hi: int, according: re.Match[str], quoted: list[tuple[int, int]]) -> _Item | None:
    after = according.end()
    author = None
    # "according to a news release from the Dellwood County Sheriff's Office": the document's author speaks
    if _names_a_document(text, after, hi) and (author := _document_issuer(text, after, hi)) is None:
        return None
    if text[lo : according.start()].strip() == "":
        name_end = comma = text.find(",", author.end if author is not None else after, hi)
        if comma < 0:
            return None
        if _APPOSITIVE.match(text[comma:hi]):
            comma = text.find(",", comma + 1, hi)  # an appositive: "According to X, a professor at Y, …"
            if comma < 0:
                return None
        pronoun = text[after:name_end].strip()
        if author is not None:
            subject = author
        elif pronoun in _OBJECT_PRONOUNS:  # "According to him, the drainage network …": whoever "he" is
            at = text.index(pronoun, after)
            subject = Subject(_PRONOUN_KIND, _OBJECT_PRONOUNS[pronoun], at, at + len(pronoun))
        else:
            subject = subject_at_start(text, after, name_end)
            if subject is None or subject.kind != _NAME_KIND:
                return None
        return _reported_item(text, comma + 1, hi, subject, quoted, 0.85)
    before = text[lo : according.start()].rstrip()
    if not before.endswith(","):
        return None
    if author is not None:
        subject = author
    else:
        end_match = _UP_TO_PUNCTUATION.match(text[after:hi])
        if end_match is None:
            return None
        subject = subject_at_start(text, after, after + len(end_match.group().rstrip()))
        if subject is None or subject.kind != _NAME_KIND:
            return None
    return _reported_item(text, _after_dateline(text, lo), lo + len(before) - 1, subject, quoted, 0.8)


def _document_issuer(text: str, at: int, hi: int) -> Subject | None:
    """Who issued the document named at ``at``, when the phrase names no more than that: "a news release from the
    Dellwood County Sheriff's Office", "a statement from Acme Corp". Not "a study by …": a study is no speech."""
    document = _DOCUMENT_FROM.match(text, at, hi)
    if document is None or text[document.end() : hi].lstrip(" ")[:1] not in ("", ",", ".", ";"):
        return None
    name = document.group("name")
    if classify(name) not in (_ORGANISATION, _PERSON, _OUTLET):
        return None
    return Subject(_NAME_KIND, name, document.start("name"), document.end("name"))


_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
#: A document and who issued it, after "according to": "a news release from the Dellwood County Sheriff's Office".
_DOCUMENT_FROM = re.compile(rf"(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?{DOCUMENT_BY}")


def _names_a_document(text: str, at: int, hi: int) -> bool:
    """ "according to a large study published in The Lancet", "according to data from the agency": a source that
    is not a speaker, whatever name follows ("according to space policy expert Hertzfeld" names one)."""
    run = _LOWER_RUN.match(text, at, min(hi, at + 120))
    if run is None:
        return False
    words = set(run.group().split())
    return bool(words & _PREPOSITIONS) and not words & _SPOKES_NOUNS


def _for_x(text: str, after: int, hi: int, quoted: list[tuple[int, int]]) -> _Item | None:
    """ "For foreign policy expert Sanders, unrestrained … could be dangerous." — only for people."""
    comma = text.find(",", after, hi)
    if comma < 0 or comma - after > 80:
        return None
    subject = subject_at_start(text, after, comma)
    if subject is None or subject.kind != _NAME_KIND:
        return None
    content = comma + 1
    if (
        (opening := _APPOSITION_START.match(text, content, hi))
        and (closing := text.find(",", content, hi)) > 0
        and (opening.group(1) in ("who", "whose") or not _FINITE_VERB.search(text, content, closing))
    ):
        # "For Adaeze Nwosu, who runs the housing charity Roofline East, the vote was long overdue."
        content = closing + 1
    item = _reported_item(text, content, hi, subject, quoted, 0.6)
    if item is None or subject.role or len(subject.text.split()) >= 2:
        return item
    return _Item(item.order, item.subject, item.kind, item.start, item.end, item.confidence, known_only=True)


def _after_dateline(text: str, lo: int) -> int:
    """Where a sentence's own words start: after a dateline ("AKRON, Ohio - ") if it opens with one."""
    dateline = _DATELINE.match(text, lo)
    return dateline.end() if dateline is not None else lo


def _has_words(text: str, n: int, lo: int, hi: int) -> bool:
    """Are there at least ``n`` of ``_WORDS`` between ``lo`` and ``hi`` (``len(_WORDS.findall(text, lo, hi)) >= n``)?
    One match reads up to the ``n``-th word, where a count would make a list of every word."""
    return _WORDS_FROM_START[n].match(text, lo, hi) is not None


def _reported_item(
    text: str, start: int, end: int, subject: Subject, quoted: list[tuple[int, int]], confidence: float
) -> _Item | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end or text[start] in '“"' or end - start > 800:
        return None
    overlapping = [(a, b) for a, b in quoted if a < end and start < b]
    if not overlapping:
        # Only "at least three words?" matters, and the first three answer it: no need to count them all.
        if _THREE_WORDS.search(text, start, end) is None:
            return None
    else:
        words = len(_WORDS.findall(text, start, end))
        inside = sum(len(_WORDS.findall(text, max(a, start), min(b, end))) for a, b in overlapping)
        lead = len(_WORDS.findall(text, start, max(start, overlapping[0][0])))
        # Mostly quoted, unless the report opens with words of its own ("said a decision was expected “within
        # months, not years”"): then it is reported speech with a few quoted words in it.
        if words < 3 or (inside and words - inside < 6 and lead < 2):
            return None
    return _Item(subject.start, subject, _INDIRECT, start, end, confidence)
