"""`wirewatch train topics`: rebuild the topic model from the real topic-labelled sets."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from pipeline.cli._context import settings
from pipeline.cli._output import stdout
from pipeline.cli.train import app
from pipeline.enrich.topic_model import MODEL_FILE
from pipeline.errors import InputError
from pipeline.logs import get_logger

log = get_logger(__name__)
REPORT_FILE = MODEL_FILE.with_name("topic_model_report.json")


@app.command("topics")
def topics(
    output: Path = typer.Option(MODEL_FILE, "--output", help="Where the weights are written."),
    report_path: Path = typer.Option(REPORT_FILE, "--report",
                                     help="Where the training report (JSON) is written."),
) -> None:
    """Fit the topic model on the sets' train parts; report the model's held-out accuracy."""
    # Imported here: scikit-learn is only needed to train.
    from pipeline.enrich.topic_model import save_model  # noqa: PLC0415
    from pipeline.enrich.topic_model_data import all_items  # noqa: PLC0415
    from pipeline.enrich.topic_model_train import train_topics  # noqa: PLC0415

    data_dir = settings().data_dir
    if not (data_dir / "bbc_full").is_dir() or not (data_dir / "bbc_politics").is_dir():
        raise InputError(f"the BBC sets are not in {data_dir}; run ops/data/extract.sh first.")
    try:
        items = list(all_items(data_dir))
    except FileNotFoundError as error:
        raise InputError(f"a topic-labelled set is missing: {error.filename} "
                         "(run ops/data/extract.sh).") from error
    trained = train_topics(items)
    save_model(trained.model, output)
    report = {"date": "2026-12-02", "data_dir": "WIREWATCH_DATA_DIR", **trained.report}
    report_path.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    log.info("train.topics", terms=len(trained.model.terms), codes=len(trained.model.codes),
             output=str(output))
    stdout.print(f"topic model written to {output}; report in {report_path}", markup=False,
                 highlight=False)
