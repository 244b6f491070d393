"""The framework baseline: a Faust agent that copies raw records to another topic, unchanged.

Run as `python -m pipeline.bench.passthrough_app` with the worker's environment
(KAFKA_BOOTSTRAP_SERVERS, WIREWATCH_TOPIC_PREFIX, WIREWATCH_WORKER_ID, ...). It reads the raw
topic exactly as the enrich agent does (same app settings, same batches) and sends each
record to `copy_topic(settings)`, so the difference to the real worker is the work itself.
"""

from __future__ import annotations

import faust

from pipeline.broker.security import faust_broker_options
from pipeline.settings import Settings
from pipeline.worker.agents import BATCH, BATCH_WITHIN_S
from pipeline.worker.options import app_id, faust_app_options


def copy_topic(settings: Settings) -> str:
    """The topic the passthrough agent writes to."""
    return f"{settings.topic_prefix}.bench.passthrough.copy"


def build_passthrough(settings: Settings) -> faust.App:
    """The app with its one agent; topics must exist already (the bench creates them)."""
    app = faust.App(app_id(settings), **faust_broker_options(settings),
                    **faust_app_options(settings))
    raw = app.topic(settings.topics.raw, key_type=bytes, value_type=bytes,
                    key_serializer="raw", value_serializer="raw")
    copy = app.topic(copy_topic(settings), key_type=bytes, value_type=bytes,
                     key_serializer="raw", value_serializer="raw")

    @app.agent(raw, name="passthrough")
    async def passthrough(stream: faust.StreamT[bytes]) -> None:
        async for events in stream.take_events(BATCH, within=BATCH_WITHIN_S):  # type: ignore[attr-defined]  # in Stream, not StreamT
            for event in events:
                await copy.send(key=event.message.key, value=event.value)

    del passthrough  # registered on the app
    return app


def main() -> None:
    """Run the passthrough worker until SIGTERM."""
    from faust import Worker as FaustWorker  # noqa: PLC0415  # heavy: only when run

    from pipeline.broker.local import free_port  # noqa: PLC0415
    from pipeline.logs import configure_logging  # noqa: PLC0415

    settings = Settings()
    configure_logging(settings.log_level, settings.log_format)
    settings = Settings(**{**settings.model_dump(), "web_port": settings.web_port or free_port()})
    app = build_passthrough(settings)
    worker = FaustWorker(app, loglevel=settings.log_level.replace("warning", "warn"),
                         override_logging=False, quiet=True)
    worker.execute_from_commandline()


if __name__ == "__main__":
    main()
