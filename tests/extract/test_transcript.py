"""Interview transcripts: "Q:" paragraphs are questions, "Name:" and "A:" paragraphs are answers."""

from __future__ import annotations

from datetime import date

from content.extract import extract_annotations
from content.plaintext import parse_plain_text

ARTICLE = """Lagos approves seawall extension

The state’s Commissioner for Waterfront Infrastructure, Dr Ifeoma Okafor, told reporters the work would be phased.

Okafor, 49, a civil engineer, spoke to us on Tuesday. The interview has been edited for length.

Q: Critics say the seawall is a vanity project that protects luxury developments.

Okafor: I understand why people say that. But a storm surge does not check your income.

Q: What do you say to Chief Akinwande?

Okafor: I say he is right to be angry.

That is why the compensation register will be published online, household by household.

Q: Will you resign if it goes wrong?

Okafor: Yes. You can print that.

YOUR QUESTIONS

We also put readers’ questions to Engr. Kayode Olanrewaju, the project’s chief engineer.

Q: How high will the wall be? — Chinedu, Ajah

A: The crest will be 7.5 metres above mean sea level.

WHAT HAPPENS NEXT

The assembly is expected to debate the project next week.
"""


def _quotes(body: str) -> list[tuple[str, str]]:
    article = parse_plain_text(body, "x.txt")
    found = extract_annotations(article, date(2026, 11, 26))
    names = {s.id: s.name for s in found.speakers}
    return [(names[q.speaker_id], article.slice(q.span)) for q in found.quotes]


def test_answers_are_their_speakers_words_and_questions_are_nobodys() -> None:
    quotes = _quotes(ARTICLE)
    assert (
        "Ifeoma Okafor",
        "I understand why people say that. But a storm surge does not check your income.",
    ) in quotes
    assert ("Ifeoma Okafor", "Yes. You can print that.") in quotes
    assert not any("vanity project" in text or "Akinwande?" in text for _, text in quotes)


def test_an_answer_runs_on_into_its_own_paragraph_until_the_next_question() -> None:
    assert (
        "Ifeoma Okafor",
        "That is why the compensation register will be published online, household by household.",
    ) in _quotes(ARTICLE)


def test_a_bare_a_is_the_person_the_introduction_names() -> None:
    quotes = _quotes(ARTICLE)
    assert ("Kayode Olanrewaju", "The crest will be 7.5 metres above mean sea level.") in quotes
    assert not any("debate the project" in text for _, text in quotes)  # prose again after the transcript


def test_a_labelled_paragraph_is_no_answer_without_questions() -> None:
    body = (
        "Council approves budget\n\n"
        "Mayor Jane Holt said the budget was balanced.\n\n"
        "Update: The council will vote again on Friday after a procedural objection.\n"
    )
    assert all("vote again" not in text for _, text in _quotes(body))


EXCHANGE = """Tredegar-Price brings his own glass to PMQs

The leader of the opposition, Owen Tredegar-Price, brought a pint glass of cloudy tap water to the dispatch box.

Tredegar-Price: Forty thousand homes, Mr Speaker. Nine days.

The prime minister: The right honourable gentleman knows that the regulator has opened an investigation.

Tredegar-Price: So it’s nobody’s fault. Again.

Update: The water company has apologised.

Update: Bottled water is being handed out in Mossbridge.
"""


def test_an_exchange_of_named_paragraphs_is_each_speaker_s_words() -> None:
    article = parse_plain_text(EXCHANGE, "exchange.txt")
    found = extract_annotations(article, date(2026, 11, 26))
    names = {s.id: s.name for s in found.speakers}
    quotes = [(names[q.speaker_id], article.slice(q.span)) for q in found.quotes]
    assert ("Owen Tredegar-Price", "Forty thousand homes, Mr Speaker. Nine days.") in quotes
    assert ("Owen Tredegar-Price", "So it’s nobody’s fault. Again.") in quotes
    assert not any("apologised" in text or "Bottled water" in text for _, text in quotes)  # "Update:" is no one
