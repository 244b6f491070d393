"""Readers carry ninjs pubstatus, embargo and version into RawArticle; the worker decides."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from pipeline.readers.jsonl import parse_jsonl
from pipeline.readers.ninjs import parse_ninjs
from pipeline.readers.problems import ReadProblem
from pipeline.readers.wiretext import parse_wiretext
from schemas import RawArticle

PATH = Path("x")
BODY = "KYIV (Reuters) - Parliament approved the budget on Tuesday, lawmakers said."


def only(items: list[RawArticle | ReadProblem]) -> RawArticle:
    assert len(items) == 1
    assert isinstance(items[0], RawArticle), items[0]
    return items[0]


def test_ninjs_status_embargo_and_version_reach_the_article() -> None:
    doc = {"uri": "urn:x:1", "pubstatus": "Canceled", "embargoed": "2026-12-24T06:00:00Z",
           "version": 3, "bodies": [{"role": "main", "value": BODY}]}
    article = only(list(parse_ninjs(json.dumps(doc), PATH)))
    assert article.pubstatus == "canceled"
    assert article.embargoed == datetime(2026, 12, 24, 6, tzinfo=UTC)
    assert article.version == "3"


def test_ninjs_without_status_fields_leaves_them_empty() -> None:
    article = only(list(parse_ninjs(json.dumps({"bodies": [{"value": BODY}]}), PATH)))
    assert (article.pubstatus, article.embargoed, article.version) == (None, None, None)


def test_an_unknown_pubstatus_is_a_schema_problem_naming_the_field() -> None:
    doc = {"pubstatus": "killed", "bodies": [{"value": BODY}]}
    [problem] = list(parse_ninjs(json.dumps(doc), PATH))
    assert isinstance(problem, ReadProblem)
    assert problem.reason == "schema"
    assert "pubstatus" in problem.message


def test_jsonl_and_wire_text_carry_the_same_fields() -> None:
    line = json.dumps({"body": BODY, "pubstatus": "withheld", "version": "2"})
    article = only(list(parse_jsonl(line, PATH)))
    assert (article.pubstatus, article.version) == ("withheld", "2")
    text = f"Pubstatus: usable\nEmbargoed: 2026-12-24T06:00:00Z\nVersion: 4\n\n{BODY}\n"
    article = only(list(parse_wiretext(text, PATH)))
    assert (article.pubstatus, article.version) == ("usable", "4")
    assert article.embargoed == datetime(2026, 12, 24, 6, tzinfo=UTC)
    assert article.body == BODY
