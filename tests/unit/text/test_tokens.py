"""Tokens: typographic forms read like ASCII ones, letters of any script, offsets in the original."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text import token_norms, tokenize

TYPOGRAPHIC = st.sampled_from(["\u2019", "\u2018", "\u02bc", "\u201c", "\u201d", "\u2014",
                               "\u2013", "\u00a0", "\u2026", "&rsquo;", "&amp;", "&#8217;",
                               "&nbsp;", "\u200b", "n't", "No.", ". ", "\n\n"])
TEXTS = st.one_of(st.text(), st.lists(st.one_of(st.text(max_size=8), TYPOGRAPHIC)).map("".join))


def test_a_typographic_apostrophe_reads_like_an_ascii_one() -> None:
    assert [t.norm for t in tokenize("didn\u2019t")] == ["did", "not"]
    assert token_norms("didn\u2019t") == token_norms("didn't") == ["did", "not"]
    assert token_norms("didn&rsquo;t") == ["did", "not"]


def test_tokens_keep_non_ascii_letters() -> None:
    text = "Óscar López met Đặng in Zürich"
    tokens = tokenize(text)
    assert [t.norm for t in tokens] == ["óscar", "lópez", "met", "đặng", "in", "zürich"]
    assert [text[t.start:t.end] for t in tokens] == ["Óscar", "López", "met", "Đặng", "in",
                                                      "Zürich"]


def test_offsets_point_into_the_original_text_after_entities() -> None:
    text = "Rebels didn&rsquo;t attack &amp; troops shelled Kharkiv"
    tokens = tokenize(text, offset=100)
    assert [text[t.start - 100:t.end - 100] for t in tokens if t.norm in
            ("attack", "shelled", "kharkiv")] == ["attack", "shelled", "Kharkiv"]


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=1000))
def test_any_text_gives_tokens_whose_offsets_slice_the_original(text: str, offset: int) -> None:
    tokens = tokenize(text, offset)
    previous_end = offset
    for token in tokens:
        assert previous_end <= token.start < token.end <= offset + len(text)
        assert text[token.start - offset:token.end - offset].strip()
        previous_end = token.start
    assert [t.norm for t in tokens] == token_norms(text)


def test_long_adversarial_input_is_tokenized_in_bounded_time() -> None:
    inputs = ["a'" * 50_000, "1." * 50_000, "1,1" * 30_000, "&" * 100_000,
              "&amp" * 25_000, "\u2019" * 100_000, "É" * 100_000]
    started = time.perf_counter()
    for text in inputs:
        tokenize(text)
        token_norms(text)
    assert time.perf_counter() - started < 5.0
