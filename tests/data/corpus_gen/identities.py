"""Synthetic people and identifiers with valid check characters.

Nothing here is copied from a real person.  Region codes, bank prefixes and mobile prefixes are
real *shapes* (so that a validator accepts them); the combinations are random.

Check algorithms implemented here (and re-implemented independently in
``tests/test_corpus_integrity.py``):

* 居民身份证号 GB 11643 / ISO 7064 MOD 11-2,
* 统一社会信用代码 GB 32100-2015 (mod 31) with an embedded GB 11714 organisation code (mod 11),
* bank cards: Luhn.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from tests.support.check_digits import id_check_char, luhn_check_digit, org_code_check_char, uscc_check_char
from tests.support.check_digits import luhn_ok as luhn_is_valid
from tests.support.check_digits import uscc_ok as uscc_is_valid

# --------------------------------------------------------------------------------------------
# check characters (the algorithms: tests/support/check_digits.py)
# --------------------------------------------------------------------------------------------

PROVINCE_CODES = frozenset("11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 "
                           "61 62 63 64 65".split())


def id_is_valid(value: str) -> bool:
    """18-char (date + MOD 11-2 check) or legacy 15-digit (date only); province code must exist."""
    v = value.upper()
    if v[:2] not in PROVINCE_CODES:
        return False
    if len(v) == 15:
        if not v.isdigit():
            return False
        try:
            dt.date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12]))
        except ValueError:
            return False
        return True
    if len(v) != 18 or not v[:17].isdigit():
        return False
    try:
        dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return id_check_char(v[:17]) == v[17]


# --------------------------------------------------------------------------------------------
# regions and addresses (real administrative codes and names; roads are common road names)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Region:
    code: str
    province: str  # "" for municipalities (北京市 ...): the city is the province
    city: str
    district: str
    towns: tuple[str, ...]  # 街道 (urban) or 镇/乡 (rural)
    roads: tuple[str, ...] = ()  # urban roads
    villages: tuple[str, ...] = ()  # rural villages


URBAN = [
    Region("370102", "山东省", "济南市", "历下区", ("泉城路街道", "文化东路街道", "甸柳街道", "姚家街道", "千佛山街道"),
           ("文化东路", "历山路", "和平路", "山大南路", "燕子山路", "解放路", "窑头路")),
    Region("370103", "山东省", "济南市", "市中区", ("大观园街道", "舜耕街道", "七里山街道", "二七新村街道"),
           ("经四路", "纬二路", "英雄山路", "郎茂山路", "民生大街")),
    Region("370104", "山东省", "济南市", "槐荫区", ("振兴街街道", "道德街街道", "匡山街道"),
           ("经十路", "阳光新路", "兴福寺路", "营市街")),
    Region("370105", "山东省", "济南市", "天桥区", ("北园街道", "泺口街道", "堤口路街道"),
           ("堤口路", "北园大街", "无影山中路", "明湖北路")),
    Region("370112", "山东省", "济南市", "历城区", ("洪家楼街道", "王舍人街道", "山大路街道"),
           ("花园路", "华信路", "洪山路", "祝舜路")),
    Region("370202", "山东省", "青岛市", "市南区", ("八大关街道", "香港中路街道", "江苏路街道"),
           ("香港中路", "闽江路", "福州南路", "江西路", "宁夏路")),
    Region("370203", "山东省", "青岛市", "市北区", ("台东街道", "辽宁路街道", "敦化路街道"),
           ("台东一路", "辽宁路", "延吉路", "敦化路", "南京路")),
    Region("370211", "山东省", "青岛市", "黄岛区", ("长江路街道", "黄岛街道", "辛安街道"),
           ("长江中路", "井冈山路", "紫金山路")),
    Region("370302", "山东省", "淄博市", "淄川区", ("般阳路街道", "松龄路街道"), ("般阳路", "松龄路", "张博路")),
    Region("370602", "山东省", "烟台市", "芝罘区", ("向阳街道", "毓璜顶街道", "幸福街道"),
           ("南大街", "胜利路", "只楚路")),
    Region("370702", "山东省", "潍坊市", "潍城区", ("城关街道", "北关街道"), ("胜利西街", "向阳路", "和平路")),
    Region("370811", "山东省", "济宁市", "任城区", ("古槐街道", "越河街道"), ("共青团路", "建设北路", "红星中路")),
    Region("370902", "山东省", "泰安市", "泰山区", ("岱庙街道", "财源街道"), ("东岳大街", "青年路", "迎胜路")),
    Region("371002", "山东省", "威海市", "环翠区", ("环翠楼街道", "鲸园街道"), ("统一路", "新威路", "文化西路")),
    Region("371302", "山东省", "临沂市", "兰山区", ("兰山街道", "金雀山街道"), ("沂蒙路", "解放路", "金雀山路")),
    Region("371702", "山东省", "菏泽市", "牡丹区", ("东城街道", "西城街道"), ("中华路", "人民路", "八一路")),
    Region("110105", "", "北京市", "朝阳区", ("建外街道", "呼家楼街道", "望京街道"), ("建国路", "东三环中路", "望京西路")),
    Region("110108", "", "北京市", "海淀区", ("中关村街道", "学院路街道"), ("中关村大街", "学院路", "知春路")),
    Region("440305", "广东省", "深圳市", "南山区", ("粤海街道", "南头街道"), ("科苑南路", "南海大道", "桃园路")),
    Region("320106", "江苏省", "南京市", "鼓楼区", ("湖南路街道", "宁海路街道"), ("中山北路", "湖南路", "宁海路")),
    Region("310104", "", "上海市", "徐汇区", ("天平路街道", "徐家汇街道"), ("漕溪北路", "衡山路", "天钥桥路")),
    Region("410105", "河南省", "郑州市", "金水区", ("经八路街道", "文化路街道"), ("金水路", "文化路", "经三路")),
    Region("130102", "河北省", "石家庄市", "长安区", ("建北街道", "青园街道"), ("中山东路", "建设北大街")),
]

RURAL = [
    Region("371725", "山东省", "菏泽市", "郓城县", ("黄安镇", "郓城镇", "杨庄集镇", "侯咽集镇"), (),
           ("刘庄村", "王集村", "后张庄村", "杨楼村", "孙堂村")),
    Region("370124", "山东省", "济南市", "平阴县", ("孝直镇", "玫瑰镇", "东阿镇"), (), ("南孔村", "胡庄村", "李沟村")),
    Region("371321", "山东省", "临沂市", "沂南县", ("界湖街道", "青驼镇", "张庄镇"), (), ("东高庄村", "石家官庄村", "葛庄村")),
    Region("370983", "山东省", "泰安市", "肥城市", ("王瓜店街道", "石横镇", "汶阳镇"), (), ("东坞村", "北大留村", "穆庄村")),
    Region("371482", "山东省", "德州市", "禹城市", ("房寺镇", "辛店镇", "梁家镇"), (), ("前刘村", "后王村", "大赵村")),
]

# regions for people from minority areas (birth place in the ID number)
MINORITY_REGIONS = {
    "uyghur": Region("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", ("燕儿窝街道", "幸福路街道"), ("解放南路", "新华南路")),
    "tibetan": Region("540102", "西藏自治区", "拉萨市", "城关区", ("八廓街道", "吉日街道"), ("北京中路", "林廓北路")),
    "mongol": Region("150102", "内蒙古自治区", "呼和浩特市", "新城区", ("海拉尔东路街道", "东街街道"), ("新华大街", "兴安北路")),
}

COMMUNITIES = ("燕山小区", "阳光舜城", "丽山花园", "和平新村", "山水华庭", "泉景天沅", "银座花园", "鲁能领秀城",
               "海尔绿城", "百合园", "福泰新苑", "盛世名门", "龙奥金座", "金鸡岭小区")


# --------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------

SURNAMES = {
    "王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "黄": "huang", "赵": "zhao",
    "吴": "wu", "周": "zhou", "徐": "xu", "孙": "sun", "马": "ma", "朱": "zhu", "胡": "hu", "郭": "guo", "何": "he",
    "高": "gao", "林": "lin", "罗": "luo", "郑": "zheng", "梁": "liang", "谢": "xie", "宋": "song", "唐": "tang",
    "许": "xu", "韩": "han", "冯": "feng", "邓": "deng", "曹": "cao", "彭": "peng", "曾": "zeng", "田": "tian",
    "董": "dong", "袁": "yuan", "潘": "pan", "于": "yu", "蒋": "jiang", "蔡": "cai", "杜": "du", "程": "cheng",
    "魏": "wei", "吕": "lv", "丁": "ding", "任": "ren", "沈": "shen", "姚": "yao", "卢": "lu", "姜": "jiang",
    "崔": "cui", "钟": "zhong", "谭": "tan", "陆": "lu", "范": "fan", "石": "shi", "贾": "jia", "夏": "xia",
    "方": "fang", "孟": "meng", "秦": "qin", "邱": "qiu", "尹": "yin", "薛": "xue", "闫": "yan", "侯": "hou",
    "史": "shi", "毛": "mao", "郝": "hao", "邵": "shao", "孔": "kong", "颜": "yan", "曲": "qu", "牟": "mu",
    "隋": "sui", "鞠": "ju", "栾": "luan", "宫": "gong", "逯": "lu",
}
COMPOUND_SURNAMES = {"欧阳": "ouyang", "司马": "sima", "诸葛": "zhuge", "上官": "shangguan", "皇甫": "huangfu",
                     "东方": "dongfang", "令狐": "linghu", "夏侯": "xiahou", "公孙": "gongsun", "慕容": "murong"}
RARE_SURNAMES = {"逄": "pang", "亓": "qi", "訾": "zi", "禤": "xuan", "綦": "qi", "仉": "zhang", "笪": "da", "冼": "xian"}

GIVEN_MALE = {
    "伟": "wei", "强": "qiang", "磊": "lei", "军": "jun", "勇": "yong", "杰": "jie", "涛": "tao", "明": "ming",
    "超": "chao", "刚": "gang", "平": "ping", "辉": "hui", "鹏": "peng", "华": "hua", "飞": "fei", "波": "bo",
    "斌": "bin", "宇": "yu", "浩": "hao", "凯": "kai", "健": "jian", "俊": "jun", "帆": "fan", "帅": "shuai",
    "旭": "xu", "宁": "ning", "龙": "long", "林": "lin", "洋": "yang", "峰": "feng", "建": "jian", "国": "guo",
    "志": "zhi", "文": "wen", "海": "hai", "庆": "qing", "东": "dong", "新": "xin", "振": "zhen", "晓": "xiao",
    "德": "de", "成": "cheng", "子": "zi", "博": "bo", "泽": "ze", "铭": "ming", "锐": "rui", "立": "li",
    "兆": "zhao", "玉": "yu", "春": "chun", "长": "chang", "金": "jin", "福": "fu", "宝": "bao", "广": "guang",
    "云": "yun", "昊": "hao", "嘉": "jia", "诚": "cheng", "毅": "yi", "坤": "kun", "鑫": "xin", "晨": "chen",
}
GIVEN_FEMALE = {
    "芳": "fang", "娜": "na", "敏": "min", "静": "jing", "丽": "li", "艳": "yan", "娟": "juan", "霞": "xia",
    "秀": "xiu", "英": "ying", "玲": "ling", "桂": "gui", "兰": "lan", "红": "hong", "梅": "mei", "琳": "lin",
    "婷": "ting", "雪": "xue", "倩": "qian", "颖": "ying", "佳": "jia", "慧": "hui", "欣": "xin", "悦": "yue",
    "琪": "qi", "雨": "yu", "萱": "xuan", "涵": "han", "璐": "lu", "晶": "jing", "燕": "yan", "莉": "li",
    "凤": "feng", "翠": "cui", "淑": "shu", "珍": "zhen", "雅": "ya", "思": "si", "梦": "meng", "晓": "xiao",
    "文": "wen", "春": "chun", "玉": "yu", "月": "yue", "彤": "tong", "冰": "bing", "媛": "yuan", "洁": "jie",
}

MINORITY_NAMES = [
    # (name, sex, pinyin for e-mail, region key)
    ("阿依古丽·买买提", "女", "ayiguli", "uyghur"),
    ("买买提·艾力", "男", "maimaiti", "uyghur"),
    ("古丽娜尔·吐尔逊", "女", "gulinaer", "uyghur"),
    ("热依拉·阿不都拉", "女", "reyila", "uyghur"),
    ("艾尔肯·吾斯曼", "男", "aierken", "uyghur"),
    ("努尔兰·哈斯木", "男", "nuerlan", "uyghur"),
    ("扎西顿珠", "男", "zhaxidunzhu", "tibetan"),
    ("格桑卓玛", "女", "gesangzhuoma", "tibetan"),
    ("次仁旺堆", "男", "cirenwangdui", "tibetan"),
    ("乌兰其其格", "女", "wulanqiqige", "mongol"),
    ("巴特尔", "男", "bateer", "mongol"),
    ("斯琴高娃", "女", "siqingaowa", "mongol"),
]

FOREIGN_NAMES = [
    # (Chinese transliteration, name as in passport, sex)
    ("约翰·史密斯", "John SMITH", "男"),
    ("玛丽亚·加西亚", "Maria GARCIA", "女"),
    ("安娜·伊万诺娃", "Anna IVANOVA", "女"),
    ("彼得·穆勒", "Peter MUELLER", "男"),
    ("金敏俊", "KIM MINJUN", "男"),
    ("山田花子", "YAMADA HANAKO", "女"),
    ("阮文雄", "NGUYEN VAN HUNG", "男"),
    ("穆罕默德·阿卜杜拉", "Mohammed ABDULLAH", "男"),
    ("索菲·马丁", "Sophie MARTIN", "女"),
]

# --------------------------------------------------------------------------------------------
# phones, cards, codes
# --------------------------------------------------------------------------------------------

MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
                   "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182", "183",
                   "185", "186", "187", "188", "189", "191", "195", "198", "199", "147", "173", "175")
AREA_CODES = {"济南": "0531", "青岛": "0532", "淄博": "0533", "德州": "0534", "烟台": "0535", "潍坊": "0536",
              "济宁": "0537", "泰安": "0538", "临沂": "0539", "菏泽": "0530", "威海": "0631", "北京": "010"}

BANKS = [
    # (bank name, BIN prefix, total length)
    ("中国工商银行", "622202", 19), ("中国工商银行", "621226", 19), ("中国建设银行", "621700", 19),
    ("中国建设银行", "623668", 19), ("中国农业银行", "622848", 19), ("中国农业银行", "623052", 19),
    ("中国银行", "621661", 19), ("招商银行", "622588", 16), ("招商银行", "621483", 16),
    ("交通银行", "622262", 19), ("山东省农村信用社", "623190", 19), ("邮储银行", "621799", 19),
    ("齐鲁银行", "622886", 16), ("中国银行", "456351", 16),
]

FULLWIDTH = str.maketrans("0123456789-()+ ", "０１２３４５６７８９－（）＋　")


def to_fullwidth_digits(s: str) -> str:
    return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


CN_DIGITS = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def cn_number(n: int) -> str:
    """1..31 in Chinese numerals (month/day style): 十, 十二, 二十, 二十三, 三十一."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else CN_DIGITS[tens] + "十"
    return head + (CN_DIGITS[ones] if ones else "")


@dataclass
class Person:
    name: str
    sex: str  # 男 / 女
    birth: dt.date
    id_number: str
    mobile: str  # 11 digits
    region: Region  # where the ID was issued (birth place)
    home: Region  # where the person lives
    pinyin: str  # for e-mail local parts
    surname: str = ""
    passport_name: str = ""  # foreigners only
    ethnic: str = "han"  # han / minority / foreign
    extra: dict = field(default_factory=dict)

    @property
    def masked_name(self) -> str:
        return self.surname + "*" * max(1, len(self.name) - len(self.surname)) if self.surname else self.name[0] + "*"


class Identities:
    """A random source of synthetic people and identifiers; all draws come from ``rng``."""

    def __init__(self, rng: random.Random, reserved_names: set[str] | None = None):
        self.rng = rng
        self.used_names: set[str] = set(reserved_names or ())
        self.used_ids: set[str] = set()

    # ---- names ---------------------------------------------------------------------------
    def han_name(self, sex: str | None = None, style: str | None = None,
                 surname: str | None = None) -> tuple[str, str, str, str]:
        """(name, sex, pinyin, surname); ``surname`` forces the family name (relatives)."""
        r = self.rng
        sex = sex or r.choice("男女")
        pool = GIVEN_MALE if sex == "男" else GIVEN_FEMALE
        all_surnames = {**SURNAMES, **COMPOUND_SURNAMES, **RARE_SURNAMES}
        for _ in range(200):
            s = style or r.choices(["common", "compound", "rare"], [88, 6, 6])[0]
            if surname:
                sn, sp = surname, all_surnames[surname]
            elif s == "compound":
                sn, sp = r.choice(sorted(COMPOUND_SURNAMES.items()))
            elif s == "rare":
                sn, sp = r.choice(sorted(RARE_SURNAMES.items()))
            else:
                sn, sp = r.choice(sorted(SURNAMES.items()))
            n_given = 1 if r.random() < 0.3 else 2
            if sn in COMPOUND_SURNAMES and r.random() < 0.5:
                n_given = 1
            chars = r.sample(sorted(pool.items()), n_given)
            name = sn + "".join(c for c, _ in chars)
            if name in self.used_names:
                continue
            self.used_names.add(name)
            return name, sex, sp + "".join(p for _, p in chars), sn
        raise RuntimeError("name pool exhausted")

    # ---- dates and identifiers -------------------------------------------------------------
    def birth_date(self, y0: int = 1950, y1: int = 2002) -> dt.date:
        start = dt.date(y0, 1, 1).toordinal()
        end = dt.date(y1, 12, 31).toordinal()
        return dt.date.fromordinal(self.rng.randint(start, end))

    def id18(self, region: Region, birth: dt.date, sex: str, check: str | None = None) -> str:
        """An 18-character ID; ``check`` forces the check character (e.g. "X")."""
        r = self.rng
        for _ in range(2000):
            seq = r.randint(0, 99)
            odd = r.choice("13579") if sex == "男" else r.choice("02468")
            body = f"{region.code}{birth:%Y%m%d}{seq:02d}{odd}"
            c = id_check_char(body)
            if check is not None and c != check:
                continue
            value = body + c
            if value in self.used_ids:
                continue
            self.used_ids.add(value)
            return value
        raise RuntimeError("could not build ID")

    def id15(self, region: Region, birth: dt.date, sex: str) -> str:
        odd = self.rng.choice("13579") if sex == "男" else self.rng.choice("02468")
        value = f"{region.code}{birth:%y%m%d}{self.rng.randint(0, 99):02d}{odd}"
        self.used_ids.add(value)
        return value

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + "".join(self.rng.choice("0123456789") for _ in range(8))

    def landline(self, city: str = "济南", personal: bool = True) -> tuple[str, str]:
        """(area code, local number); personal lines start with 8/6/5, 8 digits (7 for some cities)."""
        area = AREA_CODES[city]
        first = self.rng.choice("85" if personal else "6")
        local = first + "".join(self.rng.choice("0123456789") for _ in range(7))
        return area, local

    def bank_card(self, length: int | None = None) -> tuple[str, str]:
        bank, prefix, n = self.rng.choice(BANKS)
        n = length or n
        body = prefix + "".join(self.rng.choice("0123456789") for _ in range(n - len(prefix) - 1))
        return bank, body + luhn_check_digit(body)

    def org_code(self) -> str:
        """A GB 11714 organisation code: 8 chars + check (new registrations start with MA)."""
        r = self.rng
        alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        for _ in range(100):
            if r.random() < 0.6:
                body = "MA" + "".join(r.choice(alphabet) for _ in range(6))
            else:
                body = "".join(r.choice("0123456789") for _ in range(8))
            c = org_code_check_char(body)
            if c in alphabet:
                return body + c
        raise RuntimeError("org code")

    def uscc(self, region_code: str, kind: str = "91") -> str:
        body = kind + region_code + self.org_code()
        return body + uscc_check_char(body)

    def passport(self) -> str:
        r = self.rng
        kind = r.choices(["E8", "EL", "G"], [55, 35, 10])[0]
        if kind == "E8":
            return "E" + "".join(r.choice("0123456789") for _ in range(8))
        if kind == "EL":
            return "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(r.choice("0123456789") for _ in range(7))
        return "G" + "".join(r.choice("0123456789") for _ in range(8))

    def hk_macao_permit(self, prefix: str = "C") -> str:
        return prefix + "".join(self.rng.choice("0123456789") for _ in range(8))

    def plate(self, province: str = "鲁", kind: str | None = None, city: str | None = None) -> str:
        """Plates as written: 鲁A12345, 鲁A·D12345 (new energy), 鲁B1234挂 (trailer), 鲁Q·7K291."""
        r = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        city = city or (r.choice("ABCDEFGHJKLMNPQRSUV") if province == "鲁" else r.choice("ABCEFGHJKLMNPQ"))
        kind = kind or r.choices(["plain", "mixed", "ev", "trailer"], [45, 25, 20, 10])[0]
        dot = "·" if r.random() < 0.5 else ""
        if kind == "plain":
            tail = "".join(r.choice("0123456789") for _ in range(5))
        elif kind == "mixed":
            chars = [r.choice("0123456789") for _ in range(5)]
            for pos in r.sample(range(5), r.choice([1, 2])):
                chars[pos] = r.choice(letters)
            tail = "".join(chars)
        elif kind == "ev":
            dot = "·" if r.random() < 0.7 else ""
            tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        else:
            return f"{province}{city}{''.join(r.choice('0123456789') for _ in range(4))}挂"
        return f"{province}{city}{dot}{tail}"

    # ---- people ----------------------------------------------------------------------------
    def person(self, sex: str | None = None, y0: int = 1950, y1: int = 2002, region: Region | None = None,
               home: Region | None = None, style: str | None = None, check: str | None = None,
               kind: str = "han", surname: str | None = None) -> Person:
        r = self.rng
        if kind == "minority":
            choices = [m for m in MINORITY_NAMES if m[0] not in self.used_names and (sex is None or m[1] == sex)]
            name, sex, py, key = r.choice(choices)
            self.used_names.add(name)
            region = MINORITY_REGIONS[key]
            surname = ""
            sp = ""
        elif kind == "foreign":
            choices = [f for f in FOREIGN_NAMES if f[0] not in self.used_names]
            name, pname, sex = r.choice(choices)
            self.used_names.add(name)
            birth = self.birth_date(y0, y1)
            p = Person(name, sex, birth, "", self.mobile(), home or r.choice(URBAN), home or r.choice(URBAN),
                       pname.split()[0].lower(), "", passport_name=pname, ethnic="foreign")
            return p
        else:
            name, sex, py, surname = self.han_name(sex, style, surname)
            sp = {**SURNAMES, **COMPOUND_SURNAMES, **RARE_SURNAMES}[surname]
        region = region or (r.choice(URBAN) if r.random() < 0.7 else r.choice(RURAL))
        birth = self.birth_date(y0, y1)
        idn = self.id18(region, birth, sex, check)
        home = home or (region if region.code.startswith("37") and r.random() < 0.6 else r.choice(URBAN[:16] + RURAL))
        return Person(name, sex, birth, idn, self.mobile(), region, home, py, surname,
                      ethnic="minority" if kind == "minority" else "han",
                      extra={"sp": sp} if kind != "minority" else {})

    # ---- formatting --------------------------------------------------------------------------
    def fmt_mobile(self, m: str, style: str | None = None) -> str:
        style = style or self.rng.choices(
            ["plain", "space", "dash", "plus86", "plus86dash", "fullwidth"], [50, 14, 12, 9, 7, 8])[0]
        if style == "plain":
            return m
        if style == "space":
            return f"{m[:3]} {m[3:7]} {m[7:]}"
        if style == "dash":
            return f"{m[:3]}-{m[3:7]}-{m[7:]}"
        if style == "plus86":
            return f"+86 {m[:3]} {m[3:7]} {m[7:]}"
        if style == "plus86dash":
            return f"+86-{m}"
        if style == "fullwidth":
            return to_fullwidth_digits(m)
        raise ValueError(style)

    def fmt_landline(self, area: str, local: str, style: str | None = None, ext: str | None = None) -> str:
        style = style or self.rng.choice(["dash", "paren", "fwparen", "space"])
        if style == "dash":
            s = f"{area}-{local}"
        elif style == "paren":
            s = f"({area}){local}"
        elif style == "fwparen":
            s = f"（{area}）{local}"
        elif style == "space":
            s = f"{area} {local[:4]} {local[4:]}"
        elif style == "dash_space":
            s = f"{area}-{local[:4]} {local[4:]}"
        else:
            raise ValueError(style)
        if ext:
            s += f"转{ext}"
        return s

    def fmt_card(self, card: str, grouped: bool | None = None) -> str:
        grouped = self.rng.random() < 0.4 if grouped is None else grouped
        if not grouped:
            return card
        return " ".join(card[i:i + 4] for i in range(0, len(card), 4))

    def fmt_id(self, idn: str) -> str:
        """Sometimes a trailing X is written in lower case, as clerks do."""
        if idn.endswith("X") and self.rng.random() < 0.25:
            return idn[:-1] + "x"
        return idn

    def email(self, p: Person, work_domain: str | None = None) -> str:
        r = self.rng
        if work_domain:
            sp = p.extra.get("sp", "")
            if sp and r.random() < 0.6:
                return f"{sp}.{p.pinyin[len(sp):]}@{work_domain}"
            return f"{p.pinyin}@{work_domain}"
        style = r.choices(["pinyin_year", "pinyin", "qq", "dot", "mobile"], [35, 20, 20, 15, 10])[0]
        if style == "qq":
            return "".join(r.choice("0123456789") for _ in range(r.choice([8, 9, 10]))).lstrip("0") + "@qq.com"
        if style == "mobile":
            return f"{p.mobile}@139.com"
        domain = r.choice(["163.com", "126.com", "sina.com", "foxmail.com", "yeah.net", "outlook.com", "sohu.com",
                           "gmail.com", "hotmail.com", "aliyun.com"])
        if style == "pinyin_year":
            return f"{p.pinyin}{p.birth.year}@{domain}"
        if style == "dot":
            sp = p.extra.get("sp", "")
            if sp and len(p.pinyin) > len(sp):
                return f"{sp}.{p.pinyin[len(sp):]}{r.randint(1, 99)}@{domain}"
            return f"{p.pinyin}.{r.randint(1, 99)}@{domain}"
        return f"{p.pinyin}{r.choice(['', '_', ''])}{r.randint(1, 999)}@{domain}"

    def fmt_birth(self, d: dt.date, style: str | None = None) -> str:
        style = style or self.rng.choice(["cn", "iso", "cnnum", "dot", "slash"])
        if style == "cn":
            return f"{d.year}年{d.month}月{d.day}日"
        if style == "iso":
            return f"{d:%Y-%m-%d}"
        if style == "cnnum":
            return f"{cn_year(d.year)}年{cn_number(d.month)}月{cn_number(d.day)}日"
        if style == "dot":
            return f"{d.year}.{d.month:02d}.{d.day:02d}"
        if style == "slash":
            return f"{d.year}/{d.month}/{d.day}"
        if style == "ym_dot":
            return f"{d.year}.{d.month:02d}"
        if style == "ym_cn":
            return f"{d.year}年{d.month}月"
        raise ValueError(style)

    def address(self, p_or_region: Person | Region, style: str | None = None) -> str:
        """A home address down to the door/room."""
        r = self.rng
        reg = p_or_region.home if isinstance(p_or_region, Person) else p_or_region
        if reg.villages:
            town = r.choice(reg.towns)
            village = r.choice(reg.villages)
            group = f"{cn_number(r.randint(1, 9))}组" if r.random() < 0.3 else ""
            num = f"{r.randint(1, 260)}号"
            style = {"district": "county", "dash": "city"}.get(style, style) or r.choice(["full", "city", "county"])
            head = {"full": reg.province + reg.city + reg.district, "city": reg.city + reg.district,
                    "county": reg.district}[style]
            return f"{head}{town}{village}{group}{num}"
        style = style or r.choices(["full", "city", "district", "dash"], [30, 40, 15, 15])[0]
        road = r.choice(reg.roads)
        num = r.randint(1, 399)
        bld = r.randint(1, 30)
        unit = r.randint(1, 6)
        room = r.randint(1, 26) * 100 + r.randint(1, 4)
        prov = reg.province
        city = reg.city
        if style == "full":
            town = r.choice(reg.towns) if r.random() < 0.5 else ""
            comm = r.choice(COMMUNITIES) if r.random() < 0.4 else ""
            return f"{prov}{city}{reg.district}{town}{road}{num}号{comm}{bld}号楼{unit}单元{room}室"
        if style == "city":
            comm = r.choice(COMMUNITIES) if r.random() < 0.5 else ""
            tail = f"{bld}号楼{unit}单元{room}" + ("室" if r.random() < 0.7 else "")
            return f"{city}{reg.district}{road}{num}号{comm}{tail}"
        if style == "district":
            return f"{reg.district}{road}{num}号{bld}号楼{unit}单元{room}室"
        return f"{city}{reg.district}{road}{num}号{bld}-{unit}-{room}"
