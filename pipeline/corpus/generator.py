"""Synthetic wire articles for benchmarks: many, varied, realistic in length and layout.

`generate_articles(count, seed=...)` yields `RawArticle`s whose bodies follow agency layout:
an optional photo caption, a dateline, 6-20 story paragraphs and a credits line. The output
is a pure function of the arguments: the same seed gives the same articles, byte for byte
(`ingested_at` is set to `published_at` so that nothing depends on the clock).

The domain mix follows a real wire: about 25% conflict and military escalation (strikes,
threats, deployments, sanctions, protests, ceasefires), 15% diplomacy, 15% economy and
markets, 15% sport, 10% politics and 20% disasters, science, health and crime.
"""

from __future__ import annotations

import functools
import itertools
import math
import random
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pipeline.corpus import _templates as tpl
from pipeline.corpus import _vocabulary as voc
from pipeline.corpus._context import Context, person
from pipeline.corpus._templates import Domain
from schemas import RawArticle

DEFAULT_START = datetime(2026, 1, 1, tzinfo=UTC)
MIN_WORDS_FLOOR = 150
"""The smallest `min_words` accepted: below it, six paragraphs and the credits do not fit."""

_MIN_PARAGRAPHS = 6
_MAX_PARAGRAPHS = 20
_QUOTE_SHARE = 0.22
_CAPTION_SHARE = 0.55
_REUTERS_SHARE = 0.65


def _domain_table() -> tuple[Domain, ...]:
    """One entry per percent of the mix, so that a uniform draw follows it."""
    strike, threat, deployment, sanctions, protest, ceasefire = tpl.CONFLICT
    weights = [(strike, 7), (threat, 4), (deployment, 4), (sanctions, 4), (protest, 3),
               (ceasefire, 3), (tpl.DIPLOMACY, 15), (tpl.ECONOMY, 15), (tpl.SPORT, 15),
               (tpl.POLITICS, 10), (tpl.DISASTER, 6), (tpl.SCIENCE, 4), (tpl.HEALTH, 5),
               (tpl.CRIME, 5)]
    return tuple(domain for domain, weight in weights for _ in range(weight))


_DOMAINS = _domain_table()
# Sport copy does not take the generic officialdom lines.
_BODY_POOLS = {domain.name: domain.body + (() if domain.name == "sport" else tpl.GENERIC_BODY)
               for domain in set(_DOMAINS)}
_SHORT_WORDS = [(sentence, len(sentence.split())) for sentence in tpl.SHORT]
_SHORTEST = min(_SHORT_WORDS, key=lambda item: item[1])
_CREDIT_CITIES = ("Washington", "London", "Brussels", "Geneva", "New York", "Paris", "Dubai")


def generate_articles(count: int, *, seed: int = 0, min_words: int = 300, max_words: int = 900,
                      start: datetime | None = None) -> Iterator[RawArticle]:
    """`count` synthetic wire articles, lazily, deterministic for a given `seed`.

    Each body has between `min_words` and `max_words` words (`len(body.split())`, caption,
    dateline and credits included). Article `i` has id `syn-{seed}-{i:07d}`; `published_at`
    is `start` (default 2026-01-01T00:00:00Z, naive taken as UTC) for the first article and
    grows by 5-120 seconds from one article to the next.
    """
    if count < 0:
        raise ValueError(f"count must not be negative, got {count}")
    if min_words < MIN_WORDS_FLOOR:
        raise ValueError(f"min_words must be at least {MIN_WORDS_FLOOR}, got {min_words}")
    if max_words < min_words:
        raise ValueError(f"max_words ({max_words}) is below min_words ({min_words})")
    if start is None:
        start = DEFAULT_START
    elif start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    else:
        start = start.astimezone(UTC)
    return _generate(count, seed, min_words, max_words, start)


def _generate(count: int, seed: int, min_words: int, max_words: int,
              start: datetime) -> Iterator[RawArticle]:
    rng = random.Random(seed)  # noqa: S311  # reproducible test data, not secrets
    published = start
    for index in range(count):
        if index:
            published += timedelta(seconds=rng.randint(5, 120))
        yield _article(rng, f"syn-{seed}-{index:07d}", published, min_words, max_words)


def write_jsonl(path: Path, articles: Iterable[RawArticle]) -> int:
    """Write the articles as JSON Lines (one RawArticle per line); return how many."""
    path.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for article in articles:
            handle.write(article.model_dump_json())
            handle.write("\n")
            written += 1
    return written


def _cap(sentence: str) -> str:
    return sentence[0].upper() + sentence[1:] if sentence[:1].islower() else sentence


def _article(rng: random.Random, article_id: str, published: datetime, min_words: int,
             max_words: int) -> RawArticle:
    domain = rng.choice(_DOMAINS)
    agency = "Reuters" if rng.random() < _REUTERS_SHARE else "AP"
    ctx = Context(rng, domain.name, published, agency)
    story = rng.choice(domain.stories)
    headline = _cap(rng.choice(story.headlines).format_map(ctx))

    place_key = rng.choice(domain.places)
    place = ctx[place_key]
    dateline = _dateline(ctx, place_key, place, agency)
    caption = _caption(ctx, domain, agency) if max_words >= 300 and (
        rng.random() < _CAPTION_SHARE) else None
    credits = _credits(ctx, place, agency)
    lead = _cap(story.lead.format_map(ctx))

    fixed = len(dateline.split()) + len(credits.split()) + (len(caption.split()) if caption else 0)
    sentences = _story(ctx, domain, lead, fixed, min_words=min_words, max_words=max_words)

    paragraphs = [dateline + lead, *_paragraphs(rng, sentences[1:])]
    body = "\n\n".join([*([caption] if caption else []), *paragraphs, credits])
    return RawArticle(article_id=article_id, source=agency, headline=headline, body=body,
                      language="en", published_at=published, ingested_at=published,
                      format="jsonl")


def _story(ctx: Context, domain: Domain, lead: str, fixed: int, *, min_words: int,
           max_words: int) -> list[str]:
    """The lead and enough sentences after it that the body lands in [min_words, max_words].

    `fixed` counts the words outside the story (caption, dateline, credits). The story aims at
    a random length in the range and takes at least six sentences, one per paragraph.
    """
    rng = ctx.rng
    sentences = [lead]
    words = fixed + len(lead.split())
    target = rng.randint(min_words, max_words)
    pool = _BODY_POOLS[domain.name]
    body_at, body_step = _walk(rng, len(pool))
    quote_at, quote_step = _walk(rng, len(domain.quotes))
    quotes_left = len(domain.quotes)
    while words < target or len(sentences) < _MIN_PARAGRAPHS:
        room = max_words - words
        missing = _MIN_PARAGRAPHS - len(sentences)
        if missing > 0 and room < missing * 30:
            sentence, size = rng.choice(_SHORT_WORDS)
        else:
            if quotes_left and rng.random() < _QUOTE_SHARE:
                sentence = _quote(ctx, domain, domain.quotes[quote_at])
                quote_at = (quote_at + quote_step) % len(domain.quotes)
                quotes_left -= 1
            else:
                sentence = _cap(pool[body_at].format_map(ctx))
                body_at = (body_at + body_step) % len(pool)
            size = len(sentence.split())
        if size > room:
            if words >= min_words and missing <= 0:
                break
            sentence, size = rng.choice(_SHORT_WORDS)
            if size > room:
                sentence, size = _SHORTEST
            if size > room:  # only when min_words and max_words are a word or two apart
                sentence = " ".join(sentence.split()[:room]).rstrip(".") + "."
                size = room
        sentences.append(sentence)
        words += size
    return sentences


@functools.cache
def _steps(size: int) -> tuple[int, ...]:
    return tuple(step for step in range(1, size) if math.gcd(step, size) == 1) or (1,)


def _walk(rng: random.Random, size: int) -> tuple[int, int]:
    """Start and stride of a cheap shuffle: every item once before any repeats."""
    return rng.randrange(size), rng.choice(_steps(size))


def _paragraphs(rng: random.Random, sentences: list[str]) -> list[str]:
    """Group the sentences after the lead into paragraphs of one to a few sentences."""
    wanted = round(len(sentences) / rng.uniform(1.4, 2.4)) + 1
    count = max(_MIN_PARAGRAPHS, min(_MAX_PARAGRAPHS, wanted, len(sentences) + 1)) - 1
    cuts = sorted(rng.sample(range(1, len(sentences)), count - 1))
    bounds = [0, *cuts, len(sentences)]
    return [" ".join(sentences[a:b]) for a, b in itertools.pairwise(bounds)]


def _quote(ctx: Context, domain: Domain, quote: str) -> str:
    speaker_key = ctx.rng.choice(domain.speakers)
    speaker = ctx[speaker_key]
    text = quote.format_map(ctx)
    frames = tpl.QUOTE_FRAMES_DESC if speaker_key.endswith("_desc") else tpl.QUOTE_FRAMES
    return _cap(ctx.rng.choice(frames).format(q=text, speaker=speaker))


def _dateline(ctx: Context, place_key: str, place: str, agency: str) -> str:
    region: str | None
    if place_key.endswith("capital") or place in voc.WELL_KNOWN_CITIES:
        region = None
    elif place_key == "city":
        region = ctx.country.name
    elif place_key == "rival_city":
        region = ctx.rival.name
    elif place_key == "team_city":
        region = ctx.team.region if ctx.team is not None else None
    else:
        region = voc.EXTRA_CITY_REGIONS.get(place)
    where = place.upper() if region is None else f"{place.upper()}, {region}"
    return f"{where} (Reuters) - " if agency == "Reuters" else f"{where} (AP) — "


def _caption(ctx: Context, domain: Domain, agency: str) -> str:
    text = ctx.rng.choice(domain.captions).format_map(ctx)
    photographer = person(ctx.rng)
    if agency == "Reuters":
        return f"{text} REUTERS/{photographer}"
    return f"{text} (AP Photo/{photographer})"


def _credits(ctx: Context, place: str, agency: str) -> str:
    rng = ctx.rng
    home = place if all(word[:1].isupper() for word in place.split()) else ctx.country.capital
    away = rng.choice(_CREDIT_CITIES)
    if away == home:
        away = ctx.country.capital if home != ctx.country.capital else "Brussels"
    if agency == "AP":
        return _ap_credits(rng, home, away)
    first, second, third, editor = person(rng), person(rng), person(rng), person(rng)
    shape = rng.random()
    if shape < 0.35:
        return f"(Reporting by {first} in {home}; Editing by {editor})"
    if shape < 0.65:
        return f"(Reporting by {first} and {second} in {home}; Editing by {editor})"
    if shape < 0.85:
        return (f"(Reporting by {first} in {home} and {second} in {away}; Writing by {third}; "
                f"Editing by {editor} and {person(rng)})")
    return (f"(Reporting by {first}; Additional reporting by {second} in {away}; "
            f"Editing by {editor})")


def _ap_credits(rng: random.Random, home: str, away: str) -> str:
    first, second = person(rng), person(rng)
    shape = rng.random()
    if shape < 0.5:
        return f"Associated Press writer {first} in {away} contributed to this report."
    if shape < 0.8:
        return (f"Associated Press writers {first} in {home} and {second} in {away} "
                "contributed to this report.")
    return f"Associated Press writers {first} and {second} contributed."
