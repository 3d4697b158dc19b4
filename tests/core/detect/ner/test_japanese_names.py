"""Japanese names written in Chinese characters (issue 17, class 3): a Japanese surname from the data
module, one to three given-name characters and a clear end; the title after it is not part of the
name, and a surname alone (佐藤先生) or a surname inside a place or a phrase (中山路, 由小林负责)
is not a name."""

from __future__ import annotations

import pytest

from review_desk.core.detect.ner.person import find_persons


def names(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_persons(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("日本籍专家伊藤达也先生、长谷川真由美教授和野口纯一博士榜上有名。", ["伊藤达也", "长谷川真由美", "野口纯一"]),
        ("另，高桥美咲先生系小林花子女士的配偶。", ["高桥美咲", "小林花子"]),
        ("1\t冈本裕子\t日本\t苏州精工电子有限公司", ["冈本裕子"]),
        ("荒木美咲、坂本亮介：", ["荒木美咲", "坂本亮介"]),
        ("　　上田浩之，男，原工作单位：大连三和物流有限公司。", ["上田浩之"]),
        ("当事人：铃木由纪（日本籍），未按规定办理住宿登记。", ["铃木由纪"]),
        ("被告田中一郎、佐藤花子未到庭。", ["田中一郎", "佐藤花子"]),
    ],
)
def test_japanese_names_are_found_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text", ["中山路12号", "石井镇人民政府", "由小林负责", "佐藤先生表示同意", "在中村进行调研", "北村委会"]
)
def test_surnames_alone_or_inside_places_are_not_names(text: str) -> None:
    assert names(text) == []
