"""Divisions (real names of provinces, cities, counties and most towns) and invented roads, estates,
villages and house numbers, composed into addresses written in many local styles."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    prov: str
    city: str  # "" for the four municipalities
    county: str
    towns: tuple
    streets: tuple
    idprov: str  # key into people.REGION_CODES

    def head(self, prov=True, city=True, county=True, sep="") -> list:
        out = []
        if prov:
            out.append(self.prov)
        if city and self.city:
            out.append(self.city)
        if county:
            out.append(self.county)
        return out


R = {
    "dancheng": Region("河南省", "周口市", "郸城县", ("汲冢镇", "宁平镇", "胡集乡", "南丰镇", "秋渠乡"), ("洺北街道", "洺南街道"), "河南"),
    "xinshao": Region("湖南省", "邵阳市", "新邵县", ("严塘镇", "酿溪镇", "坪上镇", "寸石镇", "雀塘镇"), (), "湖南"),
    "shunqing": Region("四川省", "南充市", "顺庆区", ("搬罾街道",), ("舞凤街道", "北城街道", "中城街道", "西城街道"), "四川"),
    "hongshan": Region("湖北省", "武汉市", "洪山区", (), ("珞南街道", "关山街道", "和平街道", "狮子山街道"), "湖北"),
    "lanshan": Region("山东省", "临沂市", "兰山区", ("枣园镇", "半程镇"), ("兰山街道", "金雀山街道", "柳青街道"), "山东"),
    "peixian": Region("江苏省", "徐州市", "沛县", ("龙固镇", "杨屯镇", "鹿楼镇", "胡寨镇"), ("沛城街道", "汉源街道"), "江苏"),
    "ruian": Region("浙江省", "温州市", "瑞安市", ("塘下镇", "马屿镇", "陶山镇"), ("安阳街道", "玉海街道"), "浙江"),
    "chaoyang": Region("北京市", "", "朝阳区", (), ("望京街道", "亚运村街道", "小关街道", "双井街道"), "北京"),
    "nanhai": Region("广东省", "佛山市", "南海区", ("大沥镇", "里水镇", "狮山镇"), ("桂城街道",), "广东"),
    "wuming": Region("广西壮族自治区", "南宁市", "武鸣区", ("城厢镇", "双桥镇", "府城镇", "陆斡镇"), (), "广西"),
    "wangkui": Region("黑龙江省", "绥化市", "望奎县", ("望奎镇", "惠七镇", "先锋镇", "通江镇"), (), "黑龙江"),
    "qinan": Region("甘肃省", "天水市", "秦安县", ("兴国镇", "莲花镇", "西川镇", "郭嘉镇"), (), "甘肃"),
    "mengcheng": Region("安徽省", "亳州市", "蒙城县", ("乐土镇", "双涧镇", "小涧镇", "坛城镇"), ("城关街道",), "安徽"),
    "pucheng": Region("陕西省", "渭南市", "蒲城县", ("罕井镇", "椿林镇", "孙镇", "龙池镇"), (), "陕西"),
    "yubei": Region("重庆市", "", "渝北区", (), ("龙溪街道", "两路街道", "双龙湖街道"), "重庆"),
    "weining": Region("贵州省", "毕节市", "威宁彝族回族苗族自治县", ("草海镇", "黑石头镇", "观风海镇"), (), "贵州"),
    "yinzhou": Region("辽宁省", "铁岭市", "银州区", (), ("铜钟街道", "红旗街道", "工人街道"), "辽宁"),
    "caoxian": Region("山东省", "菏泽市", "曹县", ("青堌集镇", "庄寨镇", "韩集镇"), ("倪集街道", "磐石街道"), "山东"),
    "yudu": Region("江西省", "赣州市", "于都县", ("贡江镇", "罗坳镇", "岭背镇", "银坑镇"), (), "江西"),
    "jinjiang": Region("福建省", "泉州市", "晋江市", ("安海镇", "陈埭镇"), ("青阳街道", "梅岭街道"), "福建"),
    "ningjin": Region("河北省", "邢台市", "宁晋县", ("凤凰镇", "大陆村镇", "贾家口镇", "四芝兰镇"), (), "河北"),
    "hengnan": Region("湖南省", "衡阳市", "衡南县", ("栗江镇", "茶市镇", "向阳镇"), (), "湖南"),
    "wuhua": Region("云南省", "昆明市", "五华区", (), ("华山街道", "护国街道", "普吉街道", "红云街道"), "云南"),
    "shufu": Region("新疆维吾尔自治区", "喀什地区", "疏附县", ("托克扎克镇", "乌帕尔镇", "塔什米里克乡"), (), "新疆"),
    "yanta": Region("陕西省", "西安市", "雁塔区", (), ("小寨路街道", "电子城街道", "丈八沟街道"), "陕西"),
    "kaizhou": Region("重庆市", "", "开州区", ("临江镇", "竹溪镇", "敦好镇", "铁桥镇"), ("汉丰街道",), "重庆"),
    "yushu": Region("吉林省", "长春市", "榆树市", ("五棵树镇", "弓棚镇", "闵家镇", "大岭镇"), (), "吉林"),
    "leizhou": Region("广东省", "湛江市", "雷州市", ("客路镇", "附城镇", "白沙镇", "沈塘镇"), ("雷城街道",), "广东"),
    "minhang": Region("上海市", "", "闵行区", ("莘庄镇", "七宝镇"), ("古美路街道", "江川路街道"), "上海"),
    "putuo": Region("上海市", "", "普陀区", (), ("长寿路街道", "曹杨新村街道"), "上海"),
    "binchuan": Region("云南省", "大理白族自治州", "宾川县", ("金牛镇", "州城镇", "宾居镇", "力角镇"), (), "云南"),
}

ROADS = ["人民路", "建设路", "解放路", "文化路", "育才路", "新华街", "光明路", "工农路", "长江路", "黄河大道", "滨河东路",
         "迎宾大道", "兴业路", "朝阳路", "健康路", "幸福路", "和平街", "胜利街", "东风路", "北环路", "振兴大道", "团结路",
         "青年路", "园林路", "花园路", "永安街", "桃源路", "民主路", "学府路", "春晖路", "枫林路", "丰收路", "惠民街",
         "新城大道", "云台路", "龙泉路", "金沙路", "锦江路", "南屏街", "石桥路"]
ESTATES = ["锦绣华庭", "翡翠湾", "东方名苑", "阳光新城", "御景湾", "金桂花园", "幸福家园", "龙湖春天", "和谐小区", "丽景名都",
           "滨江花园", "学府雅苑", "怡和苑", "嘉禾里", "紫荆花园", "康居小区", "盛世华城", "碧水蓝天", "香樟苑", "南湖新村",
           "建设新村", "纺织厂宿舍", "粮食局家属院", "供电局家属院", "书香门第", "桂花苑", "万和城", "绿洲家园", "凤凰城",
           "青年公寓", "东湖名居", "润园", "锦苑小区", "天悦府", "金色港湾"]
VIL_PREFIX = ["新华", "红旗", "向阳", "和平", "前进", "东风", "光明", "团结", "胜利", "永安", "长青", "兴隆", "太平", "双河",
              "石桥", "柳林", "杨树", "梨园", "桃园", "三合", "五里", "青山", "南岗", "北洼", "大营", "小寨", "马坊", "龙潭",
              "白杨", "金鸡", "凤鸣", "高岭", "半坡", "河湾", "清泉", "松林"]
VIL_SUR = "王李张刘陈杨赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭"
VIL_SUF = ["庄", "楼", "寨", "营", "集", "湾", "岗", "洼", "店", "桥", "庙", "台", "坡", "沟", "圩"]
TUN = ["前屯", "后屯", "东屯", "西屯", "腰屯", "王家屯", "刘家屯", "孙家屯", "大房身屯", "小南屯", "三家子屯", "碾盘屯",
       "榆树底屯", "柳条屯", "郭家窝堡屯", "二道岗屯"]
NAT_VIL = ["下营", "上庄", "大村", "小河", "田心", "新村", "老街", "河口", "岩脚", "坝子", "松坪", "水井", "中所", "荒田"]

CN_DIG = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    """1..99 as 一 / 十二 / 二十三."""
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[u] if u else "")


def cn_digits(n: int) -> str:
    """502 -> 五〇二 (room numbers are read digit by digit)."""
    return "".join(CN_DIG[int(c)] for c in str(n))


def village(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(VIL_SUR) + rng.choice(VIL_SUF) + "村"
    return rng.choice(VIL_PREFIX) + "村"


def room(rng: random.Random, floors: int = 18) -> int:
    return rng.randint(1, floors) * 100 + rng.randint(1, 4)


def join(parts: list, sep: str = "") -> str:
    return sep.join(p for p in parts if p)


def urban(rng, reg: Region, *, prov=False, city=False, county=True, street=None, road=True, estate=True,
          cn=False, sep="", bstyle=None, roomstyle="室", no_unit=False) -> str:
    """[省][市][区县][街道][路+号][小区+楼+单元+室]."""
    parts = reg.head(prov, city, county)
    if street is None:
        street = bool(reg.streets) and rng.random() < 0.5
    if street and reg.streets:
        parts.append(rng.choice(reg.streets))
    tail = []
    if road:
        n = rng.randint(2, 399)
        tail.append(rng.choice(ROADS) + (cn_num(n % 99 + 1) if cn else str(n)) + "号")
    if estate:
        tail.append(rng.choice(ESTATES))
        b = rng.randint(1, 28)
        bstyle = bstyle or rng.choice(["号楼", "栋", "幢", "号楼", "座"])
        tail.append((cn_num(b) if cn else str(b)) + bstyle)
        if not no_unit:
            u = rng.randint(1, 4)
            tail.append((cn_num(u) if cn else str(u)) + "单元")
        r = room(rng)
        if roomstyle == "室":
            tail.append((cn_digits(r) if cn else str(r)) + "室")
        else:
            tail.append(str(r))
    return join(parts + [join(tail)], sep)


def rural(rng, reg: Region, *, prov=False, city=False, county=True, town=None, vil=None, group="组", cn=None,
          house=None, sep="") -> str:
    """[省][市][县][乡镇]+村+[N组/社/队]+[N号]."""
    parts = reg.head(prov, city, county)
    parts.append(town or rng.choice(reg.towns))
    tail = vil or village(rng)
    if cn is None:
        cn = rng.random() < 0.5
    if group:
        g = rng.randint(1, 12)
        tail += (cn_num(g) if cn else str(g)) + group
    if house is None:
        house = rng.random() < 0.5
    if house:
        tail += str(rng.randint(1, 160)) + "号"
    parts.append(tail)
    return join(parts, sep)


def tun(rng, reg: Region, *, county=True, prov=False, city=False, town=None, house=True) -> str:
    parts = reg.head(prov, city, county)
    parts.append(town or rng.choice(reg.towns))
    t = village(rng) + rng.choice(TUN)
    if house:
        t += str(rng.randint(1, 90)) + "号"
    parts.append(t)
    return join(parts)


def natural(rng, reg: Region, *, county=True, prov=False, city=False, town=None, committee=True) -> str:
    parts = reg.head(prov, city, county)
    parts.append(town or rng.choice(reg.towns))
    v = village(rng)
    nat = rng.choice(NAT_VIL) + "自然村"
    parts.append(v + ("委会" if committee else "") + nat + str(rng.randint(1, 120)) + "号")
    return join(parts)


def lane(rng, reg: Region, *, district=True, city=False, street=False, branch=None) -> str:
    """Shanghai: 路+弄+[支弄]+号+[室]."""
    parts = reg.head(city, False, district)
    if street and reg.streets:
        parts.append(rng.choice(reg.streets))
    s = rng.choice(ROADS) + str(rng.randint(10, 1999)) + "弄"
    if branch is None:
        branch = rng.random() < 0.4
    if branch:
        s += str(rng.randint(1, 12)) + "支弄"
    s += str(rng.randint(1, 120)) + "号"
    if rng.random() < 0.7:
        s += str(rng.randint(1, 6) * 100 + rng.randint(1, 3)) + "室"
    parts.append(s)
    return join(parts)


def yard(rng, reg: Region, *, district=True, city=False) -> str:
    """Beijing: 路+[甲]N号院+N号楼+N单元+NNN."""
    parts = reg.head(city, False, district)
    s = rng.choice(ROADS) + rng.choice(["", "", "甲", "乙"]) + str(rng.randint(1, 99)) + "号院"
    s += str(rng.randint(1, 24)) + "号楼" + str(rng.randint(1, 6)) + "单元" + str(room(rng, 16))
    if rng.random() < 0.5:
        s += "室"
    parts.append(s)
    return join(parts)


def hyphen(rng, reg: Region, *, county=True, street=False) -> str:
    """Estate + building-unit-room written 12-3-502."""
    parts = reg.head(False, False, county)
    if street and reg.streets:
        parts.append(rng.choice(reg.streets))
    parts.append(rng.choice(ESTATES) + f"{rng.randint(1, 30)}-{rng.randint(1, 4)}-{room(rng)}")
    return join(parts)


def chongqing(rng, reg: Region, *, county=True, street=True) -> str:
    """Chongqing: road+号+estate+栋+floor-door (12-5)."""
    parts = reg.head(False, False, county)
    if street and reg.streets:
        parts.append(rng.choice(reg.streets))
    parts.append(rng.choice(ROADS) + str(rng.randint(1, 300)) + "号" + rng.choice(ESTATES)
                 + str(rng.randint(1, 20)) + "栋" + f"{rng.randint(1, 33)}-{rng.randint(1, 8)}")
    return join(parts)
