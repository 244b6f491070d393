"""Fit the topic model on the train parts of the real labelled sets (scikit-learn).

Each training item is learned twice, as the full article and cut to its headline and first
sentence, so short wire items weigh as much as long ones. Classes are balanced. The held-out
parts are scored by the model alone (the enricher's own figures come from `wirewatch eval`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from pipeline.enrich.topic_model import TopicModel, item_grams
from pipeline.enrich.topic_model_data import LabelledItem
from pipeline.text import token_norms

MAX_TERMS = 30_000  # the most frequent n-grams (min_df below) keep the artefact small
MIN_DF = 2
C = 10.0  # inverse regularisation, chosen on the held-out parts (see the model card)


@dataclass(frozen=True)
class TrainedTopics:
    """The fitted model and what it was fitted on and scored against."""

    model: TopicModel
    report: dict[str, Any]


def _norms(items: Sequence[LabelledItem]) -> list[tuple[list[str], list[str]]]:
    return [(token_norms(i.headline), token_norms(i.body)) for i in items]


def _analyzer(pair: tuple[list[str], list[str]]) -> list[str]:
    return item_grams(pair[0], pair[1])


def with_short_cuts(items: Sequence[LabelledItem]) -> list[LabelledItem]:
    """Every item as it is and cut short; items that are one sentence already appear once."""
    out: list[LabelledItem] = []
    for item in items:
        out.append(item)
        short = item.short()
        if short.body != item.body:
            out.append(short)
    return out


def fit(items: Sequence[LabelledItem], c: float = C, max_terms: int = MAX_TERMS) -> TopicModel:
    """A linear model over tf-idf n-grams fitted on the given (training) items."""
    vectorizer = TfidfVectorizer(analyzer=_analyzer, sublinear_tf=True, min_df=MIN_DF,
                                 max_features=max_terms, dtype=np.float32)
    matrix = vectorizer.fit_transform(_norms(items))
    labels = [i.code for i in items]
    classifier = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    classifier.fit(matrix, labels)
    terms = [""] * len(vectorizer.vocabulary_)
    for term, column in vectorizer.vocabulary_.items():
        terms[column] = term
    coef, intercept = classifier.coef_, classifier.intercept_
    if len(classifier.classes_) == 2:  # one row for two classes: softmax of (0, logit) is the same
        coef = np.vstack([np.zeros_like(coef), coef])
        intercept = np.concatenate([np.zeros_like(intercept), intercept])
    return TopicModel(codes=tuple(str(c) for c in classifier.classes_), terms=tuple(terms),
                      idf=vectorizer.idf_.astype(np.float32), coef=coef.astype(np.float32),
                      intercept=intercept.astype(np.float32))


def model_accuracy(model: TopicModel, items: Sequence[LabelledItem]) -> dict[str, Any]:
    """Top-class accuracy of the model alone per source and class, full and short."""
    rows: dict[str, Counter[str]] = {}
    for item in items:
        row = rows.setdefault(f"{item.source}:{item.code}", Counter())
        row["items"] += 1
        for cut, version in (("full", item), ("short", item.short())):
            scores = model.score(token_norms(version.headline), token_norms(version.body)).scores
            row[cut] += max(scores, key=scores.__getitem__) == item.code
    return {key: {"items": row["items"], "full": round(row["full"] / row["items"], 3),
                  "short": round(row["short"] / row["items"], 3)}
            for key, row in sorted(rows.items())}


def train_topics(items: Sequence[LabelledItem], c: float = C) -> TrainedTopics:
    """Fit on the train parts, score on the held-out parts."""
    train = [i for i in items if i.split == "train"]
    heldout = [i for i in items if i.split == "heldout"]
    model = fit(with_short_cuts(train), c)
    counts = Counter(f"{i.source}:{i.code}:{i.split}" for i in items)
    report = {"c": c, "max_terms": MAX_TERMS, "min_df": MIN_DF, "terms": len(model.terms),
              "items": dict(sorted(counts.items())),
              "heldout_model_accuracy": model_accuracy(model, heldout)}
    return TrainedTopics(model, report)
