"""The real agency article in ../shared/reference/, in-process and through the broker."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.analysis import analyze
from pipeline.assembly import build_cores
from pipeline.broker.admin import create_topics
from pipeline.readers import read_articles
from pipeline.replay import replay_articles
from pipeline.settings import PROJECT_ROOT, Settings
from schemas import EscalationAlert, RawArticle
from tests.conftest import IN_CI, SettingsFactory
from tests.kafka_helpers import read_count
from tests.worker_helpers import running_worker

REFERENCE = PROJECT_ROOT.parent / "shared" / "reference" / "wire_sample_reuters.txt"
SPORT = PROJECT_ROOT / "tests" / "fixtures" / "alerts" / "02_cup_final.txt"
EXPECTED_ENTITIES = {"Donald Trump", "Nicolas Maduro", "Pete Hegseth", "Venezuela",
                     "United States", "Caracas", "CIA", "Pentagon", "White House"}


@pytest.fixture
def reference() -> Path:
    if not REFERENCE.exists():
        if IN_CI:
            pytest.fail(f"{REFERENCE} is missing in CI")
        pytest.skip("../shared/reference is not beside this checkout")
    return REFERENCE


def test_reference_article_entities_credits_and_alert_in_process(reference: Path) -> None:
    enricher, detector = build_cores(Settings(), "model")
    [article] = [a for a in read_articles([reference]) if isinstance(a, RawArticle)]
    [result] = list(analyze([article], enricher, detector))
    entities = {e.canonical for e in result.article.entities}
    assert entities >= EXPECTED_ENTITIES
    credited = {*result.article.credits.reporters, *result.article.credits.editors,
                *result.article.credits.photographers}
    assert len(credited) == 6
    assert not credited & {e.text for e in result.article.entities}
    assert not credited & entities
    [alert] = result.alerts
    assert alert.severity in ("high", "critical")
    assert {"USA", "VEN"} <= set(alert.countries)
    sentences = " ".join(e.sentence for e in alert.evidence)
    assert "bombing" in sentences
    assert "threats" in sentences


def test_reference_alerts_and_a_violent_sports_report_does_not_through_the_broker(
        reference: Path, make_settings: SettingsFactory, tmp_path: Path) -> None:
    settings = make_settings(partitions=1)
    create_topics(settings)
    with running_worker(settings, tmp_path / "worker.log", mode="model"):
        replay_articles(settings, lambda: read_articles([SPORT, reference]))
        records = read_count(settings.kafka_bootstrap_servers, settings.topics.alerts, 1,
                             deadline_s=180)
        read_count(settings.kafka_bootstrap_servers, settings.topics.enriched, 2, deadline_s=60)
    [alert] = [EscalationAlert.model_validate_json(r.value) for r in records]
    assert alert.headline.startswith("U.S. President Donald Trump spoke with")
    assert alert.severity in ("high", "critical")
    assert {"USA", "VEN"} <= set(alert.countries)
