"""The local Apache Kafka broker: one KRaft node run from its Maven Central jars on JDK 17."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from string import Template
from typing import Literal

from pipeline.broker.readiness import cluster_answers, wait_until_ready
from pipeline.errors import BrokerError
from pipeline.settings import PROJECT_ROOT

OPS_DIR = PROJECT_ROOT / "ops" / "kafka"


@dataclass(frozen=True)
class BrokerInfo:
    """A running local broker, as recorded in its state file."""

    pid: int
    port: int
    controller_port: int
    bootstrap: str
    started_at: float
    startup_seconds: float
    secure_bootstrap: str | None = None


ScramMechanism = Literal["SCRAM-SHA-256", "SCRAM-SHA-512"]
_SAFE_SECRET = re.compile(r"[A-Za-z0-9._~+/=-]{1,128}")


@dataclass(frozen=True)
class BrokerSecurity:
    """An extra SASL_SSL listener with KRaft's StandardAuthorizer, for tests and trials.

    `admin_user` is the super user the broker itself authenticates as (PLAIN); `plain_users`
    and `scram_users` are the client accounts (SCRAM ones are written at format time).
    """

    port: int
    keystore: Path
    truststore: Path
    admin_password: str
    admin_user: str = "admin"
    plain_users: dict[str, str] = field(default_factory=dict)
    scram_users: tuple[tuple[ScramMechanism, str, str], ...] = ()
    client_auth: Literal["none", "requested", "required"] = "none"

    def __post_init__(self) -> None:
        secrets = [self.admin_user, self.admin_password, *self.plain_users,
                   *self.plain_users.values(), *(x for _, n, p in self.scram_users for x in (n, p))]
        if not all(_SAFE_SECRET.fullmatch(value) for value in secrets):
            # They are written into a JAAS line and a StorageTool argument without quoting.
            raise BrokerError("broker user names and passwords may use only letters, digits "
                              "and ._~+/=- (at most 128 characters).")

    def plain_jaas(self) -> str:
        """The PLAIN login module line: the broker's own login and every PLAIN account."""
        users = {self.admin_user: self.admin_password, **self.plain_users}
        accounts = " ".join(f'user_{name}="{password}"' for name, password in users.items())
        return ("org.apache.kafka.common.security.plain.PlainLoginModule required "
                f'username="{self.admin_user}" password="{self.admin_password}" {accounts};')


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """True when nothing listens on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A port the OS says is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child still answers kill(0); reap it if it is ours.
    with contextlib.suppress(ChildProcessError):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            return False
    return True


class LocalBroker:
    """Start, stop and inspect a single-node KRaft broker whose files live under `home`."""

    def __init__(self, home: Path, port: int = 9092, controller_port: int = 9093,
                 heap: str = "1G", lib_dir: Path | None = None,
                 security: BrokerSecurity | None = None) -> None:
        self.home = home
        self.security = security
        self.port = port
        self.controller_port = controller_port
        self.heap = heap
        self.lib_dir = lib_dir or home / "lib"
        self.data_dir = home / "data"
        self.logs_dir = home / "logs"
        self.state_file = home / "broker.json"
        self.properties_file = home / "server.properties"

    # -- inspection -----------------------------------------------------------------
    def info(self) -> BrokerInfo | None:
        """The recorded broker if its process is alive, else None (stale state is removed)."""
        if not self.state_file.exists():
            return None
        try:
            info = BrokerInfo(**json.loads(self.state_file.read_text(encoding="utf-8")))
        except (ValueError, TypeError):
            self.state_file.unlink(missing_ok=True)
            return None
        if not _pid_alive(info.pid):
            self.state_file.unlink(missing_ok=True)
            return None
        return info

    def status(self) -> dict[str, object]:
        """What is true right now: running, answering, where."""
        info = self.info()
        if info is None:
            return {"running": False, "answering": False, "bootstrap": None, "pid": None}
        answering = cluster_answers({"bootstrap_servers": [info.bootstrap]})
        return {"running": True, "answering": answering, "bootstrap": info.bootstrap,
                "pid": info.pid, "data_dir": str(self.data_dir),
                "uptime_s": round(time.time() - info.started_at, 1)}

    # -- start ----------------------------------------------------------------------
    def _check_prerequisites(self) -> str:
        java = shutil.which("java")
        if java is None:
            raise BrokerError("Java was not found on PATH; install a JDK 17 or newer "
                              "(e.g. apt-get install openjdk-17-jre-headless).")
        if not any(self.lib_dir.glob("kafka_2.13-*.jar")):
            raise BrokerError(f"the Kafka jars are missing from {self.lib_dir}; run `make setup` "
                              "to fetch them with Maven.")
        ports = [self.port, self.controller_port]
        if self.security is not None:
            ports.append(self.security.port)
        for port in ports:
            if not port_is_free(port):
                raise BrokerError(f"port {port} is already taken by another process; set "
                                  "WIREWATCH_BROKER_PORT/WIREWATCH_BROKER_CONTROLLER_PORT "
                                  "to free ports.")
        return java

    def _render_properties(self) -> None:
        template = Template((OPS_DIR / "server.properties.template").read_text(encoding="utf-8"))
        text = template.substitute(port=self.port, controller_port=self.controller_port,
                                   data_dir=self.data_dir, partitions=4)
        if self.security is not None:
            secured = Template((OPS_DIR / "security.properties.template").read_text(
                encoding="utf-8"))
            text += secured.substitute(
                port=self.port, controller_port=self.controller_port,
                secure_port=self.security.port, plain_jaas=self.security.plain_jaas(),
                keystore=self.security.keystore, truststore=self.security.truststore,
                client_auth=self.security.client_auth, admin_user=self.security.admin_user)
        self.properties_file.write_text(text, encoding="utf-8")
        self.properties_file.chmod(0o600)  # it may hold the broker's own password

    def _java_command(self, java: str, main_class: str, *args: str) -> list[str]:
        return [java, f"-Xmx{self.heap}", f"-Xms{self.heap}", "-XX:+UseG1GC",
                "-Djava.awt.headless=true",
                f"-Dlog4j2.configurationFile={OPS_DIR / 'log4j2.properties'}",
                f"-Dkafka.logs.dir={self.logs_dir}",
                "-cp", f"{self.lib_dir}/*", main_class, *args]

    def _format_storage(self, java: str) -> None:
        if (self.data_dir / "meta.properties").exists():
            return
        cluster_id = uuid.uuid4().hex[:22]
        # SCRAM accounts live in the cluster metadata: the first records written at format time.
        scram = [arg for mechanism, name, password in (
            self.security.scram_users if self.security is not None else ())
            for arg in ("--add-scram", f"{mechanism}=[name={name},password={password}]")]
        result = subprocess.run(
            self._java_command(java, "kafka.tools.StorageTool", "format", "-t", cluster_id,
                               "-c", str(self.properties_file), "--ignore-formatted", *scram),
            capture_output=True, text=True, check=False, timeout=120)
        if result.returncode != 0:
            raise BrokerError("formatting the Kafka log directory failed: "
                              + (result.stderr.strip().splitlines() or ["no output"])[-1])

    def start(self, timeout_s: float = 90.0) -> BrokerInfo:
        """Start the broker (or return the one already running) once it answers metadata."""
        running = self.info()
        if running is not None:
            return running
        java = self._check_prerequisites()
        for folder in (self.data_dir, self.logs_dir):
            folder.mkdir(parents=True, exist_ok=True)
        self._render_properties()
        self._reset_if_ports_changed()
        self._format_storage(java)
        started_at = time.time()
        with (self.logs_dir / "stdout.log").open("ab") as out:
            process = subprocess.Popen(
                self._java_command(java, "kafka.Kafka", str(self.properties_file)),
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True)
        bootstrap = f"127.0.0.1:{self.port}"
        try:
            waited = wait_until_ready({"bootstrap_servers": [bootstrap]}, timeout_s,
                                      still_alive=lambda: process.poll() is None)
        except BrokerError as error:
            self._kill(process.pid)
            raise BrokerError(f"{error} See {self.logs_dir / 'server.log'}.") from None
        info = BrokerInfo(pid=process.pid, port=self.port, controller_port=self.controller_port,
                          bootstrap=bootstrap, started_at=started_at,
                          startup_seconds=round(waited, 2),
                          secure_bootstrap=f"127.0.0.1:{self.security.port}"
                          if self.security is not None else None)
        self.state_file.write_text(json.dumps(asdict(info)), encoding="utf-8")
        return info

    def _reset_if_ports_changed(self) -> None:
        # KRaft records the controller quorum in the data dir: new ports need a fresh one.
        marker = self.home / "ports"
        secure = self.security.port if self.security is not None else ""
        wanted = f"{self.port}:{self.controller_port}:{secure}"
        if marker.exists() and marker.read_text(encoding="utf-8") != wanted:
            shutil.rmtree(self.data_dir)
            self.data_dir.mkdir(parents=True)
        marker.write_text(wanted, encoding="utf-8")

    # -- stop -----------------------------------------------------------------------
    def stop(self, timeout_s: float = 30.0) -> bool:
        """Stop the broker cleanly (SIGTERM, then SIGKILL after timeout); False if none ran."""
        info = self.info()
        if info is None:
            return False
        self._kill(info.pid, timeout_s)
        self.state_file.unlink(missing_ok=True)
        return True

    @staticmethod
    def _kill(pid: int, timeout_s: float = 30.0) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if not _pid_alive(pid):
                return
            time.sleep(0.1)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
        while _pid_alive(pid) and time.monotonic() < deadline + 5:
            time.sleep(0.1)

    def wipe(self) -> None:
        """Remove data and logs (the broker must be stopped)."""
        for folder in (self.data_dir, self.logs_dir):
            shutil.rmtree(folder, ignore_errors=True)
