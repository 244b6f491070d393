"""`wirewatch notify` user errors: one sentence and a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _notify(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "WIREWATCH_LOG_LEVEL": "critical", **env}
    environment.pop("WIREWATCH_NOTIFY_URLS", None)
    environment.pop("WIREWATCH_NOTIFY_CONFIG", None)
    return subprocess.run([sys.executable, "-m", "pipeline", "notify", *args], env=environment,
                          capture_output=True, text=True, timeout=120, check=False)


def test_without_a_webhook_it_says_where_to_give_one() -> None:
    done = _notify()
    assert done.returncode == 2
    assert done.stderr.strip() == ("error: no webhook to post to: give --url, "
                                   "WIREWATCH_NOTIFY_URLS or --config.")


@pytest.mark.parametrize(("args", "message"), [
    (["--url", "ftp://x"], "a webhook URL must be http(s)://host/..., not 'ftp://x'"),
    (["--url", "http://x/", "--country", "Venezuela"], "countries are ISO3 codes"),
])
def test_a_bad_webhook_option_is_one_sentence(args: list[str], message: str) -> None:
    done = _notify(*args)
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_a_bad_config_file_names_the_file_and_entry(tmp_path: Path) -> None:
    path = tmp_path / "notify.yaml"
    path.write_text("webhooks: [{url: 'http://x/', format: xml}]\n", encoding="utf-8")
    done = _notify("--config", str(path))
    assert done.returncode == 1
    assert done.stderr.strip().startswith(f"error: the data file {path} is invalid at "
                                          "webhooks[0].format")


def test_an_unreachable_broker_is_one_sentence() -> None:
    done = _notify("--url", "http://127.0.0.1:9/hook", "--idle-timeout", "1",
                   KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:1")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith(
        "error: the Kafka cluster at 127.0.0.1:1 failed or cannot be reached (")
    assert "Traceback" not in done.stderr
