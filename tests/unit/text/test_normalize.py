"""Typographic normalisation: plain forms for matching, offsets back into the original."""

from __future__ import annotations

import pytest

from pipeline.text.normalize import normalize


@pytest.mark.parametrize(("raw", "plain"), [
    ("didn\u2019t", "didn't"), ("didn\u2018t", "didn't"), ("didn\u02bct", "didn't"),
    ("\u201cWe will respond\u201d", '"We will respond"'),
    ("Kyiv \u2014 Russian", "Kyiv - Russian"), ("2024\u20132025", "2024-2025"),
    ("10\u00a0km", "10 km"), ("said\u2026 Then", "said. Then"),
])
def test_one_for_one_replacements_keep_every_offset(raw: str, plain: str) -> None:
    normalized = normalize(raw)
    assert normalized.text == plain
    assert not normalized.changes_offsets


def test_entities_are_decoded_and_offsets_map_back() -> None:
    raw = "Troops didn&rsquo;t shell Kharkiv &amp; Izium."
    normalized = normalize(raw)
    assert normalized.text == "Troops didn't shell Kharkiv & Izium."
    shell = normalized.text.index("shell")
    assert raw[normalized.original(shell):normalized.original(shell + 5)] == "shell"
    izium = normalized.text.index("Izium")
    assert raw[normalized.original(izium):normalized.original(izium + 5)] == "Izium"
    apostrophe = normalized.text.index("'")
    assert raw[normalized.original(apostrophe):normalized.original(apostrophe + 1)] == "&rsquo;"


def test_numeric_entities_and_zero_width_marks() -> None:
    assert normalize("didn&#8217;t").text == "didn't"
    assert normalize("didn&#x2019;t").text == "didn't"
    assert normalize("cease\u200bfire").text == "ceasefire"


def test_ampersands_that_are_not_entities_stay() -> None:
    assert normalize("AT&T and Johnson&Johnson; R&D").text == "AT&T and Johnson&Johnson; R&D"
