"""Who did what to whom: the source and target of an event, read from its own sentence.

Patterns over the sentence with each actor mention's position relative to the event cue
(measured on the cameo_ner source/target tags, see `pipeline.detect.dyad_eval`):

- the event cue is the sentence's first cue that names an act, not a casualty count ("23
  civilians were killed as Syrian forces launched air strikes on ...": the strikes);
- the source is the first actor before the cue; a place ("in Mozambique's Cabo Delgado",
  "near Goma") only when no other actor is there ("Police in Turkey arrested ...");
- the target is the first other actor or country after the cue;
- in model mode a dependency parse of the event sentence names the cue's subject and object
  first (`pipeline.detect.roles`), and the patterns fill what it leaves.
The first actor beat the nearest one (0.80 against 0.62 on the dev part) and a passive
"by" agent rule lost accuracy, so neither is used.

The alert's subject is the dyad of its event sentences (the sentences of its category), or,
with no two-party dyad, the country of their actors or place; sentences of other categories
(a deployment beside an attack) add countries but never choose the subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.detect.reading import SentenceReading
from pipeline.detect.roles import RoleFinder, Span
from schemas import Dyad, EnrichedArticle, Entity

# Words between a preposition of place and the name: "in the remote central highlands of".
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|inside|across|around|throughout|within|into)\s+"
    r"(?:(?:the|a|an|its|their|remote|northern|southern|eastern|western|central|north|south|"
    r"east|west|northeastern|northwestern|southeastern|southwestern|neighbouring|"
    r"neighboring|occupied|disputed|border|province|region|town|city|village|of)\s+){0,4}$",
    re.IGNORECASE)
_LOOK_BACK = 60  # characters; longer than any run of place words the pattern accepts


@dataclass(frozen=True)
class ActorMention:
    """A mention of an entity in a sentence: where it is and which country it stands for."""

    start: int
    end: int
    country: str | None
    actor: bool  # can act: a state, force, group, body, or a country-bearing name
    place: bool = False  # introduced as where something happened ("in Mozambique")


def mentions_in(text: str, entities: Sequence[Entity], actors: Sequence[Entity], start: int,
                end: int) -> list[ActorMention]:
    """Mentions of entities inside [start, end) of text, in order, with their context."""
    actor_ids = {id(a) for a in actors}
    found = []
    for entity in entities:
        for s, e in entity.spans:
            if start <= s < end:
                before = text[max(start, s - _LOOK_BACK):s]
                found.append(ActorMention(
                    s, e, entity.country, id(entity) in actor_ids,
                    place=_PLACE_BEFORE.search(before) is not None))
    return sorted(found, key=lambda m: m.start)


def pick_dyad(mentions: Sequence[ActorMention], cue_start: int, agent: Span | None = None,
              patient: Span | None = None) -> tuple[ActorMention | None, ActorMention | None]:
    """(source, target) mentions of the event whose cue starts at cue_start.

    `agent` and `patient` are spans a parser found for the cue's subject and object: a
    mention inside the patient is the target before the patterns are asked; the agent
    names the source only when no actor precedes the cue.
    """
    # A cue may begin with its actor ("Israeli warplanes carried out ...") or end with its
    # target ("fired missiles at Israel"): sides are taken from where the cue starts.
    before = [m for m in mentions if m.start <= cue_start and m.actor]
    # "Police in Turkey arrested ...": a place is the source only when no other actor is.
    actors = [m for m in before if not m.place] or before
    # The first actor before the cue beat the parser's subject as source on the dev part
    # (0.81 against 0.79); the parser's subject serves when no actor comes before the cue.
    source = actors[0] if actors else _inside(mentions, agent, None)
    target = _inside(mentions, patient, source) or _first_other(
        [m for m in mentions if m.start > cue_start], source)
    return source, target


def _inside(mentions: Sequence[ActorMention], span: Span | None,
            other: ActorMention | None) -> ActorMention | None:
    if span is None:
        return None
    return next((m for m in mentions if m.start < span[1] and span[0] < m.end
                 and m is not other and (m.actor or m.country)), None)


def _first_other(after: Sequence[ActorMention],
                 source: ActorMention | None) -> ActorMention | None:
    for mention in after:
        if mention.country is None and not mention.actor:
            continue
        if source is None or mention.country is None or mention.country != source.country:
            return mention
    return None


def sentence_dyad(article: EnrichedArticle, reading: SentenceReading,
                  roles: RoleFinder | None = None,
                  category: str | None = None) -> tuple[ActorMention | None,
                                                        ActorMention | None,
                                                        list[ActorMention]]:
    """The source and target of a sentence's event cue, and all its mentions.

    The event cue is the first live cue of `category` (any category when None or absent)
    that names an act rather than a casualty count.

    The parser (`roles`) runs only when the sentence has two mentions to choose between.
    """
    hits = reading.live_hits
    mentions = mentions_in(article.body, article.entities, reading.actors, reading.start,
                           reading.end)
    if not hits:
        return None, None, mentions
    hits = [h for h in hits if h.cue.category == category] or hits
    acts = [h for h in hits if not h.cue.casualties]
    cue = min(acts or hits, key=lambda h: h.first)
    cue_start, cue_end = reading.tokens[cue.first].start, reading.tokens[cue.last].end
    agent = patient = None
    # Gating the parse on two candidate targets halved its calls on the seeds but gave back
    # most of its gain (cameo_ner dev target 0.50 -> 0.39): it runs whenever there is a choice.
    if roles is not None and len(mentions) >= 2:
        found = roles.roles(article.body[reading.start:reading.end], cue_start - reading.start,
                            cue_end - reading.start)
        agent, patient = (None if s is None else (s[0] + reading.start, s[1] + reading.start)
                          for s in found)
    source, target = pick_dyad(mentions, cue_start, agent, patient)
    return source, target, mentions


def countries_and_dyad(article: EnrichedArticle, sentences: Sequence[SentenceReading],
                       roles: RoleFinder | None = None, fallback: bool = True,
                       category: str | None = None) -> tuple[list[str], Dyad | None]:
    """Countries of the sentences (the dyad first, then by salience) and their dyad, if any.

    With no country in the sentences, the article's two most salient ones, or none when
    `fallback` is off.

    The dyad is the first sentence's two-country source and target; a country found as a
    source in one sentence and a target in another does not make a dyad with itself.
    """
    salience = {c: i for i, c in enumerate(article.countries)}
    found: list[str] = []
    source_country = target_country = None
    for reading in sentences:
        if not reading.live_hits:
            continue
        settled = source_country is not None and target_country is not None
        source, target, mentions = sentence_dyad(article, reading, None if settled else roles,
                                                 category)
        for mention in mentions:
            if mention.country and mention.actor and mention.country not in found:
                found.append(mention.country)
        if source_country is None and source is not None and source.country:
            source_country = source.country
        if target_country is None and target is not None and target.country \
                and target.country != source_country:
            target_country = target.country
    if target_country and target_country not in found:
        found.append(target_country)
    if not found and fallback:
        found = list(article.countries[:2])
    countries = sorted(found, key=lambda c: (salience.get(c, 99), found.index(c)))
    dyad = Dyad(source=source_country, target=target_country) \
        if source_country and target_country and source_country != target_country else None
    if dyad is not None:  # who acts on whom comes first
        countries = [dyad.source, dyad.target,
                     *(c for c in countries if c not in (dyad.source, dyad.target))]
    return countries, dyad


def alert_countries_and_dyad(article: EnrichedArticle, category: str,
                             events: Sequence[SentenceReading],
                             evidence: Sequence[SentenceReading],
                             roles: RoleFinder | None = None) -> tuple[list[str], Dyad | None]:
    """An alert's countries and its dyad, read from its event sentences first.

    The event sentences (the alert's category) decide when they name a country: their dyad,
    else their countries by the article's salience. Sentences of other categories (a
    deployment beside an attack) only add countries after them. Event sentences that name
    no one ("The militarisation of our borders will not go unanswered") leave the order
    to the evidence, as read from it.
    """
    event_countries, dyad = countries_and_dyad(article, events, roles, fallback=False,
                                               category=category)
    countries, _ = countries_and_dyad(article, evidence)
    if not event_countries:
        return countries, None
    return [*event_countries, *(c for c in countries if c not in event_countries)], dyad
