"""A desk home with two reviewers, a draft document and a scan function on the shared model."""

from __future__ import annotations

import pytest

from docx_factory import make_docx
from passphrase import PASS
from review_desk.core.detect.scanner import scan_document
from review_desk.core.review import ReviewDesk

DRAFT = [
    "济南市历下区人民政府办公室",
    "历下政办字〔2026〕7号",
    "关于申请人张三丰政府信息公开申请的答复",
    "申请人张三丰：您于2026年3月1日提出的政府信息公开申请收悉。经审查，现答复如下。",
    "　　联系电话13812345678，身份证号码37070219721031809X，本机关已依法办理。本答复书一式两份。",
    "抄送：区政务公开办公室。",
]


@pytest.fixture
def desk(tmp_path):
    with ReviewDesk(tmp_path / "home") as d:
        d.add_reviewer("王审查", "办公室", PASS)
        d.add_reviewer("李复核", "法规科", PASS)
        yield d


@pytest.fixture
def draft(tmp_path):
    return make_docx(tmp_path, DRAFT, name="draft.docx")


@pytest.fixture
def scan(model_detector):
    return lambda document: scan_document(document, model_detector)
