"""Documents 1-10: court and agency service notices (受送达人 …，住…), expropriation announcements
(被征收人 + 房屋坐落), relief rosters with a 家庭住址 column, 双公示 of natural persons (住所) and penalty
decisions (当事人 … 住址)."""

from __future__ import annotations

from tests.data.dev3_gen.builder import Doc
from tests.data.dev4_gen.common import DOB, ID, A, P, aaddr, ag, amt, aphone, case, docno, law, oaddr, org
from tests.data.dev4_gen.docs_a import cells

from .addr import flat, home, lane, nong, rural
from .common import site, venue
from .places import C


# ----------------------------------------------------------------------------------------------- 1
def d01(c):
    d = Doc(1, "court_service_notice", "法院公告送达（受送达人…，住…）")
    d.line(ag("湖南省永兴县人民法院"))
    d.line("公　告")
    for _ in range(4):
        n = c.han()
        lead = c.pick(["住", "住", "现住", "户籍地", "住址"])
        sep = "" if lead in ("住", "现住") else "："
        d.line("　　受送达人", P(n), "，", c.sex(n), "，", DOB(f"{c.randint(1955, 1995)}年{c.randint(1, 12)}月{c.randint(1, 28)}日"), "出生",
               "，汉族，", lead, sep, A(home(c, "yongxing", head=c.pick([1, 2, 3]))), "。")
    d.line("　　本院受理原告永兴县银都小额贷款有限公司诉上列被告借款合同纠纷一案", case("（2026）湘1023民初2216号"),
           "，因你们下落不明，依照", law("《中华人民共和国民事诉讼法》第九十五条"), "的规定，向你们公告送达起诉状副本、应诉通知书、举证通知书及开庭传票。")
    d.line("　　开庭地点：", venue("本院第三审判庭"), "。本院地址：", aaddr("永兴县便江街道银都大道28号"), "，联系电话：",
           aphone("0735-5521307"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 2
def d02(c):
    d = Doc(2, "admin_service_notice", "行政机关公告送达（当事人…，住所地…）")
    d.line(ag("襄阳市樊城区城市管理执法局"))
    d.line("关于公告送达《责令限期改正通知书》的公告")
    d.line("　　下列当事人因无法直接送达，现依法公告送达：")
    for i in range(1, 6):
        n = c.han()
        form = c.pick(["住所地", "住", "居住于", "送达地址"])
        where = c.pick([lambda: flat(c, "fancheng", head=c.pick([0, 1]), unit=c.pick(["栋", "幢"])),
                        lambda: lane(c, "fancheng", head=c.pick([0, 1])),
                        lambda: rural(c, "fancheng", head=1)])()
        d.line("　　", str(i), "．", P(n), "，", form, "" if form in ("住", "居住于") else "：", A(where), "，违法行为：擅自在",
               site(c.pick(["春园西路与前进东路交叉口", "沿江大道滨江段绿化带", "米公街道长虹路口"])), "搭建构筑物。")
    d.line("　　当事人可于公告期满前到", venue("樊城区城市管理执法局二楼法制科"), "领取，地址：", aaddr("樊城区人民路169号"), "。")
    d.line("　　", docno("樊城管执告〔2026〕17号"))
    return d


# ----------------------------------------------------------------------------------------------- 3
def d03(c):
    d = Doc(3, "expropriation_compensation", "国有土地上房屋征收补偿公告（被征收人、房屋坐落）")
    d.line(ag("海宁市住房和城乡建设局"))
    d.line("硖石街道西山路片区旧城改建项目房屋征收补偿情况公示")
    d.line("　　征收范围：", site("硖石街道西山路以北、洛塘河以南、文苑南路以西地块"), "。现将分户补偿情况公示如下：")
    d.line("序号\t被征收人\t房屋坐落\t建筑面积（㎡）\t补偿金额（元）")
    for i in range(1, 9):
        n = c.han()
        k = C["haining"]
        style = c.pick(["flat", "lane", "estate", "head"])
        if style == "flat":
            where = f"{c.pick(k.streets)}{c.pick(k.roads)}{c.randint(1, 99)}号{c.pick(k.estates)}{c.randint(1, 12)}幢{c.randint(1, 4)}单元{c.randint(1, 6)}0{c.randint(1, 4)}室"
        elif style == "lane":
            where = lane(c, "haining", head=0)
        elif style == "estate":
            where = f"{c.pick(k.estates)}{c.randint(1, 12)}幢{c.randint(1, 6)}0{c.randint(1, 4)}室"
        else:
            where = flat(c, "haining", head=1, unit="幢")
        d.line(cells(str(i), P(n), A(where), f"{c.randint(45, 140)}.{c.randint(10, 99)}", amt(f"{c.randint(60, 260)}{c.randint(1000, 9999)}")))
    d.line("　　征收部门办公地址：", aaddr("海宁市海洲街道水月亭西路188号"), "，咨询电话：", aphone("0573-87025516"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 4
def d04(c):
    d = Doc(4, "dibao_roster_address", "城乡低保对象公示（家庭住址一栏）")
    d.line(ag("砀山县民政局"))
    d.line("2026年第四季度新增城乡最低生活保障对象公示")
    d.line("序号 户主姓名 性别 家庭住址 保障人数 月保障金（元）")
    for i in range(1, 13):
        n = c.han()
        where = rural(c, "dangshan", head=c.pick([0, 0, 1]), house=c.chance(0.6))
        d.line(cells(str(i), P(n), c.sex(n), A(where), str(c.randint(1, 5)), amt(str(c.randint(3, 12) * 100)), sep=" "))
    d.line("　　公示期7天，监督电话：", aphone("0557-8021463"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 5
def d05(c):
    d = Doc(5, "temporary_relief_split_cells", "临时救助对象公示（乡镇与住址分列）")
    d.line(ag("吴川市民政局"))
    d.line("2026年11月临时救助对象名单")
    d.line("序号｜姓名｜所在镇（街道）｜家庭住址｜救助事由｜救助金额")
    k = C["wuchuan"]
    for i in range(1, 11):
        n = c.han()
        town = c.pick(k.towns + k.streets)
        if "街道" in town:
            rest = f"{c.pick(k.roads)}{c.randint(1, 300)}号{c.pick(k.estates)}{c.randint(1, 20)}栋{c.randint(1, 30)}0{c.randint(1, 4)}房"
        else:
            rest = f"{c.pick(k.villages)}{c.pick('东西南北')}{c.pick('一二三四五六')}巷{c.randint(1, 40)}号"
        d.line(cells(str(i), P(n), town, A(rest), c.pick(["因病", "因灾", "因学", "突发事件"]), amt(f"{c.randint(5, 30) * 100}"), sep="｜"))
    d.line("　　如有异议，请于7日内向市民政局社会救助股反映。")
    return d


# ----------------------------------------------------------------------------------------------- 6
def d06(c):
    d = Doc(6, "double_publicity_persons", "行政处罚双公示（自然人住所与企业住所）")
    d.line(ag("河间市市场监督管理局"))
    d.line("行政处罚信息公示（2026年11月）")
    d.line("行政相对人名称\t类别\t住所\t处罚决定书文号\t处罚内容")
    for i in range(6):
        if i % 2 == 0:
            n = c.han()
            d.line(cells(P(n), "自然人", A(c.pick([rural(c, "hejian", head=c.pick([1, 2])), flat(c, "hejian", head=1, unit="号楼")])),
                         docno(f"河市监罚〔2026〕{c.randint(100, 499)}号"), amt(f"罚款{c.randint(1, 30) * 1000}元")))
        else:
            firm = c.pick(["河间市瀛海五金制品有限公司", "沧州鸿运保温材料有限公司", "河间市景和古玩城管理有限公司"])
            d.line(cells(org(firm), "法人", oaddr(f"河间市{c.pick(['瀛州路街道', '景和镇'])}{c.pick(['工业园区', '新华东路'])}{c.randint(1, 99)}号"),
                         docno(f"河市监罚〔2026〕{c.randint(500, 899)}号"), amt(f"罚款{c.randint(1, 30) * 1000}元")))
    d.line("　　", ag("河间市市场监督管理局"), "地址：", aaddr("河间市瀛州西路126号"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 7
def d07(c):
    d = Doc(7, "penalty_decision_person", "行政处罚决定书（当事人住址，无省市前缀）")
    d.line(ag("滑县自然资源局"))
    d.line("行政处罚决定书")
    d.line(docno("滑自然资罚〔2026〕58号"))
    n = c.han()
    d.line("　　当事人：", P(n), "，性别：", c.sex(n), "，身份证号码：", ID(c.id6("huaxian", 1960, 1990, n)))
    h = rural(c, "huaxian", head=0)
    d.line("　　住址：", A(h))
    d.line("　　经查，当事人于2026年3月未经批准，在", A(rural(c, "huaxian", head=0, house=False)), "北侧占用耕地建房，占地面积",
           amt("186平方米"), "。")
    d.line("　　以上事实有现场勘测笔录、询问笔录等证据证实。依据", law("《中华人民共和国土地管理法》第七十八条"), "，决定如下：",
           "责令退还非法占用的土地，限期拆除新建的房屋。")
    n2 = c.han()
    d.line("　　另查，当事人之子", P(n2), "（现住", A(flat(c, "huaxian", head=0, unit="栋")), "）参与施工。")
    d.line("　　如不服本决定，可在六十日内向滑县人民政府申请行政复议。本局地址：", aaddr("滑县道口镇新区路66号"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 8
def d08(c):
    d = Doc(8, "hukou_cancellation_notice", "户籍注销与迁移公告（户籍地址、居住地址）")
    d.line(ag("莱州市公安局文昌路派出所"))
    d.line("关于注销重复户口的公告")
    d.line("　　经核查，下列人员存在重复户口，现拟注销其中一处户口登记：")
    for i in range(1, 5):
        n = c.han()
        d.line("　　", str(i), "．", P(n), "，", c.sex(n), "，公民身份号码", ID(c.id6("laizhou", 1950, 2000, n)), "，户籍地址：",
               A(c.pick([flat(c, "laizhou", head=c.pick([1, 2]), unit="号楼"), rural(c, "laizhou", head=c.pick([1, 2])),
                         lane(c, "laizhou", head=1)])), "。")
    d.line("　　请上述人员于公告之日起30日内到", venue("文昌路派出所户籍室"), "办理相关手续。联系电话：", aphone("0535-2213110"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 9
def d09(c):
    d = Doc(9, "residence_permit_notice", "居住证积分入户公示（居住地址）")
    d.line(ag("上海市闵行区人民政府"))
    d.line("2026年度居住证积分达到标准分值人员公示")
    d.line("序号\t姓名\t居住地址\t积分")
    for i in range(1, 9):
        n = c.han()
        where = nong(c, "minhang", head=c.pick([0, 1, 2]), street=c.chance(0.3))
        d.line(cells(str(i), P(n), A(where), str(c.randint(120, 160))))
    d.line("　　受理地点：", venue("闵行区社区事务受理服务中心一楼大厅"), "，地址：", aaddr("闵行区沪闵路6258号"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 10
def d10(c):
    d = Doc(10, "rural_house_approval", "农村村民住宅建设审批公示（建设位置）")
    d.line(ag("吴起县周湾镇人民政府"))
    d.line("农村宅基地和建房（规划许可）审批结果公示")
    d.line("申请人\t家庭人口\t建设位置\t占地面积")
    k = C["wuqi"]
    for _ in range(7):
        n = c.han()
        where = f"{c.pick(['周湾镇', ''])}{c.pick(k.villages)}{c.randint(1, 9)}组{c.pick(['', ''])}{c.randint(1, 60)}号"
        d.line(cells(P(n), str(c.randint(2, 7)), A(where), amt(f"{c.randint(120, 200)}㎡")))
    d.line("　　另：", site("周湾镇至长城镇通村公路拓宽工程"), "建设位置为", site("周湾镇张湾村至马崾岘村段"), "，不在本次公示之列。")
    return d
