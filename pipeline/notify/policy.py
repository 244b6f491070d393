"""When to try a delivery again, and how long to wait first (pure)."""

from __future__ import annotations

from typing import Literal

from pipeline.notify.config import RetryPolicy

Verdict = Literal["delivered", "retry", "give_up"]

# Timeouts, "too early", throttling and server errors may pass; other client errors will not.
_RETRY_STATUSES = frozenset({408, 425, 429})


def backoff_s(policy: RetryPolicy, failed_attempts: int, retry_after_s: float | None = None) -> float:
    """The wait after the `failed_attempts`-th failure: first_backoff_s * multiplier**(n-1),
    or the server's Retry-After when it asks for longer, never above max_backoff_s."""
    if failed_attempts < 1:
        raise ValueError("failed_attempts starts at 1")
    wait = policy.first_backoff_s * policy.multiplier ** (failed_attempts - 1)
    if retry_after_s is not None:
        wait = max(wait, retry_after_s)
    return min(wait, policy.max_backoff_s)


def verdict(status: int | None) -> Verdict:
    """What a response status means for the delivery; None is a network error or a timeout."""
    if status is None:
        return "retry"
    if 200 <= status < 300:
        return "delivered"
    if status in _RETRY_STATUSES or status >= 500:
        return "retry"
    return "give_up"


def retry_after(header: str | None) -> float | None:
    """Seconds from a Retry-After header given in seconds; None when absent or an HTTP date."""
    if header is None:
        return None
    try:
        seconds = float(header.strip())
    except ValueError:
        return None
    return seconds if seconds >= 0 else None
