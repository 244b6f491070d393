"""User mistakes end in one sentence on stderr and a non-zero exit, within a bounded time.

Bad paths, bad configuration, an unreachable broker and a missing JDK, each through the
command line's own entry point (in-process, to keep the suite fast), and one real process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.broker.local import free_port
from pipeline.cli import main
from pipeline.cli._context import settings
from pipeline.settings import PROJECT_ROOT

BOUND_S = 60.0  # a 10 s bootstrap timeout, with room for a loaded 2-core machine


@dataclass(frozen=True)
class Case:
    args: tuple[str, ...]
    env: dict[str, str]
    exit_code: int
    message: str


def cases(tmp: Path) -> dict[str, Case]:
    unreachable = {"KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1"}
    sasl = {"WIREWATCH_KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
            "WIREWATCH_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
            "WIREWATCH_KAFKA_SASL_USERNAME": "worker"}
    return {
        "missing path": Case(("replay", "/no/such/folder"), {}, 2,
                             "/no/such/folder does not exist."),
        "empty glob": Case(("analyze", f"{tmp}/*.txt"), {}, 2,
                           f"the pattern {tmp}/*.txt matches no article files."),
        "bad number": Case(("topics", "list"), {"WIREWATCH_PARTITIONS": "four"}, 2,
                           "WIREWATCH_PARTITIONS='four' is not valid: Input should be a valid "
                           "integer, unable to parse string as an integer."),
        "bad choice": Case(("config",), {"WIREWATCH_KAFKA_SECURITY_PROTOCOL": "TLS"}, 2,
                           "WIREWATCH_KAFKA_SECURITY_PROTOCOL='TLS' is not valid: Input should "
                           "be 'PLAINTEXT', 'SSL', 'SASL_PLAINTEXT' or 'SASL_SSL'."),
        "sasl without password": Case(("topics", "list"), sasl, 2,
                                      "WIREWATCH_KAFKA_SECURITY_PROTOCOL=SASL_SSL needs "
                                      "WIREWATCH_KAFKA_SASL_PASSWORD or "
                                      "WIREWATCH_KAFKA_SASL_PASSWORD_FILE."),
        "unreadable secret": Case(("tail", "--json"), {
            **sasl, "WIREWATCH_KAFKA_SASL_PASSWORD_FILE": "/no/such/secret"}, 2,
            "the SASL password file /no/such/secret cannot be read (No such file or directory)."),
        "unreachable broker": Case(("topics", "list"), unreachable, 1,
                                   "no Kafka broker answered at 127.0.0.1:1; start one with "
                                   "`wirewatch broker start`."),
        "unreachable broker for replay": Case(
            ("replay", str(PROJECT_ROOT / "tests" / "fixtures" / "alerts")), unreachable, 1,
            "no Kafka broker answered at 127.0.0.1:1; start one with `wirewatch broker start`."),
        "missing JDK": Case(("broker", "start"), {
            "PATH": str(tmp / "no-java-here"), "WIREWATCH_HOME": str(tmp / "home"),
            "WIREWATCH_BROKER_PORT": str(free_port()),
            "WIREWATCH_BROKER_CONTROLLER_PORT": str(free_port())}, 1,
            "Java was not found on PATH; install a JDK 17 or newer "
            "(e.g. apt-get install openjdk-17-jre-headless)."),
        "missing lexicon": Case(("analyze", "--mode", "fast", str(PROJECT_ROOT / "seeds")),
                                {"WIREWATCH_LEXICON_PATH": "/no/such/lexicon.yaml"}, 1,
                                "the data file /no/such/lexicon.yaml cannot be read "
                                "(No such file or directory)."),
    }


@pytest.mark.parametrize("name", list(cases(Path("unused"))))
def test_a_user_mistake_ends_in_one_sentence_and_a_non_zero_exit(
        name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    case = cases(tmp_path)[name]
    for variable in os.environ:
        if variable.startswith(("WIREWATCH_", "KAFKA_")):
            monkeypatch.delenv(variable)
    for variable, value in {"WIREWATCH_LOG_FORMAT": "json", **case.env}.items():
        monkeypatch.setenv(variable, value)
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setattr(sys, "argv", ["wirewatch", *case.args])
    settings.cache_clear()
    began = time.monotonic()
    try:
        with pytest.raises(SystemExit) as exited:
            main()
    finally:
        settings.cache_clear()
    elapsed = time.monotonic() - began
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert (exited.value.code, lines[-1:]) == (case.exit_code, [f"error: {case.message}"])
    assert not any("Traceback" in line for line in lines)
    assert captured.out == ""
    assert elapsed < BOUND_S


def test_a_real_process_without_java_says_so_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WIREWATCH_", "KAFKA_"))}
    env.update(cases(tmp_path)["missing JDK"].env)
    began = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "pipeline", "broker", "start"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, check=False,
                          timeout=BOUND_S * 2)
    assert done.returncode == 1
    assert done.stderr.strip() == "error: " + cases(tmp_path)["missing JDK"].message
    assert done.stdout == ""
    assert time.monotonic() - began < BOUND_S


def test_config_masks_every_secret_and_never_reads_secret_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    secret_file = tmp_path / "sasl-password"
    secret_file.write_text("file-secret-value\n", encoding="utf-8")
    for variable, value in {"WIREWATCH_KAFKA_SASL_PASSWORD": "env-secret-value",
                            "WIREWATCH_KAFKA_SSL_KEY_PASSWORD": "key-secret-value",
                            "WIREWATCH_KAFKA_SASL_PASSWORD_FILE": str(secret_file),
                            "WIREWATCH_LOG_FORMAT": "json"}.items():
        monkeypatch.setenv(variable, value)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["wirewatch", "config"])
    settings.cache_clear()
    try:
        with pytest.raises(SystemExit) as exited:
            main()
    finally:
        settings.cache_clear()
    captured = capsys.readouterr()
    assert exited.value.code == 0
    shown = json.loads(captured.out)
    assert shown["WIREWATCH_KAFKA_SASL_PASSWORD"] == "********"
    assert shown["WIREWATCH_KAFKA_SSL_KEY_PASSWORD"] == "********"
    assert shown["WIREWATCH_KAFKA_SASL_PASSWORD_FILE"] == str(secret_file)
    assert "secret-value" not in captured.out + captured.err
