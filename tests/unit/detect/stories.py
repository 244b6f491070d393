"""One wire story through enrichment and detection, for the detector tests."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.detect import Detection, EscalationDetector
from pipeline.enrich import Enricher
from schemas import RawArticle

NOW = datetime(2026, 5, 4, 12, tzinfo=UTC)


def detect(enricher: Enricher, detector: EscalationDetector, story: str,
           headline: str = "News", dateline: str = "LONDON (Reuters) - ") -> Detection:
    """What the detector finds in `story` filed under `dateline` with `headline`."""
    body = dateline + story
    article = RawArticle(article_id=f"t-{abs(hash(body))}", headline=headline, body=body,
                         published_at=NOW)
    return detector.detect(enricher.enrich(article))
