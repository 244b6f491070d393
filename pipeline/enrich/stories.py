"""Story clustering: near-duplicates and updates of one story share a story_id (MinHash LSH)."""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

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


def _crc32(data: bytes) -> int:
    # Stable across processes (unlike hash()) and far cheaper than the default SHA-1.
    return zlib.crc32(data)


@cache
def _permutations() -> object:
    # datasketch draws the permutations per instance unless given them: draw once.
    return MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME).permutations


def signature(norms: Sequence[str]) -> MinHash:
    """MinHash of the word 3-shingles of a token sequence."""
    minhash = MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME, hashfunc=_crc32,
                      permutations=_permutations())
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
        self._sizes: Counter[str] = Counter()

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
        candidates = list(self._lsh.query(minhash))
        if candidates:
            # One vectorised comparison instead of a Python call per candidate.
            matrix = np.stack([self._entries[c][1].hashvalues for c in candidates])
            similarity = (matrix == minhash.hashvalues).mean(axis=1)
            top = int(similarity.argmax())
            if similarity[top] >= THRESHOLD:
                best = (float(similarity[top]), self._entries[candidates[top]][0])
        story_id = best[1] if best else story_id_for(article_id)
        self.remember(article_id, story_id, minhash)
        return StoryAssignment(story_id, best is not None, [int(v) for v in minhash.hashvalues])

    def remember(self, article_id: str, story_id: str, minhash: MinHash) -> list[str]:
        """Add a known assignment; returns the article ids evicted to stay within capacity."""
        if article_id in self._entries:
            return []
        self._entries[article_id] = (story_id, minhash)
        self._sizes[story_id] += 1
        self._lsh.insert(article_id, minhash)
        evicted = []
        while len(self._entries) > self.capacity:
            oldest, (old_story, _) = self._entries.popitem(last=False)
            self._lsh.remove(oldest)
            self._sizes[old_story] -= 1
            if self._sizes[old_story] <= 0:
                del self._sizes[old_story]
            evicted.append(oldest)
        self.evicted.extend(evicted)
        return evicted

    def restore(self, article_id: str, story_id: str, hashvalues: list[int]) -> None:
        """Re-add an assignment from its stored signature."""
        minhash = MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME, hashfunc=_crc32,
                          hashvalues=np.array(hashvalues, dtype=np.uint64))
        self.remember(article_id, story_id, minhash)

    def signature_of(self, article_id: str) -> list[int]:
        """The stored signature of an article the index remembers (empty if evicted)."""
        entry = self._entries.get(article_id)
        return [int(v) for v in entry[1].hashvalues] if entry else []

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._entries

    def _story_size(self, story_id: str) -> int:
        return self._sizes[story_id]
