"""Identity pools, identifier makers and the placeholder renderer for the dev2 corpus.

Placeholders in a template (all offsets are computed while substituting them):

  {P:k}   full name of person k (PERSON)            {S:k}   surname + 某 of person k (trap pseudonym)
  {A:k}   home address k (CN_ADDRESS)               {ID:k}  ID number of person k (CN_ID_CARD)
  {DOB:k} birth date of person k (DATE_OF_BIRTH)    {M:k}   mobile of person k (PHONE_NUMBER)
  {TEL:k} home landline of person k (PHONE_NUMBER)  {E:k}   e-mail of person k (EMAIL_ADDRESS)
  {C:k}   bank card of person k (CN_BANK_CARD)      {PL:k}  licence plate k (CN_LICENSE_PLATE)
  {PP:k}  passport (CN_PASSPORT)                    {HK:k}  HK/Macao permit (CN_HK_MACAO_PERMIT)
  {U:k}   credit code of organisation k (CN_USCC)   {O:k}   official k (trap official_name)
  {SEX:k} {AGE:k} plain text, not annotated
  {AG} {AGA} {AGT} {AGM} agency name / address / phone / e-mail (traps)
  {T:kind:text}   literal trap               {X:TYPE:text}  literal entity

Person key prefixes pick the kind of name: c compound surname, r rare surname, o one-character
given name, m minority name with middle dot, f foreign transliterated name, anything else common.
A key ending in _m / _w fixes the gender (for 妻子, 之女 …).
Address key prefixes: u urban, v rural, anything else either.
"""

from __future__ import annotations

import random
import re

from tests.support.check_digits import USCC_ALPHABET
from tests.support.check_digits import id_check_char as id_check
from tests.support.check_digits import make_luhn as luhn_complete
from tests.support.check_digits import make_uscc as uscc_complete

from .divisions import DIVISIONS

COMMON_SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈"
    "钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔"
    "赖文施洪辛柯庄樊焦俞鲁葛岳牛温耿祁纪储屠蒙阮左雍"
)
COMPOUND_SURNAMES = ["欧阳", "端木", "令狐", "慕容", "闻人", "赫连", "司马", "上官", "诸葛", "皇甫", "公孙",
                     "尉迟", "东方", "夏侯", "宇文", "长孙", "澹台", "轩辕", "南宫", "呼延"]
RARE_SURNAMES = list("逄亓訾禤仉佘眭禚厍郗闫邬芮褚扈麴晏宓璩靳豆寇冼缑")
GIVEN_MALE = (
    "建国 建华 国强 志明 志刚 振宇 文博 浩然 俊杰 一鸣 明轩 子豪 宇航 立新 卫东 长青 树林 德胜 永刚 海涛 "
    "晓东 鹏飞 继伟 宏亮 家豪 天佑 思远 承泽 嘉懿 文杰 明辉 少华 庆丰 学军 春生 光辉 金龙 玉柱 保国 连成 "
    "子健 博文 泽宇 皓轩 奕辰 俊熙 铭扬 兆麟 守仁 广义"
).split()
GIVEN_FEMALE = (
    "秀英 玉兰 桂芳 海燕 丽娟 雪梅 春霞 红梅 欣怡 雨桐 佳琪 雅婷 若曦 梓萱 思琪 静怡 金凤 翠萍 淑珍 美玲 "
    "晓燕 慧敏 婉清 梦洁 诗涵 语嫣 秋菊 冬梅 凤英 桂兰 月娥 晓丽 丹丹 晶晶 琳琳 可欣 紫涵 书瑶 芷若 沐晴"
).split()
SINGLE_MALE = list("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁凯")
SINGLE_FEMALE = list("芳敏静丽艳娟霞琳莹颖婕蕾璐楠慧萍红雪梅洁")
GIVEN_CHARS = list(
    "建华国强志明秀英玉兰桂芳海燕丽娟雪梅春霞红梅德胜永刚振宇文博子涵思远晓东俊杰欣怡雨桐浩然佳琪雅婷"
    "承泽若曦嘉懿梓萱明轩一鸣金凤翠萍树林长青立新爱民卫东晨阳静怡楠楚彬鹏琳蕾璐莹颖婕舒航锋毅磊斌昊"
)
UYGHUR_A = ["阿依古丽", "热依拉", "艾尼瓦尔", "买买提江", "古丽娜尔", "努尔艾力", "帕提古丽", "吐尔洪", "迪丽努尔",
            "阿卜杜热合曼", "再努尔", "伊力哈木江"]
UYGHUR_B = ["买买提", "吐尔逊", "阿不都拉", "依明", "艾海提", "肉孜", "喀迪尔", "玉素甫", "托合提", "阿西木"]
FOREIGN_A = ["约翰", "玛丽亚", "彼得", "安娜", "迈克尔", "伊万", "索菲亚", "大卫", "奥尔加", "托马斯", "艾米丽", "卡洛斯"]
UYGHUR_MALE = {"艾尼瓦尔", "买买提江", "努尔艾力", "吐尔洪", "阿卜杜热合曼", "伊力哈木江"}
FOREIGN_FEMALE = {"玛丽亚", "安娜", "索菲亚", "奥尔加", "艾米丽"}
FOREIGN_B = ["史密斯", "彼得罗夫", "加西亚", "穆勒", "罗西", "科瓦尔斯基", "安德森", "杜邦", "费尔南德斯", "诺瓦克"]

ROADS = ["建设", "和平", "文化", "新华", "光明", "幸福", "青年", "长江", "黄河", "东风", "胜利", "团结", "朝阳",
         "滨河", "育才", "振兴", "兴业", "锦绣", "南环", "北园", "丰收", "纬二", "经五", "东湖", "西山", "翠柳"]
ROAD_SUFFIX = ["路", "路", "街", "大道", "东路", "西街"]
ESTATES = ["金色家园", "翠苑小区", "阳光花园", "丽景湾", "锦绣华庭", "和谐家园", "康居小区", "碧水苑", "枫林苑",
           "书香名邸", "御景园", "紫荆花园", "梧桐苑", "香樟园", "泉城新村", "鑫源小区", "铁路宿舍", "电力家属院",
           "水岸星城", "银杏苑", "福润佳园", "明珠公寓"]
VILLAGES = ["桃园", "石桥", "柳林", "河口", "杏花", "北坡", "东岗", "双井", "白沙", "青龙", "后营", "黄土岭", "南湾",
            "枣林", "沙河", "三合", "永安", "红星", "前进", "松树坪", "大槐树", "五里墩", "上湾", "新庄"]
PROVINCE_ABBR = {"11": "京", "12": "津", "13": "冀", "14": "晋", "15": "蒙", "21": "辽", "22": "吉", "23": "黑",
                 "31": "沪", "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣", "37": "鲁", "41": "豫",
                 "42": "鄂", "43": "湘", "44": "粤", "45": "桂", "46": "琼", "50": "渝", "51": "川", "52": "贵",
                 "53": "云", "54": "藏", "61": "陕", "62": "甘", "63": "青", "64": "宁", "65": "新"}
MOBILE_PREFIX = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
                 "157", "158", "159", "166", "173", "176", "177", "180", "181", "183", "185", "186", "187", "189",
                 "191", "198", "199"]
BINS = ["622202", "622848", "621700", "622588", "621226", "623058", "622262", "621799", "622700", "621661"]
MAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "outlook.com", "139.com", "yeah.net"]
PINYIN = ["li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu",
          "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang", "feng", "yu"]
AREA_CODE = {"11": "010", "12": "022", "13": "0311", "14": "0351", "15": "0471", "21": "024", "22": "0431",
             "23": "0451", "31": "021", "32": "025", "33": "0571", "34": "0551", "35": "0591", "36": "0791",
             "37": "0531", "41": "0371", "42": "027", "43": "0731", "44": "020", "45": "0771", "46": "0898",
             "50": "023", "51": "028", "52": "0851", "53": "0871", "54": "0891", "61": "029", "62": "0931",
             "63": "0971", "64": "0951", "65": "0991"}
USCC_ALPHA = USCC_ALPHABET


class Person:
    pass


class Pools:
    """Corpus-wide registry so that names and numbers are not reused across documents."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.values: set[str] = set()


class Doc:
    def __init__(self, rng: random.Random, pools: Pools, division=None) -> None:
        self.rng = rng
        self.pools = pools
        self.division = division or rng.choice(DIVISIONS)
        self.people: dict[str, Person] = {}
        self.officials: dict[str, str] = {}
        self.addresses: dict[str, str] = {}
        self.plates: dict[str, str] = {}
        self.misc: dict[tuple, str] = {}
        self.new_names: set[str] = set()
        self.new_values: set[str] = set()
        self.agency = None
        self.table_keys: set[str] = set()
        self.table_years: tuple[int, int] | None = None  # birth-year range for people listed in a table
        self.local_share = 0.6  # share of home addresses inside the issuing agency's own county

    # -- names -----------------------------------------------------------------------------
    def _name(self, kind: str, male: bool = True) -> str:
        rng = self.rng
        while True:
            if kind == "m":
                if rng.random() < 0.7:
                    first = [n for n in UYGHUR_A if (n in UYGHUR_MALE) == male]
                    n = rng.choice(first) + "·" + rng.choice(UYGHUR_B)
                else:
                    n = rng.choice(["次仁", "格桑", "扎西", "丹增", "索朗"]) + \
                        rng.choice(["旺堆", "多吉", "平措"] if male else ["卓玛", "拉姆", "措姆", "曲珍"])
            elif kind == "f":
                first = [n for n in FOREIGN_A if (n in FOREIGN_FEMALE) != male]
                n = rng.choice(first) + "·" + rng.choice(FOREIGN_B)
            else:
                sur = {"c": COMPOUND_SURNAMES, "r": RARE_SURNAMES}.get(kind, COMMON_SURNAMES)
                s = rng.choice(sur)
                one = kind == "o" or (kind not in "cr" and rng.random() < 0.2)
                if one:
                    g = rng.choice(SINGLE_MALE if male else SINGLE_FEMALE)
                else:
                    g = rng.choice(GIVEN_MALE if male else GIVEN_FEMALE)
                n = s + g
            if n not in self.pools.names and n not in self.new_names:
                self.new_names.add(n)
                return n

    def person(self, key: str) -> Person:
        if key not in self.people:
            rng = self.rng
            p = Person()
            kind = key[0] if key[0] in "crmfo" else "p"
            p.kind = kind
            p.male = key.endswith("_m") or (not key.endswith("_w") and rng.random() < 0.55)
            p.name = self._name(kind, p.male)
            p.surname = p.name[:2] if p.name[:2] in COMPOUND_SURNAMES else p.name[0]
            d = rng.choice(DIVISIONS)
            lo, hi = self.table_years if self.table_years and key in self.table_keys else (1948, 2003)
            p.year, p.month, p.day = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
            seq = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if p.male else [0, 2, 4, 6, 8])
            body = f"{d[0]}{p.year:04d}{p.month:02d}{p.day:02d}{seq:03d}"
            p.id = body + id_check(body)
            p.dob_style = rng.randint(0, 2)
            self.people[key] = p
        return self.people[key]

    def official(self, key: str) -> str:
        if key not in self.officials:
            self.officials[key] = self._name("o" if self.rng.random() < 0.2 else "p", self.rng.random() < 0.6)
        return self.officials[key]

    # -- values ----------------------------------------------------------------------------
    def _unique(self, make) -> str:
        while True:
            v = make()
            if v not in self.pools.values and v not in self.new_values:
                self.new_values.add(v)
                return v

    def _memo(self, tag, key, make):
        if (tag, key) not in self.misc:
            self.misc[(tag, key)] = self._unique(make)
        return self.misc[(tag, key)]

    def mobile(self, key):
        rng = self.rng

        def make():
            n = rng.choice(MOBILE_PREFIX) + "".join(rng.choice("0123456789") for _ in range(8))
            st = rng.randint(0, 6)
            if st == 1:
                return f"{n[:3]} {n[3:7]} {n[7:]}"
            if st == 2:
                return f"{n[:3]}-{n[3:7]}-{n[7:]}"
            if st == 3:
                return "+86 " + n
            if st == 4:
                return "+86-" + n
            return n
        return self._memo("M", key, make)

    def landline(self, key, first="6"):
        rng = self.rng

        def make():
            area = rng.choice(["0531", "0532", "0371", "027", "028", "0571", "0731", "0451", "029", "0851", "0991"])
            n = rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(7 if len(area) == 4 else 7))
            st = rng.randint(0, 3)
            return [f"{area}-{n}", f"({area}){n}", f"（{area}）{n}", f"{area} {n}"][st]
        return self._memo("TEL" + first, key, make)

    def email(self, key):
        rng = self.rng

        def make():
            dom = rng.choice(MAIL_DOMAINS)
            if dom == "qq.com":
                return str(rng.randint(10000000, 2999999999)) + "@qq.com"
            return rng.choice(PINYIN) + rng.choice(["", ".", "_"]) + rng.choice(PINYIN) + str(rng.randint(1, 99)) + "@" + dom
        return self._memo("E", key, make)

    def card(self, key):
        rng = self.rng

        def make():
            ln = rng.choice([16, 19, 19])
            b = rng.choice(BINS) + "".join(rng.choice("0123456789") for _ in range(ln - 7))
            n = luhn_complete(b)
            if rng.random() < 0.4:
                return " ".join(n[i:i + 4] for i in range(0, len(n), 4))
            return n
        return self._memo("C", key, make)

    def plate(self, key):
        rng = self.rng

        def make():
            abbr = PROVINCE_ABBR[self.division[0][:2]] if rng.random() < 0.7 else rng.choice(list(PROVINCE_ABBR.values()))
            letter = rng.choice("ABCDEFGHJKLMNP")
            if rng.random() < 0.25:
                tail = rng.choice("DF") + "".join(rng.choice("0123456789") for _ in range(5))
            else:
                tail = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ" if i in (1, 2) else "0123456789") for i in range(5))
            return abbr + letter + ("·" if rng.random() < 0.3 else "") + tail
        return self._memo("PL", key, make)

    def passport(self, key):
        rng = self.rng
        return self._memo("PP", key, lambda: "E" + (rng.choice("ABCDEFGH") + str(rng.randint(1000000, 9999999)) if rng.random() < 0.5 else str(rng.randint(10000000, 99999999))))

    def permit(self, key):
        rng = self.rng
        return self._memo("HK", key, lambda: rng.choice("CH") + str(rng.randint(10000000, 99999999)))

    def uscc(self, key):
        rng = self.rng

        def make():
            org = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
            org = org.replace("I", "1")
            s = sum("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".index(c) * w for c, w in zip(org, [3, 7, 9, 10, 5, 8, 4, 2]))
            c = 11 - s % 11
            org += "X" if c == 10 else ("0" if c == 11 else str(c))
            return uscc_complete("91" + self.division[0] + org)
        return self._memo("U", key, make)

    # -- addresses -------------------------------------------------------------------------
    def address(self, key):
        if key in self.addresses:
            return self.addresses[key]
        rng = self.rng
        local = rng.random() < self.local_share
        while True:
            code, prov, city, county, streets, towns = self.division if local else rng.choice(DIVISIONS)
            rural = key[0] == "v" or (key[0] != "u" and rng.random() < 0.4)
            if rural and not towns or not rural and not streets:
                if local and (towns if rural else streets) == [] and key[0] in "uv":
                    local = False
                local = local and rng.random() < 0.5
                continue
            break
        city_full = prov + city if city else prov
        with_prov = rng.random() < (0.25 if local else 0.55)
        head = (city_full if with_prov else city) + county
        if rural:
            town = rng.choice(towns)
            vil = rng.choice(VILLAGES)
            st = rng.randint(0, 3)
            if st == 0:
                a = f"{head}{town}{vil}村{rng.randint(1, 12)}组{rng.randint(1, 88)}号"
            elif st == 1:
                a = f"{county}{town}{vil}村{rng.choice('一二三四五六七八')}社{rng.randint(1, 60)}号"
            elif st == 2:
                a = f"{head}{town}{vil}村{rng.randint(1, 200)}号"
            else:
                a = f"{head}{town}{vil}村委会{rng.choice(VILLAGES)}组{rng.randint(1, 40)}号"
        else:
            street = rng.choice(streets)
            road = rng.choice(ROADS) + rng.choice(ROAD_SUFFIX)
            est = rng.choice(ESTATES)
            b, u, f, r = rng.randint(1, 32), rng.randint(1, 6), rng.randint(1, 28), rng.randint(1, 4)
            room = f"{f}0{r}"
            st = rng.randint(0, 6)
            if st == 0:
                a = f"{head}{street}{road}{rng.randint(1, 399)}号{est}{b}号楼{u}单元{room}室"
            elif st == 1:
                a = f"{head}{road}{rng.randint(10, 999)}弄{rng.randint(1, 80)}号{room}室"
            elif st == 2:
                a = f"{county}{est}{b}栋{u}单元{room}"
            elif st == 3:
                a = f"{head}{road}{rng.randint(1, 399)}号{est}{b}幢{room}室"
            elif st == 4:
                a = f"{head}{street}{est}{rng.choice('ABCDE')}座{room}室"
            elif st == 5:
                a = f"{county}{road}{rng.randint(1, 399)}号{est}{b}-{u}-{room}"
            else:
                a = f"{head}{street}{est}{b}号楼{room}号"
        if a in self.pools.values or a in self.new_values:
            return self.address(key)
        self.new_values.add(a)
        self.addresses[key] = a
        return a

    def dob(self, p: Person) -> str:
        return [f"{p.year}年{p.month}月{p.day}日", f"{p.year}-{p.month:02d}-{p.day:02d}", f"{p.year}.{p.month:02d}.{p.day:02d}"][p.dob_style]


TOKEN = re.compile(r"\{([A-Z]+)(?::([^{}]*))?\}")
ENTITY_OF = {"P": "PERSON", "A": "CN_ADDRESS", "ID": "CN_ID_CARD", "DOB": "DATE_OF_BIRTH", "M": "PHONE_NUMBER",
             "TEL": "PHONE_NUMBER", "E": "EMAIL_ADDRESS", "C": "CN_BANK_CARD", "PL": "CN_LICENSE_PLATE",
             "PP": "CN_PASSPORT", "HK": "CN_HK_MACAO_PERMIT", "U": "CN_USCC"}


def render(template: str, doc: Doc):
    """Substitute placeholders; return (text, entities, traps) with code-point offsets."""
    out: list[str] = []
    pos = 0
    ents, traps = [], []
    last = 0
    ag = doc.agency
    for m in TOKEN.finditer(template):
        lit = template[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        tag, arg = m.group(1), m.group(2)
        ent = trap = None
        if tag == "P":
            val, ent = doc.person(arg).name, "PERSON"
        elif tag == "S":
            val, trap = doc.person(arg).surname + "某", "pseudonym"
        elif tag == "A":
            val, ent = doc.address(arg), "CN_ADDRESS"
        elif tag == "ID":
            val, ent = doc.person(arg).id, "CN_ID_CARD"
        elif tag == "DOB":
            val, ent = doc.dob(doc.person(arg)), "DATE_OF_BIRTH"
        elif tag == "SEX":
            val = "男" if doc.person(arg).male else "女"
        elif tag == "AGE":
            val = str(2024 - doc.person(arg).year) + "岁"
        elif tag == "M":
            val, ent = doc.mobile(arg), "PHONE_NUMBER"
        elif tag == "TEL":
            val, ent = doc.landline(arg), "PHONE_NUMBER"
        elif tag == "E":
            val, ent = doc.email(arg), "EMAIL_ADDRESS"
        elif tag == "C":
            val, ent = doc.card(arg), "CN_BANK_CARD"
        elif tag == "PL":
            val, ent = doc.plate(arg), "CN_LICENSE_PLATE"
        elif tag == "PP":
            val, ent = doc.passport(arg), "CN_PASSPORT"
        elif tag == "HK":
            val, ent = doc.permit(arg), "CN_HK_MACAO_PERMIT"
        elif tag == "U":
            val, ent = doc.uscc(arg), "CN_USCC"
        elif tag == "O":
            val, trap = doc.official(arg), "official_name"
        elif tag == "AG":
            val, trap = ag["name"], "agency_name"
        elif tag == "AGA":
            val, trap = ag["address"], "agency_address"
        elif tag == "AGT":
            val, trap = ag["phone"], "agency_phone"
        elif tag == "AGM":
            val, trap = ag["email"], "agency_email"
        elif tag == "T":
            trap, val = arg.split(":", 1)
        elif tag == "X":
            ent, val = arg.split(":", 1)
        else:
            raise ValueError(f"unknown placeholder {m.group(0)}")
        out.append(val)
        if ent:
            ents.append({"type": ent, "start": pos, "end": pos + len(val), "text": val})
        if trap:
            traps.append({"kind": trap, "start": pos, "end": pos + len(val), "text": val})
        pos += len(val)
    tail = template[last:]
    out.append(tail)
    text = "".join(out)
    for s in ents + traps:
        assert text[s["start"]:s["end"]] == s["text"], s
    return text, ents, traps


def make_agency(doc: Doc, kind: str) -> dict:
    """An agency of the document's own division; its switchboard, address and mailbox are invented."""
    rng = doc.rng
    code, prov, city, county, streets, towns = doc.division
    name = (city or prov) + county + kind
    if kind == "街道办事处" and streets:
        name = (city or prov) + county + streets[0] + "办事处"
    road = rng.choice(ROADS) + rng.choice(["路", "大街"])
    address = (city or prov) + county + road + str(rng.randint(1, 300)) + "号"
    area = AREA_CODE.get(code[:2], "0531")
    phone = f"{area}-{rng.choice('68')}{rng.randint(1000000, 9999999)}"
    email = rng.choice(["xxgk", "zwgk", "bgs", "fzk", "xfb"]) + str(rng.randint(1, 99)) + "@" + rng.choice(PINYIN) + ".gov.cn"
    doc.agency = {"name": name, "address": address, "phone": phone, "email": email}
    return doc.agency
