"""Who did what to whom, from the event sentence; places resolve to their own country."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.detect import Detection, EscalationDetector
from pipeline.detect.dyad import ActorMention, pick_dyad
from pipeline.detect.dyad_eval import read_coded
from pipeline.detect.roles import DependencyRoles
from pipeline.enrich import Enricher
from schemas import RawArticle
from tests.unit.detect.stories import NOW
from tests.unit.detect.stories import detect as detect_story


@pytest.fixture(scope="module")
def detector(rules_detector: EscalationDetector) -> EscalationDetector:
    return rules_detector


def detect(enricher: Enricher, detector: EscalationDetector, story: str) -> Detection:
    return detect_story(enricher, detector, story, dateline="JAKARTA (Reuters) - ")


def mention(start: int, country: str, *, place: bool = False) -> ActorMention:
    return ActorMention(start, start + 5, country, actor=True, place=place)


def test_the_first_actor_before_the_cue_acts_on_the_first_other_after_it() -> None:
    source, target = pick_dyad([mention(0, "RUS"), mention(30, "UKR")], 10)
    assert (source, target) == (mention(0, "RUS"), mention(30, "UKR"))


def test_a_place_before_the_cue_is_not_the_source_when_an_actor_is_there() -> None:
    # "In Goma, Rwandan troops shelled Bukavu": Goma is where, not who.
    goma, rwandan, bukavu = mention(3, "COD", place=True), mention(10, "RWA"), mention(40, "COD")
    assert pick_dyad([goma, rwandan, bukavu], 25) == (rwandan, bukavu)


def test_a_parsed_object_names_the_target_before_the_first_mention_after_the_cue() -> None:
    # "Israel struck, from Syrian airspace, targets in Lebanon"
    israel, syria, lebanon = mention(0, "ISR"), mention(20, "SYR"), mention(50, "LBN")
    assert pick_dyad([israel, syria, lebanon], 7, patient=(40, 60)) == (israel, lebanon)


def test_a_papuan_rebel_attack_is_in_indonesia_not_colombia(enricher: Enricher,
                                                            detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "Fighters of the West Papua National Liberation Army "
                   "ambushed an Indonesian army patrol in Intan Jaya regency in Papua on "
                   "Tuesday, killing two soldiers, the military said.")
    assert len(found.alerts) == 1
    alert = found.alerts[0]
    assert alert.subject == "IDN"
    assert alert.countries == ["IDN"]


def test_papuan_places_and_groups_resolve_to_indonesia(enricher: Enricher) -> None:
    article = enricher.enrich(RawArticle(
        article_id="t-papua", headline="News", published_at=NOW,
        body="JAKARTA (Reuters) - The Free Papua Movement said Papuan villagers fled Nduga "
             "and Puncak regency after clashes near Wamena."))
    countries = {e.canonical: e.country for e in article.entities}
    assert countries == {"Free Papua Movement": "IDN", "Papuans": "IDN", "Nduga": "IDN",
                         "Puncak": "IDN", "Wamena": "IDN"}


def test_an_attack_in_mozambique_is_mozambique_s_even_with_rwandan_troops_nearby(
        enricher: Enricher, detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "Insurgents stormed a town in Mozambique's Cabo "
                   "Delgado province on Monday, killing 11 civilians and burning homes. "
                   "Rwandan troops deployed in the province were sent to secure the town.")
    assert len(found.alerts) == 1
    alert = found.alerts[0]
    assert alert.subject == "MOZ"
    assert alert.countries[0] == "MOZ"


def test_congo_alone_is_the_democratic_republic(enricher: Enricher,
                                               detector: EscalationDetector) -> None:
    found = detect(enricher, detector, "Rebels shelled a town in eastern Congo on Sunday, "
                   "killing five civilians, the army said.")
    assert found.alerts[0].countries == ["COD"]


def test_the_parser_finds_subject_and_object_of_the_cue_verb() -> None:
    sentence = "Russian troops shelled the city of Kharkiv on Monday."
    cue = sentence.index("shelled")
    assert DependencyRoles().roles(sentence, cue, cue + len("shelled")) == (
        (0, len("Russian troops")), (sentence.index("the city"), sentence.index(" on Monday")))


def test_a_passive_agent_is_the_subject_of_the_act() -> None:
    sentence = "Two soldiers were killed by rebels."
    cue = sentence.index("killed")
    assert DependencyRoles().roles(sentence, cue, cue + len("killed")) == (
        (sentence.index("rebels"), sentence.index(".")), (0, len("Two soldiers")))


def test_coded_sentences_are_read_with_source_and_target_spans(tmp_path: Path) -> None:
    path = tmp_path / "coded.txt"
    path.write_text("Rebel B-S\nfighters I-S\nattacked O\nthe B-T\nbase I-T\n. O\n\n"
                    "Leaders B-R\nmet O\n. O\n", encoding="utf-8")
    first, second = read_coded(path)
    assert first.text == "Rebel fighters attacked the base ."
    assert [first.text[s:e] for s, e in first.sources] == ["Rebel fighters"]
    assert [first.text[s:e] for s, e in first.targets] == ["the base"]
    assert (second.sources, second.targets) == ([], [])
