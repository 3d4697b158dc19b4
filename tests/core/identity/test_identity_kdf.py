"""The passphrase hash's cost: new keys use scrypt n = 2**17; a key file asking for less is refused,
except the version 1 files Review Desk itself wrote (n = 2**15, r = 8, p = 1), which the first
successful unlock re-encrypts with the current cost."""

from __future__ import annotations

import base64
import json
import os

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from read_only import read_only
from review_desk.core.identity import IdentityError, WrongPassphrase, fingerprint_of, key_path, public_bytes, unlock_key
from review_desk.core.identity import keys

PASS = "correct horse battery"


def _raw(private_key) -> bytes:
    return private_key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                     serialization.NoEncryption())


def write_key_file(home, *, version=1, n=2**15, r=8, p=1):
    """A key file as the given version of Review Desk (or someone else) would have written it."""
    private_key = Ed25519PrivateKey.generate()
    public_key = public_bytes(private_key)
    fingerprint = fingerprint_of(public_key)
    meta = {"version": version, "name": "张三", "unit": "办公室", "created": "2025-01-02T03:04:05Z",
            "fingerprint": fingerprint, "public_key": base64.b64encode(public_key).decode()}
    salt, nonce = os.urandom(16), os.urandom(12)
    secret = keys._derive(PASS, salt, n, r, p)
    ciphertext = AESGCM(secret).encrypt(nonce, _raw(private_key), keys._aad(meta))
    document = dict(meta, kdf={"name": "scrypt", "n": n, "r": r, "p": p, "length": 32,
                               "salt": base64.b64encode(salt).decode()},
                    cipher={"name": "AES-256-GCM", "nonce": base64.b64encode(nonce).decode(),
                            "ciphertext": base64.b64encode(ciphertext).decode()})
    path = key_path(home, fingerprint)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return fingerprint, private_key, path


def test_an_old_key_of_ours_is_upgraded_on_its_first_unlock(tmp_path):
    fingerprint, private_key, path = write_key_file(tmp_path)
    assert _raw(unlock_key(tmp_path, fingerprint, PASS)) == _raw(private_key)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == 2 and doc["kdf"]["n"] == 2**17 and doc["name"] == "张三"
    assert _raw(unlock_key(tmp_path, fingerprint, PASS)) == _raw(private_key)  # the upgraded file opens
    assert not [p for p in path.parent.iterdir() if p != path]


def test_a_wrong_passphrase_upgrades_nothing(tmp_path):
    fingerprint, _, path = write_key_file(tmp_path)
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase):
        unlock_key(tmp_path, fingerprint, PASS + "x")
    assert path.read_bytes() == before


@pytest.mark.parametrize("version,n,r", [(1, 2**14, 8), (1, 2**16, 8), (1, 2**15, 4), (2, 2**15, 8), (2, 2**16, 8),
                                         (2, 2**17, 4)])
def test_a_cheaper_hash_than_ours_is_refused(tmp_path, version, n, r):
    fingerprint, _, path = write_key_file(tmp_path, version=version, n=n, r=r)
    before = path.read_bytes()
    with pytest.raises(IdentityError, match="cheaper"):
        unlock_key(tmp_path, fingerprint, PASS)
    assert path.read_bytes() == before


def test_the_cost_cannot_be_edited_down(tmp_path):
    """Version and parameters are bound to the ciphertext: a current file rewritten to look like an
    old one does not open (and a lowered n derives another key)."""
    from review_desk.core.identity import create_key

    reviewer, _ = create_key(tmp_path, "李四", "法规处", PASS)
    path = key_path(tmp_path, reviewer.fingerprint)
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["version"], doc["kdf"]["n"] = 1, 2**15
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(WrongPassphrase):
        unlock_key(tmp_path, reviewer.fingerprint, PASS)


def test_an_upgrade_that_cannot_be_written_still_unlocks(tmp_path, monkeypatch):
    fingerprint, private_key, path = write_key_file(tmp_path)
    before = path.read_bytes()
    read_only(monkeypatch, path.parent)
    assert _raw(unlock_key(tmp_path, fingerprint, PASS)) == _raw(private_key)
    assert path.read_bytes() == before  # still version 1: the next unlock tries again
    monkeypatch.undo()
    unlock_key(tmp_path, fingerprint, PASS)
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 2
