"""Entities: gazetteer linking, surname resolution, credits never entities, country salience."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.enrich import Enricher
from pipeline.enrich.gazetteer import default_gazetteer
from pipeline.enrich.places import dateline_country
from schemas import EnrichedArticle, RawArticle

BODY = """Troops parade in Caracas, Venezuela, May 1, 2026. REUTERS/Jordan Washington

WASHINGTON (Reuters) -U.S. President Donald Trump warned Venezuela's Nicolas Maduro on Friday that the Pentagon was ready to act, and the White House said the CIA had been briefed.

Maduro said Venezuelan forces would defend the country. Trump did not comment further.

(Reporting by Jordan Washington and Kevin Paris; Editing by Sam Caracas)"""


@pytest.fixture(scope="module")
def fast() -> Enricher:
    return Enricher("fast")


def enrich(enricher: Enricher, body: str = BODY) -> EnrichedArticle:
    return enricher.enrich(RawArticle(article_id="e1", headline="Trump warns Maduro", body=body,
                                      published_at=datetime(2026, 5, 2, tzinfo=UTC)))


def test_gazetteer_links_people_bodies_and_countries_with_codes_and_roles(fast: Enricher) -> None:
    entities = {e.canonical: e for e in enrich(fast).entities}
    assert {"Donald Trump", "Nicolas Maduro", "Venezuela", "United States", "Pentagon",
            "White House", "CIA"} <= set(entities)
    assert (entities["Venezuela"].country, entities["Venezuela"].wikidata) == ("VEN", "Q717")
    assert (entities["Pentagon"].role, entities["CIA"].role) == ("MIL", "SPY")
    assert entities["Nicolas Maduro"].type == "PERSON"


def test_later_surnames_resolve_to_the_full_name(fast: Enricher) -> None:
    entities = {e.canonical: e for e in enrich(fast).entities}
    assert entities["Nicolas Maduro"].mentions == 2
    assert entities["Donald Trump"].mentions == 2
    assert "Maduro" not in entities
    assert "Trump" not in entities


def test_spans_point_at_the_mentions_in_the_body(fast: Enricher) -> None:
    article = enrich(fast)
    for entity in article.entities:
        for start, end in entity.spans:
            assert article.body[start:end] in {entity.text, *entity.canonical.split()} or \
                entity.type == "NORP", (entity.canonical, article.body[start:end])


def test_credit_names_and_the_caption_never_become_entities(fast: Enricher) -> None:
    article = enrich(fast)
    assert article.credits.reporters == ["Jordan Washington", "Kevin Paris"]
    assert article.credits.editors == ["Sam Caracas"]
    assert article.credits.photographers == ["Jordan Washington"]
    caption_end = article.body.index("WASHINGTON (Reuters)")
    credits_start = article.body.index("(Reporting by")
    for entity in article.entities:
        for start, _ in entity.spans:
            assert caption_end <= start < credits_start, entity.canonical


def test_countries_rank_by_salience(fast: Enricher) -> None:
    # The United States acts through six mentions (U.S., Trump twice, Pentagon, White House,
    # CIA) and the dateline; Venezuela has four.
    assert enrich(fast).countries == ["USA", "VEN"]


def test_demonyms_link_to_their_country(fast: Enricher) -> None:
    entities = {e.canonical: e for e in enrich(fast).entities}
    assert entities["Venezuela"].mentions == 2  # "Venezuela's" and "Venezuelan"
    assert entities["Venezuela"].type == "GPE"


def test_dateline_country_from_capital_region_or_state() -> None:
    gazetteer = default_gazetteer()
    assert dateline_country("WASHINGTON", None, gazetteer) == "USA"
    assert dateline_country("SRINAGAR", "India", gazetteer) == "IND"
    assert dateline_country("ORCHARD PARK", "N.Y.", gazetteer) == "USA"
    assert dateline_country("FRANKFURT", None, gazetteer) == "DEU"
    assert dateline_country("UNITED NATIONS", None, gazetteer) == "USA"


def test_model_mode_finds_people_the_gazetteer_does_not_know() -> None:
    body = ("NAIROBI (Reuters) - Kenyan opposition leader Wanjiru Odhiambo said on Monday that "
            "police had detained 40 of her supporters. Odhiambo called the arrests illegal.")
    article = Enricher("model").enrich(RawArticle(
        article_id="m1", headline="h", body=body, published_at=datetime(2026, 1, 1, tzinfo=UTC)))
    people = {e.canonical: e for e in article.entities if e.type == "PERSON"}
    assert "Wanjiru Odhiambo" in people
    assert people["Wanjiru Odhiambo"].mentions == 2
    assert people["Wanjiru Odhiambo"].linked is False
