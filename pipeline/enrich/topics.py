"""IPTC Media Topics: a model learned from real news where data reaches, cue phrases elsewhere.

Top-level topics the topic model knows (pipeline/enrich/topic_model.py, trained on real
labelled news) are scored mostly by the model, with the cue phrases of topics.yaml as a
lesser part; the other top-level topics and every subtopic come from the cue phrases alone.
Every article gets a main topic (the best-scored top-level one) when a model is loaded; each
topic keeps the cue phrases and model terms that explain it, and a subtopic's top-level
topic is always present.
"""

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
from pipeline.enrich.topic_model import TopicModel, TopicScores, default_topic_model
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
    model: TopicModel | None = None


def compile_topics(data: TopicsFile, model: TopicModel | None = None) -> TopicRules:
    """One matcher for every cue of every topic."""
    matcher = PhraseMatcher()
    weights: dict[str, tuple[str, float]] = {}
    for record in data.topics:
        for phrase, weight in record.cues.items():
            key = f"{record.code}|{phrase}"
            matcher.add(key, [phrase])
            weights[key] = (record.code, weight)
    return TopicRules({r.code: r for r in data.topics}, matcher, weights, model)


@cache
def default_topic_rules(path: Path = TOPICS_FILE) -> TopicRules:
    """The built-in topic rules with the committed topic model, loaded once."""
    return compile_topics(load_yaml_model(path, TopicsFile), default_topic_model())


# Cue scores saturate: 1 - exp(-evidence / SCALE). A topic needs MIN_SCORE to be assigned.
SCALE = 4.0
MIN_SCORE = 0.45
MAX_TOP_LEVEL = 3
MAX_REPEATS = 3  # a phrase counts at most this often: repetition is not more evidence
MAX_EXPLANATION = 8
# A topic the model knows scores MODEL_SHARE of its probability plus the rest of its cue score;
# a top-level topic it does not know competes with CUE_ONLY_SHARE * cue score ** CUE_ONLY_POWER,
# so dense, decisive cues (an earthquake, a storm) can outrank what the model learned and a
# stray cue word cannot. The four numbers were chosen on the seeds' tune split (see the model
# card, pipeline/enrich/data/topic_model.md).
MODEL_SHARE = 0.7
# Except conflict: the model learned it from few and old reports (CAMEO lead sentences, MUC-4
# 1989-91, Gujarat 2002 police sentences) and reads modern wire war copy as politics, while the
# conflict cue phrases are the project's most worked-on list.
MODEL_SHARES = {"medtop:16000000": 0.4}
CUE_ONLY_SHARE = 0.8
CUE_ONLY_POWER = 3.0


def cue_scores(norms: Sequence[str], rules: TopicRules,
               headline_norms: Sequence[str] = ()) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Every topic's cue score and the cue phrases that gave it (headline cues count double)."""
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
    return scores, {code: sorted(set(found)) for code, found in cues.items()}


def classify_topics(norms: Sequence[str], rules: TopicRules,
                    headline_norms: Sequence[str] = ()) -> list[TopicTag]:
    """Topics of a token sequence, best first; each top-level once, subtopics with parents."""
    scores, cues = cue_scores(norms, rules, headline_norms)
    top_scores = {c: v for c, v in scores.items() if rules.records[c].parent is None}
    learned: TopicScores | None = None
    if rules.model is not None:
        learned = rules.model.score(headline_norms, norms)
        for code, probability in learned.scores.items():
            if code in rules.records:
                share = MODEL_SHARES.get(code, MODEL_SHARE)
                top_scores[code] = share * probability + (1 - share) * top_scores.get(code, 0.0)
        for code in top_scores.keys() - learned.scores.keys():
            top_scores[code] = CUE_ONLY_SHARE * top_scores[code] ** CUE_ONLY_POWER
    top_level = sorted(top_scores, key=lambda c: -top_scores[c])
    chosen_top = [c for c in top_level if top_scores[c] >= MIN_SCORE][:MAX_TOP_LEVEL]
    if not chosen_top and top_level:
        chosen_top = top_level[:1]
    if chosen_top:
        # A distant second topic is noise: keep those within half of the best.
        best = top_scores[chosen_top[0]]
        chosen_top = [c for c in chosen_top if top_scores[c] >= best * 0.5]
    subtopics = [c for c in scores if rules.records[c].parent in chosen_top
                 and scores[c] >= MIN_SCORE]
    tags = []
    for code in chosen_top:
        why = cues.get(code, [])
        if learned is not None:  # model terms follow the topic's cue phrases
            why = [*why, *(t for t in learned.explain(code) if t not in why)]
        tags.append(_tag(rules, code, top_scores[code], why))
    for code in sorted(subtopics, key=lambda c: -scores[c]):
        tags.append(_tag(rules, code, scores[code], cues[code]))
    return tags


def _tag(rules: TopicRules, code: str, score: float, why: list[str]) -> TopicTag:
    record = rules.records[code]
    return TopicTag(code=code, label=record.label, score=round(score, 3), parent=record.parent,
                    cues=why[:MAX_EXPLANATION])
