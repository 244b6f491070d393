"""exactly_once is refused with one clear sentence until the worker's sends fit Faust's
transactions (see the README's Reliability section)."""

from __future__ import annotations

import pytest

from pipeline.errors import ConfigError
from pipeline.settings import Settings
from pipeline.worker.app import build_worker


def test_the_worker_refuses_exactly_once_before_it_connects() -> None:
    settings = Settings(processing_guarantee="exactly_once", kafka_bootstrap_servers="127.0.0.1:1",
                        metrics_port=0)
    with pytest.raises(ConfigError, match=r"^WIREWATCH_PROCESSING_GUARANTEE=exactly_once is not "
                                          r"supported .*at_least_once.*\.$"):
        build_worker(settings)
