"""Story clustering: near-duplicates and updates of one story share a story_id (MinHash LSH)."""

from __future__ import annotations

import hashlib
import threading
import zlib
from collections import Counter, OrderedDict
from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Any

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
def _permutations() -> Any:
    # datasketch draws the permutations per instance unless given them: draw once.
    return MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME).permutations


# The MurmurHash3 32-bit finalizer datasketch's "affine32" scheme applies to each input hash
# before its permutations (datasketch.minhash._fmix, width 32).
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35),
           np.uint32(16))


def shingle_hashes(norms: Sequence[str]) -> list[int]:
    """crc32 of each word 3-shingle ("a b c", UTF-8), in order, repeats included.

    The tokens are joined and encoded once and each shingle is a slice of that buffer:
    cheaper than joining and encoding every shingle, with the same bytes.
    """
    count = len(norms)
    if count < SHINGLE:
        return [zlib.crc32(" ".join(norms).encode("utf-8"))]
    joined = " ".join(norms)
    text = joined.encode("utf-8")
    sizes = [len(t) for t in norms] if joined.isascii() else \
        [len(t.encode("utf-8")) for t in norms]
    starts = [0, *accumulate(size + 1 for size in sizes)]  # starts[count] = len(text) + 1
    crc32 = zlib.crc32
    return [crc32(text[starts[i]:starts[i + SHINGLE] - 1])
            for i in range(count - SHINGLE + 1)]


def signature(norms: Sequence[str]) -> MinHash:
    """MinHash of the word 3-shingles of a token sequence.

    The same hash values as datasketch's `MinHash.update_batch` over the set of shingles with
    crc32 (a repeated shingle cannot change a minimum), computed in one numpy pass.
    """
    a, b = _permutations()
    hashes = np.array(shingle_hashes(norms), dtype=np.uint32).reshape(-1, 1)
    s1, m1, s2, m2, s3 = _FMIX32
    hashes = hashes ^ (hashes >> s1)
    hashes = hashes * m1
    hashes = hashes ^ (hashes >> s2)
    hashes = hashes * m2
    hashes = hashes ^ (hashes >> s3)
    values = (hashes * a + b).min(axis=0)  # uint32 arithmetic wraps: the scheme's mod 2^32
    return MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME, hashfunc=_crc32,
                   hashvalues=values, permutations=(a, b))


SignatureStore = MutableMapping[str, Any]
"""Where an index keeps its assignments: article_id -> [story_id, [hash values]].

A dict in `wirewatch analyze`; in the worker, the Faust global table every worker shares.
"""


def story_id_for(article_id: str) -> str:
    """The id a story takes from its first article: deterministic."""
    return "story-" + hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:16]


class StoryIndex:
    """Remembers the last `capacity` articles; each story is matched by its latest version.

    Comparing with one signature per story (not every article of it) keeps the work per
    article flat however long a story runs; memory stays bounded by `capacity`. Every new
    assignment is written to `store` (and evictions removed from it); assignments other
    processes wrote there come in through `absorb`, or all at once through `load`.
    """

    def __init__(self, capacity: int = 50_000, threshold: float = THRESHOLD,
                 store: SignatureStore | None = None) -> None:
        self.capacity = capacity
        self.threshold = threshold
        self.store: SignatureStore = store if store is not None else {}
        # The worker assigns from its enrichment thread while the event loop absorbs what
        # other workers stored: one lock keeps the LSH and the maps consistent.
        self._lock = threading.RLock()
        # Candidates come from a looser LSH band; the Jaccard estimate below decides.
        self._lsh = MinHashLSH(threshold=threshold * 0.6, num_perm=NUM_PERM)
        self._articles: OrderedDict[str, tuple[str, MinHash]] = OrderedDict()
        self._stories: dict[str, MinHash] = {}
        self._sizes: Counter[str] = Counter()

    def __len__(self) -> int:
        return len(self._articles)

    def assign(self, article_id: str, norms: Sequence[str]) -> StoryAssignment:
        """The story of this article; a re-sent article keeps its first assignment."""
        with self._lock:
            return self._assign(article_id, norms)

    def _assign(self, article_id: str, norms: Sequence[str]) -> StoryAssignment:
        known = self._articles.get(article_id)
        if known is not None:
            return StoryAssignment(known[0], self._sizes[known[0]] > 1,
                                   known[1].hashvalues.tolist())
        minhash = signature(norms)
        best: str | None = None
        candidates = sorted(self._lsh.query(minhash))  # sorted: ties resolve the same in every run
        if candidates:
            # One vectorised comparison instead of a Python call per candidate.
            matrix = np.stack([self._stories[c].hashvalues for c in candidates])
            similarity = (matrix == minhash.hashvalues).mean(axis=1)
            top = int(similarity.argmax())
            if similarity[top] >= self.threshold:
                best = candidates[top]
        story_id = best or story_id_for(article_id)
        values: list[int] = minhash.hashvalues.tolist()
        for evicted in self.remember(article_id, story_id, minhash):
            self.store.pop(evicted, None)
        self.store[article_id] = [story_id, values]
        return StoryAssignment(story_id, best is not None, values)

    def remember(self, article_id: str, story_id: str, minhash: MinHash) -> list[str]:
        """Add a known assignment; returns the article ids evicted to stay within capacity."""
        if article_id in self._articles:
            return []
        self._articles[article_id] = (story_id, minhash)
        self._sizes[story_id] += 1
        if story_id in self._stories:
            self._lsh.remove(story_id)
        self._stories[story_id] = minhash  # the latest version represents the story
        self._lsh.insert(story_id, minhash)
        evicted = []
        while len(self._articles) > self.capacity:
            oldest, (old_story, _) = self._articles.popitem(last=False)
            self._sizes[old_story] -= 1
            if self._sizes[old_story] <= 0:
                del self._sizes[old_story]
                del self._stories[old_story]
                self._lsh.remove(old_story)
            evicted.append(oldest)
        return evicted

    def restore(self, article_id: str, story_id: str, hashvalues: list[int]) -> None:
        """Re-add an assignment from its stored signature (the store is not written)."""
        # The shared permutations: drawing them per restored signature cost more than the rest.
        minhash = MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME, hashfunc=_crc32,
                          hashvalues=np.array(hashvalues, dtype=np.uint64),
                          permutations=_permutations())
        self.remember(article_id, story_id, minhash)

    def absorb(self, article_id: str, stored: object) -> bool:
        """Take in an assignment another process stored; False when unknown or unusable."""
        if not isinstance(stored, list | tuple) or len(stored) != 2:  # [story, values]
            return False
        if not isinstance(stored[1], list | tuple) or len(stored[1]) != NUM_PERM:
            return False
        with self._lock:
            if article_id in self._articles:
                return False
            self.restore(article_id, str(stored[0]), [int(v) for v in stored[1]])
        return True

    def load(self) -> int:
        """Take in every assignment the store holds; returns how many were new."""
        return sum(self.absorb(article_id, stored) for article_id, stored in
                   list(self.store.items()))

    def signature_of(self, article_id: str) -> list[int]:
        """The stored signature of an article the index remembers (empty if evicted)."""
        entry = self._articles.get(article_id)
        return entry[1].hashvalues.tolist() if entry else []

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._articles
