"""Scoring alerts on real labelled sets: figures, confusion matrices, and absent data."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.cli.evaluate_real import run_one
from pipeline.evaluate.real import datasets
from pipeline.evaluate.real.alerting import Outcome, binary_report, by_class, published_for
from pipeline.learn.sets import Example

pytestmark = pytest.mark.unit


def _outcome(alerted: bool) -> Outcome:
    return Outcome(alerted, "high" if alerted else None, 0.9 if alerted else 0.0,
                   "19" if alerted else None, frozenset())


def test_binary_report_counts_and_leaves_unlabelled_examples_out() -> None:
    examples = [Example("a", True), Example("b", True), Example("c", False),
                Example("d", False), Example("e", None, ("verbal conflict",))]
    outcomes = [_outcome(x) for x in (True, False, True, False, True)]
    report = binary_report(examples, outcomes)
    assert report["confusion"] == {"should alert": {"alert": 1, "no alert": 1},
                                   "should not alert": {"alert": 1, "no alert": 1}}
    assert (report["precision"], report["recall"], report["f1"],
            report["false_alarm_rate"]) == (0.5, 0.5, 0.5, 0.5)
    assert by_class(examples, outcomes)["verbal conflict"] == {"n": 1, "alerted": 1,
                                                               "alert_rate": 1.0}


def test_a_set_with_nothing_to_find_has_no_recall() -> None:
    report = binary_report([Example("a", False)], [_outcome(False)])
    assert (report["precision"], report["recall"], report["false_alarm_rate"]) == (None, None, 0.0)


def test_publication_year_is_the_latest_year_named() -> None:
    assert published_for("In 1998 and 2001 troops...", 2015).year == 2001
    assert published_for("Troops moved.", 2015).year == 2015


def test_every_escalation_set_is_registered() -> None:
    assert {"pentaclass", "police", "muc4", "insightcrime", "bbc"} <= set(datasets())


def test_absent_data_is_reported_absent_not_scored(tmp_path: Path) -> None:
    report = run_one(datasets()["police"], tmp_path / "nowhere", "fast")
    assert report == {"dataset": "police", "status": "absent", "path": str(tmp_path / "nowhere")}
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_one(datasets()["police"], empty, "fast")["status"] == "absent"
