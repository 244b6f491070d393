"""structlog set up once: console lines on a TTY, JSON lines otherwise, all on stderr.

The stdlib loggers of kafka-python, aiokafka and faust go through the same renderer.
"""

from __future__ import annotations

import logging
import sys
from typing import Any, Literal

import structlog

_NOISY = {"kafka": logging.WARNING, "aiokafka": logging.WARNING, "faust": logging.WARNING,
          "mode": logging.WARNING, "asyncio": logging.WARNING}


def _renderer(log_format: Literal["auto", "json", "console"]) -> Any:
    use_console = sys.stderr.isatty() if log_format == "auto" else log_format == "console"
    if use_console:
        return structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    return structlog.processors.JSONRenderer()


def configure_logging(level: str = "info",
                      log_format: Literal["auto", "json", "console"] = "auto") -> None:
    """Route structlog and stdlib logging to stderr through one renderer."""
    numeric = logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                    structlog.processors.format_exc_info,
                    _renderer(log_format)],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(numeric)
    for name, floor in _NOISY.items():
        logging.getLogger(name).setLevel(max(numeric, floor))


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    """A structlog logger named for its module."""
    logger: structlog.stdlib.BoundLogger = structlog.get_logger(name)
    return logger
