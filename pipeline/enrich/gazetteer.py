"""The in-house gazetteer: countries, capitals, leaders, forces, bodies and armed groups."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, Field

from pipeline.datafiles import load_yaml_model
from schemas.articles import ActorRole, EntityType

DATA_DIR = Path(__file__).resolve().parent / "data"
GAZETTEER_FILE = DATA_DIR / "gazetteer.yaml"


class CountryRecord(BaseModel):
    """A country as the gazetteer file lists it."""

    iso3: str = Field(pattern=r"^[A-Z]{3}$")
    name: str
    aliases: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    capital: str | None = None
    qid: str | None = Field(default=None, pattern=r"^Q\d+$")
    nuclear: bool = False


class EntityRecord(BaseModel):
    """A person, body, force, group or place as the gazetteer file lists it."""

    canonical: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    role: ActorRole | None = None
    qid: str | None = Field(default=None, pattern=r"^Q\d+$")


class GazetteerFile(BaseModel):
    """The whole gazetteer file."""

    version: int
    countries: list[CountryRecord]
    entities: list[EntityRecord] = Field(default_factory=list)


@dataclass(frozen=True)
class GazetteerEntry:
    """What a surface form links to."""

    canonical: str
    type: EntityType
    country: str | None
    qid: str | None
    role: ActorRole | None
    kind: str  # country | demonym | capital | entity


@dataclass
class Gazetteer:
    """Surface form -> entry, plus country facts; built once per process."""

    forms: dict[str, GazetteerEntry]
    countries: dict[str, CountryRecord]
    people_by_surname: dict[str, list[GazetteerEntry]]

    def country_name(self, iso3: str) -> str:
        """The common English name of a country code."""
        record = self.countries.get(iso3)
        return record.name if record else iso3

    def is_nuclear(self, iso3: str) -> bool:
        """True for nuclear-armed states."""
        record = self.countries.get(iso3)
        return bool(record and record.nuclear)


def build_gazetteer(data: GazetteerFile) -> Gazetteer:
    """Index every surface form; entity aliases never shadow a country's own name."""
    forms: dict[str, GazetteerEntry] = {}
    countries = {c.iso3: c for c in data.countries}
    for country in data.countries:
        entry = GazetteerEntry(country.name, "GPE", country.iso3, country.qid, None, "country")
        for form in [country.name, *country.aliases]:
            forms.setdefault(form, entry)
        for demonym in country.demonyms:
            forms.setdefault(demonym, GazetteerEntry(country.name, "NORP", country.iso3,
                                                     country.qid, None, "demonym"))
    for record in data.entities:
        entry = GazetteerEntry(record.canonical, record.type, record.country, record.qid,
                               record.role, "entity")
        for form in [record.canonical, *record.aliases]:
            forms.setdefault(form, entry)
    for country in data.countries:
        if country.capital:
            forms.setdefault(country.capital, GazetteerEntry(
                country.capital, "GPE", country.iso3, None, None, "capital"))
    people: dict[str, list[GazetteerEntry]] = {}
    for record in data.entities:
        if record.type == "PERSON" and " " in record.canonical:
            entry = forms[record.canonical]
            people.setdefault(record.canonical.split()[-1], []).append(entry)
    return Gazetteer(forms=forms, countries=countries, people_by_surname=people)


def load_gazetteer(path: Path = GAZETTEER_FILE,
                   extra_entities: list[EntityRecord] | None = None) -> Gazetteer:
    """The gazetteer from its YAML file; extra entities (a user's watchlist) come first."""
    data = load_yaml_model(path, GazetteerFile)
    if extra_entities:
        data = GazetteerFile(version=data.version, countries=data.countries,
                             entities=[*extra_entities, *data.entities])
    return build_gazetteer(data)


@cache
def default_gazetteer() -> Gazetteer:
    """The built-in gazetteer, loaded once."""
    return load_gazetteer()
