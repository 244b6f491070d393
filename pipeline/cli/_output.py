"""Console conventions: rich on a TTY, JSON lines when piped; data on stdout, talk on stderr."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

stdout = Console(soft_wrap=True)
stderr = Console(stderr=True)


def stdout_is_tty() -> bool:
    """True when a person, not a program, reads stdout."""
    return sys.stdout.isatty()


def print_json(data: Any) -> None:
    """One JSON object on one line of stdout."""
    sys.stdout.write(json.dumps(data, default=str, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def print_table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]],
                show_header: bool = True) -> None:
    """A rich table on stdout."""
    table = Table(title=title, title_justify="left", show_header=show_header)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(str(cell) for cell in row))
    stdout.print(table)


def emit(data: dict[str, Any], title: str, json_mode: bool | None = None) -> None:
    """A summary as a key/value table on a TTY, or as one JSON line when piped or asked."""
    if json_mode or (json_mode is None and not stdout_is_tty()):
        print_json(data)
        return
    print_table(title, ["", ""], ((key, _cell(value)) for key, value in data.items()),
                show_header=False)


def _cell(value: Any) -> str:
    if isinstance(value, list):
        return "\n".join(str(v) for v in value) if value else "-"
    if value is None:
        return "-"
    return str(value)
