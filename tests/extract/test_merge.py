"""``merge_annotations``: curated entries win, automatic ones fill the gaps."""

from __future__ import annotations

from datetime import date

from content.extract import extract_annotations, merge_annotations
from content.model import (
    Annotations,
    Claim,
    ClaimType,
    Defect,
    DefectKind,
    Origin,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
    Verdict,
)
from content.plaintext import parse_plain_text


def _auto_speaker(name: str, *aliases: str, kind: SpeakerKind = SpeakerKind.PERSON) -> Speaker:
    return Speaker(f"auto-{name.lower().replace(' ', '-')}", name, kind, aliases, origin=Origin.AUTOMATIC)


def _quote(id_: str, speaker: str, start: int, end: int, origin: Origin = Origin.AUTOMATIC) -> Quote:
    return Quote(id_, speaker, QuoteKind.DIRECT, Span(start, end), origin=origin)


def _claim(id_: str, start: int, end: int, speaker: str | None = None, origin: Origin = Origin.AUTOMATIC) -> Claim:
    verdict = Verdict.OPINION if origin == Origin.CURATED else None
    return Claim(id_, Span(start, end), ClaimType.STATISTIC, speaker, verdict=verdict, origin=origin)


def _defect(id_: str, start: int, end: int, origin: Origin = Origin.AUTOMATIC) -> Defect:
    return Defect(id_, DefectKind.MISSPELLING, Span(start, end), origin=origin)


SAUNDERS = Speaker("saunders", "Paul J. Saunders", aliases=("Saunders", "Sanders"))
HERTZFELD = Speaker("hertzfeld", "Henry Hertzfeld")
MINISTRY = Speaker("mfa", "Chinese Foreign Ministry", SpeakerKind.ORGANISATION)
CURATED = Annotations(
    speakers=(SAUNDERS, HERTZFELD, MINISTRY),
    quotes=(_quote("q-saunders", "saunders", 100, 200, Origin.CURATED),),
    claims=(_claim("c-1", 300, 400, "hertzfeld", Origin.CURATED),),
    defects=(_defect("d-1", 500, 510, Origin.CURATED),),
)


def _ids(entries) -> list[str]:  # type: ignore[no-untyped-def]
    return [entry.id for entry in entries]


def test_none_curated_returns_the_automatic_ones_unchanged() -> None:
    automatic = Annotations(
        speakers=(_auto_speaker("Jane Doe"),),
        quotes=(_quote("a-q", "auto-jane-doe", 0, 10),),
        claims=(_claim("a-c", 0, 10, "auto-jane-doe"),),
        defects=(_defect("a-d", 3, 4),),
    )
    assert merge_annotations(None, automatic) == automatic


def test_empty_automatic_returns_the_curated_ones() -> None:
    merged = merge_annotations(CURATED, Annotations())
    assert merged.speakers == CURATED.speakers
    assert merged.quotes == CURATED.quotes
    assert merged.claims == CURATED.claims
    assert merged.defects == CURATED.defects


def test_curated_speaker_absorbs_automatic_ones_by_name_alias_or_surname() -> None:
    automatic = Annotations(
        speakers=(
            _auto_speaker("Paul J. Saunders"),  # the full name
            _auto_speaker("Sanders"),  # an alias
            _auto_speaker("Henry Hertzfeld", "Hertzfeld"),
            _auto_speaker("Hertzfeld"),  # the surname alone
        ),
        quotes=(
            _quote("a-1", "auto-paul-j.-saunders", 1000, 1100),
            _quote("a-2", "auto-sanders", 1200, 1300),
            _quote("a-3", "auto-henry-hertzfeld", 1400, 1500),
            _quote("a-4", "auto-hertzfeld", 1600, 1700),
        ),
    )
    merged = merge_annotations(CURATED, automatic)
    assert _ids(merged.speakers) == ["saunders", "hertzfeld", "mfa"]
    by_id = {q.id: q for q in merged.quotes}
    assert by_id["a-1"].speaker_id == by_id["a-2"].speaker_id == "saunders"
    assert by_id["a-3"].speaker_id == by_id["a-4"].speaker_id == "hertzfeld"
    assert all(by_id[i].origin == Origin.AUTOMATIC for i in ("a-1", "a-2", "a-3", "a-4"))


def test_claims_are_repointed_to_the_curated_speaker_too() -> None:
    automatic = Annotations(
        speakers=(_auto_speaker("Hertzfeld"),),
        quotes=(_quote("a-q", "auto-hertzfeld", 1000, 1100),),
        claims=(_claim("a-c", 1000, 1100, "auto-hertzfeld"), _claim("a-c2", 2000, 2100)),
    )
    merged = merge_annotations(CURATED, automatic)
    claims = {c.id: c for c in merged.claims}
    assert claims["a-c"].speaker_id == "hertzfeld"
    assert claims["a-c2"].speaker_id is None


def test_a_different_person_with_the_same_surname_is_not_absorbed() -> None:
    automatic = Annotations(
        speakers=(_auto_speaker("Jane Hertzfeld"), _auto_speaker("Wang Yi")),
        quotes=(_quote("a-1", "auto-jane-hertzfeld", 1000, 1100), _quote("a-2", "auto-wang-yi", 1200, 1300)),
    )
    curated = Annotations(speakers=(HERTZFELD, Speaker("wang-wenbin", "Wang Wenbin")))
    merged = merge_annotations(curated, automatic)
    assert _ids(merged.speakers) == ["hertzfeld", "wang-wenbin", "auto-jane-hertzfeld", "auto-wang-yi"]
    assert [q.speaker_id for q in merged.quotes] == ["auto-jane-hertzfeld", "auto-wang-yi"]


def test_an_organisation_is_not_absorbed_by_a_shared_last_word() -> None:
    automatic = Annotations(
        speakers=(_auto_speaker("Defense Ministry", kind=SpeakerKind.ORGANISATION),),
        quotes=(_quote("a-1", "auto-defense-ministry", 1000, 1100),),
    )
    merged = merge_annotations(CURATED, automatic)
    assert "auto-defense-ministry" in _ids(merged.speakers)
    assert merged.quotes[-1].speaker_id == "auto-defense-ministry"


def test_a_surname_shared_by_two_curated_people_absorbs_nobody() -> None:
    curated = Annotations(speakers=(Speaker("a", "Ana Ruiz"), Speaker("b", "Bo Ruiz")))
    automatic = Annotations(speakers=(_auto_speaker("Ruiz"),), quotes=(_quote("a-1", "auto-ruiz", 0, 10),))
    merged = merge_annotations(curated, automatic)
    assert merged.quotes[0].speaker_id == "auto-ruiz"
    assert "auto-ruiz" in _ids(merged.speakers)


def test_overlapping_automatic_entries_are_dropped_and_the_rest_kept_in_order() -> None:
    automatic = Annotations(
        speakers=(_auto_speaker("Jane Doe"),),
        quotes=(
            _quote("a-overlap", "auto-jane-doe", 150, 250),  # overlaps the curated quote 100..200
            _quote("a-before", "auto-jane-doe", 0, 50),
            _quote("a-touching", "auto-jane-doe", 200, 220),  # half-open spans: touching is not overlapping
        ),
        claims=(_claim("a-c-overlap", 350, 450), _claim("a-c-kept", 450, 460)),
        defects=(_defect("a-d-overlap", 505, 506), _defect("a-d-kept", 600, 610)),
    )
    merged = merge_annotations(CURATED, automatic)
    assert _ids(merged.quotes) == ["a-before", "q-saunders", "a-touching"]
    assert _ids(merged.claims) == ["c-1", "a-c-kept"]
    assert _ids(merged.defects) == ["d-1", "a-d-kept"]
    kept = [*merged.quotes, *merged.claims, *merged.defects]
    assert {e.origin for e in kept if e.id.startswith("a-")} == {Origin.AUTOMATIC}
    assert {e.origin for e in kept if not e.id.startswith("a-")} == {Origin.CURATED}


def test_an_overlap_only_counts_within_the_same_category() -> None:
    automatic = Annotations(
        claims=(_claim("a-c", 100, 200),),  # where the curated quote is, but no curated claim is
        defects=(_defect("a-d", 300, 400),),  # where the curated claim is, but no curated defect is
    )
    merged = merge_annotations(CURATED, automatic)
    assert "a-c" in _ids(merged.claims)
    assert "a-d" in _ids(merged.defects)


def test_automatic_speakers_left_without_quotes_or_claims_are_dropped() -> None:
    automatic = Annotations(
        speakers=(_auto_speaker("Jane Doe"), _auto_speaker("John Roe")),
        quotes=(_quote("a-1", "auto-jane-doe", 150, 250), _quote("a-2", "auto-john-roe", 2000, 2100)),
    )
    merged = merge_annotations(CURATED, automatic)
    assert "auto-jane-doe" not in _ids(merged.speakers)  # its only quote lost to the curated one
    assert "auto-john-roe" in _ids(merged.speakers)
    ids = {s.id for s in merged.speakers}
    assert all(q.speaker_id in ids for q in merged.quotes)
    assert all(c.speaker_id in ids for c in merged.claims if c.speaker_id)


def test_ids_are_unique_in_the_result() -> None:
    clash = Annotations(
        speakers=(Speaker("saunders", "Somebody Else", origin=Origin.AUTOMATIC),),
        quotes=(_quote("q-saunders", "saunders", 5000, 5100), _quote("a-1", "saunders", 6000, 6100)),
        claims=(_claim("c-1", 7000, 7100),),
        defects=(_defect("d-1", 8000, 8010),),
    )
    merged = merge_annotations(CURATED, clash)
    for entries in (merged.speakers, merged.quotes, merged.claims, merged.defects):
        assert len(_ids(entries)) == len(set(_ids(entries)))
    ids = {s.id for s in merged.speakers}
    assert all(q.speaker_id in ids for q in merged.quotes)


def test_merging_real_extraction_with_itself_changes_nothing() -> None:
    text = (
        "Talks stall\n\n"
        "“We will not move,” said Ana Ruiz, the trade minister. Ruiz said the rules would take effect in 2027.\n\n"
        "The ministry said in a statement that exports fell 12 percent last year."
    )
    article = parse_plain_text(text, "")
    automatic = extract_annotations(article, date(2026, 1, 1))
    assert automatic.quotes
    merged = merge_annotations(automatic, automatic)
    assert merged == automatic
