"""The Faust app's id and settings, in one place for the worker and the bench's passthrough app."""

from __future__ import annotations

from typing import Any

from pipeline.settings import Settings

MAX_REQUEST_BYTES = 4 * 1024 * 1024
"""What a producer may send in one request; the local broker and our topics accept as much."""


def app_id(settings: Settings) -> str:
    """The Faust app id: the consumer group and the prefix of every table changelog topic.

    It follows the topic prefix, so two pipelines with different prefixes on one cluster never
    share a consumer group, stories, cooldowns or surge counts.
    """
    return f"{settings.topic_prefix}.{settings.worker_id}" if settings.topic_prefix \
        else settings.worker_id


def faust_app_options(settings: Settings) -> dict[str, Any]:
    """Every faust.App option but the broker connection (see faust_broker_options)."""
    return {
        "store": "memory://", "autodiscover": False, "topic_partitions": settings.partitions,
        # Faust writes under datadir (default: ./<app id>-data, wherever the worker was started).
        "datadir": str(settings.faust_data_dir),
        "topic_replication_factor": settings.replication_factor,
        "key_serializer": "json", "value_serializer": "json",
        "web_port": settings.web_port, "web_bind": "0.0.0.0",  # noqa: S104  # containers need it
        "web_host": "127.0.0.1",
        "consumer_auto_offset_reset": "earliest", "topic_disable_leader": True,
        # Measured in the bench: batches and large buffers double a Python agent's throughput.
        "stream_buffer_maxsize": 32768, "broker_max_poll_records": 5000,
        "consumer_max_fetch_size": 16 * 1024 * 1024,
        # On SIGTERM and on rebalance, finish and commit what was fetched before letting go:
        # otherwise a stop commits only up to the last timer commit and a restart redoes it.
        "stream_wait_empty": True,
        "producer_acks": -1, "broker_commit_every": 500, "broker_commit_interval": 1.0,
        # Dead letters and enriched copies of records near the body limit must fit.
        "producer_max_request_size": MAX_REQUEST_BYTES,
        # A worker that died without leaving the group holds its partitions until the session
        # times out: keep that short so a restarted or added worker takes over quickly.
        "broker_session_timeout": 10.0, "broker_heartbeat_interval": 1.0,
        "processing_guarantee": settings.processing_guarantee,
    }
