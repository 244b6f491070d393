"""Token-per-line NER files (CoNLL-2003, re3d) read into documents of plain text with gold spans.

CoNLL text is tokenised ("U.S. 's", "( Reuters )"); the enricher reads running text. Each
document is detokenised once, and every token keeps its character offsets, so spans found in
the text can be scored against the gold tokens the way CoNLL's own scorer does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

Span = tuple[int, int, str]  # first token, end token (exclusive), label

_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S",
                              "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "'"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#"})
_DOCSTART = "-DOCSTART-"
_QUOTE = '"'


@dataclass
class TaggedDoc:
    """A document: its text, each token's [start, end) in it, and gold entity spans."""

    text: str = ""
    tokens: list[tuple[int, int]] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    def char_span(self, span: Span) -> tuple[int, int, str]:
        """A gold span as [start, end) character offsets into the text."""
        first, end, label = span
        return self.tokens[first][0], self.tokens[end - 1][1], label


def iob_spans(tags: list[str]) -> list[Span]:
    """Entity spans of IOB1 or IOB2 tags: an I- tag after O or another type starts an entity."""
    spans: list[Span] = []
    start, label = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == label and start >= 0
        if start >= 0 and not continues:
            spans.append((start, index, label))
            start, label = -1, ""
        if prefix in ("B", "I") and not continues:
            start, label = index, kind
    return spans


def _space_flags(words: list[str]) -> list[bool]:
    """For each word, whether a space goes before it (quotes alternate open and close)."""
    flags: list[bool] = []
    quotes = 0
    after_opening_quote = False
    for index, word in enumerate(words):
        if index == 0:
            space = False
        elif word == _QUOTE:
            space = quotes % 2 == 0  # an opening quote stands apart; a closing one hugs the text
        else:
            space = not (after_opening_quote or word in _NO_SPACE_BEFORE
                         or words[index - 1] in _NO_SPACE_AFTER)
        after_opening_quote = word == _QUOTE and quotes % 2 == 0
        quotes += word == _QUOTE
        flags.append(space)
    return flags


def detokenise(sentences: list[list[tuple[str, str]]]) -> TaggedDoc:
    """One document from tokenised sentences of (token, tag): a sentence a line, spans kept."""
    doc = TaggedDoc()
    parts: list[str] = []
    position = 0
    for sentence in sentences:
        if parts:
            parts.append("\n")
            position += 1
        first_token = len(doc.tokens)
        words = [token for token, _ in sentence]
        for word, space in zip(words, _space_flags(words), strict=True):
            if space:
                parts.append(" ")
                position += 1
            doc.tokens.append((position, position + len(word)))
            parts.append(word)
            position += len(word)
        doc.spans.extend((first_token + s, first_token + e, label)
                         for s, e, label in iob_spans([tag for _, tag in sentence]))
    doc.text = "".join(parts)
    return doc


_COLUMNS = re.compile(r"[ \t]+")


def read_sentences(path: Path) -> Iterator[list[list[tuple[str, str]]]]:
    """Documents (lists of sentences of (token, tag)) of a token-per-line file.

    The tag is the last column. CoNLL-2003 marks documents with -DOCSTART-; a file without
    such marks (re3d) yields each sentence as its own document.
    """
    document: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []
    with_docstart = False
    with path.open(encoding="utf-8") as lines:
        for raw in lines:
            line = raw.strip()
            if not line:
                if sentence:
                    document.append(sentence)
                    sentence = []
                    if not with_docstart:
                        yield document
                        document = []
                continue
            columns = _COLUMNS.split(line)
            if columns[0] == _DOCSTART:
                with_docstart = True
                if document:
                    yield document
                document = []
                continue
            tag = columns[-1] if len(columns) > 1 else "O"
            sentence.append((columns[0], tag))
    if sentence:
        document.append(sentence)
    if document:
        yield document


def read_tagged_docs(path: Path) -> list[TaggedDoc]:
    """Every document of a token-per-line NER file, detokenised with gold spans."""
    return [detokenise(sentences) for sentences in read_sentences(path)]
