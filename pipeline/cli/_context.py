"""Settings for a CLI command: built once per process, after the environment is final."""

from __future__ import annotations

from functools import cache

from pipeline.broker.local import LocalBroker
from pipeline.settings import Settings


@cache
def settings() -> Settings:
    """The effective settings of this process."""
    return Settings()


def local_broker_for(config: Settings) -> LocalBroker:
    """The local broker described by the settings."""
    return LocalBroker(config.kafka_home, port=config.broker_port,
                       controller_port=config.broker_controller_port, heap=config.broker_heap)


