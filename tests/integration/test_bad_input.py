"""The whole bad-record zoo and good articles through a real worker: exact reasons, exact counts.

Every bad record is dead-lettered with its own reason, every good one enriched (a duplicate id
twice, recognisable by its id; a 100,000-word article just under the size limit too), the
worker stays up, and raw = enriched + dead-lettered.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

from kafka import KafkaProducer
from kafka.consumer.fetcher import ConsumerRecord

from pipeline.broker.admin import create_topics
from schemas import DeadLetter, EnrichedArticle
from tests.bad_records import GOOD_BODY, article, encoded, long_article_body, zoo
from tests.conftest import SettingsFactory
from tests.kafka_helpers import end_offset_total, read_topic
from tests.worker_helpers import running_worker

PLACES = ["KYIV", "NAIROBI", "LIMA", "HANOI", "OSLO", "ACCRA"]


def read_all(bootstrap: str, topic: str, count: int, worker: subprocess.Popen[bytes],
             deadline_s: float = 240) -> list[ConsumerRecord]:
    """The topic's records once it holds `count` (extras show up), or as soon as the worker died."""
    def done(records: list[ConsumerRecord]) -> bool:
        return worker.poll() is not None or (
            len(records) >= count and len(records) >= end_offset_total(bootstrap, topic))
    return read_topic(bootstrap, topic, until=done, deadline_s=deadline_s)


def test_bad_records_are_dead_lettered_with_their_reasons_and_good_ones_enriched(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    long_value = encoded(article("good-100k-words", body=long_article_body(100_000)))
    limit = len(long_value) + 1024  # the long article is just under the limit
    settings = make_settings(max_body_bytes=limit)
    create_topics(settings)
    bad = zoo(limit)
    good = {f"good-{place.lower()}": encoded(article(
        f"good-{place.lower()}", body=GOOD_BODY.replace("KYIV", place, 1)))
        for place in PLACES}
    good["good-100k-words"] = long_value
    duplicate = ("good-kyiv", good["good-kyiv"])  # at-least-once delivery sends it again

    with running_worker(settings, tmp_path / "worker.log",
                        extra_env={"WIREWATCH_MAX_BODY_BYTES": str(limit)}) as worker:
        producer = KafkaProducer(bootstrap_servers=[settings.kafka_bootstrap_servers],
                                 max_request_size=4 * 1024 * 1024, acks="all")
        records = [(r.key, r.value) for r in bad] + list(good.items()) + [duplicate]
        for key, value in records:
            producer.send(settings.topics.raw, key=key.encode(), value=value)
        producer.flush(timeout=60)
        producer.close(timeout=10)
        bootstrap = settings.kafka_bootstrap_servers
        dead = read_all(bootstrap, settings.topics.deadletter, len(bad), worker)
        enriched = read_all(bootstrap, settings.topics.enriched, len(good) + 1, worker)
        alive = worker.poll() is None
    log = (tmp_path / "worker.log").read_text(encoding="utf-8", errors="replace")[-3000:]

    assert alive, log
    letters = {r.key.decode(): DeadLetter.model_validate_json(r.value) for r in dead}
    assert {key: letter.reason for key, letter in letters.items()} == {
        r.key: r.reason for r in bad}, log
    assert all(letter.stage == "enrich" and letter.error.endswith(".")
               for letter in letters.values())
    ids = Counter(EnrichedArticle.model_validate_json(r.value).article_id for r in enriched)
    assert ids == Counter({**dict.fromkeys(good, 1), "good-kyiv": 2})
    raw_total = end_offset_total(bootstrap, settings.topics.raw)
    assert raw_total == len(records) == len(enriched) + len(dead)
