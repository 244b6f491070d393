"""Readers: wire text, JSON Lines and ninjs in; articles out; problems named with file and line."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.readers import ReadProblem, expand_paths, read_articles
from pipeline.readers.identity import derive_article_id
from schemas import RawArticle

WIRE = """Headline: Port workers walk out over pay
Published: 2026-03-02T08:15:00Z

ROTTERDAM (Reuters) - Dock workers in Rotterdam stopped work on Monday. Talks resume Friday.

(Reporting by Eva Smit; Editing by Tom Hale)
"""

BARE = """Farmers watch a tractor parade in Lyon, France, March 1, 2026. REUTERS/Luc Martin

LYON, France (Reuters) -Farmers drove tractors through Lyon on Sunday to protest fuel prices.

(Reporting by Luc Martin; Editing by Ann Best)
"""


def _articles(items: list[RawArticle | ReadProblem]) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def _problems(items: list[RawArticle | ReadProblem]) -> list[ReadProblem]:
    return [i for i in items if isinstance(i, ReadProblem)]


def test_wiretext_header_gives_headline_time_and_keeps_the_body_intact(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(WIRE, encoding="utf-8")
    [article] = list(read_articles([path]))
    assert isinstance(article, RawArticle)
    assert article.headline == "Port workers walk out over pay"
    assert article.published_at == datetime(2026, 3, 2, 8, 15, tzinfo=UTC)
    assert article.body.startswith("ROTTERDAM (Reuters) - Dock workers")
    assert article.body.endswith("(Reporting by Eva Smit; Editing by Tom Hale)")
    assert article.source == "Reuters"
    assert article.format == "wiretext"
    assert article.article_id == derive_article_id(article.body)


def test_wiretext_without_header_derives_headline_from_the_lead(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text(BARE, encoding="utf-8")
    [article] = list(read_articles([path]))
    assert isinstance(article, RawArticle)
    assert article.headline == "Farmers drove tractors through Lyon on Sunday to protest fuel prices"
    assert article.body.startswith("Farmers watch a tractor parade")


def test_same_text_gives_the_same_id_and_different_text_another() -> None:
    assert derive_article_id("A  b\nC") == derive_article_id("a b c")
    assert derive_article_id("a b c") != derive_article_id("a b d")


def test_several_articles_split_by_dashes_in_one_file(tmp_path: Path) -> None:
    path = tmp_path / "many.txt"
    path.write_text(WIRE + "\n---\n" + BARE + "\n---\n", encoding="utf-8")
    items = list(read_articles([path]))
    assert [a.headline for a in _articles(items)] == [
        "Port workers walk out over pay",
        "Farmers drove tractors through Lyon on Sunday to protest fuel prices"]
    assert _problems(items) == []


def test_jsonl_reads_good_lines_and_reports_bad_ones_with_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"body": "Rain fell on Tuesday.", "headline": "Rain"}),
             "{not json",
             json.dumps({"body": "  "}),
             json.dumps({"body": "Snow fell.", "published_at": "yesterday"}),
             json.dumps(["a list"]),
             json.dumps({"text": "Hail fell.", "title": "Hail", "agency": "AP", "id": "x1"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_articles([path]))
    assert [(a.article_id, a.headline, a.source) for a in _articles(items)][1] == ("x1", "Hail",
                                                                                  "AP")
    assert [(p.line, p.reason) for p in _problems(items)] == [
        (2, "invalid_json"), (3, "empty_body"), (4, "schema"), (5, "schema")]
    assert "published_at" in _problems(items)[2].message


def test_ninjs_document_with_html_body(tmp_path: Path) -> None:
    doc = {"uri": "http://example.org/2026/storm-1", "versioncreated": "2026-01-05T10:00:00+01:00",
           "language": "en", "headlines": [{"role": "main", "value": "Storm hits coast"}],
           "bodies": [{"role": "main", "contenttype": "text/html",
                       "value": "<p>LISBON (Reuters) - A storm hit.</p><p>Trees fell &amp; roads shut.</p>"}],
           "by": "Rita Sousa"}
    path = tmp_path / "storm.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    [article] = list(read_articles([path]))
    assert isinstance(article, RawArticle)
    assert article.body == "LISBON (Reuters) - A storm hit.\n\nTrees fell & roads shut."
    assert article.headline == "Storm hits coast"
    assert article.url == "http://example.org/2026/storm-1"
    assert article.published_at == datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    assert article.format == "ninjs"


def test_non_utf8_and_empty_files_are_problems_not_articles(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 opens\n".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(WIRE, encoding="utf-8")
    items = list(read_articles([tmp_path]))
    assert len(_articles(items)) == 1
    reasons = {p.path.name: p.reason for p in _problems(items)}
    assert reasons == {"latin1.txt": "not_utf8", "empty.txt": "empty_body"}
    assert "0xe9" in str(next(p for p in _problems(items) if p.reason == "not_utf8"))


def test_folders_and_globs_expand_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "notes.md", "sub/c.jsonl"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.txt", "b.txt", "c.jsonl"]
    assert [p.name for p in expand_paths([str(tmp_path / "*.txt")])] == ["a.txt", "b.txt"]


def test_missing_path_is_a_one_sentence_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"does not exist\.$"):
        expand_paths([tmp_path / "nope"])
    with pytest.raises(InputError, match="matches no article files"):
        expand_paths([str(tmp_path / "*.txt")])
