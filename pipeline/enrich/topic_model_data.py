"""Topic-labelled real news for training and judging the topic model, with fixed splits.

Every reader yields `LabelledItem`s whose `code` is the top-level IPTC Media Topic the set's
class maps to (see `CLASS_CODES` and the model card) and whose `split` is "train" or
"heldout". Held-out parts follow the sets' own dev splits where they exist and a stable hash
of the text where they do not, so training and evaluation always agree. Test splits are never
read: the BBC full text is used only where its article is in ConfliBERT's BBC_News train or dev
file, whose test file holds the rest.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pipeline.text import split_sentences

Split = Literal["train", "heldout"]

ARTS = "medtop:01000000"
CRIME = "medtop:02000000"
ECONOMY = "medtop:04000000"
HEALTH = "medtop:07000000"
POLITICS = "medtop:11000000"
SCIENCE = "medtop:13000000"
SPORT = "medtop:15000000"
CONFLICT = "medtop:16000000"

# Each set's class -> top-level Media Topic. Classes left out are not read.
CLASS_CODES: dict[str, dict[str, str]] = {
    "bbc": {"business": ECONOMY, "entertainment": ARTS, "politics": POLITICS, "sport": SPORT,
            "tech": SCIENCE},
    "masakhanews": {"business": ECONOMY, "entertainment": ARTS, "health": HEALTH,
                    "politics": POLITICS, "sports": SPORT, "technology": SCIENCE},
    # CAMEO pentaclass: statements, verbal cooperation and verbal conflict (threats,
    # sanctions, condemnation) are international politics; material conflict is fighting,
    # attacks and protest. Material cooperation (aid, releases, court rulings) is mixed: left out.
    "cameo": {"0": POLITICS, "1": POLITICS, "3": POLITICS, "4": CONFLICT},
}

_TRAIN_DEV_TSV: tuple[tuple[str, Split], ...] = (("train.tsv", "train"), ("dev.tsv", "heldout"))
_TRAIN_DEV_JSON: tuple[tuple[str, Split], ...] = (("train.json", "train"), ("dev.json", "heldout"))
HELDOUT_SHARE = 0.25  # for sets without a dev split of their own
csv.field_size_limit(sys.maxsize)  # InsightCrime and MasakhaNEWS rows hold whole articles


@dataclass(frozen=True)
class LabelledItem:
    """One labelled news item: its headline (may be empty), body, topic code and split."""

    source: str
    headline: str
    body: str
    code: str
    split: Split

    def short(self) -> LabelledItem:
        """The item cut to a short wire item: headline and the body's first sentence."""
        return LabelledItem(self.source, self.headline, first_sentence(self.body), self.code,
                            self.split)


def first_sentence(text: str) -> str:
    """The first sentence of text (all of it when it has one)."""
    for start, end in split_sentences(text):
        sentence = text[start:end].strip()
        if sentence:
            return sentence
    return text.strip()


def hashed_split(key: str, share: float = HELDOUT_SHARE) -> Split:
    """A stable split from a hash of key: the same text always lands on the same side."""
    digest = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)
    return "heldout" if digest / 0xFFFFFFFF < share else "train"


_NON_WORD = re.compile(r"[^a-z0-9]+")


def text_key(text: str) -> str:
    """Lower case, letters and digits only, single spaces: how ConfliBERT's BBC copy matches.

    That copy spells the pound sign "ps".
    """
    return _NON_WORD.sub(" ", text.lower().replace("£", "ps")).strip()


def bbc_items(folder: Path, politics_folder: Path | None = None) -> Iterator[LabelledItem]:
    """BBC full text (`<class>/NNN.txt`), only articles in ConfliBERT's BBC train or dev file.

    Articles matching the dev file are held out; articles matching neither are never read past
    the match (they are in the reserved test split).
    """
    politics_folder = politics_folder or folder.parent / "bbc_politics"
    train_keys = _first_column_keys(politics_folder / "train.tsv")
    dev_keys = _first_column_keys(politics_folder / "dev.tsv")
    for name, code in CLASS_CODES["bbc"].items():
        for path in sorted((folder / name).glob("*.txt")):
            raw = path.read_text(encoding="latin-1")
            key = text_key(raw)
            if key in dev_keys:
                split: Split = "heldout"
            elif key in train_keys:
                split = "train"
            else:
                continue
            headline, _, body = raw.strip().partition("\n")
            yield LabelledItem("bbc", headline.strip(), body.strip(), code, split)


def _first_column_keys(path: Path) -> set[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {text_key(row[0]) for row in csv.reader(handle, delimiter="\t") if row}


def masakhanews_items(path: Path) -> Iterator[LabelledItem]:
    """MasakhaNEWS English (BBC 2020-22, with headlines): the dev file split in halves by a hash
    of the URL, and the authors' 50-a-class sample of the train file (`train_sample.tsv` beside it, when
    present) for training only; a sampled story that is also in the dev file is left out.
    """
    dev = list(_masakhanews_rows(path))
    for row in dev:
        yield _masakhanews_item(row, hashed_split(row.get("url") or row["text"], 0.5))
    sample = path.with_name("train_sample.tsv")
    if sample.exists():
        seen = {row["headline"].strip() for row in dev}
        for row in _masakhanews_rows(sample):
            if row["headline"].strip() not in seen:
                yield _masakhanews_item(row, "train")


def _masakhanews_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row.get("category") in CLASS_CODES["masakhanews"]:
                yield row


def _masakhanews_item(row: dict[str, str], split: Split) -> LabelledItem:
    return LabelledItem("masakhanews", row["headline"].strip(), row["text"].strip(),
                        CLASS_CODES["masakhanews"][row["category"]], split)


def cameo_items(path: Path) -> Iterator[LabelledItem]:
    """CAMEO pentaclass lead sentences (train file only), split by hash."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if len(row) < 2 or row[1].strip() not in CLASS_CODES["cameo"]:
                continue
            text = row[0].strip()
            yield LabelledItem("cameo", "", text, CLASS_CODES["cameo"][row[1].strip()],
                               hashed_split(text))


def muc4_items(folder: Path) -> Iterator[LabelledItem]:
    """MUC-4 reports that hold a terrorist incident (non-empty roles): conflict; dev held out.

    Reports without an incident are political and military news of every kind, so no single
    topic fits them and they are left out.
    """
    for name, split in _TRAIN_DEV_JSON:
        documents = json.loads((folder / name).read_text(encoding="utf-8"))
        for document in documents.values():
            if not any(document.get("roles", {}).values()):
                continue
            body = " ".join(document["doc"].split())
            yield LabelledItem("muc4", "", body, CONFLICT, split)


def insight_crime_items(folder: Path) -> Iterator[LabelledItem]:
    """InsightCrime articles (organised crime in Latin America): crime; dev held out.

    The first sentence is the site's headline, so it becomes the item's headline.
    """
    for name, split in _TRAIN_DEV_TSV:
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t"):
                if not row or not row[0].strip():
                    continue
                text = " ".join(row[0].split())
                headline = first_sentence(text)
                yield LabelledItem("insight_crime", headline, text[len(headline):].strip(), CRIME,
                                   split)


# ConfliBERT's police sentence columns, as their values show: force, arrest, any action,
# failure to act, killing.
_POLICE_FORCE, _POLICE_ARREST, _POLICE_KILL = 1, 2, 5


def police_items(folder: Path) -> Iterator[LabelledItem]:
    """Police sentences from the 2002 Gujarat riots: force or killing is unrest (conflict),
    an arrest alone is crime; sentences with no police action carry no topic and are left out.
    """
    for name, split in _TRAIN_DEV_TSV:
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t"):
                if len(row) < 6:
                    continue
                flags = [cell.strip() == "1" for cell in row]
                if flags[_POLICE_FORCE] or flags[_POLICE_KILL]:
                    code = CONFLICT
                elif flags[_POLICE_ARREST]:
                    code = CRIME
                else:
                    continue
                yield LabelledItem("police", "", row[0].strip(), code,
                                   split)


def world_items(data_dir: Path) -> Iterator[LabelledItem]:
    """The conflict, crime and world-politics sets together."""
    yield from cameo_items(data_dir / "cameo_class" / "train.tsv")
    yield from muc4_items(data_dir / "muc4")
    yield from insight_crime_items(data_dir / "insight_crime")
    yield from police_items(data_dir / "police_sents")


def all_items(data_dir: Path) -> Iterator[LabelledItem]:
    """Every topic-labelled item the model learns from (sets that are absent are skipped)."""
    yield from bbc_items(data_dir / "bbc_full", data_dir / "bbc_politics")
    masakhane = data_dir / "masakhanews" / "dev.tsv"
    if masakhane.exists():
        yield from masakhanews_items(masakhane)
    yield from world_items(data_dir)
