"""Word tokens with offsets, normalised for lexicon matching."""

from __future__ import annotations

import re
from typing import NamedTuple

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9']*(?:[.,][0-9]+)*|n't")
_NUMBER = re.compile(r"^[0-9][0-9.,]*$")
_ORDINAL = re.compile(r"^[0-9]+(?:st|nd|rd|th)$")
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "dozen",
        "dozens",
        "scores",
        "million",
    ]
)


class Token(NamedTuple):
    """A word: its normalised form (lower case, numbers as <num>) and [start, end) offsets."""

    norm: str
    start: int
    end: int


def normalize_word(word: str) -> str:
    """Lower case; numbers and number words become <num>; n't becomes not; 's is dropped."""
    lowered = word.lower()
    if lowered == "n't":
        return "not"
    if lowered.endswith("'s"):
        lowered = lowered[:-2]
    elif lowered.endswith("'"):
        lowered = lowered[:-1]
    if _NUMBER.match(lowered) or lowered in _NUMBER_WORDS:
        return "<num>"
    if _ORDINAL.match(lowered):
        return "<ord>"
    return lowered


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of text; hyphens and punctuation separate words; offsets shifted by offset."""
    tokens = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        if word.lower().endswith("n't") and len(word) > 3:
            stem_end = match.end() - 3
            tokens.append(
                Token(normalize_word(word[:-3]), offset + match.start(), offset + stem_end)
            )
            tokens.append(Token("not", offset + stem_end, offset + match.end()))
            continue
        tokens.append(Token(normalize_word(word), offset + match.start(), offset + match.end()))
    return tokens
