"""Progress of a bench run on stderr: the step under way, and a line per finished step."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)


class StepDisplay:
    """A rich progress bar over the steps, with the current step's description beside it."""

    def __init__(self, console: Console, steps: int) -> None:
        self.console = console
        self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                  MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                                  transient=True)
        self._task = self._progress.add_task("bench", total=steps)

    def begin(self, description: str) -> None:
        """A step starts (or moves on to its next part)."""
        self._progress.update(self._task, description=description)

    def end(self, summary: str) -> None:
        """The step finished; its headline figure stays on screen."""
        self._progress.console.print(f"[green]✓[/] {summary}")
        self._progress.advance(self._task)

    def fail(self, name: str, error: str) -> None:
        """The step failed; the run goes on without its figures."""
        self._progress.console.print(f"[red]✗[/] {name}: {error}")
        self._progress.advance(self._task)

    def __enter__(self) -> StepDisplay:
        self._progress.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self._progress.stop()
