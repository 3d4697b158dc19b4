"""RFC 6962 consistency proofs: reference vectors, every (m, n) pair up to 64 against a brute-force
oracle, and tampered proofs rejected."""

from __future__ import annotations

import hashlib

import pytest

from review_desk.core.audit.merkle import consistency_proof, leaf_hash, verify_consistency

LEAVES = [leaf_hash(i.to_bytes(2, "big")) for i in range(64)]


def oracle_root(leaves: list[bytes]) -> bytes:
    """MTH written out from RFC 6962 §2.1 with its own hashing, independent of merkle.py."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return hashlib.sha256(b"\x01" + oracle_root(leaves[:k]) + oracle_root(leaves[k:])).digest()


ROOTS = {n: oracle_root(LEAVES[:n]) for n in range(1, 65)}
PAIRS = [(m, n) for n in range(1, 65) for m in range(1, n + 1)]

# The Certificate Transparency reference tree (as in test_audit_merkle) and its published proofs.
CT_LEAVES = [leaf_hash(bytes.fromhex(x)) for x in
             ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"]]
CT_PROOFS = [
    (1, 1, []),
    (1, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]),
    (6, 8, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]),
    (2, 5, ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]),
]


@pytest.mark.parametrize("m, n, expected", CT_PROOFS)
def test_reference_consistency_proofs(m, n, expected):
    proof = consistency_proof(m, CT_LEAVES[:n])
    assert [p.hex() for p in proof] == expected
    assert verify_consistency(m, n, oracle_root(CT_LEAVES[:m]), oracle_root(CT_LEAVES[:n]), proof)


def test_every_pair_up_to_64_verifies_against_the_oracle_roots():
    for m, n in PAIRS:
        proof = consistency_proof(m, LEAVES[:n])
        assert verify_consistency(m, n, ROOTS[m], ROOTS[n], proof), (m, n)
        assert (proof == []) == (m == n)


def test_every_pair_rejects_wrong_roots_and_sizes():
    other = leaf_hash(b"other")
    for m, n in PAIRS:
        proof = consistency_proof(m, LEAVES[:n])
        assert not verify_consistency(m, n, other, ROOTS[n], proof), (m, n)
        assert not verify_consistency(m, n, ROOTS[m], other, proof), (m, n)
        if m > 1:  # the root of another prefix is not the old tree
            assert not verify_consistency(m, n, ROOTS[m - 1], ROOTS[n], proof), (m, n)
        if n < 64:
            assert not verify_consistency(m, n + 1, ROOTS[m], ROOTS[n + 1], proof), (m, n)
        if m < n:
            assert not verify_consistency(n, m, ROOTS[n], ROOTS[m], proof), (m, n)


def test_every_pair_rejects_a_tampered_proof():
    flipped = lambda h: bytes([h[0] ^ 1]) + h[1:]
    for m, n in PAIRS:
        proof = consistency_proof(m, LEAVES[:n])
        for i in range(len(proof)):
            bad = proof[:i] + [flipped(proof[i])] + proof[i + 1:]
            assert not verify_consistency(m, n, ROOTS[m], ROOTS[n], bad), (m, n, i)
        assert not verify_consistency(m, n, ROOTS[m], ROOTS[n], proof + [LEAVES[0]]), (m, n)
        if proof:
            assert not verify_consistency(m, n, ROOTS[m], ROOTS[n], proof[:-1]), (m, n)
            assert not verify_consistency(m, n, ROOTS[m], ROOTS[n], proof[1:]), (m, n)
            if len(proof) > 1:
                assert not verify_consistency(m, n, ROOTS[m], ROOTS[n], proof[::-1]), (m, n)


def test_a_different_history_of_the_same_size_has_no_proof():
    """A fork: the new tree does not extend the old one, whatever proof is offered."""
    forked = LEAVES[:5] + [leaf_hash(b"forged")] + LEAVES[6:20]
    for m in range(6, 20):
        proof = consistency_proof(m, forked)
        assert not verify_consistency(m, 20, ROOTS[m], oracle_root(forked), proof)
        assert not verify_consistency(m, 20, ROOTS[m], oracle_root(forked), consistency_proof(m, LEAVES[:20]))


def test_sizes_out_of_range():
    for m in (0, -1, 4):
        with pytest.raises(ValueError):
            consistency_proof(m, LEAVES[:3])
    assert not verify_consistency(0, 3, ROOTS[1], ROOTS[3], [])
    assert not verify_consistency(2, 2, ROOTS[2], ROOTS[2], [LEAVES[0]])
