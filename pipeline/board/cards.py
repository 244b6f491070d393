"""An alert as the board shows it: plain JSON data, evidence split into cue and non-cue segments.

The page never parses HTML from this data: it puts every segment in the DOM as text, and marks
the cue segments with <mark>. Splitting by character offsets (instead of inserting tags into a
string) is what keeps article text from ever becoming markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pipeline.text.phrases import PhraseMatcher
from pipeline.text.tokens import tokenize
from schemas import EscalationAlert

Segment = tuple[str, bool]
"""A piece of a sentence and whether it is a cue the detector fired on."""


def cue_spans(sentence: str, cue_ids: Iterable[str], matcher: PhraseMatcher) -> list[tuple[int, int]]:
    """[start, end) character spans in `sentence` of the phrases of the given cues, merged."""
    wanted = set(cue_ids)
    if not wanted:
        return []
    tokens = tokenize(sentence)
    spans = sorted((tokens[m.first].start, tokens[m.last].end)
                   for m in matcher.find([t.norm for t in tokens]) if m.key in wanted)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def segments(text: str, spans: Iterable[tuple[int, int]]) -> list[Segment]:
    """`text` cut at the spans: [(piece, is_cue), ...] whose pieces join back to `text`.

    Spans outside the text are clipped; overlapping or unordered spans are tolerated.
    """
    pieces: list[Segment] = []
    at = 0
    for span_start, span_end in sorted(spans):
        start, end = max(span_start, at), min(span_end, len(text))
        if start >= end:
            continue
        if start > at:
            pieces.append((text[at:start], False))
        pieces.append((text[start:end], True))
        at = end
    if at < len(text) or not pieces:
        pieces.append((text[at:], False))
    return pieces


def alert_card(alert: EscalationAlert, matcher: PhraseMatcher,
               escalates: EscalationAlert | None = None) -> dict[str, Any]:
    """The JSON the page renders for one alert.

    `escalates` is the earlier alert of the story this one supersedes, when the board still
    holds it; the card then says what it was.
    """
    evidence = [{"segments": [[piece, cue] for piece, cue in
                              segments(e.sentence, cue_spans(e.sentence, e.cues or alert.cues,
                                                             matcher))]}
                for e in alert.evidence]
    card: dict[str, Any] = {
        "alert_id": alert.alert_id,
        "kind": alert.kind,
        "severity": alert.severity,
        "score": round(alert.score, 3),
        "category": {"code": alert.category.code, "name": alert.category.name},
        "subject": alert.subject,
        "countries": list(alert.countries),
        "headline": alert.headline,
        "published_at": alert.published_at.isoformat(),
        "detected_at": alert.detected_at.isoformat(),
        "article_id": alert.article_id,
        "story_id": alert.story_id,
        "supersedes": alert.supersedes,
        "escalates": None,
        "evidence": evidence,
    }
    if alert.supersedes is not None:
        card["escalates"] = {
            "alert_id": alert.supersedes,
            "severity": escalates.severity if escalates is not None else None,
            "headline": escalates.headline if escalates is not None else None,
        }
    return card
