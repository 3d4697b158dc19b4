"""Addresses that are places, not homes (issue 17, class 5 / 7): a building or yard listed as a
zone an authority designates (an epidemic's risk areas) in a sentence that says nothing of anyone
living there is kept as a place.  All addresses are invented."""

from __future__ import annotations

import pytest

from .conftest import found


@pytest.mark.parametrize(
    "text, place",
    [
        ("此前划定的东城区和平街道幸福小区5号楼、东城区安定门街道交道口南大街12号院等2个高风险区，自即日起降为低风险区。",
         "东城区和平街道幸福小区5号楼"),
        ("即日起将朝阳区望京街道花家地北里6号楼划定为高风险区。", "朝阳区望京街道花家地北里6号楼"),
        ("高风险区：海淀区学院路街道石油大院15号楼。", "海淀区学院路街道石油大院15号楼"),
        ("经研判，丰台区卢沟桥街道晓月苑三里8号楼调整为中风险区，实行封控管理。", "丰台区卢沟桥街道晓月苑三里8号楼"),
    ],
)
def test_a_designated_zone_is_a_place(rule_detector, text, place):
    assert found(rule_detector, text, "CN_ADDRESS") == []
    assert place in found(rule_detector, text, "LOCATION")


@pytest.mark.parametrize(
    "text, home",
    [
        ("病例2居住的朝阳区望京街道花家地北里6号楼已划定为高风险区。", "朝阳区望京街道花家地北里6号楼"),
        ("确诊病例张某，现住址朝阳区望京街道花家地北里6号楼3单元201室，其所住楼栋划定为中风险区。",
         "朝阳区望京街道花家地北里6号楼3单元201室"),
        ("当事人王某，男，42岁，户籍地丰台区卢沟桥街道晓月苑三里8号楼2单元302室，该楼现为低风险区。",
         "丰台区卢沟桥街道晓月苑三里8号楼2单元302室"),
    ],
)
def test_a_home_in_a_zone_stays_a_home(rule_detector, text, home):
    assert found(rule_detector, text, "CN_ADDRESS") == [home]
