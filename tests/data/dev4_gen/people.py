"""Invented people for dev 4: name styles beyond dev 3 (Japanese, Korean, Western with ·, Uyghur,
Tibetan and Mongolian names with and without the middle dot) and identifiers in their legacy and
embedded forms.  Every identity is made up by the seeded generator."""

from __future__ import annotations

import datetime as dt
import random

from tests.data.dev3_gen.people import (COMMON, RARE, SINGLE, NameBank,
                                        id_check, mobile, sex_of)

__all__ = ["Bank", "COUNTIES", "County", "id15", "id18", "id_ok", "mobile", "plate", "sex_of"]

JP_SUR = ["山本", "田中", "佐藤", "铃木", "高桥", "渡边", "伊藤", "中村", "小林", "松本", "井上", "木村", "清水", "森田",
          "石川", "前田", "藤原", "冈田"]
JP_GIV = ["健太", "由美", "直树", "美香", "翔太", "惠子", "浩二", "阳子", "一郎", "真理子", "大辅", "爱子", "拓也", "千寻"]
KR_SUR = "金朴崔郑姜赵尹"
KR_GIV = ["敏俊", "智妍", "秀贤", "在勋", "英哲", "顺姬", "成浩", "贤珠", "东旭", "惠善", "正焕", "美京"]
WEST_GIV = ["约翰", "大卫", "玛丽", "迈克尔", "安娜", "托马斯", "丹尼尔", "伊丽莎白", "詹姆斯", "萨拉", "彼得", "凯瑟琳",
            "罗伯特", "艾米丽"]
WEST_SUR = ["史密斯", "约翰逊", "布朗", "米勒", "威尔逊", "泰勒", "安德森", "怀特", "马丁", "汤普森", "克拉克", "霍华德",
            "摩尔", "哈里斯"]
UY_M = ["买买提", "吐尔逊", "热合曼", "阿不都热依木", "艾力", "努尔", "麦麦提", "依明", "玉素甫", "卡德尔", "阿迪力",
        "托合提", "艾尔肯", "库尔班", "阿布力孜", "肉孜", "赛买提", "阿卜杜拉"]
UY_F = ["阿依古丽", "古丽娜尔", "帕提古丽", "迪丽努尔", "米娜瓦尔", "祖丽皮亚", "热依拉", "吐逊古丽", "阿依努尔",
        "布帕塔木", "努尔比亚", "海尼古丽"]
TIB = ["次仁", "卓玛", "扎西", "多吉", "格桑", "拉姆", "索朗", "普布", "尼玛", "达瓦", "顿珠", "旺堆", "央金", "德吉",
       "平措", "白玛", "琼达", "曲珍"]
MON = ["巴特尔", "乌云", "其其格", "额尔敦", "苏日娜", "朝鲁", "那日苏", "格日勒", "宝音", "图雅", "阿拉坦", "敖登",
       "孟和", "萨仁"]


class Bank(NameBank):
    """dev 3's name bank plus the styles dev 4 adds."""

    def _draw(self, rng: random.Random, style: str) -> str:
        if style == "japanese":
            return rng.choice(JP_SUR) + rng.choice(JP_GIV)
        if style == "korean":
            return rng.choice(KR_SUR) + rng.choice(KR_GIV)
        if style == "western":
            return rng.choice(WEST_GIV) + "·" + rng.choice(WEST_SUR)
        if style == "uy_dot":
            own = rng.choice(UY_M + UY_F)
            return own + "·" + rng.choice([m for m in UY_M if m != own])
        if style == "uy_plain":
            own = rng.choice(UY_M + UY_F)
            return own + rng.choice([m for m in UY_M if m != own])
        if style == "tibetan":
            a, b = rng.sample(TIB, 2)
            return a + b if rng.random() < 0.7 else a
        if style == "mongol":
            a, b = rng.sample(MON, 2)
            r = rng.random()
            return a if r < 0.3 else a + b if r < 0.65 else a + "·" + b
        if style == "han3":
            return rng.choice(COMMON) + rng.choice(SINGLE) + rng.choice(SINGLE)
        if style == "rare2":
            return rng.choice(RARE) + rng.choice(SINGLE)
        return super()._draw(rng, style)


class County:
    """A real county-level division with its real code (used as the first six ID digits)."""

    def __init__(self, code, prov, city, county, towns, roads):
        self.code, self.prov, self.city, self.county = code, prov, city, county
        self.towns, self.roads = towns, roads


COUNTIES = {
    "licheng": County("370112", "山东省", "济南市", "历城区", ("王舍人街道", "鲍山街道", "郭店街道", "唐冶街道", "港沟街道", "董家街道"),
                      ("工业北路", "花园路", "祝甸路", "荷花路", "二环东路")),
    "lixia": County("370102", "山东省", "济南市", "历下区", ("解放路街道", "千佛山街道", "文东街道", "甸柳街道", "燕山街道"),
                    ("文化东路", "历山路", "和平路", "山大路", "千佛山东路")),
    "jiaxiang": County("370829", "山东省", "济宁市", "嘉祥县", ("纸坊镇", "梁宝寺镇", "疃里镇", "马村镇", "金屯镇", "大张楼镇", "马集镇"),
                       ("呈祥大街", "建设路", "嘉宁路")),
    "linqing": County("371581", "山东省", "聊城市", "临清市", ("松林镇", "老赵庄镇", "康庄镇", "魏湾镇", "刘垓子镇", "八岔路镇"),
                      ("青年路", "新华路", "先锋路")),
    "huancui": County("371002", "山东省", "威海市", "环翠区", ("张村镇", "羊亭镇", "温泉镇", "桥头镇", "孙家疃街道", "竹岛街道"),
                      ("青岛北路", "文化西路", "海滨路")),
    "korla": County("652801", "新疆维吾尔自治区", "巴音郭楞蒙古自治州", "库尔勒市", ("塔什店镇", "上户镇", "西尼尔镇", "萨依巴格街道"),
                    ("人民东路", "石化大道", "萨依巴格路")),
    "lhasa": County("540102", "西藏自治区", "拉萨市", "城关区", ("八廓街道", "吉日街道", "扎细街道", "夺底街道", "蔡公堂街道"),
                    ("北京中路", "江苏路", "林廓北路")),
    "hohhot": County("150102", "内蒙古自治区", "呼和浩特市", "新城区", ("保合少镇", "东街街道", "西街街道", "迎新路街道"),
                     ("新华大街", "兴安北路", "成吉思汗大街")),
    "jinshui": County("410105", "河南省", "郑州市", "金水区", ("花园路街道", "人民路街道", "杜岭街道", "丰产路街道"),
                      ("纬五路", "农业路", "金水路")),
}
VALID_CODES = {c.code for c in COUNTIES.values()}


def born(rng: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(y1, 12, 28).toordinal()))


def id18(rng: random.Random, code: str, d: dt.date, male: bool) -> str:
    seq = rng.randint(10, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = f"{code}{d:%Y%m%d}{seq:03d}"
    return body + id_check(body)


def id15(rng: random.Random, code: str, d: dt.date, male: bool) -> str:
    """Legacy first-generation number: region + yymmdd + 3-digit sequence (odd for men)."""
    seq = rng.randint(10, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    return f"{code}{d:%y%m%d}{seq:03d}"


def id_ok(v: str) -> bool:
    """18-char numbers by date and check character, 15-digit legacy numbers by region and yymmdd."""
    if len(v) == 15 and v.isdigit():
        try:
            dt.date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12]))
        except ValueError:
            return False
        return v[:6] in VALID_CODES
    if len(v) != 18 or not v[:17].isdigit():
        return False
    try:
        dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return id_check(v[:17]) == v[17]


PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate(rng: random.Random, prov: str = "鲁", dot: bool = False, new_energy: bool = False) -> str:
    letter = rng.choice("ABCDEFGHKLMNPQRSU")
    if new_energy:
        tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
    else:
        tail = "".join(rng.choice("0123456789" if i in (0, 3, 4) or rng.random() < 0.5 else PLATE_LETTERS)
                       for i in range(5))
    return prov + letter + ("·" if dot else "") + tail
