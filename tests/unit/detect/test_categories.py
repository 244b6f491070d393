"""Categories follow CAMEO: what the sentence reports, not every violent word it contains.

The category is the rules' decision, so these tests read with the rules alone (the sentence
model decides whether to alert, not which category).
"""

from __future__ import annotations

import pytest

from pipeline.detect import Detection, EscalationDetector
from pipeline.enrich import Enricher
from tests.unit.detect.stories import detect


@pytest.fixture(scope="module")
def detector(rules_detector: EscalationDetector) -> EscalationDetector:
    return rules_detector


def category(found: Detection) -> str | None:
    return found.alerts[0].category.code if found.alerts else None


@pytest.mark.parametrize("story", [
    "Hungary expelled three Belarusian diplomats on Monday, accusing them of planning a bombing "
    "of a fuel depot near Budapest.",
    "Lithuania ordered two Belarusian diplomats to leave after prosecutors linked them to an "
    "arson attack on a warehouse in Vilnius.",
    "Chile recalled its ambassador from Peru on Monday over the shooting of two Chilean soldiers "
    "at the border.",
])
def test_expelling_diplomats_or_recalling_an_envoy_over_violence_is_reduced_relations(
        enricher: Enricher, detector: EscalationDetector, story: str) -> None:
    assert category(detect(enricher, detector, story)) == "16"


def test_an_envoy_recalled_over_a_troop_deployment_is_reduced_relations(
        enricher: Enricher, detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "Kenya recalled its ambassador from Uganda on Friday, "
                   "accusing Kampala of sending troops across the border.")
    assert category(found) == "16"


@pytest.mark.parametrize("story", [
    "Iran's foreign minister warned that Tehran would respond with overwhelming force to any "
    "attack on its territory.",
    "The defence minister of Venezuela vowed an overwhelming response if Colombian troops "
    "crossed the border.",
])
def test_a_warning_or_vow_of_response_is_a_threat(enricher: Enricher,
                                                  detector: EscalationDetector,
                                                  story: str) -> None:
    assert category(detect(enricher, detector, story)) == "13"


@pytest.mark.parametrize("story", [
    "Pakistan said it had successfully test-fired a nuclear-capable cruise missile in a drill "
    "over the Arabian Sea.",
    "China deployed two aircraft carriers and dozens of warships near Taiwan on Thursday.",
    "Russian forces began large-scale naval drills in the Baltic Sea on Monday.",
])
def test_a_missile_test_drill_or_deployment_is_force_posture(enricher: Enricher,
                                                             detector: EscalationDetector,
                                                             story: str) -> None:
    assert category(detect(enricher, detector, story)) == "15"


def test_a_nuclear_strike_threatened_if_provoked_is_a_threat_not_mass_violence(
        enricher: Enricher, detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "North Korea said its nuclear forces were ready to "
                   "launch a nuclear strike if provoked by U.S. drills.")
    assert category(found) == "13"


def test_a_missile_test_followed_by_nuclear_words_is_not_mass_violence(
        enricher: Enricher, detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "North Korea test-fired a ballistic missile on Friday "
                   "and warned it would launch a nuclear strike if the drills went ahead.")
    assert category(found) in ("13", "15")


@pytest.mark.parametrize("story", [
    "Police in Turkey arrested 120 people in a sweep against suspected opposition supporters "
    "in Istanbul.",
    "Security forces in Belarus detained dozens of activists in overnight raids across Minsk.",
    "Nigeria's government banned the opposition party and outlawed its rallies in Abuja.",
])
def test_an_arrest_sweep_or_a_ban_is_coercion(enricher: Enricher,
                                              detector: EscalationDetector, story: str) -> None:
    assert category(detect(enricher, detector, story)) == "17"


@pytest.mark.parametrize("story", [
    "Syrian government forces used sarin gas on a Damascus suburb, killing hundreds of civilians.",
    "Rebels massacred 80 villagers in eastern Congo, local officials said.",
])
def test_mass_killing_or_weapons_of_mass_destruction_used_is_mass_violence(
        enricher: Enricher, detector: EscalationDetector, story: str) -> None:
    assert category(detect(enricher, detector, story)) == "20"


@pytest.mark.parametrize("story", [
    "Turkey's defence minister toured a new artillery shell factory in Ankara that will double "
    "output of 155 mm shells.",
    "Germany ordered 100 howitzers and a million artillery shells from Rheinmetall for its army.",
])
def test_weapons_made_or_bought_are_not_fighting(enricher: Enricher,
                                                 detector: EscalationDetector,
                                                 story: str) -> None:
    assert detect(enricher, detector, story).alerts == []


def test_artillery_fired_at_a_supply_depot_is_still_fighting(enricher: Enricher,
                                                             detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "Russian artillery shelled a Ukrainian supply depot near "
                   "Kupiansk, killing two soldiers, the army said.")
    assert category(found) == "19"


def test_fighting_that_continues_despite_brokered_deals_is_not_a_violation_word(
        enricher: Enricher, detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "Sudan's army and the RSF signed a ceasefire brokered by "
                   "Saudi Arabia after weeks of fighting.")
    assert category(found) != "19"


def test_condolences_over_an_attack_are_a_statement_about_it(enricher: Enricher,
                                                             detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "Germany's foreign minister offered condolences to "
                   "Pakistan on Friday over the bombing of a market in Peshawar.")
    violent = [h for r in found.readings for h in r.hits if h.cue.category in ("18", "19")]
    assert violent
    assert all("reaction" in h.reasons for h in violent)


@pytest.mark.parametrize("story", [
    "UNHCR delivered tents and food to families fleeing the civil war in Sudan.",
    "Indian and French navies held joint drills in the Arabian Sea on Tuesday.",
    "Russian forces finished their withdrawal from the town on Monday, officials said.",
    "About 200 rebels laid down their arms and surrendered to government troops.",
])
def test_aid_joint_drills_withdrawals_and_surrenders_do_not_alert(enricher: Enricher,
                                                                  detector: EscalationDetector,
                                                                  story: str) -> None:
    found = detect(enricher, detector, story)
    assert [a.severity for a in found.alerts] in ([], ["low"])
