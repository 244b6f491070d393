"""The broker-free commands as a user runs them: output on stdout, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pipeline.settings import PROJECT_ROOT

FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "alerts"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True,
                          text=True, check=False, timeout=300, cwd=PROJECT_ROOT,
                          env={**os.environ, "WIREWATCH_LOG_FORMAT": "json", **(env or {})})


def test_analyze_prints_one_json_object_per_article_in_input_order() -> None:
    done = run("analyze", "--mode", "fast", str(FIXTURES))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["article"]["headline"][:20] for line in lines] == [
        "U.S. strikes another", "Rovers bomb past Cit", "Soldier killed in sh",
        "UPDATE 1-Dozens kill", "Kremlin says it has "]
    assert [len(line["alerts"]) for line in lines] == [1, 0, 1, 1, 0]
    assert lines[3]["alerts"][0]["supersedes"] == lines[2]["alerts"][0]["alert_id"]
    assert set(lines[0]) == {"article", "alerts", "deescalation"}


def test_analyze_skips_unreadable_files_with_exit_3(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe")
    (tmp_path / "good.jsonl").write_text('{"body": "Rain fell in Oslo."}\n', encoding="utf-8")
    done = run("analyze", "--mode", "fast", str(tmp_path))
    assert done.returncode == 3
    assert len(done.stdout.splitlines()) == 1
    assert "not_utf8" in done.stderr


def test_analyze_screens_like_the_worker_withdrawn_and_foreign_copy_is_skipped(
        tmp_path: Path) -> None:
    lines = [{"article_id": "ok", "body": "Rain fell in Oslo on Tuesday."},
             {"article_id": "killed", "body": "Rain fell in Bergen.", "pubstatus": "canceled"},
             {"article_id": "fr", "body": " ".join(["Le gouvernement a dit que les élections "
                                                    "auront lieu dans la capitale."] * 4)}]
    (tmp_path / "items.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n",
                                          encoding="utf-8")
    done = run("analyze", "--mode", "fast", str(tmp_path))
    assert done.returncode == 3
    assert [json.loads(line)["article"]["article_id"] for line in done.stdout.splitlines()] == [
        "ok"]
    assert "withdrawn" in done.stderr
    assert "not_english" in done.stderr


def test_eval_json_names_every_metric_for_both_splits() -> None:
    done = run("eval", "--mode", "fast", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["mode"] == "fast"
    for split in ("tune", "holdout"):
        assert set(report[split]) == {
            "articles", "entity_precision", "entity_recall", "credit_names_as_entities",
            "dateline_accuracy", "topic_accuracy", "alert_precision", "alert_recall",
            "updates_clustered", "unrelated_articles_merged", "severity_confusion"}
        assert report[split]["credit_names_as_entities"] == 0
    assert report["tune"]["articles"] + report["holdout"]["articles"] == 170


def test_config_masks_secrets_and_shows_the_environment() -> None:
    done = run("config", env={"WIREWATCH_KAFKA_SASL_PASSWORD": "hunter2-secret",
                              "WIREWATCH_TOPIC_PREFIX": "tenant7"})
    assert done.returncode == 0
    values = json.loads(done.stdout)
    assert values["WIREWATCH_KAFKA_SASL_PASSWORD"] == "********"
    assert values["WIREWATCH_TOPIC_PREFIX"] == "tenant7"
    assert "hunter2-secret" not in done.stdout + done.stderr


def test_schemas_check_passes_and_a_missing_path_is_one_sentence() -> None:
    assert run("schemas", "check").returncode == 0
    done = run("analyze", "/no/such/place")
    assert done.returncode == 2
    assert done.stderr.strip() == "error: /no/such/place does not exist."


def test_broker_status_tells_the_truth_when_nothing_runs(tmp_path: Path) -> None:
    done = run("broker", "status", "--json", env={"WIREWATCH_HOME": str(tmp_path)})
    assert done.returncode == 1
    assert json.loads(done.stdout) == {"running": False, "answering": False,
                                       "bootstrap": None, "pid": None}
