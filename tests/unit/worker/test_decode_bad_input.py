"""decode_raw: every kind of bad record gets its own reason and one readable sentence."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.worker.decode import Rejected, decode_model, decode_raw
from schemas import DeadLetter, EnrichedArticle, RawArticle
from tests.bad_records import GOOD_BODY, BadRecord, article, encoded, long_article_body, zoo

LIMIT = 256 * 1024
NOW = datetime(2026, 12, 2, 12, tzinfo=UTC)


@pytest.mark.parametrize("record", zoo(LIMIT, NOW), ids=lambda record: record.key)
def test_every_bad_record_gets_its_reason_and_one_sentence(record: BadRecord) -> None:
    decoded = decode_raw(record.value, LIMIT, now=NOW)
    assert isinstance(decoded, Rejected)
    assert decoded.reason == record.reason
    assert decoded.error.endswith(".")
    assert "\n" not in decoded.error
    assert decoded.reason in DeadLetter.model_fields["reason"].annotation.__args__  # type: ignore[union-attr]  # a Literal


def test_json_kinds_are_named_in_plain_words() -> None:
    errors = {value: decode_raw(value, LIMIT, now=NOW) for value in (b"null", b"[]", b"7", b"true")}
    assert [e.error for e in errors.values() if isinstance(e, Rejected)] == [
        "the record is JSON null, not a JSON object.",
        "the record is a JSON array, not a JSON object.",
        "the record is a JSON number, not a JSON object.",
        "the record is JSON true, not a JSON object."]


def test_a_good_article_passes_with_its_ninjs_status_fields() -> None:
    value = encoded(article("good-1", format="ninjs", pubstatus="usable", version="2",
                            embargoed=(NOW - timedelta(hours=1)).isoformat()))
    decoded = decode_raw(value, LIMIT, now=NOW)
    assert isinstance(decoded, RawArticle)
    assert (decoded.pubstatus, decoded.version) == ("usable", "2")
    assert decoded.embargoed == NOW - timedelta(hours=1)


def test_an_embargo_names_the_time_it_lifts() -> None:
    value = encoded(article("emb", embargoed="2026-12-03T06:00:00+00:00"))
    decoded = decode_raw(value, LIMIT, now=NOW)
    assert decoded == Rejected("embargoed", "the item is under embargo until 2026-12-03T06:00:00Z; "
                                            "replay it from this dead letter once the embargo lifts.")
    assert isinstance(decode_raw(value, LIMIT, now=NOW + timedelta(days=1)), RawArticle)


def test_control_characters_are_located() -> None:
    decoded = decode_raw(encoded(article("c", body="Rain\x07 fell " + GOOD_BODY)), LIMIT, now=NOW)
    assert decoded == Rejected("control_characters", "the body holds 1 control character(s), "
                                                     "the first U+0007 at offset 4.")


def test_tabs_newlines_and_form_feeds_are_ordinary_text() -> None:
    body = GOOD_BODY.replace(" the ", "\tthe\r\n", 2) + "\f"
    assert isinstance(decode_raw(encoded(article("ok", body=body)), LIMIT, now=NOW), RawArticle)


def test_non_english_copy_says_what_it_reads_as() -> None:
    decoded = decode_raw(zoo(LIMIT, NOW)[-3].value, LIMIT, now=NOW)
    assert isinstance(decoded, Rejected)
    assert decoded.error.startswith("the article is not in English (it reads as 'fr'): "
                                    "English function words are ")


@pytest.mark.parametrize("tag", ["en", "EN", "en-GB", "eng", "und", ""])
def test_english_or_undeclared_language_tags_go_to_detection(tag: str) -> None:
    assert isinstance(decode_raw(encoded(article("t", language=tag)), LIMIT, now=NOW), RawArticle)


def test_a_short_text_is_not_judged_by_language() -> None:
    assert isinstance(decode_raw(encoded(article("s", body="Merci beaucoup.")), LIMIT, now=NOW),
                      RawArticle)


def test_a_100000_word_article_just_under_the_limit_decodes_quickly() -> None:
    body = long_article_body(100_000)
    value = encoded(article("long", body=body))
    limit = len(value) + 10
    started = time.perf_counter()
    decoded = decode_raw(value, limit, now=NOW)
    assert isinstance(decoded, RawArticle)
    assert len(decoded.body.split()) >= 100_000
    assert time.perf_counter() - started < 5.0
    assert decode_raw(value, len(value) - 1, now=NOW) == Rejected(
        "oversized", f"the record is {len(value)} bytes, above the limit of {len(value) - 1} bytes.")


def test_deeply_nested_json_is_invalid_not_a_crash() -> None:
    assert decode_raw(b"[" * 100_000 + b"]" * 100_000, 10**6, now=NOW) in (
        Rejected("invalid_json", "the record nests JSON too deeply to read."),
        Rejected("schema", "the record is a JSON array, not a JSON object."))


def test_enriched_articles_are_not_screened_by_language() -> None:
    value = json.dumps({**article("x", body="Le gouvernement a présenté un budget " * 10),
                        "story_id": "s"}).encode()
    assert isinstance(decode_model(value, EnrichedArticle, LIMIT), EnrichedArticle)
