"""Deterministic article ids and derived headlines for copy that has neither."""

from __future__ import annotations

import hashlib
import re

from pipeline.layout import parse_layout
from pipeline.text import split_sentences

_SPACE = re.compile(r"\s+")
_HEADLINE_WORDS = 14


def normalize_text(text: str) -> str:
    """Lower-cased, whitespace-collapsed text: what the id hash is taken over."""
    return _SPACE.sub(" ", text).strip().lower()


def derive_article_id(body: str) -> str:
    """`ww-` and 20 hex digits of SHA-256 over the normalized body: the same text, the same id."""
    digest = hashlib.sha256(normalize_text(body).encode("utf-8")).hexdigest()
    return f"ww-{digest[:20]}"


def derive_headline(body: str) -> str:
    """The lead sentence of the story, cut to about fourteen words."""
    layout = parse_layout(body)
    story = layout.story(body).strip() or body.strip()
    flat = _SPACE.sub(" ", story)
    sentences = split_sentences(flat)
    lead = flat[sentences[0][0]:sentences[0][1]] if sentences else flat
    words = lead.split(" ")
    if len(words) > _HEADLINE_WORDS:
        return " ".join(words[:_HEADLINE_WORDS]).rstrip(",;:") + "…"
    return lead.rstrip(".")
