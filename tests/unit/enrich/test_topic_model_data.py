"""Readers of the topic-labelled sets: class mapping, fixed splits, reserved articles skipped."""

from __future__ import annotations

from pathlib import Path

from pipeline.enrich.topic_model_data import (
    LabelledItem,
    bbc_items,
    first_sentence,
    hashed_split,
    text_key,
)


def test_text_key_matches_the_lower_cased_copy_that_spells_the_pound_sign_ps() -> None:
    assert text_key("Profits hit £75m, up 9%.\n\nThe firm's boss") == text_key(
        "profits hit ps75m  up 9   the firm s boss")


def test_a_hashed_split_is_stable_and_holds_out_about_a_quarter() -> None:
    keys = [f"item {i}" for i in range(2000)]
    splits = [hashed_split(k) for k in keys]
    assert splits == [hashed_split(k) for k in keys]
    assert 0.2 < splits.count("heldout") / len(splits) < 0.3


def test_a_short_item_is_the_headline_and_the_first_sentence() -> None:
    item = LabelledItem("t", "Headline", "First sentence here. Second one follows.", "c", "train")
    assert item.short().body == "First sentence here."
    assert item.short().headline == "Headline"
    assert first_sentence("Only one") == "Only one"


def test_bbc_articles_follow_the_conflibert_split_and_unknown_ones_are_never_read(
        tmp_path: Path) -> None:
    full, politics = tmp_path / "bbc_full", tmp_path / "bbc_politics"
    (full / "sport").mkdir(parents=True)
    politics.mkdir()
    texts = {"001": "Side wins cup\n\nThe side won the cup on Sunday.",
             "002": "Keeper saves\n\nThe keeper saved a penalty.",
             "003": "Reserved one\n\nThis article is in the test split."}
    for name, text in texts.items():
        (full / "sport" / f"{name}.txt").write_text(text, encoding="latin-1")
    (politics / "train.tsv").write_text(f"{text_key(texts['001'])}\t0\n", encoding="utf-8")
    (politics / "dev.tsv").write_text(f"{text_key(texts['002'])}\t0\n", encoding="utf-8")
    items = list(bbc_items(full, politics))
    assert [(i.headline, i.split, i.code) for i in items] == [
        ("Side wins cup", "train", "medtop:15000000"),
        ("Keeper saves", "heldout", "medtop:15000000")]
