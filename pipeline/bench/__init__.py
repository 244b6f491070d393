"""`wirewatch bench`: throughput, latency, memory and scaling of the pipeline on a local broker.

`run_bench(settings, BenchPlan.quick(), ...)` returns a flat result (see `report.REQUIRED_KEYS`);
each measurement lives in its own module and can be called alone.
"""

from pipeline.bench.plan import BenchPlan
from pipeline.bench.report import REQUIRED_KEYS
from pipeline.bench.runner import run_bench

__all__ = ["REQUIRED_KEYS", "BenchPlan", "run_bench"]
