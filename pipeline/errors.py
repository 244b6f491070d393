"""Errors a user can cause, each carrying one sentence that tells them what to do."""

from __future__ import annotations


class WirewatchError(Exception):
    """A problem the user can fix; the CLI prints its message and exits non-zero."""

    exit_code = 1


class BrokerError(WirewatchError):
    """The broker is unreachable, or the local broker cannot start or stop."""


class InputError(WirewatchError):
    """A path or file the user gave cannot be read."""

    exit_code = 2


class DataFileError(WirewatchError):
    """A lexicon, gazetteer, topic or watchlist file is malformed."""


class ConfigError(WirewatchError):
    """A setting is invalid, inconsistent, or names a file that cannot be read."""

    exit_code = 2
