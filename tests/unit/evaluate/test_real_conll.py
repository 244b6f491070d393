"""`wirewatch eval --dataset conll|re3d` and `wirewatch train ner`, on a tiny file written here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.evaluate.real import datasets
from pipeline.settings import PROJECT_ROOT

pytestmark = pytest.mark.unit

# Our own sentences in CoNLL-2003 columns (token, POS, chunk, IOB tag).
TINY = """-DOCSTART- -X- -X- O

Vladimir NNP B-NP B-PER
Putin NNP I-NP I-PER
met VBD B-VP O
German JJ B-NP B-MISC
officials NNS I-NP O
in IN B-PP O
Berlin NNP B-NP B-LOC
on IN B-PP O
Monday NNP B-NP O
. . O O
"""


def _wirewatch(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True,
                          text=True, check=False, timeout=300, cwd=PROJECT_ROOT,
                          env={**os.environ, **(env or {})})


def test_conll_and_re3d_are_registered() -> None:
    known = datasets()
    assert known["conll"].default_path == "conll2003/valid.txt"
    assert known["re3d"].default_path == "re3d/dev.txt"


def test_eval_conll_prints_precision_recall_and_f1_per_type(tmp_path: Path) -> None:
    path = tmp_path / "valid.txt"
    path.write_text(TINY, encoding="utf-8")
    done = _wirewatch("eval", "--dataset", "conll", str(path), "--mode", "fast", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    scores = report["wirewatch_fast_mode"]
    assert (report["dataset"], report["split"], report["documents"]) == ("conll", "valid", 1)
    assert scores["PER"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold": 1,
                             "predicted": 1}
    assert scores["LOC"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold": 1,
                             "predicted": 1}
    assert scores["MISC"]["f1"] == 1.0
    assert scores["ORG"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "gold": 0,
                             "predicted": 0}
    table = _wirewatch("eval", "--dataset", "conll", str(path), "--mode", "fast", "--no-json")
    assert table.returncode == 0, table.stderr
    for word in ("precision", "recall", "f1", "PER", "ORG", "LOC", "MISC", "PER_ORG_LOC"):
        assert word in table.stdout


def test_training_without_the_data_is_one_sentence_and_a_non_zero_exit(tmp_path: Path) -> None:
    done = _wirewatch("train", "ner", "--output", str(tmp_path / "model"),
                      env={"WIREWATCH_DATA_DIR": str(tmp_path)})
    assert done.returncode == 2
    assert done.stderr.strip() == (f"error: {tmp_path}/conll2003/train.txt is missing; run "
                                   "ops/data/extract.sh first.")
    assert not (tmp_path / "model").exists()
