"""Documents 21-30: judgments' party lists (原告 / 被告 … 住 …, a company's 住所地), public-rental and
resettlement lists with two address columns (户籍地址 / 现居住地址, 原住址 / 安置地址), 胡同, 嘎查 and
村委会 + 村民小组, hyphenated and lettered flats (12-2-501, A座, 二期B区), addresses run straight into the
next word (…号的, …组村民), rosters headed only 地址, and a notice whose addresses are all an agency's,
a school's, a clinic's or a venue's."""

from __future__ import annotations

from tests.data.dev3_gen.builder import Doc, T
from tests.data.dev4_gen.common import DOB, ID, PH, A, P, aaddr, ag, amt, aphone, case, oaddr, org

from tests.data.dev4_gen.docs_a import cells

from .addr import community, fang, flat, gacha, hutong, hyphen, lane, natural_village, rural, tower
from .common import site, venue
from .places import C


def pseud(s: str) -> T:
    return T("pseudonym", s)


# ----------------------------------------------------------------------------------------------- 21
def d21(c):
    d = Doc(21, "civil_judgment_parties", "民事判决书当事人（原告、被告住…，公司住所地）")
    d.line(ag("福建省福州市鼓楼区人民法院"))
    d.line("民事判决书")
    d.line(case("（2026）闽0102民初5518号"))
    a, b = c.han(), c.han()
    d.line("　　原告：", P(a), "，", c.sex(a), "，", DOB(f"{c.randint(1960, 1990)}年{c.randint(1, 12)}月{c.randint(1, 28)}日"),
           "出生，汉族，住", A(hyphen(c, "fzgulou", head=c.pick([1, 2, 3]))), "。")
    d.line("　　被告：", P(b), "，", c.sex(b), "，", DOB(f"{c.randint(1960, 1990)}年{c.randint(1, 12)}月{c.randint(1, 28)}日"),
           "出生，汉族，户籍地", A(fang(c, "fzgulou", head=c.pick([1, 2]))), "，现住", A(tower(c, "fzgulou", head=0)), "。")
    d.line("　　被告：", org("福州华林物业服务有限公司"), "，住所地", oaddr("福州市鼓楼区湖东路152号中山大厦A座18层"), "。")
    e = c.han()
    d.line("　　法定代表人：", P(e), "，该公司总经理。")
    d.line("　　本院于2026年6月3日立案后，依法适用简易程序，公开开庭进行了审理。本院地址：", aaddr("福州市鼓楼区东街街道杨桥东路18号"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 22
def d22(c):
    d = Doc(22, "public_rental_two_columns", "公租房配租公示（户籍地址与现居住地址两列，胡同）")
    d.line(ag("北京市东城区住房和城市建设委员会"))
    d.line("2026年第三批公共租赁住房配租家庭公示")
    d.line("序号\t申请人\t户籍地址\t现居住地址\t家庭人口")
    for i in range(1, 8):
        n = c.han()
        d.line(cells(str(i), P(n), A(hutong(c, head=c.pick([0, 1, 2]), street=c.chance(0.5))),
                     A(c.pick([hutong(c, head=0), flat(c, "dongcheng", head=c.pick([0, 1]), unit="号楼"),
                               f"{c.pick(C['dongcheng'].estates)}{c.randint(1, 20)}号楼{c.randint(1, 6)}门{c.randint(1, 16)}0{c.randint(1, 4)}号"])),
                     str(c.randint(1, 5))))
    d.line("　　配租房源位于", site("东城区永定门外街道琉璃井路保障房项目"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 23
def d23(c):
    d = Doc(23, "grassland_subsidy_gacha", "草原生态补奖发放名册（嘎查、社，详细地址一列）")
    d.line(ag("达拉特旗农牧局"))
    d.line("2026年草原生态保护补助奖励资金发放名册")
    d.line("姓名 详细地址 补奖面积（亩） 金额（元）")
    for _ in range(8):
        n = c.name(c.pick(["any", "mongol", "mongol"]))
        d.line(cells(P(n), A(gacha(c, head=c.pick([0, 0, 1]))), str(c.randint(50, 900)), amt(str(c.randint(500, 9000))), sep=" "))
    d.line("　　资金通过“一卡通”发放，咨询电话：", aphone("0477-5212398"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 24
def d24(c):
    d = Doc(24, "relocation_resettlement", "易地扶贫搬迁安置公示（原住址、安置地址，村委会、村民小组）")
    d.line(ag("蒙自市发展和改革局"))
    d.line("易地扶贫搬迁安置住房分配结果公示")
    d.line("户主｜搬迁人口｜原住址｜安置地址")
    for _ in range(7):
        n = c.name(c.pick(["any", "yi", "any"]))
        new = f"观澜街道观澜安置小区{c.pick('ABCD')}区{c.randint(1, 16)}栋{c.randint(1, 3)}单元{c.randint(1, 6)}0{c.randint(1, 4)}室"
        d.line(cells(P(n), str(c.randint(1, 7)), A(natural_village(c, head=c.pick([0, 1]), house=c.chance(0.5))), A(new), sep="｜"))
    d.line("　　安置点位于", site("蒙自市观澜街道天马路东侧"), "，由", org("红河州城乡建设投资有限公司"), "承建。")
    return d


# ----------------------------------------------------------------------------------------------- 25
def d25(c):
    d = Doc(25, "police_bulletin_run_on", "警情通报（住址后直接接下文，化名）")
    d.line(ag("江津区公安局"))
    d.line("警情通报")
    v = c.han()
    d.line("　　2026年11月8日，我局接群众报警，称", A(flat(c, "jiangjin", head=0, unit="栋")), "的住户家中被盗。经查，",
           "嫌疑人", pseud("刘某某"), "（男，34岁，", "租住于", A(hyphen(c, "jiangjin", head=1)), "）有重大作案嫌疑，已于11月9日被抓获。")
    d.line("　　另，", A(rural(c, "jiangjin", head=1)), "村民", P(v), "报称其摩托车被盗，案件正在侦办中。")
    w = c.han()
    d.line("　　失主", P(w), "家住", A(community(c, "jiangjin", head=0)), "附近，已领回被盗财物。")
    d.line("　　警方提醒：请居民关好门窗。报警电话：", T("hotline", "110"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 26
def d26(c):
    d = Doc(26, "dishonest_debtors_list", "失信被执行人名单（表头只写“地址”）")
    d.line(ag("襄阳市中级人民法院"))
    d.line("失信被执行人名单（第十二批）")
    d.line("被执行人\t身份证号码\t地址\t执行标的（元）")
    for _ in range(6):
        n = c.han()
        where = c.pick([flat(c, "fancheng", head=c.pick([1, 2]), unit="栋"), rural(c, "fancheng", head=1),
                        hyphen(c, "fancheng", head=1, mixed=True), lane(c, "fancheng", head=1)])
        d.line(cells(P(n), ID(c.id6("fancheng", 1960, 1995, n)), A(where), amt(str(c.randint(20000, 900000)))))
    d.line("　　", org("襄阳汉江建材有限公司"), "\t", oaddr("樊城区牛首镇工业园8号"), "（企业，另册公布）")
    return d


# ----------------------------------------------------------------------------------------------- 27
def d27(c):
    d = Doc(27, "school_enrolment_property", "小学新生入学资格公示（房产地址、户籍地址）")
    d.line(ag("海宁市教育局"))
    d.line("海宁市实验小学2026年秋季新生入学资格审核结果")
    d.line("学生\t监护人\t房产地址\t户籍地址")
    for _ in range(6):
        s, g = c.name("young"), c.han()
        house = c.pick([flat(c, "haining", head=0, unit="幢"), tower(c, "haining", head=0), hyphen(c, "haining", head=0)])
        same = c.chance(0.3)
        d.line(cells(P(s), P(g), A(house), "同房产地址" if same else A(rural(c, "haining", head=c.pick([0, 1])))))
    d.line("　　学校地址：", aaddr("海宁市硖石街道文苑南路72号"), "；咨询电话：", aphone("0573-87231546"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 28
def d28(c):
    d = Doc(28, "village_affairs_run_on", "村务公开（…号的、…组村民，地址后无标点）")
    d.line(ag("滑县万古镇人民政府"))
    d.line("关于2026年度农村低保动态调整的评议结果")
    k = C["huaxian"]
    for _ in range(5):
        n = c.han()
        where = f"{c.pick(k.villages)}{c.pick(['一', '二', '三', '四', '五', '六', '七', '八'])}组{c.randint(1, 90)}号"
        d.line("　　经村民代表会议评议，家住", A(where), "的", P(n), "家庭因", c.pick(["病", "残", "灾"]), "致贫，拟纳入低保。")
    for _ in range(3):
        n = c.han()
        d.line("　　", A(rural(c, "huaxian", head=c.pick([0, 1]), house=False)), "村民", P(n), "家庭收入超过标准，拟退出低保。")
    d.line("　　评议地点：", venue("万古镇东冯营村党群服务中心会议室"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 29
def d29(c):
    d = Doc(29, "legal_aid_recipients", "法律援助受援人信息（联系地址、通讯地址、邮寄地址）")
    d.line(ag("西秀区司法局"))
    d.line("法律援助案件指派通知（摘录）")
    for _ in range(4):
        n = c.han()
        label = c.pick(["联系地址", "通讯地址", "邮寄地址", "经常居住地"])
        d.line("　　受援人", P(n), "，", label, "：", A(c.pick([flat(c, "xixiu", head=c.pick([1, 2]), unit="栋"),
                                                           rural(c, "xixiu", head=1), tower(c, "xixiu", head=1)])),
               "，联系电话：", PH(c.mobile()), "。")
    o = c.han()
    d.line("　　承办律师：", P(o), "，", org("贵州黔中律师事务所"), "（地址：", oaddr("安顺市西秀区塔山东路38号"), "）。")
    return d


# ----------------------------------------------------------------------------------------------- 30
def d30(c):
    d = Doc(30, "service_points_only", "便民服务点一览（机关、学校、卫生院、场地地址，均非住址）")
    d.line(ag("莲池区人民政府办公室"))
    d.line("关于公布2026年冬季便民服务点的通知")
    d.line("服务点\t地址\t服务时间")
    d.line(cells(ag("和平里街道办事处"), aaddr("莲池区和平里街道裕华西路216号"), "周一至周五"))
    d.line(cells(org("莲池区五四路社区卫生服务中心"), oaddr("莲池区五四路街道城隍庙街33号"), "全天"))
    d.line(cells(org("保定市第十七中学"), oaddr("莲池区东风巷18号"), "周末"))
    d.line(cells(ag("韩村乡人民政府"), aaddr("莲池区韩村乡韩村北街1号"), "周一至周五"))
    d.line(cells(venue("莲池区全民健身中心"), venue("莲池区南关街道太平里88号体育场东门"), "每日"))
    d.line("　　联系人：", P(c.han()), "，电话：", aphone("0312-3086215"), "。")
    return d
