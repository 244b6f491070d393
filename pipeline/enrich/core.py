"""The enrichment core: RawArticle in, EnrichedArticle out; pure apart from the model it loads."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from typing import Literal

import ahocorasick

from pipeline.enrich.gazetteer import Gazetteer, default_gazetteer
from pipeline.enrich.mentions import (
    Mention,
    article_mentions,
    build_automaton,
    gazetteer_mentions,
)
from pipeline.enrich.ner import ModelSpan, model_spans
from pipeline.enrich.places import dateline_country
from pipeline.enrich.resolve import (
    drop_credits_and_agencies,
    merge_entities,
    rank_countries,
    resolve_surnames,
)
from pipeline.enrich.stories import StoryIndex
from pipeline.enrich.topics import TopicRules, classify_topics, default_topic_rules
from pipeline.layout import Layout, parse_layout
from pipeline.text import token_norms
from schemas import Dateline, EnrichedArticle, RawArticle, utc_now

EnrichMode = Literal["fast", "model"]
_RAW_FIELDS = set(RawArticle.model_fields)


@cache
def pipeline_version() -> str:
    """The installed wirewatch version."""
    try:
        return metadata.version("wirewatch")
    except metadata.PackageNotFoundError:
        return "0.0.0+local"


@dataclass
class _Prepared:
    article: RawArticle
    layout: Layout
    story: str
    offset: int


class Enricher:
    """Layout, linked entities, countries, topics and story for each article."""

    def __init__(self, mode: EnrichMode = "fast", gazetteer: Gazetteer | None = None,
                 topic_rules: TopicRules | None = None, stories: StoryIndex | None = None) -> None:
        self.mode = mode
        self.gazetteer = gazetteer or default_gazetteer()
        self.topic_rules = topic_rules or default_topic_rules()
        self.stories = stories if stories is not None else StoryIndex()
        self._automaton: ahocorasick.Automaton = build_automaton(self.gazetteer)

    def enrich(self, article: RawArticle) -> EnrichedArticle:
        """One article, enriched."""
        return self.enrich_batch([article])[0]

    def enrich_batch(self, articles: Sequence[RawArticle]) -> list[EnrichedArticle]:
        """Several articles at once (the model runs batched), in order."""
        prepared = []
        for article in articles:
            layout = parse_layout(article.body)
            start, end = layout.story_span
            prepared.append(_Prepared(article, layout, article.body[start:end], start))
        spans: list[list[ModelSpan]] = (model_spans([p.story for p in prepared])
                                        if self.mode == "model" else [[] for _ in prepared])
        return [self._finish(p, s) for p, s in zip(prepared, spans, strict=True)]

    def _mentions(self, prepared: _Prepared, spans: list[ModelSpan]) -> list[Mention]:
        return article_mentions(prepared.story, prepared.offset, spans, self.gazetteer,
                                self._automaton)

    def _finish(self, prepared: _Prepared, spans: list[ModelSpan]) -> EnrichedArticle:
        article, layout = prepared.article, prepared.layout
        mentions = drop_credits_and_agencies(self._mentions(prepared, spans), layout.credits)
        entities = merge_entities(resolve_surnames(mentions, self.gazetteer))
        dateline = None
        if layout.dateline is not None and layout.dateline_span is not None:
            dateline = Dateline(place=layout.dateline.place, agency=layout.dateline.agency,
                                country=dateline_country(layout.dateline.place,
                                                         layout.dateline.region, self.gazetteer),
                                start=layout.dateline_span[0], end=layout.dateline_span[1])
        headline_countries = [m.country for m in gazetteer_mentions(article.headline, 0,
                                                                   self._automaton) if m.country]
        countries = rank_countries(entities, layout.story_span,
                                   dateline.country if dateline else None, headline_countries)
        norms = token_norms(prepared.story)
        topics = classify_topics(norms, self.topic_rules, token_norms(article.headline))
        story = self.stories.assign(article.article_id, norms)
        # Built once without validation: the raw fields were validated on decode and every
        # other value is made here from validated models of the right types.
        return EnrichedArticle.model_construct(
            **article.model_dump(include=_RAW_FIELDS),
            dateline=dateline, caption=layout.caption, credits=layout.credits,
            story_span=layout.story_span, entities=entities, countries=countries, topics=topics,
            story_id=story.story_id, is_update=story.is_update, enriched_at=utc_now(),
            pipeline_version=pipeline_version(), enrich_mode=self.mode)
