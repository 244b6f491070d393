"""The agents at unit speed with Faust's test_context: what each sends where, no broker."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from typing import Any
from unittest.mock import AsyncMock

import pytest

from pipeline.observability import REGISTRY, HealthState
from pipeline.settings import Settings
from pipeline.worker.app import Worker, build_worker, changelog_specs
from schemas import DeadLetter, EnrichedArticle, RawArticle

ARTICLE = RawArticle(
    article_id="a-1", headline="Shelling on the border",
    body="YEREVAN (Reuters) - Azerbaijani forces shelled Armenian army positions on Thursday, "
         "killing one soldier, Armenia's Defence Ministry said.",
    published_at=datetime(2026, 3, 5, tzinfo=UTC))


@pytest.fixture(scope="module")
def worker() -> Worker:
    settings = Settings(topic_prefix="unit", enrich_mode="fast", metrics_port=0,
                        kafka_bootstrap_servers="127.0.0.1:1")
    built = build_worker(settings, create=False)
    built.app.finalize()
    # Writing the global table needs a running producer; the store itself is tested elsewhere.
    built.signatures.table = {}
    return built


def _agent(worker: Worker, name: str) -> Any:
    return next(a for a in worker.app.agents.values() if a.name.endswith(name))


def _delivered(**_: object) -> asyncio.Future[None]:
    # What topic.send returns: a future the broker's acknowledgement resolves.
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    done.set_result(None)
    return done


def _sender() -> AsyncMock:
    return AsyncMock(side_effect=_delivered)


def _sent(mock: AsyncMock) -> list[tuple[bytes, bytes]]:
    return [(call.kwargs["key"], call.kwargs["value"]) for call in mock.await_args_list]


def test_enrich_agent_sends_one_enriched_record_per_valid_article(worker: Worker) -> None:
    async def scenario() -> tuple[list[tuple[bytes, bytes]], list[tuple[bytes, bytes]]]:
        enriched = worker.topology.enriched.send = _sender()
        dead = worker.topology.deadletter.send = _sender()
        async with _agent(worker, "enrich").test_context() as agent:
            await agent.put(key=b"a-1", value=ARTICLE.model_dump_json().encode())
            await agent.put(key=b"bad", value=b"{not json")
            for _ in range(100):
                if enriched.await_count and dead.await_count:
                    break
                await asyncio.sleep(0.02)
        return _sent(enriched), _sent(dead)

    enriched, dead = asyncio.run(scenario())
    [(key, value)] = enriched
    assert key == b"a-1"
    article = EnrichedArticle.model_validate_json(value)
    assert article.dateline is not None
    assert article.dateline.country == "ARM"
    assert [e.canonical for e in article.entities][:2] == ["Azerbaijan", "Armenia"]
    [(dead_key, dead_value)] = dead
    letter = DeadLetter.model_validate_json(dead_value)
    assert (dead_key, letter.reason, letter.stage) == (b"bad", "invalid_json", "enrich")


def test_enrich_agent_dead_letters_an_empty_body_and_keeps_going(worker: Worker) -> None:
    async def scenario() -> list[tuple[bytes, bytes]]:
        worker.topology.enriched.send = _sender()
        dead = worker.topology.deadletter.send = _sender()
        async with _agent(worker, "enrich").test_context() as agent:
            await agent.put(key=b"e", value=json.dumps({**ARTICLE.model_dump(mode="json"),
                                                        "body": " "}).encode())
            for _ in range(100):
                if dead.await_count:
                    break
                await asyncio.sleep(0.02)
        return _sent(dead)

    [(key, value)] = asyncio.run(scenario())
    assert DeadLetter.model_validate_json(value).reason == "empty_body"
    assert key == b"e"


def _enriched(worker: Worker, article: RawArticle) -> bytes:
    return worker.enricher.enrich(article).model_dump_json().encode()


def test_escalation_agent_alerts_once_per_story_and_escalates_an_update(worker: Worker) -> None:
    update = ARTICLE.model_copy(update={
        "article_id": "a-2", "headline": "UPDATE 1-Dozens killed in border shelling",
        "body": ARTICLE.body.replace("killing one soldier", "killing at least 30 soldiers")})
    repeat = ARTICLE.model_copy(update={"article_id": "a-3", "body": ARTICLE.body + " "})

    async def scenario() -> list[tuple[bytes, bytes]]:
        alerts = worker.topology.alerts.send = _sender()
        worker.topology.deadletter.send = _sender()
        agent_ = _agent(worker, "escalation")
        async with agent_.test_context() as agent:
            for article in (ARTICLE, repeat, update):
                await agent.put(key=article.article_id.encode(), value=_enriched(worker, article))
            for _ in range(100):
                if alerts.await_count >= 2:
                    break
                await asyncio.sleep(0.02)
        return _sent(alerts)

    sent = asyncio.run(scenario())
    alerts = [json.loads(value) for _, value in sent]
    assert [(a["article_id"], a["severity"]) for a in alerts] == [("a-1", "high"),
                                                                 ("a-2", "critical")]
    assert alerts[1]["supersedes"] == alerts[0]["alert_id"]
    assert [key for key, _ in sent] == [b"AZE-ARM", b"AZE-ARM"]


def test_an_agent_that_cannot_send_a_dead_letter_turns_the_worker_not_ready_and_asks_to_stop(
        worker: Worker) -> None:
    stops: list[int] = []

    async def scenario() -> None:
        worker.topology.deadletter.send = AsyncMock(side_effect=OSError("broker refuses"))
        worker.stop = lambda: stops.append(1)
        async with _agent(worker, "enrich").test_context() as agent:
            await agent.put(key=b"bad", value=b"{not json")
            for _ in range(400):
                if worker.health.crashed:
                    break
                await asyncio.sleep(0.02)

    before = REGISTRY.get_sample_value("wirewatch_agent_crashes_total", {"agent": "enrich"}) or 0
    try:
        asyncio.run(scenario())
        assert worker.health.crashed is True
        assert worker.health.as_dict()["status"] == "not_ready"
        assert str(worker.health.reason).startswith("agent enrich crashed: DeliveryFailed")
        assert stops == [1]
        assert REGISTRY.get_sample_value("wirewatch_agent_crashes_total",
                                         {"agent": "enrich"}) == before + 1
    finally:
        worker.stop = None
        worker.health = HealthState()


def test_the_app_id_and_every_table_follow_the_topic_prefix(worker: Worker) -> None:
    assert worker.app.conf.id == "unit.wirewatch"
    assert sorted(worker.app.tables) == ["story-alerts", "story-signatures", "subject-alerts",
                                         "surges-sent"]
    changelogs = {table.changelog_topic.get_topic_name()
                  for table in worker.app.tables.values()}
    assert all(name.startswith("unit.wirewatch-") for name in changelogs), changelogs


def test_changelog_topics_are_specified_as_faust_declares_them_so_they_exist_before_it_starts(
        worker: Worker) -> None:
    specs = {spec.name: spec for spec in changelog_specs(worker.app)}

    assert sorted(specs) == ["unit.wirewatch-story-alerts-changelog",
                             "unit.wirewatch-story-signatures-changelog",
                             "unit.wirewatch-subject-alerts-changelog",
                             "unit.wirewatch-surges-sent-changelog"]
    assert specs["unit.wirewatch-story-signatures-changelog"].partitions == 1
    assert specs["unit.wirewatch-story-alerts-changelog"].configs == {"cleanup.policy": "compact"}
    windowed = specs["unit.wirewatch-subject-alerts-changelog"]
    assert windowed.configs["cleanup.policy"] == "compact,delete"
    assert int(windowed.configs["retention.ms"]) > 0
