"""IPTC Media Topics from weighted cue phrases: scored, explained, parents always present."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, Field

from pipeline.datafiles import load_yaml_model
from pipeline.enrich.gazetteer import DATA_DIR
from pipeline.text.phrases import PhraseMatcher
from schemas import TopicTag

TOPICS_FILE = DATA_DIR / "topics.yaml"


class TopicRecord(BaseModel):
    """One Media Topic with its cue phrases and weights."""

    code: str = Field(pattern=r"^medtop:\d{8}$")
    label: str
    parent: str | None = Field(default=None, pattern=r"^medtop:\d{8}$")
    cues: dict[str, float]


class TopicsFile(BaseModel):
    """The topic rules file."""

    version: int
    topics: list[TopicRecord]


@dataclass(frozen=True)
class TopicRules:
    """Compiled topic rules."""

    records: dict[str, TopicRecord]
    matcher: PhraseMatcher
    weights: dict[str, tuple[str, float]]  # pattern key -> (topic code, weight)


def compile_topics(data: TopicsFile) -> TopicRules:
    """One matcher for every cue of every topic."""
    matcher = PhraseMatcher()
    weights: dict[str, tuple[str, float]] = {}
    for record in data.topics:
        for phrase, weight in record.cues.items():
            key = f"{record.code}|{phrase}"
            matcher.add(key, [phrase])
            weights[key] = (record.code, weight)
    return TopicRules({r.code: r for r in data.topics}, matcher, weights)


@cache
def default_topic_rules(path: Path = TOPICS_FILE) -> TopicRules:
    """The built-in topic rules, loaded once."""
    return compile_topics(load_yaml_model(path, TopicsFile))


# Scores saturate: 1 - exp(-evidence / SCALE). A topic needs MIN_SCORE to be assigned.
SCALE = 4.0
MIN_SCORE = 0.45
MAX_TOP_LEVEL = 3
MAX_REPEATS = 3  # a phrase counts at most this often: repetition is not more evidence


def classify_topics(norms: Sequence[str], rules: TopicRules,
                    headline_norms: Sequence[str] = ()) -> list[TopicTag]:
    """Topics of a token sequence, best first; each top-level once, subtopics with parents."""
    counts: Counter[str] = Counter(m.key for m in rules.matcher.find(norms))
    headline = Counter(m.key for m in rules.matcher.find(headline_norms))
    length_factor = max(1.0, math.sqrt(len(norms) / 300))
    evidence: dict[str, float] = {}
    cues: dict[str, list[str]] = {}
    for key, count in (counts + headline).items():
        code, weight = rules.weights[key]
        boost = 2 if key in headline else 1
        evidence[code] = evidence.get(code, 0.0) + weight * min(count, MAX_REPEATS) * boost
        cues.setdefault(code, []).append(key.split("|", 1)[1])
    scores = {code: 1 - math.exp(-(value / length_factor) / SCALE)
              for code, value in evidence.items()}
    top_level = sorted((c for c in scores if rules.records[c].parent is None),
                       key=lambda c: -scores[c])
    chosen_top = [c for c in top_level if scores[c] >= MIN_SCORE][:MAX_TOP_LEVEL]
    if not chosen_top and top_level:
        chosen_top = top_level[:1]
    if chosen_top:
        # A distant second topic is noise: keep those within half of the best.
        best = scores[chosen_top[0]]
        chosen_top = [c for c in chosen_top if scores[c] >= best * 0.5]
    subtopics = [c for c in scores if rules.records[c].parent in chosen_top
                 and scores[c] >= MIN_SCORE]
    tags = []
    for code in [*chosen_top, *sorted(subtopics, key=lambda c: -scores[c])]:
        record = rules.records[code]
        tags.append(TopicTag(code=code, label=record.label, score=round(scores[code], 3),
                             parent=record.parent, cues=sorted(set(cues[code]))[:8]))
    return tags
