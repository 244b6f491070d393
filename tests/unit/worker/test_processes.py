"""`wirewatch worker --processes N`: the children's ports and commands, and how the parent
supervises them (a child that ends ends the rest; SIGTERM stops every child)."""

from __future__ import annotations

import signal
import sys
import threading
import time

from pipeline.worker.processes import (
    EXIT_CHILD_FAILED,
    ChildPorts,
    Supervisor,
    child_command,
    child_environment,
    child_ports,
)

SLEEPER = [sys.executable, "-c", "import time; time.sleep(120)"]


def test_each_child_takes_the_configured_ports_plus_its_index() -> None:
    assert child_ports(0, 6066, 9464) == ChildPorts(6066, 9464)
    assert child_ports(2, 6066, 9464) == ChildPorts(6068, 9466)


def test_a_port_of_zero_stays_zero_for_every_child() -> None:
    assert child_ports(3, 0, 0) == ChildPorts(0, 0)


def test_a_child_is_a_single_process_worker_of_the_mode() -> None:
    assert child_command("model", 7001)[-8:] == ["pipeline", "worker", "--processes", "1",
                                                 "--mode", "model", "--web-port", "7001"]
    env = child_environment({"PATH": "/bin"}, ChildPorts(7001, 9001))
    assert env == {"PATH": "/bin", "WIREWATCH_METRICS_PORT": "9001",
                   "WIREWATCH_WORKER_PROCESSES": "1"}


def test_a_child_that_fails_ends_the_others_and_the_parent_with_its_status() -> None:
    supervisor = Supervisor([SLEEPER, [sys.executable, "-c", "raise SystemExit(3)"]],
                            [{}, {}])
    started = time.monotonic()
    assert supervisor.run() == 3
    assert time.monotonic() - started < 30


def test_a_child_that_ends_cleanly_unasked_still_fails_the_parent() -> None:
    supervisor = Supervisor([SLEEPER, [sys.executable, "-c", "pass"]], [{}, {}])
    assert supervisor.run() == EXIT_CHILD_FAILED


def test_a_stop_request_stops_every_child_and_exits_zero() -> None:
    supervisor = Supervisor([SLEEPER, SLEEPER], [{}, {}])
    # Sleepers die of SIGTERM (status -15): a clean stop of real workers exits 0; here the
    # supervisor reports the children did not stop cleanly.
    timer = threading.Timer(1.0, supervisor.request_stop, args=(signal.SIGTERM,))
    timer.start()
    try:
        assert supervisor.run() == EXIT_CHILD_FAILED
    finally:
        timer.cancel()
    handlers = [sys.executable, "-c", "import signal, sys, time\n"
                "signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))\ntime.sleep(120)"]
    clean = Supervisor([handlers, handlers], [{}, {}])
    timer = threading.Timer(3.0, clean.request_stop, args=(signal.SIGTERM,))
    timer.start()
    try:
        assert clean.run() == 0
    finally:
        timer.cancel()
