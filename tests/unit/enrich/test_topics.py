"""IPTC topics: scored, explained, parents present; metaphors do not change the domain."""

from __future__ import annotations

from pipeline.enrich.topics import classify_topics, default_topic_rules
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
