"""The learned topic scorer: a linear model over word n-grams, trained on real labelled news.

`wirewatch train topics` fits it with scikit-learn (pipeline/enrich/topic_model_train.py) and
writes the weights to pipeline/enrich/data/topic_model.npz; this module only reads them, so
scoring needs numpy and no scikit-learn. Features are the sublinear tf-idf of unigrams and
bigrams of `token_norms`, headline and body alike, l2-normalised, exactly as scikit-learn's
TfidfVectorizer computed them in training; scores are the softmax of the linear model.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np
import numpy.typing as npt

from pipeline.enrich.gazetteer import DATA_DIR

MODEL_FILE = DATA_DIR / "topic_model.npz"
EXPLAIN_TERMS = 5  # terms kept on a topic to say why it scored


def grams(norms: Sequence[str]) -> list[str]:
    """Unigrams and bigrams of normalised tokens (bigrams as "a b")."""
    out = list(norms)
    out.extend(map(" ".join, pairwise(norms)))  # map and join run in C: this is per article
    return out


def item_grams(headline_norms: Sequence[str], body_norms: Sequence[str]) -> list[str]:
    """The features' terms for an item: its headline's and its body's, no bigram across them."""
    return grams(headline_norms) + grams(body_norms)


@dataclass(frozen=True)
class TopicScores:
    """A softmax over the model's topics; `explain` names the terms behind one of them."""

    scores: dict[str, float]  # code -> probability
    _rows: dict[str, int]
    _terms: tuple[str, ...]
    _index: npt.NDArray[np.intp]  # vocabulary columns present in the item
    _contributions: npt.NDArray[np.float32]  # (codes, present terms)

    def explain(self, code: str, limit: int = EXPLAIN_TERMS) -> list[str]:
        """The present terms that pushed `code` up most, best first (none for unknown codes)."""
        row = self._rows.get(code)
        if row is None or not len(self._index):
            return []
        weights = self._contributions[row]
        order = np.argsort(-weights)[:limit]
        return [self._terms[int(self._index[j])] for j in order if weights[j] > 0]


@dataclass(frozen=True)
class TopicModel:
    """Weights of the linear topic model (one row per top-level code)."""

    codes: tuple[str, ...]
    terms: tuple[str, ...]  # by column
    idf: npt.NDArray[np.float32]
    coef: npt.NDArray[np.float32]  # (codes, terms)
    intercept: npt.NDArray[np.float32]  # (codes,)
    vocabulary: dict[str, int] = field(init=False, repr=False, compare=False)
    rows: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "vocabulary", {t: i for i, t in enumerate(self.terms)})
        object.__setattr__(self, "rows", {c: i for i, c in enumerate(self.codes)})

    def _vector(self, terms: Sequence[str]) -> tuple[npt.NDArray[np.intp],
                                                      npt.NDArray[np.float32]]:
        counts: Counter[int | None] = Counter(map(self.vocabulary.get, terms))
        counts.pop(None, None)
        if not counts:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.float32)
        index = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        tf = np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts))) + np.float32(1)
        values = tf * self.idf[index]
        return index, values / np.float32(np.linalg.norm(values))

    def score(self, headline_norms: Sequence[str], body_norms: Sequence[str]) -> TopicScores:
        """Topic probabilities of one item (and what pushed each up, see TopicScores.explain)."""
        index, values = self._vector(item_grams(headline_norms, body_norms))
        contributions = self.coef[:, index] * values  # (codes, present terms)
        logits = contributions.sum(axis=1) + self.intercept
        exp = np.exp(logits - logits.max())
        probabilities = exp / exp.sum()
        scores = {code: float(p) for code, p in zip(self.codes, probabilities, strict=True)}
        return TopicScores(scores, self.rows, self.terms, index, contributions)


def save_model(model: TopicModel, path: Path = MODEL_FILE) -> None:
    """Write the weights (compressed, no pickled objects)."""
    np.savez_compressed(path, codes=np.array(model.codes), terms=np.array(model.terms),
                        idf=model.idf.astype(np.float32), coef=model.coef.astype(np.float16),
                        intercept=model.intercept.astype(np.float32))


def load_model(path: Path = MODEL_FILE) -> TopicModel:
    """Read weights written by save_model."""
    with np.load(path, allow_pickle=False) as data:
        return TopicModel(codes=tuple(str(c) for c in data["codes"]),
                          terms=tuple(str(t) for t in data["terms"]),
                          idf=data["idf"].astype(np.float32),
                          coef=data["coef"].astype(np.float32),
                          intercept=data["intercept"].astype(np.float32))


@cache
def default_topic_model(path: Path = MODEL_FILE) -> TopicModel | None:
    """The committed model, loaded once; None when the file is absent (cue rules only)."""
    return load_model(path) if path.exists() else None
