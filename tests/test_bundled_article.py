"""The bundled seed article's curated sidecar is complete, true to the fact sheet and consistent with the text.

The sidecar is checked against the project's shared seed material: the gold list of who is quoted
(speakers-gold.json) and the fact sheet (FACTS.md) its claims, verdicts, sources and defects come from.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from content import BlockKind, ClaimType, Document, QuoteKind, Speaker, Verdict, open_document
from content.bundled import bundled_article_path
from content.sidecar import sidecar_path_for

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"
GOLD_PATH = SEED / "speakers-gold.json"
FACTS_PATH = SEED / "FACTS.md"

EXPERTS = {
    "orosei": "Roberto Orosei",
    "mcdowell": "Jonathan McDowell",
    "zivitski": "Liane Zivitski",
    "hertzfeld": "Henry R. Hertzfeld",
    "sadat": "Mir Sadat",
    "saunders": "Paul J. Saunders",
}
CHECKABLE = frozenset({Verdict.ACCURATE, Verdict.PARTLY_ACCURATE, Verdict.INACCURATE, Verdict.OUTDATED})
_MARKS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def normalise(text: str) -> str:
    """Case- and quote-mark-insensitive form, as the gold file's matching rule asks."""
    return text.translate(_MARKS).casefold()


def names_person(speaker: Speaker, surname: str) -> bool:
    pattern = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
    return any(pattern.search(name) for name in speaker.names())


# ---------------------------------------------------------------- the seed material


def _gold_quotes() -> list:
    if not GOLD_PATH.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"gold file not found: {GOLD_PATH}"))]
    gold = json.loads(GOLD_PATH.read_text(encoding="utf-8"))
    return [
        pytest.param(quote, id=f"{n:02d}-{quote['speaker']}-{quote['starts'][:24]}")
        for n, quote in enumerate(gold["quotes"], start=1)
    ]


def _facts_sections() -> tuple[str, str, str] | None:
    if not FACTS_PATH.exists():
        return None
    facts = FACTS_PATH.read_text(encoding="utf-8")
    intro, rest = facts.split("## Claims", 1)
    claims, defects = rest.split("## Editorial defects", 1)
    return intro, claims, defects


def _facts_claims() -> list:
    sections = _facts_sections()
    if sections is None:
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"fact sheet not found: {FACTS_PATH}"))]
    items = re.split(r"(?m)^(?=\d+\. \*\*Fragment:\*\*)", sections[1])
    params = []
    for item in items:
        head = re.match(r"(\d+)\. \*\*Fragment:\*\* `([^`]*)`", item)
        if not head:
            continue
        verdict = re.search(r"(?m)^\s+- Verdict: \*\*(.+?)\*\*", item)
        sources = re.search(r"(?m)^\s+- Sources: (.*)$", item)
        assert verdict, f"FACTS claim {head.group(1)} has no verdict"
        fact = {
            "n": int(head.group(1)),
            "fragment": head.group(2),
            "verdict": verdict.group(1),
            "urls": re.findall(r"https?://\S+", sources.group(1)) if sources else [],
        }
        params.append(pytest.param(fact, id=f"claim-{fact['n']:02d}"))
    return params


def _facts_defects() -> list:
    sections = _facts_sections()
    if sections is None:
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"fact sheet not found: {FACTS_PATH}"))]
    found = re.finditer(r"(?m)^(\d+)\. \*\*Fragment:\*\* `([^`]*)` — (.+?) — ", sections[2])
    return [
        pytest.param({"n": int(m.group(1)), "fragment": m.group(2), "kind": m.group(3)}, id=f"defect-{m.group(1)}")
        for m in found
    ]


FACTS_CLAIMS = _facts_claims()
FACTS_DEFECTS = _facts_defects()


@pytest.fixture(scope="module")
def doc() -> Document:
    return open_document(bundled_article_path(), automatic=False)


@pytest.fixture(scope="module")
def raw_sidecar() -> dict:
    return tomllib.loads(sidecar_path_for(bundled_article_path()).read_text(encoding="utf-8"))


# ---------------------------------------------------------------- who is quoted


@pytest.mark.parametrize("gold", _gold_quotes())
def test_every_gold_quote_is_curated_with_its_speaker_and_kind(doc: Document, gold: dict) -> None:
    wanted = normalise(gold["starts"])
    matches = [
        quote
        for quote in doc.quotes
        if wanted in normalise(doc.article.slice(quote.span))
        and names_person(doc.speaker(quote.speaker_id), gold["speaker"])
    ]
    assert matches, f"no curated quote by {gold['speaker']} contains {gold['starts']!r}"
    assert any(quote.kind == QuoteKind(gold["kind"]) for quote in matches), f"{gold['starts']!r} is not {gold['kind']}"


def test_gold_quotes_start_their_curated_fragments(doc: Document) -> None:
    if not GOLD_PATH.exists():
        pytest.skip(f"gold file not found: {GOLD_PATH}")
    starts = [normalise(q["starts"]) for q in json.loads(GOLD_PATH.read_text(encoding="utf-8"))["quotes"]]
    quoted = [normalise(doc.article.slice(quote.span)) for quote in doc.quotes]
    for start in starts:
        assert any(text.startswith(start) for text in quoted), f"no quote fragment starts with {start!r}"


def test_the_six_experts_are_curated_people(doc: Document) -> None:
    for speaker_id, name in EXPERTS.items():
        speaker = doc.speaker(speaker_id)
        assert speaker is not None, f"missing speaker {speaker_id}"
        assert speaker.name == name
        assert speaker.kind == "person"
        assert speaker.role, f"{speaker_id} has no role as the article states it"
        assert speaker.sources, f"{speaker_id} has no sources for the profile"


def test_saunders_is_also_known_by_the_articles_misspelling(doc: Document) -> None:
    saunders = doc.speaker("saunders")
    assert saunders is not None
    assert {"Saunders", "Sanders", "Paul J. Saunders"} <= set(saunders.aliases)
    assert "Sanders" in saunders.note


def test_expert_aliases_are_how_the_article_names_them(doc: Document) -> None:
    for speaker_id in EXPERTS:
        speaker = doc.speaker(speaker_id)
        assert speaker is not None
        for alias in speaker.aliases:
            assert alias in doc.article.text, f"{speaker_id}: alias {alias!r} is not in the article"


def test_the_outlets_and_groups_that_speak_are_curated(doc: Document) -> None:
    by_name = {speaker.name: speaker for speaker in doc.speakers}
    assert by_name["The New York Times"].kind == "outlet"
    assert by_name["several U.S. media outlets"].kind == "group"
    assert by_name["Beijing"].kind == "organisation"
    assert by_name["Chinese officials"].kind == "group"
    for speaker in doc.speakers:
        if speaker.kind != "person":
            assert doc.quotes_by(speaker.id), f"{speaker.name} is listed but never quoted"


def test_roles_as_the_article_states_them_occur_in_the_article(doc: Document) -> None:
    for speaker in doc.speakers:
        for role in filter(None, speaker.role.split(" / ")):
            assert role in doc.article.text, f"{speaker.id}: role {role!r} is not in the article"


# ---------------------------------------------------------------- claims and verdicts


def test_every_checked_claim_is_curated(doc: Document) -> None:
    assert len(doc.claims) >= 25
    assert len(doc.claims) == 52


def test_verdict_words_are_the_documented_ones(doc: Document) -> None:
    assert all(claim.verdict in Verdict for claim in doc.claims)
    sections = _facts_sections()
    if sections is None:
        pytest.skip(f"fact sheet not found: {FACTS_PATH}")
    intro = sections[0]
    documented = re.search(r"Verdicts use exactly these words:(.*?)\n", intro)
    assert documented
    assert set(re.findall(r"\*\*(.+?)\*\*", documented.group(1))) == {v.value for v in Verdict}


def test_checkable_verdicts_rest_on_labelled_sources(doc: Document) -> None:
    for claim in doc.claims:
        if claim.verdict in CHECKABLE:
            assert claim.sources, f"{doc.article.slice(claim.span)!r} ({claim.verdict}) has no source"
        assert all(source.label.strip() for source in claim.sources)


def test_source_urls_are_web_addresses(doc: Document) -> None:
    sources = [s for claim in doc.claims for s in claim.sources] + [s for sp in doc.speakers for s in sp.sources]
    assert sources
    for source in sources:
        assert source.label.strip()
        if source.url is not None:
            assert source.url.startswith(("http://", "https://")), source
            assert not any(ch.isspace() for ch in source.url), source


def test_claims_are_in_article_order(doc: Document) -> None:
    starts = [claim.span.start for claim in doc.claims]
    assert starts == sorted(starts)


def test_claim_speakers_are_known_and_quoted_there(doc: Document) -> None:
    for claim in doc.claims:
        if claim.speaker_id is None:
            continue
        assert doc.speaker(claim.speaker_id) is not None
        assert any(quote.span.overlaps(claim.span) for quote in doc.quotes_by(claim.speaker_id)), (
            f"claim {doc.article.slice(claim.span)!r} is given to {claim.speaker_id}, but no quote of theirs covers it"
        )


def test_dated_plans_say_when_they_fall_due(doc: Document) -> None:
    dated = 0
    for claim in doc.claims:
        years = re.findall(r"\b(20\d\d)\b", doc.article.slice(claim.span))
        if claim.type == ClaimType.PLAN and years:
            assert claim.due == years[-1], doc.article.slice(claim.span)
            dated += 1
        elif claim.due:
            assert claim.type == ClaimType.PLAN
    assert dated == 4


# ---------------------------------------------------------------- anchoring and ids


def test_every_span_is_its_fragment_inside_the_article(doc: Document, raw_sidecar: dict) -> None:
    text = doc.article.text
    for table, curated in (("quote", doc.quotes), ("claim", doc.claims), ("defect", doc.defects)):
        entries = raw_sidecar[table]
        assert len(entries) == len(curated)
        for entry, annotation in zip(entries, curated, strict=True):
            span = annotation.span
            assert 0 <= span.start < span.end <= len(text)
            assert doc.article.slice(span) == entry["fragment"]


def test_quotes_stay_within_one_paragraph(doc: Document) -> None:
    for quote in doc.quotes:
        first = doc.article.block_at(quote.span.start)
        last = doc.article.block_at(quote.span.end - 1)
        assert first is not None and last is not None
        assert first == last, f"quote {doc.article.slice(quote.span)[:40]!r} crosses blocks"
        assert first.kind == BlockKind.PARAGRAPH
        assert doc.speaker(quote.speaker_id) is not None


def test_ids_are_unique_and_stable_across_loads(doc: Document) -> None:
    def ids(d: Document) -> list[str]:
        return [a.id for a in (*d.speakers, *d.quotes, *d.claims, *d.defects)]

    first = ids(doc)
    assert len(first) == len(set(first))
    assert ids(open_document(bundled_article_path(), automatic=False)) == first


def test_defects_cover_every_misspelt_saunders(doc: Document) -> None:
    text = doc.article.text
    misspelt = [m.start() for m in re.finditer(r"\bSanders\b", text)]
    assert len(misspelt) == 6
    named = [d for d in doc.defects if d.kind == "inconsistent name"]
    for offset in misspelt:
        assert any(d.span.contains(offset) for d in named), f"'Sanders' at {offset} has no defect"


# ---------------------------------------------------------------- the sidecar agrees with the fact sheet


@pytest.mark.parametrize("fact", FACTS_CLAIMS)
def test_fact_sheet_claim_is_curated_with_its_verdict_and_sources(doc: Document, fact: dict) -> None:
    curated = [claim for claim in doc.claims if doc.article.slice(claim.span) == fact["fragment"]]
    assert len(curated) == 1, f"FACTS claim {fact['n']} is not curated: {fact['fragment']!r}"
    claim = curated[0]
    assert claim.verdict == Verdict(fact["verdict"])
    assert set(fact["urls"]) <= {source.url for source in claim.sources}


@pytest.mark.parametrize("fact", FACTS_DEFECTS)
def test_fact_sheet_defect_is_curated_with_its_kind(doc: Document, fact: dict) -> None:
    curated = [d for d in doc.defects if doc.article.slice(d.span) == fact["fragment"]]
    assert len(curated) == 1, f"FACTS defect {fact['n']} is not curated: {fact['fragment']!r}"
    assert curated[0].kind == fact["kind"]


def test_fact_sheet_and_sidecar_have_the_same_entries(doc: Document) -> None:
    if _facts_sections() is None:
        pytest.skip(f"fact sheet not found: {FACTS_PATH}")
    assert len(FACTS_CLAIMS) == len(doc.claims) == 52
    assert len(FACTS_DEFECTS) == len(doc.defects) == 28
    assert Counter(claim.verdict.value for claim in doc.claims) == Counter(p.values[0]["verdict"] for p in FACTS_CLAIMS)
