"""The escalation model's corpus: real labelled texts read by the rules, sentence by sentence.

Every text runs through the in-process pipeline (fast enrichment, the detector with rules
only), so the model sees exactly the rule signals it will see at run time. Sentence labels:
- pentaclass (training part): material conflict 1; statements and cooperation 0; verbal
  conflict 0 unless the lexicon finds a threat or sanction cue in it (then left out: ambiguous);
- police (train): KILL, ARREST or FORCE 1; unlabelled sentences 0 only when no cue fires
  (the others often report riots);
- muc4 (train): in incident reports, a sentence naming a role filler (target, victim, weapon,
  perpetrator) in which a cue fires is 1; nothing else from MUC-4 is used for training;
- wirewatch's own supplement (pipeline/learn/data/supplement.tsv): a few dozen sentences written
  here of plain kinds the public sets hold few of, labelled 0 or 1;
- everyday news, every sentence 0: InsightCrime (train), ConfliBERT BBC_News politics (train) and
  full-text BBC business, entertainment, sport and tech (never the BBC_News dev articles).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.analysis import analyze
from pipeline.detect import EscalationDetector
from pipeline.detect.model_features import CATEGORIES, rule_vector
from pipeline.enrich import Enricher
from pipeline.evaluate.real.alerting import published_for
from pipeline.learn import sets
from pipeline.learn.sets import Example
from schemas import RawArticle

THREAT_OR_SANCTION = frozenset({"13", "16"})


@dataclass
class Doc:
    """One text of a set, read: its sentences' tokens and rule signals, and its labels."""

    dataset: str
    part: str  # "train" or "heldout"
    should_alert: bool | None
    classes: tuple[str, ...]
    norms: list[list[str]] = field(default_factory=list)
    rules: list[list[float]] = field(default_factory=list)
    cued: list[bool] = field(default_factory=list)  # sentence has any cue (may carry an alert)
    labels: list[int | None] = field(default_factory=list)  # sentence training labels
    rule_severity: str | None = None


def read_docs(dataset: str, part: str, examples: Sequence[Example], year: int,
              enricher: Enricher, detector: EscalationDetector) -> tuple[list[Doc], list[list[str]]]:
    """Each example through the rules; returns the docs and each doc's sentence texts."""
    raws = [RawArticle(article_id=f"{dataset}-{part}-{i}", headline="", body=e.text,
                       published_at=published_for(e.text, year)) for i, e in enumerate(examples)]
    docs, texts = [], []
    for example, result in zip(examples, analyze(raws, enricher, detector), strict=True):
        body = result.article.body
        readings = result.detection.readings
        sentences = [body[r.start:r.end] for r in readings]
        alert = result.alerts[0] if result.alerts else None
        docs.append(Doc(dataset, part, example.should_alert, example.classes,
                        [[t.norm for t in r.tokens] for r in readings],
                        [rule_vector(r, s) for r, s in zip(readings, sentences, strict=True)],
                        [bool(r.hits) for r in readings], [None] * len(readings),
                        alert.severity if alert else None))
        texts.append(sentences)
    return docs, texts


def _categories(rules: list[float]) -> set[str]:
    """Categories of the cues found in a sentence, live or cancelled (from its rule signals)."""
    live, cancelled = rules[:len(CATEGORIES)], rules[len(CATEGORIES):2 * len(CATEGORIES)]
    return {c for c, a, b in zip(CATEGORIES, live, cancelled, strict=True) if a or b}


def _label_sentences(doc: Doc, texts: list[str], fillers: list[str] | None = None) -> None:
    if doc.dataset == "supplement":
        doc.labels = [int(bool(doc.should_alert))] * len(texts)
    elif doc.dataset == "pentaclass":
        if doc.should_alert is None:  # verbal conflict
            doc.labels = [None if _categories(r) & THREAT_OR_SANCTION else 0 for r in doc.rules]
        else:
            doc.labels = [int(doc.should_alert)] * len(texts)
    elif doc.dataset == "police":
        doc.labels = [1 if doc.should_alert else (0 if not cued else None)
                      for cued in doc.cued]
    elif doc.dataset == "muc4":
        lowered = [f.lower() for f in fillers or []]
        doc.labels = [1 if cued and any(f in t.lower() for f in lowered) else None
                      for t, cued in zip(texts, doc.cued, strict=True)]
    else:
        doc.labels = [0] * len(texts)




def build_corpus(data_dir: Path, enricher: Enricher,
                 detector: EscalationDetector) -> list[Doc]:
    """Every training and held-out text of the escalation sets, read and labelled."""
    docs: list[Doc] = []

    def add(name: str, part: str, examples: Sequence[Example], year: int,
            fillers: list[list[str]] | None = None) -> None:
        read, texts = read_docs(name, part, examples, year, enricher, detector)
        for i, (doc, sentences) in enumerate(zip(read, texts, strict=True)):
            if part == "train":
                _label_sentences(doc, sentences, fillers[i] if fillers else None)
        docs.extend(read)

    add("pentaclass", "train", sets.pentaclass(data_dir / "cameo_class", "train"), 2015)
    add("pentaclass", "heldout", sets.pentaclass(data_dir / "cameo_class", "heldout"), 2015)
    add("police", "train", sets.police(data_dir / "police_sents", "train"), 2002)
    add("police", "heldout", sets.police(data_dir / "police_sents", "dev"), 2002)
    muc_train = sets.muc4_roles(data_dir / "muc4", "train")
    add("muc4", "train", [Example(t, bool(f)) for t, f in muc_train], 1990,
        [f for _, f in muc_train])
    add("muc4", "heldout", sets.muc4(data_dir / "muc4", "dev"), 1990)
    add("insightcrime", "train", sets.insight_crime(data_dir / "insight_crime", "train"), 2016)
    add("insightcrime", "heldout", sets.insight_crime(data_dir / "insight_crime", "dev"), 2016)
    bbc_dev = sets.bbc_news(data_dir / "bbc_politics", "dev")
    add("bbc", "train", [e for e in sets.bbc_news(data_dir / "bbc_politics", "train")
                         if e.classes == ("politics",)], 2005)
    add("bbc", "train", sets.bbc_everyday(data_dir / "bbc_full", [e.text for e in bbc_dev]), 2005)
    add("bbc", "heldout", bbc_dev, 2005)
    add("supplement", "train", sets.supplement(), 2026)
    return docs
