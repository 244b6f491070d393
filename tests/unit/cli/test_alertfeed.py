"""The alert feed of `wirewatch tail`: which alerts pass the filters and how one reads as a row."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.alertfeed import (
    ALERT_COLUMNS,
    EVIDENCE_WIDTH,
    HEADLINE_WIDTH,
    alert_passes,
    alert_row,
    severity_style,
)
from schemas import Category, Dyad, EscalationAlert, Evidence


def make_alert(severity: str = "high", *, countries: tuple[str, ...] = ("UKR",),
               dyad: tuple[str, str] | None = None, code: str = "19", name: str = "Fight",
               headline: str = "Shelling hits Kharkiv", evidence: tuple[str, ...] = (
                   "Artillery shelled the city overnight.",)) -> EscalationAlert:
    return EscalationAlert.model_validate({
        "alert_id": "a1", "severity": severity, "score": 0.8,
        "category": Category(code=code, name=name), "subject": "-".join(dyad or countries),
        "countries": list(countries),
        "dyad": Dyad(source=dyad[0], target=dyad[1]) if dyad else None,
        "evidence": [Evidence(sentence=s, start=0, end=len(s)) for s in evidence],
        "headline": headline,
        "published_at": datetime(2025, 3, 4, 7, 8, 9, tzinfo=UTC),
    })


def test_without_filters_every_alert_passes() -> None:
    assert alert_passes(make_alert("low"), None, set(), set())


@pytest.mark.parametrize(("severity", "passes"), [
    ("low", False), ("medium", False), ("high", True), ("critical", True)])
def test_min_severity_keeps_alerts_at_least_that_severe(severity: str, passes: bool) -> None:
    assert alert_passes(make_alert(severity), "high", set(), set()) is passes


def test_country_filter_matches_the_alert_countries_in_any_case() -> None:
    alert = make_alert(countries=("UKR", "RUS"))
    assert alert_passes(alert, None, {"rus"}, set())
    assert alert_passes(alert, None, {"FRA", "UKR"}, set())
    assert not alert_passes(alert, None, {"FRA"}, set())


def test_country_filter_matches_either_side_of_the_dyad() -> None:
    alert = make_alert(countries=(), dyad=("USA", "VEN"))
    assert alert_passes(alert, None, {"VEN"}, set())
    assert alert_passes(alert, None, {"usa"}, set())
    assert not alert_passes(alert, None, {"COL"}, set())


def test_category_filter_matches_the_code_or_the_name_in_any_case() -> None:
    alert = make_alert(code="19", name="Fight")
    assert alert_passes(alert, None, set(), {"19"})
    assert alert_passes(alert, None, set(), {"fight"})
    assert alert_passes(alert, None, set(), {"FIGHT", "20"})
    assert not alert_passes(alert, None, set(), {"18", "Assault"})


def test_every_filter_must_pass() -> None:
    alert = make_alert("critical", countries=("UKR",), code="19", name="Fight")
    assert alert_passes(alert, "medium", {"UKR"}, {"fight"})
    assert not alert_passes(alert, "medium", {"UKR"}, {"coerce"})
    assert not alert_passes(make_alert("low"), "medium", {"UKR"}, {"fight"})


def test_a_row_has_time_severity_category_subject_countries_headline_and_evidence() -> None:
    row = alert_row(make_alert("high", countries=("UKR", "RUS")))
    assert len(row) == len(ALERT_COLUMNS)
    assert row == ["07:08:09", "high", "19 Fight", "UKR-RUS", "UKR,RUS",
                   "Shelling hits Kharkiv", "Artillery shelled the city overnight."]


def test_a_row_cuts_long_headlines_and_evidence_with_an_ellipsis() -> None:
    headline = "word " * 40
    sentence = "Troops advanced.\n" * 20
    row = alert_row(make_alert(headline=headline, evidence=(sentence, "Second sentence.")))
    assert len(row[5]) <= HEADLINE_WIDTH
    assert row[5].endswith("…")
    assert len(row[6]) <= EVIDENCE_WIDTH
    assert row[6].endswith("…")
    assert "\n" not in row[6]
    assert row[6].startswith("Troops advanced. Troops advanced.")


def test_a_row_without_evidence_has_an_empty_evidence_cell() -> None:
    assert alert_row(make_alert(evidence=()))[-1] == ""


@pytest.mark.parametrize(("severity", "style"), [
    ("critical", "bold red"), ("high", "red"), ("medium", "yellow"), ("low", "dim")])
def test_each_severity_has_its_colour(severity: str, style: str) -> None:
    assert severity_style(severity) == style
