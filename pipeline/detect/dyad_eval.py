"""Source and target accuracy on coded event sentences (ConfliBERT's cameo_ner, CoNLL format).

Each sentence tags its event's source actor (S), target (T) and reciprocal actors (R). The
sentence is enriched as a one-sentence article; its first escalation cue is the event; the
dyad picker chooses a source and a target among the entity mentions. A pick is right when
it overlaps the gold span. Sentences without an escalation cue are counted, not scored.

Pickers: "before" is the detector's rule before pipeline.detect.dyad (first cue, first actor
before it, first other country after it); "patterns" is dyad.py alone (fast mode);
"patterns_and_parse" adds the dependency parse (model mode).

A fixed part (hash of the sentence text) is held out: figures are reported for the part used
while writing the rules ("dev") and for the held-out part apart.

    python -m pipeline.detect.dyad_eval .wirewatch/data/cameo_ner/train.txt
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pipeline.detect.dyad import ActorMention, mentions_in, pick_dyad
from pipeline.detect.lexicon import Lexicon, default_lexicon
from pipeline.detect.reading import sentence_actors
from pipeline.detect.roles import DependencyRoles, RoleFinder
from pipeline.enrich import Enricher
from pipeline.text import tokenize
from pipeline.text.phrases import PhraseMatch
from schemas import RawArticle

HELD_OUT_SHARE = 3  # of 10: sentences whose hash ends in 0, 1 or 2
Picker = Callable[[str, Sequence[ActorMention], int, int],
                  tuple[ActorMention | None, ActorMention | None]]
CueChooser = Callable[[Sequence[PhraseMatch], Lexicon], PhraseMatch]


@dataclass
class CodedSentence:
    """A sentence with its gold source and target spans (character offsets)."""

    text: str
    sources: list[tuple[int, int]] = field(default_factory=list)
    targets: list[tuple[int, int]] = field(default_factory=list)

    @property
    def held_out(self) -> bool:
        """Whether the sentence is in the fixed held-out part."""
        return int(hashlib.sha256(self.text.encode()).hexdigest(), 16) % 10 < HELD_OUT_SHARE


def read_coded(path: Path) -> Iterator[CodedSentence]:
    """Sentences of a CoNLL file whose second column is B-/I- S, T, R or O."""
    words: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            word, _, tag = line.rpartition(" ")
            words.append((word, tag))
            continue
        if words:
            yield _sentence(words)
            words = []


def _sentence(words: list[tuple[str, str]]) -> CodedSentence:
    text = ""
    spans: dict[str, list[list[int]]] = {"S": [], "T": [], "R": []}
    for word, tag in words:
        start = len(text) + (1 if text else 0)
        text = f"{text} {word}" if text else word
        kind = tag[2:] if len(tag) > 2 else ""
        if tag.startswith("B-") and kind in spans:
            spans[kind].append([start, len(text)])
        elif tag.startswith("I-") and kind in spans and spans[kind]:
            spans[kind][-1][1] = len(text)
    return CodedSentence(text, [(s, e) for s, e in spans["S"]], [(s, e) for s, e in spans["T"]])


def first_cue(cues: Sequence[PhraseMatch], lexicon: Lexicon) -> PhraseMatch:  # noqa: ARG001
    """The cue the detector used before this module: the first in the sentence."""
    return min(cues, key=lambda m: m.first)


def event_cue(cues: Sequence[PhraseMatch], lexicon: Lexicon) -> PhraseMatch:
    """The cue that names the act: the first one that is not a casualty count."""
    acts = [m for m in cues if not lexicon.cues[m.key].casualties]
    return min(acts or cues, key=lambda m: m.first)


def first_order_picker(text: str, mentions: Sequence[ActorMention], cue_start: int,  # noqa: ARG001  # a Picker
                       cue_end: int) -> tuple[ActorMention | None, ActorMention | None]:  # noqa: ARG001
    """The picker before this module: the first actor before the cue, the first country after."""
    source = next((m for m in mentions if m.start <= cue_start and m.actor), None)
    target = next((m for m in mentions if m.start > cue_start and m.country
                   and (source is None or m.country != source.country)), None)
    return source, target


def pattern_picker(text: str, mentions: Sequence[ActorMention], cue_start: int,  # noqa: ARG001  # a Picker
                   cue_end: int) -> tuple[ActorMention | None, ActorMention | None]:  # noqa: ARG001
    """This module's patterns alone (fast mode)."""
    return pick_dyad(mentions, cue_start)


def parse_picker(roles: RoleFinder) -> Picker:
    """The patterns after a dependency parse of the sentence (model mode)."""
    def pick(text: str, mentions: Sequence[ActorMention], cue_start: int,
             cue_end: int) -> tuple[ActorMention | None, ActorMention | None]:
        agent, patient = roles.roles(text, cue_start, cue_end) if len(mentions) >= 2 \
            else (None, None)
        return pick_dyad(mentions, cue_start, agent, patient)
    return pick


def _hit(mention: ActorMention | None, spans: list[tuple[int, int]]) -> bool:
    return mention is not None and any(mention.start < e and s < mention.end for s, e in spans)


def evaluate(sentences: list[CodedSentence], enricher: Enricher,
             pickers: dict[str, tuple[CueChooser, Picker]]) -> dict[str, object]:
    """Source and target accuracy per picker, on the dev and held-out parts."""
    lexicon = default_lexicon()
    now = datetime(2026, 12, 2, tzinfo=UTC)
    articles = [RawArticle(article_id=f"cameo-{i}", headline="-", body=s.text, published_at=now)
                for i, s in enumerate(sentences)]
    counts: dict[str, dict[str, int]] = {}
    for batch_start in range(0, len(articles), 64):
        batch = articles[batch_start:batch_start + 64]
        for coded, article in zip(sentences[batch_start:batch_start + 64],
                                  enricher.enrich_batch(batch), strict=True):
            part = "held_out" if coded.held_out else "dev"
            tally = counts.setdefault(part, {"sentences": 0, "with_cue": 0})
            tally["sentences"] += 1
            tokens = tokenize(article.body)
            cues = lexicon.cue_matcher.find([t.norm for t in tokens])
            if not cues:
                continue
            tally["with_cue"] += 1
            actors = sentence_actors(article.entities, 0, len(article.body))
            mentions = mentions_in(article.body, article.entities, actors, 0, len(article.body))
            for role, spans in (("source", coded.sources), ("target", coded.targets)):
                tally[f"{role}_gold"] = tally.get(f"{role}_gold", 0) + int(bool(spans))
            for name, (choose, picker) in pickers.items():
                cue = choose(cues, lexicon)
                source, target = picker(article.body, mentions, tokens[cue.first].start,
                                        tokens[cue.last].end)
                for role, spans, pick in (("source", coded.sources, source),
                                          ("target", coded.targets, target)):
                    key = f"{name}_{role}_right"
                    tally[key] = tally.get(key, 0) + int(bool(spans) and _hit(pick, spans))
    report: dict[str, object] = {"split": "cameo_ner train.txt (dev part / fixed held-out part)"}
    for part, tally in counts.items():
        figures: dict[str, object] = dict(tally)
        for name in pickers:
            for role in ("source", "target"):
                gold = tally.get(f"{role}_gold", 0)
                right = tally.get(f"{name}_{role}_right", 0)
                figures[f"{name}_{role}_accuracy"] = round(right / gold, 3) if gold else None
        report[part] = figures
    return report


def main(argv: list[str]) -> int:
    """Print the report for a cameo_ner file as JSON."""
    if len(argv) < 1 or not Path(argv[0]).is_file():
        print("usage: python -m pipeline.detect.dyad_eval PATH/train.txt [fast|model]",
              file=sys.stderr)
        return 2
    mode = argv[1] if len(argv) > 1 else "fast"
    enricher = Enricher("model" if mode == "model" else "fast")
    sentences = list(read_coded(Path(argv[0])))
    report = evaluate(sentences, enricher, {
        "before": (first_cue, first_order_picker), "patterns": (event_cue, pattern_picker),
        "patterns_and_parse": (event_cue, parse_picker(DependencyRoles()))})
    report["mode"] = mode
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
