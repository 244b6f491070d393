"""`wirewatch train escalation`: rebuild the escalation sentence model from the real sets."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from pipeline.cli._context import settings
from pipeline.cli._output import stdout
from pipeline.cli.train import app
from pipeline.detect.model import MODEL_FILE
from pipeline.errors import InputError
from pipeline.learn.sets import MissingDataError
from pipeline.logs import get_logger

log = get_logger(__name__)
REPORT_FILE = MODEL_FILE.with_name("escalation_model_report.json")


@app.command("escalation")
def escalation(
    kind: str = typer.Option("svm", "--kind", help="svm (linear SVM, Platt-calibrated) or logreg."),
    compare: bool = typer.Option(False, "--compare/--no-compare",
                                 help="Also train the other kind and report both."),
    output: Path = typer.Option(MODEL_FILE, "--output", help="Where the model is written."),
    report_file: Path = typer.Option(REPORT_FILE, "--report", help="Where the figures go (JSON)."),
) -> None:
    """Train on the sets' training parts, choose the operating point, report held-out figures."""
    # Imported here: scikit-learn and the corpus reader are only needed to train.
    from pipeline.detect import EscalationDetector  # noqa: PLC0415
    from pipeline.enrich import Enricher  # noqa: PLC0415
    from pipeline.learn.corpus import build_corpus  # noqa: PLC0415
    from pipeline.learn.escalation import KINDS, train  # noqa: PLC0415

    if kind not in KINDS:
        raise InputError(f"--kind must be one of {', '.join(KINDS)}.")
    data_dir = settings().data_dir
    try:
        docs = build_corpus(data_dir, Enricher("fast"), EscalationDetector(rules_only=True))
    except MissingDataError as error:
        raise InputError(str(error)) from error
    meta: dict[str, object] = {"data_dir": "WIREWATCH_DATA_DIR", "date": "2026-12-02"}
    reports = {}
    for name in ([kind, *(k for k in KINDS if k != kind)] if compare else [kind]):
        model, report = train(docs, name, meta)
        reports[name] = report
        log.info("train.escalation", kind=name, threshold=report["threshold"],
                 rule_threshold=report["rule_threshold"], fit_seconds=report["fit_seconds"])
        if name == kind:
            model.save(output)
    report_file.write_text(json.dumps(reports, indent=1) + "\n", encoding="utf-8")
    for name, report in reports.items():
        stdout.print(f"{name}: threshold {report['threshold']}, with a rule alert "
                     f"{report['rule_threshold']}")
        for group, rate in report["held_out"].items():
            stdout.print(f"  {group:38} {rate:.3f}  (rules alone "
                         f"{report['held_out_rules_only'][group]:.3f})")
    stdout.print(f"model written to {output}; figures in {report_file}")
