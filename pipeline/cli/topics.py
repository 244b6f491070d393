"""`wirewatch topics create|list` through the Kafka admin API."""

from __future__ import annotations

import typer

from pipeline.broker.admin import create_topics, list_topics
from pipeline.cli._context import settings
from pipeline.cli._output import print_json, print_table, stdout_is_tty

app = typer.Typer(help="Create and inspect the wirewatch topics.", no_args_is_help=True)


@app.command()
def create() -> None:
    """Create the four wirewatch topics (prefix from WIREWATCH_TOPIC_PREFIX); idempotent."""
    states = create_topics(settings())
    rows = [{"topic": s.name, "partitions": s.partitions,
             "status": "created" if s.created else "exists"} for s in states]
    if stdout_is_tty():
        print_table("Topics", ["topic", "partitions", "status"],
                    ([r["topic"], r["partitions"], r["status"]] for r in rows))
    else:
        for row in rows:
            print_json(row)


@app.command("list")
def list_(all_topics: bool = typer.Option(False, "--all", help="Include internal topics.")) -> None:
    """List the topics on the cluster with their partition counts."""
    states = list_topics(settings(), include_internal=all_topics)
    if stdout_is_tty():
        print_table("Topics", ["topic", "partitions"], ([s.name, s.partitions] for s in states))
    else:
        for state in states:
            print_json({"topic": state.name, "partitions": state.partitions})
