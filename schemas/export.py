"""JSON Schema export of the message models, for consumers in other languages."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from schemas.alerts import EscalationAlert
from schemas.articles import EnrichedArticle, RawArticle
from schemas.deadletter import DeadLetter

MODELS: dict[str, type[BaseModel]] = {
    "RawArticle": RawArticle,
    "EnrichedArticle": EnrichedArticle,
    "EscalationAlert": EscalationAlert,
    "DeadLetter": DeadLetter,
}
SCHEMA_DIR = Path(__file__).resolve().parent / "json"


def render_schemas() -> dict[str, str]:
    """File name -> JSON Schema text, for every message model."""
    rendered: dict[str, str] = {}
    for name, model in MODELS.items():
        schema = model.model_json_schema(mode="serialization")
        schema["$id"] = f"https://wirewatch.dev/schemas/v1/{name}.json"
        rendered[f"{name}.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return rendered


def export_schemas(target: Path = SCHEMA_DIR) -> list[Path]:
    """Write every model's JSON Schema into target; returns the written paths."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, text in render_schemas().items():
        path = target / filename
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def drifted_schemas(target: Path = SCHEMA_DIR) -> list[str]:
    """Names of the schema files that are missing or differ from the models."""
    drifted = []
    for filename, text in render_schemas().items():
        path = target / filename
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            drifted.append(filename)
    return drifted
