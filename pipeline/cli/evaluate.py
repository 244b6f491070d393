"""`wirewatch eval`: score enrichment and alerting on the labelled seeds, or on a real labelled set."""

from __future__ import annotations

from pathlib import Path

import typer

from pipeline.analysis import analyze
from pipeline.cli._output import print_json, print_table, stderr, stdout_is_tty
from pipeline.cli.analyze import build_pipeline
from pipeline.cli.evaluate_real import evaluate_real
from pipeline.evaluate import evaluate, load_labels
from pipeline.readers import read_articles
from pipeline.settings import PROJECT_ROOT
from schemas import RawArticle

ROWS = [("articles", "articles"), ("entity_precision", "entity precision"),
        ("entity_recall", "entity recall"), ("credit_names_as_entities", "credit names as entities"),
        ("dateline_accuracy", "dateline accuracy"), ("topic_accuracy", "top-level topic accuracy"),
        ("alert_precision", "alert precision (>= medium)"),
        ("alert_recall", "alert recall (>= medium)"), ("updates_clustered", "updates clustered"),
        ("unrelated_articles_merged", "unrelated articles merged into a story")]


def evaluate_command(
    path: Path = typer.Argument(None, help="With --dataset: the set's folder (default: its folder "
                                           "under WIREWATCH_DATA_DIR)."),
    dataset: str = typer.Option(None, "--dataset", help="A real labelled set (pentaclass, police, "
                                "muc4, insightcrime, bbc, ...) or 'all'; without it, the seeds."),
    root: Path = typer.Option(PROJECT_ROOT / "seeds", "--seeds", help="Labelled corpus folder."),
    mode: str = typer.Option(None, "--mode", help="fast or model (default: WIREWATCH_ENRICH_MODE)."),
    json_output: bool = typer.Option(None, "--json/--no-json", help="JSON (default when piped)."),
    show_misses: bool = typer.Option(False, "--misses", help="List every miss on stderr."),
) -> None:
    """Seeds: entity P/R, credits, datelines, topics, alert P/R, severity confusion.

    With --dataset: precision, recall, F1 and confusion matrices on a real set's held-out part.
    """
    if mode not in (None, "fast", "model"):
        raise typer.BadParameter("--mode must be fast or model.")
    if dataset is not None:
        evaluate_real(dataset, path, mode, json_output)
        return
    labels = load_labels(root)
    enricher, detector = build_pipeline(mode)
    raws: list[RawArticle] = []
    for label in labels:
        items = [a for a in read_articles([label.path]) if isinstance(a, RawArticle)]
        if len(items) != 1:
            raise typer.BadParameter(f"{label.path} does not hold exactly one article.")
        raws.append(items[0])
    order = sorted(range(len(labels)), key=lambda i: raws[i].published_at)
    results = dict(zip(order, analyze([raws[i] for i in order], enricher, detector), strict=True))
    pairs = [(labels[i], results[i]) for i in range(len(labels))]
    story_of = {str(label.path): result.article.story_id for label, result in pairs}
    report = evaluate(pairs, enricher.gazetteer, story_of)
    summary = report.summary()
    if json_output or (json_output is None and not stdout_is_tty()):
        print_json({"mode": enricher.mode, **summary})
    else:
        splits = list(summary)
        print_table(f"wirewatch eval ({enricher.mode} mode)", ["metric", *splits],
                    ([title, *(summary[s][key] for s in splits)] for key, title in ROWS))
        for split in splits:
            matrix = summary[split]["severity_confusion"]
            print_table(f"severity confusion, {split} (rows: labelled, columns: detected)",
                        ["", *matrix], ([row, *matrix[row].values()] for row in matrix))
    if show_misses:
        for split, scores in report.splits.items():
            for miss in scores.misses:
                stderr.print(f"[{split}] {miss}", markup=False, highlight=False)
