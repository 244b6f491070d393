"""`wirewatch eval --dataset` and `wirewatch train escalation` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.settings import PROJECT_ROOT

pytestmark = pytest.mark.unit


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True,
                          text=True, check=False, timeout=300, cwd=PROJECT_ROOT,
                          env={**os.environ, "WIREWATCH_LOG_FORMAT": "json", **(env or {})})


def test_a_set_whose_data_is_absent_is_reported_absent(tmp_path: Path) -> None:
    done = run("eval", "--dataset", "all", "--mode", "fast", "--json",
               env={"WIREWATCH_DATA_DIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    reports = {r["dataset"]: r for r in map(json.loads, done.stdout.splitlines())}
    assert {"pentaclass", "police", "muc4", "insightcrime", "bbc"} <= set(reports)
    assert {r["status"] for r in reports.values()} == {"absent"}


def test_a_sentence_set_is_scored_from_a_given_path(tmp_path: Path) -> None:
    rows = "\n".join(["Police shot dead two rioters in the old city.\t1\t0\t1\t0\t1",
                      "The minister opened a school.\t0\t0\t0\t0\t0"])
    (tmp_path / "dev.tsv").write_text(rows + "\n", encoding="utf-8")
    done = run("eval", "--dataset", "police", str(tmp_path), "--mode", "fast", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["status"], report["split"], report["n"]) == ("ok", "dev", 2)
    assert set(report["confusion"]) == {"should alert", "should not alert"}


def test_an_unknown_set_or_missing_path_is_one_line_error(tmp_path: Path) -> None:
    unknown = run("eval", "--dataset", "nosuch")
    assert unknown.returncode == 2
    assert "unknown dataset 'nosuch'" in unknown.stderr
    missing = run("eval", "--dataset", "police", str(tmp_path / "nowhere"))
    assert missing.returncode == 2
    assert "does not exist" in missing.stderr


def test_train_escalation_is_a_train_command() -> None:
    done = run("train", "escalation", "--help")
    assert done.returncode == 0
    assert "--kind" in done.stdout
