"""Word tokens with offsets, normalised for lexicon matching."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.text.normalize import normalize

# A word starts with a letter or digit of any script ("López", "Đà Nẵng"); combining accents
# stay inside it. Typographic apostrophes were made plain by normalize().
_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f'])*(?:[.,][0-9]+)*|n't")
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


@lru_cache(maxsize=200_000)
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
    """Tokens of text; hyphens and punctuation separate words; offsets shifted by offset.

    Words are read from the typographically normalised text ("didn’t" is "did" "not");
    offsets are in the original text.
    """
    normalized = normalize(text)
    if normalized.changes_offsets:
        return [Token(t.norm, offset + normalized.original(t.start),
                      offset + normalized.original(t.end))
                for t in _tokenize_plain(normalized.text)]
    return _tokenize_plain(normalized.text, offset)


def _tokenize_plain(text: str, offset: int = 0) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # NamedTuple's own __new__ is a Python function: too slow per word
    for match in _WORD.finditer(text):
        start, end = match.span()
        norms = _norms_of(match.group())
        if len(norms) == 1:
            append(new(Token, (norms[0], offset + start, offset + end)))
        else:  # "didn't" -> "did", "not"
            append(new(Token, (norms[0], offset + start, offset + end - 3)))
            append(new(Token, ("not", offset + end - 3, offset + end)))
    return tokens


@lru_cache(maxsize=200_000)
def _norms_of(word: str) -> tuple[str, ...]:
    if word.endswith(("n't", "N'T")) and len(word) > 3:
        return normalize_word(word[:-3]), "not"
    return (normalize_word(word),)


def token_norms(text: str) -> list[str]:
    """Only the normalised forms of tokenize(text), several times faster (no offsets)."""
    return [norm for word in _WORD.findall(normalize(text).text) for norm in _norms_of(word)]
