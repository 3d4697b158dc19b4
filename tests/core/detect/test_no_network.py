"""Building the analyzer and detecting never touches the network (tldextract, spaCy downloads)."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap

import pytest

from review_desk.core.detect.analyzer import build_analyzer
from review_desk.core.detect.detector import DetectConfig, Detector


def _refuse(*args, **kwargs):
    raise AssertionError(f"network access attempted: {args!r}")


@pytest.fixture
def no_network(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


def test_build_and_detect_offline(no_network):
    det = Detector(DetectConfig(), analyzer=build_analyzer())
    found = det.detect("邮箱zhangsan@163.com，网址http://www.example.com，电话13812345678")
    assert {d.type for d in found} == {"EMAIL_ADDRESS", "PHONE_NUMBER"}


def test_fresh_interpreter_offline():
    """Import, build and detect in a new process whose sockets refuse to connect from the start."""
    script = textwrap.dedent(
        """
        import socket
        def refuse(*a, **k):
            raise SystemExit("network access attempted: %r" % (a,))
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        import os
        from review_desk.core.detect.detector import Detector
        d = Detector()
        assert os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] == ""
        r = d.detect_many(["邮箱zhangsan@163.com", "机密★5年", "联系电话0531-86123456"])
        assert [len(x) for x in r] == [1, 1, 1], r
        print("ok")
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip().endswith("ok")
