"""``SpeakerRegistry``: which earlier speaker a name, pronoun or anaphor resolves to."""

from __future__ import annotations

import pytest

from content.extract.attribution import Subject, SubjectKind
from content.extract.speakers import SpeakerRegistry, _gender_from


def _name(registry: SpeakerRegistry, name: str, at: int, sentence: str = "") -> int | None:
    return registry.resolve(Subject(SubjectKind.NAME, name, at, at + len(name)), at, sentence)


def _pronoun(registry: SpeakerRegistry, pronoun: str, at: int) -> int | None:
    return registry.resolve(Subject(SubjectKind.PRONOUN, pronoun, at, at + len(pronoun)), at)


def _anaphor(registry: SpeakerRegistry, noun: str, at: int) -> int | None:
    return registry.resolve(Subject(SubjectKind.ANAPHOR, noun, at, at + len(noun)), at)


def test_a_pronoun_takes_the_latest_person_of_its_gender() -> None:
    registry = SpeakerRegistry()
    berg = _name(registry, "Anna Berg", 100, "She said.")
    _name(registry, "Lars Holm", 200, "He said.")
    lund = _name(registry, "Karin Lund", 300, "She said.")
    assert _pronoun(registry, "she", 400) == lund
    registry.touch(berg, 500)  # seen again later
    assert _pronoun(registry, "she", 600) == berg


def test_a_person_of_unknown_gender_named_strictly_later_wins_a_tie_does_not() -> None:
    registry = SpeakerRegistry()
    berg = _name(registry, "Anna Berg", 100, "She said.")
    _name(registry, "Kim Holm", 200)
    registry.touch(berg, 200)
    assert _pronoun(registry, "she", 300) == berg  # same last mention: the person known to fit
    registry = SpeakerRegistry()
    _name(registry, "Anna Berg", 100, "She said.")
    holm = _name(registry, "Kim Holm", 200)
    assert _pronoun(registry, "she", 300) == holm
    assert _pronoun(registry, "he", 400) != holm  # Holm is now taken to be a woman


def test_a_title_or_a_given_name_says_a_gender_before_any_pronoun_does() -> None:
    registry = SpeakerRegistry()
    thornbury = _name(registry, "Agnes Thornbury", 100)
    _name(registry, "Tomasz Wierzbicki", 200)  # named later, but "Tomasz" is a man's name
    assert _pronoun(registry, "she", 300) == thornbury
    registry = SpeakerRegistry()
    dlamini = _name(registry, "Ms Dlamini", 100)
    naidoo = _name(registry, "Naidoo", 200)
    assert _name(registry, "Mr Naidoo", 250) == naidoo  # the title, written later, says he is a man
    assert _pronoun(registry, "she", 300) == dlamini


def test_on_equal_last_mentions_the_later_speaker_wins() -> None:
    registry = SpeakerRegistry()
    _name(registry, "Lars Holm", 100, "He said.")
    berg = _name(registry, "Per Berg", 50, "He said.")
    registry.touch(berg, 100)
    assert _pronoun(registry, "he", 200) == berg


def test_a_pronoun_looks_back_only_so_far_and_never_ahead() -> None:
    registry = SpeakerRegistry()
    holm = _name(registry, "Lars Holm", 100, "He said.")
    assert _pronoun(registry, "he", 3100) == holm
    assert _pronoun(registry, "he", 6101) is None
    assert _pronoun(registry, "he", 50) is None  # last seen after the pronoun


def test_merged_speakers_are_not_antecedents() -> None:
    registry = SpeakerRegistry()
    saunders = _name(registry, "Saunders", 0)
    sanders = _name(registry, "Sanders", 100)
    assert _pronoun(registry, "he", 150) == sanders
    mapping, _ = registry.merge_variants({saunders, sanders})
    assert mapping[sanders] == saunders
    assert _pronoun(registry, "he", 200) == saunders


def test_it_and_anaphors_find_organisations() -> None:
    registry = SpeakerRegistry()
    _name(registry, "Lars Holm", 50)
    ministry = _name(registry, "Ministry of Finance", 100)
    acme = _name(registry, "Acme Corp", 200)
    _name(registry, "Per Holm", 300)
    assert _pronoun(registry, "it", 400) == acme
    assert _anaphor(registry, "ministry", 500) == ministry  # the ministry named last, not the last organisation
    assert _anaphor(registry, "company", 600) == ministry  # seen last at 500 now
    assert _anaphor(registry, "embassy", 700) is None


def test_a_name_resolves_afresh_after_an_entry_takes_a_fuller_name() -> None:
    registry = SpeakerRegistry()
    holm = registry.mention("Lars Holm", 0)
    berg = registry.mention("Berg", 10)
    assert registry.mention("Lars", 20) == holm
    assert registry.mention("Lars Berg", 30) == berg  # "Berg" is now Lars Berg
    assert registry.mention("Lars", 40) == berg  # the later of the two Larses


@pytest.mark.parametrize(
    ("sentence", "gender"),
    [
        ("He said his piece.", "m"),
        ("HER view, said she", "f"),
        ("She and he agreed.", ""),
        ("The Hershey heir, the shepherd", ""),
        ("Co-chair, the, _he, he_, ashes", ""),
        ("it's his, isn't it", "m"),
        ("well-he said", "m"),
        ("hers", "f"),
        ("She’s sure, the sheriff said", "f"),
        ("Asked about him, the shareholders", "m"),
        ("“He”, she wrote", ""),
        ("", ""),
    ],
)
def test_gender_from_a_sentence(sentence: str, gender: str) -> None:
    assert _gender_from(sentence) == gender
