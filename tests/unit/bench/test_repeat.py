"""Repeated bench runs combine into medians with their spread; ratios follow the medians."""

from __future__ import annotations

import pytest

from pipeline.bench.repeat import combine_runs


def _run(passthrough: float, e2e: float, errors: dict[str, str] | None = None) -> dict[str, object]:
    return {"plan": {"name": "quick"}, "machine": {"cores": 2}, "articles": {"count": 3},
            "passthrough_aps": passthrough, "e2e_fast_aps": e2e, "e2e_alerts": 4,
            "spacy_pipe_aps": None, "errors": errors or {}, "wall_seconds": 10.0}


def test_every_figure_is_the_median_of_the_runs_with_its_values_and_range() -> None:
    combined = combine_runs([_run(3000, 150), _run(2000, 180), _run(2500, 100)])

    assert combined["passthrough_aps"] == 2500
    assert combined["e2e_fast_aps"] == 150
    assert combined["spread"]["passthrough_aps"] == {
        "values": [3000, 2000, 2500], "min": 2000.0, "max": 3000.0, "spread_pct": 40.0}
    assert combined["repeats"] == 3
    assert combined["wall_seconds"] == 30.0
    assert combined["plan"] == {"name": "quick"}


def test_ratios_and_verdicts_are_computed_from_the_medians() -> None:
    combined = combine_runs([_run(1000, 600), _run(1000, 400), _run(1000, 500)])

    assert combined["ratio_e2e_vs_passthrough"] == 0.5
    verdict = next(t for t in combined["targets"] if t["key"] == "ratio_e2e_vs_passthrough")
    assert verdict["met"] is True


def test_a_figure_missing_in_every_run_stays_null_and_failures_name_their_run() -> None:
    combined = combine_runs([_run(1, 1), _run(1, 1, {"spacy": "model not found"})])

    assert combined["spacy_pipe_aps"] is None
    assert combined["errors"] == {"spacy (run 2)": "model not found"}


def test_one_run_has_no_spread_and_no_runs_is_an_error() -> None:
    assert combine_runs([_run(5, 5)])["spread"] == {}
    with pytest.raises(ValueError, match="at least one run"):
        combine_runs([])
