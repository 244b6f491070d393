"""`wirewatch replay PATH...`: produce wire articles onto the raw topic."""

from __future__ import annotations

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pipeline.cli._context import settings
from pipeline.cli._output import emit, stderr
from pipeline.readers import ReadProblem, expand_paths, read_articles
from pipeline.replay import Pacer, ReplaySummary, replay_articles
from schemas import RawArticle


def replay(
    paths: list[str] = typer.Argument(..., help="Files, folders or globs of articles "
                                                "(.txt wire text, .jsonl, .json ninjs)."),
    rate: float = typer.Option(None, "--rate", min=0.001, help="Articles per second."),
    speed: float = typer.Option(None, "--speed", min=0.001,
                                help="Replay the published_at timeline X times faster."),
    loop: bool = typer.Option(False, "--loop", help="Start again at the end (ids get -rN)."),
    limit: int = typer.Option(None, "--limit", min=1, help="Stop after N articles."),
    topic: str = typer.Option(None, "--topic", help="Target topic (default: the raw topic)."),
    json_output: bool = typer.Option(None, "--json/--no-json",
                                     help="JSON summary (default when piped)."),
) -> None:
    """Replay articles onto Kafka, as fast as the broker takes them unless paced."""
    if rate is not None and speed is not None:
        raise typer.BadParameter("give --rate or --speed, not both.")
    files = expand_paths(paths)
    frozen: list[RawArticle | ReadProblem] | None = None

    def source() -> list[RawArticle | ReadProblem]:
        nonlocal frozen
        if frozen is None:
            frozen = list(read_articles(files))
        return frozen

    total = sum(1 for item in source() if isinstance(item, RawArticle))
    expected = None if loop else min(total, limit or total)
    if limit is not None:
        expected = limit
    show_bar = stderr.is_terminal
    with Progress(TextColumn("replay"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=stderr, disable=not show_bar, transient=True) as progress:
        task = progress.add_task("replay", total=expected)

        def on_progress(summary: ReplaySummary) -> None:
            progress.update(task, completed=len(summary.article_ids))

        summary = replay_articles(settings(), source, topic=topic,
                                  pacer=Pacer(rate=rate, speed=speed), loop=loop, limit=limit,
                                  on_progress=on_progress)
    data = summary.as_dict()
    data["files"] = len(files)
    emit(data, "Replay", json_output)
    if summary.failed:
        raise typer.Exit(1)
    if summary.skipped:
        raise typer.Exit(3)
