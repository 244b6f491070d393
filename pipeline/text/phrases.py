"""Phrase patterns over word tokens, written in base forms.

Syntax: lower-case words separated by spaces. A plain word matches its inflections;
`=word` matches that exact form; `(a|b)` is a set of alternatives for one token; `*` is a
gap of up to three tokens; `<num>` matches any number.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.text.inflect import inflections

MAX_GAP = 3
_VALID = re.compile(r"^[a-z0-9<>=()|*'&.\- ]+$")
Slot = frozenset[str] | None  # None is a gap


class PhraseSyntaxError(ValueError):
    """A pattern that does not follow the phrase syntax."""


@dataclass(frozen=True)
class PhraseMatch:
    """A match of pattern `key` over tokens [first, last] (inclusive)."""

    key: str
    first: int
    last: int


def _normalize_word(word: str) -> list[str]:
    # Text tokens split on hyphens and dots; patterns do the same so "air-strike" works.
    return [part for part in re.split(r"[-.]", word) if part]


def compile_pattern(pattern: str) -> list[Slot]:
    """The slots of one pattern: sets of accepted token forms, or gaps."""
    text = pattern.strip().lower()
    if not text or not _VALID.match(text):
        raise PhraseSyntaxError(f"the pattern {pattern!r} has characters outside the phrase "
                                "syntax")
    slots: list[Slot] = []
    for raw in text.split():
        if raw == "*":
            if not slots or slots[-1] is None:
                raise PhraseSyntaxError(f"the pattern {pattern!r} starts with or doubles a gap")
            slots.append(None)
            continue
        exact = raw.startswith("=")
        body = raw.lstrip("=")
        alternatives = body[1:-1].split("|") if body.startswith("(") and body.endswith(")") \
            else [body]
        if any(not a or "(" in a or ")" in a for a in alternatives):
            raise PhraseSyntaxError(f"the pattern {pattern!r} has a malformed (a|b) group")
        parts_per_alt = [_normalize_word(a) for a in alternatives]
        if any(len(p) > 1 for p in parts_per_alt):
            if len(alternatives) > 1:
                raise PhraseSyntaxError(f"hyphenated words cannot be alternatives in {pattern!r}")
            for part in parts_per_alt[0]:
                slots.append(frozenset({part}) if exact else inflections(part))
            continue
        forms: set[str] = set()
        for (alt,) in parts_per_alt:
            forms |= {alt} if exact or alt == "<num>" else set(inflections(alt))
        slots.append(frozenset(forms))
    if slots and slots[-1] is None:
        raise PhraseSyntaxError(f"the pattern {pattern!r} ends with a gap")
    return slots


class PhraseMatcher:
    """Finds many patterns in a token sequence, indexed by their first token."""

    def __init__(self) -> None:
        # One-word patterns (most topic cues) are a plain lookup; longer ones are walked.
        self._single: dict[str, list[str]] = defaultdict(list)
        self._by_first: dict[str, list[tuple[str, list[Slot]]]] = defaultdict(list)
        self.size = 0

    def add(self, key: str, patterns: Iterable[str]) -> None:
        """Register patterns under key (a cue id, a topic code, ...)."""
        for pattern in patterns:
            slots = compile_pattern(pattern)
            first = slots[0]
            assert first is not None
            for form in first:
                if len(slots) == 1:
                    if key not in self._single[form]:
                        self._single[form].append(key)
                else:
                    self._by_first[form].append((key, slots))
            self.size += 1

    def find(self, norms: Sequence[str]) -> list[PhraseMatch]:
        """Every match, left to right; one per key and start position (the shortest)."""
        found: list[PhraseMatch] = []
        single, multi = self._single, self._by_first
        for index, norm in enumerate(norms):
            keys = single.get(norm)
            candidates = multi.get(norm)
            if keys is None and candidates is None:
                continue
            seen: set[str] = set()
            if keys:
                seen.update(keys)
                found.extend(PhraseMatch(key, index, index) for key in keys)
            for key, slots in candidates or ():
                if key in seen:
                    continue
                second = slots[1]
                if second is not None and (index + 1 >= len(norms)
                                           or norms[index + 1] not in second):
                    continue  # the common case, decided without a call
                last = _match_from(slots, norms, index)
                if last is not None:
                    seen.add(key)
                    found.append(PhraseMatch(key, index, last))
        return found


def _match_from(slots: Sequence[Slot], norms: Sequence[str], start: int) -> int | None:
    position = start
    slot_index = 0
    while slot_index < len(slots):
        slot = slots[slot_index]
        if slot is None:
            following = slots[slot_index + 1]
            assert following is not None
            for skip in range(MAX_GAP + 1):
                at = position + skip
                if at < len(norms) and norms[at] in following:
                    rest = _match_from(slots[slot_index + 1:], norms, at)
                    if rest is not None:
                        return rest
            return None
        if position >= len(norms) or norms[position] not in slot:
            return None
        position += 1
        slot_index += 1
    return position - 1
