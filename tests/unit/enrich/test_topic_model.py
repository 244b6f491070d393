"""The learned topic scorer: features as in training, probabilities, explanations, artefact."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from pipeline.enrich.topic_model import (
    MODEL_FILE,
    TopicModel,
    default_topic_model,
    grams,
    item_grams,
    load_model,
    save_model,
)
from pipeline.enrich.topic_model_data import LabelledItem
from pipeline.enrich.topic_model_train import fit, with_short_cuts
from pipeline.text import token_norms

SPORT, ECONOMY = "medtop:15000000", "medtop:04000000"


def tiny_model() -> TopicModel:
    return TopicModel(codes=(ECONOMY, SPORT), terms=("goal", "profit", "profit rose"),
                      idf=np.ones(3, dtype=np.float32),
                      coef=np.array([[-1.0, 2.0, 1.0], [2.0, -1.0, 0.0]], dtype=np.float32),
                      intercept=np.zeros(2, dtype=np.float32))


def test_grams_are_unigrams_then_bigrams_and_never_cross_headline_and_body() -> None:
    assert grams(["a", "b", "c"]) == ["a", "b", "c", "a b", "b c"]
    assert item_grams(["x"], ["y"]) == ["x", "y"]


def test_scores_are_probabilities_and_name_the_terms_behind_them() -> None:
    result = tiny_model().score([], ["profit", "rose", "sharply"])
    assert sum(result.scores.values()) == pytest.approx(1.0)
    assert result.scores[ECONOMY] > result.scores[SPORT]
    assert result.explain(ECONOMY) == ["profit", "profit rose"]
    assert result.explain(SPORT) == []
    assert result.explain("medtop:99000000") == []


def test_an_item_with_no_known_term_scores_from_the_intercept_alone() -> None:
    result = tiny_model().score([], ["unknown", "words"])
    assert result.scores[ECONOMY] == pytest.approx(0.5)
    assert result.explain(ECONOMY) == result.explain(SPORT) == []


def test_weights_survive_a_round_trip_through_the_artefact_file(tmp_path: Path) -> None:
    path = tmp_path / "model.npz"
    save_model(tiny_model(), path)
    loaded = load_model(path)
    assert loaded.codes == (ECONOMY, SPORT)
    assert loaded.vocabulary == {"goal": 0, "profit": 1, "profit rose": 2}
    assert loaded.score([], ["goal"]).scores[SPORT] == pytest.approx(
        tiny_model().score([], ["goal"]).scores[SPORT], abs=1e-3)


def test_the_committed_artefact_loads_and_knows_the_learned_top_level_topics() -> None:
    assert MODEL_FILE.exists()
    model = default_topic_model()
    assert model is not None
    assert set(model.codes) == {"medtop:01000000", "medtop:02000000", ECONOMY, "medtop:07000000",
                                "medtop:11000000", "medtop:13000000", SPORT, "medtop:16000000"}
    assert model.coef.shape == (len(model.codes), len(model.terms))


def test_fit_matches_the_scorer_it_exports() -> None:
    sport = ["The striker scored a late goal to win the match.",
             "The keeper saved a penalty and the team won the cup.",
             "A hat-trick from the forward sealed the league title."]
    economy = ["Quarterly profit rose as sales grew and the shares climbed.",
               "The bank raised interest rates to curb inflation.",
               "Investors sold shares as the company cut its profit forecast."]
    items = [LabelledItem("t", "", text, code, "train")
             for texts, code in ((sport, SPORT), (economy, ECONOMY)) for text in texts]
    model = fit(with_short_cuts(items), c=10.0, max_terms=500)
    scores = model.score(token_norms("Late goal wins cup"), token_norms("The striker scored.")).scores
    assert max(scores, key=scores.__getitem__) == SPORT
    scores = model.score([], token_norms("Shares fell as profit slumped.")).scores
    assert max(scores, key=scores.__getitem__) == ECONOMY
