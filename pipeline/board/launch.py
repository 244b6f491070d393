"""Finding the board of a worker that a command started: its port, its URL, whether it answers."""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable

from pipeline.broker.local import free_port


def port_is_free(port: int) -> bool:
    """True when nothing listens on `port` (any address) right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("0.0.0.0", port))  # noqa: S104  # the worker binds all addresses too
        except OSError:
            return False
    return True


def pick_board_port(preferred: int) -> int:
    """`preferred` (the configured web port) when it is free, else a free port."""
    return preferred if preferred and port_is_free(preferred) else free_port()


def board_url(port: int, host: str = "127.0.0.1") -> str:
    """The address of the board served on `port`."""
    return f"http://{host}:{port}/"


def wait_for_board(url: str, timeout_s: float, alive: Callable[[], bool] = lambda: True,
                   poll_s: float = 0.5) -> bool:
    """Poll `url` until it answers 200, `timeout_s` passes or `alive()` turns False (the worker
    serving it exited); True when it answered."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and alive():
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310  # our own http URL
                if response.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(poll_s)
    return False
