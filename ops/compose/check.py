"""`make compose-check`: the compose stack and the Docker test broker, run for real.

Sets up what it needs (ops/images: a Docker engine, Compose v2, the base images), builds the
wirewatch image, starts the stack under a project name of its own, replays the seeds with the
`replay` service, reads the alerts inside the stack (the `tail` service) and from the host
(the published port, 127.0.0.1 only), checks that raw = enriched + dead-lettered with high and
critical alerts present, scales to two workers and stops one mid-replay with nothing lost,
then `docker compose down -v` and checks that nothing of the run is left. Then the integration
tier runs once against apache/kafka in a container (WIREWATCH_TEST_BROKER=docker).

Progress goes to stderr; the last line on stdout is a one-line summary. Exit 0 when every
check passed (or, outside CI, when no Docker engine can be had here: it says so); 1 otherwise.
Run from the project root: `python -m ops.compose.check [--keep] [--no-integration]`.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from ops.compose.reconcile import (
    TopicCounts,
    alert_ids,
    duplicates,
    lost_keys,
    reconciles_exactly,
    severities,
)
from ops.compose.records import RAW, records_on, topic_counts
from ops.compose.stack import ROOT, ComposeStack, StackError, wait_for

IMAGES = ROOT / "ops" / "images"
HOST_CA_BUNDLE = Path("/etc/ssl/certs/ca-certificates.crt")
IMAGE = "wirewatch:latest"
T = TypeVar("T")


class CheckError(RuntimeError):
    """One of the checks did not hold; the message says which and by how much."""


@dataclass
class Figures:
    """What the run measured, for the summary line and docs/compose.md."""

    steps: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def timed(self, name: str, action: Callable[[], T]) -> T:
        """Run action, remember how long it took under name, and say so on stderr."""
        started = time.monotonic()
        say(f"{name}...")
        result = action()
        self.steps[name] = round(time.monotonic() - started, 1)
        say(f"{name}: {self.steps[name]}s")
        return result


def say(message: str) -> None:
    """A progress line on stderr (stdout carries only the summary)."""
    print(f"compose-check: {message}", file=sys.stderr, flush=True)


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def setup_script(name: str) -> subprocess.CompletedProcess[str]:
    """Run one of ops/images/*.sh; its last stderr line is the reason when it fails."""
    return subprocess.run([str(IMAGES / name)], cwd=ROOT, text=True, check=False,
                          stdout=sys.stderr, stderr=subprocess.PIPE)


def last_line(text: str) -> str:
    """The last non-empty line of text."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


def json_lines(text: str) -> list[dict[str, object]]:
    """The JSON objects among the lines of text (logs and other lines skipped)."""
    found: list[dict[str, object]] = []
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if line.startswith("{"):
            try:
                loaded = json.loads(line)
            except ValueError:
                continue
            if isinstance(loaded, dict):
                found.append(loaded)
    return found


def host_alerts(bootstrap: str) -> list[dict[str, object]]:
    """The alerts as a user on the host reads them: `wirewatch tail` on the published port."""
    wirewatch = Path(sys.executable).with_name("wirewatch")
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": bootstrap, "WIREWATCH_TOPIC_PREFIX": "",
           "WIREWATCH_LOG_FORMAT": "json"}
    done = subprocess.run([str(wirewatch), "tail", "--from-beginning", "--json",
                           "--idle-timeout", "15"], env=env, text=True, capture_output=True,
                          timeout=180, check=False)
    if done.returncode != 0:
        raise CheckError(f"wirewatch tail on the host exited {done.returncode}: "
                          f"{last_line(done.stderr)}")
    return [alert for alert in json_lines(done.stdout) if "alert_id" in alert]


def wait_reconciled(bootstrap: str, deadline_s: float, exact: bool) -> TopicCounts:
    """Poll the topics until every raw record is enriched or dead-lettered."""
    latest: list[TopicCounts] = []

    def settled() -> bool:
        latest[:] = [topic_counts(bootstrap)]
        counts = latest[0]
        return reconciles_exactly(counts) if exact else not lost_keys(counts)

    try:
        wait_for(settled, deadline_s, "raw = enriched + dead-lettered", interval_s=3)
    except StackError as error:
        raw, enriched, dead = latest[0].totals if latest else (0, 0, 0)
        lost = sum(lost_keys(latest[0]).values()) if latest else 0
        raise CheckError(f"{error} (raw {raw}, enriched {enriched}, dead-lettered {dead}, "
                          f"unaccounted {lost})") from error
    return latest[0]


def worker_restarts(stack: ComposeStack) -> int:
    """How often Docker restarted the worker containers (a crash exits, `restart` restarts)."""
    ids = [container.id for container in stack.service("worker")]
    output = subprocess.run(["docker", "inspect", "--format", "{{.RestartCount}}", *ids],
                            text=True, capture_output=True, check=False).stdout
    return sum(int(count) for count in output.split() if count.isdigit())


def last_crash(stack: ComposeStack) -> str:
    """The reason of the last agent crash the workers logged, or why they exited."""
    crashes = [line for line in json_lines(stack.logs("worker"))
               if line.get("event") == "agent.crashed"]
    if not crashes:
        return "no agent crash logged"
    return str(crashes[-1].get("error", "")).splitlines()[0][:160]


def start(stack: ComposeStack, figures: Figures) -> None:
    """`up -d`, then a healthy broker and worker, `topics` exited 0 and the tail running."""
    figures.timed("up", lambda: stack.run("up", "-d", timeout_s=600))

    def started() -> bool:
        return (stack.healthy("kafka") and stack.completed("topics")
                and stack.healthy("worker") and len(stack.service("tail")) == 1)

    figures.timed("healthy", lambda: wait_for(started, 600, "kafka and worker healthy, "
                                              "topics created", interval_s=2))


def replay_and_reconcile(stack: ComposeStack, bootstrap: str, figures: Figures) -> None:
    """The `replay` service, then every raw record enriched or dead-lettered."""
    replayed = figures.timed("replay", lambda: stack.run(
        "run", "--rm", "--no-deps", "-T", "replay", timeout_s=600))
    summary = json_lines(replayed.stdout)
    figures.notes.append(f"replay: {json.dumps(summary[-1]) if summary else last_line(replayed.stdout)}")
    counts = figures.timed("reconcile", lambda: wait_reconciled(bootstrap, 600, exact=False))
    raw, enriched, dead = counts.totals
    if raw == 0:
        raise CheckError("the replay service produced no raw record.")
    restarts = worker_restarts(stack)
    extra = duplicates(counts)
    if extra and not restarts:
        raise CheckError(f"{extra} records were processed twice, yet no worker restarted.")
    if reconciles_exactly(counts):
        figures.notes.append(f"raw {raw} = enriched {enriched} + dead-lettered {dead}")
    else:
        figures.notes.append(f"raw {raw}, enriched {enriched} + dead-lettered {dead}: every raw "
                             f"record accounted for, {extra} processed again after "
                             f"{restarts} worker restart(s) ({last_crash(stack)})")


def read_alerts(stack: ComposeStack, bootstrap: str, figures: Figures) -> None:
    """The same alerts inside the stack and on the host, high and critical among them."""
    inside = stack.run("run", "--rm", "--no-deps", "-T", "tail", "tail", "--from-beginning",
                       "--json", "--idle-timeout", "15", timeout_s=300)
    in_stack = [alert for alert in json_lines(inside.stdout) if "alert_id" in alert]
    on_host = host_alerts(bootstrap)
    by_severity = severities(on_host)
    if alert_ids(in_stack) != alert_ids(on_host):
        raise CheckError(f"the tail service read {len(alert_ids(in_stack))} alerts, the host "
                         f"{len(alert_ids(on_host))}: they differ.")
    if not by_severity["high"] or not by_severity["critical"]:
        raise CheckError(f"no high or no critical alert among {dict(by_severity)}.")
    long_running_tail = stack.logs("tail")
    shown = sum(1 for alert in on_host if str(alert.get("headline", ""))[:30] in long_running_tail)
    if shown == 0:
        raise CheckError("the long-running tail service showed none of the alerts.")
    figures.notes.append(f"alerts {len(on_host)} (inside = host; "
                         + ", ".join(f"{name} {count}" for name, count in sorted(by_severity.items()))
                         + f"); tail service showed {shown}")


def scale_and_stop_one(stack: ComposeStack, bootstrap: str, figures: Figures) -> None:
    """Two workers, a second replay, one worker stopped while it runs: nothing lost."""
    figures.timed("scale to 2 workers", lambda: (
        stack.run("up", "-d", "--no-deps", "--no-recreate", "--scale", "worker=2", "worker"),
        wait_for(lambda: stack.healthy("worker", replicas=2), 600, "two healthy workers", 2)))
    before = records_on(bootstrap, RAW)
    replay = subprocess.Popen(
        stack.command("run", "--rm", "--no-deps", "-T", "replay", "replay", "/app/seeds",
                      "--rate", "10"),
        cwd=ROOT, env={**os.environ, **stack.env}, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: records_on(bootstrap, RAW) >= before + 30, 300,
                 "the second replay under way", interval_s=0.5)
        stopped = stack.service("worker")[-1]
        figures.timed("stop one worker", lambda: subprocess.run(
            ["docker", "stop", stopped.id], check=True, capture_output=True, timeout=120))
        _, errors = replay.communicate(timeout=600)
    finally:
        if replay.poll() is None:
            replay.kill()
    if replay.returncode != 0:
        raise CheckError(f"the second replay exited {replay.returncode}: {last_line(errors)}")
    counts = figures.timed("reconcile after the stop",
                           lambda: wait_reconciled(bootstrap, 600, exact=False))
    raw, enriched, dead = counts.totals
    wait_for(lambda: stack.healthy("worker", replicas=1), 300, "the remaining worker healthy")
    exit_code = subprocess.run(["docker", "inspect", "--format", "{{.State.ExitCode}}",
                                stopped.id], text=True, capture_output=True, check=False)
    # 137 is SIGKILL after the grace period: the worker got SIGTERM but did not finish stopping.
    how = exit_code.stdout.strip() or "?"
    figures.notes.append(f"2 workers, one stopped mid-replay (it exited {how}): raw {raw}, "
                         f"enriched {enriched}, dead-lettered {dead}, lost 0, duplicates "
                         f"{duplicates(counts)}")


def check_stack(stack: ComposeStack, bootstrap: str, figures: Figures) -> None:
    """Everything between the build and `down`, in the order a user would do it."""
    start(stack, figures)
    replay_and_reconcile(stack, bootstrap, figures)
    read_alerts(stack, bootstrap, figures)
    scale_and_stop_one(stack, bootstrap, figures)


def tear_down(stack: ComposeStack, figures: Figures) -> None:
    """`docker compose down -v`, then nothing labelled with the project may remain."""
    figures.timed("down", lambda: stack.run("--profile", "replay", "down", "-v",
                                            "--remove-orphans", "--timeout", "30",
                                            timeout_s=300))
    left = {kind: ids for kind, ids in stack.leftovers().items() if ids}
    if left:
        raise CheckError(f"left behind after down -v: {left}.")
    figures.notes.append("down -v: no container, network or volume left")


def integration_tier(figures: Figures) -> None:
    """tests/integration once against apache/kafka in a container."""
    env = {**os.environ, "WIREWATCH_TEST_BROKER": "docker"}
    done = figures.timed("integration tier on Docker", lambda: subprocess.run(
        ["nice", "-n", "10", sys.executable, "-m", "pytest", "tests/integration", "-q",
         "-p", "no:cacheprovider"], cwd=ROOT, env=env, text=True, capture_output=True,
        check=False))
    result = last_line(done.stdout)
    figures.notes.append(f"integration tier on Docker: {result.strip('= ')}")
    if done.returncode != 0:
        failed = [line for line in done.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
        raise CheckError(f"the integration tier on Docker failed: {result}; "
                          + "; ".join(failed[:5]))


def image_size_mb(image: str) -> float:
    """The image's size as `docker images` reports it, in MB."""
    size = subprocess.run(["docker", "image", "inspect", "--format", "{{.Size}}", image],
                          text=True, capture_output=True, check=True).stdout
    return round(int(size.strip()) / 1e6, 1)


def run(args: argparse.Namespace, figures: Figures) -> None:
    """Every step; CheckError or StackError on the first failure."""
    for script in ("compose-plugin.sh", "standins.sh"):
        done = figures.timed(script, lambda script=script: setup_script(script))  # type: ignore[misc]  # bound per loop
        if done.returncode != 0:
            raise CheckError(last_line(done.stderr) or f"{script} failed.")
    port = free_port()
    env = {"WIREWATCH_KAFKA_HOST_PORT": str(port), "WIREWATCH_ENRICH_MODE": args.mode,
           "WIREWATCH_TOPIC_PREFIX": ""}
    if "WIREWATCH_CA_BUNDLE" not in os.environ and HOST_CA_BUNDLE.is_file():
        env["WIREWATCH_CA_BUNDLE"] = str(HOST_CA_BUNDLE)  # the host's CAs, a proxy's included
    stack = ComposeStack(name=f"wwcheck-{uuid.uuid4().hex[:8]}", env=env)
    say(f"project {stack.name}, broker published on 127.0.0.1:{port}")
    figures.timed("build", lambda: stack.run("build", timeout_s=3600, nice=True))
    # Each rebuild leaves the previous wirewatch:latest untagged (about 1 GB, mostly shared
    # layers); drop the ones Compose built, so runs on one machine do not pile them up.
    subprocess.run(["docker", "image", "prune", "--force", "--filter",
                    "label=com.docker.compose.project"], capture_output=True, check=False)
    figures.notes.append(f"image {IMAGE} {image_size_mb(IMAGE)} MB")
    failure: CheckError | StackError | None = None
    try:
        check_stack(stack, f"127.0.0.1:{port}", figures)
    except (CheckError, StackError) as error:
        for service in ("kafka", "worker", "topics"):
            say(f"last logs of {service}:\n{stack.logs(service, tail=15)}")
        failure = error
    finally:
        if args.keep:
            say(f"kept: docker compose -p {stack.name} down -v")
        else:
            tear_down(stack, figures)
    # The Docker test broker does not depend on the stack: its result is worth having anyway.
    if not args.no_integration:
        try:
            integration_tier(figures)
        except CheckError as error:
            failure = failure or error
            say(str(error))
    if failure is not None:
        raise failure


def main(argv: list[str] | None = None) -> int:
    """Run the check; the exit status and the last stdout line say how it went."""
    parser = argparse.ArgumentParser(prog="python -m ops.compose.check", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", action="store_true", help="leave the stack running")
    parser.add_argument("--no-integration", action="store_true",
                        help="skip the integration tier on the Docker test broker")
    parser.add_argument("--mode", choices=("fast", "model"), default="fast",
                        help="the workers' enrichment mode (default fast: the check is about "
                             "the stack, and spaCy on two shared cores is slow)")
    args = parser.parse_args(argv)
    in_ci = os.environ.get("CI", "").lower() == "true"
    started = time.monotonic()
    figures = Figures()
    engine = setup_script("engine.sh")
    if engine.returncode != 0:
        reason = last_line(engine.stderr) or "no Docker engine answers."
        print(f"compose-check: not run, {reason}")
        return 1 if in_ci else 0
    try:
        run(args, figures)
    except (CheckError, StackError) as error:
        say(str(error))
        for note in figures.notes:
            say(note)
        print(f"compose-check: FAILED after {time.monotonic() - started:.0f}s: "
              f"{str(error).splitlines()[0]}"
              + "".join(f"; {note}" for note in figures.notes))
        return 1
    for note in figures.notes:
        say(note)
    steps = ", ".join(f"{name} {seconds}s" for name, seconds in figures.steps.items())
    say(f"timings: {steps}")
    print(f"compose-check: ok in {time.monotonic() - started:.0f}s; "
          + "; ".join(figures.notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
