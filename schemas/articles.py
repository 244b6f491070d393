"""Article messages: what replay produces and what enrichment adds."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from schemas._base import SCHEMA_VERSION, UtcDatetime, WireModel, utc_now

ArticleFormat = Literal["wiretext", "jsonl", "ninjs"]
PubStatus = Literal["usable", "withheld", "canceled"]
EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"]
ActorRole = Literal["GOV", "MIL", "REB", "IGO", "NGO", "OPP", "LEG", "JUD", "SPY", "POL", "BUS",
                    "MED", "REL", "CVL"]


class RawArticle(WireModel):
    """One wire article as replayed onto `wire.articles.raw`."""

    schema_version: int = SCHEMA_VERSION
    article_id: str = Field(min_length=1, max_length=200,
                            description="Given by the source, or derived from a hash of the text.")
    source: str = Field(default="unknown", description="The agency or feed, e.g. Reuters, AP, AFP.")
    headline: str = Field(description="Given by the source, or derived from the lead sentence.")
    body: str = Field(description="The full text as it arrived: caption, dateline, story, credits.")
    language: str = "en"
    published_at: UtcDatetime
    ingested_at: UtcDatetime = Field(default_factory=utc_now)
    format: ArticleFormat = "jsonl"
    url: str | None = None
    pubstatus: PubStatus | None = Field(
        default=None, description="ninjs publishing status: usable, or withheld/canceled for a "
                                  "killed story (dead-lettered as withdrawn).")
    embargoed: UtcDatetime | None = Field(
        default=None, description="Not to be published before this time (ninjs `embargoed`); "
                                  "dead-lettered as embargoed while it lies in the future.")
    version: str | None = Field(default=None, description="The source's version of the item "
                                                          "(ninjs `version`), e.g. \"2\".")

    @field_validator("body")
    @classmethod
    def _body_has_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the article body is empty")
        return value


class Dateline(WireModel):
    """Where and by whom a story was filed: `SRINAGAR, India (Reuters) -`."""

    place: str
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 of the place.")
    agency: str | None = None
    start: int = 0
    end: int = 0


class Credits(WireModel):
    """People credited for the copy; these are never entities."""

    reporters: list[str] = Field(default_factory=list)
    editors: list[str] = Field(default_factory=list)
    photographers: list[str] = Field(default_factory=list)


class Entity(WireModel):
    """A named entity of the story text, merged over its mentions and linked when known."""

    text: str = Field(description="The fullest surface form seen in the body.")
    canonical: str
    type: EntityType
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3.")
    wikidata: str | None = Field(default=None, description="Wikidata QID, e.g. Q30.")
    role: ActorRole | None = None
    mentions: int = 1
    spans: list[tuple[int, int]] = Field(default_factory=list,
                                         description="[start, end) offsets into body.")
    linked: bool = Field(default=False, description="True when the gazetteer knows the entity.")


class TopicTag(WireModel):
    """An IPTC Media Topic with its score and the cues that gave it."""

    code: str = Field(pattern=r"^medtop:\d{8}$")
    label: str
    score: float
    parent: str | None = None
    cues: list[str] = Field(default_factory=list)


class EnrichedArticle(RawArticle):
    """A RawArticle plus layout, linked entities, countries, topics and its story."""

    dateline: Dateline | None = None
    caption: str | None = None
    credits: Credits = Field(default_factory=Credits)
    story_span: tuple[int, int] = Field(
        default=(0, 0), description="[start, end) of the story text in body, without caption, "
                                    "dateline and credits.")
    entities: list[Entity] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list, description="ISO3, most salient first.")
    topics: list[TopicTag] = Field(default_factory=list)
    story_id: str = ""
    is_update: bool = False
    enriched_at: UtcDatetime = Field(default_factory=utc_now)
    pipeline_version: str = ""
    enrich_mode: Literal["fast", "model"] = "fast"
