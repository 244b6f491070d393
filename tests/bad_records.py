"""The bad-record zoo: every kind of malformed or unusable raw record, with the reason it earns.

Shared by the decode unit tests and the integration test that replays the zoo through a worker.
Every text here is written for these tests.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

GOOD_BODY = ("KYIV (Reuters) - Ukraine's parliament approved a new budget on Tuesday after a "
             "long debate, lawmakers said, with more money for schools, roads and hospitals in "
             "the regions that were hit hardest during the winter. The finance minister told "
             "reporters that the plan would be reviewed again in the spring, when the "
             "government expects new figures on tax income from the central bank.")
FRENCH_BODY = ("PARIS (AFP) - Le gouvernement a présenté mardi un nouveau budget pour l'année "
               "prochaine, avec des dépenses en hausse pour les écoles et les hôpitaux, selon "
               "le ministre des finances. Les députés doivent encore voter le texte dans les "
               "prochaines semaines, mais la majorité semble assurée, ont indiqué plusieurs "
               "responsables du parti au pouvoir qui se sont exprimés devant la presse.")
SWAHILI_BODY = ("NAIROBI - Serikali imesema kwamba bajeti mpya ya mwaka huu itaongeza fedha kwa "
                "ajili ya shule na hospitali katika mikoa yote ya nchi, waziri wa fedha alisema "
                "siku ya Jumanne. Wabunge wanatarajiwa kupiga kura kuhusu mpango huo wiki ijayo, "
                "lakini wengi wao wamesema kwamba wanaunga mkono hatua hiyo kwa sababu ya hali "
                "ya uchumi ambayo imekuwa ngumu kwa wananchi wengi.")


def article(article_id: str, body: object = GOOD_BODY, **fields: object) -> dict[str, object]:
    """A valid RawArticle as a JSON-ready dict, with overrides."""
    data: dict[str, object] = {"article_id": article_id, "source": "Reuters",
                               "headline": f"Headline of {article_id}", "body": body,
                               "published_at": "2026-11-30T10:00:00Z", "format": "jsonl"}
    data.update(fields)
    return data


def encoded(data: object) -> bytes:
    return json.dumps(data).encode("utf-8")


@dataclass(frozen=True)
class BadRecord:
    """One record of the zoo: its key, its bytes and the dead-letter reason it must get."""

    key: str
    value: bytes
    reason: str


def long_article_body(words: int) -> str:
    """A plausible English article of about `words` words (sentences repeat, varied by number)."""
    sentence = ("Officials in the capital said on day {n} that the talks would go on, and that "
                "more aid was expected for the towns in the north of the country. ")
    per_sentence = len(sentence.split())
    return "LONDON (Reuters) - " + "".join(sentence.format(n=i)
                                           for i in range(words // per_sentence + 1))


def zoo(max_body_bytes: int, now: datetime | None = None) -> list[BadRecord]:
    """Every kind of bad record, keyed `bad-<kind>`, for a worker with `max_body_bytes`."""
    now = now or datetime.now(UTC)
    future = (now + timedelta(days=2)).isoformat()
    return [
        BadRecord("bad-invalid-json", b'{"article_id": "x", "body": ', "invalid_json"),
        BadRecord("bad-not-utf8", b'{"article_id": "x", "body": "caf\xe9 \xff"}', "not_utf8"),
        BadRecord("bad-null", b"null", "schema"),
        BadRecord("bad-array", b"[]", "schema"),
        BadRecord("bad-empty-object", b"{}", "schema"),
        BadRecord("bad-string", b'"just a string"', "schema"),
        BadRecord("bad-missing-fields", encoded({"body": GOOD_BODY}), "schema"),
        BadRecord("bad-wrong-types", encoded(article("bad-wrong-types", headline=42,
                                                     published_at="yesterday-ish")), "schema"),
        BadRecord("bad-body-not-text", encoded(article("bad-body-not-text", body=["a", "b"])),
                  "schema"),
        BadRecord("bad-empty-body", encoded(article("bad-empty-body", body="  \n\t ")),
                  "empty_body"),
        BadRecord("bad-empty-value", b"", "empty_body"),
        BadRecord("bad-oversized", encoded(article("bad-oversized",
                                                   body="word " * (max_body_bytes // 2))),
                  "oversized"),
        BadRecord("bad-control-chars", encoded(article(
            "bad-control-chars", body=GOOD_BODY[:80] + "\x00\x1b[31m" + GOOD_BODY[80:])),
                  "control_characters"),
        BadRecord("bad-markup", encoded(article("bad-markup", body=(
            "<html><body><div class='story'><p>" + GOOD_BODY + "</p></div></body></html>"))),
                  "markup"),
        BadRecord("bad-canceled", encoded(article("bad-canceled", format="ninjs",
                                                  pubstatus="canceled", version="3")),
                  "withdrawn"),
        BadRecord("bad-withheld", encoded(article("bad-withheld", format="ninjs",
                                                  pubstatus="withheld")), "withdrawn"),
        BadRecord("bad-embargoed", encoded(article("bad-embargoed", format="ninjs",
                                                   embargoed=future)), "embargoed"),
        BadRecord("bad-french", encoded(article("bad-french", body=FRENCH_BODY)),
                  "not_english"),
        BadRecord("bad-declared-german", encoded(article("bad-declared-german",
                                                         language="de")), "not_english"),
        BadRecord("bad-swahili", encoded(article("bad-swahili", body=SWAHILI_BODY)),
                  "not_english"),
    ]
