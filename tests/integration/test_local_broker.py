"""The local broker lifecycle: idempotent start, truthful status, clean stop, clear errors."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from pipeline.broker.local import LocalBroker, free_port
from pipeline.errors import BrokerError
from pipeline.settings import Settings

LIB = Settings().kafka_home / "lib"


def test_start_is_idempotent_status_tells_the_truth_and_stop_is_clean(tmp_path: Path) -> None:
    broker = LocalBroker(tmp_path, port=free_port(), controller_port=free_port(), heap="512M",
                         lib_dir=LIB)
    assert broker.status()["running"] is False
    first = broker.start(timeout_s=120)
    try:
        again = broker.start()
        assert again.pid == first.pid
        state = broker.status()
        assert (state["running"], state["answering"], state["bootstrap"]) == (
            True, True, f"127.0.0.1:{broker.port}")
        assert (tmp_path / "logs" / "server.log").exists()
    finally:
        assert broker.stop() is True
    assert broker.status() == {"running": False, "answering": False, "bootstrap": None,
                               "pid": None}
    assert broker.stop() is False


def test_a_taken_port_is_named_in_the_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        broker = LocalBroker(tmp_path, port=port, controller_port=free_port(), lib_dir=LIB)
        with pytest.raises(BrokerError, match=f"port {port} is already taken"):
            broker.start()


def test_missing_jars_point_to_make_setup(tmp_path: Path) -> None:
    broker = LocalBroker(tmp_path, port=free_port(), controller_port=free_port(),
                         lib_dir=tmp_path / "nolib")
    with pytest.raises(BrokerError, match="run `make setup`"):
        broker.start()
