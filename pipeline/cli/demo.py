"""`wirewatch demo`: local broker, topics, a worker, replay of seeds/, live alerts and a summary."""

from __future__ import annotations

import os
import statistics
import threading
import time
import uuid
import webbrowser
from collections import Counter

import typer
from kafka import KafkaConsumer

from pipeline.board.launch import board_url, pick_board_port, wait_for_board
from pipeline.broker.admin import create_topics, record_count
from pipeline.broker.readiness import cluster_answers
from pipeline.cli._context import local_broker_for, settings
from pipeline.cli._output import emit, stderr, stdout_is_tty
from pipeline.cli.tail import show_alert
from pipeline.processes import start_worker_process, stop_process_group
from pipeline.readers import read_articles
from pipeline.replay import Pacer, ReplaySummary, replay_articles
from pipeline.settings import PROJECT_ROOT
from schemas import EscalationAlert, RawArticle

IDLE_END_S = 20.0
BOARD_WAIT_S = 120.0


def demo(  # noqa: PLR0915  # one linear script: start, replay, watch, summarize, stop
    paths: list[str] = typer.Argument(None, help="Articles to replay (default: seeds/)."),
    rate: float = typer.Option(4.0, "--rate", min=0.01, help="Articles per second."),
    fast: bool = typer.Option(False, "--fast", help="Replay as fast as possible."),
    keep_running: bool = typer.Option(False, "--keep-running",
                                      help="Leave the broker and worker up at the end."),
    open_board: bool = typer.Option(False, "--open", help="Open the live alert board in a "
                                                          "browser."),
) -> None:
    """Run the whole pipeline on the seeds corpus and show alerts as they arrive."""
    config = settings()
    sources = paths or [str(PROJECT_ROOT / "seeds")]
    articles = [a for a in read_articles(sources) if isinstance(a, RawArticle)]
    broker = local_broker_for(config)
    started_broker = False
    if not cluster_answers(config.kafka_client_options()):
        stderr.print("[bold]starting the local Kafka broker…[/]")
        broker.start(timeout_s=config.broker_start_timeout)
        started_broker = True
    run_id = uuid.uuid4().hex[:6]
    prefix = config.topic_prefix or f"demo{run_id}"
    config = config.model_copy(update={"topic_prefix": prefix})
    create_topics(config)
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": config.kafka_bootstrap_servers,
           "WIREWATCH_TOPIC_PREFIX": prefix, "WIREWATCH_WORKER_ID": f"wirewatch-{prefix}",
           "WIREWATCH_LOG_FORMAT": "json"}
    log_path = config.home / f"demo-worker-{prefix}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    port = pick_board_port(config.web_port)
    worker = start_worker_process(env, log_path, ["--web-port", str(port)])
    url = board_url(port)
    if wait_for_board(url, BOARD_WAIT_S, alive=lambda: worker.poll() is None):
        stderr.print(f"[bold]live alert board: {url}[/]")
        if open_board:
            webbrowser.open(url)
    else:
        stderr.print(f"the alert board did not answer at {url} yet (see {log_path}).")
    stderr.print(f"worker started (mode {config.enrich_mode}, log {log_path}); replaying "
                 f"{len(articles)} articles at {'full speed' if fast else f'{rate:g}/s'}…")
    consumer = KafkaConsumer(config.topics.alerts, **config.kafka_client_options(),
                             auto_offset_reset="earliest", group_id=f"demo-{prefix}",
                             enable_auto_commit=False)
    alerts: list[EscalationAlert] = []
    latencies: list[float] = []
    sent_at: dict[str, float] = {}
    interrupted = False
    counts: dict[str, int | str] = {}

    def on_progress(summary: ReplaySummary) -> None:
        sent_at[summary.article_ids[-1]] = time.time()

    replayer = threading.Thread(target=replay_articles, daemon=True, kwargs={
        "settings": config, "source": lambda: articles, "on_progress": on_progress,
        "pacer": Pacer(rate=None if fast else rate)})
    try:
        replayer.start()
        last_alert = time.monotonic()
        while replayer.is_alive() or time.monotonic() - last_alert < IDLE_END_S:
            for batch in consumer.poll(timeout_ms=500).values():
                for record in batch:
                    alert = EscalationAlert.model_validate_json(record.value)
                    alerts.append(alert)
                    last_alert = time.monotonic()
                    if alert.kind == "article" and alert.article_id in sent_at:
                        latencies.append(record.timestamp / 1000 - sent_at[alert.article_id])
                    if stdout_is_tty():  # the same view as `wirewatch tail`
                        show_alert(alert, as_json=False)
        counts = {"enriched": record_count(config, config.topics.enriched),
                  "dead-lettered": record_count(config, config.topics.deadletter)}
    except KeyboardInterrupt:
        interrupted = True
    finally:
        consumer.close()
        if not keep_running:
            stop_process_group(worker)
            if started_broker:
                broker.stop()
    by_severity = Counter(a.severity for a in alerts)
    by_country = Counter(c for a in alerts for c in a.countries[:1])
    emit({"articles replayed": len(sent_at), **counts, "alerts": len(alerts),
          "by severity": ", ".join(f"{k} {v}" for k, v in sorted(by_severity.items())),
          "top countries": ", ".join(f"{k} {v}" for k, v in by_country.most_common(8)),
          "replay-to-alert latency p50 / p95 ms": _latency_text(latencies),
          "topics": f"{prefix}.wire.*", "interrupted": interrupted,
          "left running": keep_running,
          "board": url if keep_running else f"{url} (stopped)",
          "subscribe": f"KAFKA_BOOTSTRAP_SERVERS={config.kafka_bootstrap_servers} "
                       f"WIREWATCH_TOPIC_PREFIX={prefix} wirewatch tail --from-beginning"},
         "wirewatch demo")


def _latency_text(values: list[float]) -> str:
    if len(values) < 2:
        return "n/a"
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    return f"{statistics.median(ms):.0f} / {p95:.0f}"
