"""Features of one sentence for the escalation model: its words and what the rules read in it.

The rule signals (which cue categories fired, and what lowered or cancelled them: negation,
hedges, history, metaphor domain, de-escalation ...) are features, so the model learns from
real labelled news how far to trust each of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import numpy as np
from scipy import sparse
from sklearn.feature_extraction import FeatureHasher
from sklearn.preprocessing import normalize

from pipeline.detect.casualties import casualty_counts
from pipeline.detect.reading import STATE_ROLES, SentenceReading

CATEGORIES = ("13", "14", "15", "16", "17", "18", "19", "20")
REASONS = ("negated", "hedged", "historical", "metaphor", "deescalation", "background",
           "no_actor", "crime", "one_party", "threatened", "exercise", "headline_focus",
           "denial_story", "deescalation_story", "historical_story")
RULE_FEATURES = (
    *(f"live_{c}" for c in CATEGORIES), *(f"cancelled_{c}" for c in CATEGORIES),
    *(f"reason_{r}" for r in REASONS),
    "armed_actor", "state_actor", "two_parties", "deescalation_sentence", "dead", "dead_5",
    "injured", "no_cue")
WORD_FEATURES = 2 ** 18

# The detector has already tokenised every sentence; hashing its normalised tokens and their
# bigrams costs a tenth of re-tokenising the text (character n-grams cost ten times more).
_HASHER = FeatureHasher(n_features=WORD_FEATURES, input_type="string", alternate_sign=False,
                        dtype=np.float32)


def ngrams(norms: Sequence[str]) -> list[str]:
    """Unigrams and bigrams of a sentence's normalised tokens."""
    return [*norms, *(f"{a} {b}" for a, b in pairwise(norms))]


def rule_vector(reading: SentenceReading, sentence: str) -> list[float]:
    """The rule signals of one read sentence, in RULE_FEATURES order."""
    live = dict.fromkeys(CATEGORIES, 0.0)
    cancelled = dict.fromkeys(CATEGORIES, 0.0)
    reasons = dict.fromkeys(REASONS, 0.0)
    for hit in reading.hits:
        category = hit.cue.category
        if hit.factor > 0:
            live[category] = max(live[category], min(1.5, hit.factor * hit.cue.weight))
        else:
            cancelled[category] = 1.0
        for reason in hit.reasons:
            if reason in reasons:
                reasons[reason] = 1.0
    dead = injured = 0
    if reading.hits:  # counting casualties costs a regex pass; only cue sentences need it
        dead, injured = casualty_counts(sentence)
    parties = {a.country or a.canonical for a in reading.actors}
    return [*live.values(), *cancelled.values(), *reasons.values(),
            float(reading.armed_actor),
            float(any(a.role in STATE_ROLES or a.type == "GPE" for a in reading.actors)),
            float(len(parties) >= 2), float(reading.deescalation), float(dead > 0),
            float(dead >= 5), float(injured > 0), float(not reading.hits)]


def feature_matrix(norms: Sequence[Sequence[str]],
                   rules: Sequence[Sequence[float]]) -> sparse.csr_matrix:
    """All sentences at once: hashed word 1-2 grams (l2-normalised), then the rule signals."""
    words = normalize(_HASHER.transform(ngrams(n) for n in norms))
    dense = sparse.csr_matrix(np.asarray(rules, dtype=np.float32).reshape(len(norms),
                                                                          len(RULE_FEATURES)))
    return sparse.hstack([words, dense], format="csr")
