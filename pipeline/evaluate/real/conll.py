"""CoNLL-2003 (Reuters 1996) and re3d (conflict-domain) entities, scored the way CoNLL scores them.

A predicted entity counts only when its tokens and its type equal a gold entity's exactly.
Spans found in the detokenised text are projected onto the gold tokens they overlap (what
CoNLL's scorer sees when predictions are written back as token tags). Types are mapped to
CoNLL's: PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC; NORP and the other named kinds -> MISC,
reported apart from the PER/ORG/LOC figure.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pipeline.enrich.ner_data import TaggedDoc, read_tagged_docs
from pipeline.evaluate.real import RealDataset, Report, register

CORE_TYPES = ("PER", "ORG", "LOC")
# Pipeline and OntoNotes labels as CoNLL types; labels not listed (dates, numbers) are dropped.
PIPELINE_TO_CONLL = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC",
                     "FAC": "LOC", "NORP": "MISC", "EVENT": "MISC", "MISC": "MISC",
                     "PRODUCT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC",
                     "LANGUAGE": "MISC"}
RE3D_TO_CONLL = {"Person": "PER", "Organisation": "ORG", "Location": "LOC",
                 "Nationality": "MISC"}

Keyed = tuple[int, int, int, str]  # document, first token, end token, CoNLL type
CharSpans = list[tuple[int, int, str]]  # start, end, label (any scheme)


def to_tokens(doc: TaggedDoc, start: int, end: int) -> tuple[int, int] | None:
    """The gold tokens a [start, end) character span overlaps, or None when it covers none."""
    starts = [token[0] for token in doc.tokens]
    first = bisect.bisect_right(starts, start) - 1
    if first < 0 or doc.tokens[first][1] <= start:
        first += 1
    last = bisect.bisect_left(starts, end)
    if first >= last:
        return None
    return first, last


def project(docs: Sequence[TaggedDoc], predicted: Sequence[CharSpans],
            mapping: dict[str, str]) -> set[Keyed]:
    """Predicted character spans as keyed token spans with CoNLL types."""
    keyed: set[Keyed] = set()
    for index, (doc, spans) in enumerate(zip(docs, predicted, strict=True)):
        for start, end, label in spans:
            conll = mapping.get(label)
            tokens = to_tokens(doc, start, end) if conll else None
            if conll and tokens:
                keyed.add((index, tokens[0], tokens[1], conll))
    return keyed


def gold_spans(docs: Sequence[TaggedDoc], mapping: dict[str, str] | None = None) -> set[Keyed]:
    """The gold entities, keyed like predictions (labels mapped when a mapping is given)."""
    keyed: set[Keyed] = set()
    for index, doc in enumerate(docs):
        for first, end, label in doc.spans:
            conll = mapping.get(label) if mapping else label
            if conll:
                keyed.add((index, first, end, conll))
    return keyed


def _prf(gold: int, predicted: int, correct: int) -> dict[str, float | int]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "gold": gold, "predicted": predicted}


def score(gold: set[Keyed], predicted: set[Keyed]) -> dict[str, Any]:
    """Exact-span P/R/F1 per type, over PER/ORG/LOC together, and over all four types."""
    report: dict[str, Any] = {}
    for kind in (*CORE_TYPES, "MISC"):
        g = {k for k in gold if k[3] == kind}
        p = {k for k in predicted if k[3] == kind}
        report[kind] = _prf(len(g), len(p), len(g & p))
    core_gold = {k for k in gold if k[3] in CORE_TYPES}
    core_predicted = {k for k in predicted if k[3] in CORE_TYPES}
    report["PER_ORG_LOC"] = _prf(len(core_gold), len(core_predicted),
                                 len(core_gold & core_predicted))
    report["all_four"] = _prf(len(gold), len(predicted), len(gold & predicted))
    return report


def pipeline_predictions(docs: Sequence[TaggedDoc], mode: str) -> list[CharSpans]:
    """Every entity mention the enricher finds in each document (the whole text is the body).

    Mentions are scored before they merge into entities, each with its own type: "German"
    links to Germany but is a NORP mention, as CoNLL's MISC "German" is.
    """
    # Heavy imports (gazetteer, model) only when an evaluation runs.
    from pipeline.enrich.gazetteer import default_gazetteer  # noqa: PLC0415
    from pipeline.enrich.mentions import article_mentions, build_automaton  # noqa: PLC0415
    from pipeline.enrich.ner import model_spans  # noqa: PLC0415
    from pipeline.enrich.resolve import (  # noqa: PLC0415
        drop_credits_and_agencies,
        resolve_surnames,
    )
    from pipeline.layout import parse_layout  # noqa: PLC0415

    gazetteer = default_gazetteer()
    automaton = build_automaton(gazetteer)
    layouts = [parse_layout(doc.text) for doc in docs]
    stories = [doc.text[slice(*layout.story_span)] for doc, layout in zip(docs, layouts,
                                                                          strict=True)]
    spans = model_spans(stories) if mode == "model" else [[] for _ in stories]
    predicted: list[CharSpans] = []
    for story, layout, found in zip(stories, layouts, spans, strict=True):
        mentions = article_mentions(story, layout.story_span[0], found, gazetteer, automaton)
        mentions = resolve_surnames(drop_credits_and_agencies(mentions, layout.credits),
                                    gazetteer)
        predicted.append([(m.start, m.end, m.type) for m in mentions])
    return predicted


def model_predictions(docs: Sequence[TaggedDoc], nlp: Any) -> list[CharSpans]:
    """Every entity a spaCy pipeline finds in each document, labels as the model gives them."""
    return [[(ent.start_char, ent.end_char, ent.label_) for ent in parsed.ents]
            for parsed in nlp.pipe([doc.text for doc in docs], batch_size=32)]


def _timed(run: Callable[[], list[CharSpans]], docs: Sequence[TaggedDoc]) -> tuple[
        list[CharSpans], float]:
    started = time.perf_counter()
    predicted = run()
    return predicted, round(len(docs) / (time.perf_counter() - started), 1)


def evaluate_docs(docs: Sequence[TaggedDoc], mode: str, dataset: str, split: str,
                  gold_mapping: dict[str, str] | None = None) -> Report:
    """The pipeline in `mode`, and in model mode its NER model and en_core_web_sm alone."""
    from pipeline.enrich.ner import base_model, load_model  # noqa: PLC0415  # heavy

    gold = gold_spans(docs, gold_mapping)
    runs: dict[str, Callable[[], list[CharSpans]]] = {
        f"wirewatch_{mode}_mode": lambda: pipeline_predictions(docs, mode)}
    if mode == "model":
        runs["ner_model_alone"] = lambda: model_predictions(docs, load_model())
        runs["en_core_web_sm_alone"] = lambda: model_predictions(docs, base_model())
    report: Report = {"dataset": dataset, "split": split, "documents": len(docs),
                      "scoring": "exact token spans and type, as conlleval; PER_ORG_LOC is the "
                                 "headline F1, MISC apart"}
    throughput: dict[str, dict[str, float]] = {}
    for name, run in runs.items():
        predicted, docs_per_second = _timed(run, docs)
        report[name] = score(gold, project(docs, predicted, PIPELINE_TO_CONLL))
        throughput[name] = {"docs_per_second": docs_per_second}
    report["throughput"] = throughput
    return report


def run_conll(path: Path, mode: str) -> Report:
    """CoNLL-2003 English validation (or the file given) scored in `mode`."""
    return evaluate_docs(read_tagged_docs(path), mode, "conll", split=path.stem)


def run_re3d(path: Path, mode: str) -> Report:
    """re3d dev: Person/Organisation/Location as PER/ORG/LOC, Nationality as MISC."""
    return evaluate_docs(read_tagged_docs(path), mode, "re3d", split=path.stem,
                         gold_mapping=RE3D_TO_CONLL)


register(RealDataset(name="conll", description="CoNLL-2003 English entities (Reuters 1996), "
                     "validation split: exact-span P/R/F1 for PER, ORG, LOC and MISC.",
                     default_path="conll2003/valid.txt", run=run_conll))
register(RealDataset(name="re3d", description="re3d conflict-domain entities, dev split: "
                     "Person, Organisation, Location as PER/ORG/LOC (Nationality as MISC).",
                     default_path="re3d/dev.txt", run=run_re3d))
