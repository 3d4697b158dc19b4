"""One classification of package parts serves the desk and the PDF log."""

from __future__ import annotations

import pytest

from review_desk.core.document.part_kinds import part_kind
from review_desk.core.names import PART_NAMES


@pytest.mark.parametrize(("part", "kind"), [
    ("word/document.xml", "body"), ("text", "text"), ("word/header2.xml", "header"),
    ("word/commentsExtended.xml", "comments"), ("word/_rels/document.xml.rels", "links"),
    ("docProps/custom.xml", "custom_properties"), ("docProps/core.xml", "properties"),
    ("word/embeddings/oleObject1.bin", "embedded"), ("word/theme/theme1.xml", None),
])
def test_part_kinds(part, kind):
    assert part_kind(part) == kind


def test_every_kind_has_a_chinese_name():
    from review_desk.core.document.part_kinds import PART_KINDS

    assert {kind for _, kind in PART_KINDS} == set(PART_NAMES)
