"""`wirewatch bench`: measure throughput, latency, memory and scaling on a private broker."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli._context import settings
from pipeline.cli._output import print_json, stderr, stdout, stdout_is_tty


def bench(
    *,
    quick: Annotated[bool, typer.Option(
        "--quick", help="Small counts: done in under two minutes.")] = False,
    json_file: Annotated[Path | None, typer.Option(
        "--json", metavar="FILE", help="Also write the full result as JSON to FILE.",
        dir_okay=False, writable=True)] = None,
    bootstrap: Annotated[bool, typer.Option(
        "--bootstrap", help="Use the broker at KAFKA_BOOTSTRAP_SERVERS instead of starting "
                            "a private one.")] = False,
    fast_articles: Annotated[int | None, typer.Option(
        "--fast-articles", min=20, help="Articles for the fast-mode measurements.")] = None,
    model_articles: Annotated[int | None, typer.Option(
        "--model-articles", min=8, help="Articles for the model-mode measurements.")] = None,
    repeat: Annotated[int | None, typer.Option(
        "--repeat", min=1, max=9, help="Runs to take the median of (default: 3, --quick 1).")
    ] = None,
) -> None:
    """Run every benchmark N times; medians and spread in a table on a TTY (JSON when piped)."""
    from pipeline.bench import BenchPlan, run_bench  # noqa: PLC0415  # heavy imports
    from pipeline.bench.progress import StepDisplay  # noqa: PLC0415
    from pipeline.bench.repeat import combine_runs  # noqa: PLC0415
    from pipeline.bench.report import render_table, write_json  # noqa: PLC0415
    from pipeline.bench.runner import STEPS  # noqa: PLC0415

    plan = (BenchPlan.quick() if quick else BenchPlan.full()).with_counts(fast_articles,
                                                                          model_articles)
    runs = repeat or (1 if quick else 3)
    results = []
    for index in range(runs):
        if runs > 1:
            stderr.print(f"run {index + 1} of {runs}")
        with StepDisplay(stderr, STEPS) as display:
            results.append(run_bench(settings(), plan, use_configured=bootstrap,
                                     display=display))
    result = combine_runs(results)
    if json_file is not None:
        write_json(result, json_file)
    if stdout_is_tty():
        render_table(result, stdout)
    else:
        print_json(result)
    if result["errors"]:
        raise typer.Exit(1)
