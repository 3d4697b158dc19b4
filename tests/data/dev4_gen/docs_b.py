"""Documents 11-20: proposal replies, 双公示 lists, service notices of courts and arbitration, officials."""

from __future__ import annotations

from tests.data.dev3_gen.builder import Doc

from .addr import urban
from .common import (A, ID, OF, P, PH, USCC, aaddr, ag, amail, amt, aphone, case, docno, ev, hot, law, oaddr, odata,
                     org, serial, uscc_code)
from .docs_a import cells
from .people import COUNTIES


# ----------------------------------------------------------------------------------------------- 11
def d11(c):
    d = Doc(11, "deputy_suggestion_reply", "人大代表建议办理复文（含抄送）")
    rep, co = c.name("mid"), c.name("any")
    d.line(ag("济南市交通运输局"))
    d.line(docno("济交建复〔2026〕47号"), "　　　　　　　　签发人：", OF(c.off()))
    d.line()
    d.line("对市十八届人大三次会议第0312号建议的答复")
    d.line()
    d.line(P(rep), "代表：")
    d.line("　　您提出的《关于加密历城区东部公交线路的建议》收悉。您和", P(co),
           "代表反映的唐冶片区居民早高峰乘车难问题，我局高度重视，现答复如下：")
    d.line("　　一、我局已会同", org("济南公交集团"), "对唐冶片区客流进行调查，计划于", ev("2026年10月"), "前新开通两条定制公交线路。")
    d.line("　　二、关于您在建议中提到的", P(res := c.name("old_m")), "等十余位老年居民联名来信反映的换乘问题，我局将在港沟街道增设换乘站点。")
    d.line("　　感谢您对交通运输工作的关心和支持。")
    d.line()
    d.line("　　联系单位及电话：市交通运输局综合规划处　", aphone("0531-51708563"))
    d.line("　　联 系 人：", OF(c.off()))
    d.line()
    d.line("　　　　　　　　　　　　　　", ag("济南市交通运输局"))
    d.line("　　　　　　　　　　　　　　", ev("2026年6月20日"))
    d.line("　　（此件公开发布）")
    d.line()
    d.line("抄送：市人大常委会代表工作室，市政府督查室，", P(co), "代表（手机", PH(c.mobile()), "）。")
    return d


# ----------------------------------------------------------------------------------------------- 12
def d12(c):
    d = Doc(12, "cppcc_proposal_reply", "政协委员提案答复函")
    m1, m2, m3 = c.name("any"), c.name("four"), c.name("compound")
    d.line(ag("威海市卫生健康委员会"))
    d.line("关于市政协十四届四次会议第146号提案的答复")
    d.line()
    d.line(P(m1), "委员、", P(m2), "委员、", P(m3), "委员：")
    d.line("　　你们提出的《关于加强基层医疗机构儿科服务能力的提案》收悉，经认真研究，现答复如下：")
    d.line("　　一是推进儿科医联体建设。", org("威海市妇幼保健院"), "已与12家镇卫生院建立对口帮扶关系。")
    d.line("　　二是加强人才培养。", ev("2026年"), "计划培训基层儿科医生120名。")
    d.line("　　", P(m1), "委员在调研中提出的夜间急诊问题，我委已责成各区市卫生健康局研究解决。")
    d.line()
    d.line("　　联系人：", OF(c.off()), "　联系电话：", aphone("0631-5206127"), "　电子邮箱：", amail("whwjwyzc@wh.shandong.cn"))
    d.line("　　单位地址：", aaddr("威海市环翠区青岛北路6号"))
    d.line()
    d.line("抄送：市政协提案委员会，市政府办公室，", P(m2), "委员。")
    d.line(ag("威海市卫生健康委员会办公室"), "　　　　", ev("2026年7月3日"), "印发")
    return d


# ----------------------------------------------------------------------------------------------- 13
def d13(c):
    d = Doc(13, "double_publicity_license", "行政许可双公示（｜分隔）")
    d.line(ag("济南市历城区行政审批服务局"))
    d.line("行政许可信息公示（2026年第35期）")
    d.line("行政相对人名称｜行政相对人代码（统一社会信用代码）｜法定代表人｜许可决定书文号｜许可内容｜许可决定日期")
    rows = []
    for i in range(1, 13):
        kind = i % 3
        if kind == 0:  # company
            nm = c.pick(["济南恒晟商贸有限公司", "山东鼎泰建筑工程有限公司", "济南市历城区康宁医药有限公司",
                         "济南汇通物流有限公司", "山东青禾餐饮管理有限公司"])
            lp = c.name("any")
            code = uscc_code(c.rng, "370112", "91")
            d.line(cells(org(nm), USCC(code), P(lp),
                         docno(f"历城审批许字〔2026〕{c.randint(1000, 4000)}号"), c.pick(["食品经营许可", "道路货物运输经营许可", "药品经营许可"]),
                         ev(f"2026年8月{c.randint(1, 28)}日"), sep="｜"))
        elif kind == 1:  # sole proprietor: shop named after the owner
            owner = c.name(c.pick(["any", "han3", "two"]))
            shop = ["历城区", P(owner), c.pick(["日用品经营部", "小吃部", "便利店", "烟酒商行", "蔬菜店"])]
            code = uscc_code(c.rng, "370112", "92")
            d.line(cells(shop, USCC(code), P(owner), docno(f"历城审批许字〔2026〕{c.randint(1000, 4000)}号"),
                         c.pick(["食品经营许可", "小餐饮登记", "烟草专卖零售许可"]), ev(f"2026年8月{c.randint(1, 28)}日"), sep="｜"))
        else:  # natural person: the ID number stands in the code column
            p = c.mixed()
            idv = c.idno("licheng", 1960, 2000, p)
            d.line(cells(P(p), ID(idv), "——", docno(f"历城审批许字〔2026〕{c.randint(1000, 4000)}号"),
                         c.pick(["建设工程规划许可（农村村民住宅）", "出租汽车驾驶员从业资格注册", "占用城市道路许可"]),
                         ev(f"2026年8月{c.randint(1, 28)}日"), sep="｜"))
    d.line()
    d.line("　　许可机关：", ag("济南市历城区行政审批服务局"), "；公示咨询：", aphone("0531-88111026"), "；信用中国（山东）查询。")
    return d


# ----------------------------------------------------------------------------------------------- 14
def d14(c):
    d = Doc(14, "double_publicity_penalty", "行政处罚双公示（制表符分隔）")
    d.line(ag("临清市市场监督管理局"))
    d.line("行政处罚案件信息公示表")
    d.line("处罚决定书文号\t违法主体名称\t统一社会信用代码/身份证号\t法定代表人（负责人、经营者）\t违法行为类型\t处罚内容\t处罚机关")
    for i in range(1, 11):
        no = docno(f"临市监罚〔2026〕{c.randint(10, 400)}号")
        if i % 2:
            owner = c.mixed()
            shop = ["临清市", c.pick(["先锋路", "青年路"]), P(owner), c.pick(["小吃店", "副食部", "五金门市", "理发店"])]
            d.line(cells(no, shop, USCC(uscc_code(c.rng, "371581", "92")), P(owner), c.pick(["销售过期食品", "未亮照经营", "价格违法"]),
                         ["罚款", amt(f"{c.randint(1, 20) * 500}元")], ag("临清市市场监督管理局")))
        else:
            p = c.mixed()
            idv = c.idno("linqing", 1965, 2001, p)
            d.line(cells(no, P(p), ID(idv), P(p), c.pick(["无照经营", "销售假冒注册商标商品", "无证从事食品摊贩经营"]),
                         ["没收违法所得并罚款", amt(f"{c.randint(1, 20) * 300}元")], ag("临清市市场监督管理局")))
    d.line()
    d.line("　　注：个体工商户原营业执照注册号", serial("371581600207341"), "已换发统一社会信用代码。")
    d.line("　　监督电话：", aphone("0635-2362315"), "；投诉举报：", hot("12315"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 15
def d15(c):
    d = Doc(15, "court_service_uyghur", "法院公告送达（维吾尔族当事人）", encoding="utf-8-sig")
    d.line(ag("库尔勒市人民法院"))
    d.line("公　告")
    ps = []
    for i, style in enumerate(["uy_dot", "uy_plain", "uy_dot", "any", "uy_plain", "uy_dot"]):
        ps.append(c.name(style))
    for i, p in enumerate(ps):
        no = case(f"（2026）新2801民初{c.randint(100, 3999)}号")
        pl = c.pick([ps[(i + 1) % len(ps)], None])
        d.line(P(p), "：")
        d.line("　　本院受理原告", org(c.pick(["库尔勒恒信小额贷款有限公司", "巴州农村商业银行股份有限公司"])) if pl is None else P(pl),
               "诉你", c.pick(["民间借贷纠纷", "金融借款合同纠纷", "买卖合同纠纷"]), "一案（", no,
               "），因你下落不明，依照", law("《中华人民共和国民事诉讼法》第九十五条"), "规定，向你公告送达起诉状副本、应诉通知书、举证通知书及开庭传票。"
               "自公告之日起经过三十日即视为送达。")
        if i % 2 == 0:
            d.line("　　你的户籍地址为", A(f"库尔勒市{c.pick(COUNTIES['korla'].towns)}{c.pick(['团结', '英下', '恰尔巴格'])}村{c.randint(1, 9)}组{c.randint(1, 90)}号"), "。")
    d.line()
    d.line("　　本院地址：", aaddr("库尔勒市石化大道198号"), "；联系电话：", aphone("0996-2028506"), "。")
    d.line("　　　　　　　　　　", ag("新疆维吾尔自治区库尔勒市人民法院"), "　", ev("2026年5月12日"))
    return d


# ----------------------------------------------------------------------------------------------- 16
def d16(c):
    d = Doc(16, "labour_arbitration_foreign", "劳动人事争议仲裁公告送达（外籍当事人）")
    d.line(ag("威海市劳动人事争议仲裁委员会"))
    d.line("公告送达书")
    cos = [("威海丰和精密机械有限公司", "威海市环翠区羊亭镇海滨路88号"), ("威海韩泰电子有限公司", "威海市环翠区张村镇青岛北路401号"),
           ("威海瑞光日用品有限公司", "威海市环翠区温泉镇文化西路15号")]
    for style, (co, loc) in zip(["japanese", "korean", "western"] * 3, cos * 3):
        p = c.name(style)
        d.line(org(co), "：")
        d.line("　　申请人", P(p), "与你单位劳动争议一案（", case(f"威劳人仲案字〔2026〕第{c.randint(100, 900)}号"), "），本委已受理。"
               "因通过法定方式无法送达，现公告送达仲裁申请书副本、开庭通知书。开庭时间：", ev(f"2026年9月{c.randint(1, 28)}日"), "。")
        d.line("　　你单位住所：", oaddr(loc), "。")
        if style == "korean":
            d.line("　　申请人", P(p), "现住", A(urban(c, "huancui", head=1)), "，护照信息略。")
    d.line("　　本委地址：", aaddr("威海市环翠区海滨路39号"), "，电话：", aphone("0631-5336290"), "，邮箱：", amail("whldzc@weihai.gov.cn"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 17
def d17(c):
    d = Doc(17, "court_service_tibetan_mongolian", "法院公告（藏族、蒙古族当事人）")
    d.line(ag("拉萨市城关区人民法院"))
    d.line("公告")
    for style in ["tibetan", "tibetan", "tibetan"]:
        p, q = c.name(style), c.name("tibetan")
        d.line("　　", P(p), "：本院受理原告", P(q), "诉你离婚纠纷一案，现依法向你公告送达起诉状副本及开庭传票。")
        d.line("　　原告", P(q), "住", A(f"拉萨市城关区{c.pick(COUNTIES['lhasa'].towns)}{c.pick(['北京中路', '林廓北路'])}{c.randint(1, 99)}号"), "。")
    d.line("　　本院地址：", aaddr("拉萨市城关区江苏路21号"), "，联系电话：", aphone("0891-6322153"), "。")
    d.line()
    d.line(ag("呼和浩特市新城区人民法院"))
    d.line("公告")
    for _ in range(4):
        p = c.name("mongol")
        d.line("　　", P(p), "：原告", org("内蒙古蒙银担保有限公司"), "诉你追偿权纠纷一案（", case(f"（2026）内0102民初{c.randint(1000, 9000)}号"),
               "），本院依法公告送达。你的住所地：", A(f"呼和浩特市新城区{c.pick(['东街街道', '迎新路街道'])}{c.pick(COUNTIES['hohhot'].roads)}{c.randint(1, 200)}号{c.randint(1, 20)}号楼{c.randint(1, 6)}单元{c.randint(1, 18)}0{c.randint(1, 4)}室"), "。")
    d.line("　　联系电话：", aphone("0471-6592037"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 18
def d18(c):
    d = Doc(18, "cadre_pre_appointment", "干部任前公示")
    d.line(ag("中共临清市委组织部"))
    d.line("干部任前公示")
    d.line("　　根据", law("《党政领导干部选拔任用工作条例》"), "规定，经市委研究，现将拟任职干部情况予以公示：")
    for i in range(1, 6):
        o = c.off()
        y = c.randint(1972, 1990)
        d.line("　　", OF(o), "，", c.pick(["男", "女"]), "，汉族，", odata(f"{y}年{c.randint(1, 12)}月生"), "，山东临清人，",
               c.pick(["大学学历", "研究生学历", "在职研究生学历"]), "，中共党员，现任", c.pick(["市发展和改革局副局长", "松林镇党委副书记", "市财政局副局长", "康庄镇副镇长"]),
               "，拟任", c.pick(["市直部门正职", "乡镇党委书记", "市直部门副职"]), "。")
    d.line("　　公示期间，如对公示对象有情况反映，请通过来信、来电、来访等方式向市委组织部干部监督科反映。")
    d.line("　　举报电话：", hot("12380"), "、", aphone("0635-2322380"), "；举报网站：", org("www.12380.gov.cn"), "；")
    d.line("　　举报邮箱：", amail("lqzzb12380@lc.gov.cn"), "；来信地址：", aaddr("临清市新华路168号"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 19
def d19(c):
    d = Doc(19, "commendation_list", "表彰名单")
    d.line(ag("济南市历下区精神文明建设委员会"))
    d.line("关于表彰2026年度历下区“最美家庭”和“优秀志愿者”的决定")
    d.line("　　一、“最美家庭”（20户）")
    fams = []
    for i in range(20):
        n = c.mixed()
        fams.append(P(n))
        fams.append("家庭")
        fams.append("　" if (i + 1) % 4 else "\n")
    d.add("　　", *fams)
    d.line("　　二、“优秀志愿者”（按姓氏笔画排序）")
    vs = [c.mixed() for _ in range(20)] + [c.name("western"), c.name("uy_dot"), c.name("mongol"), c.name("uy_dot")]
    d.line("　　", *[x for j, n in enumerate(vs) for x in (("、" if j else ""), P(n))])
    d.line("　　三、“优秀志愿服务组织”：", org("历下区甸柳社区阳光志愿服务队"), "、", org("历下区文东街道巾帼志愿服务站"))
    d.line("　　希望受表彰的家庭和个人珍惜荣誉。", ev("2026年11月5日"))
    return d


# ----------------------------------------------------------------------------------------------- 20
def d20(c):
    d = Doc(20, "school_enrolment_notice", "小学新生入学分班通知（含儿童姓名）")
    d.line(ag("历下区文东小学"))
    d.line("2026级一年级新生分班名单及入学须知")
    for cls in ("一（1）班", "一（2）班", "一（3）班"):
        kids = [c.name(c.pick(["young", "young", "two", "han3"])) for _ in range(12)]
        d.line(cls, "：", *[x for j, n in enumerate(kids) for x in (("　" if j else ""), P(n))])
    d.line()
    d.line("　　请家长于", ev("2026年8月30日"), "上午携带户口簿到校报到。")
    k = c.name("young")
    p = c.name("mid")
    d.line("　　新生", P(k), "家长", P(p), "所留电话", PH(c.mobile("dash")), "无法接通，请尽快与班主任联系。")
    d.line("　　学校总机：", aphone("0531-86112468"), "；招生咨询：", aphone("0531-86112470"), "；区教体局监督电话：", aphone("0531-86566023"), "。")
    d.line("　　学校地址：", aaddr("济南市历下区文化东路59号"), "；邮箱：", amail("wendongxx@jnlx.edu.cn"), "。")
    return d
