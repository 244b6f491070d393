"""The plain cases named in issue 11, each in a short sentence written here (not from a data set).

Plain escalation events must alert (medium or above); cooperation, peace-making and the end of
coercion must not, even when they mention the fighting they end.
"""

from __future__ import annotations

import pytest

from pipeline.detect import EscalationDetector
from pipeline.detect.model import default_model
from pipeline.enrich import Enricher
from schemas import EscalationAlert, RawArticle
from schemas.alerts import severity_rank
from tests.unit.detect.stories import NOW

pytestmark = pytest.mark.unit


ESCALATIONS = {
    "guerrillas kill a named official":
        "Guerrillas shot dead the provincial governor, Manuel Ortega, outside his home on Tuesday.",
    "police fire on demonstrators and kill one":
        "Police opened fire on demonstrators in the capital, killing one protester.",
    "rebels kidnap advisers and set off bombs":
        "Rebels kidnapped two foreign advisers and set off bombs at three government offices.",
    "soldiers arrest a hundred people in a sweep":
        "Soldiers arrested more than a hundred people in a sweep through the northern district.",
    "thousands rally and block roads to press demands":
        "Thousands of farmers rallied in the capital and blocked main roads to press their "
        "demands.",
    "a constable killed by a pressure bomb":
        "A police constable was killed when a pressure bomb exploded under his patrol vehicle.",
    "gunmen shoot two policemen dead":
        "Gunmen shot two policemen dead at a checkpoint on the edge of the city.",
}

CALM = {
    "food aid for refugees fleeing a civil war":
        "The World Food Programme delivered food aid to refugees fleeing the civil war.",
    "a ceasefire agreed after fighting":
        "The two sides agreed a ceasefire on Sunday after weeks of fighting.",
    "a curfew lifted": "Authorities lifted the curfew in the city on Monday.",
    "a blockade lifted": "The navy lifted its blockade of the port after talks.",
    "joint exercises between allies":
        "Troops from the two allies began joint exercises near the coast.",
    "a leader agreeing to resign": "The president agreed to resign at the end of the month.",
    "a withdrawal of occupying troops":
        "The occupying troops completed their withdrawal from the region on Friday.",
    "fighters surrendering after an offensive":
        "Hundreds of fighters surrendered to the army after a month-long offensive.",
}


@pytest.fixture(scope="module")
def detector(full_detector: EscalationDetector) -> EscalationDetector:
    return full_detector


def alert_of(enricher: Enricher, detector: EscalationDetector,
             sentence: str) -> EscalationAlert | None:
    article = RawArticle(article_id=f"t-{abs(hash(sentence))}", headline="News", body=sentence,
                         published_at=NOW)
    found = detector.detect(enricher.enrich(article)).alerts
    if found and severity_rank(found[0].severity) >= severity_rank("medium"):
        return found[0]
    return None


def test_the_model_ships_with_the_package() -> None:
    assert default_model() is not None


@pytest.mark.parametrize("case", sorted(ESCALATIONS))
def test_plain_escalation_alerts(case: str, enricher: Enricher,
                                 detector: EscalationDetector) -> None:
    alert = alert_of(enricher, detector, ESCALATIONS[case])
    assert alert is not None, case
    assert alert.trigger is not None
    assert alert.trigger.sentence == ESCALATIONS[case]
    assert len(alert.trigger.cues) == 1
    assert 0.0 < alert.score <= 1.0


@pytest.mark.parametrize("case", sorted(CALM))
def test_cooperation_and_peace_do_not_alert(case: str, enricher: Enricher,
                                            detector: EscalationDetector) -> None:
    assert alert_of(enricher, detector, CALM[case]) is None, case
