"""`wirewatch bench --quick --json FILE` runs to the end and writes every key (no timing asserts)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.bench.report import REQUIRED_KEYS
from pipeline.settings import PROJECT_ROOT, Settings

IN_CI = os.environ.get("CI", "").lower() == "true"


def _skip_without_local_broker() -> None:
    lib = Settings().kafka_home / "lib"
    missing = ("java is not on PATH" if shutil.which("java") is None
               else f"no Kafka jars in {lib}" if not any(lib.glob("kafka_2.13-*.jar")) else None)
    if missing is None:
        return
    if IN_CI:
        pytest.fail(f"the bench needs a local broker in CI: {missing}")
    pytest.skip(f"the bench needs a local broker: {missing}")


@pytest.mark.timeout(420)
def test_quick_bench_writes_every_key_to_the_json_file_and_to_piped_stdout(
        tmp_path: Path) -> None:
    _skip_without_local_broker()
    output = tmp_path / "bench.json"
    completed = subprocess.run(
        [sys.executable, "-m", "pipeline", "bench", "--quick", "--json", str(output)],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=400, check=False)

    assert completed.returncode == 0, completed.stderr[-3000:]
    written = json.loads(output.read_text(encoding="utf-8"))
    printed = json.loads(completed.stdout)
    assert printed == written
    missing = [key for key in REQUIRED_KEYS if written.get(key) is None]
    assert missing == [], f"measurements without a figure: {missing}; errors: {written['errors']}"
    assert written["errors"] == {}
    assert {"cores", "python", "versions"} <= written["machine"].keys()
    assert {"count", "mean_words", "mean_bytes"} <= written["articles"].keys()
    assert [target["name"] for target in written["targets"]]  # judged, whatever the verdict
