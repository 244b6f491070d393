"""Two workers on a 4-partition topic: updates join their story whichever worker reads them and
do not re-alert; a worker stopped mid-run hands its partitions over and nothing is lost."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path

from kafka.partitioner.default import murmur2

from pipeline.assembly import build_cores
from pipeline.bench.workload import make_workload
from pipeline.broker.admin import create_topics
from pipeline.broker.local import free_port
from pipeline.processes import stop_process_group
from pipeline.settings import Settings
from schemas import EnrichedArticle, EscalationAlert, RawArticle
from tests.conftest import SettingsFactory
from tests.kafka_helpers import end_offset_total
from tests.worker_helpers import group_size, http_get, produce, read_topic, running_worker, wait_for

PARTITIONS = 4


def _partition(key: str) -> int:
    return int(murmur2(key.encode()) & 0x7FFFFFFF) % PARTITIONS


def _stories(count: int) -> list[tuple[RawArticle, RawArticle]]:
    """`count` alerting articles of distinct stories, each with an update on another partition."""
    enricher, detector = build_cores(Settings(enrich_mode="fast"))
    chosen: list[tuple[RawArticle, RawArticle]] = []
    seen: set[str] = set()
    for article in make_workload(200, seed=21).articles:
        enriched = enricher.enrich(article)
        if enriched.story_id in seen or not detector.detect(enriched).alerts:
            continue
        seen.add(enriched.story_id)
        suffix = next(s for s in range(1, 50)
                      if _partition(f"{article.article_id}-u{s}") != _partition(article.article_id))
        update = article.model_copy(update={
            "article_id": f"{article.article_id}-u{suffix}",
            "headline": f"UPDATE 1-{article.headline}",
            "body": article.body + "\n\nThe situation remained tense late in the day, officials "
                                   "said.",
            "published_at": article.published_at + timedelta(minutes=30)})
        chosen.append((article, update))
        if len(chosen) == count:
            return chosen
    raise AssertionError("the workload has too few alerting stories")


def _records(articles: list[RawArticle]) -> list[tuple[bytes, bytes]]:
    return [(a.article_id.encode(), a.model_dump_json().encode()) for a in articles]


def _enriched(settings: Settings, ids: set[str], deadline_s: float) -> list[EnrichedArticle]:
    def complete(records: list[object]) -> bool:
        return {EnrichedArticle.model_validate_json(r.value).article_id  # type: ignore[attr-defined]  # ConsumerRecord
                for r in records} >= ids
    records = read_topic(settings.kafka_bootstrap_servers, settings.topics.enriched,
                         until=complete, deadline_s=deadline_s)
    return [a for a in (EnrichedArticle.model_validate_json(r.value) for r in records)
            if a.article_id in ids]


def _alerts(settings: Settings, at_least: int, deadline_s: float) -> list[EscalationAlert]:
    records = read_topic(settings.kafka_bootstrap_servers, settings.topics.alerts,
                         until=lambda r: len(r) >= at_least, deadline_s=deadline_s)
    alerts = [EscalationAlert.model_validate_json(r.value) for r in records]
    return [a for a in alerts if a.kind == "article"]


def test_updates_on_the_other_worker_join_their_story_and_a_stopped_worker_hands_over(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    settings = make_settings(partitions=PARTITIONS)
    create_topics(settings)
    stories = _stories(8)
    ports = [free_port(), free_port()]
    with running_worker(settings.model_copy(update={"metrics_port": ports[0]}),
                        tmp_path / "worker-a.log"), \
            running_worker(settings.model_copy(update={"metrics_port": ports[1]}),
                           tmp_path / "worker-b.log") as worker_b:
        assert wait_for(lambda: all(http_get(p, "/readyz")[0] == 200 for p in ports), 90)
        assert wait_for(lambda: group_size(settings) == 2, 60)
        originals = [original for original, _ in stories]
        produce(settings, _records(originals))
        first = _enriched(settings, {a.article_id for a in originals}, 90)
        _alerts(settings, len(originals), 60)
        updates = [update for _, update in stories]
        produce(settings, _records(updates))
        second = _enriched(settings, {a.article_id for a in updates}, 90)
        alerts = _alerts(settings, len(originals), 30)

        # Phase 2: a steady replay, and worker B stops part-way.
        workload = make_workload(200, seed=77)
        sender = threading.Thread(target=lambda: [produce(settings, _records(
            workload.articles[i:i + 20])) for i in range(0, 200, 20)])
        sender.start()
        ids = {a.article_id for a in workload.articles}
        before = end_offset_total(settings.kafka_bootstrap_servers, settings.topics.enriched)
        assert wait_for(lambda: end_offset_total(settings.kafka_bootstrap_servers,
                                                 settings.topics.enriched) >= before + 50, 60)
        stopped_at = time.monotonic()
        stop_process_group(worker_b)
        handed_over = _enriched(settings, ids, 120)
        recovered_s = time.monotonic() - stopped_at
        sender.join()
    story_of = {a.article_id: a.story_id for a in first}
    for original, update in stories:
        [joined] = [a for a in second if a.article_id == update.article_id]
        assert joined.story_id == story_of[original.article_id], update.article_id
        assert joined.is_update is True
    update_ids = {u.article_id for _, u in stories}
    realerts = [a for a in alerts if a.article_id in update_ids and a.supersedes is None]
    assert realerts == [], "an update re-alerted at the same severity"
    assert {a.article_id for a in handed_over} == ids
    print(f"handover: {len(ids)} records, {len(handed_over) - len(ids)} duplicates, "
          f"all enriched {recovered_s:.1f} s after worker B stopped")
