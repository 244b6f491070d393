"""Main-topic evaluation on held-out items and the `wirewatch train topics` command's errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pipeline.enrich.core import Enricher
from pipeline.enrich.topic_model_data import LabelledItem
from pipeline.evaluate.real import datasets
from pipeline.evaluate.real.topics import topic_report
from pipeline.settings import PROJECT_ROOT

SPORT, ECONOMY = "medtop:15000000", "medtop:04000000"


def test_the_report_gives_each_class_its_accuracy_on_full_and_short_items() -> None:
    items = [
        LabelledItem("t", "City win the cup final",
                     "The striker scored twice as City won the cup final. The coach praised "
                     "the defence and the goalkeeper after the match.", SPORT, "heldout"),
        LabelledItem("t", "Bank raises interest rates",
                     "The central bank raised interest rates to curb inflation. Shares fell "
                     "and bond yields rose as investors sold stocks.", ECONOMY, "heldout"),
        LabelledItem("t", "Not judged", "A training item is never judged.", SPORT, "train"),
    ]
    report = topic_report("tiny", items, Enricher("fast"))
    assert report["items"] == 2
    assert report["per_class"] == {"economy": {"items": 1, "full": 1.0, "short": 1.0},
                                   "sport": {"items": 1, "full": 1.0, "short": 1.0}}
    assert report["accuracy_full"] == report["accuracy_short"] == 1.0


def test_the_topic_sets_are_registered_for_wirewatch_eval() -> None:
    assert {"bbc-topics", "masakhanews", "world-topics"} <= set(datasets())


def test_training_without_the_data_is_one_sentence_and_a_non_zero_exit(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "pipeline", "train", "topics", "--output",
                           str(tmp_path / "m.npz")], capture_output=True, text=True, check=False,
                          timeout=300, cwd=PROJECT_ROOT,
                          env={**os.environ, "WIREWATCH_DATA_DIR": str(tmp_path)})
    assert done.returncode == 2
    assert done.stderr.strip() == (f"error: the BBC sets are not in {tmp_path}; "
                                   "run ops/data/extract.sh first.")
    assert not (tmp_path / "m.npz").exists()
