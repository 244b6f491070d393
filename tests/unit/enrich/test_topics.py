"""IPTC topics: scored, explained, parents present; metaphors do not change the domain."""

from __future__ import annotations

from pipeline.datafiles import load_yaml_model
from pipeline.enrich.topics import (
    TOPICS_FILE,
    TopicsFile,
    classify_topics,
    compile_topics,
    default_topic_rules,
)
from pipeline.text import tokenize


def topics(text: str, headline: str = "") -> list[str]:
    rules = default_topic_rules()
    tags = classify_topics([t.norm for t in tokenize(text)], rules,
                           [t.norm for t in tokenize(headline)])
    return [t.code for t in tags]


def test_sport_full_of_war_metaphors_is_sport() -> None:
    found = topics("United bombed forward and fired three goals past City in the cup final. The "
                   "striker shot from the edge of the box and the coach praised the defence after "
                   "the match as the league title race tightened.", "United blast City")
    assert found[0] == "medtop:15000000"
    assert "medtop:16000000" not in found


def test_markets_that_bomb_are_economy() -> None:
    found = topics("Shares bombed on Wall Street as investors dumped tech stocks and bond yields "
                   "rose; the Nasdaq index fell 3% and oil prices exploded higher after the "
                   "central bank warned on inflation.", "Stocks crushed")
    assert found[0] == "medtop:04000000"


def test_a_subtopic_brings_its_top_level_code_and_explains_itself() -> None:
    rules = default_topic_rules()
    tags = classify_topics([t.norm for t in tokenize(
        "Troops and tanks advanced as artillery shelled the front line and air strikes hit "
        "military positions in the war, the army said, after the ceasefire collapsed.")], rules)
    codes = [t.code for t in tags]
    assert codes[0] == "medtop:16000000"
    for tag in tags:
        assert tag.cues, tag.code
        assert 0 < tag.score <= 1
        if tag.parent is not None:
            assert tag.parent in codes


def test_a_sport_item_with_no_war_words_is_sport() -> None:
    found = topics("Serena Williams reached the quarter-finals of the Australian Open on Monday "
                   "after a straight-sets win over the world number nine in Melbourne.",
                   "Williams into Melbourne quarter-finals")
    assert found[0] == "medtop:15000000"


def test_a_short_business_item_is_economy() -> None:
    found = topics("The carmaker said quarterly profits rose 12% on strong sales in Asia, beating "
                   "analysts' forecasts.", "Carmaker profits beat forecasts")
    assert found[0] == "medtop:04000000"


def test_a_short_technology_item_is_science_and_technology() -> None:
    found = topics("The firm will ship a new smartphone with a faster chip and software that lets "
                   "users back up photos to the cloud.", "New phone gets faster chip")
    assert found[0] == "medtop:13000000"


def test_every_item_gets_a_main_topic_even_without_cue_words() -> None:
    found = topics("The committee met on Tuesday and said it would meet again next month.",
                   "Committee to meet again")
    assert len(found) >= 1
    assert found[0].endswith("000000")


def test_a_learned_topic_explains_itself_with_terms_found_in_the_item() -> None:
    rules = default_topic_rules()
    text = ("The striker scored twice as the home side won the league match and moved top of the "
            "table.")
    tags = classify_topics([t.norm for t in tokenize(text)], rules,
                           [t.norm for t in tokenize("Striker double sends side top")])
    main = tags[0]
    assert main.code == "medtop:15000000"
    assert main.cues
    words = {t.norm for t in tokenize(text + " Striker double sends side top")}
    for cue in main.cues:
        assert any(part in words for part in cue.split()), cue


def test_rules_without_a_model_fall_back_to_cue_phrases() -> None:
    rules = compile_topics(load_yaml_model(TOPICS_FILE, TopicsFile))
    assert rules.model is None
    found = [t.code for t in classify_topics(
        [t.norm for t in tokenize("The earthquake and its aftershocks trapped survivors.")],
        rules)]
    assert found[0] == "medtop:03000000"


def test_a_strong_earthquake_story_keeps_its_cue_only_topic() -> None:
    found = topics("A magnitude 7.1 earthquake struck the coast, and aftershocks hampered rescue "
                   "workers searching collapsed buildings for survivors as the death toll rose.",
                   "Earthquake kills dozens, rescuers search rubble")
    assert found[0] == "medtop:03000000"
