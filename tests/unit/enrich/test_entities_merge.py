"""Merging model spans with gazetteer matches: the gazetteer links, the model's context types."""

from __future__ import annotations

import pytest

from pipeline.enrich.gazetteer import default_gazetteer
from pipeline.enrich.mentions import article_mentions, build_automaton

pytestmark = pytest.mark.unit


def _mentions(story: str, spans: list[tuple[str, str]]) -> dict[str, tuple[str, str | None]]:
    gazetteer = default_gazetteer()
    found = [(story.index(text), story.index(text) + len(text), text, label)
             for text, label in spans]
    return {m.text: (m.type, m.country)
            for m in article_mentions(story, 0, found, gazetteer, build_automaton(gazetteer))}


def test_a_club_named_after_its_city_stays_an_organisation_with_the_citys_country() -> None:
    mentions = _mentions("Madrid beat Sevilla 2-1 on Sunday.", [("Madrid", "ORG")])
    assert mentions["Madrid"] == ("ORG", "ESP")


def test_the_city_itself_stays_a_place() -> None:
    mentions = _mentions("Talks resumed in Madrid on Sunday.", [("Madrid", "GPE")])
    assert mentions["Madrid"] == ("GPE", "ESP")


def test_a_body_named_after_a_country_is_one_organisation() -> None:
    mentions = _mentions("The Spanish Defence Ministry said on Monday ...",
                         [("Spanish Defence Ministry", "ORG")])
    assert mentions["Spanish Defence Ministry"] == ("ORG", "ESP")
    assert "Spanish" not in mentions


def test_a_demonym_keeps_its_own_type_and_links_to_the_country() -> None:
    mentions = _mentions("German officials met in Rome.", [("German", "NORP"), ("Rome", "GPE")])
    assert mentions["German"] == ("NORP", "DEU")
    assert mentions["Rome"] == ("GPE", "ITA")


def test_a_city_after_a_preposition_of_place_is_a_place_whatever_the_model_read() -> None:
    mentions = _mentions("A bomb fell on Nagasaki that morning.", [("Nagasaki", "ORG")])
    assert mentions["Nagasaki"] == ("GPE", "JPN")
    clubs = _mentions("Chicago at Boston was rained out.", [("Boston", "ORG")])
    assert clubs["Boston"][0] == "ORG"
