"""One `wirewatch bench` run: every measurement in turn, on a private broker, into one result.

Steps run one after another so that they do not share the CPU; a step that fails leaves its
figures null, is named in `errors`, and the run goes on.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kafka.errors import KafkaError

from pipeline.bench.broker_baseline import measure_broker
from pipeline.bench.cluster import bench_broker
from pipeline.bench.core import measure_core
from pipeline.bench.e2e import saturation
from pipeline.bench.kafka_io import measurement_settings
from pipeline.bench.latency import fixed_rate_latency
from pipeline.bench.machine import load_average, machine_info
from pipeline.bench.memory import PeakRss
from pipeline.bench.passthrough import measure_passthrough
from pipeline.bench.plan import BenchPlan
from pipeline.bench.processes import worker_command
from pipeline.bench.progress import StepDisplay
from pipeline.bench.replay_rate import measure_replay
from pipeline.bench.report import REQUIRED_KEYS, Result, add_ratios, judge
from pipeline.bench.scaling import measure_scaling
from pipeline.bench.spacy_baseline import measure_spacy_naive, measure_spacy_pipe
from pipeline.bench.worker_throughput import deadline_for, measure_workers
from pipeline.bench.workers import Throughput, backlog_throughput, warm_workers
from pipeline.bench.workload import Workload, make_workload
from pipeline.errors import WirewatchError
from pipeline.settings import Settings

STEPS = 8
_EXPECTED_FAILURES = (WirewatchError, KafkaError, OSError, TimeoutError)


@dataclass
class _Run:
    plan: BenchPlan
    base: Settings
    rss: PeakRss
    log_dir: Path
    display: StepDisplay
    result: Result
    errors: dict[str, str] = field(default_factory=dict)
    workloads: dict[str, Workload] = field(default_factory=dict)

    def settings(self, label: str) -> Settings:
        return measurement_settings(self.base, label, self.plan.partitions)

    def workload(self, name: str, count: int, seed_offset: int) -> Workload:
        if name not in self.workloads:
            self.workloads[name] = make_workload(count, self.plan.seed + seed_offset)
        return self.workloads[name]

    @property
    def warmup(self) -> Workload:
        return self.workload("warmup", max(self.plan.warmup_articles, self.plan.partitions), 100)

    @property
    def fast(self) -> Workload:
        return self.workload("fast", self.plan.fast_articles, 1)

    @property
    def model(self) -> Workload:
        return self.workload("model", self.plan.model_articles, 2)

    def note_cpu(self, name: str, throughput: Throughput) -> None:
        if throughput.cpu is not None:
            self.result.setdefault("cpu", {})[name] = throughput.cpu.as_dict()

    def attempt(self, name: str, description: str, measure: Callable[[], str]) -> None:
        self.display.begin(description)
        try:
            summary = measure()
        except _EXPECTED_FAILURES as error:
            message = str(error) or type(error).__name__
            self.errors[name] = message
            self.display.fail(name, message)
            return
        self.display.end(summary)


def _empty_result(plan: BenchPlan) -> Result:
    result: Result = dict.fromkeys(REQUIRED_KEYS)
    result["plan"] = plan.as_dict()
    return result


def _broker(run: _Run) -> str:
    records = run.workload("broker", run.plan.broker_records, 3)
    baseline = measure_broker(run.settings("broker"), records)
    run.result.update(broker_aps=round(baseline.aps, 1), broker_mbps=round(baseline.mbps, 2),
                      broker_produce_aps=round(baseline.produce_aps, 1),
                      broker_consume_aps=round(baseline.consume_aps, 1))
    run.display.begin("replay (the code of wirewatch replay), the same articles")
    replay = measure_replay(run.settings("replay"), records)
    run.result["replay_aps"] = round(replay, 1)
    return (f"broker baseline: {baseline.aps:,.0f} articles/s, {baseline.mbps:,.1f} MB/s "
            f"(produce {baseline.produce_aps:,.0f}/s, consume {baseline.consume_aps:,.0f}/s); "
            f"replay {replay:,.0f}/s")


def _core(run: _Run) -> str:
    fast = measure_core("fast", run.fast.articles, run.warmup.articles, run.base)
    run.result["core_fast_aps"] = round(fast, 1)
    run.display.begin("core enrichment, model mode (no Kafka)")
    model = measure_core("model", run.model.articles, run.warmup.articles, run.base)
    run.result["core_model_aps"] = round(model, 2)
    return f"core enrichment: fast {fast:,.0f}/s, model {model:,.1f}/s"


def _spacy(run: _Run) -> str:
    bodies = [article.body for article in run.model.articles]
    warmup = [article.body for article in run.warmup.articles]
    pipe = measure_spacy_pipe(bodies, warmup)
    run.result["spacy_pipe_aps"] = round(pipe, 2)
    run.display.begin("spaCy naive loop (full pipeline, one call per article)")
    naive = measure_spacy_naive(bodies[:run.plan.naive_articles], warmup[:1])
    run.result["spacy_naive_aps"] = round(naive, 2)
    return f"spaCy alone: pipe {pipe:,.1f}/s, naive {naive:,.1f}/s"


def _passthrough(run: _Run) -> str:
    settings = run.settings("pass")
    # The same generator seed as the fast workload: its first articles are the fast ones.
    articles = run.workload("passthrough", run.plan.passthrough_articles, 1)
    throughput = measure_passthrough(settings, articles, run.warmup, run.log_dir, run.rss)
    run.result["passthrough_aps"] = round(throughput.aps, 1)
    run.note_cpu("passthrough", throughput)
    return f"passthrough Faust agent: {throughput.aps:,.0f} articles/s"


def _fast_worker(run: _Run) -> str:
    settings = run.settings("fast")
    with warm_workers(settings, worker_command("fast"), 1, settings.topics.enriched,
                      run.warmup, run.log_dir, run.rss) as warm:
        pid = warm.processes[0].pid
        enrich = backlog_throughput(warm, run.fast, deadline_for("fast", run.fast.count))
        run.result["enrich_fast_aps"] = round(enrich.aps, 1)
        run.note_cpu("enrich_fast", enrich)
        run.result["rss_fast_mb"] = run.rss.peak_mb(pid)
        run.display.begin("end to end, fast mode, replay at saturation")
        flood = run.workload("e2e", run.plan.fast_articles, 4)
        saturated = saturation(warm, flood, deadline_for("fast", flood.count))
        run.result.update(e2e_fast_aps=round(saturated.aps, 1), e2e_alerts=saturated.alerts,
                          e2e_replay_aps=round(saturated.replay_aps, 1))
        rate = saturated.aps / 2
        run.display.begin(f"latency, fast mode, replay at {rate:,.0f} articles/s")
        paced = run.workload("latency", max(20, round(rate * run.plan.latency_seconds)), 5)
        latency = fixed_rate_latency(warm, paced, rate,
                                     run.plan.latency_seconds * 2 + deadline_for("fast",
                                                                                 paced.count))
        run.result.update(latency.summary())
        run.result["rss_fast_mb"] = run.rss.peak_mb(pid)
    return (f"fast worker: {enrich.aps:,.0f}/s on a backlog; end to end {saturated.aps:,.0f}/s; "
            f"p50/p99 {run.result['e2e_p50_ms']:,.0f}/{run.result['e2e_p99_ms']:,.0f} ms at "
            f"{latency.rate_aps:,.0f}/s; peak RSS {run.result['rss_fast_mb']:,.0f} MB")


def _model_worker(run: _Run) -> str:
    one = measure_workers(run.settings("model"), "model", 1, run.model, run.warmup,
                          run.log_dir, run.rss)
    run.result.update(enrich_model_aps=round(one.throughput.aps, 2),
                      scaling_1w_aps=round(one.throughput.aps, 2),
                      rss_model_mb=max(one.rss_mb))
    run.note_cpu("enrich_model", one.throughput)
    return (f"model worker: {one.throughput.aps:,.1f}/s on a backlog; peak RSS "
            f"{max(one.rss_mb):,.0f} MB")


def _scaling(run: _Run) -> str:
    one_aps = run.result.get("enrich_model_aps")
    if not one_aps:
        raise WirewatchError("scaling needs the one-worker model figure, which failed.")
    scaling = measure_scaling(run.settings("scale"), float(one_aps), run.model, run.warmup,
                              run.log_dir, run.rss)
    # The two processes' RSS together (the parent's too): not folded into the per-process
    # rss_model_mb.
    run.result.update(scaling_2w_aps=round(scaling.two_aps, 2),
                      scaling_2w=round(scaling.ratio, 3),
                      rss_model_2w_mb=max(scaling.two_run.rss_mb))
    run.note_cpu("scaling_2w", scaling.two_run.throughput)
    return (f"scaling, model mode: --processes 2 {scaling.two_aps:,.1f}/s vs 1 process "
            f"{scaling.one_aps:,.1f}/s = {scaling.ratio:.2f}x")


def run_bench(base: Settings, plan: BenchPlan, *, use_configured: bool,
              display: StepDisplay) -> Result:
    """Every measurement of the plan; the result has every key of REQUIRED_KEYS."""
    started = time.monotonic()
    result = _empty_result(plan)
    result["machine"] = machine_info(None if use_configured else base.kafka_home / "lib")
    with tempfile.TemporaryDirectory(prefix="wirewatch-bench-") as tmp, PeakRss() as rss:
        home = Path(tmp)
        display.begin("starting a private Kafka broker" if not use_configured
                      else "checking the configured broker")
        with bench_broker(base, home / "kafka", use_configured) as bootstrap:
            display.end(f"broker at {bootstrap}")
            values: dict[str, Any] = {**base.model_dump(), "kafka_bootstrap_servers": bootstrap}
            run = _Run(plan, Settings(**values), rss, home, display, result)
            display.begin("generating the synthetic corpus")
            result["articles"] = {**run.fast.stats(), "fast": plan.fast_articles,
                                  "model": run.model.count, "naive": plan.naive_articles,
                                  "passthrough": plan.passthrough_articles,
                                  "broker_records": plan.broker_records}
            run.attempt("broker", "broker baseline (kafka-python produce, consume)",
                        lambda: _broker(run))
            run.attempt("core", "core enrichment, fast mode (no Kafka)", lambda: _core(run))
            run.attempt("spacy", "spaCy ceiling (nlp.pipe, NER only)", lambda: _spacy(run))
            run.attempt("passthrough", "passthrough Faust agent", lambda: _passthrough(run))
            run.attempt("fast_worker", "fast worker on a backlog", lambda: _fast_worker(run))
            run.attempt("model_worker", "model worker on a backlog", lambda: _model_worker(run))
            run.attempt("scaling", "scaling: worker --mode model --processes 2",
                        lambda: _scaling(run))
    result["articles"]["latency"] = run.workloads["latency"].count \
        if "latency" in run.workloads else None
    add_ratios(result)
    result["targets"] = judge(result)
    result["errors"] = run.errors
    result["machine"]["load_average_end"] = load_average()
    result["wall_seconds"] = round(time.monotonic() - started, 1)
    return result
