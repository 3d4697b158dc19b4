"""Merkle tree hashing exactly as in RFC 6962 §2.1 (Certificate Transparency).

* ``leaf_hash(d) = SHA-256(0x00 || d)``, ``node_hash(l, r) = SHA-256(0x01 || l || r)``;
* MTH({}) = SHA-256(""), MTH({d0}) = leaf_hash(d0), and for n > 1 with k the largest power
  of two smaller than n: MTH(D[0:n]) = node_hash(MTH(D[0:k]), MTH(D[k:n])).

Functions here take *leaf hashes* (already ``leaf_hash``-ed).  In the audit log the leaf data of
entry ``seq`` is the raw 32-byte entry hash, so its leaf is ``leaf_hash(bytes.fromhex(entry_hash))``
at index ``seq - 1``.  Inclusion proofs are RFC 6962 audit paths, verified with the RFC 9162
§2.1.3.2 algorithm; consistency proofs are RFC 6962 §2.1.2 ``PROOF(m, D[n])``, verified with the
RFC 9162 §2.1.4.2 algorithm.  :class:`CompactTree` computes the same roots incrementally.
"""

from __future__ import annotations

import hashlib

EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two smaller than ``n`` (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


def merkle_root(leaf_hashes: list[bytes]) -> bytes:
    """MTH of the leaves (``EMPTY_ROOT`` for none)."""
    n = len(leaf_hashes)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return leaf_hashes[0]
    k = _split(n)
    return node_hash(merkle_root(leaf_hashes[:k]), merkle_root(leaf_hashes[k:]))


def inclusion_proof(index: int, leaf_hashes: list[bytes]) -> list[bytes]:
    """The audit path PATH(index, D[0:n]) of RFC 6962 §2.1.1, leaf side first."""
    n = len(leaf_hashes)
    if not 0 <= index < n:
        raise ValueError(f"leaf index {index} is outside a tree of {n} leaves")
    if n == 1:
        return []
    k = _split(n)
    if index < k:
        return inclusion_proof(index, leaf_hashes[:k]) + [merkle_root(leaf_hashes[k:])]
    return inclusion_proof(index - k, leaf_hashes[k:]) + [merkle_root(leaf_hashes[:k])]


def verify_inclusion(leaf: bytes, index: int, size: int, proof: list[bytes], root: bytes) -> bool:
    """True if ``proof`` shows ``leaf`` at ``index`` in the tree of ``size`` leaves with ``root``."""
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn & 1 == 0 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def consistency_proof(old_size: int, leaf_hashes: list[bytes]) -> list[bytes]:
    """PROOF(m, D[n]) of RFC 6962 §2.1.2: the nodes that show the tree of the first ``old_size``
    leaves is a prefix of the tree of all of them (empty when ``old_size`` is the whole tree)."""
    n = len(leaf_hashes)
    if not 0 < old_size <= n:
        raise ValueError(f"no consistency proof from size {old_size} to a tree of {n} leaves")
    return _subproof(old_size, leaf_hashes, True)


def _subproof(m: int, leaves: list[bytes], complete: bool) -> list[bytes]:
    """SUBPROOF(m, D[n], b) of RFC 6962 §2.1.2 (``complete``: the m leaves are the old tree itself)."""
    n = len(leaves)
    if m == n:
        return [] if complete else [merkle_root(leaves)]
    k = _split(n)
    if m <= k:
        return _subproof(m, leaves[:k], complete) + [merkle_root(leaves[k:])]
    return _subproof(m - k, leaves[k:], False) + [merkle_root(leaves[:k])]


def verify_consistency(old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: list[bytes]) -> bool:
    """True if ``proof`` shows that the tree of ``new_size`` leaves with ``new_root`` extends the tree
    of ``old_size`` leaves with ``old_root`` (RFC 9162 §2.1.4.2; equal sizes need an empty proof and
    equal roots)."""
    if not 0 < old_size <= new_size:
        return False
    if old_size == new_size:
        return not proof and old_root == new_root
    if not proof:
        return False
    path = list(proof)
    if old_size & (old_size - 1) == 0:  # an exact power of two: the old root is a node of the new tree
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == old_root and sr == new_root and sn == 0


class CompactTree:
    """An append-only Merkle tree that keeps only its perfect subtrees (O(log n) memory)."""

    def __init__(self) -> None:
        self.size = 0
        self._peaks: list[bytes] = []  # roots of perfect subtrees, largest (leftmost) first

    def append(self, leaf: bytes) -> None:
        self._peaks.append(leaf)
        self.size += 1
        n = self.size
        while n & 1 == 0:  # merge equal-sized peaks, like binary carry
            right = self._peaks.pop()
            self._peaks[-1] = node_hash(self._peaks[-1], right)
            n >>= 1

    def root(self) -> bytes:
        """MTH of the leaves appended so far (equal to ``merkle_root`` of them)."""
        if not self._peaks:
            return EMPTY_ROOT
        acc = self._peaks[-1]
        for peak in reversed(self._peaks[:-1]):
            acc = node_hash(peak, acc)
        return acc
