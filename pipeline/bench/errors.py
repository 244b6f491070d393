"""The one error a benchmark raises: a measurement could not be made."""

from __future__ import annotations

from pipeline.errors import WirewatchError


class BenchError(WirewatchError):
    """A measurement failed (a worker died, records did not arrive in time, ...)."""
