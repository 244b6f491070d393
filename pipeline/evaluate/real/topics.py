"""Main-topic accuracy on held-out parts of real topic-labelled news, full and short.

The main topic is the first top-level IPTC Media Topic the enricher assigns (the one the
detector's metaphor rules read). Every held-out item is judged twice: as the full article,
and cut to a short wire item (its headline and the body's first sentence).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.assembly import build_cores
from pipeline.enrich.core import Enricher
from pipeline.enrich.topic_model_data import (
    LabelledItem,
    bbc_items,
    masakhanews_items,
    world_items,
)
from pipeline.evaluate.real import RealDataset, register
from pipeline.learn.sets import MissingDataError
from pipeline.settings import Settings
from schemas import RawArticle

BATCH = 64
_PUBLISHED = datetime(2026, 1, 1, tzinfo=UTC)  # topics do not depend on the date
NO_TOPIC = "(none)"

LABELS = {"medtop:01000000": "arts", "medtop:02000000": "crime", "medtop:03000000": "disaster",
          "medtop:04000000": "economy", "medtop:05000000": "education",
          "medtop:06000000": "environment", "medtop:07000000": "health",
          "medtop:08000000": "human-interest", "medtop:09000000": "labour",
          "medtop:10000000": "lifestyle", "medtop:11000000": "politics",
          "medtop:12000000": "religion", "medtop:13000000": "science-tech",
          "medtop:14000000": "society", "medtop:15000000": "sport",
          "medtop:16000000": "conflict", "medtop:17000000": "weather"}


def main_topics(enricher: Enricher, items: Sequence[LabelledItem]) -> list[str]:
    """The main (first top-level) topic code the enricher gives each item, or NO_TOPIC."""
    found: list[str] = []
    for start in range(0, len(items), BATCH):
        raws = [RawArticle(article_id=f"topic-{start + i}", headline=item.headline,
                           body=item.body or item.headline, published_at=_PUBLISHED)
                for i, item in enumerate(items[start:start + BATCH])]
        for article in enricher.enrich_batch(raws):
            top = [t.code for t in article.topics if t.parent is None]
            found.append(top[0] if top else NO_TOPIC)
    return found


def _class_name(item: LabelledItem, by_source: bool) -> str:
    name = LABELS.get(item.code, item.code)
    return f"{name} ({item.source})" if by_source else name


def topic_report(name: str, items: Iterable[LabelledItem], enricher: Enricher,
                 by_source: bool = False, split: str = "held-out part") -> dict[str, Any]:
    """Per-class main-topic accuracy on the held-out items, full and cut short."""
    heldout = [item for item in items if item.split == "heldout"]
    if not heldout:
        raise MissingDataError(f"{name}: no held-out items found (run ops/data/extract.sh)")
    full = main_topics(enricher, heldout)
    short = main_topics(enricher, [item.short() for item in heldout])
    per_class: dict[str, dict[str, Any]] = defaultdict(lambda: {"items": 0, "full": 0, "short": 0})
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    for item, on_full, on_short in zip(heldout, full, short, strict=True):
        row = per_class[_class_name(item, by_source)]
        row["items"] += 1
        row["full"] += on_full == item.code
        row["short"] += on_short == item.code
        confusion[LABELS.get(item.code, item.code)][LABELS.get(on_short, on_short)] += 1
    classes = {label: {"items": row["items"], "full": round(row["full"] / row["items"], 3),
                       "short": round(row["short"] / row["items"], 3)}
               for label, row in sorted(per_class.items())}
    names = sorted({c for row in confusion.values() for c in row} | set(confusion))
    return {
        "dataset": name, "split": split,
        "items": len(heldout),
        "accuracy_full": round(sum(f == i.code for f, i in zip(full, heldout, strict=True))
                               / len(heldout), 3),
        "accuracy_short": round(sum(s == i.code for s, i in zip(short, heldout, strict=True))
                                / len(heldout), 3),
        "worst_class_full": min(row["full"] for row in classes.values()),
        "worst_class_short": min(row["short"] for row in classes.values()),
        "per_class": classes,
        "short_confusion": {label: {n: confusion[label][n] for n in names}
                            for label in sorted(confusion)},
    }


def _read(reader: Callable[[], Iterator[LabelledItem]]) -> list[LabelledItem]:
    try:
        return list(reader())
    except FileNotFoundError as error:
        raise MissingDataError(f"{error.filename} is missing (run ops/data/extract.sh)") from error


def _enricher(mode: str) -> Enricher:
    enricher, _ = build_cores(Settings(), mode)  # type: ignore[arg-type]  # the CLI checks mode
    return enricher


def run_bbc(path: Path, mode: str) -> dict[str, Any]:
    """BBC full text: articles in ConfliBERT's BBC dev file are held out."""
    return topic_report("bbc-topics", _read(lambda: bbc_items(path)), _enricher(mode),
                        split="held out: articles in ConfliBERT BBC_News dev")


def run_masakhanews(path: Path, mode: str) -> dict[str, Any]:
    """MasakhaNEWS English dev file: a quarter held out by a hash of the URL."""
    return topic_report("masakhanews", _read(lambda: masakhanews_items(path)), _enricher(mode),
                        split="held out: half of the dev file, by URL hash")


def run_world(path: Path, mode: str) -> dict[str, Any]:
    """Conflict, crime and world politics: CAMEO, MUC-4, InsightCrime and police sentences."""
    return topic_report("world-topics", _read(lambda: world_items(path)), _enricher(mode),
                        by_source=True, split="held out: dev files; CAMEO a quarter by hash")


register(RealDataset("bbc-topics", "BBC News full text, five classes -> IPTC top level (main topic, "
                            "full and short items)", "bbc_full", run_bbc))
register(RealDataset("masakhanews", "MasakhaNEWS English dev (BBC 2020-22), six classes -> IPTC "
                                    "top level", "masakhanews/dev.tsv", run_masakhanews))
register(RealDataset("world-topics", "conflict, crime and world politics sets -> IPTC top level",
                     ".", run_world))
