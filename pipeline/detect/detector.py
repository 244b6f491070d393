"""The escalation detector: an EnrichedArticle in, explained EscalationAlerts out (pure)."""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

from pipeline.detect.casualties import casualty_counts
from pipeline.detect.dyad import alert_countries_and_dyad
from pipeline.detect.lexicon import Lexicon, default_lexicon
from pipeline.detect.model import EscalationModel, default_model
from pipeline.detect.model_combine import Decision, carrying_hit, decide
from pipeline.detect.model_features import rule_vector
from pipeline.detect.reading import (
    ARMED_ROLES,
    GENERIC_MILITARY,
    STATE_ROLES,
    VIOLENT,
    SentenceMatches,
    SentenceReading,
    in_historical_window,
    read_sentence,
)
from pipeline.detect.roles import RoleFinder
from pipeline.detect.severity import CATEGORY_BASE, SeverityInputs, severity_of, severity_points
from pipeline.enrich.gazetteer import Gazetteer, default_gazetteer
from pipeline.text import split_sentences, tokenize
from pipeline.text.phrases import PhraseMatch
from schemas import Category, EnrichedArticle, EscalationAlert, Evidence, utc_now
from schemas.alerts import Severity, severity_rank

# Articles whose main topic is one of these use violent words as metaphors, unless an
# armed actor is in the sentence.
METAPHOR_TOPICS = {"medtop:15000000": "sport", "medtop:04000000": "markets",
                   "medtop:01000000": "entertainment", "medtop:10000000": "lifestyle",
                   "medtop:13000000": "science", "medtop:17000000": "weather",
                   "medtop:03000000": "disaster", "medtop:02000000": "crime",
                   "medtop:09000000": "labour", "medtop:07000000": "health",
                   "medtop:08000000": "human interest"}
CONFLICT_TOPIC = "medtop:16000000"
DOMAIN_MIN_WORDS = 6
DOMAIN_OVER_ARMED = 3
DOMAIN_NAMES = {"politics_campaign": "campaign"}
MAX_EVIDENCE = 4
ARTICLE_DEESCALATION_FACTOR = 0.5
HEADLINE_FOCUS_FACTOR = 0.75
ALERT_FLOOR: Severity = "medium"  # an article the model believes alerts at least at this severity


def _at_least(severity: Severity, floor: Severity) -> Severity:
    return severity if severity_rank(severity) >= severity_rank(floor) else floor


@dataclass
class Detection:
    """What the detector found in one article."""

    alerts: list[EscalationAlert] = field(default_factory=list)
    deescalation: list[Evidence] = field(default_factory=list)
    readings: list[SentenceReading] = field(default_factory=list)
    probabilities: list[float] = field(default_factory=list)  # per reading, when a model ran


def alert_id_for(story_id: str, category: str, subject: str, severity: str) -> str:
    """Deterministic: the same story, category, subject and severity give the same id."""
    digest = hashlib.sha256(f"{story_id}|{category}|{subject}|{severity}".encode()).hexdigest()
    return f"al-{digest[:20]}"


def _within(matches: list[PhraseMatch], firsts: list[int], first: int,
            last: int) -> list[PhraseMatch]:
    """Matches (sorted by first token) inside tokens [first, last), re-indexed from first."""
    return [PhraseMatch(m.key, m.first - first, m.last - first)
            for m in matches[bisect_left(firsts, first):bisect_left(firsts, last)]
            if m.last < last]


def article_domain(article: EnrichedArticle, lexicon: Lexicon | None = None,
                   norms: list[str] | None = None,
                   metaphors: list[PhraseMatch] | None = None) -> str | None:
    """The non-conflict domain of the article: its main topic's, or its vocabulary's.

    Vocabulary decides when the story is dense in one domain's words (a race report full of
    "attack" and "siege") and has few armed actors.
    """
    codes = [t.code for t in article.topics if t.parent is None]
    by_topic = METAPHOR_TOPICS.get(codes[0]) if codes and codes[0] != CONFLICT_TOPIC else None
    if by_topic is not None or lexicon is None:
        return by_topic
    if norms is None:
        start, end = article.story_span if article.story_span != (0, 0) else (
            0, len(article.body))
        norms = [t.norm for t in tokenize(article.body[start:end])]
    if metaphors is None:
        metaphors = lexicon.metaphor_matcher.find(norms)
    counts = Counter(m.key for m in metaphors)
    armed = sum(1 for n in norms if n in GENERIC_MILITARY) + sum(
        e.mentions for e in article.entities if e.role in ("MIL", "REB"))
    if not counts:
        return None
    domain, count = counts.most_common(1)[0]
    if count >= DOMAIN_MIN_WORDS and count >= DOMAIN_OVER_ARMED * max(armed, 1):
        return DOMAIN_NAMES.get(domain, domain)
    return None


class EscalationDetector:
    """Finds escalation cues sentence by sentence and turns the strongest into an alert."""

    def __init__(self, lexicon: Lexicon | None = None, gazetteer: Gazetteer | None = None,
                 model: EscalationModel | None = None, rules_only: bool = False,
                 roles: RoleFinder | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()
        self.gazetteer = gazetteer or default_gazetteer()
        # The sentence model ships with the package; rules_only measures the rules alone.
        self.model = None if rules_only else (model or default_model())
        self.roles = roles  # a dependency parser for the dyad (model mode), else patterns

    def read(self, article: EnrichedArticle) -> list[SentenceReading]:
        """Every sentence of the story, read."""
        start, end = article.story_span if article.story_span != (0, 0) else (
            0, len(article.body))
        # Tokenise and match the story once; sentences take their slices.
        tokens = tokenize(article.body[start:end], start)
        norms = [t.norm for t in tokens]
        lexicon = self.lexicon
        cues = lexicon.cue_matcher.find(norms)
        modifiers = lexicon.modifier_matcher.find(norms)
        metaphors = lexicon.metaphor_matcher.find(norms)
        domain = article_domain(article, lexicon, norms, metaphors)
        year = article.published_at.year
        starts = [t.start for t in tokens]
        found = [(m, [x.first for x in m]) for m in (cues, modifiers, metaphors)]
        readings = []
        for s_start, s_end in split_sentences(article.body[start:end], start):
            first, last = bisect_left(starts, s_start), bisect_left(starts, s_end)
            matches = SentenceMatches(*(_within(m, firsts, first, last) for m, firsts in found))
            readings.append(read_sentence(article.body, s_start, s_end, tokens[first:last],
                                          lexicon, article.entities, year, domain, matches))
        return readings

    def detect(self, article: EnrichedArticle) -> Detection:
        """At most one alert per article: its most severe category, with evidence."""
        readings = self.read(article)
        detection = Detection(readings=readings)
        for reading in readings:
            if reading.deescalation:
                detection.deescalation.append(self._evidence(article, reading))
        headline = [t.norm for t in tokenize(article.headline)]
        found_modifiers = self.lexicon.modifier_matcher.find(headline)
        headline_modifiers = {m.key for m in found_modifiers}
        headline_cues = self.lexicon.cue_matcher.find(headline)
        history = [(m.first, m.last) for m in found_modifiers if m.key == "historical"]
        if history and any(not in_historical_window(c.first, c.last, history)
                           for c in headline_cues):
            headline_modifiers.discard("historical")  # news told on an anniversary
        headline_categories = {self.lexicon.cues[c.key].category for c in headline_cues}
        if headline_categories and not headline_categories & VIOLENT:
            # The headline leads with the most severe news; when that is a threat, a drill,
            # sanctions or arrests, violence in the body is context.
            for reading in readings:
                for hit in reading.live_hits:
                    if hit.cue.category in VIOLENT:
                        hit.factor *= HEADLINE_FOCUS_FACTOR
                        hit.reasons.append("headline_focus")
        historical = sum(1 for r in readings if any("historical" in h.reasons for h in r.hits))
        cue_sentences = sum(1 for r in readings if r.hits)
        if "historical" in headline_modifiers or (historical >= 3
                                                  and historical * 2 >= cue_sentences):
            # An anniversary or commemoration story: its violence is history.
            for reading in readings:
                for hit in reading.live_hits:
                    hit.factor, hit.reasons = 0.0, [*hit.reasons, "historical_story"]
        if "negation" in headline_modifiers:
            # "X denies plans to attack Y": the story is the denial.
            for reading in readings:
                for hit in reading.live_hits:
                    hit.factor *= ARTICLE_DEESCALATION_FACTOR
                    hit.reasons.append("denial_story")
        live = [r for r in readings if r.live_hits]
        if len(detection.deescalation) >= 2 and len(detection.deescalation) >= len(live) / 2:
            # A story about a ceasefire or talks recalls the fighting it ends: not news of it.
            for reading in live:
                for hit in reading.live_hits:
                    hit.factor *= ARTICLE_DEESCALATION_FACTOR
                    hit.reasons.append("deescalation_story")
        best, by_category = self._strongest(article, readings)
        severity = severity_of(best[0]) if best is not None else None
        decision = None
        if self.model is not None and readings:
            decision, best, by_category, severity = self._model_decision(
                self.model, article, readings, detection, best, by_category, severity)
        if best is None or severity is None:
            return detection
        points, category = best
        alert = self._alert(article, category, points, severity, by_category[category],
                            [r for r in readings if r.live_hits])
        if decision is not None:
            alert = self._with_decision(article, alert, readings, decision)
        detection.alerts.append(alert)
        return detection

    def _model_decision(self, model: EscalationModel, article: EnrichedArticle,
                        readings: list[SentenceReading], detection: Detection,
                        best: tuple[float, str] | None,
                        by_category: dict[str, list[SentenceReading]],
                        severity: Severity | None,
                        ) -> tuple[Decision, tuple[float, str] | None,
                                   dict[str, list[SentenceReading]], Severity | None]:
        """The model's decision, and the category and severity of the sentences it believes."""
        probabilities = self._probabilities(article, readings)
        decision = decide(readings, probabilities, severity, model.threshold,
                          model.rule_threshold, best[1] if best is not None else None,
                          model.cue_threshold)
        detection.probabilities = [float(p) for p in probabilities]
        bar = min(model.threshold, model.rule_threshold)
        confident = [r for r, p in zip(readings, probabilities, strict=True)
                     if p >= bar and r.live_hits]
        if decision.alert and confident:
            best, by_category = self._strongest(article, confident)
            severity = severity_of(best[0]) if best is not None else None
        if decision.alert:
            severity = _at_least(severity or ALERT_FLOOR, ALERT_FLOOR)
        elif severity is not None:
            severity = "low"  # the model does not believe it: kept visible, not raised
        return decision, best, by_category, severity

    def _strongest(self, article: EnrichedArticle, readings: list[SentenceReading],
                   ) -> tuple[tuple[float, str] | None, dict[str, list[SentenceReading]]]:
        """The category with the most severity points among the live cues, and its sentences."""
        by_category: dict[str, list[SentenceReading]] = defaultdict(list)
        for reading in readings:
            for category in {h.cue.category for h in reading.live_hits}:
                by_category[category].append(reading)
        best: tuple[float, str] | None = None
        for category, sentences in by_category.items():
            points = severity_points(self._inputs(article, category, sentences))
            if best is None or points > best[0]:
                best = (points, category)
        return best, by_category

    def _probabilities(self, article: EnrichedArticle,
                       readings: list[SentenceReading]) -> np.ndarray:
        """The model's probability for every sentence of the story, in one batch."""
        assert self.model is not None  # callers check; narrows the type
        rules = [rule_vector(r, article.body[r.start:r.end]) for r in readings]
        return self.model.probabilities([[t.norm for t in r.tokens] for r in readings], rules)

    def _with_decision(self, article: EnrichedArticle, alert: EscalationAlert,
                       readings: list[SentenceReading], decision: Decision) -> EscalationAlert:
        """The score becomes the model's probability; the alert names its carrying sentence."""
        update: dict[str, object] = {"score": round(decision.probability, 4), "points": alert.score}
        if decision.carrier is not None:
            carrier = readings[decision.carrier]
            hit = carrying_hit(carrier)
            update["trigger"] = Evidence(sentence=article.body[carrier.start:carrier.end],
                                         start=carrier.start, end=carrier.end,
                                         cues=[hit.cue.id] if hit is not None else [])
        return alert.model_copy(update=update)

    def _inputs(self, article: EnrichedArticle, category: str,
                sentences: list[SentenceReading]) -> SeverityInputs:
        hits = [h for s in sentences for h in s.live_hits if h.cue.category == category]
        dead = injured = 0
        for reading in sentences:  # each has a live cue of this category
            d, i = casualty_counts(article.body[reading.start:reading.end])
            dead, injured = max(dead, d), max(injured, i)
        actors = [a for s in sentences for a in s.actors]
        countries = {a.country for a in actors if a.country}
        return SeverityInputs(
            category=category, weight=max(h.cue.weight for h in hits),
            factor=max(h.factor for h in hits),
            sentences=len(sentences), dead=dead, injured=injured,
            nuclear=any(h.cue.nuclear for h in hits),
            state_actor=any(a.role in STATE_ROLES or a.type == "GPE" for a in actors),
            armed_actor=any(s.armed_actor for s in sentences) or any(
                a.role in ARMED_ROLES for a in actors),
            nuclear_power=any(self.gazetteer.is_nuclear(c) for c in countries),
            watched=bool(countries & self.lexicon.watched_countries))

    def _evidence(self, article: EnrichedArticle, reading: SentenceReading) -> Evidence:
        cues = sorted({h.cue.id for h in reading.live_hits})
        return Evidence(sentence=article.body[reading.start:reading.end], start=reading.start,
                        end=reading.end, cues=cues)

    def _alert(self, article: EnrichedArticle, category: str, points: float, severity: str,
               sentences: list[SentenceReading],
               live: list[SentenceReading]) -> EscalationAlert:
        def strength(reading: SentenceReading) -> float:
            return max(CATEGORY_BASE[h.cue.category] * h.cue.weight * h.factor
                       for h in reading.live_hits)

        # The strongest sentence of the alert's category leads; the other strongest cue
        # sentences (threats beside strikes, say) complete the picture.
        best = max(sentences, key=strength)
        others = sorted((r for r in live if r is not best), key=lambda r: -strength(r))
        chosen = sorted([best, *others[:MAX_EVIDENCE - 1]], key=lambda r: r.start)
        evidence = [self._evidence(article, s) for s in chosen]
        # The dyad is read from the event sentences; other evidence only adds countries.
        countries, dyad = alert_countries_and_dyad(article, category, sentences, chosen,
                                                   self.roles)
        subject = f"{dyad.source}-{dyad.target}" if dyad else (countries[0] if countries
                                                               else "UNK")
        cues = sorted({h.cue.id for s in chosen for h in s.live_hits})
        actors = list(dict.fromkeys(a.canonical for s in chosen for a in s.actors))
        record = self.lexicon.categories[category]
        return EscalationAlert(
            alert_id=alert_id_for(article.story_id or article.article_id, category, subject,
                                  severity),
            kind="article", severity=severity, score=points,  # type: ignore[arg-type]  # a Severity
            category=Category(code=category, name=record.name), subject=subject,
            countries=countries, dyad=dyad, actors=actors[:10], cues=cues, evidence=evidence,
            article_id=article.article_id, story_id=article.story_id, headline=article.headline,
            published_at=article.published_at, detected_at=utc_now())
