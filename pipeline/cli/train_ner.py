"""`wirewatch train ner`: fine-tune the NER on CoNLL-2003 train and write the committed model."""

from __future__ import annotations

import tempfile
from pathlib import Path

import typer

from pipeline.cli._context import settings
from pipeline.cli._output import print_json
from pipeline.cli.train import app
from pipeline.errors import InputError


@app.command("ner")
def train_ner_command(
    output: Path = typer.Option(None, "--output", help="Model folder (default: the one the "
                                "enricher loads, pipeline/enrich/ner_model)."),
    work_dir: Path = typer.Option(None, "--work-dir", help="Where spaCy's corpora and checkpoints "
                                  "go (default: a temporary folder)."),
    seed: int = typer.Option(13, "--seed", help="Seed of the train/dev split and of training."),
    max_steps: int = typer.Option(None, "--max-steps", help="Stop after this many updates "
                                  "(default: ops/ner/config.cfg)."),
) -> None:
    """Fine-tune en_core_web_sm's NER on CoNLL-2003 train (10% of its documents held out to
    pick the best checkpoint); under an hour on a shared two-core machine."""
    from pipeline.enrich.ner_train import MODEL_DIR, train_ner  # noqa: PLC0415  # heavy

    data_dir = settings().data_dir
    try:
        with tempfile.TemporaryDirectory(prefix="wirewatch-ner-") as scratch:
            scores = train_ner(data_dir, work_dir or Path(scratch), output or MODEL_DIR,
                               seed=seed, max_steps=max_steps)
    except FileNotFoundError as error:
        raise InputError(str(error)) from None
    print_json({"model": str(output or MODEL_DIR), "seed": seed,
                "dev_split": "10% of CoNLL-2003 train documents", "dev_scores": scores})
