"""Enrichment: wire layout, linked entities, countries, IPTC topics and story clustering."""

from pipeline.enrich.core import Enricher, EnrichMode

__all__ = ["EnrichMode", "Enricher"]
