"""The bench judges issue 16's targets on ratios to baselines measured in the same run."""

from __future__ import annotations

from pipeline.bench.processes import worker_command
from pipeline.bench.report import REQUIRED_KEYS, Result, add_ratios, judge


def _verdicts(result: Result) -> dict[str, dict[str, object]]:
    add_ratios(result)
    return {v["key"]: v for v in judge(result)}


def test_replay_is_judged_against_kafka_python_produce_of_the_same_records() -> None:
    verdicts = _verdicts({"replay_aps": 850.0, "broker_produce_aps": 1000.0})
    assert verdicts["ratio_replay_vs_produce"]["value"] == 0.85
    assert verdicts["ratio_replay_vs_produce"]["met"] is True
    assert _verdicts({"replay_aps": 700.0, "broker_produce_aps": 1000.0})[
        "ratio_replay_vs_produce"]["met"] is False


def test_two_processes_must_reach_1_8x_one_and_p99_stay_under_250_ms() -> None:
    verdicts = _verdicts({"scaling_2w": 1.79, "e2e_p99_ms": 249.0})
    assert verdicts["scaling_2w"]["met"] is False
    assert verdicts["e2e_p99_ms"]["met"] is True
    assert _verdicts({"e2e_p99_ms": 250.0})["e2e_p99_ms"]["met"] is False


def test_a_target_whose_figure_was_not_measured_is_neither_met_nor_missed() -> None:
    verdicts = _verdicts({"core_model_aps": 9.0, "spacy_pipe_aps": None})
    assert verdicts["ratio_core_model_vs_spacy_pipe"] == {
        "name": "core_model_vs_spacy_pipe", "key": "ratio_core_model_vs_spacy_pipe",
        "target": ">= 0.90x spaCy pipe, every learned layer in", "value": None, "met": None}


def test_every_result_carries_the_replay_figure() -> None:
    assert "replay_aps" in REQUIRED_KEYS


def test_the_bench_runs_the_real_worker_with_its_process_count() -> None:
    assert worker_command("model", 2)[1:] == ["-m", "pipeline", "worker", "--mode", "model",
                                              "--processes", "2"]
