"""The fill-in values of one synthetic article, drawn lazily and kept consistent within it.

A `Context` is the mapping templates are formatted with. Entity fields (`country`, `leader`,
`team`, `ceo`...) are drawn on first use and then reused for the rest of the article, so a
story keeps its cast; number fields (`n_dozen`, `pct`...) are drawn afresh at every use.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from pipeline.corpus import _templates as tpl
from pipeline.corpus import _vocabulary as voc
from pipeline.corpus._vocabulary import Company, Country, Team

_HOME_OF_CITY: dict[str, Country] = {}
for _country in reversed(voc.COUNTRIES):   # the first country listing a city wins
    for _city in (_country.capital, *_country.cities):
        _HOME_OF_CITY[_city] = _country
_HOME_OF_CITY["Hong Kong"] = voc.COUNTRY_BY_NAME["China"]
_ELECTORAL = tuple(c for c in voc.COUNTRIES if c.name not in voc.NO_ELECTIONS)
_SOUTH_AMERICAN_LEAGUES = frozenset(("the Brasileirao", "the Argentine Primera Division"))


def person(rng: random.Random) -> str:
    """An invented full name."""
    return f"{rng.choice(voc.FIRST_NAMES)} {rng.choice(voc.LAST_NAMES)}"


def _name(ctx: Context) -> str:
    return person(ctx.rng)


def _article(word: str) -> str:
    return f"an {word}" if word[0] in "aeiou" else f"a {word}"


def _number(value: int) -> str:
    return f"{value:,}"


class Context(dict[str, str]):
    """Template values of one article; missing keys are drawn on demand."""

    def __init__(self, rng: random.Random, domain: str, published: datetime, agency: str) -> None:
        super().__init__()
        self.rng = rng
        self.published = published
        self.agency = agency
        self.company: Company | None = None
        self.team: Team | None = None
        if domain.startswith("conflict"):
            first, second = voc.RIVALS[rng.randrange(len(voc.RIVALS))]
            if rng.random() < 0.5:
                first, second = second, first
            self.country = voc.COUNTRY_BY_NAME[first]
            self.rival = voc.COUNTRY_BY_NAME[second]
        else:
            if domain == "economy":
                self.company = rng.choice(voc.COMPANIES)
                home = _HOME_OF_CITY.get(self.company.city)
                self.country = home if home is not None else rng.choice(voc.COUNTRIES)
            elif domain == "sport":
                self.team = rng.choice(voc.TEAMS)
                self.country = rng.choice(voc.COUNTRIES)
            elif domain == "politics":
                self.country = rng.choice(_ELECTORAL)
            else:
                self.country = rng.choice(voc.COUNTRIES)
            self.rival = self._other(self.country)
        self._third: Country | None = None
        self._hotspot: tuple[Country, Country] | None = None

    def _other(self, *taken: Country) -> Country:
        while True:
            candidate = self.rng.choice(voc.COUNTRIES)
            if candidate not in taken:
                return candidate

    @property
    def third(self) -> Country:
        """A third country: mediator, host or bystander."""
        if self._third is None:
            self._third = self._other(self.country, self.rival)
        return self._third

    @property
    def hotspot(self) -> tuple[Country, Country]:
        """Two adversaries whose conflict a story mentions in passing."""
        if self._hotspot is None:
            first, second = self.rng.choice(voc.RIVALS)
            self._hotspot = (voc.COUNTRY_BY_NAME[first], voc.COUNTRY_BY_NAME[second])
        return self._hotspot

    def __missing__(self, key: str) -> str:
        dynamic = _DYNAMIC.get(key)
        if dynamic is not None:
            return dynamic(self)
        value = _LAZY[key](self)
        self[key] = value
        return value


def _company(ctx: Context) -> Company:
    if ctx.company is None:
        ctx.company = ctx.rng.choice(voc.COMPANIES)
    return ctx.company


def _team(ctx: Context) -> Team:
    if ctx.team is None:
        ctx.team = ctx.rng.choice(voc.TEAMS)
    return ctx.team


def _team2(ctx: Context) -> str:
    team = _team(ctx)
    same_league = [other for other in voc.TEAMS if other.league == team.league and other != team]
    return ctx.rng.choice(same_league or [t for t in voc.TEAMS if t != team]).name


def _cup(ctx: Context) -> str:
    if _team(ctx).league in _SOUTH_AMERICAN_LEAGUES:
        return voc.SOUTH_AMERICAN_CUP
    return ctx.rng.choice(voc.CUP_COMPETITIONS)


def _company2(ctx: Context) -> str:
    first = _company(ctx)
    peers = [c for c in voc.COMPANIES if c.sector == first.sector and c != first]
    return ctx.rng.choice(peers or [c for c in voc.COMPANIES if c != first]).name


def _defmin(ctx: Context) -> str:
    title = "Defense Secretary" if ctx.country.name == "United States" else "Defence Minister"
    return f"{ctx.country.adj} {title} {person(ctx.rng)}"


def _formin(country: Country, ctx: Context) -> str:
    title = "Secretary of State" if country.name == "United States" else "Foreign Minister"
    return f"{country.adj} {title} {person(ctx.rng)}"


def _leader(country: Country) -> str:
    return f"{country.adj} {country.leader_title} {country.leader_name}"


def _last(key: str) -> Callable[[Context], str]:
    """The surname of the person named by another field."""
    return lambda ctx: ctx[key].rsplit(" ", 1)[-1]


def _score(ctx: Context) -> str:
    winner = ctx.rng.choice((1, 2, 2, 2, 3, 3, 4, 5))
    ctx["score_l"] = str(ctx.rng.randrange(winner))
    return str(winner)


def _score_l(ctx: Context) -> str:
    ctx["score_w"] = _score(ctx)
    return ctx["score_l"]


def _votes_for(ctx: Context) -> str:
    ctx["votes_against"] = str(ctx.rng.randint(90, 240))
    return str(ctx.rng.randint(250, 420))


def _votes_against(ctx: Context) -> str:
    ctx["votes_for"] = _votes_for(ctx)
    return ctx["votes_against"]


def _ordinal(value: int) -> str:
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def _table_record(ctx: Context) -> str:
    played = ctx.rng.randint(8, 36)
    return f"{ctx.rng.randint(played, played * 2 + 8)} points from {played} matches"


def _time_phrase(ctx: Context) -> str:
    day = ctx["day"]
    return ctx.rng.choice((f"on {day}", f"early on {day}", f"late on {day}", "overnight",
                           f"on {day} morning", f"on {day} afternoon"))


def _caption_date(ctx: Context) -> str:
    when = ctx.published - timedelta(days=ctx.rng.choice((0, 0, 0, 1)))
    return f"{voc.MONTHS[when.month - 1]} {when.day}, {when.year}"


_SOURCES = ("a senior military source", "two officials familiar with the matter",
            "a security source", "a diplomat in the region", "an official at the ministry")

_LAZY: dict[str, Callable[[Context], str]] = {
    # Countries and their people.
    "country": lambda ctx: ctx.country.text,
    "country_name": lambda ctx: ctx.country.name,
    "country_adj": lambda ctx: ctx.country.adj,
    "capital": lambda ctx: ctx.country.capital,
    "city": lambda ctx: ctx.rng.choice(ctx.country.cities),
    "leader": lambda ctx: _leader(ctx.country),
    "leader_name": lambda ctx: ctx.country.leader_name,
    "leader_last": lambda ctx: ctx.country.leader_last,
    "rival": lambda ctx: ctx.rival.text,
    "rival_name": lambda ctx: ctx.rival.name,
    "rival_adj": lambda ctx: ctx.rival.adj,
    "rival_capital": lambda ctx: ctx.rival.capital,
    "rival_city": lambda ctx: ctx.rng.choice(ctx.rival.cities),
    "rival_leader": lambda ctx: _leader(ctx.rival),
    "third": lambda ctx: ctx.third.text,
    "third_name": lambda ctx: ctx.third.name,
    "third_adj": lambda ctx: ctx.third.adj,
    "third_capital": lambda ctx: ctx.third.capital,
    "third_leader": lambda ctx: _leader(ctx.third),
    "third_leader_name": lambda ctx: ctx.third.leader_name,
    "third_leader_last": lambda ctx: ctx.third.leader_last,
    "defmin": _defmin,
    "formin": lambda ctx: _formin(ctx.country, ctx),
    "formin_last": _last("formin"),
    "rival_formin": lambda ctx: _formin(ctx.rival, ctx),
    "finmin": _name,
    "spokes_desc": lambda ctx: (f"{person(ctx.rng)}, a spokesperson for the {ctx.country.adj} "
                                "armed forces"),
    "analyst_desc": lambda ctx: f"{person(ctx.rng)}, a senior fellow at {ctx['think_tank']}",
    "governor_desc": lambda ctx: f"{person(ctx.rng)}, the regional governor",
    "diplomat_desc": lambda ctx: (f"{person(ctx.rng)}, a former {ctx.country.adj} ambassador "
                                  f"to {ctx.third.text}"),
    "think_tank": lambda ctx: ctx.rng.choice(voc.THINK_TANKS),
    "org": lambda ctx: ctx.rng.choice(voc.ORGANISATIONS),
    "bloc": lambda ctx: ctx.rng.choice([body for body in voc.SANCTIONING_BODIES
                                        if body not in (ctx.rival.text, ctx.rival.name)]),
    "relief_org": lambda ctx: ctx.rng.choice(tpl.RELIEF_ORGS),
    "unit": lambda ctx: ctx.rng.choice(voc.UNITS),
    "weapons": lambda ctx: ctx.rng.choice(voc.WEAPONS),
    "topic": lambda ctx: ctx.rng.choice(tpl.TOPICS),
    "hotspot": lambda ctx: (f"the conflict between {ctx.hotspot[0].text} and "
                            f"{ctx.hotspot[1].text}"),
    "hot_country": lambda ctx: ctx.hotspot[0].text,
    # Markets.
    "company": lambda ctx: _company(ctx).name,
    "company_city": lambda ctx: _company(ctx).city,
    "sector": lambda ctx: _company(ctx).sector,
    "index": lambda ctx: _company(ctx).market_index,
    "company2": _company2,
    "benchmark": lambda ctx: ctx.rng.choice(voc.BENCHMARKS),
    "central_bank": lambda ctx: ctx.rng.choice(voc.CENTRAL_BANKS),
    "currency": lambda ctx: ctx.rng.choice(voc.CURRENCIES),
    "commodity": lambda ctx: ctx.rng.choice(voc.COMMODITIES),
    "bank": lambda ctx: ctx.rng.choice(voc.BANKS),
    "ceo": lambda ctx: f"{_company(ctx).name} Chief Executive {person(ctx.rng)}",
    "economist_desc": lambda ctx: f"{person(ctx.rng)}, chief economist at {ctx['bank']}",
    "analyst_market_desc": lambda ctx: (f"{person(ctx.rng)}, head of equity strategy at "
                                        f"{ctx.rng.choice(voc.BANKS)}"),
    "cb_official": lambda ctx: (f"{ctx['central_bank'].removeprefix('the ')} policymaker "
                                f"{person(ctx.rng)}"),
    # Sport.
    "team": lambda ctx: _team(ctx).name,
    "team_city": lambda ctx: _team(ctx).city,
    "team2": _team2,
    "league": lambda ctx: _team(ctx).league,
    "league_name": lambda ctx: _team(ctx).league.removeprefix("the "),
    "cup": _cup,
    "player": _name,
    "player_last": _last("player"),
    "player2": _name,
    "player_desc": lambda ctx: f"{ctx['player']}, the {ctx['team']} forward",
    "rival_player": _name,
    "rival_player_desc": lambda ctx: f"{ctx['rival_player']}, the {ctx['team2']} captain",
    "coach": lambda ctx: f"{ctx['team']} coach {person(ctx.rng)}",
    "coach_last": _last("coach"),
    "rival_coach": lambda ctx: f"{ctx['team2']} coach {person(ctx.rng)}",
    "rival_coach_last": _last("rival_coach"),
    "score_w": _score,
    "score_l": _score_l,
    # Politics.
    "party": lambda ctx: ctx.rng.choice(voc.PARTIES),
    "opp_party": lambda ctx: ctx.rng.choice([p for p in voc.PARTIES if p != ctx["party"]]),
    "opp_leader": _name,
    "opp_leader_last": _last("opp_leader"),
    "opp_leader_desc": lambda ctx: f"{ctx['opp_leader']}, leader of the {ctx['opp_party']}",
    "lawmaker_desc": lambda ctx: f"{person(ctx.rng)}, a lawmaker from the {ctx['party']}",
    "votes_for": _votes_for,
    "votes_against": _votes_against,
    # Disasters, science, health, crime.
    "hazard": lambda ctx: ctx.rng.choice(voc.HAZARDS),
    "hazard_a": lambda ctx: _article(ctx["hazard"]),
    "hazard_title": lambda ctx: ctx["hazard"].capitalize(),
    "rescue_chief": lambda ctx: f"national disaster agency chief {person(ctx.rng)}",
    "resident_desc": lambda ctx: (f"{person(ctx.rng)}, a {ctx.rng.randint(24, 78)}-year-old "
                                  f"resident of {ctx['city']}"),
    "space_agency": lambda ctx: ctx.rng.choice(voc.SPACE_AGENCIES),
    "mission": lambda ctx: ctx.rng.choice(voc.MISSIONS),
    "university": lambda ctx: ctx.rng.choice(voc.UNIVERSITIES),
    "journal": lambda ctx: ctx.rng.choice(voc.JOURNALS),
    "finding": lambda ctx: ctx.rng.choice(tpl.FINDINGS).format_map(ctx),
    "field": lambda ctx: ctx.rng.choice(tpl.FIELDS_OF_STUDY),
    "scientist": lambda ctx: f"lead researcher {person(ctx.rng)}",
    "scientist_desc": lambda ctx: (f"{person(ctx.rng)}, a researcher at {ctx['university']} "
                                   "who led the study"),
    "disease": lambda ctx: ctx.rng.choice(voc.DISEASES),
    "disease_title": lambda ctx: ctx["disease"][0].upper() + ctx["disease"][1:],
    "region_word": lambda ctx: ctx.rng.choice(tpl.REGION_WORDS),
    "health_min": lambda ctx: f"{ctx.country.adj} Health Minister {person(ctx.rng)}",
    "doctor_desc": lambda ctx: f"{person(ctx.rng)}, a doctor at a hospital in {ctx['city']}",
    "who_official": lambda ctx: f"WHO emergencies official {person(ctx.rng)}",
    "police_chief": lambda ctx: f"{ctx['city']} police chief {person(ctx.rng)}",
    "prosecutor_desc": lambda ctx: f"{person(ctx.rng)}, the lead prosecutor in the case",
    # Time and attribution.
    "agency_name": lambda ctx: "Reuters" if ctx.agency == "Reuters" else "The Associated Press",
    "day": lambda ctx: voc.WEEKDAYS[ctx.published.weekday()],
    "caption_date": _caption_date,
    "year_future": lambda ctx: str(ctx.published.year + ctx.rng.randint(2, 9)),
}

_DYNAMIC: dict[str, Callable[[Context], str]] = {
    "n2_9": lambda ctx: voc.NUMBER_WORDS[ctx.rng.randint(2, 9)],
    "n_dozen": lambda ctx: str(ctx.rng.randint(10, 95)),
    "n_hundreds": lambda ctx: str(ctx.rng.randint(110, 950)),
    "n_thousands": lambda ctx: _number(ctx.rng.randint(12, 480) * 100),
    "pct": lambda ctx: f"{ctx.rng.randint(5, 49) / 10:.1f}%",
    "pct_small": lambda ctx: f"{ctx.rng.randint(1, 9) / 10:.1f}%",
    "pct_big": lambda ctx: f"{ctx.rng.randint(11, 68)}%",
    "bn": lambda ctx: f"${ctx.rng.randint(12, 480) / 10:.1f} billion",
    "cash": lambda ctx: f"${_number(ctx.rng.randint(4, 240) * 5000)}",
    "mn": lambda ctx: f"${ctx.rng.randint(3, 95) * 10} million",
    "hours": lambda ctx: str(ctx.rng.choice((6, 12, 24, 36, 48, 72))),
    "km": lambda ctx: str(ctx.rng.randint(3, 60) * 5),
    "minute": lambda ctx: _ordinal(ctx.rng.randint(3, 89)),
    "table_record": _table_record,
    "age": lambda ctx: str(ctx.rng.randint(19, 67)),
    "weekday": lambda ctx: ctx.rng.choice(voc.WEEKDAYS),
    "month": lambda ctx: ctx.rng.choice(voc.MONTHS),
    "year_past": lambda ctx: str(ctx.published.year - ctx.rng.randint(2, 30)),
    "time_phrase": _time_phrase,
    "source": lambda ctx: ctx.rng.choice(_SOURCES),
}

FIELDS = frozenset(_LAZY) | frozenset(_DYNAMIC)
"""Every field a template may use."""
