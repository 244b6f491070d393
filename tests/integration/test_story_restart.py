"""Story clustering survives a worker restart: the index is restored from its Faust table."""

from __future__ import annotations

from pathlib import Path

from pipeline.broker.admin import create_topics
from pipeline.readers import read_articles
from pipeline.replay import replay_articles
from schemas import EnrichedArticle
from tests.conftest import SettingsFactory
from tests.kafka_helpers import read_count
from tests.worker_helpers import running_worker

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "alerts"


def test_an_update_after_a_restart_joins_the_story_seen_before_it(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    settings = make_settings(partitions=2)
    create_topics(settings)
    first = FIXTURES / "03_border_shelling.txt"
    update = FIXTURES / "04_border_shelling_update.txt"
    with running_worker(settings, tmp_path / "worker-1.log"):
        replay_articles(settings, lambda: read_articles([first]))
        [before] = read_count(settings.kafka_bootstrap_servers, settings.topics.enriched, 1,
                              deadline_s=240)
    with running_worker(settings, tmp_path / "worker-2.log"):
        replay_articles(settings, lambda: read_articles([update]))
        records = read_count(settings.kafka_bootstrap_servers, settings.topics.enriched, 2,
                             deadline_s=240)
    articles = [EnrichedArticle.model_validate_json(r.value) for r in records]
    original = EnrichedArticle.model_validate_json(before.value)
    [after] = [a for a in articles if a.article_id != original.article_id]
    assert original.is_update is False
    assert after.story_id == original.story_id
    assert after.is_update is True
    assert len(articles) == 2, "the restarted worker resumed from committed offsets"
