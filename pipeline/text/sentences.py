"""A fast, abbreviation-aware sentence splitter for English news copy."""

from __future__ import annotations

import re

from pipeline.text.normalize import normalize

# Run on normalised text: quotes are plain, an ellipsis is a full stop, spaces are spaces.
# A Latin or Cyrillic capital, accented or not, may open the next sentence ("Óscar", "Ömer").
_CANDIDATE = re.compile(r"[.!?][\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9\u00c0-\u00d6\u00d8-\u00de\u0410-\u042f\u0401])"
                        r"|\n\s*\n")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cpt",
        "adm",
        "maj",
        "cmdr",
        "sen",
        "rep",
        "gov",
        "pres",
        "st",
        "ave",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "corp",
        "ltd",
        "co",
        "jr",
        "sr",
        "vs",
        "etc",
        "fig",
        "approx",
        "est",
        "dept",
        "univ",
        "rev",
        "hon",
        "gen",
        "brig",
        "mt",
        "ft",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "u.s.a",
        "d.c",
        "a.m",
        "p.m",
    ]
)
# "No." and "Nos." abbreviate "number" only before one: "No. 10", but "he said no. Troops ...".
_NUMBER_ABBREVIATIONS = frozenset(["no", "nos"])
_DIGIT_AFTER = re.compile(r"\s*[0-9]")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")


_LOOKBEHIND = 24  # longer than any abbreviation; keeps the search local, not O(n) per period


def _is_abbreviation(text: str, period_at: int) -> bool:
    match = _WORD_BEFORE.search(text, max(0, period_at - _LOOKBEHIND), period_at)
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    if len(word) == 1 and text[match.start()].isupper():
        return True  # an initial: "John F. Kennedy"
    if word in _NUMBER_ABBREVIATIONS:
        return _DIGIT_AFTER.match(text, period_at + 1) is not None
    return word in _ABBREVIATIONS


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of text, shifted by offset, without outer spaces.

    Boundaries are found in the typographically normalised text; spans are offsets into
    the original text.
    """
    normalized = normalize(text)
    plain = normalized.text
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(plain):
        if match.group(0)[0] == "." and _is_abbreviation(plain, match.start()):
            continue
        end = match.end()
        _append(plain, start, end, offset, spans)
        start = end
    _append(plain, start, len(plain), offset, spans)
    if normalized.changes_offsets:
        return [(offset + normalized.original(s - offset), offset + normalized.original(e - offset))
                for s, e in spans]
    return spans


def _append(text: str, start: int, end: int, offset: int, spans: list[tuple[int, int]]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        spans.append((offset + start + lead, offset + start + lead + len(stripped)))
