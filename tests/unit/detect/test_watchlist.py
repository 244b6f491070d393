"""User watchlists add cues, entities and watched countries without touching code."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.assembly import build_cores
from pipeline.errors import DataFileError
from pipeline.settings import Settings
from schemas import RawArticle

WATCHLIST = """
version: 1
cues:
  - id: port_closure
    category: "17"
    weight: 1.0
    patterns: ["close * (port|harbour) to * (ship|vessel)"]
entities:
  - canonical: Northern Shield Brigade
    type: ORG
    aliases: [NSB]
    country: NOR
    role: REB
countries: [NOR]
"""
BODY = ("OSLO (Reuters) - The Northern Shield Brigade closed the harbour to foreign ships on "
        "Monday, Norway's government said.")


def test_a_watchlist_cue_entity_and_country_take_effect(tmp_path: Path) -> None:
    path = tmp_path / "watch.yaml"
    path.write_text(WATCHLIST, encoding="utf-8")
    enricher, detector = build_cores(Settings(watchlist_path=path), "fast")
    article = enricher.enrich(RawArticle(article_id="w1", headline="h", body=BODY,
                                         published_at=datetime(2026, 1, 1, tzinfo=UTC)))
    brigade = next(e for e in article.entities if e.canonical == "Northern Shield Brigade")
    assert (brigade.role, brigade.country, brigade.linked) == ("REB", "NOR", True)
    [alert] = detector.detect(article).alerts
    assert alert.cues == ["port_closure"]
    assert alert.category.code == "17"
    plain_enricher, plain = build_cores(Settings(), "fast")
    assert plain.detect(plain_enricher.enrich(article)).alerts == []


def test_a_malformed_watchlist_names_the_file_and_entry(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("version: 1\ncues:\n  - id: x\n    category: '42'\n    patterns: [a]\n",
                    encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.yaml is invalid at cues\[0\] \(x\)\.category"):
        build_cores(Settings(watchlist_path=path), "fast")
