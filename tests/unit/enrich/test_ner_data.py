"""Token-per-line NER files: detokenised text, token offsets, gold spans, conlleval scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.enrich.ner_data import detokenise, iob_spans, read_tagged_docs
from pipeline.evaluate.real.conll import gold_spans, project, score, to_tokens

pytestmark = pytest.mark.unit

CONLL = """-DOCSTART- -X- -X- O

RUGBY NN B-NP O
- : O O
HARBOUR NNP B-NP B-ORG
ROVERS NNP I-NP I-ORG
WIN VB B-VP O

Harbour NNP B-NP B-ORG
Rovers NNP I-NP I-ORG
( ( O O
Kestrel NNP B-NP B-LOC
) ) O O
beat VBD B-VP O
" " O O
the DT B-NP O
Saints NNP I-NP B-ORG
" " O O
, , O O
coach NN B-NP O
Ada NNP I-NP B-PER
Quill NNP I-NP I-PER
's POS B-NP O
side NN I-NP O
said VBD B-VP O
. . O O

-DOCSTART- -X- -X- O

Ruritanian JJ B-NP B-MISC
troops NNS I-NP O
left VBD B-VP O
. . O O
"""


@pytest.fixture
def conll_file(tmp_path: Path) -> Path:
    path = tmp_path / "valid.txt"
    path.write_text(CONLL, encoding="utf-8")
    return path


def test_documents_are_detokenised_one_sentence_a_line(conll_file: Path) -> None:
    first, second = read_tagged_docs(conll_file)
    assert first.text == ('RUGBY - HARBOUR ROVERS WIN\nHarbour Rovers (Kestrel) beat "the Saints", '
                          "coach Ada Quill's side said.")
    assert second.text == "Ruritanian troops left."


def test_every_token_keeps_its_offsets_and_gold_spans_their_text(conll_file: Path) -> None:
    doc = read_tagged_docs(conll_file)[0]
    assert [doc.text[a:b] for a, b, _ in map(doc.char_span, doc.spans)] == [
        "HARBOUR ROVERS", "Harbour Rovers", "Kestrel", "Saints", "Ada Quill"]
    assert all(doc.text[a:b] != "" for a, b in doc.tokens)


def test_iob1_and_iob2_tags_give_the_same_spans() -> None:
    assert iob_spans(["I-ORG", "I-ORG", "O", "I-PER", "B-PER"]) == [(0, 2, "ORG"), (3, 4, "PER"),
                                                                    (4, 5, "PER")]
    assert iob_spans(["B-ORG", "I-ORG", "I-LOC"]) == [(0, 2, "ORG"), (2, 3, "LOC")]


def test_a_character_span_projects_onto_the_tokens_it_overlaps() -> None:
    doc = detokenise([[("Ada", "B-PER"), ("Quill", "I-PER"), ("'s", "O"), ("side", "O")]])
    assert doc.text == "Ada Quill's side"
    assert to_tokens(doc, 0, 9) == (0, 2)
    assert to_tokens(doc, 4, 11) == (1, 3)  # "Quill's": a wrong span, scored as one
    assert to_tokens(doc, 9, 9) is None


def test_only_exact_spans_with_the_right_type_count(conll_file: Path) -> None:
    docs = read_tagged_docs(conll_file)
    gold = gold_spans(docs)
    text = docs[0].text
    found = [[(text.index("Harbour"), text.index(" (K"), "ORG"),
              (text.index("Kestrel"), text.index(") beat"), "GPE"),
              (text.index("Ada"), text.index("Quill") + 7, "PERSON")],  # takes in "'s": wrong
             [(0, 10, "NORP")]]
    report = score(gold, project(docs, found, {"ORG": "ORG", "GPE": "LOC", "PERSON": "PER",
                                               "NORP": "MISC"}))
    assert report["ORG"] == {"precision": 1.0, "recall": 0.333, "f1": 0.5, "gold": 3,
                             "predicted": 1}
    assert report["PER"]["f1"] == 0.0
    assert report["LOC"]["f1"] == 1.0
    assert report["MISC"]["f1"] == 1.0
    assert report["PER_ORG_LOC"] == {"precision": 0.667, "recall": 0.4, "f1": 0.5, "gold": 5,
                                     "predicted": 3}
