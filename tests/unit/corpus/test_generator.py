"""The synthetic corpus generator: deterministic, realistic in length, layout and domain mix."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.corpus import _templates as tpl
from pipeline.corpus import generate_articles, write_jsonl
from pipeline.corpus._context import Context
from pipeline.corpus.generator import _BODY_POOLS, _DOMAINS
from pipeline.layout import parse_layout
from pipeline.readers.jsonl import parse_jsonl
from schemas import RawArticle

SAMPLE = 200


@pytest.fixture(scope="module")
def articles() -> list[RawArticle]:
    return list(generate_articles(SAMPLE, seed=7))


def _dump(items: list[RawArticle]) -> list[dict[str, object]]:
    return [item.model_dump() for item in items]


def test_same_seed_gives_identical_output(articles: list[RawArticle]) -> None:
    assert _dump(list(generate_articles(SAMPLE, seed=7))) == _dump(articles)


def test_different_seeds_give_different_output(articles: list[RawArticle]) -> None:
    other = list(generate_articles(SAMPLE, seed=8))
    assert [a.body for a in other] != [a.body for a in articles]
    assert not {a.body for a in other} & {a.body for a in articles}


def test_a_longer_run_starts_with_the_shorter_one(articles: list[RawArticle]) -> None:
    assert _dump(list(generate_articles(20, seed=7))) == _dump(articles[:20])


def test_word_counts_stay_within_bounds(articles: list[RawArticle]) -> None:
    counts = [len(a.body.split()) for a in articles]
    assert all(300 <= count <= 900 for count in counts)
    assert 450 <= sum(counts) / len(counts) <= 750
    assert max(counts) - min(counts) > 300  # spread over the range, not one length


@pytest.mark.parametrize(("min_words", "max_words"), [(150, 160), (400, 400), (800, 1600)])
def test_configured_word_bounds_hold(min_words: int, max_words: int) -> None:
    for article in generate_articles(60, seed=3, min_words=min_words, max_words=max_words):
        assert min_words <= len(article.body.split()) <= max_words
        assert len(parse_layout(article.body).story(article.body).split("\n\n")) >= 6


def test_every_article_validates_and_has_ids_and_format(articles: list[RawArticle]) -> None:
    for index, article in enumerate(articles):
        again = RawArticle.model_validate(article.model_dump())
        assert again == article
        assert article.article_id == f"syn-7-{index:07d}"
        assert article.format == "jsonl"
        assert article.language == "en"
        assert article.source in {"Reuters", "AP"}
        assert article.headline
        assert article.headline[0].isupper()
    assert len({a.article_id for a in articles}) == SAMPLE


def test_layout_finds_dateline_and_credits(articles: list[RawArticle]) -> None:
    captions = 0
    for article in articles:
        layout = parse_layout(article.body)
        assert layout.dateline is not None, article.body[:200]
        assert layout.dateline.agency == article.source
        credits = layout.credits
        assert credits.reporters or credits.photographers, article.body[-300:]
        assert credits.reporters, article.body[-300:]
        story_paragraphs = layout.story(article.body).split("\n\n")
        assert 6 <= len(story_paragraphs) <= 20
        if layout.caption is not None:
            captions += 1
            assert credits.photographers
    assert 0 < captions < SAMPLE


def test_published_at_increases_from_start_by_5_to_120_seconds(
        articles: list[RawArticle]) -> None:
    assert articles[0].published_at == datetime(2026, 1, 1, tzinfo=UTC)
    for before, after in itertools.pairwise(articles):
        assert timedelta(seconds=5) <= after.published_at - before.published_at <= timedelta(
            seconds=120)


def test_start_can_be_given() -> None:
    start = datetime(2027, 3, 4, 12, 0)
    first = next(generate_articles(1, seed=1, start=start))
    assert first.published_at == start.replace(tzinfo=UTC)


def test_domain_mix_is_present(articles: list[RawArticle]) -> None:
    bodies = [a.body.lower() for a in articles]

    def share(*words: str) -> float:
        return sum(any(word in body for word in words) for body in bodies) / len(bodies)

    assert share("shares", "market") > 0.1
    assert share("match", "goal") > 0.1
    assert share("troops", "strike") > 0.15
    assert len({a.headline for a in articles if "sanction" in a.body.lower()}) >= 5
    assert len({a.headline for a in articles}) > SAMPLE * 0.9


def test_every_template_fills() -> None:
    for domain in set(_DOMAINS):
        ctx = Context(random.Random(0), domain.name, datetime(2026, 1, 1, tzinfo=UTC), "AP")
        headlines = tuple(h for story in domain.stories for h in story.headlines)
        leads = tuple(story.lead for story in domain.stories)
        for group in (headlines, leads, _BODY_POOLS[domain.name], domain.quotes, domain.captions,
                      tpl.SHORT):
            for template in group:
                assert "{" not in template.format_map(ctx)
        for key in (*domain.speakers, *domain.places):
            assert ctx[key]


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="count"):
        generate_articles(-1)
    with pytest.raises(ValueError, match="min_words"):
        generate_articles(1, min_words=20)
    with pytest.raises(ValueError, match="max_words"):
        generate_articles(1, min_words=500, max_words=400)


def test_write_jsonl_round_trips_through_the_reader(tmp_path: Path) -> None:
    path = tmp_path / "out" / "synthetic.jsonl"
    generated = list(generate_articles(25, seed=2))
    assert write_jsonl(path, generated) == 25
    read = list(parse_jsonl(path.read_text(encoding="utf-8"), path))
    assert all(isinstance(item, RawArticle) for item in read)
    assert [(a.article_id, a.body, a.headline, a.published_at) for a in read if
            isinstance(a, RawArticle)] == [
        (a.article_id, a.body, a.headline, a.published_at) for a in generated]
