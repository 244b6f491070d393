"""The labels files of seeds/: what each article should yield."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from pipeline.datafiles import load_yaml_list
from schemas import Credits


class ExpectedDateline(BaseModel):
    """The dateline an article should parse to."""

    place: str
    country: str | None = None
    agency: str | None = None


class ExpectedAlert(BaseModel):
    """The alert an article should raise."""

    severity: str
    category: str
    countries: list[str] = Field(default_factory=list)


class Label(BaseModel):
    """One labelled article."""

    file: str
    kind: str
    topics: list[str] = Field(default_factory=list)
    dateline: ExpectedDateline | None = None
    credits: Credits = Field(default_factory=Credits)
    entities: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    alert: ExpectedAlert | None = None
    update_of: str | None = None
    split: str = "tune"
    path: Path = Path()


def load_labels(root: Path) -> list[Label]:
    """Every label under root (labels.yaml in each folder); holdout/ is the held-out split."""
    labels: list[Label] = []
    for path in sorted(root.rglob("labels.yaml")):
        loaded = load_yaml_list(path, Label)
        split = "holdout" if "holdout" in path.parent.parts else "tune"
        for label in loaded:
            label.split = split
            label.path = path.parent / label.file
        labels.extend(loaded)
    return labels
