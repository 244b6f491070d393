"""`wirewatch config`: the effective configuration (secrets masked), or its reference table."""

from __future__ import annotations

from pathlib import Path

import typer
from pydantic import SecretStr

from pipeline.cli._context import settings
from pipeline.cli._output import print_json, print_table, stdout, stdout_is_tty
from pipeline.settings import PROJECT_ROOT, Settings


def _env_name(name: str) -> str:
    field = Settings.model_fields[name]
    alias = field.validation_alias
    choices = getattr(alias, "choices", None)
    if choices:
        return str(choices[0])
    return f"WIREWATCH_{name.upper()}"


def _shown(value: object) -> object:
    if isinstance(value, SecretStr):
        return "********"
    return value if isinstance(value, int | float | bool) or value is None else str(value)


def settings_reference() -> str:
    """The Markdown table of every setting: variable, default, meaning."""
    lines = ["| variable | default | meaning |", "|---|---|---|"]
    for name, field in Settings.model_fields.items():
        default = field.default
        if isinstance(default, Path) and default.is_relative_to(PROJECT_ROOT):
            default = f"<project>/{default.relative_to(PROJECT_ROOT).as_posix()}"
        shown = "" if default is None else f"`{_shown(default)}`"
        lines.append(f"| `{_env_name(name)}` | {shown} | {field.description or ''} |")
    return "\n".join(lines) + "\n"


def config(markdown: bool = typer.Option(False, "--markdown",
                                         help="Print the reference table of every setting.")) -> None:
    """Show the effective configuration; secrets are masked."""
    if markdown:
        stdout.out(settings_reference(), end="")
        return
    current = settings()
    values = {_env_name(name): _shown(getattr(current, name)) for name in Settings.model_fields}
    if stdout_is_tty():
        print_table("wirewatch configuration", ["variable", "value"], values.items())
    else:
        print_json(values)
