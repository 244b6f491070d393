"""`wirewatch schemas export|check`: the JSON Schema files consumers read."""

from __future__ import annotations

from pathlib import Path

import typer

from pipeline.cli._output import emit
from schemas.export import SCHEMA_DIR, drifted_schemas, export_schemas

app = typer.Typer(help="Export and check the JSON Schema of the message contracts.",
                  no_args_is_help=True)


@app.command()
def export(target: Path = typer.Option(SCHEMA_DIR, "--to", help="Folder to write into.")) -> None:
    """Write one JSON Schema file per message model."""
    written = export_schemas(target)
    emit({"written": [str(p) for p in written]}, "JSON Schemas")


@app.command()
def check(target: Path = typer.Option(SCHEMA_DIR, "--in", help="Folder to compare.")) -> None:
    """Exit 1 when the exported files differ from the models."""
    drifted = drifted_schemas(target)
    emit({"drifted": drifted, "ok": not drifted}, "JSON Schemas")
    if drifted:
        raise typer.Exit(1)
