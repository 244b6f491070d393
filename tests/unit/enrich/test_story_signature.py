"""The story signature computed in one numpy pass equals datasketch's own MinHash of the shingles."""

from __future__ import annotations

import zlib

from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.enrich.stories import NUM_PERM, SCHEME, SHINGLE, shingle_hashes, signature


def _reference(norms: list[str]) -> list[int]:
    """The signature as datasketch computes it: update_batch over the set of shingle bytes."""
    minhash = MinHash(num_perm=NUM_PERM, seed=7, scheme=SCHEME, hashfunc=zlib.crc32)
    shingles = {" ".join(norms[i:i + SHINGLE]).encode("utf-8")
                for i in range(max(1, len(norms) - SHINGLE + 1))}
    minhash.update_batch(list(shingles))
    return [int(v) for v in minhash.hashvalues]


tokens = st.lists(st.text(min_size=0, max_size=8), max_size=40)


@settings(max_examples=300, deadline=None)
@given(tokens)
def test_signature_equals_datasketch_on_any_tokens(norms: list[str]) -> None:
    assert signature(norms).hashvalues.tolist() == _reference(norms)


def test_signature_of_fewer_tokens_than_a_shingle_hashes_them_joined() -> None:
    assert shingle_hashes(["kyiv", "strike"]) == [zlib.crc32(b"kyiv strike")]
    assert shingle_hashes([]) == [zlib.crc32(b"")]


def test_shingles_of_non_ascii_tokens_are_their_utf8_bytes() -> None:
    norms = ["zürich", "café", "a", "ünd"]
    assert shingle_hashes(norms) == [zlib.crc32("zürich café a".encode()),
                                     zlib.crc32("café a ünd".encode())]
