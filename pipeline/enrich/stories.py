"""Story clustering: near-duplicates and updates of one story share a story_id (MinHash LSH)."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 3
# Updates rewrite the top and add paragraphs; unrelated stories share under 5% of shingles.
THRESHOLD = 0.25
SCHEME = "affine32"  # stored signatures are only comparable under the same scheme


@dataclass(frozen=True)
class StoryAssignment:
    """Which story an article belongs to, and whether that story was seen before."""

    story_id: str
    is_update: bool
    signature: list[int]


def signature(norms: Sequence[str]) -> MinHash:
    """MinHash of the word 3-shingles of a token sequence."""
    minhash = MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME)
    shingles = {" ".join(norms[i:i + SHINGLE]).encode("utf-8")
                for i in range(max(1, len(norms) - SHINGLE + 1))}
    minhash.update_batch(list(shingles))
    return minhash


def story_id_for(article_id: str) -> str:
    """The id a story takes from its first article: deterministic."""
    return "story-" + hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:16]


class StoryIndex:
    """Remembers the last `capacity` articles' signatures; memory stays bounded."""

    def __init__(self, capacity: int = 50_000, threshold: float = THRESHOLD) -> None:
        self.capacity = capacity
        # Candidates come from a looser LSH band; the Jaccard estimate below decides.
        self._lsh = MinHashLSH(threshold=threshold * 0.6, num_perm=NUM_PERM)
        self._entries: OrderedDict[str, tuple[str, MinHash]] = OrderedDict()
        self.evicted: list[str] = []  # drained by whoever persists the index

    def __len__(self) -> int:
        return len(self._entries)

    def assign(self, article_id: str, norms: Sequence[str]) -> StoryAssignment:
        """The story of this article; a re-sent article keeps its first assignment."""
        known = self._entries.get(article_id)
        if known is not None:
            return StoryAssignment(known[0], self._story_size(known[0]) > 1,
                                   [int(v) for v in known[1].hashvalues])
        minhash = signature(norms)
        best: tuple[float, str] | None = None
        for other_id in self._lsh.query(minhash):
            story, other = self._entries[other_id]
            similarity = minhash.jaccard(other)
            if similarity >= THRESHOLD and (best is None or similarity > best[0]):
                best = (similarity, story)
        story_id = best[1] if best else story_id_for(article_id)
        self.remember(article_id, story_id, minhash)
        return StoryAssignment(story_id, best is not None, [int(v) for v in minhash.hashvalues])

    def remember(self, article_id: str, story_id: str, minhash: MinHash) -> list[str]:
        """Add a known assignment; returns the article ids evicted to stay within capacity."""
        if article_id in self._entries:
            return []
        self._entries[article_id] = (story_id, minhash)
        self._lsh.insert(article_id, minhash)
        evicted = []
        while len(self._entries) > self.capacity:
            oldest, _ = self._entries.popitem(last=False)
            self._lsh.remove(oldest)
            evicted.append(oldest)
        self.evicted.extend(evicted)
        return evicted

    def restore(self, article_id: str, story_id: str, hashvalues: list[int]) -> None:
        """Re-add an assignment from its stored signature."""
        minhash = MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME,
                          hashvalues=np.array(hashvalues, dtype=np.uint64))
        self.remember(article_id, story_id, minhash)

    def signature_of(self, article_id: str) -> list[int]:
        """The stored signature of an article the index remembers (empty if evicted)."""
        entry = self._entries.get(article_id)
        return [int(v) for v in entry[1].hashvalues] if entry else []

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._entries

    def _story_size(self, story_id: str) -> int:
        return sum(1 for s, _ in self._entries.values() if s == story_id)
