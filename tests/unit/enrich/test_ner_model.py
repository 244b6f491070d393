"""The trained NER in model mode: organisations of every kind are ORG, people and places typed.

Every sentence here is written for these tests (no third-party text).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.enrich import Enricher
from pipeline.enrich.gazetteer import default_gazetteer
from pipeline.enrich.ner import MODEL_DIR, load_model
from pipeline.enrich.ner_train import pipeline_label
from schemas import EnrichedArticle, RawArticle

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def model() -> Enricher:
    return Enricher("model")


def _types(enricher: Enricher, body: str) -> dict[str, str]:
    article: EnrichedArticle = enricher.enrich(RawArticle(
        article_id="ner", headline="Test item", body=body,
        published_at=datetime(2026, 3, 1, tzinfo=UTC)))
    return {entity.text: entity.type for entity in article.entities}


def test_the_committed_trained_model_is_what_model_mode_loads() -> None:
    nlp = load_model()
    assert nlp.pipe_names == ["ner"]
    assert nlp.meta["name"] == "wirewatch_ner"
    assert {"PERSON", "ORG", "GPE", "LOC", "NORP"} <= set(nlp.get_pipe("ner").labels)
    assert (MODEL_DIR / "MODEL_CARD.md").exists()


def test_a_company_and_a_club_are_organisations(model: Enricher) -> None:
    types = _types(model, "Shares in Brightwater Holdings fell 4 percent on Tuesday after the "
                          "company cut its forecast, while Kingsbridge United sold their "
                          "striker to Dunmore Athletic for a club record fee.")
    assert types["Brightwater Holdings"] == "ORG"
    assert types["Kingsbridge United"] == "ORG"
    assert types["Dunmore Athletic"] == "ORG"


def test_a_ministry_and_an_armed_group_are_organisations(model: Enricher) -> None:
    types = _types(model, "The Ministry of Water Resources said the dam was safe. Fighters of "
                          "the Eastern Liberation Front attacked an army post near the border "
                          "overnight, the group said in a statement.")
    assert types["Ministry of Water Resources"] == "ORG"
    assert types["Eastern Liberation Front"] == "ORG"


def test_people_and_places_are_typed(model: Enricher) -> None:
    types = _types(model, "Foreign Minister Helena Marsh flew to Montevideo on Sunday for talks "
                          "on the Danube shipping accord, her spokesman Piotr Lenk said.")
    assert types["Helena Marsh"] == "PERSON"
    assert types["Piotr Lenk"] == "PERSON"
    assert types["Montevideo"] == "GPE"


def test_all_caps_headlines_are_read_too(model: Enricher) -> None:
    types = _types(model, "SOCCER - PORTUGAL HELD TO A DRAW IN DUBLIN.")
    assert types["PORTUGAL"] == "GPE"
    assert types["DUBLIN"] == "GPE"


def test_training_labels_map_conll_types_to_the_enrichers() -> None:
    gazetteer = default_gazetteer()
    assert pipeline_label("Anna Berg", "PER", gazetteer) == "PERSON"
    assert pipeline_label("LONDON", "LOC", gazetteer) == "GPE"
    assert pipeline_label("Scotland", "LOC", gazetteer) == "GPE"
    assert pipeline_label("Middle East", "LOC", gazetteer) == "LOC"
    assert pipeline_label("German", "MISC", gazetteer) == "NORP"
    assert pipeline_label("West Indian", "MISC", gazetteer) == "NORP"
    assert pipeline_label("World Cup", "MISC", gazetteer) == "MISC"
    assert pipeline_label("RBI", "MISC", gazetteer) == "MISC"
