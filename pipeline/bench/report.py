"""The bench result as a table (with targets, pass/miss marks) and as JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

Result = dict[str, Any]

REQUIRED_KEYS = ("broker_aps", "passthrough_aps", "core_fast_aps", "core_model_aps",
                 "spacy_pipe_aps", "spacy_naive_aps", "enrich_fast_aps", "enrich_model_aps",
                 "e2e_fast_aps", "e2e_p50_ms", "e2e_p99_ms", "rss_fast_mb", "rss_model_mb",
                 "scaling_2w", "replay_aps", "machine", "articles")
"""Keys every result has (a measurement that failed leaves its value null)."""


def ratio(result: Result, numerator: str, denominator: str) -> float | None:
    """result[numerator] / result[denominator], or None when either is missing or zero."""
    top, bottom = result.get(numerator), result.get(denominator)
    if top is None or not bottom:
        return None
    return round(float(top) / float(bottom), 3)


def add_ratios(result: Result) -> None:
    """The ratio figures the targets are stated in."""
    result["ratio_e2e_vs_passthrough"] = ratio(result, "e2e_fast_aps", "passthrough_aps")
    result["ratio_core_model_vs_spacy_pipe"] = ratio(result, "core_model_aps", "spacy_pipe_aps")
    result["ratio_core_model_vs_spacy_naive"] = ratio(result, "core_model_aps",
                                                      "spacy_naive_aps")
    result["ratio_enrich_fast_vs_passthrough"] = ratio(result, "enrich_fast_aps",
                                                       "passthrough_aps")
    result["ratio_replay_vs_produce"] = ratio(result, "replay_aps", "broker_produce_aps")


@dataclass(frozen=True)
class Target:
    """One aim of the issue: the figure it is about and how that figure must compare."""

    name: str
    key: str
    text: str
    met: Callable[[float], bool]


# Issue 16's targets, each a ratio to a baseline measured in the same run where it can be;
# e2e_fast_aps and the naive-spaCy ratio are older aims, kept for comparison.
TARGETS = (
    Target("e2e_fast_aps", "e2e_fast_aps", ">= 1,500/s per worker", lambda v: v >= 1500),
    Target("e2e_vs_passthrough", "ratio_e2e_vs_passthrough", ">= 0.50x passthrough",
           lambda v: v >= 0.5),
    Target("core_model_vs_spacy_pipe", "ratio_core_model_vs_spacy_pipe",
           ">= 0.90x spaCy pipe, every learned layer in", lambda v: v >= 0.9),
    Target("core_model_vs_spacy_naive", "ratio_core_model_vs_spacy_naive",
           ">= 1.5x spaCy naive", lambda v: v >= 1.5),
    Target("scaling_2w", "scaling_2w", ">= 1.8x one process (--processes 2, 2 cores)",
           lambda v: v >= 1.8),
    Target("replay_vs_produce", "ratio_replay_vs_produce", ">= 0.80x kafka-python produce",
           lambda v: v >= 0.8),
    Target("e2e_p99_ms", "e2e_p99_ms", "< 250 ms at half saturation", lambda v: v < 250),
    Target("rss_fast_mb", "rss_fast_mb", "< 400 MB", lambda v: v < 400),
    Target("rss_model_mb", "rss_model_mb", "< 900 MB", lambda v: v < 900),
)


def judge(result: Result) -> list[dict[str, Any]]:
    """Each target with its value and whether it was met (None when not measured)."""
    verdicts = []
    for target in TARGETS:
        value = result.get(target.key)
        verdicts.append({"name": target.name, "key": target.key, "target": target.text,
                         "value": value,
                         "met": None if value is None else bool(target.met(float(value)))})
    return verdicts


def write_json(result: Result, path: Path) -> None:
    """The result as indented JSON in `path`."""
    path.write_text(json.dumps(result, indent=2, default=str) + "\n", encoding="utf-8")


def _n(value: Any, digits: int = 0, unit: str = "") -> str:
    if value is None:
        return "—"
    return f"{float(value):,.{digits}f}{unit}"


def _cores(r: Result, name: str) -> str:
    use = r.get("cpu", {}).get(name)
    if not use:
        return "—"
    return f"{use['process_cores']:.2f} / {use['machine_cores']:.2f}"


def _rows(r: Result) -> list[tuple[str, str, str | None]]:
    """(measurement, figure, key of the target it is judged by)."""
    return [
        ("Broker: kafka-python produce, then consume",
         f"{_n(r.get('broker_aps'))}/s · {_n(r.get('broker_mbps'), 1)} MB/s", None),
        ("  produce / consume alone",
         f"{_n(r.get('broker_produce_aps'))}/s / {_n(r.get('broker_consume_aps'))}/s", None),
        ("Replay: wirewatch replay's code, the same articles", f"{_n(r.get('replay_aps'))}/s",
         None),
        ("  replay ÷ kafka-python produce", _n(r.get("ratio_replay_vs_produce"), 2, "x"),
         "ratio_replay_vs_produce"),
        ("Framework: passthrough Faust agent", f"{_n(r.get('passthrough_aps'))}/s", None),
        ("Core enrich + detect, fast (no Kafka)", f"{_n(r.get('core_fast_aps'))}/s", None),
        ("Core enrich + detect, model (no Kafka)", f"{_n(r.get('core_model_aps'), 1)}/s", None),
        ("spaCy ceiling: nlp.pipe, NER only, batched", f"{_n(r.get('spacy_pipe_aps'), 1)}/s",
         None),
        ("spaCy floor: full pipeline, nlp() per article",
         f"{_n(r.get('spacy_naive_aps'), 1)}/s", None),
        ("  core model ÷ spaCy pipe", _n(r.get("ratio_core_model_vs_spacy_pipe"), 2, "x"),
         "ratio_core_model_vs_spacy_pipe"),
        ("  core model ÷ spaCy naive", _n(r.get("ratio_core_model_vs_spacy_naive"), 2, "x"),
         "ratio_core_model_vs_spacy_naive"),
        ("Worker, fast mode (backlog)", f"{_n(r.get('enrich_fast_aps'))}/s", None),
        ("  worker fast ÷ passthrough", _n(r.get("ratio_enrich_fast_vs_passthrough"), 2, "x"),
         None),
        ("Worker, model mode (backlog)", f"{_n(r.get('enrich_model_aps'), 1)}/s", None),
        ("E2E fast: replay → enrich → alert, saturated",
         f"{_n(r.get('e2e_fast_aps'))}/s ({_n(r.get('e2e_alerts'))} alerts)", "e2e_fast_aps"),
        ("  e2e ÷ passthrough", _n(r.get("ratio_e2e_vs_passthrough"), 2, "x"),
         "ratio_e2e_vs_passthrough"),
        (f"Latency at {_n(r.get('e2e_rate_aps'))}/s: p50 / p95 / p99 (enriched)",
         f"{_n(r.get('e2e_p50_ms'))} / {_n(r.get('e2e_p95_ms'))} / "
         f"{_n(r.get('e2e_p99_ms'))} ms", "e2e_p99_ms"),
        ("  to alert: p50 / p99",
         f"{_n(r.get('alert_p50_ms'))} / {_n(r.get('alert_p99_ms'))} ms "
         f"({_n(r.get('alert_count'))} alerts)", None),
        ("Peak RSS, fast worker", _n(r.get("rss_fast_mb"), 0, " MB"), "rss_fast_mb"),
        ("Peak RSS, model worker", _n(r.get("rss_model_mb"), 0, " MB"), "rss_model_mb"),
        ("  model worker with --processes 2, all processes",
         _n(r.get("rss_model_2w_mb"), 0, " MB"), None),
        ("Scaling, model mode: --processes 2 ÷ 1",
         f"{_n(r.get('scaling_2w'), 2, 'x')} ({_n(r.get('scaling_1w_aps'), 1)}/s → "
         f"{_n(r.get('scaling_2w_aps'), 1)}/s)", "scaling_2w"),
        ("  cores used: by the worker(s) / whole machine",
         " · ".join(f"{label} {_cores(r, name)}" for label, name in
                    (("1w", "enrich_model"), ("2w", "scaling_2w"))), None),
    ]


def render_table(result: Result, console: Console) -> None:
    """The result as a rich table with a target column and pass/miss marks."""
    verdicts = {v["key"]: v for v in result.get("targets", [])}
    articles = result.get("articles", {})
    machine = result.get("machine", {})
    title = (f"wirewatch bench ({result.get('plan', {}).get('name', '?')}): "
             f"{machine.get('cores')} cores, Python {machine.get('python')}, "
             f"load {machine.get('load_average_start')}; articles of "
             f"{articles.get('mean_words')} words, {_n(articles.get('mean_bytes'))} B on average")
    table = Table(title=title, title_justify="left")
    for column in ("measurement", "result", "target", ""):
        table.add_column(column)
    for label, figure, key in _rows(result):
        verdict = verdicts.get(key) if key else None
        if verdict is None:
            table.add_row(label, figure, "", "")
            continue
        mark = {True: "[green]pass[/]", False: "[red]miss[/]", None: "[yellow]n/a[/]"}
        table.add_row(label, figure, verdict["target"], mark[verdict["met"]])
    console.print(table)
    for step, message in result.get("errors", {}).items():
        console.print(f"[red]{step} failed:[/] {message}")
    repeats = int(result.get("repeats") or 1)
    spread = result.get("spread", {})
    if repeats > 1 and spread:
        table = Table(title=f"spread over {repeats} runs (min – max)", title_justify="left")
        for column in ("figure", "median", "min – max", "spread"):
            table.add_column(column)
        for key, values in spread.items():
            table.add_row(key, _n(result.get(key), 2), f"{_n(values['min'], 2)} – "
                          f"{_n(values['max'], 2)}", _n(values.get("spread_pct"), 1, " %"))
        console.print(table)
    console.print(f"{_n(result.get('wall_seconds'))} s over {repeats} run(s); every figure is "
                  "the median; figures on a shared machine are noisy, compare ratios in a run.")
