"""`wirewatch analyze PATH...`: enrichment and detection in-process, one JSON object per article."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import typer

from pipeline.analysis import analyze as run_analysis
from pipeline.assembly import build_cores
from pipeline.cli._context import settings
from pipeline.cli._output import print_json, stderr
from pipeline.detect import EscalationDetector
from pipeline.detect.cooldown import StoryCooldown
from pipeline.enrich import Enricher
from pipeline.logs import get_logger
from pipeline.readers import ReadProblem, expand_paths, read_articles
from pipeline.worker.decode import Rejected, screen_article
from schemas import RawArticle

log = get_logger(__name__)


def build_pipeline(mode: str | None = None) -> tuple[Enricher, EscalationDetector]:
    """Enricher and detector as the settings describe them (mode, lexicon, watchlist)."""
    return build_cores(settings(), mode)  # type: ignore[arg-type]  # mode checked by the caller


def analyze(
    paths: list[str] = typer.Argument(..., help="Files, folders or globs of articles."),
    mode: str = typer.Option(None, "--mode", help="fast or model (default: WIREWATCH_ENRICH_MODE)."),
    alerts_only: bool = typer.Option(False, "--alerts-only", help="Print only articles that alert."),
) -> None:
    """Enrich and detect without a broker; prints {"article": ..., "alerts": [...]} per article."""
    if mode not in (None, "fast", "model"):
        raise typer.BadParameter("--mode must be fast or model.")
    files = expand_paths(paths)  # a bad path fails now, before the models load
    enricher, detector = build_pipeline(mode)
    skipped = 0

    def articles() -> list[RawArticle]:
        nonlocal skipped
        good: list[RawArticle] = []
        for item in read_articles(files):
            if isinstance(item, ReadProblem):
                skipped += 1
                log.warning("analyze.skipped", path=str(item.path), line=item.line,
                            reason=item.reason, error=item.message)
                continue
            # The worker's screen: withdrawn, embargoed, garbled and non-English copy is not analysed.
            screened = screen_article(item, datetime.now(UTC))
            if isinstance(screened, Rejected):
                skipped += 1
                log.warning("analyze.skipped", article_id=item.article_id, reason=screened.reason,
                            error=screened.error)
            else:
                good.append(item)
        return good

    cooldown = StoryCooldown(timedelta(hours=settings().alert_cooldown_hours))
    for result in run_analysis(articles(), enricher, detector, cooldown):
        if alerts_only and not result.alerts:
            continue
        print_json(result.as_dict())
    if skipped:
        stderr.print(f"{skipped} input(s) skipped; see the log lines above.")
        raise typer.Exit(3)
