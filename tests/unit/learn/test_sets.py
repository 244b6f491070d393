"""Readers of the public labelled sets: labels, held-out parts and absent files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.learn import sets

pytestmark = pytest.mark.unit


def test_pentaclass_labels_material_conflict_as_alert_and_verbal_conflict_as_unknown(
        tmp_path: Path) -> None:
    rows = ["Rebels shelled the town.\t4", "Leaders met in Oslo.\t1", "He warned of war.\t3",
            "She spoke on radio.\t0", "Aid trucks arrived.\t2"]
    (tmp_path / "train.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    both = sets.pentaclass(tmp_path, "train") + sets.pentaclass(tmp_path, "heldout")
    labels = {e.text: e.should_alert for e in both}
    assert labels == {"Rebels shelled the town.": True, "Leaders met in Oslo.": False,
                      "He warned of war.": None, "She spoke on radio.": False,
                      "Aid trucks arrived.": False}


def test_held_out_part_is_a_fixed_share_independent_of_order() -> None:
    texts = [f"sentence number {i}" for i in range(2000)]
    held = [t for t in texts if sets.is_held_out(t)]
    assert 0.27 < len(held) / len(texts) < 0.33
    assert held == [t for t in reversed(texts) if sets.is_held_out(t)][::-1]


def test_police_columns_follow_conflibert_order(tmp_path: Path) -> None:
    (tmp_path / "dev.tsv").write_text(
        "police shot dead two rioters.\t1\t0\t1\t0\t1\n"
        "a mob burned shops.\t0\t0\t0\t0\t0\n"
        "police stood by.\t0\t0\t0\t1\t0\n", encoding="utf-8")
    found = sets.police(tmp_path, "dev")
    assert [(e.should_alert, e.classes) for e in found] == [
        (True, ("KILL", "ANY_ACTION", "FORCE")), (None, ()), (None, ("FAIL",))]


def test_muc4_reports_with_a_filled_role_are_incidents(tmp_path: Path) -> None:
    data = {"a": {"doc": "BOMB HIT A BUS.", "roles": {"phys_tgt_id": [["BUS"]], "x": []}},
            "b": {"doc": "TALKS WENT ON.", "roles": {"phys_tgt_id": [], "x": []}}}
    (tmp_path / "dev.json").write_text(json.dumps(data), encoding="utf-8")
    assert [e.should_alert for e in sets.muc4(tmp_path, "dev")] == [True, False]
    assert sets.muc4_roles(tmp_path, "dev")[0][1] == ["BUS"]


def test_bbc_everyday_leaves_out_articles_of_the_held_out_set(tmp_path: Path) -> None:
    for topic in sets.BBC_EVERYDAY:
        (tmp_path / topic).mkdir()
    (tmp_path / "sport" / "001.txt").write_text("Keane scores\n\nKeane scored twice.", "latin-1")
    (tmp_path / "tech" / "001.txt").write_text("New phone\n\nA phone came out.", "latin-1")
    kept = sets.bbc_everyday(tmp_path, exclude=["keane scores  keane scored twice."])
    assert [e.classes for e in kept] == [("tech",)]


def test_cameo_ner_reads_tagged_sentences(tmp_path: Path) -> None:
    path = tmp_path / "train.txt"
    path.write_text("Troops\tB-S\nshelled\tO\nGaza\tB-T\n\nAid\tO\n", encoding="utf-8")
    assert sets.cameo_ner(path) == [[("Troops", "B-S"), ("shelled", "O"), ("Gaza", "B-T")],
                                    [("Aid", "O")]]


def test_a_missing_file_says_how_to_get_the_data(tmp_path: Path) -> None:
    with pytest.raises(sets.MissingDataError, match=r"extract\.sh"):
        sets.police(tmp_path, "dev")
