"""Property tests: any file content gives articles or ReadProblems, quickly, never another error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.readers.discover import read_file
from pipeline.readers.jsonl import parse_jsonl
from pipeline.readers.ninjs import parse_ninjs
from pipeline.readers.problems import ReadProblem
from pipeline.readers.wiretext import parse_wiretext
from schemas import RawArticle

PATH = Path("generated.input")
PROPERTY = settings(max_examples=200, deadline=1000,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=60))
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)),
    max_leaves=20)
FIELD_NAMES = st.sampled_from([
    "id", "article_id", "title", "headline", "body", "text", "published", "published_at", "date",
    "lang", "language", "source", "agency", "url", "format", "ingested_at", "pubstatus",
    "embargoed", "version", "uri", "bodies", "headlines", "versioncreated", "firstcreated",
    "provider", "copyrightholder", "value", "contenttype", "role"])
LOOSE_DOCS = st.dictionaries(FIELD_NAMES, JSON_VALUES, max_size=8)
NINJS_DOCS = st.fixed_dictionaries({}, optional={
    "uri": st.text(max_size=300), "pubstatus": SCALARS, "embargoed": SCALARS,
    "version": SCALARS, "language": SCALARS, "versioncreated": SCALARS,
    "provider": st.one_of(SCALARS, st.dictionaries(st.just("name"), SCALARS)),
    "headlines": st.lists(st.dictionaries(st.sampled_from(["role", "value"]), SCALARS),
                          max_size=3),
    "bodies": st.lists(st.dictionaries(st.sampled_from(["role", "value", "contenttype"]),
                                       st.one_of(SCALARS, st.sampled_from(
                                           ["text/html", "<p>Rain fell.</p><br>x"]))),
                       max_size=3)})
HEADER_TEXT = st.lists(st.one_of(
    st.sampled_from(["Headline: ", "Published: ", "Id: ", "Source: ", "Language: ", "Url: ",
                     "Pubstatus: ", "Embargoed: ", "Version: ", "---", "\n", "\n\n",
                     "2026-01-01T00:00:00Z", "canceled", "x" * 250, "WASHINGTON (Reuters) - "]),
    st.text(max_size=30)), max_size=40).map("".join)


def _only_articles_and_problems(items: list[object]) -> None:
    assert all(isinstance(item, RawArticle | ReadProblem) for item in items)
    for item in items:
        if isinstance(item, ReadProblem):
            assert item.message.endswith(".") or item.message.endswith(")"), item.message
        elif isinstance(item, RawArticle):
            assert item.body.strip()


@PROPERTY
@given(st.text(max_size=3000))
def test_any_text_is_wire_text_articles_or_problems(text: str) -> None:
    _only_articles_and_problems(list(parse_wiretext(text, PATH)))


@PROPERTY
@given(HEADER_TEXT)
def test_header_like_text_is_wire_text_articles_or_problems(text: str) -> None:
    _only_articles_and_problems(list(parse_wiretext(text, PATH)))


@PROPERTY
@given(st.lists(st.one_of(LOOSE_DOCS.map(json.dumps), JSON_VALUES.map(json.dumps),
                          st.text(max_size=80)), max_size=10))
def test_any_lines_are_jsonl_articles_or_problems(lines: list[str]) -> None:
    _only_articles_and_problems(list(parse_jsonl("\n".join(lines), PATH)))


@PROPERTY
@given(st.one_of(NINJS_DOCS, st.lists(NINJS_DOCS, max_size=4), JSON_VALUES))
def test_any_json_is_ninjs_articles_or_problems(data: object) -> None:
    _only_articles_and_problems(list(parse_ninjs(json.dumps(data), PATH)))


@PROPERTY
@given(st.text(max_size=500))
def test_any_text_is_ninjs_articles_or_problems(text: str) -> None:
    _only_articles_and_problems(list(parse_ninjs(text, PATH)))


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".json", ".xml"])
@PROPERTY
@given(content=st.binary(max_size=2000))
def test_any_bytes_in_any_file_are_articles_or_problems(tmp_path: Path, suffix: str,
                                                         content: bytes) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(content)
    _only_articles_and_problems(list(read_file(path)))


def test_deeply_nested_json_is_a_problem_not_a_crash() -> None:
    items = list(parse_ninjs("[" * 50_000 + "]" * 50_000, PATH))
    _only_articles_and_problems(items)
    items = list(parse_jsonl("[" * 50_000 + "]" * 50_000, PATH))
    _only_articles_and_problems(items)
