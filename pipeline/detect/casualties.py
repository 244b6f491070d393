"""Casualty figures in a sentence: "killed at least 40", "12 soldiers died", "toll rose to 90"."""

from __future__ import annotations

import re

_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
                 "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12,
                 "dozens": 24, "scores": 40, "hundred": 100, "hundreds": 200,
                 "thousand": 1000, "thousands": 2000}
_NUMBER = r"(?P<n>\d[\d,]*|" + "|".join(_WORD_NUMBERS) + r")"
_DEATH = r"(?:killed|dead|died|deaths|killing|slain|massacred|bodies|fatalities|lives)"
_HURT = r"(?:wounded|injured|injuring|wounding|hurt)"
_QUALIFIER = r"(?:at least |more than |over |some |nearly |almost |about |around |up to )?"
_PATTERNS = [
    re.compile(_QUALIFIER + _NUMBER + r"(?: [a-z-]+){0,3}? (?:were |have been |had been |are )?"
               + r"(?P<kind>" + _DEATH + "|" + _HURT + r")\b", re.IGNORECASE),
    re.compile(r"(?P<kind>killing|killed|kill|wounding|wounded|injuring|injured) "
               + _QUALIFIER + _NUMBER + r"\b", re.IGNORECASE),
    re.compile(r"(?P<kind>death toll|toll) (?:[a-z]+ ){0,3}?(?:to |at |of )" + _QUALIFIER
               + _NUMBER + r"\b", re.IGNORECASE),
]


def _value(text: str) -> int:
    lowered = text.lower()
    if lowered in _WORD_NUMBERS:
        return _WORD_NUMBERS[lowered]
    try:
        return int(lowered.replace(",", ""))
    except ValueError:
        return 0


def casualty_counts(sentence: str) -> tuple[int, int]:
    """(dead, injured) figures the sentence reports; the largest of each kind."""
    dead = injured = 0
    for pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            value = _value(match["n"])
            if value > 100_000 or 1900 <= value <= 2100:
                continue  # a year or a population, not a toll
            kind = match["kind"].lower()
            if re.match(_HURT, kind) or kind.startswith(("wound", "injur")):
                injured = max(injured, value)
            else:
                dead = max(dead, value)
    return dead, injured
