"""Interview transcripts inside an article: "Q: …" paragraphs put questions, and "Okafor: …" or "A: …" paragraphs
answer them, with no quotation marks. An answer may run on into paragraphs of its own before the next question.

Only an article with at least one "Q:" paragraph has a transcript, so a paragraph opening "Update: …" in an
ordinary story is never read as someone answering.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..model import Article, BlockKind
from .lexicon import ROLE_NOUNS

_PARAGRAPH = BlockKind.PARAGRAPH  # read once: an attribute of an enum class is a slow look-up in Python 3.11

#: A speaker's label opening a paragraph: "Q:", "A:", "Okafor:", "Dr Okafor:" (up to three capitalised words).
_LABEL = re.compile(r"(?P<label>[A-Z][\w’'.-]*(?:[^\S\n][A-Z][\w’'.-]*){0,2}):[^\S\n]+(?=\S)")
#: A speaker's label in an exchange that names a post, not a person: "The prime minister:".
_ROLE_LABEL = re.compile(r"(?P<label>The(?:[^\S\n][a-z][\w’'-]*){1,3}):[^\S\n]+(?=\S)")
_QUESTION_LABELS = frozenset({"Q", "Question"})
_ANSWER_LABELS = frozenset({"A", "Answer"})


class Turn(NamedTuple):
    """One paragraph of a transcript."""

    kind: str  # "question", "answer" (labelled) or "more" (an answer running on, unlabelled)
    label: str  # the answer's label as written ("Okafor", "A"); "" otherwise
    start: int  # where the paragraph's own words start, after any label
    end: int
    intro: tuple[int, int] | None = None  # a run's first question: the paragraph before it, which may name whom


def transcript_turns(article: Article) -> dict[str, Turn]:
    """Each transcript paragraph of ``article`` by block id: a "Q:" transcript's, and an exchange's ("Tredegar-Price:
    Forty thousand homes, Mr Speaker." then "Marchbanks: …"). Empty when the article has neither."""
    text = article.text
    blocks = article.blocks
    labels = [_label(text, b.span.start, b.span.end) if b.kind == _PARAGRAPH else None for b in blocks]
    if labels.count(None) == len(labels):
        return {}  # no paragraph opens with a name and a colon: no transcript, and no exchange either
    if ("Q:" not in text and "Question:" not in text) or not any(
        m is not None and m.group("label") in _QUESTION_LABELS for m in labels
    ):
        return _exchange_turns(text, blocks, labels)
    turns: dict[str, Turn] = {}
    in_run = False  # after a question, until a paragraph that is neither an answer nor its continuation
    previous_paragraph: tuple[int, int] | None = None
    for index, block in enumerate(blocks):
        lo, hi = block.span.start, block.span.end
        label = labels[index]
        if block.kind != BlockKind.PARAGRAPH:
            in_run = False
            continue
        if label is not None and label.group("label") in _QUESTION_LABELS:
            turns[block.id] = Turn("question", "", label.end(), hi, None if in_run else previous_paragraph)
            in_run = True
        elif in_run and label is not None:
            turns[block.id] = Turn("answer", label.group("label"), label.end(), hi)
        elif in_run and _next_is_question(blocks, labels, index):
            turns[block.id] = Turn("more", "", lo, hi)  # an answer's second paragraph, before the next question
        else:
            in_run = False
        previous_paragraph = (lo, hi)
    return turns


def _label(text: str, lo: int, hi: int, pattern: re.Pattern[str] = _LABEL) -> re.Match[str] | None:
    """The label (as ``pattern`` has it) opening the paragraph from ``lo`` to ``hi``, if any. Most paragraphs have no
    colon near their start, which one substring search says before the pattern is tried."""
    return pattern.match(text, lo, hi) if text.find(":", lo, lo + _LABEL_REACH) >= 0 else None


#: How far into a paragraph the colon after a label may be (three words, each of a name's length).
_LABEL_REACH = 100


def is_answer_label(label: str) -> bool:
    """Is ``label`` the anonymous "A:" (the interviewee the transcript's introduction names)?"""
    return label in _ANSWER_LABELS


def _next_is_question(blocks, labels, index: int) -> bool:  # type: ignore[no-untyped-def]
    following = labels[index + 1] if index + 1 < len(blocks) else None
    return following is not None and following.group("label") in _QUESTION_LABELS


def _exchange_turns(text: str, blocks, labels) -> dict[str, Turn]:  # type: ignore[no-untyped-def]
    """An exchange written as a parliamentary record or a play is: two or more paragraphs in a row, each opening with
    the name of who speaks ("Tredegar-Price: So it’s nobody’s fault. Again."). Each name must be one the article also
    writes in its prose, so that "Update:" or "Verdict:" paragraphs are never read as anyone speaking."""
    turns: dict[str, Turn] = {}
    run: list[tuple[int, re.Match[str]]] = []
    for index in range(len(blocks) + 1):
        label = labels[index] if index < len(blocks) else None
        if label is None and index < len(blocks) and blocks[index].kind == _PARAGRAPH:
            # "The prime minister:": a post, in a run with people named in the prose
            post = _label(text, blocks[index].span.start, blocks[index].span.end, _ROLE_LABEL)
            if post is not None and post.group("label").rsplit(None, 1)[-1] in ROLE_NOUNS:
                run.append((index, post))
                continue
        if label is not None and _named_in_prose(text, label.group("label")):
            run.append((index, label))
            continue
        if len(run) >= 2 and any(match.re is _LABEL for _, match in run):
            for i, match in run:
                turns[blocks[i].id] = Turn("answer", match.group("label"), match.end(), blocks[i].span.end)
        run = []
    return turns


def _named_in_prose(text: str, label: str) -> bool:
    """Is ``label`` written somewhere else than before a colon: a name the article uses in its sentences?"""
    at = text.find(label)
    while at >= 0:
        end = at + len(label)
        if (
            not text.startswith(":", end)
            and (at == 0 or not text[at - 1].isalnum())
            and not text[end : end + 1].isalnum()
        ):
            return True
        at = text.find(label, end)
    return False
