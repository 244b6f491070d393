"""How much work one `wirewatch bench` run does: the quick and the full plan."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace


@dataclass(frozen=True)
class BenchPlan:
    """Article counts and durations of each measurement; sized for a 2-core machine."""

    name: str
    fast_articles: int
    """Articles through the fast-mode worker (backlog and end to end) and the fast core."""
    model_articles: int
    """Articles through the model-mode worker(s), the model core and spaCy's batched pipe."""
    naive_articles: int
    """Articles through spaCy's full pipeline one nlp() call at a time (the slowest path)."""
    passthrough_articles: int
    """Articles through the passthrough agent: it is fast, so it needs more to reach a steady
    rate (a few hundred records measure mostly fixed fetch and batching delays)."""
    broker_records: int
    """Records produced and consumed by the broker baseline."""
    latency_seconds: float
    """How long the fixed-rate replay of the latency measurement lasts."""
    warmup_articles: int = 8
    """Articles a worker processes before a measurement starts (model loaded, group stable)."""
    partitions: int = 4
    seed: int = 7

    @classmethod
    def quick(cls) -> BenchPlan:
        """A run of under two minutes: small counts, every measurement still made."""
        return cls(name="quick", fast_articles=300, model_articles=40, naive_articles=16,
                   passthrough_articles=2000, broker_records=2000, latency_seconds=4.0,
                   warmup_articles=4)

    @classmethod
    def full(cls) -> BenchPlan:
        """A run of under fifteen minutes."""
        return cls(name="full", fast_articles=5000, model_articles=400, naive_articles=100,
                   passthrough_articles=5000, broker_records=20000, latency_seconds=20.0)

    def with_counts(self, fast_articles: int | None = None,
                    model_articles: int | None = None) -> BenchPlan:
        """The same plan with other article counts (None keeps a count)."""
        fast = fast_articles or self.fast_articles
        return replace(self, fast_articles=fast,
                       model_articles=model_articles or self.model_articles,
                       passthrough_articles=max(fast, self.passthrough_articles))

    def as_dict(self) -> dict[str, object]:
        """The plan as plain data, for the JSON result."""
        return asdict(self)
