"""`wirewatch eval --dataset NAME [PATH]`: scores on a real labelled set made by others."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pipeline.cli._context import settings
from pipeline.cli._output import print_json, print_table, stdout, stdout_is_tty
from pipeline.errors import InputError
from pipeline.evaluate.real import RealDataset, datasets
from pipeline.learn.sets import MissingDataError
from pipeline.logs import get_logger

log = get_logger(__name__)


def _chosen(name: str) -> list[RealDataset]:
    known = datasets()
    if name == "all":
        return list(known.values())
    if name not in known:
        raise InputError(f"unknown dataset {name!r}; known: {', '.join(sorted(known))}, all.")
    return [known[name]]


def run_one(dataset: RealDataset, path: Path | None, mode: str | None) -> dict[str, Any]:
    """The set's report, or a report saying its data is absent (never a made-up figure)."""
    where = path if path is not None else settings().data_dir / dataset.default_path
    if not where.exists():
        return {"dataset": dataset.name, "status": "absent", "path": str(where)}
    began = time.perf_counter()
    try:
        report = dataset.run(where, mode or settings().enrich_mode)
    except MissingDataError as error:
        return {"dataset": dataset.name, "status": "absent", "path": str(where),
                "error": str(error)}
    log.info("eval.dataset", dataset=dataset.name, seconds=round(time.perf_counter() - began, 1))
    return {"status": "ok", "mode": mode or settings().enrich_mode, "path": str(where), **report}


def _show(report: dict[str, Any]) -> None:
    name = report["dataset"]
    if report["status"] != "ok":
        stdout.print(f"{name}: data absent at {report['path']} (run ops/data/extract.sh)")
        return
    scalars = [(k, v) for k, v in report.items() if not isinstance(v, dict | list)]
    print_table(f"{name} ({report.get('split', '?')})", ["metric", "value"], scalars)
    for key, value in report.items():
        if isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            columns = list(next(iter(value.values())))
            print_table(f"{name}: {key.replace('_', ' ')}", ["", *columns],
                        ([row, *(cells.get(c, "") for c in columns)] for row, cells in
                         value.items()))


def evaluate_real(name: str, path: Path | None, mode: str | None,
                  json_output: bool | None) -> None:
    """Evaluate one set (or every registered one with 'all') and print the reports."""
    chosen = _chosen(name)
    if path is not None and len(chosen) > 1:
        raise InputError("a PATH goes with one --dataset, not with 'all'.")
    if path is not None and not path.exists():
        raise InputError(f"{path} does not exist.")
    as_json = json_output or (json_output is None and not stdout_is_tty())
    for dataset in chosen:
        report = run_one(dataset, path, mode)
        if as_json:
            print_json(report)
        else:
            _show(report)
