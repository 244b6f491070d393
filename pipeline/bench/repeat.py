"""Several bench runs as one result: the median of every figure, with its spread."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any

from pipeline.bench.report import Result, add_ratios, judge

# Figures that describe the run rather than measure it: taken from the first run as they are.
_DESCRIPTIVE = {"plan", "machine", "articles", "targets", "errors", "cpu", "wall_seconds",
                "repeats", "spread"}


def _is_figure(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def combine_runs(runs: Sequence[Result]) -> Result:
    """One result whose figures are the medians of the runs'.

    `spread[key]` keeps each figure's per-run values, minimum and maximum; ratios and target
    verdicts are computed again from the medians; a step that failed in any run is named in
    `errors` with the run it failed in.
    """
    if not runs:
        raise ValueError("combine_runs needs at least one run.")
    combined: Result = {key: value for key, value in runs[0].items() if key in _DESCRIPTIVE}
    spread: dict[str, dict[str, Any]] = {}
    keys = [key for run in runs for key in run if key not in _DESCRIPTIVE]
    for key in dict.fromkeys(keys):
        values = [run.get(key) for run in runs]
        figures = [float(v) for v in values if v is not None and _is_figure(v)]
        if not figures:
            combined[key] = next((v for v in values if v is not None), None)
            continue
        median = statistics.median(figures)
        combined[key] = round(median, 3)
        if len(runs) > 1:
            spread[key] = {"values": values, "min": min(figures), "max": max(figures),
                           "spread_pct": round(100 * (max(figures) - min(figures)) / median, 1)
                           if median else None}
    add_ratios(combined)
    combined["targets"] = judge(combined)
    combined["errors"] = {f"{step} (run {index})": message
                          for index, run in enumerate(runs, start=1)
                          for step, message in run.get("errors", {}).items()}
    combined["repeats"] = len(runs)
    combined["spread"] = spread
    combined["wall_seconds"] = round(sum(float(run.get("wall_seconds") or 0) for run in runs), 1)
    return combined
