"""One compose project on the Docker engine: commands, service state, and what it leaves behind."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT_LABEL = "com.docker.compose.project"


class StackError(RuntimeError):
    """A compose command failed or the stack did not reach the state asked for in time."""


@dataclass(frozen=True)
class Container:
    """One container of the project, as `docker compose ps` reports it."""

    id: str
    service: str
    state: str
    health: str
    exit_code: int


def wait_for(condition: Callable[[], bool], deadline_s: float, what: str,
             interval_s: float = 1.0) -> float:
    """Poll until condition() holds; the seconds it took, or StackError naming `what`."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > deadline_s:
            raise StackError(f"{what} not reached within {deadline_s:.0f}s.")
        time.sleep(interval_s)
    return time.monotonic() - started


@dataclass
class ComposeStack:
    """`docker compose -p NAME` on the project's docker-compose.yml, with a given environment."""

    name: str
    env: dict[str, str] = field(default_factory=dict)
    files: Sequence[Path] = (ROOT / "docker-compose.yml",)

    def command(self, *args: str) -> list[str]:
        """The full command line of a compose sub-command on this project."""
        files = [arg for path in self.files for arg in ("-f", str(path))]
        return ["docker", "compose", "-p", self.name, *files, *args]

    def run(self, *args: str, timeout_s: float = 600, check: bool = True,
            nice: bool = False) -> subprocess.CompletedProcess[str]:
        """Run a compose sub-command; output captured; StackError on failure when check."""
        argv = (["nice", "-n", "10"] if nice else []) + self.command(*args)
        try:
            done = subprocess.run(argv, cwd=ROOT, env={**os.environ, **self.env}, text=True,
                                  capture_output=True, timeout=timeout_s, check=False)
        except subprocess.TimeoutExpired as error:
            raise StackError(f"`docker compose {' '.join(args)}` took over {timeout_s:.0f}s.") \
                from error
        if check and done.returncode != 0:
            tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-15:])
            raise StackError(f"`docker compose {' '.join(args)}` exited {done.returncode}:\n{tail}")
        return done

    def containers(self) -> list[Container]:
        """Every container of the project, running or exited."""
        output = self.run("ps", "--all", "--format", "json").stdout
        rows = _json_rows(output)
        return [Container(str(row["ID"]), str(row["Service"]), str(row["State"]),
                          str(row.get("Health") or ""), int(str(row.get("ExitCode") or 0)))
                for row in rows]

    def service(self, name: str) -> list[Container]:
        """The containers of one service."""
        return [container for container in self.containers() if container.service == name]

    def healthy(self, name: str, replicas: int = 1) -> bool:
        """True when exactly `replicas` containers of the service run and all are healthy."""
        running = [c for c in self.service(name) if c.state == "running"]
        return len(running) == replicas and all(c.health == "healthy" for c in running)

    def completed(self, name: str) -> bool:
        """True when the one-shot service exited 0; StackError when it exited otherwise."""
        done = [c for c in self.service(name) if c.state == "exited"]
        for container in done:
            if container.exit_code != 0:
                raise StackError(f"service {name} exited {container.exit_code}: "
                                 f"{self.logs(name, tail=5)}")
        return bool(done)

    def logs(self, name: str, tail: int | None = None) -> str:
        """A service's logs without the name prefix."""
        args = ["logs", "--no-log-prefix", "--no-color"]
        if tail is not None:
            args += ["--tail", str(tail)]
        return self.run(*args, name, check=False).stdout

    def leftovers(self) -> dict[str, list[str]]:
        """Containers, networks and volumes still labelled with this project (should be none)."""
        label = f"label={PROJECT_LABEL}={self.name}"
        found: dict[str, list[str]] = {}
        for kind, argv in (("containers", ["docker", "ps", "-a", "-q", "--filter", label]),
                           ("networks", ["docker", "network", "ls", "-q", "--filter", label]),
                           ("volumes", ["docker", "volume", "ls", "-q", "--filter", label])):
            output = subprocess.run(argv, text=True, capture_output=True, check=False).stdout
            found[kind] = output.split()
        return found


def _json_rows(output: str) -> list[dict[str, object]]:
    """`docker compose ps --format json`: a JSON array (older) or one object per line (newer)."""
    text = output.strip()
    if not text:
        return []
    if text.startswith("["):
        loaded = json.loads(text)
        return [row for row in loaded if isinstance(row, dict)]
    return [json.loads(line) for line in text.splitlines() if line.strip()]
