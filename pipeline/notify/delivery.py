"""Posting one alert to one webhook, with retries and backoff; the outcome, never an exception."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import aiohttp

from pipeline.logs import get_logger
from pipeline.notify.config import RetryPolicy, Webhook
from pipeline.notify.formats import render
from pipeline.notify.policy import backoff_s, retry_after, verdict
from schemas import EscalationAlert

log = get_logger("pipeline.notify")

ALERT_ID_HEADER = "X-Wirewatch-Alert-Id"
USER_AGENT = "wirewatch-notify"


@dataclass(frozen=True)
class Outcome:
    """How delivering one alert to one webhook ended."""

    webhook: str
    alert_id: str
    delivered: bool
    attempts: int
    status: int | None
    error: str = ""
    """One sentence when not delivered."""


def request_headers(webhook: Webhook, alert: EscalationAlert) -> dict[str, str]:
    """Headers of every try: JSON, the alert id twice (ours and the common idempotency name)."""
    return {"Content-Type": "application/json", "User-Agent": USER_AGENT,
            ALERT_ID_HEADER: alert.alert_id, "Idempotency-Key": alert.alert_id,
            **webhook.headers}


async def deliver(session: aiohttp.ClientSession, webhook: Webhook, alert: EscalationAlert,
                  policy: RetryPolicy,
                  sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> Outcome:
    """POST the alert until the webhook accepts it, refuses it for good, or tries run out."""
    body = json.dumps(render(webhook.format, alert), ensure_ascii=False).encode("utf-8")
    headers = request_headers(webhook, alert)
    timeout = aiohttp.ClientTimeout(total=policy.timeout_s)
    status: int | None = None
    problem = ""
    for attempt in range(1, policy.attempts + 1):
        wait_hint: float | None = None
        try:
            async with session.post(webhook.url, data=body, headers=headers,
                                    timeout=timeout, allow_redirects=False) as response:
                status = response.status
                wait_hint = retry_after(response.headers.get("Retry-After"))
                await response.read()
            problem = f"HTTP {status}"
        except (aiohttp.ClientError, TimeoutError) as error:
            status = None
            problem = f"{type(error).__name__}" + (f": {error}" if str(error) else "")
        decision = verdict(status)
        if decision == "delivered":
            log.info("notify.delivered", webhook=webhook.label, alert_id=alert.alert_id,
                     attempts=attempt, status=status)
            return Outcome(webhook.label, alert.alert_id, True, attempt, status)
        if decision == "give_up" or attempt == policy.attempts:
            break
        wait = backoff_s(policy, attempt, wait_hint)
        log.warning("notify.retrying", webhook=webhook.label, alert_id=alert.alert_id,
                    attempt=attempt, problem=problem, backoff_s=round(wait, 3))
        await sleep(wait)
    sentence = (f"delivery to webhook {webhook.label} failed after {attempt} attempt(s), "
                f"last: {problem[:200]}.")
    log.error("notify.failed", webhook=webhook.label, alert_id=alert.alert_id, attempts=attempt,
              problem=problem)
    return Outcome(webhook.label, alert.alert_id, False, attempt, status, sentence)
