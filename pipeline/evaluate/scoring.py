"""Scores: entity precision/recall, credits taken as entities, datelines, topics, alerts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pipeline.analysis import Analysis
from pipeline.enrich.gazetteer import Gazetteer
from pipeline.evaluate.labels import Label
from schemas import severity_rank

SEVERITY_ROWS = ["none", "low", "medium", "high", "critical"]


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 3) if denominator else 0.0


def normalize_name(name: str, gazetteer: Gazetteer) -> str:
    """A label or predicted name in comparable form: through the gazetteer, case-folded."""
    entry = gazetteer.forms.get(name) or gazetteer.forms.get(name.removeprefix("the "))
    return (entry.canonical if entry else name).casefold()


@dataclass
class SplitScores:
    """Counts for one split of the labelled set."""

    articles: int = 0
    entity_tp: int = 0
    entity_fp: int = 0
    entity_fn: int = 0
    credit_entities: int = 0
    datelines_expected: int = 0
    datelines_right: int = 0
    topics_right: int = 0
    topics_labelled: int = 0
    alert_tp: int = 0
    alert_fp: int = 0
    alert_fn: int = 0
    updates: int = 0
    updates_clustered: int = 0
    false_merges: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """Rates, rounded, as plain data."""
        return {
            "articles": self.articles,
            "entity_precision": _ratio(self.entity_tp, self.entity_tp + self.entity_fp),
            "entity_recall": _ratio(self.entity_tp, self.entity_tp + self.entity_fn),
            "credit_names_as_entities": self.credit_entities,
            "dateline_accuracy": _ratio(self.datelines_right, self.datelines_expected),
            "topic_accuracy": _ratio(self.topics_right, self.topics_labelled),
            "alert_precision": _ratio(self.alert_tp, self.alert_tp + self.alert_fp),
            "alert_recall": _ratio(self.alert_tp, self.alert_tp + self.alert_fn),
            "updates_clustered": f"{self.updates_clustered}/{self.updates}",
            "unrelated_articles_merged": self.false_merges,
            "severity_confusion": {
                expected: {got: self.confusion[(expected, got)] for got in SEVERITY_ROWS}
                for expected in SEVERITY_ROWS},
        }


@dataclass
class EvalReport:
    """Scores per split (tune, holdout)."""

    splits: dict[str, SplitScores]

    def summary(self) -> dict[str, dict[str, Any]]:
        """Each split's summary."""
        return {name: scores.summary() for name, scores in self.splits.items()}


def _score_article(scores: SplitScores, label: Label, result: Analysis,
                   gazetteer: Gazetteer) -> None:
    article = result.article
    scores.articles += 1
    expected = {normalize_name(n, gazetteer) for n in label.entities}
    predicted = {normalize_name(e.canonical, gazetteer) for e in article.entities}
    scores.entity_tp += len(expected & predicted)
    scores.entity_fp += len(predicted - expected)
    scores.entity_fn += len(expected - predicted)
    credit_names = {*label.credits.reporters, *label.credits.editors,
                    *label.credits.photographers}
    scores.credit_entities += sum(1 for e in article.entities
                                  if e.text in credit_names or e.canonical in credit_names)
    if label.dateline is not None:
        scores.datelines_expected += 1
        got = article.dateline
        if got is not None and got.place.casefold() == label.dateline.place.casefold() and (
                label.dateline.agency is None or (got.agency or "").casefold()
                == label.dateline.agency.casefold()) and (
                label.dateline.country is None or got.country == label.dateline.country):
            scores.datelines_right += 1
        else:
            scores.misses.append(f"{label.file}: dateline {got} != {label.dateline}")
    if label.topics:
        scores.topics_labelled += 1
        top = [t.code for t in article.topics if t.parent is None]
        if top and top[0] in label.topics:
            scores.topics_right += 1
        else:
            scores.misses.append(f"{label.file}: topics {top} != {label.topics}")
    expected_severity = label.alert.severity if label.alert else "none"
    got_severity = result.alerts[0].severity if result.alerts else "none"
    scores.confusion[(expected_severity, got_severity)] += 1
    expected_alert = expected_severity != "none" and severity_rank(expected_severity) >= 1
    got_alert = got_severity != "none" and severity_rank(got_severity) >= 1
    if expected_alert and got_alert:
        scores.alert_tp += 1
    elif got_alert:
        scores.alert_fp += 1
        scores.misses.append(f"{label.file}: false alert {got_severity} "
                             f"{result.alerts[0].category.code} {result.alerts[0].cues}")
    elif expected_alert:
        scores.alert_fn += 1
        scores.misses.append(f"{label.file}: missed {expected_severity} alert")


def evaluate(pairs: list[tuple[Label, Analysis]], gazetteer: Gazetteer,
             story_of: dict[str, str]) -> EvalReport:
    """Score every labelled article; story_of maps label path to the story_id it got."""
    splits: dict[str, SplitScores] = {}
    for label, result in pairs:
        scores = splits.setdefault(label.split, SplitScores())
        _score_article(scores, label, result, gazetteer)
        if label.update_of:
            scores.updates += 1
            original = str(label.path.parent / label.update_of)
            if story_of.get(original) == story_of.get(str(label.path)):
                scores.updates_clustered += 1
            else:
                scores.misses.append(f"{label.file}: not clustered with {label.update_of}")
    related = {frozenset((str(lab.path), str(lab.path.parent / lab.update_of)))
               for lab, _ in pairs if lab.update_of}
    members: dict[str, list[Label]] = {}
    for label, _ in pairs:
        members.setdefault(story_of[str(label.path)], []).append(label)
    for group in members.values():
        for i, first in enumerate(group):
            for second in group[i + 1:]:
                if frozenset((str(first.path), str(second.path))) not in related:
                    splits[first.split].false_merges += 1
    return EvalReport(splits)
