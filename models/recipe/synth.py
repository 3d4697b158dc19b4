"""Deterministic synthetic government-document sentences for zh_review_ner.

Everything here is generated from word lists written for this recipe plus the public
admin-division list (admin_divisions_modood, WTFPL), the surname list of chinese_names_corpus
(Apache-2.0) and the addresses of chinese_address_parsing (embedded whole in carrier sentences).
No text of the product's test corpus is used.

Outputs (under --out): train_synth.spacy, dev_synth.spacy, train_addr.spacy, synth_samples.txt
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import zipfile
from pathlib import Path

from common import RECIPE_DIR, data_dir, make_doc, save_docs

# ----------------------------------------------------------------------------- word lists
COMMON_SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明池查麻苑迟邝"
)
COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "皇甫", "司徒", "东方", "夏侯", "慕容", "尉迟",
                     "令狐", "公孙", "长孙", "宇文", "端木", "澹台", "独孤", "南宫", "呼延", "轩辕"]
RARE_SURNAMES = list("逄亓訾禤仉佘眭禚厍郗蒯阚钮昝笪隗郜璩鄢酆茹")
GIVEN_CHARS = list(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文辉玲红鹏飞宇浩俊峰林琳丹婷慧洁雪梅玉珍凤春海波"
    "志斌东亮晨阳晶倩欣悦涵博睿轩子梓一诗雨思佳嘉昊泽然宁安凯健燕萍莉颖蕾璐琪瑶薇婧翔龙虎彬鑫淼森立新永庆福德"
    "胜利成祥荣光金银宝树根山水长生学忠民兵振兴家锋晓小彦若欢乐云雯蓉琴爽月冬秋夏双喜玮瑞琦铭毅朝卫宏洪江河青"
    "清素淑贤惠芬芝菊莲荷娥妮彤桐柏松岩石焱垚亚启航远达凡帆舟耀辰星宸骏驰豪彩翠巧美花继守福顺广先义仁礼智信"
)
MINORITY_PARTS = ["阿依古丽", "买买提", "艾力", "努尔", "热依拉", "古丽娜尔", "吐尔逊", "阿不都", "热合曼", "帕提古丽",
                  "玉素甫", "艾买提", "再努尔", "迪丽拜尔", "麦麦提", "依明", "阿里木", "卡德尔", "阿迪力", "祖丽菲娅",
                  "伊力哈木", "米热古丽", "艾尔肯", "吾斯曼", "努尔兰", "哈斯木", "阿布力孜", "萨迪克", "托合提", "巴拉提"]
NO_DOT_MINORITY = ["扎西顿珠", "次仁卓玛", "格桑曲珍", "达瓦次仁", "央金拉姆", "巴特尔", "乌云其其格", "其木格",
                   "斯琴高娃", "朝鲁门", "阿旺罗布", "旦增平措", "索朗多吉", "白玛央宗", "额尔敦", "那日苏"]
TRANSLIT = list("约翰史密斯威廉玛丽安娜克里蒂芬詹姆罗伯特布朗杰森戴维汤普彼得卡尔亚历山大乔治爱德华琳达莉莎索菲亨利马丁"
                "路易保皮埃伊凡诺夫娃科瓦奇米勒泰勒哈默拉希德穆罕默阿卜杜艾伦本尼迪艾玛奥利弗")
DOTS = ["·"] * 6 + ["・", "•"]

PSEUDO_TAILS = ["某某", "某", "某甲", "某乙", "某丙", "某某甲", "某某乙", "××", "某1", "某2"]
ROLE_WORDS = ["当事人：", "申请人：", "申请人", "法定代表人：", "联系人：", "联系人", "委托代理人：", "被申请人：",
              "信访人", "信访人：", "户主：", "户主", "经办人：", "负责人：", "被处罚人：", "举报人", "投诉人：",
              "申请人姓名：", "姓名：", "代理人", "被告人", "原告", "第三人", "监护人：", "收件人："]
AGENCIES = ["地方金融监督管理局", "市场监督管理局", "公安局", "人力资源和社会保障局", "自然资源和规划局", "生态环境局",
            "住房和城乡建设局", "交通运输局", "卫生健康委员会", "教育局", "民政局", "司法局", "财政局", "应急管理局",
            "信访局", "人民政府", "人民政府办公室", "发展和改革委员会", "农业农村局", "退役军人事务局", "医疗保障局",
            "行政审批服务局", "综合行政执法局", "统计局", "水利局", "文化和旅游局", "人民法院", "人民检察院",
            "大数据局", "商务局", "审计局", "城市管理局", "税务局", "工业和信息化局", "档案馆", "政务服务中心"]
COMPANY_WORDS = ["鲁信", "华通", "泰和", "宏达", "恒信", "金桥", "瑞丰", "远航", "新港", "同创", "博源", "众诚", "鸿运",
                 "盛世", "齐鲁", "海川", "天成", "佳美", "永安", "鼎盛", "润泽", "明德", "睿智", "锦程", "万家", "昌隆"]
INDUSTRIES = ["科技", "商贸", "建筑工程", "餐饮管理", "物业服务", "食品", "医药", "环保科技", "电子商务", "物流",
              "房地产开发", "农业开发", "信息技术", "机械制造", "文化传媒", "劳务派遣", "装饰工程", "汽车销售"]
COMPANY_FORMS = ["有限公司", "有限公司", "有限责任公司", "股份有限公司", "集团有限公司", "专业合作社", "经营部", "分公司"]
ROAD_WORDS = ["泉城", "文化", "英雄山", "经十", "和平", "解放", "人民", "建设", "胜利", "新华", "工业", "青年", "花园",
              "黄河", "长江", "历山", "舜耕", "顺河", "学府", "幸福", "振兴", "友谊", "朝阳", "东风", "光明", "共青团",
              "北园", "山大", "明湖", "千佛山", "燕山", "二环", "纬二", "经七", "滨河", "府前", "迎宾", "站前", "龙山",
              "凤凰", "金鸡岭", "桃园", "玉泉", "红星", "育才", "兴业", "丰收", "团结", "民生", "华山", "青龙"]
ROAD_SUFFIX = ["路", "路", "路", "街", "大街", "大道", "东路", "西路", "南路", "北路", "中路", "巷", "胡同", "一路", "二路"]
ESTATE_WORDS = ["阳光", "锦绣", "翠苑", "龙湖", "万科", "鲁能", "绿地", "世纪", "金色", "和谐", "幸福", "银座", "祥和",
                "名仕", "盛景", "书香", "海棠", "紫薇", "玉兰", "丁香", "清华", "怡景", "康桥", "明珠", "新城"]
ESTATE_SUFFIX = ["小区", "花园", "家园", "苑", "公寓", "新村", "嘉园", "华庭", "名都", "佳苑", "雅居", "城"]
VILLAGE_SUFFIX = ["庄村", "家村", "村", "家庄村", "屯村", "营村", "集村", "寨村", "洼村", "坡村", "楼村", "店村", "官庄村"]
VILLAGE_PREFIX = ["东", "西", "南", "北", "前", "后", "大", "小", "上", "下", "新", "老"]
LAWS = ["《中华人民共和国政府信息公开条例》", "《中华人民共和国行政处罚法》", "《中华人民共和国食品安全法》",
        "《信访工作条例》", "《中华人民共和国个人信息保护法》", "《中华人民共和国行政许可法》",
        "《中华人民共和国治安管理处罚法》", "《中华人民共和国产品质量法》", "《山东省物业管理条例》"]
SURNAME_LIKE_PLACES = ["张店区", "李沧区", "周村区", "吴中区", "杨浦区", "黄岛区", "钟楼区", "高新区", "何家村",
                       "马鞍山市", "石家庄市", "王府井", "赵县", "孙吴县", "刘家峡", "沈河区", "黄浦区", "任城区",
                       "金水区", "高唐县", "陈仓区", "宋庄镇", "梁山县", "曹县", "郑州市", "许昌市", "周口市", "史各庄"]
GENERIC_NEG_ORG = ["某某公司", "某公司", "某某局", "某某科技有限公司", "××有限公司", "某单位", "某某街道办事处", "某村委会"]


class Gen:
    def __init__(self, seed: int, D: Path):
        self.r = random.Random(seed)
        self._load_divisions(D)
        self._load_surnames(D)

    # -- resources
    def _load_surnames(self, D):
        extra = []
        try:
            z = zipfile.ZipFile(D / "chinese_names_corpus" / "Chinese_Names_Corpus" / "Chinese_Family_Name（1k）.xlsx")
            ss = z.read("xl/sharedStrings.xml").decode("utf-8")
            extra = [t for t in re.findall(r"<t[^>]*>([^<]*)</t>", ss) if re.fullmatch(r"[\u4e00-\u9fff]{1,2}", t)]
        except (OSError, KeyError, zipfile.BadZipFile):  # the optional surname list is missing or damaged
            pass
        self.extra_surnames = extra or COMMON_SURNAMES

    def _load_divisions(self, D):
        A = D / "admin_divisions_modood"
        rd = lambda f: list(csv.DictReader(open(A / f, encoding="utf-8")))
        self.prov = {p["code"]: p["name"] for p in rd("provinces.csv")}
        self.city = {c["code"]: (c["name"], c["provinceCode"]) for c in rd("cities.csv")}
        self.area = {a["code"]: (a["name"], a["cityCode"], a["provinceCode"]) for a in rd("areas.csv")}
        self.streets = [(s["name"], s["areaCode"]) for s in rd("streets.csv")]
        self.area_list = list(self.area)
        # bias towards Shandong (the product's home region) but keep all provinces
        self.sd_streets = [s for s in self.streets if s[1].startswith("37")]

    # -- primitives
    def ch(self, xs):
        return self.r.choice(xs)

    def surname(self):
        x = self.r.random()
        if x < 0.80:
            k = min(int(self.r.expovariate(1 / 40)), len(COMMON_SURNAMES) - 1)
            return COMMON_SURNAMES[k]
        if x < 0.90:
            return self.ch(COMPOUND_SURNAMES)
        if x < 0.96:
            return self.ch(RARE_SURNAMES)
        return self.ch(self.extra_surnames)

    def person(self):
        x = self.r.random()
        if x < 0.86:
            s = self.surname()
            n = 1 if self.r.random() < (0.45 if len(s) == 2 else 0.25) else 2
            return s + "".join(self.ch(GIVEN_CHARS) for _ in range(n))
        if x < 0.93:
            k = self.r.choice([2, 2, 3])
            return self.ch(DOTS).join(self.r.sample(MINORITY_PARTS, 2) if k == 2 else self.r.sample(MINORITY_PARTS, 3))
        if x < 0.96:
            return self.ch(NO_DOT_MINORITY)
        a = "".join(self.ch(TRANSLIT) for _ in range(self.r.randint(2, 3)))
        b = "".join(self.ch(TRANSLIT) for _ in range(self.r.randint(2, 4)))
        return a + self.ch(DOTS) + b

    def pseudonym(self):
        s = self.surname() if self.r.random() < 0.85 else self.ch(COMMON_SURNAMES[:10])
        return s + self.ch(PSEUDO_TAILS)

    def num(self, a, b):
        return str(self.r.randint(a, b))

    def date(self):
        y, m, d = self.r.randint(2015, 2025), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.ch([f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}年{m}月", f"{m}月{d}日"])

    def docno(self):
        ab = self.ch(["济市监罚", "鲁金监函", "历下政信", "济信复", "鲁政办发", "济人社字", "郓政发", "泰市监处",
                      "青自然资规", "淄应急罚"])
        return f"{ab}〔{self.r.randint(2016, 2025)}〕{self.r.randint(1, 300)}号"

    def phone(self):
        return self.ch(["13", "15", "18", "17"]) + "".join(str(self.r.randint(0, 9)) for _ in range(9))

    def idno(self):
        return "37" + "".join(str(self.r.randint(0, 9)) for _ in range(15)) + self.ch(list("0123456789X"))

    # -- divisions
    def pick_area(self, sd_bias=0.5):
        if self.r.random() < sd_bias:
            name, ac = self.ch(self.sd_streets)
        else:
            name, ac = self.ch(self.streets)
        a = self.area.get(ac)
        if not a:
            return None
        an, cc, pc = a
        cn = self.city.get(cc, ("", ""))[0]
        pn = self.prov.get(pc, "")
        if cn in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            cn = ""
        return pn, cn, an, name

    def village(self):
        base = self.ch(COMMON_SURNAMES[:60]) if self.r.random() < 0.7 else self.ch(VILLAGE_PREFIX) + self.ch(COMMON_SURNAMES[:40])
        return base + self.ch(VILLAGE_SUFFIX)

    def road(self):
        return self.ch(ROAD_WORDS) + self.ch(ROAD_SUFFIX)

    def address(self):
        t = self.pick_area()
        while t is None:
            t = self.pick_area()
        pn, cn, an, st = t
        r = self.r.random()
        head = ""
        level = self.r.random()
        if level < 0.45:
            head = pn + cn + an
        elif level < 0.85:
            head = (cn or pn) + an
        else:
            head = an
        if pn and pn == cn:
            head = head.replace(pn + cn, pn)
        if r < 0.55:  # urban
            s = head + (st if self.r.random() < 0.4 and st.endswith(("街道", "镇")) else "")
            s += self.road() + self.num(1, 999) + "号"
            y = self.r.random()
            if y < 0.35:
                s += self.ch(ESTATE_WORDS) + self.ch(ESTATE_SUFFIX) + self.num(1, 30) + self.ch(["号楼", "栋", "幢"]) + \
                     self.num(1, 6) + "单元" + self.num(1, 33) + self.ch(["01", "02", "03", "04"]) + "室"
            elif y < 0.6:
                s += self.num(1, 30) + "号楼" + self.num(1, 6) + "单元" + self.num(1, 26) + "0" + self.num(1, 4) + self.ch(["室", "室", ""])
            elif y < 0.75:
                s += self.num(1, 20) + "-" + self.num(1, 6) + "-" + self.num(101, 2602)
            elif y < 0.85:
                s += self.ch(ESTATE_WORDS) + self.ch(ESTATE_SUFFIX) + self.num(1, 30) + self.ch(["号楼", "栋", "幢"])
            return s
        if r < 0.9:  # rural
            town = st if st.endswith(("镇", "乡", "街道")) else self.ch(COMMON_SURNAMES[:50]) + self.ch(["集镇", "庄镇", "家镇", "店镇", "乡"])
            s = head + town + self.village()
            # an ADDRESS always reaches house-number level; town + village alone is a place (LOC)
            y = self.r.random()
            if y < 0.6:
                s += self.num(1, 300) + "号"
            elif y < 0.85:
                s += self.num(1, 12) + "组" + self.num(1, 99) + "号"
            else:
                s += self.ch(["东街", "西街", "南街", "北街", "中心街", "前街", "后街"]) + self.num(1, 99) + "号"
            return s
        # short street address
        return an + self.road() + self.num(1, 500) + "号"

    def loc(self):
        t = self.pick_area()
        while t is None:
            t = self.pick_area()
        pn, cn, an, st = t
        x = self.r.random()
        if x < 0.2:
            return pn
        if x < 0.4:
            return cn or pn
        if x < 0.6:
            return (cn or pn) + an
        if x < 0.72:
            return an
        if x < 0.82:
            return st
        if x < 0.9:
            return self.ch(SURNAME_LIKE_PLACES)
        if x < 0.95:
            return self.village()
        # town + village (a locality, not an address: no house number)
        town = st if st.endswith(("镇", "乡")) else self.ch(COMMON_SURNAMES[:50]) + self.ch(["集镇", "庄镇", "家镇", "店镇", "乡"])
        return town + self.village()

    def org(self):
        t = self.pick_area()
        while t is None:
            t = self.pick_area()
        pn, cn, an, st = t
        x = self.r.random()
        if x < 0.55:
            pre = self.ch([pn, cn or pn, (cn or pn) + an, an, an])
            return pre + self.ch(AGENCIES)
        if x < 0.62:
            return st + self.ch(["办事处", "人民政府", "社区居民委员会", "便民服务中心"]) if st.endswith("街道") else st + "人民政府"
        if x < 0.67:
            return self.village().replace("村", "") + "村民委员会"
        if x < 0.92:
            short = lambda x: re.sub(r"(省|市|区|县|自治区|特别行政区)$", "", x) if len(x) <= 4 else ""
            pre = self.ch([short(pn), short(cn or pn), short(an)]) if self.r.random() < 0.7 else ""
            return pre + self.ch(COMPANY_WORDS) + self.ch(INDUSTRIES) + self.ch(COMPANY_FORMS)
        return (cn or pn) + self.ch(["第一人民医院", "中心医院", "实验小学", "第二中学", "职业技术学院", "疾病预防控制中心",
                                     "红十字会", "总工会", "妇女联合会", "残疾人联合会"])


# ----------------------------------------------------------------------------- templates
# Slots: {P} person, {A} address, {L} place/jurisdiction, {O} organisation (labelled);
# {NEG} pseudonym, {NORG} placeholder org, {D} date, {DOC} document number, {LAW} statute,
# {TEL} phone, {ID} id number, {N} small number, {ROLE} role word (not labelled).
TEMPLATES = [
    "{P}同志：", "{P}同志任{O}副局长。", "经研究，决定任命{P}同志为{O}办公室主任。",
    "{P}代表提出的关于加强{L}农村公路养护的建议收悉。", "{P}委员提出的第{N}号提案收悉，现答复如下：",
    "{P}于{D}向本机关提出政府信息公开申请。", "{P}于{D}通过信函方式提交申请。", "{P}的申请已于{D}收悉。",
    "关于{P}的信访事项处理意见", "{P}等{N}人反映的问题已转交{O}办理。", "{P}、{P}、{P}等同志参加会议。",
    "{ROLE}{P}，男，{N}岁，住{A}。", "{ROLE}{P}，女，汉族，{D}出生，住址：{A}。", "{ROLE}{P}",
    "{ROLE}{P}，联系电话：{TEL}。", "{ROLE}{P}（身份证号：{ID}）", "法定代表人：{P}，职务：总经理。",
    "委托代理人：{P}，{O}工作人员。", "被申请人：{O}，住所地{A}。", "当事人：{O}，统一社会信用代码见附件，住所：{A}，法定代表人：{P}。",
    "户主：{P}，家庭住址：{A}。", "联系人：{P}  电话：{TEL}", "信访人{P}反映其位于{A}的房屋漏水问题。",
    "参会人员：{P}、{P}、{P}、{P}、{P}", "出席：{P}  {P}  {P}  {P}", "列席：{P}、{P}（{O}）",
    "主持人：{P}    记录人：{P}", "{P}  {P}  {P}  {P}  {P}  {P}", "经审核，{P}、{P}符合申报条件，予以公示。",
    "{N}. {P}，{O}", "姓名：{P}  性别：男  民族：汉族  住址：{A}", "现住{A}。", "家住{A}的{P}反映，",
    "送达地址：{A}，收件人：{P}，联系电话：{TEL}。", "户籍地：{A}。", "经营场所位于{A}。",
    "{P}（男，{D}出生，住{A}）因违法行为被处以罚款。", "{P}，住{A}，身份证号码{ID}。",
    "{D}，{O}在{L}开展安全生产检查。", "{O}赴{L}调研乡村振兴工作。", "会议在{L}召开。", "{L}境内的河道已完成整治。",
    "{L}、{L}两地开展联合执法。", "根据{LAW}第{N}条的规定，{O}作出如下答复：", "依据{LAW}，本机关决定不予公开。",
    "文号：{DOC}", "{O}关于印发《{L}生活垃圾分类实施方案》的通知（{DOC}）", "抄送：{O}，{O}。", "{O}：",
    "{O}\n{D}", "{O}于{D}受理了{NEG}的申请。", "{NEG}于{D}提出申请，{O}已依法处理。", "当事人{NEG}，男，住{L}。",
    "{NEG}、{NEG}等人反映的问题", "{NORG}未按规定办理登记手续。", "经查，{NEG}在{L}经营{NORG}期间存在违规行为。",
    "{NEG}同志", "申请人{NEG}：", "张店区、李沧区、周村区的{N}家企业通过验收。", "{L}市场监管部门对{NORG}立案调查。",
    "你单位{D}报送的材料收悉。", "{P}与{P}系夫妻关系，共同居住在{A}。", "{P}向{O}申请公开{L}征地补偿相关信息。",
    "你（{P}）于{D}提交的申请收悉。", "举报人{P}称，{O}存在违规收费问题。", "{P}的父亲{P}于{D}去世。",
    "{P}称其在{L}务工期间被拖欠工资。", "受{O}委托，{P}律师参与调解。", "{P}副市长主持召开专题会议。",
    "{P}书记在{L}调研时强调，", "{P}主任、{P}副主任出席。", "请{P}同志于{D}前到{O}报到。",
    "{O}负责人{P}介绍了有关情况。", "现将{P}等{N}名同志的考察情况予以公示。", "{P}（{O}）", "{P}（女）",
    "{ROLE}{P}；{ROLE}{P}。", "{P}户，{N}口人，住{A}，享受最低生活保障。", "{P}所在的{L}已完成改造。",
    "本机关于{D}向{P}送达了《行政处罚决定书》（{DOC}）。", "{P}先生：", "{P}女士：", "致{P}：",
    "我们收到了{P}、{P}的来信。", "{O}、{O}、{O}联合印发通知。", "附件：{L}{N}年度重点项目清单",
    # form / table lines flattened to text ({S} = field separator: full-width space, tab, bar, colon …)
    "姓名{S}{P}{S}性别{S}女{S}民族{S}汉{S}出生日期{S}{D}", "住址{S}{A}{S}联系电话{S}{TEL}",
    "受送达人{S}{P}{S}送达地址{S}{A}", "送达地址{S}{A}{S}邮政编码{S}{PC}", "通讯地址：{A}{S}邮编：{PC}",
    "序号{S}姓名{S}身份证号{S}住址", "{N}{S}{P}{S}{ID}{S}{A}", "{N}{S}{P}{S}{O}{S}{TEL}", "{P}{S}{TEL}",
    "申请人{S}{P}{S}证件号码{S}{ID}", "联系人{S}{P}{S}联系电话{S}{TEL}{S}电子邮箱{S}{EMAIL}",
    "被处罚人{S}{P}{S}住所{S}{A}", "地址：{A}{S}电话：{TEL}", "签收人{S}{P}{S}签收日期{S}{D}",
    "依据{LAW}{ART}的规定，", "根据{LAW}{ART}之规定，现答复如下：", "{O}地址：{A}，邮编{PC}。",
    "办公地址：{A}{S}咨询电话：{TEL}", "{NEG}{S}{ID}{S}{L}", "{P}{S}{P}{S}{P}",
]
SEPS = ["\u3000", "\u3000\u3000", "\t", "｜", "|", " ", "  ", "：", "\u3000：", "    "]
CN_NUM = list("一二三四五六七八九")


def fill(g: Gen, tpl: str):  # noqa: C901 - one branch per placeholder kind of the templates
    text, spans = "", []
    for tok in re.split(r"(\{[A-Z]+\})", tpl):
        if not tok:
            continue
        lab, val = None, tok
        if tok == "{P}":
            lab, val = "PERSON", g.person()
            # government rosters pad two-character names with a full-width space now and then
            if len(val) == 2 and "、" not in tpl and ("  " in tpl or "{S}" in tpl) and g.r.random() < 0.15:
                val = val[0] + "\u3000" + val[1]
        elif tok == "{A}":
            lab, val = "ADDRESS", g.address()
        elif tok == "{L}":
            lab, val = "LOC", g.loc()
        elif tok == "{O}":
            lab, val = "ORG", g.org()
        elif tok == "{NEG}":
            val = g.pseudonym()
        elif tok == "{NORG}":
            val = g.ch(GENERIC_NEG_ORG)
        elif tok == "{D}":
            val = g.date()
        elif tok == "{DOC}":
            val = g.docno()
        elif tok == "{LAW}":
            val = g.ch(LAWS)
        elif tok == "{TEL}":
            val = g.phone()
        elif tok == "{ID}":
            val = g.idno()
        elif tok == "{N}":
            val = g.num(1, 30)
        elif tok == "{ROLE}":
            val = g.ch(ROLE_WORDS)
        elif tok == "{S}":
            val = g.ch(SEPS)
        elif tok == "{PLATE}":
            val = g.ch(list("鲁京津冀豫苏浙粤川")) + g.ch(list("ABCDEFGHQRU")) + g.ch(["·", "", " "]) + \
                  "".join(g.ch("0123456789ABCDEFGHJK") for _ in range(5))
        elif tok == "{PC}":
            val = g.ch(["25", "26", "27", "10", "20", "31"]) + g.num(1000, 9999)
        elif tok == "{EMAIL}":
            val = "".join(g.ch("abcdefghijklmnopqrstuvwxyz") for _ in range(g.r.randint(3, 8))) + g.num(1, 99) + \
                  g.ch(["@163.com", "@qq.com", "@126.com", "@sina.com"])
        elif tok == "{ART}":
            n = g.r.randint(1, 99)
            cn = (CN_NUM[n // 10 - 1] + "十" if n >= 20 else ("十" if n >= 10 else "")) + (CN_NUM[n % 10 - 1] if n % 10 else "")
            val = "第" + cn + "条" + (g.ch(["第一款", "第二款", "第三款第二项", ""]))
        elif "  " in tok:
            val = tok.replace("  ", g.ch(SEPS[:6]) if g.r.random() < 0.5 else "  ")
        if lab:
            spans.append((len(text), len(text) + len(val), lab))
        text += val
    return text, spans


def synth_sentences(g: Gen, n: int):
    docs = []
    for _ in range(n):
        # join 1-3 template sentences into a paragraph-sized unit
        k = g.r.choice([1, 1, 2, 2, 3])
        text, spans = "", []
        for _ in range(k):
            t, s = fill(g, g.ch(TEMPLATES))
            if text and not text.endswith(("。", "：", "；", "，", "\n")):
                text += g.ch(["\n", "\n", "。", "；", "\u3000", "\t"])
            elif text and g.r.random() < 0.3:
                text += "\n"
            off = len(text)
            spans += [(a + off, b + off, lab) for a, b, lab in s]
            text += t
        docs.append(make_doc(text, spans))
    return docs


# ----------------------------------------------------------------------------- address carriers
ADDR_CARRIERS = ["现住{A}", "住址：{A}", "家庭住址为{A}。", "户籍地址：{A}。", "{P}，住{A}。", "经查，当事人经营场所位于{A}，",
                 "送达地址：{A}", "联系地址{A}，联系电话{TEL}。", "居住在{A}的村民反映，", "地址：{A}", "{A}",
                 "通讯地址：{A}  邮编：{N}", "住所地：{A}。", "其房屋坐落于{A}。", "申请人{P}（住{A}）",
                 "寄往{A}的邮件被退回。", "{P}现居住于{A}，", "住址{S}{A}{S}邮编{S}{N}", "送达地址{S}{A}",
                 "{P}{S}{A}{S}{TEL}", "家庭住址{S}{A}\n联系电话{S}{TEL}"]
NUMBER_LEVEL = re.compile(r"[0-9０-９]|号|室|楼|栋|幢|单元|弄|组")
ADDR_CORE = {"prov", "city", "district", "devzone", "town", "community", "road", "subroad", "roadno", "subroadno",
             "poi", "subpoi", "houseno", "cellno", "floorno", "roomno", "assist", "country"}


def read_addresses(path: Path):
    out = []
    chars, tags = [], []
    def flush():
        if not chars:
            return
        comps = [t.split("-", 1)[-1] if t != "O" else "O" for t in tags]
        if "person" in comps:
            return
        i, j = 0, len(chars)
        while i < j and comps[i] not in ADDR_CORE - {"assist"}:
            i += 1
        while j > i and comps[j - 1] not in ADDR_CORE - {"assist"}:
            j -= 1
        s = "".join(chars[i:j]).strip()
        if len(s) >= 6 and NUMBER_LEVEL.search(s):
            out.append(s)
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.split()
            if not p:
                flush()
                chars, tags = [], []
                continue
            if len(p) >= 2:
                chars.append(p[0])
                tags.append(p[1])
    flush()
    return out


def addr_docs(g: Gen, addresses):
    docs = []
    for a in addresses:
        tpl = g.ch(ADDR_CARRIERS)
        text, spans = "", []
        for tok in re.split(r"(\{[A-Z]+\})", tpl):
            if not tok:
                continue
            lab, val = None, tok
            if tok == "{A}":
                lab, val = "ADDRESS", a
            elif tok == "{P}":
                lab, val = "PERSON", g.person()
            elif tok == "{TEL}":
                val = g.phone()
            elif tok == "{N}":
                val = g.num(100000, 299999)
            elif tok == "{S}":
                val = g.ch(SEPS)
            if lab:
                spans.append((len(text), len(text) + len(val), lab))
            text += val
        docs.append(make_doc(text, spans))
    return docs


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(RECIPE_DIR / "build" / "corpus"))
    ap.add_argument("--n-train", type=int, default=22000)
    ap.add_argument("--n-dev", type=int, default=1000)
    ap.add_argument("--addr-limit", type=int, default=None)
    ap.add_argument("--seed", type=int, default=20240501)
    a = ap.parse_args(argv)
    D = data_dir()
    out = Path(a.out)
    g = Gen(a.seed, D)
    train = synth_sentences(g, a.n_train)
    gd = Gen(a.seed + 1, D)
    dev = synth_sentences(gd, a.n_dev)
    addrs = read_addresses(D / "chinese_address_parsing" / "train.txt")
    if a.addr_limit:
        addrs = addrs[: a.addr_limit]
    adocs = addr_docs(g, addrs)
    stats = {}
    for name, docs in (("train_synth", train), ("dev_synth", dev), ("train_addr", adocs)):
        n = save_docs(docs, out / f"{name}.spacy")
        c = {}
        for d in docs:
            for e in d.ents:
                c[e.label_] = c.get(e.label_, 0) + 1
        stats[name] = {"sentences": n, "chars": sum(len(d.text) for d in docs), "entities": c}
        print(f"{name:24s} {n:7d} sents  {c}")
    with open(out / "synth_samples.txt", "w", encoding="utf-8") as f:
        for d in train[:60]:
            f.write(d.text.replace("\n", "⏎") + "\t" + " | ".join(f"{e.text}/{e.label_}" for e in d.ents) + "\n")
    (out / "synth_stats.json").write_text(json.dumps(stats, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
