"""What a table column's header says about the addresses under it: a home-address column
(``家庭住址``, ``住宿地址``), an organisation's (``注册地址``), a bare one decided by the address's
shape, or the village a person belongs to (``所在村组``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex as re

from ...tables import PERSON_COLUMN
from ..gazetteers import AdminGazetteer
from .grammar import NUM, TOWN
from .divisions import division_at


_ADDRESS_HEADER = re.compile(r"住址|地址|住所|居住地|户籍地|所在地|所在村|村组|家庭住址|现住|住宿地|坐落|位置|门牌")
#: Headers that say the address is a person's (家庭住址, 经营者住所, 所有人登记住址).
_HOME_HEADER = re.compile(r"住址|家庭|居住|租住|暂住|房产|所在村|村组|户籍|户口|现住|住宿|个人|本人|经营者|所有人|户主|申请人|当事人|房屋|宅基地|住宅|不动产|被征收|违法建设|拟建")
_ORG_HEADER = re.compile(r"单位|注册|经营场所|营业场所|办公|机关|企业|公司|生产")


#: Headers that name the village or group a person belongs to (所在村（社区）, 所在村组, 所属村): its
#: cell is that place, a home only with a house number in it.
_MEMBERSHIP_HEADER = re.compile(r"所在村|所属村|村组|所在自然村|所在组|所在社区|所属社区|村（社区）|村\(社区\)")
#: ... unless the header also says home (家庭住址（村组）).
_HOME_WORD_HEADER = re.compile(r"住址|住所|地址|家庭|居住|户籍")
#: A house, a flat or a room in a cell under such a column: the cell is a home address.
_DWELLING_IN = re.compile(r"\d+号|[0-9一二三四五六七八九十]号(?!楼)|单元|\d室|号楼|栋|幢")


def membership_home(text: str, s: int, e: int, gaz: AdminGazetteer) -> bool:
    """A cell under a membership column (所在村, 所在村组) is a home address when it is written as
    one: a house number in it, or a chain from a town or division down to a villagers' group
    (马村镇清泉村2组); a village or a village's group named alone (王家庄村, 塔布板村5组) is a place."""
    if _DWELLING_IN.search(text, s, e):
        return True
    town = division_at(text, s, gaz) or bool(TOWN.match(text, s, e))
    return town and bool(_GROUP_LEVEL_END.search(text, s, e))


#: A span that ends at a villagers' group (…村2组, …村四社, …村第三村民小组).
_GROUP_LEVEL_END = re.compile(rf"(?:{NUM}(?:组|社|队)|村民小组)$")


#: A bracketed alternative inside a header (住（居住）地, 户籍（居住）地址), then the rest of the header.
_ALTERNATIVE = re.compile(r"[（(]([^（）()]{1,6})[）)](.*)$")


def header_readings(header: str) -> str:
    """The header with a bracketed alternative read both ways, space-separated: ``住（居住）地`` is
    ``住地`` or ``居住地`` (the bracket's words replace those before it), so the header's words
    are matched as the label says them."""
    m = _ALTERNATIVE.search(header)
    if m is None:
        return header
    return f"{header} {header[: m.start()]}{m.group(2)} {m.group(1)}{m.group(2)}"


def address_column(context: Sequence[str] | None) -> str | None:
    """For a cell under an address column header: ``CN_ADDRESS`` (a person's column),
    ``ORG_ADDRESS`` (an organisation's), ``"SHAPE"`` (a bare 住所 / 地址: decided by the
    address's shape), ``"PLACE"`` (the village a person belongs to: 所在村, 所在村组), else ``None``.
    A header with a bracketed alternative is read both ways (:func:`header_readings`)."""
    for header in map(header_readings, context or ()):
        if _MEMBERSHIP_HEADER.search(header) and not _HOME_WORD_HEADER.search(header):
            return "PLACE"
        if _ADDRESS_HEADER.search(header):
            if _ORG_HEADER.search(header):
                return "ORG_ADDRESS"
            if _HOME_HEADER.search(header) or any(PERSON_COLUMN.search(w) for w in context or () if w != header):
                return "CN_ADDRESS"  # 家庭住址; or 地址 in a table whose rows are persons (姓名, 被执行人 …)
            return "SHAPE"
    return None
