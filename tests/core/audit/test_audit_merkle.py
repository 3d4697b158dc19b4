"""RFC 6962 Merkle hashing: hand-built trees, reference vectors, inclusion proofs."""

from __future__ import annotations

import hashlib

import pytest

from review_desk.core.audit.merkle import (
    EMPTY_ROOT,
    CompactTree,
    inclusion_proof,
    leaf_hash,
    merkle_root,
    node_hash,
    verify_inclusion,
)

L = [leaf_hash(bytes([i])) for i in range(20)]
h = node_hash


def test_leaf_and_node_prefixes():
    assert leaf_hash(b"x") == hashlib.sha256(b"\x00x").digest()
    assert node_hash(b"l", b"r") == hashlib.sha256(b"\x01lr").digest()
    assert merkle_root([]) == EMPTY_ROOT == hashlib.sha256(b"").digest()


@pytest.mark.parametrize(
    "n, expected",
    [
        (1, L[0]),
        (2, h(L[0], L[1])),
        (3, h(h(L[0], L[1]), L[2])),
        (5, h(h(h(L[0], L[1]), h(L[2], L[3])), L[4])),
        (7, h(h(h(L[0], L[1]), h(L[2], L[3])), h(h(L[4], L[5]), L[6]))),
        (8, h(h(h(L[0], L[1]), h(L[2], L[3])), h(h(L[4], L[5]), h(L[6], L[7])))),
    ],
)
def test_hand_computed_roots(n, expected):
    assert merkle_root(L[:n]) == expected


# The Certificate Transparency reference vectors (the leaves and roots used by the RFC 6962
# implementations in certificate-transparency and trillian).
CT_LEAVES = [leaf_hash(bytes.fromhex(x)) for x in
             ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"]]
CT_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


def test_reference_roots():
    for n in range(1, 9):
        assert merkle_root(CT_LEAVES[:n]).hex() == CT_ROOTS[n - 1]


def test_reference_inclusion_proofs():
    assert [p.hex() for p in inclusion_proof(0, CT_LEAVES)] == [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ]
    assert [p.hex() for p in inclusion_proof(5, CT_LEAVES)] == [
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ]


@pytest.mark.parametrize("n", [1, 2, 3, 5, 7, 8, 13, 16, 17])
def test_every_inclusion_proof_verifies(n):
    root = merkle_root(L[:n])
    for i in range(n):
        proof = inclusion_proof(i, L[:n])
        assert verify_inclusion(L[i], i, n, proof, root)
        assert not verify_inclusion(L[(i + 1) % 20], i, n, proof, root)
        assert not verify_inclusion(L[i], i, n, proof + [L[0]], root)
        if proof:
            assert not verify_inclusion(L[i], i, n, proof[:-1], root)
            assert not verify_inclusion(L[i], i, n, [leaf_hash(b"bad")] + proof[1:], root)
    assert not verify_inclusion(L[0], n, n, [], root)
    assert not verify_inclusion(L[0], -1, n, [], root)


def test_inclusion_proof_index_out_of_range():
    with pytest.raises(ValueError):
        inclusion_proof(3, L[:3])


def test_compact_tree_matches_merkle_root():
    tree = CompactTree()
    assert tree.root() == EMPTY_ROOT
    for n in range(1, 41):
        tree.append(leaf_hash(n.to_bytes(2, "big")))
        assert tree.size == n
        assert tree.root() == merkle_root([leaf_hash(k.to_bytes(2, "big")) for k in range(1, n + 1)])
