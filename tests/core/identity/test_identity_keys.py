"""Reviewer key pairs: creation, encryption at rest, unlocking, tampering."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import stat

import pytest
from cryptography.hazmat.primitives import serialization

from review_desk.core.identity import (
    IdentityError,
    WrongPassphrase,
    create_key,
    fingerprint_of,
    key_path,
    list_keys,
    load_reviewer,
    public_bytes,
    unlock_key,
)

PASS = "correct horse battery"


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    reviewer, private_key = create_key(home, " 张三 ", "办公室", PASS)
    return home, reviewer, private_key


def _raw(private_key) -> bytes:
    return private_key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                     serialization.NoEncryption())


def test_fingerprint_format():
    key = bytes(32)
    assert fingerprint_of(key) == "SHA256:" + hashlib.sha256(key).hexdigest()[:32]
    assert re.fullmatch(r"SHA256:[0-9a-f]{32}", fingerprint_of(bytes(range(32))))
    with pytest.raises(IdentityError):
        fingerprint_of(b"short")


def test_round_trip(made):
    home, reviewer, private_key = made
    assert (reviewer.name, reviewer.unit) == ("张三", "办公室")
    assert reviewer.public_key == public_bytes(private_key)
    assert reviewer.fingerprint == fingerprint_of(reviewer.public_key)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", reviewer.created)
    unlocked = unlock_key(home, reviewer.fingerprint, PASS)
    assert _raw(unlocked) == _raw(private_key)
    assert load_reviewer(home, reviewer.fingerprint) == reviewer
    assert list_keys(home) == [reviewer]


def test_key_file_layout_and_permissions(made):
    home, reviewer, _ = made
    path = key_path(home, reviewer.fingerprint)
    assert path.parent == home / "keys"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp files left behind
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == 2 and doc["fingerprint"] == reviewer.fingerprint
    assert doc["kdf"] == {"name": "scrypt", "n": 2**17, "r": 8, "p": 1, "length": 32, "salt": doc["kdf"]["salt"]}
    assert len(base64.b64decode(doc["kdf"]["salt"])) == 16
    assert len(base64.b64decode(doc["cipher"]["nonce"])) == 12
    assert base64.b64decode(doc["public_key"]) == reviewer.public_key


def test_private_key_not_stored_in_clear(made):
    home, reviewer, private_key = made
    raw = _raw(private_key)
    data = key_path(home, reviewer.fingerprint).read_bytes()
    assert raw not in data
    assert base64.b64encode(raw) not in data and raw.hex().encode() not in data
    ciphertext = base64.b64decode(json.loads(data)["cipher"]["ciphertext"])
    assert len(ciphertext) == 32 + 16  # key + GCM tag
    assert raw not in ciphertext


def test_wrong_passphrase(made):
    home, reviewer, _ = made
    with pytest.raises(WrongPassphrase, match="wrong"):
        unlock_key(home, reviewer.fingerprint, PASS + "x")
    with pytest.raises(IdentityError):
        unlock_key(home, reviewer.fingerprint, "")


@pytest.mark.parametrize("passphrase", ["", "short", "1234567"])
def test_weak_passphrase_refused(tmp_path, passphrase):
    with pytest.raises(IdentityError, match="passphrase"):
        create_key(tmp_path, "李四", "办公室", passphrase)
    assert not (tmp_path / "keys").exists() or not list((tmp_path / "keys").iterdir())


def test_empty_name_refused(tmp_path):
    with pytest.raises(IdentityError, match="name"):
        create_key(tmp_path, "  ", "办公室", PASS)


def _copy_key(made, tmp_path):
    home, reviewer, _ = made
    src = key_path(home, reviewer.fingerprint)
    dst = key_path(tmp_path, reviewer.fingerprint)
    dst.parent.mkdir(parents=True)
    dst.write_bytes(src.read_bytes())
    return dst, reviewer, json.loads(src.read_text(encoding="utf-8"))


def test_tampered_ciphertext_detected(made, tmp_path):
    dst, reviewer, doc = _copy_key(made, tmp_path)
    blob = bytearray(base64.b64decode(doc["cipher"]["ciphertext"]))
    blob[3] ^= 0x01
    doc["cipher"]["ciphertext"] = base64.b64encode(bytes(blob)).decode()
    dst.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(WrongPassphrase, match="altered"):
        unlock_key(tmp_path, reviewer.fingerprint, PASS)


def test_tampered_metadata_detected(made, tmp_path):
    """Name and unit are bound to the ciphertext as GCM associated data."""
    dst, reviewer, doc = _copy_key(made, tmp_path)
    doc["unit"] = "财务处"
    dst.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(WrongPassphrase):
        unlock_key(tmp_path, reviewer.fingerprint, PASS)


def test_swapped_public_key_detected(made, tmp_path):
    dst, reviewer, doc = _copy_key(made, tmp_path)
    doc["public_key"] = base64.b64encode(bytes(32)).decode()
    dst.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(IdentityError, match="does not hold"):
        unlock_key(tmp_path, reviewer.fingerprint, PASS)


def test_missing_and_corrupt_key_files(made, tmp_path):
    _, reviewer, _ = made
    with pytest.raises(IdentityError, match="no key file"):
        unlock_key(tmp_path, reviewer.fingerprint, PASS)
    path = key_path(tmp_path, reviewer.fingerprint)
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(IdentityError, match="cannot be read"):
        unlock_key(tmp_path, reviewer.fingerprint, PASS)
    path.write_text(json.dumps({"version": 1}), encoding="utf-8")
    with pytest.raises(IdentityError, match="damaged"):
        unlock_key(tmp_path, reviewer.fingerprint, PASS)
    path.write_text(json.dumps({"version": 99}), encoding="utf-8")
    with pytest.raises(IdentityError, match="version 2"):
        unlock_key(tmp_path, reviewer.fingerprint, PASS)


@pytest.mark.parametrize("bad", ["../../etc/passwd", "SHA256:XYZ", "", "SHA256:" + "0" * 64])
def test_bad_fingerprint_refused(tmp_path, bad):
    with pytest.raises(IdentityError, match="not a key fingerprint"):
        unlock_key(tmp_path, bad, PASS)
