"""The address grammar is tried only where a division name can start (``chain_starts``): the
skip must never hide an address or a place that the grammar would have read there."""

from __future__ import annotations

from pathlib import Path

from review_desk.core.detect.ner.address import parse_address
from review_desk.core.detect.ner.address.divisions import chain_starts, dangling_area
from review_desk.core.detect.ner.gazetteers import admin_gazetteer

DATA = Path(__file__).resolve().parents[3] / "data"


def _texts() -> list[str]:
    from review_desk.core.document import read_document

    texts = ["\n".join(s.text for s in read_document(p).segments) for p in sorted((DATA / "corpus").glob("*.txt"))[:12]]
    texts += [
        "中国浙江杭州西湖区文三路90号",
        "宁波余姚市梨洲街道",
        "大理州祥云县祥城镇",
        "黔东南州凯里市",
        "浙江-台州-天台县",
        "张店区扎兰屯市某路1号",
    ]
    return texts


def test_no_chain_starts_where_the_skip_applies() -> None:
    gaz = admin_gazetteer()
    starts = chain_starts(gaz)
    skipped = 0
    for text in _texts():
        for i in range(len(text)):
            if text[i : i + 2] in starts:
                continue
            skipped += 1
            assert parse_address(text, i, gaz) is None, (text[i : i + 20], i)
            assert dangling_area(text, i, gaz) == 0, (text[i : i + 20], i)
    assert skipped > 1000  # most positions are skipped


def test_every_division_and_short_name_can_start() -> None:
    gaz = admin_gazetteer()
    starts = chain_starts(gaz)
    for text in ("中国", "浙江杭州", "杭州西湖区", "大理州", "黔东南州", "西湖区", "山东省", "济南市"):
        assert text[:2] in starts, text
    for level in ("provinces", "cities", "areas", "streets"):
        for name in getattr(gaz, level):
            if 2 <= len(name) <= gaz.max_len:  # (match finds no other)
                assert name[:2] in starts, name
