"""Reviewer identities: Ed25519 key pairs, encrypted at rest with a passphrase.

Every review is signed with its reviewer's own key (谁审查谁负责).  See :mod:`.keys` for the
fingerprint and key-file formats.
"""

from review_desk.core.identity.keys import (
    IdentityError,
    Reviewer,
    WrongPassphrase,
    create_key,
    fingerprint_of,
    key_path,
    list_keys,
    load_reviewer,
    public_bytes,
    unlock_key,
)

__all__ = [
    "IdentityError",
    "Reviewer",
    "WrongPassphrase",
    "create_key",
    "fingerprint_of",
    "key_path",
    "list_keys",
    "load_reviewer",
    "public_bytes",
    "unlock_key",
]
