"""The stages the worker and `wirewatch analyze` share, with their state in plain dicts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.assembly import build_cores
from pipeline.detect import EscalationDetector
from pipeline.enrich import Enricher
from pipeline.observability import REGISTRY
from pipeline.settings import Settings
from pipeline.worker.monitoring import ConsumerLag
from pipeline.worker.options import app_id, faust_app_options
from pipeline.worker.stages import decode_raw, detect_and_admit, enrich_stage
from pipeline.worker.surge import DictWindowCounts, SurgeRule, surge_stage
from pipeline.worker.topology import BufferedTableStore
from schemas import EnrichedArticle, EscalationAlert, RawArticle

ARTICLE = RawArticle(
    article_id="a-1", headline="Shelling on the border",
    body="YEREVAN (Reuters) - Azerbaijani forces shelled Armenian army positions on Thursday, "
         "killing one soldier, Armenia's Defence Ministry said.",
    published_at=datetime(2026, 3, 5, tzinfo=UTC))
UPDATE = ARTICLE.model_copy(update={
    "article_id": "a-2", "headline": "UPDATE 1-Dozens killed in border shelling",
    "body": ARTICLE.body.replace("killing one soldier", "killing at least 30 soldiers"),
    "published_at": datetime(2026, 3, 5, 2, tzinfo=UTC)})
REPEAT = ARTICLE.model_copy(update={"article_id": "a-3", "body": ARTICLE.body + " ",
                                    "published_at": datetime(2026, 3, 5, 1, tzinfo=UTC)})
COOLDOWN = timedelta(hours=24)


@pytest.fixture(scope="module")
def cores() -> tuple[Enricher, EscalationDetector]:
    return build_cores(Settings(enrich_mode="fast"))


def test_decode_gives_an_article_or_the_reason_it_is_refused() -> None:
    assert decode_raw(ARTICLE.model_dump_json().encode(), 10_000) == ARTICLE
    refused = decode_raw(b"{", 10_000)
    assert not isinstance(refused, RawArticle)
    assert refused.reason == "invalid_json"


def test_enrich_stage_returns_the_exception_of_the_one_article_that_fails(
        cores: tuple[Enricher, EscalationDetector]) -> None:
    enricher = Enricher("fast")
    original = enricher.enrich_batch

    def fail_on_batches(articles: Sequence[RawArticle]) -> list[EnrichedArticle]:
        if any(a.article_id == "bad" for a in articles):
            raise ValueError("boom")
        return original(articles)

    enricher.enrich_batch = fail_on_batches  # type: ignore[method-assign]  # a failing core
    bad = ARTICLE.model_copy(update={"article_id": "bad"})
    results = enrich_stage(enricher, [ARTICLE, bad])
    assert isinstance(results[0], EnrichedArticle)
    assert isinstance(results[1], ValueError)


def test_a_story_alerts_once_then_escalates_with_the_cooldown_in_a_dict(
        cores: tuple[Enricher, EscalationDetector]) -> None:
    _, detector = cores
    enricher = Enricher("fast")
    store: dict[str, object] = {}
    published: list[EscalationAlert] = []
    held: list[EscalationAlert] = []
    for result in enrich_stage(enricher, [ARTICLE, REPEAT, UPDATE]):
        assert isinstance(result, EnrichedArticle)
        admitted = detect_and_admit(result, detector, store, COOLDOWN)
        published += admitted.alerts
        held += admitted.held_back
    assert [(a.article_id, a.severity) for a in published] == [("a-1", "high"),
                                                               ("a-2", "critical")]
    assert published[1].supersedes == published[0].alert_id
    assert [a.article_id for a in held] == ["a-3"]
    [state] = store.values()
    assert state == {"alert_id": published[1].alert_id, "severity": "critical",
                     "published_at": UPDATE.published_at.isoformat(), "article_id": "a-2"}


def test_without_a_cooldown_store_every_alert_passes(
        cores: tuple[Enricher, EscalationDetector]) -> None:
    enricher, detector = Enricher("fast"), cores[1]
    results = enrich_stage(enricher, [ARTICLE, REPEAT])
    alerts = [a for r in results if isinstance(r, EnrichedArticle)
              for a in detect_and_admit(r, detector, None, COOLDOWN).alerts]
    assert len(alerts) == 2


def _alert(subject: str = "AZE-ARM", kind: str = "article", severity: str = "high",
           number: int = 0) -> EscalationAlert:
    return EscalationAlert.model_validate({
        "alert_id": f"al-{number}", "kind": kind, "severity": severity, "score": 0.9,
        "category": {"code": "19", "name": "Fight"}, "subject": subject,
        "countries": ["AZE", "ARM"], "article_id": f"a-{number}", "story_id": f"s-{number}",
        "headline": "h", "published_at": "2026-03-05T00:00:00Z"})


def test_surge_fires_once_per_window_when_the_count_reaches_the_rule() -> None:
    counts = DictWindowCounts(window_s=3600, baseline_windows=3)
    sent: dict[str, str] = {}
    rule = SurgeRule(min_count=3, ratio=3.0)
    start = 1_800_000_000.0 - 1_800_000_000.0 % 3600
    surges = [surge_stage(_alert(number=i), start + i, counts, sent, rule, 3600)
              for i in range(5)]
    assert [s is not None for s in surges] == [False, False, True, False, False]
    surge = surges[2]
    assert surge is not None
    assert (surge.kind, surge.severity, surge.subject) == ("surge", "high", "AZE-ARM")
    assert surge.window == {"start": start, "seconds": 3600, "count": 3.0, "baseline": 0.0}
    assert sent == {"AZE-ARM": datetime.fromtimestamp(start, UTC).isoformat()}


def test_surge_needs_ratio_times_the_baseline_of_earlier_windows() -> None:
    counts = DictWindowCounts(window_s=60, baseline_windows=2)
    sent: dict[str, str] = {}
    rule = SurgeRule(min_count=3, ratio=3.0)
    for i in range(4):  # a busy earlier window: baseline (4 + 0) / 2 = 2
        surge_stage(_alert(number=i), 60.0 + i, counts, sent, rule, 60)
    sent.clear()
    later = [surge_stage(_alert(number=10 + i), 120.0 + i, counts, sent, rule, 60)
             for i in range(6)]
    assert [s is not None for s in later] == [False] * 5 + [True]


def test_surge_alerts_and_other_subjects_do_not_count() -> None:
    counts = DictWindowCounts(window_s=60, baseline_windows=1)
    sent: dict[str, str] = {}
    rule = SurgeRule(min_count=2, ratio=1.0)
    assert surge_stage(_alert(kind="surge"), 1.0, counts, sent, rule, 60) is None
    assert surge_stage(_alert(subject="USA"), 2.0, counts, sent, rule, 60) is None
    assert surge_stage(_alert(subject="RUS"), 3.0, counts, sent, rule, 60) is None
    assert counts.counts == {("USA", 0): 1, ("RUS", 0): 1}


def test_the_buffered_store_writes_only_when_flushed() -> None:
    table: dict[str, object] = {"old": [1]}
    store = BufferedTableStore(table)
    store["new"] = ["s", [1]]
    del store["old"]
    assert table == {"old": [1]}
    assert store["old"] == [1]
    store.flush()
    assert table == {"new": ["s", [1]]}
    assert list(store) == ["new"]
    assert len(store) == 1


def test_the_app_id_follows_the_topic_prefix() -> None:
    assert app_id(Settings(topic_prefix="staging", worker_id="wirewatch")) == "staging.wirewatch"
    assert app_id(Settings(topic_prefix="", worker_id="wirewatch")) == "wirewatch"
    options = faust_app_options(Settings(processing_guarantee="exactly_once"))
    assert options["processing_guarantee"] == "exactly_once"
    assert options["producer_max_request_size"] == 4 * 1024 * 1024


def test_lag_export_drops_partitions_no_longer_assigned() -> None:
    lag = ConsumerLag(Settings(), "g")
    lag.export({("unit-lag", 0): 5, ("unit-lag", 1): 2})
    lag.export({("unit-lag", 1): 0})
    lag.forget([("unit-lag", 1)])
    assert REGISTRY.get_sample_value("wirewatch_consumer_lag",
                                     {"topic": "unit-lag", "partition": "0"}) is None
    assert REGISTRY.get_sample_value("wirewatch_consumer_lag",
                                     {"topic": "unit-lag", "partition": "1"}) is None
    lag.export({("unit-lag", 2): 9})
    assert REGISTRY.get_sample_value("wirewatch_consumer_lag",
                                     {"topic": "unit-lag", "partition": "2"}) == 9
