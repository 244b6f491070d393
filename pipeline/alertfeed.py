"""Which escalation alerts a reader asked to see, and how one alert reads as a row of text."""

from __future__ import annotations

from collections.abc import Collection

from schemas import EscalationAlert, severity_rank

ALERT_COLUMNS: tuple[str, ...] = ("time", "severity", "category", "subject", "countries",
                                  "headline", "evidence")
"""The cells of `alert_row`, in order."""

HEADLINE_WIDTH = 70
EVIDENCE_WIDTH = 90

_SEVERITY_STYLES = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "dim"}


def alert_passes(alert: EscalationAlert, min_severity: str | None,
                 countries: Collection[str], categories: Collection[str]) -> bool:
    """True when the alert is at least `min_severity`, names one of `countries` and is in one of
    `categories`; an empty collection (or no severity) does not filter.

    A country matches `alert.countries` or either side of the dyad, as an ISO3 code in any case.
    A category matches the CAMEO code ("19") or the name in any case ("fight").
    """
    if min_severity is not None and severity_rank(alert.severity) < severity_rank(min_severity):
        return False
    if countries and not _upper(countries) & _alert_countries(alert):
        return False
    if categories:
        wanted = {category.strip().casefold() for category in categories}
        if not wanted & {alert.category.code.casefold(), alert.category.name.casefold()}:
            return False
    return True


def alert_row(alert: EscalationAlert) -> list[str]:
    """The alert as text cells named by ALERT_COLUMNS: published time (HH:MM:SS, UTC), severity,
    category ("19 Fight"), subject, countries, shortened headline, shortened first evidence."""
    evidence = alert.evidence[0].sentence if alert.evidence else ""
    return [
        alert.published_at.strftime("%H:%M:%S"),
        alert.severity,
        f"{alert.category.code} {alert.category.name}",
        alert.subject,
        ",".join(alert.countries),
        shorten(alert.headline, HEADLINE_WIDTH),
        shorten(evidence, EVIDENCE_WIDTH),
    ]


def severity_style(severity: str) -> str:
    """The rich style of a severity: critical bold red, high red, medium yellow, low dim."""
    return _SEVERITY_STYLES.get(severity, "")


def shorten(text: str, width: int) -> str:
    """Text on one line, cut to at most `width` characters with an ellipsis when cut."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    return flat[: width - 1].rstrip() + "…"


def _upper(codes: Collection[str]) -> set[str]:
    return {code.strip().upper() for code in codes}


def _alert_countries(alert: EscalationAlert) -> set[str]:
    named = _upper(alert.countries)
    if alert.dyad is not None:
        named |= _upper((alert.dyad.source, alert.dyad.target))
    return named
