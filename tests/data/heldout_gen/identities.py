"""Synthetic identities for the held-out set: names, home addresses, identifiers.

Administrative divisions (province / city / county / township names and 6-digit codes) are real
(taken from the 2023 division tables in shared/ner-data/admin_divisions_modood and copied here so
the generator needs no external file); road, community and village names and all numbers are
invented.  Identifiers have real shapes and pass their check algorithms; none belongs to anyone.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from tests.support.check_digits import USCC_ALPHABET
from tests.support.check_digits import id_check_char as id_check
from tests.support.check_digits import luhn_check_digit as luhn_digit
from tests.support.check_digits import luhn_ok as luhn_valid
from tests.support.check_digits import uscc_check_char as uscc_check

# --------------------------------------------------------------------------------------------
# check algorithms (the GB 11714 organisation code as this set was generated: letters by their
# place in the credit-code alphabet)
# --------------------------------------------------------------------------------------------

ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def id_valid(v: str) -> bool:
    v = v.upper()
    if len(v) != 18 or not v[:17].isdigit():
        return False
    try:
        dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return id_check(v[:17]) == v[17]


def org_check(first8: str) -> str:
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first8, ORG_WEIGHTS))
    r = 11 - total % 11
    return "0" if r == 11 else ("X" if r == 10 else str(r))


# --------------------------------------------------------------------------------------------
# divisions (real names and codes) and invented street-level names
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Area:
    code: str
    province: str  # "" for municipalities
    city: str
    county: str
    streets: tuple[str, ...]  # 街道 (urban)
    towns: tuple[str, ...]  # 镇 / 乡 (rural)
    area_code: str  # telephone area code

    @property
    def prefix(self) -> str:
        return f"{self.province}{self.city}{self.county}"


AREAS = {a.code: a for a in [
    Area("510107", "四川省", "成都市", "武侯区", ("浆洗街街道", "望江路街道", "玉林街道", "红牌楼街道", "簇桥街道"), (), "028"),
    Area("510623", "四川省", "德阳市", "中江县", ("凯江镇",), ("南华镇", "回龙镇", "通济镇", "永太镇", "黄鹿镇", "集凤镇"), "0838"),
    Area("430202", "湖南省", "株洲市", "荷塘区", ("月塘街道", "茨菇塘街道", "宋家桥街道", "桂花街道", "金山街道"), ("仙庾镇",), "0731"),
    Area("430224", "湖南省", "株洲市", "茶陵县", ("思聪街道", "洣江街道"), ("界首镇", "湖口镇", "马江镇", "高陇镇"), "0731"),
    Area("620502", "甘肃省", "天水市", "秦州区", ("大城街道", "七里墩街道", "东关街道", "石马坪街道"), ("玉泉镇",), "0938"),
    Area("620522", "甘肃省", "天水市", "秦安县", (), ("兴国镇", "莲花镇", "西川镇", "陇城镇", "郭嘉镇", "五营镇", "叶堡镇"), "0938"),
    Area("330702", "浙江省", "金华市", "婺城区", ("城东街道", "城中街道", "江南街道", "三江街道", "秋滨街道"), (), "0579"),
    Area("330782", "浙江省", "金华市", "义乌市", ("稠城街道", "江东街道", "稠江街道", "北苑街道", "后宅街道"), (), "0579"),
    Area("340104", "安徽省", "合肥市", "蜀山区", ("三里庵街道", "稻香村街道", "琥珀街道", "南七街道", "五里墩街道", "笔架山街道"), (), "0551"),
    Area("341122", "安徽省", "滁州市", "来安县", (), ("半塔镇", "水口镇", "汊河镇", "大英镇", "雷官镇", "施官镇", "舜山镇"), "0550"),
    Area("360102", "江西省", "南昌市", "东湖区", ("滕王阁街道", "百花洲街道", "墩子塘街道", "豫章街道", "彭家桥街道"), ("扬子洲镇",), "0791"),
    Area("360722", "江西省", "赣州市", "信丰县", ("嘉定镇",), ("大塘埠镇", "古陂镇", "大桥镇", "新田镇", "安西镇", "铁石口镇"), "0797"),
    Area("450103", "广西壮族自治区", "南宁市", "青秀区", ("新竹街道", "中山街道", "建政街道", "南湖街道", "津头街道"), ("刘圩镇", "南阳镇", "伶俐镇"), "0771"),
    Area("450923", "广西壮族自治区", "玉林市", "博白县", (), ("双凤镇", "顿谷镇", "水鸣镇", "那林镇", "江宁镇", "三滩镇", "黄凌镇"), "0775"),
    Area("230103", "黑龙江省", "哈尔滨市", "南岗区", ("花园街道", "奋斗路街道", "革新街道", "大成街道", "芦家街道", "燎原街道"), (), "0451"),
    Area("230126", "黑龙江省", "哈尔滨市", "巴彦县", (), ("兴隆镇", "西集镇", "洼兴镇", "龙泉镇", "龙庙镇", "万发镇"), "0451"),
    Area("220104", "吉林省", "长春市", "朝阳区", ("前进街道", "桂林街道", "南湖街道", "永昌街道", "清和街道", "湖西街道"), (), "0431"),
    Area("520102", "贵州省", "贵阳市", "南明区", ("新华路街道", "西湖路街道", "水口寺街道", "河滨街道", "兴关路街道"), (), "0851"),
    Area("520121", "贵州省", "贵阳市", "开阳县", ("硒城街道", "云开街道"), ("双流镇", "金中镇", "冯三镇", "楠木渡镇", "龙岗镇"), "0851"),
    Area("522622", "贵州省", "黔东南苗族侗族自治州", "黄平县", (), ("新州镇", "旧州镇", "重安镇", "谷陇镇", "平溪镇", "浪洞镇"), "0855"),
    Area("610113", "陕西省", "西安市", "雁塔区", ("小寨路街道", "大雁塔街道", "长延堡街道", "电子城街道", "鱼化寨街道", "曲江街道"), (), "029"),
    Area("610424", "陕西省", "咸阳市", "乾县", ("城关街道",), ("薛录镇", "梁村镇", "临平镇", "姜村镇", "阳峪镇"), "029"),
    Area("350203", "福建省", "厦门市", "思明区", ("厦港街道", "中华街道", "滨海街道", "鹭江街道", "开元街道", "莲前街道"), (), "0592"),
    Area("350583", "福建省", "泉州市", "南安市", ("溪美街道", "柳城街道"), ("省新镇", "仑苍镇", "东田镇", "英都镇", "翔云镇"), "0595"),
    Area("420106", "湖北省", "武汉市", "武昌区", ("积玉桥街道", "杨园街道", "徐家棚街道", "粮道街道", "紫阳街道", "白沙洲街道"), (), "027"),
    Area("421087", "湖北省", "荆州市", "松滋市", ("新江口街道", "乐乡街道"), ("南海镇", "八宝镇", "老城镇", "陈店镇", "王家桥镇"), "0716"),
    Area("530102", "云南省", "昆明市", "五华区", ("华山街道", "护国街道", "大观街道", "龙翔街道", "丰宁街道", "莲华街道", "红云街道"), (), "0871"),
    Area("532901", "云南省", "大理白族自治州", "大理市", ("下关街道", "太和街道", "满江街道"), ("凤仪镇", "喜洲镇", "海东镇", "挖色镇"), "0872"),
    Area("650104", "新疆维吾尔自治区", "乌鲁木齐市", "新市区", ("北京路街道", "二工街道", "三工街道", "迎宾路街道", "喀什东路街道", "银川路街道"), (), "0991"),
    Area("540102", "西藏自治区", "拉萨市", "城关区", ("八廓街道", "吉日街道", "吉崩岗街道"), (), "0891"),
    Area("150203", "内蒙古自治区", "包头市", "昆都仑区", ("少先路街道", "沼潭街道", "林荫路街道", "团结大街街道", "前进道街道"), (), "0472"),
    Area("640104", "宁夏回族自治区", "银川市", "兴庆区", ("凤凰北街街道", "解放西街街道", "文化街街道", "富宁街街道", "新华街街道"), (), "0951"),
    Area("130602", "河北省", "保定市", "竞秀区", ("先锋街道", "新市场街道", "东风路街道", "建南街道"), ("大激店镇", "一亩泉镇", "颉庄乡"), "0312"),
    Area("140105", "山西省", "太原市", "小店区", ("坞城街道", "营盘街道", "北营街道", "平阳路街道", "黄陵街道"), ("北格镇",), "0351"),
    Area("210203", "辽宁省", "大连市", "西岗区", ("香炉礁街道", "日新街道", "八一路街道", "人民广场街道", "白云街道"), (), "0411"),
    Area("630102", "青海省", "西宁市", "城东区", ("东关大街街道", "清真巷街道", "大众街街道", "火车站街道", "八一路街道"), ("乐家湾镇",), "0971"),
    Area("460106", "海南省", "海口市", "龙华区", ("中山街道", "滨海街道", "金贸街道", "大同街道", "金宇街道"), ("城西镇", "龙桥镇"), "0898"),
    Area("500112", "", "重庆市", "渝北区", ("双龙湖街道", "回兴街道", "鸳鸯街道", "翠云街道", "人和街道", "龙溪街道"), (), "023"),
    Area("321281", "江苏省", "泰州市", "兴化市", ("昭阳街道", "临城街道"), ("戴窑镇", "合陈镇", "永丰镇", "新垛镇", "安丰镇"), "0523"),
    Area("370303", "山东省", "淄博市", "张店区", ("车站街道", "公园街道", "湖田街道", "科苑街道"), ("马尚街道",), "0533"),
    Area("370213", "山东省", "青岛市", "李沧区", ("振华路街道", "沧口街道", "兴华路街道", "虎山路街道", "湘潭路街道"), (), "0532"),
]}

ROADS = ("枫林路", "青石巷", "望江东路", "翠柳街", "文昌北路", "金桂路", "朝晖路", "滨河西路", "锦绣大道", "凤鸣路",
         "槐荫巷", "桃源路", "兴隆街", "玉带路", "紫荆路", "梧桐巷", "龙湾路", "银杏大道", "石榴街", "清水巷",
         "新华东路", "光明巷", "育才路", "建设南路", "状元街", "书院巷", "百花路", "杏林路", "丰收路", "长青街")
COMMUNITIES = ("锦华苑", "翠湖雅居", "金桂园", "南苑新村", "望江花园", "丰泽家园", "鑫源小区", "康乐小区", "和畅苑",
               "嘉禾名邸", "春晖园", "绿洲花城", "怡景苑", "馨悦府", "枫丹丽舍", "学府名苑", "清溪小区", "铁路宿舍",
               "棉纺厂家属院", "粮食局宿舍")
SHEQU = ("东园社区", "枫桥社区", "青云社区", "河畔社区", "西苑社区", "柳荫社区", "新桥社区", "花溪社区")
VILLAGES = ("石板沟", "青杠坪", "杨柳湾", "桃树坪", "大河坝", "白果树", "新屋场", "蔡家塘", "双井", "柏树湾",
            "鹿鸣", "高岭", "沙坝", "枫香坪", "老鸦岭", "团结", "红光", "前进", "十里铺", "中和", "金盆", "水碾")

AREA_LIST = sorted(AREAS)


# --------------------------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------------------------

SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
            "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
            "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "崔", "钟", "谭",
            "汪", "范", "廖", "贾", "夏", "韦", "付", "白", "邹", "孟", "熊", "秦", "邱", "尹", "薛", "段", "雷", "侯",
            "龙", "史", "陶", "黎", "贺", "顾", "龚", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "柴")
COMPOUND = ("欧阳", "司马", "诸葛", "上官", "皇甫", "令狐", "端木", "公孙", "尉迟", "宇文")
RARE = ("逄", "亓", "訾", "禤", "仉", "佘", "眭", "禚", "厍", "郗", "鞠", "郝", "邸", "冼", "阚", "蒯", "昝")

MALE_A = "宏永俊家子文志建国天世学云承启思嘉博浩景立正胜兴恒耀卫树长春友秉守德继金玉泽润晨"
MALE_B = "栋彬瀚骏锋岩柏舟航楠轩铮朗聪煜翔琦逸昕晟澄渊锦勋尧钧烨韬璋满仓根贵富茂林山川生才军民武斌彪豪凯"
FEMALE_A = "秀桂玉春美雅诗梦欣若婉晓雪紫静佳慧丽素彩巧凤淑月露心忆梓语芷"
FEMALE_B = "蕾菁蓉薇黛瑶姝蔚筠莹妍岚芸瑾琼翠杏荷菊香珊萍兰娥琴霞芬燕怡彤涵萱颖"

# (name, sex, division code for the ID number)
MINORITY = (
    ("买买提·吐尔逊", "男", "650104"), ("阿依努尔·艾力", "女", "650104"), ("迪丽娜尔·阿布来提", "女", "650104"),
    ("热合曼·沙吾提", "男", "650104"), ("扎西·多吉", "男", "540102"), ("次仁卓嘎", "女", "540102"),
    ("旦增平措", "男", "540102"), ("阿拉坦仓", "男", "150203"), ("其木格", "女", "150203"),
    ("苏和·巴特", "男", "150203"), ("马阿依莎", "女", "640104"), ("扎西多吉", "男", "540102"),
)
# (transliteration, passport name, sex)
FOREIGN = (
    ("玛丽亚·冈萨雷斯", "Maria GONZALEZ", "女"), ("伊万·彼得罗夫", "Ivan PETROV", "男"),
    ("艾米丽·约翰逊", "Emily JOHNSON", "女"), ("卡洛斯·席尔瓦", "Carlos SILVA", "男"),
    ("佐藤健太", "SATO KENTA", "男"), ("朴智贤", "PARK JIHYUN", "女"), ("汉斯·韦伯", "Hans WEBER", "男"),
)

MOBILE_PREFIXES = ("133", "134", "135", "136", "137", "139", "147", "150", "151", "155", "157", "158", "159", "166",
                   "171", "172", "173", "175", "177", "180", "181", "183", "184", "187", "189", "190", "191", "193",
                   "195", "196", "197", "198", "199")
BANK_BINS = (("中国工商银行", "622202", 19), ("中国建设银行", "621700", 19), ("中国农业银行", "622848", 19),
             ("中国银行", "621661", 19), ("中国邮政储蓄银行", "621799", 19), ("农村信用社", "623191", 19),
             ("交通银行", "622262", 19), ("招商银行", "621483", 16), ("兴业银行", "622908", 18))
MAIL_DOMAINS = ("163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "outlook.com", "yeah.net", "139.com")
SYLL = ("lan", "xiao", "yu", "ming", "hai", "feng", "jing", "wen", "tian", "qiu", "shan", "he", "ning", "zhi", "rui",
        "chen", "yue", "bo", "kai", "song", "lin", "mei", "hua", "jun", "xin")
PLATE_PROV = {"510": "川", "430": "湘", "620": "甘", "330": "浙", "340": "皖", "360": "赣", "450": "桂", "230": "黑",
              "220": "吉", "520": "贵", "610": "陕", "350": "闽", "420": "鄂", "530": "云", "650": "新", "540": "藏",
              "150": "蒙", "640": "宁", "130": "冀", "140": "晋", "210": "辽", "630": "青", "460": "琼", "500": "渝",
              "320": "苏", "370": "鲁"}
FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass
class Person:
    name: str
    sex: str
    birth: dt.date
    area: Area
    id18: str
    mobile: str
    latin: str = ""


class Factory:
    """Per-document identity source: every name is unique in its document and no name contains
    another one (so 'every occurrence is annotated' holds by construction)."""

    def __init__(self, rng: random.Random, reserved: set[str]):
        self.r = rng
        self.reserved = set(reserved)
        self.names: set[str] = set()
        self.numbers: set[str] = set()

    # -- names --------------------------------------------------------------------------------
    def _ok(self, name: str) -> bool:
        pool = self.names | self.reserved
        return not any(name in n or n in name for n in pool)

    def _claim(self, name: str) -> str:
        assert self._ok(name), name
        self.names.add(name)
        return name

    def han_name(self, sex: str | None = None, kind: str = "any", single: bool | None = None) -> tuple[str, str]:
        r = self.r
        for _ in range(1000):
            s = sex or r.choice("男女")
            if kind == "compound" or (kind == "any" and r.random() < 0.04):
                sur = r.choice(COMPOUND)
            elif kind == "rare" or (kind == "any" and r.random() < 0.08):
                sur = r.choice(RARE)
            else:
                sur = r.choice(SURNAMES)
            one = single if single is not None else r.random() < 0.22
            a, b = (MALE_A, MALE_B) if s == "男" else (FEMALE_A, FEMALE_B)
            given = r.choice(b) if one else r.choice(a) + r.choice(b)
            name = sur + given
            if given[0] == sur[-1] or (len(given) == 2 and given[0] == given[1]):
                continue
            if self._ok(name):
                return self._claim(name), s
        raise RuntimeError("name pool exhausted")

    def relative(self, of: "Person", sex: str, area: str | None = None, age: tuple[int, int] = (20, 60)) -> "Person":
        """A relative sharing the surname of ``of`` (Han names only)."""
        sur = next(c for c in COMPOUND if of.name.startswith(c)) if of.name[:2] in COMPOUND else of.name[0]
        a, b = (MALE_A, MALE_B) if sex == "男" else (FEMALE_A, FEMALE_B)
        for _ in range(1000):
            given = self.r.choice(a) + self.r.choice(b) if self.r.random() < 0.8 else self.r.choice(b)
            name = sur + given
            if given[0] != sur[-1] and self._ok(name):
                self._claim(name)
                ar = AREAS[area] if area else of.area
                birth = self.birth(age)
                return Person(name, sex, birth, ar, self.id_number(ar.code, birth, sex), self.mobile())
        raise RuntimeError("no relative name")

    def fixed_name(self, name: str) -> str:
        return self._claim(name)

    def person(self, sex: str | None = None, kind: str = "any", area: str | None = None, single: bool | None = None,
               age: tuple[int, int] = (22, 75), pick: str | None = None) -> Person:
        if kind == "minority":
            choices = [m for m in MINORITY if self._ok(m[0]) and (sex is None or m[1] == sex)
                       and (pick is None or m[0] == pick)]
            name, s, code = self.r.choice(choices)
            self._claim(name)
            ar = AREAS[code]
            latin = ""
        elif kind == "foreign":
            choices = [f for f in FOREIGN if self._ok(f[0]) and (sex is None or f[2] == sex)
                       and (pick is None or f[0] == pick)]
            name, latin, s = self.r.choice(choices)
            self._claim(name)
            ar = AREAS[area or self.r.choice(AREA_LIST)]
        else:
            name, s = self.han_name(sex, kind, single)
            ar = AREAS[area or self.r.choice(AREA_LIST)]
            latin = ""
        birth = self.birth(age)
        return Person(name, s, birth, ar, self.id_number(ar.code, birth, s), self.mobile(), latin)

    # -- numbers ------------------------------------------------------------------------------
    def _unique(self, v: str) -> str:
        assert v not in self.numbers
        self.numbers.add(v)
        return v

    def birth(self, age: tuple[int, int] = (22, 75)) -> dt.date:
        year = 2025 - self.r.randint(*age)
        return dt.date(year, 1, 1) + dt.timedelta(days=self.r.randint(0, 364))

    def id_number(self, code: str, birth: dt.date, sex: str) -> str:
        for _ in range(100):
            seq = self.r.randint(0, 99) * 10 + self.r.choice((1, 3, 5, 7, 9) if sex == "男" else (0, 2, 4, 6, 8))
            body = f"{code}{birth:%Y%m%d}{seq:03d}"
            v = body + id_check(body)
            if v not in self.numbers:
                return self._unique(v)
        raise RuntimeError

    def force_x(self, p: Person) -> Person:
        """Re-roll the sequence number until the ID number ends in the check character X."""
        for _ in range(2000):
            seq = self.r.randint(0, 99) * 10 + self.r.choice((1, 3, 5, 7, 9) if p.sex == "男" else (0, 2, 4, 6, 8))
            body = f"{p.area.code}{p.birth:%Y%m%d}{seq:03d}"
            v = body + id_check(body)
            if v.endswith("X") and v not in self.numbers:
                self.numbers.discard(p.id18)
                p.id18 = self._unique(v)
                return p
        raise RuntimeError("no X check character")

    def id15(self, code: str, birth: dt.date, sex: str) -> str:
        seq = self.r.randint(0, 99) * 10 + self.r.choice((1, 3, 5, 7, 9) if sex == "男" else (0, 2, 4, 6, 8))
        return self._unique(f"{code}{birth:%y%m%d}{seq:03d}")

    def mobile(self) -> str:
        while True:
            v = self.r.choice(MOBILE_PREFIXES) + "".join(self.r.choice("0123456789") for _ in range(8))
            if v not in self.numbers:
                return self._unique(v)

    def landline(self, area: Area) -> str:
        n = 8 if len(area.area_code) <= 3 or area.area_code in ("0731", "0851", "0871", "0551", "0451", "0431",
                                                                 "0991", "0898", "0411", "0791", "0532", "0579",
                                                                 "0595", "0523", "0533") else 7
        digits = str(self.r.randint(2, 8)) + "".join(self.r.choice("0123456789") for _ in range(n - 1))
        return self._unique(digits)

    def bank_card(self) -> tuple[str, str]:
        bank, bin_, length = self.r.choice(BANK_BINS)
        body = bin_ + "".join(self.r.choice("0123456789") for _ in range(length - len(bin_) - 1))
        return bank, self._unique(body + luhn_digit(body))

    def email(self) -> str:
        r = self.r
        if r.random() < 0.25:
            return self._unique(str(r.randint(10**7, 10**10)) + "@qq.com")
        user = "".join(r.choice(SYLL) for _ in range(r.randint(2, 3)))
        sep = r.choice(("", "", "_", "."))
        return self._unique(f"{user}{sep}{r.randint(1, 2025)}@{r.choice(MAIL_DOMAINS)}")

    def plate(self, area: Area, energy: bool = False, trailer: bool = False) -> str:
        r = self.r
        prov = PLATE_PROV[area.code[:3]] if area.code[:3] in PLATE_PROV else PLATE_PROV[area.code[:2] + "0"]
        letter = r.choice("ABCDEFGH")
        if energy:
            tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        else:
            tail = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + \
                "".join(r.choice("0123456789") for _ in range(3))
            tail = r.choice("0123456789") + tail[1:]
        if trailer:
            tail = tail[:4] + "挂"
        return self._unique(f"{prov}{letter}{tail}")

    def passport(self) -> str:
        r = self.r
        if r.random() < 0.5:
            return self._unique("E" + "".join(r.choice("0123456789") for _ in range(8)))
        return self._unique("E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(r.choice("0123456789") for _ in range(7)))

    def permit(self, kind: str = "C") -> str:
        return self._unique(kind + "".join(self.r.choice("0123456789") for _ in range(8)))

    def uscc(self, code: str) -> str:
        r = self.r
        org8 = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        body = "91" + code + org8 + org_check(org8)
        if "X" in body[-1:]:
            body = body[:-1] + "X"
        body = "".join(c if c in USCC_ALPHABET else "0" for c in body)
        return self._unique(body + uscc_check(body))

    def serial(self, n: int, prefix: str = "") -> str:
        """A number that is not a phone, not an ID and not Luhn-valid."""
        while True:
            v = prefix + "".join(self.r.choice("0123456789") for _ in range(n - len(prefix)))
            if v[0] == "1" and len(v) == 11:
                continue
            if len(v) >= 15 and luhn_valid(v):
                continue
            if v not in self.numbers:
                return self._unique(v)

    # -- addresses ----------------------------------------------------------------------------
    def urban(self, area: Area, style: int | None = None) -> str:
        r = self.r
        style = r.randint(0, 4) if style is None else style
        road, no = r.choice(ROADS), r.randint(1, 388)
        comm = r.choice(COMMUNITIES)
        room = f"{r.randint(1, 28)}{r.randint(1, 4):02d}"
        street = r.choice(area.streets) if area.streets else ""
        if style == 0:
            return f"{area.prefix}{road}{no}号{comm}{r.randint(1, 32)}号楼{r.randint(1, 6)}单元{room}室"
        if style == 1:
            return f"{area.city}{area.county}{street}{road}{no}号{r.randint(1, 20)}栋{room}室"
        if style == 2:
            return f"{area.county}{street}{r.choice(SHEQU)}{comm}{r.randint(1, 18)}幢{r.randint(1, 3)}单元{room}"
        if style == 3:
            return f"{area.prefix}{street}{road}{no}号"
        return f"{area.city}{area.county}{road}{no}号院{r.randint(1, 9)}号楼{r.randint(1, 3)}-{room}"

    def rural(self, area: Area, style: int | None = None, town: str | None = None) -> str:
        r = self.r
        style = r.randint(0, 3) if style is None else style
        town = town or r.choice(area.towns)
        vil = r.choice(VILLAGES)
        if style == 0:
            return f"{area.prefix}{town}{vil}村{r.randint(1, 12)}组{r.randint(1, 90)}号"
        if style == 1:
            return f"{area.county}{town}{vil}村{r.choice('一二三四五六七八')}组"
        if style == 2:
            return f"{area.city}{area.county}{town}{vil}村委会{r.choice(('上', '下', '中', '后', '新'))}院子{r.randint(1, 60)}号"
        return f"{town}{vil}村{r.randint(1, 9)}社{r.randint(1, 40)}号"

    def home(self, area: Area) -> str:
        if area.towns and (not area.streets or self.r.random() < 0.5):
            return self.rural(area)
        return self.urban(area)


# --------------------------------------------------------------------------------------------
# spellings
# --------------------------------------------------------------------------------------------

def mobile_style(v: str, style: str) -> str:
    if style == "space":
        return f"{v[:3]} {v[3:7]} {v[7:]}"
    if style == "dash":
        return f"{v[:3]}-{v[3:7]}-{v[7:]}"
    if style == "plus86":
        return f"+86 {v[:3]} {v[3:7]} {v[7:]}"
    if style == "plus86c":
        return f"+86-{v}"
    if style == "fullwidth":
        return v.translate(FW_DIGITS)
    return v


def landline_style(area: Area, digits: str, style: str) -> str:
    if style == "paren":
        return f"({area.area_code}){digits}"
    if style == "fwparen":
        return f"（{area.area_code}）{digits}"
    if style == "space":
        return f"{area.area_code} {digits}"
    return f"{area.area_code}-{digits}"


def card_style(v: str, style: str) -> str:
    if style == "group4":
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def dob_style(d: dt.date, style: str) -> str:
    cn = "〇一二三四五六七八九"

    def cnum(n: int) -> str:
        if n < 10:
            return cn[n]
        return ("" if n < 20 else cn[n // 10]) + "十" + (cn[n % 10] if n % 10 else "")
    if style == "cn":
        return "".join(cn[int(c)] for c in str(d.year)) + f"年{cnum(d.month)}月{cnum(d.day)}日"
    if style == "dash":
        return f"{d:%Y-%m-%d}"
    if style == "dot_month":
        return f"{d.year}.{d.month:02d}"
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "ym":
        return f"{d.year}年{d.month}月"
    return f"{d.year}年{d.month}月{d.day}日"
