"""Documents 1-10: relief and subsidy rosters, expropriation announcements."""

from __future__ import annotations

from tests.data.dev3_gen.builder import Doc

from .addr import rural, urban, village_only
from .common import A, ID, OF, P, PH, aaddr, ag, amail, amt, aphone, ev, hot, law, masked, oaddr, org, serial
from .people import COUNTIES, sex_of

FW = "\u3000"  # full-width space


def cells(*items, sep="\t"):
    """Pieces of a table row joined by a separator (each item a piece or a list of pieces)."""
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out.append(it)
    return out


def age_of(idno: str, year: int = 2026) -> int:
    y = int(idno[6:10]) if len(idno) == 18 else 1900 + int(idno[6:8])
    return year - y


# ----------------------------------------------------------------------------------------------- 1
def d01(c):
    d = Doc(1, "dibao_roster_tabs", "城乡低保对象名单公示（制表符分隔）")
    d.line(ag("济南市历城区鲍山街道办事处"))
    d.line("关于2026年第三季度城乡低保新增对象的公示")
    d.line()
    d.line("　　根据", law("《山东省最低生活保障办法》"), "规定，经本人申请、社区初审、街道审核，现将拟纳入低保的家庭名单公示如下：")
    d.line("序号\t户主\t性别\t身份证号码\t家庭住址\t保障人数\t月保障金（元）")
    for i in range(1, 19):
        n = c.mixed()
        idv = c.legacy("licheng", 1930, 1960, n) if i in (5, 12) else c.idno("licheng", 1940, 1995, n)
        addr = rural(c, "licheng", head=c.pick([0, 1]), cn=c.chance(0.3)) if i % 3 else urban(c, "licheng", head=0)
        k = c.randint(1, 4)
        d.line(cells(str(i), P(n), sex_of(n), ID(idv), A(addr), str(k), str(k * 890)))
    d.line()
    d.line("　　公示期：", ev("2026年9月1日"), "至", ev("2026年9月7日"), "。")
    d.line("　　街道社会救助服务站咨询电话：", aphone("0531-88120316"))
    d.line("　　区民政局监督电话：", aphone("0531-88161570"), "　", "政务服务便民热线：", hot("12345"))
    d.line("　　来信请寄：", aaddr("济南市历城区鲍山街道工业北路2699号"), "，电子邮箱：", amail("lcbsjd@jn.gov.cn"))
    d.line()
    d.line("　　　　　　　　　　　　", ag("济南市历城区鲍山街道办事处"))
    d.line("　　　　　　　　　　　　", ev("2026年9月1日"))
    return d


# ----------------------------------------------------------------------------------------------- 2
def d02(c):
    d = Doc(2, "tekun_fullwidth_roster", "特困人员供养名单（全角空格分隔，无逐行标签）", encoding="gbk")
    d.line(ag("嘉祥县纸坊镇人民政府"))
    d.line("纸坊镇2026年特困供养人员花名册")
    d.line()
    d.line(FW.join(["姓名", "性别", "身份证号", "年龄", "供养方式", "所在村"]))
    for i in range(1, 21):
        n = c.name(c.pick(["old_m", "old_m", "old_f", "any", "two", "han3", "rare2"]))
        if i % 3 == 0:
            idv = c.legacy("jiaxiang", 1928, 1958, n)
        else:
            idv = c.idno("jiaxiang", 1930, 1966, n)
        vil = village_only(c, "jiaxiang")
        d.line(cells(P(n), sex_of(n), ID(idv), f"{age_of(idv)}周岁", c.pick(["分散供养", "分散供养", "集中供养"]),
                     A(vil) if len(vil) >= 5 else vil, sep=FW))
    d.line()
    d.line("　　以上人员经镇政府审核确认，自", ev("2026年7月"), "起按每人每月", amt("1050元"), "发放基本生活费。")
    d.line("　　镇社会事务办公室联系电话：", aphone("0537-6881025"), "；县民政局举报电话：", aphone("0537-6852316"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 3
def d03(c):
    d = Doc(3, "temporary_relief_bars", "临时救助对象公示（｜分隔）")
    d.line(ag("临清市民政局"))
    d.line("2026年8月份临时救助审批情况公示")
    d.line("序号｜申请人｜身份证号｜家庭住址｜救助事由｜救助金额（元）")
    for i in range(1, 16):
        n = c.mixed()
        idv = c.idno("linqing", 1950, 2000, n) if i != 9 else c.legacy("linqing", 1940, 1965, n)
        addr = rural(c, "linqing", head=c.pick([0, 1, 2]))
        why = c.pick(["因病致困", "突发火灾", "交通事故", "子女上学", "遭受意外伤害", "重大疾病住院"])
        d.line(cells(str(i), P(n), ID(idv), A(addr), why, amt(f"{c.randint(5, 30) * 100}"), sep="｜"))
    d.line()
    d.line("　　经办人：", OF(c.off()), "　审核人：", OF(c.off()))
    d.line("　　如有异议，请于", ev("2026年9月10日"), "前向临清市民政局社会救助科反映，联系电话",
           aphone("0635-2321186"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 4
def d04(c):
    d = Doc(4, "disability_subsidy_roster", "残疾人两项补贴发放名册")
    d.line(ag("威海市环翠区残疾人联合会"))
    d.line("2026年第二季度困难残疾人生活补贴和重度残疾人护理补贴发放名册")
    d.line()
    d.line("序号\t姓名\t残疾人证号\t残疾类别\t等级\t补贴类别\t金额（元）")
    kinds = [("1", "视力"), ("2", "听力"), ("3", "言语"), ("4", "肢体"), ("5", "智力"), ("6", "精神"), ("7", "多重")]
    minors = []
    for i in range(1, 19):
        n = c.mixed() if i % 5 else c.name("young")
        y0, y1 = (2012, 2020) if i % 5 == 0 else (1945, 2000)
        idv = c.idno("huancui", y0, y1, n)
        kc, kn = c.pick(kinds)
        grade = c.randint(1, 4)
        cert = [ID(idv), f"{kc}{grade}"]
        d.line(cells(str(i), P(n), cert, kn, f"{'一二三四'[grade - 1]}级",
                     c.pick(["生活补贴", "护理补贴", "两项补贴"]), amt(f"{c.pick([90, 100, 180, 280])}")))
        if i % 5 == 0:
            minors.append(n)
    d.line()
    d.line("　　说明：")
    for n in minors[:2]:
        g = c.name("mid")
        d.line("　　", P(n), "系未成年人，补贴由其监护人", P(g), "（联系电话", PH(c.mobile()), "）代为领取。")
    d.line("　　补贴资金通过社会保障卡发放，咨询电话：", aphone("0631-5233019"), "；监督电话：", aphone("0631-5228761"), "。")
    d.line("　　区残联地址：", aaddr("威海市环翠区文化西路56号"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 5
def d05(c):
    d = Doc(5, "student_aid_roster", "家庭经济困难学生资助名单（学籍号）")
    d.line(ag("历下区教育和体育局"))
    d.line("2026年秋季学期义务教育家庭经济困难学生生活补助名单公示")
    d.line()
    d.line("　　以下学生经学校评议、区教体局审核，拟享受生活补助。学籍号为全国统一的“G+身份证号”格式。")
    d.line("学校\t学生姓名\t全国学籍号\t年级\t监护人\t补助标准")
    schools = ["历下区文东小学", "历下区燕山小学", "历下区甸柳第一中学"]
    for i in range(1, 17):
        n = c.name(c.pick(["young", "young", "two", "han3"]))
        sch = c.pick(schools)
        idv = c.idno("lixia", 2011, 2019, n)
        g = c.name(c.pick(["mid", "any"]))
        d.line(cells(org(sch), P(n), ["G", ID(idv)], c.pick(["一年级", "三年级", "五年级", "七年级", "八年级"]), P(g),
                     amt(c.pick(["500元/学期", "625元/学期"]))))
    d.line()
    d.line("　　公示期5个工作日。监督电话：", aphone("0531-86566023"), "，电子邮箱：", amail("lxjtjzzk@jn.gov.cn"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 6
def d06(c):
    d = Doc(6, "special_operation_cert", "特种作业操作证注销公告")
    d.line(ag("济南市应急管理局"))
    d.line("关于注销部分特种作业操作证的公告")
    d.line("　　根据", law("《特种作业人员安全技术培训考核管理规定》"), "第三十九条，下列人员的特种作业操作证予以注销：")
    d.line("姓名　　证号　　　　　　　　　作业类别　　注销原因")
    for i in range(1, 13):
        n = c.mixed()
        idv = c.idno(c.pick(["licheng", "lixia", "jiaxiang"]), 1960, 1998, n)
        d.line(cells(P(n), ["T", ID(idv)], c.pick(["低压电工作业", "焊接与热切割作业", "高处安装维护作业", "制冷与空调作业"]),
                     c.pick(["本人申请", "超过有效期未复审", "死亡", "弄虚作假取得"]), sep="　　"))
    d.line("　　特此公告。咨询电话：", aphone("0531-51708236"), "。")
    d.line("　　　　　　　　", ag("济南市应急管理局"), "　", ev("2026年6月18日"))
    return d


# ----------------------------------------------------------------------------------------------- 7
def d07(c):
    d = Doc(7, "old_age_allowance_legacy", "高龄津贴发放花名册（一代身份证号）", newline="crlf")
    d.line(ag("临清市松林镇人民政府"))
    d.line("2026年度80周岁以上老年人高龄津贴发放花名册")
    d.line("村名　　姓名　　性别　　公民身份号码　　年龄　　津贴标准")
    for i in range(1, 15):
        n = c.name(c.pick(["old_m", "old_f", "any"]))
        idv = c.legacy("linqing", 1921, 1945, n)
        vil = village_only(c, "linqing")
        d.line(cells(vil, P(n), sex_of(n), ID(idv), f"{age_of(idv)}周岁", amt(c.pick(["100元/月", "200元/月"])), sep="　　"))
    d.line()
    d.line("（续表，百岁老人）")
    for i in range(3):
        n = c.name(c.pick(["old_m", "old_f"]))
        idv = c.legacy("linqing", 1920, 1926, n)
        d.line(cells(P(n), sex_of(n), ID(idv), f"{age_of(idv)}周岁", amt("500元/月"), sep=FW))
    d.line()
    d.line("　　档案编号：", serial("371581202606301"), "（共3页）；发放批次号", serial("202607150038421"), "。")
    d.line("　　镇民政办电话：", aphone("0635-2870129"))
    return d


# ----------------------------------------------------------------------------------------------- 8
def d08(c):
    d = Doc(8, "expropriation_compensation", "国有土地上房屋征收补偿公告")
    d.line(ag("济南市历城区人民政府"))
    d.line("历城区王舍人街道祝甸片区旧城改造项目房屋征收补偿情况公告")
    d.line("　　依据", law("《国有土地上房屋征收与补偿条例》"), "，现将已签约被征收人补偿情况公告如下：")
    d.line("被征收人\t房屋坐落\t建筑面积（㎡）\t补偿方式\t补偿金额（元）")
    for i in range(1, 15):
        n = c.mixed()
        k = COUNTIES["licheng"]
        addr = f"{c.pick(['祝甸路', '工业北路'])}{c.randint(1, 200)}号{c.randint(1, 12)}号楼{c.randint(1, 3)}单元{c.randint(1, 6)}0{c.randint(1, 2)}室"
        if i % 4 == 0:
            addr = f"王舍人街道祝甸村{c.randint(100, 420)}号"
        elif i % 4 == 1:
            addr = f"{k.county}王舍人街道" + addr
        area = f"{c.randint(40, 140)}.{c.randint(10, 99)}"
        d.line(cells(P(n), A(addr), area, c.pick(["货币补偿", "产权调换"]), amt(f"{c.randint(40, 260) * 10000 + c.randint(0, 9999)}")))
    d.line()
    d.line("　　房屋征收部门：", ag("济南市历城区房屋征收服务中心"), "，监督电话：", aphone("0531-88169027"), "。")
    d.line("　　征收实施单位：", org("济南祝甸城市建设发展有限公司"), "，住所：", oaddr("济南市历城区二环东路3966号东环国际广场A座"), "，联系电话：",
           aphone("0531-67898230"), "。")
    d.line("　　房地产价格评估机构：", org("山东正衡房地产土地评估有限公司"), "，注册地址：", oaddr("济南市历下区经十路13777号"), "。")
    d.line("　　举报电话：", aphone("0531-88161234"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 9
def d09(c):
    d = Doc(9, "expropriation_sign_list", "集体土地征收补偿安置签约公示")
    d.line(ag("嘉祥县梁宝寺镇人民政府"))
    d.line("关于梁宝寺镇东辛庄村集体土地征收地上附着物补偿签约情况的公示")
    d.line()
    d.line("　　一、已签约户（身份证号已脱敏）")
    for i in range(1, 9):
        n = c.mixed()
        d.line("　　", str(i), "．", P(n), "，身份证号", masked(f"3708{'*' * 10}{c.randint(100, 999)}{c.pick('0123456789X')}"),
               "，户籍地址：", A(f"嘉祥县梁宝寺镇东辛庄村{c.randint(1, 8)}组{c.randint(1, 60)}号"), "，补偿款",
               amt(f"{c.randint(3, 40) * 1000}元"), "。")
    d.line("　　二、未签约户")
    for i in range(1, 4):
        n = c.mixed()
        idv = c.idno("jiaxiang", 1950, 1990, n)
        d.line("　　", P(n), "（", ID(idv), "），房屋坐落于", A(f"嘉祥县梁宝寺镇东辛庄村{c.randint(1, 8)}组"),
               "，因对补偿标准有异议暂未签约。")
    d.line("　　三、征收补偿方案编号：", serial("370829202600017"), "；项目备案号：", serial("370829000012345"), "。")
    d.line("　　联系人：", OF(c.off()), "，联系电话：", aphone("0537-6691206"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 10
def d10(c):
    d = Doc(10, "rural_housing_renovation", "农村危房改造对象公示")
    d.line(ag("嘉祥县住房和城乡建设局"))
    d.line("2026年农村低收入群体等重点对象危房改造拟补助对象公示")
    d.line("户主姓名｜改造类型｜建设位置｜补助金额")
    for i in range(1, 13):
        n = c.mixed()
        loc = rural(c, "jiaxiang", head=c.pick([0, 1]))
        d.line(cells(P(n), c.pick(["原址翻建", "加固改造", "新建"]), A(loc), amt(f"{c.pick([15000, 20000, 25000])}元"), sep="｜"))
    d.line()
    d.line("　　户主", P(x := c.name("old_m")), "现住", A(rural(c, "jiaxiang", head=1)), "，其房屋经鉴定为C级危房。")
    d.line("　　县住建局村镇建设科：", aphone("0537-6851472"), "；县纪委监委举报电话：", aphone("0537-6852000"), "。")
    return d
