"""The escalation detector, one rule per test: what alerts, what does not, and how severe."""

from __future__ import annotations

import pytest

from pipeline.detect import Detection, EscalationDetector
from pipeline.detect.detector import alert_id_for
from pipeline.enrich import Enricher
from schemas import RawArticle
from tests.unit.detect.stories import NOW, detect


@pytest.fixture(scope="module")
def detector(full_detector: EscalationDetector) -> EscalationDetector:
    return full_detector


def severity(detection: Detection) -> str | None:
    return detection.alerts[0].severity if detection.alerts else None


def test_state_air_strikes_with_deaths_alert_as_fight(enricher: Enricher,
                                                     detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "Israeli warplanes carried out air strikes on southern "
                   "Lebanon on Monday, killing at least 12 people, Lebanese officials said.")
    assert severity(found) == "high"
    alert = found.alerts[0]
    assert (alert.category.code, alert.category.name) == ("19", "Fight")
    assert alert.countries == ["ISR", "LBN"]
    assert alert.dyad is not None
    assert (alert.dyad.source, alert.dyad.target) == ("ISR", "LBN")


def test_dozens_killed_raise_fighting_to_critical(enricher: Enricher,
                                                  detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "Russian forces shelled the Ukrainian city of Kharkiv "
                   "overnight, killing at least 45 civilians, Ukraine's military said.")
    assert severity(found) == "critical"


def test_a_plan_denied_in_the_same_sentence_does_not_alert(enricher: Enricher,
                                                           detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "China said on Tuesday it had no plans to attack "
                   "Taiwan and denied reports of an imminent invasion.")
    assert found.alerts == []
    assert {r for rd in found.readings for h in rd.hits for r in h.reasons} >= {"negated"}


def test_a_denial_headline_lowers_the_whole_story(enricher: Enricher,
                                                  detector: EscalationDetector) -> None:
    story = ("Iran has not moved missile launchers toward the Gulf, its foreign ministry said. "
             "Iranian forces deployed missile launchers near the coast, a newspaper had reported.")
    denied = detect(enricher, detector, story, headline="Iran denies deploying missiles")
    plain = detect(enricher, detector, story, headline="Iran and the Gulf")
    # Rule strength is `points` (`score` became the model's probability).
    assert denied.alerts == [] or denied.alerts[0].points < plain.alerts[0].points  # type: ignore[operator]  # set by the detector


def test_a_war_in_a_past_year_is_history(enricher: Enricher,
                                         detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "In 1944 Soviet troops shelled the city for weeks and "
                   "thousands of soldiers were killed in the fighting.")
    assert found.alerts == []


def test_an_anniversary_story_does_not_alert(enricher: Enricher,
                                             detector: EscalationDetector) -> None:
    found = detect(enricher, detector,
                   "Veterans gathered on Sunday to commemorate the 80th anniversary of the battle. "
                   "Troops bombarded the town for three days and hundreds were killed. "
                   "A memorial service was held at the war cemetery.",
                   headline="Veterans mark 80th anniversary of battle")
    assert found.alerts == []


def test_sport_with_violent_metaphors_does_not_alert(enricher: Enricher,
                                                     detector: EscalationDetector) -> None:
    found = detect(enricher, detector,
                   "United bombed forward and fired three goals past City in the cup final. "
                   "The striker shot from the edge of the box and the defence was destroyed in a "
                   "war of attrition, the coach said after the match at Wembley.",
                   headline="United blast City to lift the cup")
    assert found.alerts == []


def test_markets_that_bomb_are_economy_not_war(enricher: Enricher,
                                               detector: EscalationDetector) -> None:
    found = detect(enricher, detector,
                   "Shares of chipmakers bombed on Wall Street as a price war with Asian rivals "
                   "killed margins, investors said. The Nasdaq index fell 3% and bond yields rose.",
                   headline="Chip stocks crushed in price war", dateline="NEW YORK (Reuters) - ")
    assert found.alerts == []


def test_hedged_cues_score_lower_than_certain_ones(enricher: Enricher,
                                                   detector: EscalationDetector) -> None:
    certain = detect(enricher, detector, "North Korea fired a ballistic missile toward Japan "
                     "on Friday, Japan's defence ministry said.")
    hedged = detect(enricher, detector, "North Korea may have fired a ballistic missile toward "
                    "Japan on Friday, according to unconfirmed reports.")
    assert certain.alerts
    assert hedged.alerts == [] or hedged.alerts[0].score < certain.alerts[0].score


def test_a_ceasefire_is_marked_as_deescalation_not_alerted(enricher: Enricher,
                                                           detector: EscalationDetector) -> None:
    found = detect(enricher, detector,
                   "Armenia and Azerbaijan agreed a ceasefire on Sunday after peace talks in "
                   "Geneva. Both sides pledged to withdraw troops from the border and to hold "
                   "further talks.", headline="Armenia and Azerbaijan agree ceasefire")
    assert found.alerts == []
    assert found.deescalation, "de-escalation is worth knowing"


def test_sanctions_alert_as_reduce_relations(enricher: Enricher,
                                             detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "The European Union imposed sanctions on Russia's "
                   "central bank on Tuesday and froze the assets of 20 officials.")
    assert severity(found) == "medium"
    assert found.alerts[0].category.code == "16"


def test_a_nuclear_threat_is_critical(enricher: Enricher, detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "Russia threatened to use nuclear weapons against any "
                   "NATO country that sent troops to Ukraine, Dmitry Medvedev said.")
    assert severity(found) == "critical"


def test_ordinary_crime_is_not_an_escalation(enricher: Enricher,
                                             detector: EscalationDetector) -> None:
    found = detect(enricher, detector,
                   "Police arrested two men after a gunman shot and killed a shop owner during a "
                   "robbery in Manchester, detectives said. The suspects appeared in court and "
                   "were charged with murder.", headline="Two charged with murder after robbery")
    assert found.alerts == []


def test_a_natural_disaster_is_not_an_escalation(enricher: Enricher,
                                                 detector: EscalationDetector) -> None:
    found = detect(enricher, detector,
                   "A magnitude 7.1 earthquake struck southern Peru on Tuesday, killing at least "
                   "14 people and destroying hundreds of homes, emergency officials said.",
                   headline="Earthquake kills 14 in Peru", dateline="LIMA (Reuters) - ")
    assert found.alerts == []


def test_evidence_offsets_point_into_the_body(enricher: Enricher,
                                              detector: EscalationDetector) -> None:
    story = ("Talks resumed on Monday. Sudan's army launched air strikes on Rapid Support Forces "
             "positions in Khartoum, killing 30 fighters, the military said.")
    body = "KHARTOUM (Reuters) - " + story
    article = RawArticle(article_id="ev", headline="h", body=body, published_at=NOW)
    found = detector.detect(enricher.enrich(article))
    [evidence] = found.alerts[0].evidence
    assert body[evidence.start:evidence.end] == evidence.sentence
    assert evidence.sentence.startswith("Sudan's army launched air strikes")


def test_alert_ids_are_deterministic() -> None:
    first = alert_id_for("story-1", "19", "USA-VEN", "high")
    assert first == alert_id_for("story-1", "19", "USA-VEN", "high")
    assert first != alert_id_for("story-1", "19", "USA-VEN", "critical")
    assert first != alert_id_for("story-2", "19", "USA-VEN", "high")


def test_a_background_sentence_counts_for_less_than_news(enricher: Enricher,
                                                        detector: EscalationDetector) -> None:
    news = detect(enricher, detector, "Russian forces shelled the Ukrainian city of Kharkiv on "
                  "Monday, Ukraine's military said.")
    recalled = detect(enricher, detector, "The visit comes as Russian forces have shelled the "
                      "Ukrainian city of Kharkiv in recent weeks, Ukraine's military said.")
    assert news.alerts
    # Rule strength is `points` (`score` became the model's probability).
    assert recalled.alerts == [] or recalled.alerts[0].points < news.alerts[0].points  # type: ignore[operator]  # set by the detector
    assert any("background" in h.reasons for r in recalled.readings for h in r.hits)


def test_a_threat_headline_makes_body_violence_context(enricher: Enricher,
                                                      detector: EscalationDetector) -> None:
    story = ("Iran's Revolutionary Guards warned Israel on Tuesday against any new attack. "
             "Israeli jets struck Iranian air defences last summer, killing several officers.")
    framed = detect(enricher, detector, story, headline="Iran warns Israel of crushing response")
    plain = detect(enricher, detector, story, headline="Iran and Israel")
    assert framed.alerts
    assert plain.alerts
    assert framed.alerts[0].score < plain.alerts[0].score
    assert any("headline_focus" in h.reasons for r in framed.readings for h in r.hits)


def test_agreeing_to_stop_fighting_is_not_fighting(enricher: Enricher,
                                                   detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "Thailand and Cambodia agreed on Saturday to stop fighting "
                   "along their border and to pull back heavy weapons, calling for an end to all "
                   "shelling.", headline="Thailand and Cambodia agree to stop fighting")
    assert found.alerts == []
    assert found.deescalation
