"""Escalation alerting scored on real labelled news (held-out parts only).

What "should alert" means for each set (an alert is severity medium or above):
- pentaclass (CAMEO, ConfliBERT `cameo_class/train.tsv`, the 30 % held out by a hash of the
  text): material conflict should alert; statements, verbal and material cooperation should
  not. Verbal conflict mixes threats (CAMEO 13, escalation) with demands, criticism and
  rejections (not), so it is left out of the main figure and reported apart, split by whether
  the lexicon finds a threat or sanction cue in the sentence (live or cancelled).
- police (India Police Events, dev): a sentence labelled KILL, ARREST or FORCE should alert;
  sentences without a police act are not labelled (many report riots) and are reported apart.
- muc4 (MUC-4 terrorism reports, dev): a report with any filled role reports an incident and
  should alert; one with empty roles should not (they often still mention violence).
- insightcrime (InsightCrime, dev) and bbc (ConfliBERT BBC_News, dev): everyday organised-crime
  and domestic news; nothing should alert, so only the false-alarm rate is meaningful.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from pipeline.evaluate.real import RealDataset, Report, register
from pipeline.evaluate.real.alerting import Outcome, binary_report, by_class, run_pipeline
from pipeline.learn import sets
from pipeline.learn.sets import Example

THREAT_OR_SANCTION = frozenset({"13", "16"})


def _report(name: str, split: str, unit: str, examples: Sequence[Example],
            outcomes: Sequence[Outcome], positive: str) -> Report:
    return {"dataset": name, "split": split, "unit": unit, "should_alert": positive,
            "n": len(examples), **binary_report(examples, outcomes),
            "by_class": by_class(examples, outcomes)}


def run_pentaclass(path: Path, mode: str | None) -> Report:
    """Held-out CAMEO pentaclass sentences."""
    examples = sets.pentaclass(path, "heldout")
    outcomes = run_pipeline([e.text for e in examples], mode, 2015, "pentaclass")
    report = _report("pentaclass", "held-out 30% of train.tsv (hash of text)", "sentence",
                     examples, outcomes, "material conflict (statements and cooperation: not)")
    verbal = [(e, o) for e, o in zip(examples, outcomes, strict=True)
              if e.classes == ("verbal conflict",)]
    for cued, title in ((True, "verbal conflict, threat or sanction cue"),
                        (False, "verbal conflict, no such cue")):
        group = [o for _, o in verbal if bool(o.cue_categories & THREAT_OR_SANCTION) == cued]
        report["by_class"][title] = {"n": len(group), "alerted": sum(o.alerted for o in group),
                                     "alert_rate": round(sum(o.alerted for o in group)
                                                         / len(group), 3) if group else None}
    return report


def run_police(path: Path, mode: str | None) -> Report:
    """India Police Events dev sentences."""
    examples = sets.police(path, "dev")
    outcomes = run_pipeline([e.text for e in examples], mode, 2002, "police")
    return _report("police", "dev", "sentence", examples, outcomes,
                   "KILL, ARREST or FORCE by police (other sentences unlabelled)")


def _documents(name: str, reader: Callable[[Path, str], list[Example]], year: int,
               positive: str) -> Callable[[Path, str | None], Report]:
    def run(path: Path, mode: str | None) -> Report:
        examples = reader(path, "dev")
        outcomes = run_pipeline([e.text for e in examples], mode, year, name)
        return _report(name, "dev", "article", examples, outcomes, positive)
    return run


register(RealDataset("pentaclass", "CAMEO pentaclass lead sentences (ConfliBERT cameo_class); "
                     "material conflict should alert", "cameo_class", run_pentaclass))
register(RealDataset("police", "India Police Events sentences (Gujarat 2002); police killing, "
                     "arrest or force should alert", "police_sents", run_police))
register(RealDataset("muc4", "MUC-4 terrorism reports (FBIS 1989-91); reports of an incident "
                     "should alert", "muc4",
                     _documents("muc4", sets.muc4, 1990, "a report with a filled role")))
register(RealDataset("insightcrime", "InsightCrime organised-crime articles; none should alert",
                     "insight_crime",
                     _documents("insightcrime", sets.insight_crime, 2016, "nothing")))
register(RealDataset("bbc", "BBC News 2004-05 (ConfliBERT BBC_News, politics flag); none should "
                     "alert", "bbc_politics", _documents("bbc", sets.bbc_news, 2005, "nothing")))
