"""The CAMEO-aligned escalation lexicon (YAML), user watchlists, and their compiled matchers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, Field, model_validator

from pipeline.datafiles import load_yaml_model
from pipeline.enrich.gazetteer import EntityRecord
from pipeline.text.phrases import PhraseMatcher

LEXICON_FILE = Path(__file__).resolve().parent / "data" / "lexicon.yaml"
CATEGORY_CODE = r"^(1[3-9]|20)$"


class CategoryRecord(BaseModel):
    """A CAMEO root category and its Goldstein intensity."""

    code: str = Field(pattern=CATEGORY_CODE)
    name: str
    goldstein: float = Field(ge=-10, le=10)


class CueRecord(BaseModel):
    """Cue phrases of one kind of event."""

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    category: str = Field(pattern=CATEGORY_CODE)
    weight: float = Field(default=1.0, ge=0.1, le=2.0)
    patterns: list[str] = Field(min_length=1)
    requires_actor: bool = False
    casualties: bool = False
    nuclear: bool = False
    # Categories whose cue in the same sentence makes this one a part of that act: a raid
    # that makes arrests is the arrest (CAMEO 17), not an assault.
    subordinate_to: list[Annotated[str, Field(pattern=CATEGORY_CODE)]] = Field(default_factory=list)


class Modifiers(BaseModel):
    """Phrases that lower or cancel a cue in the same sentence."""

    negation: list[str] = Field(default_factory=list)
    hedge: list[str] = Field(default_factory=list)
    historical: list[str] = Field(default_factory=list)
    deescalation: list[str] = Field(default_factory=list)
    background: list[str] = Field(default_factory=list)
    # "accusing them of", "over", "in response to": what follows an act is its stated cause.
    cause: list[str] = Field(default_factory=list)
    # "refugees fleeing the war": the war is why they fled.
    displacement: list[str] = Field(default_factory=list)
    # "joint exercises": military cooperation, not force posture.
    cooperation: list[str] = Field(default_factory=list)
    # "condemned", "condolences": a statement about violence, not news of it.
    reaction: list[str] = Field(default_factory=list)
    # "if", "could", "in the event of": what is said may happen, not what happened.
    conditional: list[str] = Field(default_factory=list)
    # "factory", "ordered", "delivery": weapons made, bought or given, not used.
    supply: list[str] = Field(default_factory=list)


MODIFIER_KINDS = ("negation", "hedge", "historical", "deescalation", "background", "cause",
                  "conditional", "supply", "reaction", "displacement", "cooperation")


class LexiconFile(BaseModel):
    """The lexicon file."""

    version: int
    categories: list[CategoryRecord]
    cues: list[CueRecord]
    modifiers: Modifiers = Field(default_factory=Modifiers)
    metaphor_domains: dict[str, list[str]] = Field(default_factory=dict)
    # Word forms that name a weapon; a cue made only of them says a weapon exists, not that
    # it was used.
    weapon_nouns: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _cues_name_known_categories(self) -> LexiconFile:
        known = {c.code for c in self.categories}
        for cue in self.cues:
            if cue.category not in known:
                raise ValueError(f"cue {cue.id} names unknown category {cue.category}")
            unknown = sorted(set(cue.subordinate_to) - known)
            if unknown:
                raise ValueError(f"cue {cue.id} is subordinate to unknown categories "
                                 f"{', '.join(unknown)}")
        ids = [c.id for c in self.cues]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate cue ids: {', '.join(duplicates)}")
        return self


class WatchlistFile(BaseModel):
    """A user's watchlist: extra cues, extra entities, countries whose alerts rank higher."""

    version: int = 1
    cues: list[CueRecord] = Field(default_factory=list)
    entities: list[EntityRecord] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class Lexicon:
    """Compiled matchers over the lexicon and any watchlist."""

    categories: dict[str, CategoryRecord]
    cues: dict[str, CueRecord]
    cue_matcher: PhraseMatcher
    modifier_matcher: PhraseMatcher  # keys: MODIFIER_KINDS
    metaphor_matcher: PhraseMatcher  # keys: domain names
    watched_countries: frozenset[str]
    weapon_nouns: frozenset[str] = frozenset()


def compile_lexicon(data: LexiconFile, watchlist: WatchlistFile | None = None) -> Lexicon:
    """Matchers for cues, modifiers and metaphor domains."""
    cues = {c.id: c for c in data.cues}
    if watchlist is not None:
        cues.update({c.id: c for c in watchlist.cues})
    cue_matcher = PhraseMatcher()
    for cue in cues.values():
        cue_matcher.add(cue.id, cue.patterns)
    modifier_matcher = PhraseMatcher()
    for name in MODIFIER_KINDS:
        modifier_matcher.add(name, getattr(data.modifiers, name))
    metaphor_matcher = PhraseMatcher()
    for domain, phrases in data.metaphor_domains.items():
        metaphor_matcher.add(domain, phrases)
    return Lexicon({c.code: c for c in data.categories}, cues, cue_matcher, modifier_matcher,
                   metaphor_matcher,
                   frozenset(watchlist.countries) if watchlist is not None else frozenset(),
                   frozenset(w.lower() for w in data.weapon_nouns))


def load_watchlist(path: Path | None) -> WatchlistFile | None:
    """A user's watchlist file, validated, or None when no path is set."""
    return load_yaml_model(path, WatchlistFile) if path is not None else None


def load_lexicon(path: Path | None = None, watchlist: Path | None = None) -> Lexicon:
    """The lexicon from YAML (the built-in one by default) plus an optional watchlist."""
    data = load_yaml_model(path or LEXICON_FILE, LexiconFile)
    return compile_lexicon(data, load_watchlist(watchlist))


@cache
def default_lexicon() -> Lexicon:
    """The built-in lexicon, compiled once."""
    return load_lexicon()
