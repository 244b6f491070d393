"""End to end through a real broker: replay -> worker -> wire.alerts.escalation -> a plain consumer."""

from __future__ import annotations

from pathlib import Path

from pipeline.broker.admin import create_topics
from pipeline.readers import read_articles
from pipeline.replay import replay_articles
from schemas import EscalationAlert, RawArticle
from tests.conftest import SettingsFactory
from tests.kafka_helpers import read_count
from tests.worker_helpers import running_worker

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "alerts"
# file -> (severity, CAMEO root, countries, subject); None for an article that must not alert.
EXPECTED: dict[str, tuple[str, str, list[str], str] | None] = {
    "01_caribbean_strikes.txt": ("high", "19", ["USA", "VEN"], "USA-VEN"),
    "02_cup_final.txt": None,
    "03_border_shelling.txt": ("high", "19", ["AZE", "ARM"], "AZE-ARM"),
    "04_border_shelling_update.txt": ("critical", "19", ["AZE", "ARM"], "AZE-ARM"),
    "05_denial.txt": None,
}


def test_replayed_batch_raises_exactly_the_expected_alerts_and_the_update_escalates(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    settings = make_settings(partitions=2)
    create_topics(settings)
    files = sorted(FIXTURES.glob("*.txt"))
    ids = {}
    for path in files:
        [article] = [a for a in read_articles([path]) if isinstance(a, RawArticle)]
        ids[article.article_id] = path.name
    expected_alerts = sum(1 for v in EXPECTED.values() if v is not None)
    with running_worker(settings, tmp_path / "worker.log"):
        summary = replay_articles(settings, lambda: read_articles(files))
        records = read_count(settings.kafka_bootstrap_servers, settings.topics.alerts,
                             expected_alerts, deadline_s=120)
        enriched = read_count(settings.kafka_bootstrap_servers, settings.topics.enriched,
                              len(files), deadline_s=60)
    assert summary.sent == len(files) == len(enriched)
    alerts = [EscalationAlert.model_validate_json(r.value) for r in records]
    article_alerts = [a for a in alerts if a.kind == "article"]
    got = {ids[a.article_id or ""]: (a.severity, a.category.code, a.countries, a.subject)
           for a in article_alerts}
    assert got == {name: outcome for name, outcome in EXPECTED.items() if outcome is not None}
    for record, alert in zip(records, alerts, strict=True):
        assert record.key.decode() == alert.subject
        assert alert.evidence, alert.alert_id
        for evidence in alert.evidence:
            assert evidence.end > evidence.start
    first = next(a for a in article_alerts if ids[a.article_id or ""] == "03_border_shelling.txt")
    update = next(a for a in article_alerts
                  if ids[a.article_id or ""] == "04_border_shelling_update.txt")
    assert update.story_id == first.story_id
    assert update.supersedes == first.alert_id
    assert update.alert_id != first.alert_id
    strikes = next(a for a in article_alerts
                   if ids[a.article_id or ""] == "01_caribbean_strikes.txt")
    assert any("struck a boat" in e.sentence for e in strikes.evidence)


def test_an_update_at_the_same_severity_does_not_alert_again(
        make_settings: SettingsFactory, tmp_path: Path) -> None:
    # One partition keeps order: once the alert of the article replayed last arrives, the
    # repeat before it has been through the escalation agent too.
    settings = make_settings(partitions=1)
    create_topics(settings)
    original = FIXTURES / "03_border_shelling.txt"
    text = original.read_text(encoding="utf-8").replace(
        "Headline: Soldier killed", "Headline: UPDATE 2-Soldier killed").replace(
        "The two countries have traded", "Officials in both capitals have traded")
    repeat = tmp_path / "03_repeat.txt"
    repeat.write_text(text, encoding="utf-8")
    last = FIXTURES / "01_caribbean_strikes.txt"
    with running_worker(settings, tmp_path / "worker.log"):
        replay_articles(settings, lambda: read_articles([original, repeat, last]))
        records = read_count(settings.kafka_bootstrap_servers, settings.topics.alerts, 2,
                             deadline_s=120)
    alerts = [EscalationAlert.model_validate_json(r.value) for r in records]
    assert [(a.severity, a.subject) for a in alerts] == [("high", "AZE-ARM"),
                                                         ("high", "USA-VEN")]
