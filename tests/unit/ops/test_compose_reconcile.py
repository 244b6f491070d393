"""The compose check's pure parts: reconciling topic counts and reading alert severities."""

from __future__ import annotations

from collections import Counter

from ops.compose.check import json_lines, last_line
from ops.compose.reconcile import (
    TopicCounts,
    alert_ids,
    duplicates,
    lost_keys,
    reconciles_exactly,
    severities,
)


def counts(raw: str, enriched: str, dead: str = "") -> TopicCounts:
    """Keys as letters: 'aab' is two records of key a and one of b."""
    return TopicCounts(Counter(raw.encode()[i:i + 1] for i in range(len(raw))),
                       Counter(enriched.encode()[i:i + 1] for i in range(len(enriched))),
                       Counter(dead.encode()[i:i + 1] for i in range(len(dead))))


def test_every_raw_record_enriched_or_dead_lettered_reconciles_exactly() -> None:
    found = counts("abcd", "abd", "c")
    assert found.totals == (4, 3, 1)
    assert reconciles_exactly(found)
    assert lost_keys(found) == {}
    assert duplicates(found) == 0


def test_a_record_neither_enriched_nor_dead_lettered_is_lost() -> None:
    found = counts("abcd", "ab", "c")
    assert not reconciles_exactly(found)
    assert lost_keys(found) == {b"d": 1}


def test_a_duplicate_does_not_hide_a_lost_record_of_another_key() -> None:
    found = counts("abc", "aab")  # totals match (3 = 3), but c is lost
    assert not reconciles_exactly(found)
    assert lost_keys(found) == {b"c": 1}
    assert duplicates(found) == 1


def test_a_replayed_key_must_be_processed_as_often_as_it_was_read() -> None:
    assert lost_keys(counts("aa", "a")) == {b"a": 1}
    assert lost_keys(counts("aa", "aaa")) == {}
    assert duplicates(counts("aa", "aaa")) == 1


def test_severities_and_ids_of_alerts() -> None:
    alerts: list[dict[str, object]] = [
        {"alert_id": "x", "severity": "high"}, {"alert_id": "y", "severity": "critical"},
        {"alert_id": "x", "severity": "high"}, {"severity": "low"}]
    assert severities(alerts) == Counter({"high": 2, "critical": 1, "low": 1})
    assert alert_ids(alerts) == {"x", "y"}


def test_json_lines_keeps_objects_and_skips_logs_and_broken_lines() -> None:
    text = 'starting\n{"a": 1}\n  {"b": 2}  \n{"broken": \n[1, 2]\n'
    assert json_lines(text) == [{"a": 1}, {"b": 2}]
    assert last_line("one\ntwo\n\n  \n") == "two"
    assert last_line("") == ""
