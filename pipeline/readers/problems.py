"""What a reader could not read, with the file and line it came from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ReadProblem:
    """An unreadable input: where it is, a reason code and one readable sentence."""

    path: Path
    line: int | None
    reason: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return f"{where}: {self.message}"
