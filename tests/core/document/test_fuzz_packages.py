"""Seeded fuzzing of the package reader and the redaction engine over the test corpus.

Each case takes a file of ``tests/data/docx`` and applies one mutation an attacker or a broken tool
could produce (bytes flipped or cut, parts renamed to ``.bin`` / ``.dat`` / no extension, unsafe or
undeclared entries, a damaged ``[Content_Types].xml``, Strict namespaces mixed in, invisible
characters between digits, an ``altChunk`` holding a phone number, a huge paragraph, many runs…).
Then: read → scan (recognizers on a blank pipeline) → redact with the policy's suggestions.

Asserted for every case: only :class:`ReviewDeskError` escapes (no traceback); no case takes more
than 30 s; and when ``redact`` succeeds, no identifier it was asked to remove is left in any byte
of any part of the written copy (nested packages included) — no silent leak.
"""

from __future__ import annotations

import io
import random
import re
import signal
import time
import zipfile
from pathlib import Path

import pytest
from docx_factory import REL_ALT_CHUNK, rename_parts
from redact_checks import leaks

from review_desk.core.detect.scanner import scan_document
from review_desk.core.document import read_document
from review_desk.core.errors import ReviewDeskError
from review_desk.core.redact import load_policy, redact_document, suggested_redactions
from review_desk.core.redact.policy import Operation

CORPUS = sorted((Path(__file__).parents[2] / "data" / "docx").glob("*.docx"))
SEED = 20261203
CASES = 150
CASE_LIMIT_S = 30
IDENTIFIERS = frozenset({"CN_ID_CARD", "PHONE_NUMBER", "CN_BANK_CARD", "EMAIL_ADDRESS", "CN_PASSPORT",
                         "CN_HK_MACAO_PERMIT", "CN_USCC"})
STRICT = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
TRANSITIONAL = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
PLANTED_PHONE = "13912345678"


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data)
    return out.getvalue()


def _xml_parts(parts: dict[str, bytes]) -> list[str]:
    return [n for n in parts if n.endswith(".xml") and n != "[Content_Types].xml"]


# -- mutations: each takes (rng, package bytes) and returns new bytes --------------------------


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    raw = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    return bytes(raw)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def rename_part(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    name = rng.choice([n for n in _xml_parts(parts) if not n.startswith("docProps/")] or ["word/document.xml"])
    stem = name.rsplit(".", 1)[0]
    return rename_parts(data, {name: rng.choice([f"{stem}.bin", f"{stem}.dat", stem, f"{stem}.XML"])})


def unsafe_entry(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    name = rng.choice(["../../evil.xml", "/word/document.xml", "word/../x.xml", "word\\x.xml", "./a.xml",
                       "word/undeclared.txt", "word/odd.zzz"])
    parts[name] = f"<x>联系电话{PLANTED_PHONE}</x>".encode()
    return _zip(parts)


def damage_content_types(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    ct = parts["[Content_Types].xml"]
    parts["[Content_Types].xml"] = rng.choice([ct[: len(ct) // 2], b"", b"<Types/>", ct.replace(b"Override", b"Overide")])
    return _zip(parts)


def drop_part(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    del parts[rng.choice(list(parts))]
    return _zip(parts)


def mix_strict(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    name = rng.choice(_xml_parts(parts))
    xml = parts[name]
    if TRANSITIONAL in xml:
        xml = xml.replace(b"<w:document ", b'<w:document xmlns:s="' + STRICT + b'" ', 1)
        xml = re.sub(rb"<w:(p|r|t)([ >/])", lambda m: b"<s:" + m.group(1) + m.group(2) if rng.random() < 0.5 else m.group(0), xml)
        xml = re.sub(rb"</w:(p|r|t)>", lambda m: m.group(0), xml)
        parts[name] = xml
    return _zip(parts)


def invisible_digits(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    name = rng.choice(_xml_parts(parts))
    mark = rng.choice(INVISIBLE).encode()

    def sprinkle(text: re.Match) -> bytes:  # inside text nodes only (not names, URIs, attributes)
        return re.sub(rb"(\d)(?=\d)", lambda m: m.group(1) + (mark if rng.random() < 0.3 else b""), text.group(0))

    parts[name] = re.sub(rb">[^<]*\d[^<]*<", sprinkle, parts[name])
    return _zip(parts)


def alt_chunk(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    kind, payload, ctype = rng.choice([
        ("htm", f"<html><body><p>电话{PLANTED_PHONE}</p></body></html>".encode(), "text/html"),
        ("txt", f"手机{PLANTED_PHONE}".encode(), "text/plain"),
        ("rtf", f"{{\\rtf1 {PLANTED_PHONE}}}".encode(), "application/rtf"),
        ("bin", bytes(rng.randrange(256) for _ in range(64)), "application/octet-stream"),
    ])
    parts[f"word/chunk.{kind}"] = payload
    rels = parts.get("word/_rels/document.xml.rels", b"")
    parts["word/_rels/document.xml.rels"] = rels.replace(
        b"</Relationships>", f'<Relationship Id="rIdFz" Type="{REL_ALT_CHUNK}" Target="chunk.{kind}"/></Relationships>'.encode())
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/word/chunk.{kind}" ContentType="{ctype}"/></Types>'.encode())
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:sectPr", b'<w:altChunk r:id="rIdFz"/><w:sectPr', 1)
    return _zip(parts)


def many_runs(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    runs = b"".join(b"<w:r><w:t>%d</w:t></w:r>" % (i % 10) for i in range(rng.choice([1_000, 5_000])))
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:sectPr", b"<w:p>" + runs + b"</w:p><w:sectPr", 1)
    return _zip(parts)


def huge_paragraph(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    text = ("电话" + PLANTED_PHONE + "。").encode() * rng.choice([38_000, 70_000])
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:sectPr", b"<w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p><w:sectPr", 1)
    return _zip(parts)


def xml_garbage(rng: random.Random, data: bytes) -> bytes:
    parts = _parts(data)
    name = rng.choice(_xml_parts(parts))
    xml = bytearray(parts[name])
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(xml))
        xml[at:at] = rng.choice([b"<", b"&", b"]]>", b"<!DOCTYPE x>", b"\x00", b"<w:t>", "\u200b".encode()])
    parts[name] = bytes(xml)
    return _zip(parts)


MUTATIONS = [flip_bytes, truncate, rename_part, unsafe_entry, damage_content_types, drop_part, mix_strict,
             invisible_digits, alt_chunk, many_runs, huge_paragraph, xml_garbage]


class _Hang(Exception):
    pass


def _alarm(_signum, _frame):
    raise _Hang()


def _run_case(path: Path, out: Path, detector, policy) -> str:
    """One read -> scan -> redact; returns what happened ("refused: code" or "written")."""
    try:
        doc = read_document(path)
        findings = scan_document(doc, detector)
        redactions = suggested_redactions(findings, policy)
        redact_document(doc, redactions, out, policy, force=True)
    except ReviewDeskError as exc:
        return f"refused: {exc.code.value}"
    values = sorted({r.finding.text for r in redactions
                     if r.operation is not Operation.KEEP and r.finding.type in IDENTIFIERS})
    left = leaks(out, values)
    assert not left, f"silent leak in {path.name}: {left[:3]}"
    return "written"


@pytest.mark.skipif(not CORPUS, reason="tests/data/docx is missing")
def test_fuzzed_packages_fail_cleanly_and_never_leak(tmp_path, detector):
    rng = random.Random(SEED)
    policy = load_policy("default")
    originals = {p: p.read_bytes() for p in CORPUS}
    outcomes: dict[str, int] = {}
    previous = signal.signal(signal.SIGALRM, _alarm)
    started = time.monotonic()
    try:
        for number in range(CASES):
            source = rng.choice(CORPUS)
            mutation = MUTATIONS[number % len(MUTATIONS)]
            try:
                data = mutation(rng, originals[source])
            except (zipfile.BadZipFile, KeyError, ValueError):
                continue  # the mutation itself did not apply to this file
            path = tmp_path / f"case{number:03d}.docx"
            path.write_bytes(data)
            case_started = time.monotonic()
            signal.alarm(CASE_LIMIT_S)
            try:
                outcome = _run_case(path, tmp_path / f"out{number:03d}.docx", detector, policy)
            except _Hang:
                pytest.fail(f"case {number} ({mutation.__name__} of {source.name}) ran over {CASE_LIMIT_S} s")
            except AssertionError:
                raise
            except Exception as exc:  # noqa: BLE001 - the point of the test
                pytest.fail(f"case {number} ({mutation.__name__} of {source.name}) raised {type(exc).__name__}: {exc}")
            finally:
                signal.alarm(0)
            assert time.monotonic() - case_started < CASE_LIMIT_S
            key = f"{mutation.__name__}: {outcome.split(':')[0]}"
            outcomes[key] = outcomes.get(key, 0) + 1
            path.unlink()
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert all(p.read_bytes() == originals[p] for p in CORPUS)  # the corpus itself is never touched
    written = sum(n for k, n in outcomes.items() if k.endswith("written"))
    refused = sum(n for k, n in outcomes.items() if k.endswith("refused"))
    assert written >= CASES // 4 and refused >= CASES // 10, outcomes  # both paths were exercised
    print(f"{CASES} cases in {time.monotonic() - started:.0f} s: {outcomes}")
