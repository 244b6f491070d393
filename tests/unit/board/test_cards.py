"""Board cards: evidence cut into cue and plain segments that join back to the sentence."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from pipeline.board.cards import alert_card, cue_spans, segments
from pipeline.text.phrases import PhraseMatcher
from schemas import Category, EscalationAlert, Evidence


def _matcher() -> PhraseMatcher:
    matcher = PhraseMatcher()
    matcher.add("strike_generic", ["strike"])
    matcher.add("people_killed_generic", ["kill <num> (people|soldier|civilian)"])
    matcher.add("unrelated", ["boat"])
    return matcher


def _alert(**overrides: object) -> EscalationAlert:
    sentence = "Jets struck a <script>alert(1)</script> depot, killing four soldiers."
    values: dict[str, object] = {
        "alert_id": "al-1", "severity": "high", "score": 0.8,
        "category": Category(code="19", name="Fight"), "subject": "AZE-ARM",
        "countries": ["AZE", "ARM"], "cues": ["strike_generic"],
        "evidence": [Evidence(sentence=sentence, start=0, end=len(sentence),
                              cues=["strike_generic", "people_killed_generic"])],
        "headline": "Shelling <b>on</b> the border", "story_id": "story-1",
        "published_at": datetime(2026, 12, 1, 10, 0, tzinfo=UTC),
        "detected_at": datetime(2026, 12, 2, 6, 0, tzinfo=UTC)}
    values.update(overrides)
    return EscalationAlert(**values)  # type: ignore[arg-type]  # field names checked by pydantic


def test_cue_spans_cover_the_phrases_of_the_fired_cues_only() -> None:
    sentence = "A boat was struck, killing 4 people."
    spans = cue_spans(sentence, ["strike_generic", "people_killed_generic"], _matcher())
    assert [sentence[s:e] for s, e in spans] == ["struck", "killing 4 people"]


def test_no_cues_give_no_spans() -> None:
    assert cue_spans("Troops struck.", [], _matcher()) == []


def test_segments_mark_the_spans_and_keep_the_text() -> None:
    assert segments("abcdef", [(1, 3), (4, 5)]) == [("a", False), ("bc", True), ("d", False),
                                                    ("e", True), ("f", False)]


def test_segments_clip_and_merge_overlapping_or_outside_spans() -> None:
    assert segments("abc", [(2, 10), (1, 3), (-4, 0)]) == [("a", False), ("bc", True)]
    assert segments("", []) == [("", False)]


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)),
                                      max_size=6))
def test_segments_always_join_back_to_the_sentence(text: str, spans: list[tuple[int, int]]) -> None:
    assert "".join(piece for piece, _ in segments(text, spans)) == text


def test_a_card_carries_markup_as_plain_text_and_highlights_cues() -> None:
    card = alert_card(_alert(), _matcher())
    pieces = card["evidence"][0]["segments"]
    assert [p for p, cue in pieces if cue] == ["struck", "killing four soldiers"]
    assert "".join(p for p, _ in pieces) == _alert().evidence[0].sentence
    assert card["headline"] == "Shelling <b>on</b> the border"
    assert card["escalates"] is None
    assert (card["severity"], card["category"], card["countries"]) == (
        "high", {"code": "19", "name": "Fight"}, ["AZE", "ARM"])


def test_a_card_that_supersedes_names_the_earlier_severity_when_known() -> None:
    earlier = _alert()
    update = _alert(alert_id="al-2", severity="critical", supersedes="al-1")
    assert alert_card(update, _matcher(), earlier)["escalates"] == {
        "alert_id": "al-1", "severity": "high", "headline": earlier.headline}
    assert alert_card(update, _matcher())["escalates"] == {
        "alert_id": "al-1", "severity": None, "headline": None}
