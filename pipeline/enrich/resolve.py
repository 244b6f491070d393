"""From mentions to entities: credits removed, surnames resolved, types fixed, mentions merged."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pipeline.enrich.gazetteer import Gazetteer
from pipeline.enrich.mentions import Mention
from schemas import Credits, Entity

AGENCY_NAMES = frozenset({"Reuters", "AP", "AFP", "Associated Press", "Agence France-Presse",
                          "Agence France Presse", "Thomson Reuters", "Bloomberg News"})
_TYPE_PREFERENCE = {"PERSON": 0, "GPE": 1, "ORG": 2, "LOC": 3, "FAC": 4, "NORP": 5, "EVENT": 6}


def drop_credits_and_agencies(mentions: Iterable[Mention], credits: Credits) -> list[Mention]:
    """No reporter, editor, photographer or agency is ever an entity."""
    people = {*credits.reporters, *credits.editors, *credits.photographers}
    return [m for m in mentions if m.text not in people and m.text not in AGENCY_NAMES
            and m.canonical not in AGENCY_NAMES]


def resolve_surnames(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Maduro" after "Nicolas Maduro" is Nicolas Maduro, whatever type the model gave it."""
    full_names: dict[str, Mention] = {}
    for mention in mentions:
        if mention.type in ("PERSON", "ORG") and " " in mention.canonical:
            full_names.setdefault(mention.canonical.split()[-1], mention)
    resolved: list[Mention] = []
    for mention in mentions:
        single = " " not in mention.text
        if single and mention.text in full_names and mention.canonical != full_names[
                mention.text].canonical and mention.kind not in ("country", "capital", "demonym"):
            person = full_names[mention.text]
            resolved.append(replace(mention, canonical=person.canonical, type=person.type,
                                    country=person.country, qid=person.qid, role=person.role,
                                    linked=person.linked))
            continue
        if single and not mention.linked and mention.text in gazetteer.people_by_surname:
            known = gazetteer.people_by_surname[mention.text]
            if len(known) == 1:
                entry = known[0]
                resolved.append(replace(mention, canonical=entry.canonical, type="PERSON",
                                        country=entry.country, qid=entry.qid, role=entry.role,
                                        linked=True))
                continue
        if mention.kind == "surname":
            continue  # a known surname whose full name this article never gives
        resolved.append(mention)
    return resolved


def merge_entities(mentions: Iterable[Mention]) -> list[Entity]:
    """One entity per canonical name, in order of first mention, with every span."""
    grouped: dict[str, list[Mention]] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        grouped.setdefault(mention.canonical, []).append(mention)
    entities = []
    for canonical, group in grouped.items():
        linked = [m for m in group if m.linked]
        best = linked[0] if linked else group[0]
        entity_type = min((m.type for m in group), key=lambda t: _TYPE_PREFERENCE.get(t, 9))
        if best.linked and best.kind == "entity":
            entity_type = best.type  # the gazetteer knows better than the model
        entities.append(Entity(
            text=max((m.text for m in group), key=len), canonical=canonical, type=entity_type,
            country=best.country, wikidata=best.qid, role=best.role, mentions=len(group),
            spans=[(m.start, m.end) for m in group], linked=best.linked))
    return entities


_WEIGHT = {"GPE": 1.0, "NORP": 0.8, "LOC": 0.6, "FAC": 0.4, "PERSON": 0.5, "ORG": 0.5,
           "EVENT": 0.3}


def rank_countries(entities: list[Entity], story_span: tuple[int, int],
                   dateline_country: str | None, headline_countries: Iterable[str] = ()) -> list[str]:
    """Countries by salience: mentions weighted by kind, the lead and the headline count more."""
    start, end = story_span
    lead_end = start + max(1, (end - start) // 4)
    score: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    for entity in entities:
        if not entity.country:
            continue
        weight = _WEIGHT.get(entity.type, 0.5)
        for span in entity.spans:
            bonus = 1.5 if span[0] < lead_end else 1.0
            score[entity.country] = score.get(entity.country, 0.0) + weight * bonus
            first_seen.setdefault(entity.country, span[0])
    for country in headline_countries:
        score[country] = score.get(country, 0.0) + 1.5
        first_seen.setdefault(country, start - 1)
    if dateline_country:
        score[dateline_country] = score.get(dateline_country, 0.0) + 0.5
        first_seen.setdefault(dateline_country, start)
    return sorted(score, key=lambda c: (-score[c], first_seen[c]))
