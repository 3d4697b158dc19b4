"""Invented people: names drawn as random combinations, identifiers with valid check characters."""

from __future__ import annotations

import datetime as dt
import random

from tests.support.check_digits import id_check_char as id_check

COMMON = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任"
          "沈姚卢姜崔钟谭陆汪范石廖贾夏韦付白邹孟熊秦邱江尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤")
RARE = "逄亓訾禤仉佘眭禚厍郗邬芮褚冼阚蔺蒯闵鞠栾滕隗晏揭谯"
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "皇甫", "东方", "公孙", "令狐", "慕容", "尉迟", "夏侯", "端木", "司徒", "宇文"]

OLD_M = ["建国", "建军", "国庆", "德顺", "德福", "振华", "志刚", "宝山", "长林", "金山", "春生", "树林", "永福", "玉成",
         "学军", "新民", "广才", "守仁", "有才", "庆丰", "满仓", "福贵", "全胜", "占奎", "连生", "家旺", "文秀", "殿臣",
         "登科", "兴旺", "俊山", "长庚", "茂林", "世昌", "汉章", "培元"]
OLD_F = ["桂兰", "秀英", "玉梅", "凤英", "淑珍", "秀兰", "桂芳", "玉兰", "翠花", "素芬", "兰英", "彩霞", "金凤", "春梅",
         "秀云", "月娥", "巧云", "桂英", "玉珍", "凤琴", "淑华", "菊香", "冬梅", "爱莲", "腊梅", "银花", "素琴", "彩云"]
MID = ["海燕", "丽娟", "红梅", "晓东", "卫东", "立新", "小军", "红霞", "建华", "丽萍", "永刚", "晓燕", "春燕", "国栋",
       "志勇", "雪梅", "海波", "秋菊", "利民", "艳红", "文军", "少华", "金龙", "晓红", "继红", "爱民", "朝阳", "向东",
       "红英", "亚军", "振宇", "丽琴", "建平", "胜利"]
YOUNG = ["浩然", "子轩", "宇航", "梓豪", "俊杰", "一鸣", "博文", "泽宇", "嘉豪", "明轩", "天佑", "锦程", "思远", "睿哲",
         "晨阳", "欣怡", "子涵", "雨桐", "梦瑶", "诗琪", "佳怡", "可馨", "若曦", "语嫣", "梓萱", "思彤", "欣妍", "静怡",
         "婉清", "梓涵", "奕辰", "沐阳", "书瑶", "昊天", "瑾萱", "铭泽", "紫琪", "炜烨", "安琪", "逸凡"]
SINGLE = list("伟强磊军勇敏静芳丽涛斌娟霞峰刚辉杰鹏波玲红燕萍艳华英梅琴兰凤莉婷雪琳超毅鑫亮健宁倩洁颖岚莹蓉")
CHARS1 = list("德文建志明永国海春晓玉秀金宝红丽俊家庆少立新学长志云雪月光荣")
CHARS2 = list("华明林生平东山成才元发兴福喜亮斌勤英芬珍梅莲娥琼香荷霞宏伟强安宁杰")

UYGHUR_M = ["买买提", "吐尔逊", "热合曼", "阿不都", "艾力", "努尔", "麦麦提", "依明", "玉素甫", "卡德尔", "阿迪力",
            "托合提", "艾尔肯", "库尔班", "阿布力孜", "肉孜"]
UYGHUR_F = ["阿依古丽", "古丽娜尔", "帕提古丽", "迪丽努尔", "米娜瓦尔", "祖丽皮亚", "热依拉", "吐逊古丽", "阿依努尔",
            "布帕塔木"]
YI_SUR = ["吉克", "沙马", "阿苦", "曲比", "阿西", "海来", "俄木", "马海", "吉伍", "阿尔"]
YI_GIV = ["阿依", "拉哈", "日哈", "阿果", "木呷", "伍各", "拉则", "阿支", "石布", "尔古"]
TIBETAN = ["次仁", "卓玛", "扎西", "多吉", "格桑", "拉姆", "索朗", "普布", "尼玛", "达瓦", "顿珠", "旺堆", "央金", "德吉"]
KOREAN = ["顺姬", "英哲", "成浩", "明淑", "贞淑", "哲洙", "永吉", "美善", "昌浩", "顺玉"]
MONGOL = ["巴特尔", "乌云", "其其格", "额尔敦", "苏日娜", "朝鲁", "那日苏", "格日勒", "宝音", "图雅"]

REGION_CODES = {
    "河南": "411625", "湖南": "430522", "四川": "511302", "湖北": "420111", "山东": "371302", "江苏": "320322",
    "浙江": "330381", "北京": "110105", "广东": "440605", "广西": "450110", "黑龙江": "231221", "甘肃": "620522",
    "安徽": "341622", "陕西": "610526", "重庆": "500112", "贵州": "520526", "辽宁": "211202", "江西": "360731",
    "福建": "350582", "河北": "130528", "云南": "532924", "新疆": "653121", "吉林": "220182", "上海": "310112",
}


def id_ok(v: str) -> bool:
    if len(v) != 18 or not v[:17].isdigit():
        return False
    try:
        dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return id_check(v[:17]) == v[17]


class NameBank:
    """Hands out names never used before in the whole set (persons and officials alike)."""

    def __init__(self):
        self.used: set[str] = set()
        self.doc_names: list[str] = []
        self.officials: list[str] = []

    def new_doc(self):
        self.doc_names = []

    def _ok(self, n: str) -> bool:
        if n in self.used:
            return False
        return not any(n in m or m in n for m in self.doc_names)

    def _draw(self, rng: random.Random, style: str) -> str:
        sur = rng.choice(COMMON)
        if style == "rare":
            sur = rng.choice(RARE)
        if style == "compound":
            sur = rng.choice(COMPOUND)
            return sur + rng.choice([rng.choice(SINGLE), rng.choice(YOUNG), rng.choice(MID)])
        if style in ("uyghur", "uyghur_m", "uyghur_f"):  # own name + father's name
            own = rng.choice(UYGHUR_F if style == "uyghur_f" else UYGHUR_M if style == "uyghur_m" else UYGHUR_M + UYGHUR_F)
            father = rng.choice([m for m in UYGHUR_M if m != own])
            return f"{own}·{father}"
        if style == "yi":
            return rng.choice(YI_SUR) + rng.choice(YI_GIV)
        if style == "tibetan":
            a, b = rng.sample(TIBETAN, 2)
            return a + b
        if style == "mongol":
            a, b = rng.sample(MONGOL, 2)
            return a if rng.random() < 0.4 else a + b
        if style == "korean":
            return rng.choice("金朴崔李郑韩") + rng.choice(KOREAN)
        if style == "two":
            return sur + rng.choice(SINGLE)
        if style == "four":  # double surname of a married woman or a four-character Han name
            return sur + rng.choice(COMMON) + rng.choice(OLD_F + MID)
        pool = {"old_m": OLD_M, "old_f": OLD_F, "mid": MID, "young": YOUNG}.get(style)
        if pool is None:  # "any"
            r = rng.random()
            if r < 0.15:
                return sur + rng.choice(SINGLE)
            if r < 0.45:
                return sur + rng.choice(CHARS1) + rng.choice(CHARS2)
            pool = rng.choice([OLD_M, OLD_F, MID, YOUNG])
        return sur + rng.choice(pool)

    def person(self, rng: random.Random, style: str = "any") -> str:
        for _ in range(500):
            n = self._draw(rng, style)
            if self._ok(n):
                self.used.add(n)
                self.doc_names.append(n)
                return n
        raise RuntimeError(style)

    def official(self, rng: random.Random) -> str:
        n = self.person(rng, rng.choice(["mid", "any", "young"]))
        self.officials.append(n)
        return n


def dob(rng: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(y1, 12, 28).toordinal()))


def id_card(rng: random.Random, code: str, born: dt.date, male: bool) -> str:
    seq = rng.randint(10, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = f"{code}{born:%Y%m%d}{seq:03d}"
    return body + id_check(body)


def masked_id(rng: random.Random, code: str) -> str:
    return code[:4] + "*" * 10 + f"{rng.randint(0, 999):03d}" + rng.choice("0123456789X")


def mobile(rng: random.Random, style: str = "plain") -> str:
    p = rng.choice(["13", "15", "18", "17", "19"])
    p += rng.choice({"13": "0123456789", "15": "012356789", "18": "0123456789", "17": "3678", "19": "18"}[p])
    rest = f"{rng.randint(0, 99999999):08d}"
    n = p + rest
    if style == "space":
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if style == "dash":
        return f"{n[:3]}-{n[3:7]}-{n[7:]}"
    return n


def masked_mobile(rng: random.Random) -> str:
    n = mobile(rng)
    return n[:3] + "****" + n[7:]


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d: dt.date) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


FEMALE_HINT = set("玲莉娇妮娅婉兰英梅凤珍芳芬娥花霞琴香莲菊秀玉娟燕丽萍艳红静敏婷雪琳倩洁颖岚莹蓉怡涵桐瑶琪馨曦嫣萱彤妍清琼荷姬淑善娜雅云")


FEMALE_FIRST = set("淑秀桂翠素彩丽艳美婉静梦雨欣思诗佳可语紫书瑾巧银腊月")


def sex_of(name: str) -> str:
    """A plausible sex for an invented name (used only to keep the documents coherent)."""
    if "·" in name:
        return "女" if name.split("·")[0] in UYGHUR_F else "男"
    given = name[2:] if name[:2] in COMPOUND else name[1:]
    return "女" if name[-1] in FEMALE_HINT or (len(given) == 2 and given[0] in FEMALE_FIRST) else "男"
