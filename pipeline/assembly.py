"""Building the enricher and detector the settings describe (mode, lexicon, watchlist)."""

from __future__ import annotations

from pipeline.detect import EscalationDetector
from pipeline.detect.lexicon import load_lexicon, load_watchlist
from pipeline.detect.roles import DependencyRoles
from pipeline.enrich import Enricher, EnrichMode
from pipeline.enrich.gazetteer import default_gazetteer, load_gazetteer
from pipeline.settings import Settings


def build_cores(settings: Settings, mode: EnrichMode | None = None) -> tuple[Enricher,
                                                                             EscalationDetector]:
    """Enricher and detector; a watchlist adds cues, entities and watched countries."""
    watchlist = load_watchlist(settings.watchlist_path)
    gazetteer = (load_gazetteer(extra_entities=watchlist.entities)
                 if watchlist is not None and watchlist.entities else default_gazetteer())
    enricher = Enricher(mode or settings.enrich_mode, gazetteer=gazetteer)
    lexicon = load_lexicon(settings.lexicon_path, settings.watchlist_path)
    # Model mode parses an alert's event sentences for its dyad; fast mode uses patterns.
    roles = DependencyRoles() if enricher.mode == "model" else None
    return enricher, EscalationDetector(lexicon, gazetteer, roles=roles)
