"""A long article with many people reads as a short one does: extraction changes how it searches as the article
grows (see ``_FullNames`` in content/extract/quotes.py), never what it finds."""

from __future__ import annotations

import pytest

from content.extract import extract_annotations
from content.plaintext import parse_plain_text

GIVEN = "Carl Maria Peter Sarah David Laura James Emma Thomas Anna".split()
SURNAMES = """Janssen Okafor Brennan Whitlock Castellano Moreau Lindqvist Haddad Petrov Nakamura Fitzgerald Oyelaran
Kowalski Abernathy Bellamy Carrow Dunleavy Ellison Farrant Galloway Hartigan Ingram Jessop Kilbride Lachlan Mansfield
Norcross Ormsby Pemberton Quinlan Radcliffe Sheridan Thackeray Underwood Vickers Wainwright Yardley Zielinski Ashdown
Blackwood Cartwright Donnelly Eastwood Fairbairn Gilmore Holloway Iverson Jarrett Kendrick Lockhart Merriman Newcombe
Oakley Prescott Rowntree Selwyn Tremayne Upton Villiers Westbrook Addison Brockway Calloway Drummond Elphick Fenwick
Greaves Hollis Ironside Jephcott Kimber Lathbury Marchant Nettleton""".split()


def _hearing(people: list[tuple[str, str]]) -> list[str]:
    """Each person named in full as the object of the committee's sentence, then quoted by surname alone."""
    paragraphs = ["Council hears objections to harbour plan"]
    paragraphs += [
        f"The committee heard from {given} {surname} on Monday about the harbour." for given, surname in people
    ]
    paragraphs += [f"“We will appeal the ruling,” {surname} said." for _, surname in people]
    found = extract_annotations(parse_plain_text("\n\n".join(paragraphs), "hearing.txt"))
    return [speaker.name for speaker in found.speakers]


@pytest.mark.parametrize("count", [3, len(SURNAMES)])
def test_every_surname_is_the_full_name_written_before_it(count: int) -> None:
    # 74 people: more names than are searched for one by one, so the later ones are found in the listed words
    people = [(GIVEN[i % len(GIVEN)], surname) for i, surname in enumerate(SURNAMES[:count])]
    assert _hearing(people) == [f"{given} {surname}" for given, surname in people]


def test_a_name_inside_a_longer_word_is_not_that_name() -> None:
    # "Lee" in "McLee" and in "Leeds": neither is the full name "Anna Lee", in a short article or a long one
    for filler in (0, len(SURNAMES)):
        people = [(GIVEN[i % len(GIVEN)], surname) for i, surname in enumerate(SURNAMES[:filler])]
        paragraphs = [
            "Council hears objections to harbour plan",
            "The committee heard from Anna McLee and from Leeds.",
            *(f"The committee heard from {given} {surname} on Monday." for given, surname in people),
            *(f"“We will appeal,” {surname} said." for _, surname in people),
            "“It is a disgrace,” Lee said.",
        ]
        found = extract_annotations(parse_plain_text("\n\n".join(paragraphs), "lee.txt"))
        assert [s.name for s in found.speakers][-1] == "Lee"
