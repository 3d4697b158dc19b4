"""Documents 14-26: 双公示 and inspection results naming sole proprietors' shops (…区某某某日用品经营部),
a medical-aid roster with guardians, officials' appointment notices and news (the traps), private persons
written onto a title, kinship in petitions, service notices with Tibetan, Mongolian and Western names,
rosters with list markers, a foreign-employment list, consumer complaints, resettlement lists and a
village's 五保 roster where places look like names."""

from __future__ import annotations

from tests.data.dev3_gen.builder import Doc
from tests.data.dev4_gen.addr import rural
from tests.data.dev4_gen.common import ID, OF, A, P, USCC, ag, aphone, case, docno, ev, law, org, uscc_code
from tests.data.dev4_gen.docs_a import cells
from tests.data.dev4_gen.people import sex_of

from .common import figure, place
from .docs_a import VILLAGES

SHOPS = ["日用品经营部", "五金店", "副食品商店", "小吃店", "汽车修理部", "农资经营部", "服装店", "建材经营部", "理发店",
         "百货超市"]


def shop(c, n: str, district: str) -> list:
    """A sole proprietor's shop name with the owner's name inside (the name is personal data)."""
    return [district, P(n), c.pick(SHOPS)]


def joined(names: list, sep: str = "、") -> list:
    return [x for n in names for x in (P(n), sep)][:-1]


# ----------------------------------------------------------------------------------------------- 14
def d14(c):
    d = Doc(14, "double_publicity_sole_props", "双公示（个体工商户字号含经营者姓名）")
    d.line(ag("济南市历城区市场监督管理局"))
    d.line("行政许可信息公示（食品经营许可）")
    d.line("序号｜行政相对人名称｜统一社会信用代码｜经营者｜许可证编号｜许可决定日期")
    for i in range(1, 9):
        n = c.hard()
        d.line(cells(str(i), shop(c, n, "历城区"), USCC(uscc_code(c.rng, "370112")), P(n),
                     f"JY{c.randint(10000000, 99999999)}{c.randint(100000, 999999)}", ev(f"2026-{c.randint(1, 10):02d}-{c.randint(1, 28):02d}"),
                     sep="｜"))
    d.line("　　许可机关：", ag("济南市历城区市场监督管理局"))
    return d


# ----------------------------------------------------------------------------------------------- 15
def d15(c):
    d = Doc(15, "random_inspection_shops", "双随机抽查结果公示（只出现个体户字号）")
    d.line(ag("嘉祥县市场监督管理局"))
    d.line("2026年第三批“双随机、一公开”抽查结果公示")
    d.line("序号\t抽查对象\t抽查事项\t抽查结果")
    for i in range(1, 9):
        n = c.hard()
        d.line(cells(str(i), shop(c, n, "嘉祥县"), c.pick(["营业执照公示情况", "食品安全", "计量器具", "价格公示"]),
                     c.pick(["未发现问题", "责令整改", "已现场整改"])))
    d.line("　　另抽查企业：", org("嘉祥县王氏石雕工艺品有限公司"), "、", org("济宁市李家老酒坊酿造有限公司"), "，均未发现问题。")
    return d


# ----------------------------------------------------------------------------------------------- 16
def d16(c):
    d = Doc(16, "medical_aid_guardians", "医疗救助审批表汇总（单元格内 监护人…）")
    d.line(ag("库尔勒市医疗保障局"))
    d.line("2026年10月医疗救助对象汇总")
    d.line("序号｜救助对象｜年龄｜病种｜备注")
    for i in range(1, 9):
        n = c.name(c.pick(["uy_plain", "uy_dot", "plain", "rare7", "mongol"]))
        age = c.randint(2, 80)
        note = ["监护人", P(c.han())] if age < 16 else ["本人申请"]
        d.line(cells(str(i), P(n), str(age), c.pick(["白血病", "尿毒症", "先天性心脏病", "脑梗"]), note, sep="｜"))
    d.line("　　经办：", OF(c.off()), "　复核：", OF(c.off()))
    return d


# ----------------------------------------------------------------------------------------------- 17
def d17(c):
    d = Doc(17, "cadre_appointment_notice", "干部任前公示（全部为官员，均为陷阱）")
    d.line(ag("中共临清市委组织部"))
    d.line("干部任前公示")
    for _ in range(4):
        n = c.off()
        d.line("　　", OF(n), "，男，汉族，1978年10月生，现任临清市", c.pick(["农业农村局", "教育和体育局", "财政局"]),
               "副局长，拟任", c.pick(["市直部门正职", "乡镇党委书记"]), "。")
    d.line("　　公示期间，可向市委组织部反映。举报电话：", aphone("0635-2312380"), "　举报信箱：", ag("临清市委组织部干部监督科"))
    return d


# ----------------------------------------------------------------------------------------------- 18
def d18(c):
    d = Doc(18, "news_titles_private_vs_official", "新闻稿（官员职务后缀为陷阱，私人接同志、老人、师傅为人名）")
    d.line(ag("环翠区融媒体中心"))
    d.line("区领导走访慰问老党员和困难群众")
    o1, o2 = c.off(), c.off()
    a, b, e, f = c.hard(), c.hard(), c.hard(), c.han()
    d.line("　　", ev("11月8日"), "上午，", OF(o1), "副区长一行先后来到张村镇", place("王家疃村"), "和羊亭镇，走访慰问老党员",
           P(a), "同志、退休职工", P(b), "老人。")
    d.line("　　在", P(e), "师傅家中，", OF(o1), "详细询问了他的身体状况和生活困难。", P(f), "大娘说，党和政府的关怀让她感到温暖。")
    d.line("　　区民政局局长", OF(o2), "陪同走访。")
    return d


# ----------------------------------------------------------------------------------------------- 19
def d19(c):
    d = Doc(19, "petition_kinship", "信访复查意见（亲属称谓紧接姓名）")
    d.line(ag("威海市环翠区人民政府信访复查委员会"))
    d.line("信访事项复查意见书")
    a, b, e, f, g = c.hard(), c.hard(), c.han(), c.hard(), c.han()
    d.line("复查申请人：", P(a), "，", sex_of(a), "，", A(rural(c, "huancui", head=1)), "。")
    d.line("　　申请人", P(a), "不服原处理意见，认为其父", P(b), "名下宅基地被儿媳", P(e), "擅自变更登记，要求撤销。")
    d.line("　　经复查，", P(b), "生前与其侄子", P(f), "签订有赠与协议，叔叔", P(g), "在场见证。")
    d.line("　　复查机关：", ag("威海市环翠区人民政府"), "　", ev("2026年10月28日"))
    return d


# ----------------------------------------------------------------------------------------------- 20
def d20(c):
    d = Doc(20, "arbitration_notice_mixed", "仲裁公告送达（藏族、蒙古族、西方人名，有无间隔点）")
    d.line(ag("拉萨市劳动人事争议仲裁委员会"))
    d.line("公　告")
    names = [c.name("tibetan"), c.name("tibetan"), c.name("mongol"), c.name("western")]
    d.line("　　申请人", P(names[0]), "、", P(names[1]), "与被申请人拉萨雪域商贸有限公司劳动争议一案", case("拉劳人仲案字〔2026〕第215号"),
           "，因被申请人法定代表人", P(names[3]), "下落不明，现公告送达仲裁申请书副本。")
    d.line("　　另，申请人", P(names[2]), "与被申请人", org("拉萨高原之星旅行社有限公司"), "争议一案，定于", ev("2026年12月20日"),
           "开庭。")
    d.line("　　仲裁员", OF(c.off()), "　书记员", OF(c.off()))
    return d


# ----------------------------------------------------------------------------------------------- 21
def d21(c):
    d = Doc(21, "relief_list_markers", "特困人员供养名单（（1）…逐行，无“姓名”标签）")
    d.line(ag("嘉祥县马村镇人民政府"))
    d.line("2026年度特困人员分散供养名单公示")
    for i in range(1, 11):
        n = c.hard()
        mark = c.pick([f"（{i}）", f"{i}．", f"（{i}）", f"{i}、"])
        d.line("　　", mark, P(n), "　", sex_of(n), "　", str(c.randint(60, 95)), "岁　", place(c.pick(VILLAGES)))
    d.line("　　镇民政办：", aphone("0537-6710126"))
    return d


# ----------------------------------------------------------------------------------------------- 22
def d22(c):
    d = Doc(22, "foreign_employment_korean", "外国人工作许可公示（韩国、日本籍人员）")
    d.line(ag("威海市科学技术局"))
    d.line("2026年外国人来华工作许可（B类）准予许可名单")
    d.line("序号 姓名 国籍 工作单位")
    firms = ["威海三星电子零部件有限公司", "威海韩成精密机械有限公司", "威海东和食品有限公司"]
    for i in range(1, 9):
        n = c.name(c.pick(["korean", "korean", "jp7", "japanese"]))
        nat = "韩国" if n[0] in "金朴崔郑姜赵尹" and "·" not in n and len(n) == 3 else "日本"
        d.line(str(i), " ", P(n), " ", nat, " ", org(c.pick(firms)))
    d.line("　　据悉，中韩友好人士", figure("金大中"), "曾到访威海。联系电话：", aphone("0631-5231160"))
    return d


# ----------------------------------------------------------------------------------------------- 23
def d23(c):
    d = Doc(23, "consumer_complaint_reply", "消费投诉处理结果告知（投诉人…反映，经营者…）")
    d.line(ag("临清市市场监督管理局"))
    d.line("投诉处理结果告知书")
    a, b = c.hard(), c.hard()
    d.line(P(a), "：")
    d.line("　　您于", ev("2026年10月9日"), "投诉", shop(c, b, "临清市"), "销售过期食品一事，经调解，经营者", P(b), "同意退一赔十。")
    d.line("　　消费者", P(a), "对处理结果表示满意。经办人", OF(c.off()), "。")
    d.line("　　如有疑问，请拨打", aphone("0635-2388315"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 24
def d24(c):
    d = Doc(24, "resettlement_list", "拆迁安置房分配结果公告（顿号、空格分隔的名单）")
    d.line(ag("金水区丰产路街道办事处"))
    d.line("关于丰产路片区安置房选房结果的公告")
    d.line("　　第一批选房户（按选房顺序）：")
    d.line("　　", joined([c.hard() for _ in range(8)]))
    d.line("　　第二批选房户：")
    d.line("　　", joined([c.hard() for _ in range(8)], "  "))
    d.line("　　未按期选房户", P(c.han()), "、", P(c.han()), "视为放弃本轮选房。")
    d.line("　　监督电话：", aphone("0371-63968216"), "　", ag("金水区丰产路街道办事处"), ev("2026年11月18日"))
    return d


# ----------------------------------------------------------------------------------------------- 25
def d25(c):
    d = Doc(25, "penalty_natural_person", "行政处罚决定（当事人为自然人，姓名后无标点接身份证）")
    d.line(ag("历城区综合行政执法局"))
    d.line("行政处罚决定书")
    d.line(docno("济历综执罚字〔2026〕第318号"))
    a = c.hard()
    d.line("　　当事人", P(a), "身份证号码", ID(c.idno("licheng", 1960, 1995, a)), "，住址", A(rural(c, "licheng", head=2)), "。")
    d.line("　　", ev("2026年7月12日"), "，当事人", P(a), "在港沟街道私自搭建彩钢板房，违反了", law("《济南市城乡规划条例》第四十条"),
           "。")
    d.line("　　执法人员", OF(c.off()), "、", OF(c.off()), "现场调查。")
    return d


# ----------------------------------------------------------------------------------------------- 26
def d26(c):
    d = Doc(26, "village_affairs_wubao", "村务公开（五保户名单，村名像人名）")
    d.line(ag("临清市松林镇人民政府"))
    d.line("松林镇", place("刘官屯村"), "村务公开栏（2026年第三季度）")
    d.line("　　五保供养户：")
    for _ in range(3):
        d.line("　　", joined([c.hard() for _ in range(3)], "　　"))
    d.line("　　危房改造户：", joined([c.hard() for _ in range(3)]), "。")
    d.line("　　村党支部书记", OF(c.off()), "、村委会主任", OF(c.off()), "签字。")
    return d
