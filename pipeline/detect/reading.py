"""Reading one sentence: which cues fire, who acts, and what lowers or cancels each cue."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.detect.lexicon import CueRecord, Lexicon
from pipeline.text import Token
from pipeline.text.phrases import PhraseMatch
from schemas import Entity

ARMED_ROLES = frozenset({"MIL", "REB", "SPY", "POL"})
STATE_ROLES = frozenset({"GOV", "MIL", "SPY", "POL", "LEG"})
ACTOR_ROLES = ARMED_ROLES | STATE_ROLES | {"IGO", "OPP"}
POLICE_WORDS = ("police", "policemen", "policeman", "cops", "constables", "constabulary")
GENERIC_ARMED = frozenset(
    [
        "troops",
        "army",
        "armies",
        "military",
        "militaries",
        "forces",
        "soldiers",
        "navy",
        "navies",
        "warship",
        "warships",
        "jets",
        "warplanes",
        "drones",
        "militants",
        "militant",
        "rebels",
        "rebel",
        "insurgents",
        "insurgent",
        "militia",
        "militias",
        "fighters",
        "paramilitaries",
        "paramilitary",
        "guerrillas",
        "jihadists",
        "gunmen",
        "artillery",
        "missiles",
        "missile",
        "rockets",
        "regime",
        "junta",
        "airstrikes",
        # Police who fire, baton-charge or arrest act with state force (CAMEO 17-18); kept out
        # of GENERIC_MILITARY, so that crime news still cancels their cues.
        *POLICE_WORDS,
    ]
)
NEGATION_WINDOW_BEFORE = 8
NEGATION_WINDOW_AFTER = 6
HEDGE_FACTOR = 0.6
BACKGROUND_FACTOR = 0.5
DEESCALATION_FACTOR = 0.4
GENERIC_MILITARY = GENERIC_ARMED - {"gunmen", "regime", "missiles", "missile", "rockets",
                                    *POLICE_WORDS}
POLITICAL_TARGETS = frozenset(
    "protest protests protester protesters demonstrator demonstrators demonstration opposition "
    "activist activists journalist journalists rally rallies dissident dissidents critic critics "
    "candidate lawmakers students crowd crowds marchers gathered tear".split()
)
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]| - ")
HISTORY_BEFORE = 2  # tokens: "invasion anniversary"
HISTORY_AFTER = 5  # tokens: "anniversary of its full-scale invasion"
VIOLATION_STEMS = ("violat", "breach", "collaps", "shatter", "flout")
VIOLATION_WORDS = frozenset({"broke", "broken", "break", "breaks", "breaking"})  # not "brokered"
FRAME_TOKENS = 4  # a past year among the first tokens dates the whole sentence
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class SentenceMatches:
    """The lexicon's matches in one sentence."""

    cues: list[PhraseMatch]
    modifiers: list[PhraseMatch]
    metaphors: list[PhraseMatch]


@dataclass
class CueHit:
    """A cue in a sentence, with the factor left after modifiers (0 cancels it)."""

    cue: CueRecord
    first: int
    last: int
    factor: float = 1.0
    reasons: list[str] = field(default_factory=list)


@dataclass
class SentenceReading:
    """What one sentence says: cues with their factors, actors, de-escalation."""

    start: int
    end: int
    hits: list[CueHit]
    actors: list[Entity]
    armed_actor: bool
    deescalation: bool
    tokens: list[Token]

    @property
    def live_hits(self) -> list[CueHit]:
        """Cues that still count."""
        return [h for h in self.hits if h.factor > 0]


def sentence_actors(entities: list[Entity], start: int, end: int) -> list[Entity]:
    """Entities with a mention inside [start, end) that can act: states, forces, groups, bodies."""
    actors = []
    for entity in entities:
        is_actor = entity.role in ACTOR_ROLES or (
            entity.type in ("GPE", "NORP") and entity.country is not None
        )
        if is_actor and any(start <= s < end for s, _ in entity.spans):
            actors.append(entity)
    return actors


# Domains where violent words are almost always metaphors; in the others (markets,
# politics) a state actor makes non-violent cues (threats, sanctions, arrests) real.
FIGURATIVE_DOMAINS = frozenset({"sport", "entertainment", "lifestyle", "science", "weather",
                                "disaster", "human interest", "health", "labour", "campaign"})
NON_VIOLENT = frozenset({"13", "14", "15", "16", "17"})


def _is_metaphor(cue: CueRecord, article_domain: str | None, metaphor_words: bool,
                 stated: bool) -> bool:
    """Whether a cue in a sentence without an armed actor is figurative."""
    if article_domain in FIGURATIVE_DOMAINS:
        return True
    if article_domain is not None:
        return not (stated and cue.category in NON_VIOLENT)
    return metaphor_words and not stated


def in_historical_window(first: int, last: int, spans: list[tuple[int, int]]) -> bool:
    """True when a cue lies next to a historical phrase: "the anniversary of the invasion"."""
    return any(h_first - HISTORY_BEFORE <= last and first <= h_last + HISTORY_AFTER
               for h_first, h_last in spans)


def _same_clause(text: str, offset: int, first: int, second: int) -> bool:
    """True when no comma, semicolon, dash or bracket lies between two body offsets."""
    low, high = sorted((first - offset, second - offset))
    return _CLAUSE_BREAK.search(text, low, high) is None


def read_sentence(
    text: str,
    start: int,
    end: int,
    tokens: list[Token],
    lexicon: Lexicon,
    entities: list[Entity],
    published_year: int,
    article_domain: str | None,
    matches: SentenceMatches | None = None,
) -> SentenceReading:
    """Cues of one sentence with negation, hedges, history, metaphor and de-escalation applied.

    `matches` are the lexicon's matches in this sentence when the caller matched the whole
    story at once (indices relative to `tokens`); without them the sentence is matched here.
    """
    norms = [t.norm for t in tokens]
    present = set(norms)
    if matches is None:
        matches = SentenceMatches(lexicon.cue_matcher.find(norms),
                                  lexicon.modifier_matcher.find(norms),
                                  lexicon.metaphor_matcher.find(norms))
    actors = sentence_actors(entities, start, end)
    armed = any(a.role in ARMED_ROLES for a in actors) or not present.isdisjoint(GENERIC_ARMED)
    military = any(a.role in ("MIL", "REB") for a in actors) or not present.isdisjoint(
        GENERIC_MILITARY)
    political = not present.isdisjoint(POLITICAL_TARGETS)
    parties = {a.country or a.canonical for a in actors if a.country or a.role == "IGO"}
    stated = armed or any(a.role in STATE_ROLES or a.type == "GPE" for a in actors)
    modifiers = matches.modifiers
    negations = [m for m in modifiers if m.key == "negation"]
    hedged = any(m.key == "hedge" for m in modifiers)
    background = any(m.key == "background" for m in modifiers)
    # "violated the ceasefire" is news of fighting, not of peace.
    deescalating = any(m.key == "deescalation" for m in modifiers) and not any(
        n.startswith(VIOLATION_STEMS) or n in VIOLATION_WORDS for n in present)
    sentence = text[start:end]
    historical_spans = [(m.first, m.last) for m in modifiers if m.key == "historical"]
    historical = False
    past_years = [
        start + m.start() for m in _YEAR.finditer(sentence) if int(m.group(1)) <= published_year - 1
    ] if "<num>" in present else []
    if tokens and any(y < tokens[min(len(tokens) - 1, FRAME_TOKENS)].start for y in past_years):
        historical = True  # "In 1944, ..." frames the whole sentence
    metaphor_domains = {m.key for m in matches.metaphors}
    hits = []
    for match in matches.cues:
        cue = lexicon.cues[match.key]
        hit = CueHit(cue, match.first, match.last)
        if (cue.requires_actor or cue.casualties) and not actors and not armed:
            hit.factor, hit.reasons = 0.0, ["no_actor"]
        elif article_domain == "crime" and not military and not (
            cue.category == "14" or (cue.category == "17" and political)
            or (cue.category == "16" and len(parties) >= 2)  # an expulsion over a crime
        ):
            hit.factor, hit.reasons = 0.0, ["crime"]
        elif any(
            match.first - NEGATION_WINDOW_BEFORE <= n.first <= match.last + NEGATION_WINDOW_AFTER
            for n in negations
        ):
            hit.factor, hit.reasons = 0.0, ["negated"]
        elif historical or in_historical_window(match.first, match.last, historical_spans) or any(
            _same_clause(sentence, start, y, tokens[match.first].start) for y in past_years
        ):
            hit.factor, hit.reasons = 0.0, ["historical"]
        elif not armed and _is_metaphor(cue, article_domain, bool(metaphor_domains), stated):
            hit.factor, hit.reasons = 0.0, ["metaphor"]
        elif cue.category == "16" and len(parties) < 2:
            # Relations are reduced between two parties: a regulator fining a broker is not.
            hit.factor, hit.reasons = 0.0, ["one_party"]
        if hit.factor > 0 and background:
            hit.factor *= BACKGROUND_FACTOR
            hit.reasons.append("background")
        if hit.factor > 0 and hedged:
            hit.factor *= HEDGE_FACTOR
            hit.reasons.append("hedged")
        if hit.factor > 0 and deescalating:
            hit.factor *= DEESCALATION_FACTOR
            hit.reasons.append("deescalation")
        hits.append(hit)
    _relate_cues(hits, modifiers, norms, lexicon)
    return SentenceReading(start, end, hits, actors, armed, deescalating, tokens)


VIOLENT = frozenset({"18", "19", "20"})
FRAMING = {"13": "threatened", "15": "exercise"}
FRAMED_FACTOR = 0.5
# Acts that state their reason: a threat, a show of force, reduced relations, coercion.
ACTS_WITH_CAUSE = frozenset({"13", "15", "16", "17"})
CAUSE_FACTOR = 0.4
SUBORDINATE_FACTOR = 0.4
REACTION_FACTOR = 0.4
JOINT_FACTOR = 0.3
CONDITIONAL_BEFORE = 8  # tokens: "could use nuclear weapons"
CONDITIONAL_AFTER = 6  # tokens: "launch a nuclear strike if provoked"


def _relate_cues(hits: list[CueHit], modifiers: list[PhraseMatch], norms: list[str],
                 lexicon: Lexicon) -> None:
    """Cues read against each other: what the sentence reports, and what frames it."""
    _subordinate_violence(hits)
    _stated_causes(hits, [m for m in modifiers if m.key == "cause"])
    _mass_violence_not_done(hits, [m for m in modifiers if m.key == "conditional"])
    if any(m.key == "supply" for m in modifiers):
        _weapons_supplied(hits, norms, lexicon.weapon_nouns)
    if any(m.key == "reaction" for m in modifiers):
        for hit in hits:  # "condemned the attack", "condolences over the bombing"
            if hit.factor > 0 and hit.cue.category in VIOLENT:
                hit.factor *= REACTION_FACTOR
                hit.reasons.append("reaction")
    _parts_of_acts(hits)
    _displaced_and_joint(hits, modifiers)


def _displaced_and_joint(hits: list[CueHit], modifiers: list[PhraseMatch]) -> None:
    """The war refugees flee is void; force posture in a joint exercise counts for little."""
    fled = [(m.first, m.last) for m in modifiers if m.key == "displacement"]
    joint = any(m.key == "cooperation" for m in modifiers)
    for hit in hits:
        if hit.factor <= 0:
            continue
        if any(first <= hit.first and hit.last <= last for first, last in fled):
            hit.factor = 0.0
            hit.reasons.append("displacement")
        elif joint and hit.cue.category == "15":
            hit.factor *= JOINT_FACTOR
            hit.reasons.append("joint")


def _subordinate_violence(hits: list[CueHit]) -> None:
    """Violence that a threat announces or a drill simulates is not violence done."""
    for frame in hits:
        reason = FRAMING.get(frame.cue.category)
        if reason is None or frame.factor <= 0:
            continue
        for hit in hits:
            if hit.cue.category in VIOLENT and hit.factor > 0 and hit.first >= frame.first \
                    and reason not in hit.reasons:
                # Mass violence (20) is mass killing or weapons of mass destruction used; one
                # threatened or rehearsed is the threat or the drill.
                hit.factor = 0.0 if hit.cue.category == "20" else hit.factor * FRAMED_FACTOR
                hit.reasons.append(reason)


def _stated_causes(hits: list[CueHit], causes: list[PhraseMatch]) -> None:
    """What follows an act's stated reason is the reason, not the event.

    "Poland expelled three diplomats, accusing them of organising an arson attack" reports
    an expulsion (16); the arson is why.
    """
    for cause in causes:
        acts = {h.cue.category for h in hits
                if h.factor > 0 and h.cue.category in ACTS_WITH_CAUSE and h.last < cause.first}
        if not acts:
            continue
        for hit in hits:
            if hit.factor > 0 and hit.first > cause.first and hit.cue.category not in acts \
                    and "cause" not in hit.reasons:
                hit.factor *= CAUSE_FACTOR
                hit.reasons.append("cause")


def _mass_violence_not_done(hits: list[CueHit], conditionals: list[PhraseMatch]) -> None:
    """A nuclear strike that "could" come or would follow "if provoked" was not used."""
    for hit in hits:
        if hit.cue.category == "20" and hit.factor > 0 and any(
                hit.first - CONDITIONAL_BEFORE <= c.first <= hit.last + CONDITIONAL_AFTER
                for c in conditionals):
            hit.factor = 0.0
            hit.reasons.append("conditional")


def _weapons_supplied(hits: list[CueHit], norms: list[str], weapon_nouns: frozenset[str]) -> None:
    """Weapons named where they are made, bought or shown ("a shell factory") are not fighting.

    Only when every violent cue of the sentence is a bare weapon noun: "fired artillery at
    a supply depot" keeps its firing.
    """
    violent = [h for h in hits if h.factor > 0 and h.cue.category in VIOLENT]
    if not violent or not all(_names_a_weapon(norms, h.first, h.last, weapon_nouns)
                              for h in violent):
        return
    for hit in violent:
        hit.factor = 0.0
        hit.reasons.append("supply")


_NOUN_AFTER_A_WEAPON = frozenset({"shell", "bomb", "mortar"})  # verbs too: "to shell the town"
_BEFORE_A_WEAPON_NOUN = frozenset({"mm", "<num>", "calibre", "caliber"})


def _names_a_weapon(norms: list[str], first: int, last: int, weapon_nouns: frozenset[str]) -> bool:
    """Whether tokens [first, last] only name a weapon ("artillery", "155 mm artillery shell")."""
    words = norms[first:last + 1]
    if all(n in weapon_nouns for n in words):
        return True
    previous = norms[first - 1] if first > 0 else ""
    return all(n in weapon_nouns or n in _NOUN_AFTER_A_WEAPON for n in words) and (
        previous in weapon_nouns or previous in _BEFORE_A_WEAPON_NOUN)


def _parts_of_acts(hits: list[CueHit]) -> None:
    """A cue that is part of another act in the sentence (a raid that makes arrests) yields."""
    present = {h.cue.category for h in hits if h.factor > 0}
    for hit in hits:
        if hit.factor > 0 and present.intersection(hit.cue.subordinate_to):
            hit.factor *= SUBORDINATE_FACTOR
            hit.reasons.append("part_of_act")
