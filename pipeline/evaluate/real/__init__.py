"""Evaluations on real labelled news made by others (their train and dev splits only).

Each data set has a module here that registers a `RealDataset`: a name for
`wirewatch eval --dataset NAME PATH`, the default path under the data folder
(`WIREWATCH_DATA_DIR`, filled by `ops/data/extract.sh`), and a `run` function that reads the
set and returns a JSON-ready report (precision, recall, F1, confusion matrices ... each
labelled with the split it was measured on).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Report = dict[str, Any]


@dataclass(frozen=True)
class RealDataset:
    """One public labelled set and how wirewatch is scored on it."""

    name: str
    description: str
    default_path: str  # relative to the data folder
    run: Callable[[Path, str], Report]  # (path, enrich mode) -> report


REGISTRY: dict[str, RealDataset] = {}

# Modules that register data sets when imported; a module that does not exist yet is skipped.
MODULES = ("escalation", "topics", "conll")


def register(dataset: RealDataset) -> RealDataset:
    """Add a data set to the registry (modules call this at import)."""
    REGISTRY[dataset.name] = dataset
    return dataset


def datasets() -> dict[str, RealDataset]:
    """Every registered data set, by name."""
    for module in MODULES:
        try:
            importlib.import_module(f"{__name__}.{module}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{module}":
                raise
    return dict(REGISTRY)
