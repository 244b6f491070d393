"""Real feeds' typography reads like plain ASCII: the same alerts, evidence in the original text."""

from __future__ import annotations

import pytest

from pipeline.detect import Detection, EscalationDetector
from pipeline.enrich import Enricher
from tests.unit.detect.stories import detect as detect_story


@pytest.fixture(scope="module")
def detector(full_detector: EscalationDetector) -> EscalationDetector:
    return full_detector


def detect(enricher: Enricher, detector: EscalationDetector, story: str) -> Detection:
    return detect_story(enricher, detector, story, dateline="KYIV (Reuters) - ")


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u2018", "\u02bc", "&rsquo;", "&#8217;"])
def test_a_denial_with_any_apostrophe_does_not_alert(enricher: Enricher,
                                                     detector: EscalationDetector,
                                                     apostrophe: str) -> None:
    found = detect(enricher, detector,
                   f"Russian troops didn{apostrophe}t shell Kharkiv on Tuesday, officials said.")
    assert found.alerts == []


def test_said_no_ends_a_sentence_so_the_shelling_after_it_alerts(
        enricher: Enricher, detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "Asked about talks, the minister said no. Russian troops "
                   "shelled Kharkiv, killing three civilians, the governor said.")
    assert len(found.alerts) == 1
    evidence = found.alerts[0].evidence[0]
    assert evidence.sentence.startswith("Russian troops shelled Kharkiv")


def test_evidence_offsets_slice_the_original_body_with_entities_and_dashes(
        enricher: Enricher, detector: EscalationDetector) -> None:
    story = ("Russian troops shelled Kharkiv\u00a0overnight \u2014 killing three civilians "
             "&amp; wounding 12, the region&rsquo;s governor said.")
    found = detect(enricher, detector, story)
    assert len(found.alerts) == 1
    body = "KYIV (Reuters) - " + story
    for evidence in found.alerts[0].evidence:
        assert body[evidence.start:evidence.end] == evidence.sentence
    assert found.alerts[0].evidence[0].sentence == story
