"""Through a real Kafka broker: topics, replay of seeds/, and bad files that do not lose good ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kafka import KafkaAdminClient

from pipeline.broker.admin import create_topics, list_topics
from pipeline.readers import read_articles
from pipeline.replay import replay_articles
from schemas import RawArticle
from tests.conftest import SEEDS, SettingsFactory
from tests.kafka_helpers import read_count


def test_topics_are_created_once_with_prefix_and_partitions(make_settings: SettingsFactory) -> None:
    settings = make_settings(partitions=3)
    first = create_topics(settings)
    again = create_topics(settings)
    assert [(t.name, t.partitions, t.created) for t in first] == [
        (name, 3, True) for name in settings.topics.all()]
    assert [t.created for t in again] == [False] * 4
    listed = {t.name: t.partitions for t in list_topics(settings)}
    assert {name: listed[name] for name in settings.topics.all()} == dict.fromkeys(
        settings.topics.all(), 3)
    assert settings.topics.raw == f"{settings.topic_prefix}.wire.articles.raw"


def test_replay_of_seeds_delivers_every_article_once_keyed_by_id(
        make_settings: SettingsFactory) -> None:
    settings = make_settings()
    create_topics(settings)
    expected = [a for a in read_articles([SEEDS]) if isinstance(a, RawArticle)]
    assert len(expected) >= 60
    summary = replay_articles(settings, lambda: read_articles([SEEDS]))
    assert (summary.sent, summary.failed, summary.skipped) == (len(expected), 0, 0)
    records = read_count(settings.kafka_bootstrap_servers, settings.topics.raw, len(expected))
    assert len(records) == len(expected)
    by_key = {r.key.decode(): RawArticle.model_validate_json(r.value) for r in records}
    assert set(by_key) == {a.article_id for a in expected}
    for article in expected:
        got = by_key[article.article_id]
        assert (got.headline, got.body, got.published_at) == (
            article.headline, article.body, article.published_at)


def test_replay_skips_bad_files_and_reports_them_without_losing_good_ones(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    settings = make_settings()
    create_topics(settings)
    (tmp_path / "good.txt").write_text(
        "OSLO (Reuters) - Norway opened a new bridge on Monday.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"Caf\xe9 \xff\n")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"body": "Rain in Bergen."}\n{oops\n', encoding="utf-8")
    summary = replay_articles(settings, lambda: read_articles([tmp_path]))
    assert (summary.sent, summary.skipped, summary.failed) == (2, 3, 0)
    assert sorted(p.split(":")[0].rsplit("/", 1)[-1] for p in summary.problems) == [
        "bad.txt", "empty.txt", "feed.jsonl"]
    records = read_count(settings.kafka_bootstrap_servers, settings.topics.raw, 2)
    assert sorted(RawArticle.model_validate_json(r.value).body for r in records) == [
        "OSLO (Reuters) - Norway opened a new bridge on Monday.", "Rain in Bergen."]


def test_replay_cli_exits_3_on_skipped_input_and_prints_a_json_summary(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    settings = make_settings()
    create_topics(settings)
    (tmp_path / "ok.jsonl").write_text('{"body": "One."}\n{"body": ""}\n', encoding="utf-8")
    env = {"KAFKA_BOOTSTRAP_SERVERS": settings.kafka_bootstrap_servers,
           "WIREWATCH_TOPIC_PREFIX": settings.topic_prefix, "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "pipeline", "replay", str(tmp_path)],
                          capture_output=True, text=True, env=env, check=False, timeout=120)
    assert done.returncode == 3, done.stderr
    assert '"sent": 1' in done.stdout
    assert '"skipped": 1' in done.stdout
    assert "empty_body" in done.stderr


def test_replay_cli_names_an_unreachable_broker_in_one_sentence(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"body": "One."}\n', encoding="utf-8")
    env = {"KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-m", "pipeline", "replay", str(tmp_path)],
                          capture_output=True, text=True, env=env, check=False, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "error: no Kafka broker answered at 127.0.0.1:1; start one with `wirewatch broker start`.")


def test_the_broker_answers_metadata_requests(kafka_bootstrap: str) -> None:
    admin = KafkaAdminClient(bootstrap_servers=[kafka_bootstrap])
    try:
        assert admin.describe_cluster()["brokers"]
    finally:
        admin.close()
