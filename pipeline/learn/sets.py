"""Readers of the public labelled sets (train and dev files only), and their held-out parts.

Every reader returns plain `Example`s: a text, what it is labelled with in the set's own terms
(`classes`), and whether it should raise an escalation alert (`should_alert`; None when the set
cannot say, e.g. verbal conflict in the CAMEO pentaclass). Which part is held out is fixed here
so that training and evaluation can never disagree about it.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

# Some article rows are longer than csv's default field limit.
csv.field_size_limit(sys.maxsize)

PENTACLASS = {0: "statement", 1: "verbal cooperation", 2: "material cooperation",
              3: "verbal conflict", 4: "material conflict"}
# ConfliBERT's TSV keeps the original five labels in this order (checked on the sentences: the
# third column holds every arrest and killing, the fourth the police failing to act).
POLICE_COLUMNS = ("KILL", "ARREST", "ANY_ACTION", "FAIL", "FORCE")
POLICE_ESCALATION = ("KILL", "ARREST", "FORCE")
HELD_OUT_SHARE = 30  # percent of the pentaclass train file kept aside, by a hash of the text
BBC_EVERYDAY = ("business", "entertainment", "sport", "tech")


@dataclass(frozen=True)
class Example:
    """One labelled text of a public set."""

    text: str
    should_alert: bool | None
    classes: tuple[str, ...] = field(default_factory=tuple)


class MissingDataError(FileNotFoundError):
    """A set's file is not in the data folder (run ops/data/extract.sh)."""


MissingData = MissingDataError  # the name other evaluators first imported


def _require(path: Path) -> Path:
    if not path.exists():
        raise MissingDataError(f"{path} does not exist; run ops/data/extract.sh to fetch the real sets.")
    return path


def _rows(path: Path) -> Iterator[list[str]]:
    with _require(path).open(encoding="utf-8", newline="") as handle:
        yield from csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def is_held_out(text: str) -> bool:
    """The fixed 30 % of a single-file set kept aside for figures (order-independent)."""
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16) % 100 < HELD_OUT_SHARE


def pentaclass(folder: Path, part: str) -> list[Example]:
    """CAMEO pentaclass sentences of `part` ("train" or "heldout", both from train.tsv).

    Material conflict should alert; statements and cooperation should not; verbal conflict
    (threats beside criticism and rejections) is labelled None and reported on its own.
    """
    examples = []
    for row in _rows(folder / "train.tsv"):
        if len(row) < 2 or not row[1].strip().isdigit() or not row[0].strip():
            continue
        text, label = row[0].strip(), int(row[1])
        if is_held_out(text) != (part == "heldout"):
            continue
        alert = True if label == 4 else None if label == 3 else False
        examples.append(Example(text, alert, (PENTACLASS[label],)))
    return examples


def police(folder: Path, split: str) -> list[Example]:
    """India Police Events sentences: killing, arrest or force by police should alert.

    Sentences with none of those are labelled None: the set marks police acts only, and many
    of its other sentences report riots (escalation, but not what it labels).
    """
    examples = []
    for row in _rows(folder / f"{split}.tsv"):
        if len(row) < 6 or not row[0].strip():
            continue
        flags = dict(zip(POLICE_COLUMNS, (c.strip() == "1" for c in row[1:6]), strict=True))
        classes = tuple(name for name, on in flags.items() if on)
        alert = True if any(flags[c] for c in POLICE_ESCALATION) else None
        examples.append(Example(row[0].strip(), alert, classes))
    return examples


def muc4(folder: Path, split: str) -> list[Example]:
    """MUC-4 reports: one with any filled role reports an incident and should alert."""
    data = json.loads(_require(folder / f"{split}.json").read_text(encoding="utf-8"))
    examples = []
    for record in data.values():
        roles = record.get("roles", {})
        incident = any(roles.get(name) for name in roles)
        examples.append(Example(record["doc"], incident,
                                ("incident",) if incident else ("no incident",)))
    return examples


def muc4_roles(folder: Path, split: str) -> list[tuple[str, list[str]]]:
    """MUC-4 reports with the strings filling their roles (targets, victims, weapons, ...)."""
    data = json.loads(_require(folder / f"{split}.json").read_text(encoding="utf-8"))
    out = []
    for record in data.values():
        fillers = [mention for entity in (e for values in record.get("roles", {}).values()
                                          for e in values) for mention in entity]
        out.append((record["doc"], fillers))
    return out


def insight_crime(folder: Path, split: str) -> list[Example]:
    """InsightCrime articles (Latin American organised crime): none should alert."""
    return [Example(row[0].strip(), False, ("crime",)) for row in _rows(folder / f"{split}.tsv")
            if row and row[0].strip()]


def bbc_news(folder: Path, split: str) -> list[Example]:
    """ConfliBERT's lower-cased BBC articles with a politics flag: none should alert."""
    return [Example(row[0].strip(), False, ("politics" if row[1].strip() == "1" else "other",))
            for row in _rows(folder / f"{split}.tsv") if len(row) >= 2 and row[0].strip()]


def _letters(text: str, size: int = 80) -> str:
    return "".join(c for c in text.lower() if c.isalpha())[:size]


def bbc_everyday(folder: Path, exclude: list[str]) -> list[Example]:
    """Full-text BBC business, entertainment, sport and tech articles (never politics).

    `exclude` holds texts (BBC_News dev articles) whose full-text versions are left out, so a
    model trained here is never scored on an article it learned from.
    """
    skip = {_letters(text) for text in exclude}
    examples = []
    for topic in BBC_EVERYDAY:
        for path in sorted(_require(folder / topic).glob("*.txt")):
            text = path.read_text(encoding="latin-1")
            if _letters(text) not in skip:
                examples.append(Example(text, False, (topic,)))
    return examples


def cameo_ner(path: Path) -> list[list[tuple[str, str]]]:
    """CAMEO actor sentences: (token, tag) pairs; tags B-/I- S (source), T (target), R (both)."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in _require(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
            continue
        token, _, tag = line.rpartition(" ") if "\t" not in line else line.rpartition("\t")
        current.append((token, tag.strip() or "O"))
    if current:
        sentences.append(current)
    return sentences


SUPPLEMENT_FILE = Path(__file__).resolve().parent / "data" / "supplement.tsv"


def supplement(path: Path = SUPPLEMENT_FILE) -> list[Example]:
    """Sentences written for wirewatch of plain kinds the public sets hold few of (label 0/1)."""
    examples = []
    for line in _require(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        text, label = line.rsplit("\t", 1)
        examples.append(Example(text.strip(), label.strip() == "1", ("supplement",)))
    return examples
