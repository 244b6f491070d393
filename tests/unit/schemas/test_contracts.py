"""Message contracts: versioned, UTC, readable errors, and exported JSON Schema in step."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from schemas import (
    SCHEMA_VERSION,
    DeadLetter,
    EnrichedArticle,
    EscalationAlert,
    RawArticle,
    describe_validation_error,
    severity_rank,
)
from schemas.export import SCHEMA_DIR, drifted_schemas, render_schemas


def test_exported_json_schemas_match_the_models() -> None:
    assert drifted_schemas() == [], "run `wirewatch schemas export` and commit schemas/json"


def test_every_model_exports_a_schema_naming_the_contract_fields() -> None:
    rendered = {name: json.loads(text) for name, text in render_schemas().items()}
    assert set(rendered) == {"RawArticle.json", "EnrichedArticle.json", "EscalationAlert.json",
                             "DeadLetter.json"}
    raw = rendered["RawArticle.json"]["properties"]
    assert {"schema_version", "article_id", "source", "headline", "body", "language",
            "published_at", "ingested_at", "format", "url"} <= set(raw)
    enriched = rendered["EnrichedArticle.json"]["properties"]
    assert {"dateline", "caption", "credits", "entities", "countries", "topics", "story_id",
            "is_update", "enriched_at", "pipeline_version"} <= set(enriched)
    alert = rendered["EscalationAlert.json"]["properties"]
    assert {"alert_id", "kind", "severity", "score", "category", "countries", "dyad", "cues",
            "evidence", "article_id", "story_id", "headline", "published_at", "detected_at",
            "supersedes"} <= set(alert)
    dead = rendered["DeadLetter.json"]["properties"]
    assert {"stage", "reason", "error", "topic", "partition", "offset", "key", "value_b64",
            "failed_at"} <= set(dead)
    assert (SCHEMA_DIR / "RawArticle.json").exists()


def test_timestamps_are_normalised_to_utc() -> None:
    article = RawArticle(article_id="a", headline="h", body="b",
                         published_at=datetime(2026, 1, 1, 12, tzinfo=timezone(timedelta(hours=2))))
    assert article.published_at == datetime(2026, 1, 1, 10, tzinfo=UTC)
    naive = RawArticle(article_id="a", headline="h", body="b", published_at=datetime(2026, 1, 1))
    assert naive.published_at.tzinfo == UTC
    assert article.schema_version == SCHEMA_VERSION == 1


def test_validation_errors_read_as_one_sentence() -> None:
    with pytest.raises(ValidationError) as caught:
        RawArticle.model_validate({"headline": "h", "body": "", "published_at": "soon"})
    sentence = describe_validation_error(caught.value)
    assert sentence.startswith("RawArticle is invalid: field 'article_id' is missing;")
    assert "the article body is empty" in sentence
    assert "field 'published_at'" in sentence
    assert sentence.endswith(".")
    assert "\n" not in sentence


def test_enriched_article_round_trips_through_json() -> None:
    article = EnrichedArticle(article_id="a", headline="h", body="b",
                              published_at=datetime(2026, 1, 1, tzinfo=UTC), story_id="s1")
    again = EnrichedArticle.model_validate_json(article.model_dump_json())
    assert again == article


def test_unknown_fields_from_newer_producers_are_ignored() -> None:
    article = RawArticle.model_validate({"article_id": "a", "headline": "h", "body": "b",
                                         "published_at": "2026-01-01T00:00:00Z", "extra": 1})
    assert not hasattr(article, "extra")


def test_alert_category_codes_are_cameo_roots_and_severities_rank() -> None:
    base = {"alert_id": "x", "severity": "high", "score": 7.0, "published_at": "2026-01-01T00:00:00Z"}
    EscalationAlert.model_validate({**base, "category": {"code": "19", "name": "Fight"}})
    with pytest.raises(ValidationError):
        EscalationAlert.model_validate({**base, "category": {"code": "04", "name": "Consult"}})
    assert [severity_rank(s) for s in ("low", "medium", "high", "critical")] == [0, 1, 2, 3]


def test_dead_letter_reasons_are_a_closed_set() -> None:
    base = {"stage": "enrich", "error": "e.", "topic": "t", "partition": 0, "offset": 1,
            "value_b64": ""}
    assert DeadLetter.model_validate({**base, "reason": "not_utf8"}).reason == "not_utf8"
    with pytest.raises(ValidationError):
        DeadLetter.model_validate({**base, "reason": "whatever"})
