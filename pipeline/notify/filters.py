"""Which alerts a webhook wants (pure)."""

from __future__ import annotations

from collections.abc import Collection

from pipeline.alertfeed import alert_passes
from pipeline.notify.config import Webhook
from schemas import EscalationAlert


def wants(webhook: Webhook, alert: EscalationAlert, watchlist: Collection[str] = ()) -> bool:
    """True when the alert is at least the webhook's severity, in its countries and categories,
    and, for a watchlist webhook, names a watchlist country (alert countries or dyad)."""
    if not alert_passes(alert, webhook.min_severity, webhook.countries, webhook.categories):
        return False
    if webhook.watchlist:
        return bool(watchlist) and alert_passes(alert, None, watchlist, ())
    return True
