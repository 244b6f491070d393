"""Entity mentions: gazetteer matches (Aho-Corasick) and model spans, merged and linked."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

import ahocorasick

from pipeline.enrich.gazetteer import Gazetteer, GazetteerEntry
from pipeline.enrich.ner import ModelSpan
from pipeline.enrich.places import city_countries
from schemas.articles import ActorRole, EntityType


@dataclass(frozen=True)
class Mention:
    """One mention in the body: [start, end) offsets, surface text and what it links to."""

    start: int
    end: int
    text: str
    canonical: str
    type: EntityType
    country: str | None = None
    qid: str | None = None
    role: ActorRole | None = None
    linked: bool = False
    kind: str = "entity"


def mention_from_entry(start: int, end: int, text: str, entry: GazetteerEntry) -> Mention:
    """A linked mention."""
    return Mention(start, end, text, entry.canonical, entry.type, entry.country, entry.qid,
                   entry.role, True, entry.kind)


def build_automaton(gazetteer: Gazetteer) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton over every surface form and known surname (case-sensitive)."""
    automaton = ahocorasick.Automaton()
    for surname, people in gazetteer.people_by_surname.items():
        if len(surname) > 2 and surname not in gazetteer.forms:
            automaton.add_word(surname, (len(surname), people[0], "surname"))
    for form, entry in gazetteer.forms.items():
        automaton.add_word(form, (len(form), entry, entry.kind))
    automaton.make_automaton()
    return automaton


def _is_boundary(text: str, index: int) -> bool:
    return index < 0 or index >= len(text) or not text[index].isalnum()


def gazetteer_mentions(text: str, offset: int, automaton: ahocorasick.Automaton) -> list[Mention]:
    """Longest non-overlapping whole-word gazetteer matches in text, offsets shifted by offset."""
    candidates: list[tuple[int, int, GazetteerEntry, str]] = []
    for end_index, (length, entry, kind) in automaton.iter(text):
        start = end_index - length + 1
        end = end_index + 1
        if _is_boundary(text, start - 1) and _is_boundary(text, end):
            candidates.append((start, end, entry, kind))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    chosen: list[Mention] = []
    last_end = -1
    for start, end, entry, kind in candidates:
        if start < last_end:
            continue
        mention = mention_from_entry(offset + start, offset + end, text[start:end], entry)
        if kind == "surname":
            # A bare surname counts only where the full name appears too (resolve_surnames).
            mention = Mention(mention.start, mention.end, mention.text, mention.text, "PERSON",
                              kind="surname")
        chosen.append(mention)
        last_end = end
    return chosen


_LEADING = ("the ", "The ")
_MODEL_TYPES: dict[str, EntityType] = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE",
                                       "LOC": "LOC", "NORP": "NORP", "FAC": "FAC",
                                       "EVENT": "EVENT"}


def link_model_span(start: int, end: int, text: str, label: str,
                    gazetteer: Gazetteer) -> Mention | None:
    """A model entity, cleaned and linked through the gazetteer or the city index."""
    entity_type = _MODEL_TYPES.get(label)
    if entity_type is None:
        return None
    # "The Hague" keeps its article: it is part of the name.
    keep_article = text.startswith("The ") and (text in gazetteer.forms
                                                or text in city_countries())
    for prefix in () if keep_article else _LEADING:
        if text.startswith(prefix):
            start += len(prefix)
            text = text[len(prefix):]
    if text.endswith(("'s", "’s")):
        end -= 2
        text = text[:-2]
    text = text.strip()
    if len(text) < 2 or not any(ch.isupper() for ch in text) or "/" in text:
        return None
    entry = gazetteer.forms.get(text)
    if entry is not None and entity_type == "ORG" and entry.kind == "capital":
        # "Madrid beat Sevilla": the model reads a club from the context; it keeps the country.
        return Mention(start, end, text, text, "ORG", entry.country)
    if entry is not None:
        return mention_from_entry(start, end, text, entry)
    if entity_type in ("GPE", "LOC", "FAC"):
        city = city_countries().get(text)
        if city is not None:
            return Mention(start, end, text, text, "GPE", city[0], linked=True, kind="city")
    if entity_type == "NORP" or text in FRAGMENTS or (text.isupper() and len(text) <= 3 \
            and entity_type != "ORG"):
        # An adjective the gazetteer does not tie to a country ("European", "Bavarian"),
        # or a capitalised word the model cut out of a longer name ("Defence", "North").
        return None
    return Mention(start, end, text, text, entity_type)


FRAGMENTS = frozenset("""Defense Defence Interior Foreign Finance Justice North South East West
Western Eastern Northern Southern Central State States Army Navy Military Cabinet Ministry
Government Police Riot Protests Junta Islamic GMT AI Internet Coalition Alliance Republic
Kingdom Union Council Committee Court Senate Congress Parliament""".split())


_PLACE_KINDS = frozenset({"country", "capital", "demonym", "city"})
# A preposition of place right before a name; "at" and "to" are left out, as sports results
# use them for clubs ("Chicago at Boston", "lost to Madrid").
_PLACE_BEFORE = re.compile(r"\b(?:in|on|over|near|outside|into)\s+$")


def overlaps(a: Mention, b: Mention) -> bool:
    """True when two mentions share any character."""
    return a.start < b.end and b.start < a.end


def merge_model_mentions(linked: list[Mention], model: list[Mention]) -> list[Mention]:
    """Gazetteer mentions win; model mentions fill the gaps (or replace a shorter overlap)."""
    result = list(linked)
    for mention in model:
        clashes = [m for m in result if overlaps(m, mention)]
        if not clashes:
            result.append(mention)
        elif (not mention.linked and mention.type in ("ORG", "FAC", "EVENT")
              and all(m.start >= mention.start and m.end <= mention.end
                      and m.kind in _PLACE_KINDS for m in clashes)
              and mention.end - mention.start > max(m.end - m.start for m in clashes)):
            # "The Washington Post", "Russian Defence Ministry": a body named after a place.
            for clash in clashes:
                result.remove(clash)
            result.append(replace(mention, country=clashes[0].country))
        elif (mention.type == "ORG" and len(clashes) == 1 and clashes[0].kind in _PLACE_KINDS
              and (clashes[0].start, clashes[0].end) == (mention.start, mention.end)):
            # "Melbourne beat Essex": a club named after its city, typed ORG by the model from
            # the context, keeps the city's country.
            result.remove(clashes[0])
            result.append(replace(mention, country=clashes[0].country))
        elif (mention.type == "PERSON" and all(m.start >= mention.start and m.end <= mention.end
                                               and m.type == "PERSON" for m in clashes)
              and not any(m.canonical == mention.text for m in clashes)
              and mention.end - mention.start > max(m.end - m.start for m in clashes)):
            # "Diosdado Cabello" tagged whole by the model, only "Cabello" known: keep the whole.
            for clash in clashes:
                result.remove(clash)
            result.append(replace(mention, role=clashes[0].role, country=clashes[0].country))
    return sorted(result, key=lambda m: m.start)


def article_mentions(story: str, offset: int, spans: Iterable[ModelSpan], gazetteer: Gazetteer,
                     automaton: ahocorasick.Automaton) -> list[Mention]:
    """Every mention in a story (at offset in the body): gazetteer matches, model spans merged."""
    linked = gazetteer_mentions(story, offset, automaton)
    model: list[Mention] = []
    for start, end, text, label in spans:
        place = (label == "ORG" and text in city_countries()
                 and _PLACE_BEFORE.search(story[max(0, start - 12):start]) is not None)
        # "a bomb dropped on Nagasaki": a city, whatever the model read.
        mention = link_model_span(offset + start, offset + end, text, "GPE" if place else label,
                                  gazetteer)
        if mention is not None:
            model.append(mention)
    return merge_model_mentions(linked, model)
