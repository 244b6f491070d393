"""Typographic normalisation for matching, with a map back to offsets in the original text.

Real feeds write "didn’t", “quotes”, en and em dashes, non-breaking spaces and HTML entities
("&rsquo;", "&#8217;", "&amp;"). Matching runs on a plain form; offsets always come back in
the original text, so evidence still slices the body as published.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass

# One character for one: offsets do not move. Written as code points so the table is legible.
_ONE_FOR_ONE = {
    0x2019: "'", 0x2018: "'", 0x02BC: "'", 0x201B: "'", 0x2032: "'", 0x00B4: "'", 0x0060: "'",
    0xFF07: "'",
    0x201C: '"', 0x201D: '"', 0x201E: '"', 0x201F: '"', 0x00AB: '"', 0x00BB: '"', 0x2033: '"',
    0xFF02: '"',
    0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
    0xFE58: "-", 0xFE63: "-", 0xFF0D: "-",
    0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x2009: " ", 0x200A: " ", 0x2002: " ", 0x2003: " ",
    0x2004: " ", 0x2005: " ", 0x2006: " ", 0x2008: " ", 0x205F: " ", 0x3000: " ",
    0x2026: ".",  # an ellipsis ends a sentence like a full stop when a capital follows
}
_TABLE = str.maketrans({chr(k): v for k, v in _ONE_FOR_ONE.items()})
# Named (up to 31 letters), decimal and hex character references; bounded, so no backtracking.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
# Zero-width characters that split words in pasted copy ("cease\u200bfire").
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CHANGE = re.compile(f"{_ENTITY.pattern}|{_INVISIBLE.pattern}")


@dataclass(frozen=True)
class Normalized:
    """The normalised text and how to map its offsets back to the original."""

    text: str
    # Breakpoints (normalised offset, original offset) after each change of length; empty
    # when offsets are the same in both texts (the common case).
    _norm_at: tuple[int, ...] = ()
    _orig_at: tuple[int, ...] = ()

    @property
    def changes_offsets(self) -> bool:
        """Whether any offset differs between the normalised and the original text."""
        return bool(self._norm_at)

    def original(self, offset: int) -> int:
        """The original offset of a normalised offset (a start or an end)."""
        if not self._norm_at:
            return offset
        index = bisect_right(self._norm_at, offset) - 1
        if index < 0:
            return offset
        return self._orig_at[index] + (offset - self._norm_at[index])


def _replacement(match: re.Match[str]) -> str:
    entity = match.group()
    decoded = html.unescape(entity)
    if decoded == entity or not decoded:
        return entity  # not an entity ("AT&T;"): left as written
    return decoded.translate(_TABLE)


def normalize(text: str) -> Normalized:
    """Plain quotes, apostrophes, dashes and spaces; entities decoded; zero-width marks dropped.

    Every change but entities and zero-width marks keeps the length, so offsets map back
    through a few breakpoints, not a table per character.
    """
    plain = text.translate(_TABLE)
    if "&" not in plain and _INVISIBLE.search(plain) is None:
        return Normalized(plain)
    pieces: list[str] = []
    norm_at: list[int] = []
    orig_at: list[int] = []
    position = 0  # in the original
    length = 0  # of the normalised text so far
    for match in _CHANGE.finditer(plain):
        start, end = match.span()
        replacement = "" if _INVISIBLE.fullmatch(match.group()) else _replacement(match)
        if replacement == match.group():
            continue
        pieces.append(plain[position:start])
        length += start - position
        pieces.append(replacement)
        length += len(replacement)
        # After the replacement, normalised offsets resume one-for-one at the original end.
        norm_at.append(length)
        orig_at.append(end)
        position = end
    if not norm_at:
        return Normalized(plain)
    pieces.append(plain[position:])
    return Normalized("".join(pieces), tuple(norm_at), tuple(orig_at))
