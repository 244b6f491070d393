"""`wirewatch train NAME`: rebuild a learned artefact from the real labelled sets.

Each trainer lives in its own module (`pipeline/cli/train_<name>.py`) and adds its command to
`app` at import; the modules below that exist are imported when the CLI is built.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(no_args_is_help=True, help="Rebuild a learned model from the real labelled "
                                             "sets in WIREWATCH_DATA_DIR (see ops/data/extract.sh).")

TRAINERS = ("train_escalation", "train_topics", "train_ner")


def load_trainers() -> typer.Typer:
    """The `train` sub-app with every trainer module that exists registered on it."""
    for module in TRAINERS:
        try:
            importlib.import_module(f"pipeline.cli.{module}")
        except ModuleNotFoundError as error:
            if error.name != f"pipeline.cli.{module}":
                raise
    return app
