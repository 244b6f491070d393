"""The enrich agent through a real broker: one enriched record per article, dead letters for the rest."""

from __future__ import annotations

import base64
import json
import urllib.request
from pathlib import Path

from kafka import KafkaProducer

from pipeline.broker.admin import create_topics
from pipeline.broker.local import free_port
from pipeline.readers import read_articles
from pipeline.replay import replay_articles
from schemas import DeadLetter, EnrichedArticle, RawArticle
from tests.conftest import SEEDS, SettingsFactory
from tests.kafka_helpers import end_offset_total, read_count
from tests.worker_helpers import running_worker

GOOD = {"article_id": "ok-1", "headline": "h", "published_at": "2026-01-01T00:00:00Z"}
BROKEN: dict[str, tuple[bytes, str]] = {
    "bad-json": (b'{"article_id": "x", "body": ', "invalid_json"),
    "bad-utf8": (b'{"body": "caf\xe9"}', "not_utf8"),
    "empty": (json.dumps({**GOOD, "body": "   "}).encode(), "empty_body"),
    "no-time": (json.dumps({"article_id": "y", "headline": "h", "body": "Text."}).encode(),
                "schema"),
    "array": (b"[1, 2]", "schema"),
    "huge": (json.dumps({**GOOD, "body": "word " * 60_000}).encode(), "oversized"),
    "markup": (json.dumps({**GOOD, "body": "<html><body><div>Hi</div></body></html>"}).encode(),
               "markup"),
}


def _metrics(port: int) -> dict[str, float]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
        text = response.read().decode()
    return {line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
            if line.startswith("wirewatch_")}


def test_every_seed_is_enriched_once_and_broken_records_are_dead_lettered(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    settings = make_settings(metrics_port=free_port())
    create_topics(settings)
    seeds = [a for a in read_articles([SEEDS]) if isinstance(a, RawArticle)]
    with running_worker(settings, tmp_path / "worker.log"):
        summary = replay_articles(settings, lambda: read_articles([SEEDS]))
        producer = KafkaProducer(bootstrap_servers=[settings.kafka_bootstrap_servers],
                                 max_request_size=4 * 1024 * 1024)
        for key, (value, _) in BROKEN.items():
            producer.send(settings.topics.raw, key=key.encode(), value=value)
        producer.flush()
        producer.close()
        enriched = read_count(settings.kafka_bootstrap_servers, settings.topics.enriched,
                              len(seeds), deadline_s=180)
        dead = read_count(settings.kafka_bootstrap_servers, settings.topics.deadletter,
                          len(BROKEN), deadline_s=60)
        metrics = _metrics(settings.metrics_port)
        with urllib.request.urlopen(f"http://127.0.0.1:{settings.metrics_port}/readyz",
                                    timeout=5) as ready:
            assert ready.status == 200
    assert summary.sent == len(seeds)
    raw_total = end_offset_total(settings.kafka_bootstrap_servers, settings.topics.raw)
    assert raw_total == len(enriched) + len(dead) == len(seeds) + len(BROKEN)
    articles = {r.key.decode(): EnrichedArticle.model_validate_json(r.value) for r in enriched}
    assert set(articles) == {a.article_id for a in seeds}
    for article in articles.values():
        assert article.story_id.startswith("story-")
        assert article.pipeline_version
        assert article.enrich_mode == "fast"
        assert article.dateline is not None, article.article_id
    assert sum(1 for a in articles.values() if a.topics) >= 0.95 * len(articles)
    raw_in = metrics[f'wirewatch_records_in_total{{topic="{settings.topics.raw}"}}']
    assert raw_in == len(seeds) + len(BROKEN)
    assert metrics[f'wirewatch_records_out_total{{topic="{settings.topics.enriched}"}}'] == len(
        seeds)
    for reason in {v[1] for v in BROKEN.values()}:
        expected = sum(1 for v in BROKEN.values() if v[1] == reason)
        assert metrics[f'wirewatch_dead_letters_total{{reason="{reason}"}}'] == expected
    letters = {r.key.decode(): DeadLetter.model_validate_json(r.value) for r in dead}
    assert {k: v.reason for k, v in letters.items()} == {k: v[1] for k, v in BROKEN.items()}
    for key, letter in letters.items():
        assert base64.b64decode(letter.value_b64) == BROKEN[key][0]
        assert letter.stage == "enrich"
        assert letter.topic == settings.topics.raw
        assert letter.error.endswith(".")
        assert letter.offset >= 0
