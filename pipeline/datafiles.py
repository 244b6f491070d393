"""Versioned YAML data files, validated by a pydantic model, with errors naming file and place."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from pipeline.errors import DataFileError

Model = TypeVar("Model", bound=BaseModel)


def _locate(data: object, loc: tuple[int | str, ...]) -> str:
    """A readable path such as `cues[12] (id: airstrike).patterns`."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int):
            label = f"[{key}]"
            if isinstance(node, list) and key < len(node):
                node = node[key]
                if isinstance(node, dict):
                    name = node.get("id") or node.get("canonical") or node.get("code") \
                        or node.get("iso3")
                    if name:
                        label += f" ({name})"
            parts.append(label)
        else:
            parts.append(f".{key}" if parts else str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts)


def load_yaml_model(path: Path, model: type[Model]) -> Model:
    """Parse and validate one data file; DataFileError names the file, line or entry."""
    validated: Model = _validate(path, _parse(path), TypeAdapter(model))
    return validated


def load_yaml_list(path: Path, model: type[Model]) -> list[Model]:
    """Parse and validate a data file that is a YAML list of entries."""
    adapter: TypeAdapter[list[Model]] = TypeAdapter(list[model])  # type: ignore[valid-type]  # a runtime type
    validated: list[Model] = _validate(path, _parse(path), adapter)
    return validated


def _parse(path: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise DataFileError(f"the data file {path} cannot be read ({error.strerror}).") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise DataFileError(f"the data file {path} is not valid YAML{where}: {problem}.") from None
    return data


def _validate(path: Path, data: object, adapter: TypeAdapter[Any]) -> Any:
    try:
        return adapter.validate_python(data)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        raise DataFileError(f"the data file {path} is invalid at {_locate(data, first['loc'])}: "
                            f"{first['msg']} ({error.error_count()} problem(s) in all).") from None
