"""The sentence splitter: typographic copy, "No." only before a number, spans in the original."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text import split_sentences
from pipeline.text.normalize import normalize

PIECES = st.sampled_from(["\u2019", "\u201c", "\u201d", "\u2014", "\u00a0", "\u2026", "&rsquo;",
                          "&amp;", "\u200b", "No. ", "no. ", "Mr. ", "U.S. ", ". ", "! ", "? ",
                          "\n\n", " A", " 1", "\u00c9"])
TEXTS = st.one_of(st.text(), st.lists(st.one_of(st.text(max_size=8), PIECES)).map("".join))


def blank(text: str) -> bool:
    """Only spaces, non-breaking spaces or zero-width marks."""
    return not normalize(text).text.strip()


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_no_before_a_capital_ends_the_sentence() -> None:
    text = "\u2026the minister said no. Russian troops shelled Kharkiv, killing three\u2026"
    assert sentences(text) == ["\u2026the minister said no.",
                               "Russian troops shelled Kharkiv, killing three\u2026"]


def test_no_before_a_number_is_an_abbreviation() -> None:
    assert sentences("He lives at No. 10 Downing Street. It rained.") == [
        "He lives at No. 10 Downing Street.", "It rained."]
    assert sentences("Resolution Nos. 12 and 13 passed.") == ["Resolution Nos. 12 and 13 passed."]


def test_typographic_quotes_ellipses_and_accented_capitals_end_sentences() -> None:
    assert sentences("\u201cWe will respond.\u201d \u00d3scar L\u00f3pez left.") == [
        "\u201cWe will respond.\u201d", "\u00d3scar L\u00f3pez left."]
    assert sentences("They waited\u2026 Then the shelling began.") == [
        "They waited\u2026", "Then the shelling began."]


def test_spans_are_offsets_into_text_with_entities() -> None:
    text = "Troops didn&rsquo;t move. Rebels shelled&nbsp;Goma."
    assert sentences(text) == ["Troops didn&rsquo;t move.", "Rebels shelled&nbsp;Goma."]


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=1000))
def test_any_text_splits_into_ordered_spans_that_cover_every_visible_character(
        text: str, offset: int) -> None:
    spans = split_sentences(text, offset)
    covered = 0
    for start, end in spans:
        assert offset + covered <= start < end <= offset + len(text)
        assert blank(text[covered:start - offset])  # only spaces between sentences
        piece = text[start - offset:end - offset]
        assert piece == piece.strip()
        covered = end - offset
    assert blank(text[covered:])


def test_long_adversarial_input_is_split_in_bounded_time() -> None:
    inputs = ["a. " * 40_000, "No. " * 30_000, ". A" * 40_000, "." * 100_000,
              "\n \n" * 30_000, "U.S.A." * 20_000, "! \u201c" * 30_000, "&amp;. B" * 15_000]
    started = time.perf_counter()
    for text in inputs:
        split_sentences(text)
    assert time.perf_counter() - started < 5.0
