"""Documents 21-30."""

from __future__ import annotations

from .builder import Doc
from .common import (A, DOB, ID, OF, P, PH, T, aaddr, ag, amt, case, docno, ev, law, masked, oaddr, org, place,
                     pseudo, serial)
from .docs1 import _villages
from .people import cn_date, dob, dot_date, id_card, masked_id, masked_mobile, mobile, sex_of
from .places import (ESTATES, R, ROADS, cn_digits, cn_num, lane, natural, room, rural, tun, urban, village)


def _join_names(names):
    return [x for j, n in enumerate(names) for x in (("、" if j else ""), P(n))]


# ----------------------------------------------------------------------------------------------- 21
def d21(c):
    d = Doc(21, "temporary_relief_publicity", "临时救助审批公示")
    reg = R["ningjin"]
    d.line(ag("宁晋县民政局"))
    d.line("2024年8月份临时救助对象审批情况公示")
    d.line()
    d.line("　　按照", law("《河北省临时救助实施办法》"),
           "规定，经乡镇（区）审核、县民政局审批，现将8月份临时救助对象情况公示如下（金额单位：元）：")
    d.line()
    streets = ["东街", "西街", "南街", "北街", "前街", "后街", "中心街"]
    reasons = [
        ("因其妻", "患乳腺癌在", "邢台市人民医院", "化疗，自付费用较高"),
        ("因其子", "遭遇交通事故致颅脑损伤，在", "宁晋县医院", "住院治疗"),
        ("因本人突发脑梗，在", None, "宁晋县中医院", "住院，丧失劳动能力"),
        ("因家中房屋遭雷击起火，", None, None, "基本生活暂时困难"),
        ("因其女", "患急性淋巴细胞白血病，在", "河北医科大学第二医院", "治疗"),
    ]
    for i in range(1, 24):
        nm = c.name(c.pick(["mid", "any", "old_m", "old_f", "two"]))
        male = sex_of(nm) == "男"
        town = c.pick(reg.towns)
        v = village(c.rng)
        form = i % 6
        if form == 5:
            addr = f"{town}{v}{c.pick(['村委会对面', '卫生室旁', '小学东侧'])}"
        elif form == 0:
            addr = f"宁晋县{town}{v}{c.pick(streets)}{c.randint(1, 150)}号"
        elif form == 1:
            addr = f"{town}{v}{c.pick(streets)}"
        elif form == 2:
            addr = f"{v}{cn_num(c.randint(1, 5))}街{c.randint(1, 150)}号"
        elif form == 3:
            addr = f"河北省 邢台市 宁晋县 {town} {v}{c.randint(1, 150)}号"
        else:
            addr = f"宁晋县凤凰镇{c.pick(ROADS)}{c.randint(1, 300)}号{c.pick(ESTATES)}{c.randint(1, 18)}号楼{c.randint(1, 3)}单元{room(c.rng, 11)}"
        r = reasons[i % len(reasons)]
        if r[0] == "因其妻" and not male:
            r = ("因其夫",) + r[1:]
        kin = None
        if r[1]:
            kin = c.name_sex("女", c.pick(["mid", "old_f"])) if r[0] == "因其妻" else \
                c.name_sex("男", c.pick(["mid", "any"])) if r[0] == "因其夫" else \
                c.kin(nm, "young", "男" if r[0] == "因其子" else "女")
        money = c.pick([1500, 2000, 3000, 5000, 8000])
        body = [r[0]]
        if kin:
            body += [P(kin), r[1]]
        if r[2]:
            body += [org(r[2])]
        body += [r[3]]
        d.line(f"　　{i}. ", P(nm), f"，{'男' if male else '女'}，{c.randint(28, 76)}岁，家住", A(addr), "。", body,
               "。救助金额", amt(f"{money}元"), "。")
    d.line()
    d.line("　　以上救助对象中，", P(c.name("old_m")), "户、", P(c.name("mid")), "户为“先行救助”对象，"
           "已由乡镇先行发放，现补办审批手续。")
    d.line()
    d.line("　　政策说明：")
    d.line("　　一、临时救助对象包括急难型救助对象和支出型救助对象。因火灾、交通事故、突发重大疾病等意外事件，"
           "家庭出现基本生活暂时困难的，可申请急难型临时救助；因教育、医疗等生活必需支出突然增加超出家庭承受能力，"
           "导致基本生活暂时出现严重困难的，可申请支出型临时救助。")
    d.line("　　二、临时救助标准一般不超过当地月最低生活保障标准的6倍，对特别困难的，经县级人民政府批准可适当提高。")
    d.line("　　三、对急难型救助对象，乡镇可以“先行救助”，在5个工作日内补齐审核审批手续。")
    d.line("　　四、申请人或其家庭成员隐瞒收入、财产，骗取救助资金的，一经查实，追回已发放资金，并记入个人信用记录。")
    d.line()
    d.line("　　公示期：", ev("2024年9月2日"), "至", ev("2024年9月8日"), "。如有异议，请向宁晋县民政局社会救助股反映。")
    d.line("　　电话：", c.aphone("0319"), "　地址：", aaddr("宁晋县凤凰镇宁新路与团结路交叉口西行100米路北"))
    d.line("　　社会救助服务热线：", c.hot("12345"))
    d.line()
    d.line("　　　　　　　　　　　　", ag("宁晋县民政局"))
    d.line("　　　　　　　　　　　　", ev("2024年9月2日"))
    return d


# ----------------------------------------------------------------------------------------------- 22
def d22(c):
    d = Doc(22, "resettlement_selection_result", "安置房选房结果公示", encoding="gb18030")
    reg = R["hengnan"]
    d.line(ag("衡南县国有土地房屋征收与补偿办公室"))
    d.line("衡南县城南片区征收项目安置房第二批选房结果公示")
    d.line()
    d.line("　　依据《衡南县城南片区征收项目补偿安置方案》和《安置房选房办法》，", ev("2024年6月15日"),
           "在", place("衡南县城南安置小区"), "选房现场，在公证人员和被征收户代表监督下，按签约顺序号进行了第二批安置房选房。"
           "现将选房结果公示如下：")
    d.line()
    d.line("顺序号\t被征收人\t原住址\t选定安置房\t安置面积（㎡）")
    for i in range(1, 34):
        nm = c.name(c.pick(["mid", "any", "old_m", "old_f", "compound" if i == 9 else "two"]))
        town = c.pick(reg.towns)
        v = village(c.rng)
        form = i % 4
        if form == 0:
            old = f"衡南县{town}{v}{cn_num(c.randint(1, 16))}组"
        elif form == 1:
            old = f"{town}{v}{c.randint(1, 16)}组{c.randint(1, 80)}号"
        elif form == 2:
            old = f"{v}{c.randint(1, 16)}组"
        else:
            old = f"湖南省衡阳市衡南县{town}{v}{c.randint(1, 16)}组{c.randint(1, 80)}号"
        blk = f"{c.pick('ABCD')}{c.randint(1, 12)}"
        if i % 3 == 0:
            new = f"衡南县城南安置小区{blk}栋{c.randint(1, 3)}单元{room(c.rng, 18)}室"
        elif i % 3 == 1:
            new = f"城南安置小区{blk}栋{cn_num(c.randint(1, 3))}单元{cn_digits(room(c.rng, 18))}室"
        else:
            new = f"城南安置小区{blk}-{c.randint(1, 3)}-{room(c.rng, 18)}"
        who = [P(nm)]
        if i % 5 == 0:
            who += ["（代选人：", P(c.name("young")), "）"]
        d.line(f"{i:03d}\t", who, "\t", A(old), "\t", A(new), f"\t{c.pick([90, 105, 120, 75])}")
    d.line()
    granny = c.name_sex("女", "old_f")
    d.line("　　说明：1. 被征收人", P(granny), "因年老行动不便，委托其孙", P(c.name_sex("男", "young")),
           "现场代为选房，已提交经公证的委托书。")
    a = c.name_sex("男", "mid")
    b = c.kin(a, "mid", "男")
    d.line("　　2. ", P(a), "、", P(b), "两户系兄弟分户，经双方协商互换了选定房号，已签署确认书。")
    d.line("　　3. 未参加本批次选房的被征收人", P(c.name("old_m")), "（原住", A(f"{c.pick(reg.towns)}{village(c.rng)}{c.randint(1, 16)}组{c.randint(1, 80)}号"),
           "）因住院治疗未能到场，经本人申请，顺延至第三批选房。")
    d.line("　　4. 选房规则：按签订征收补偿协议并腾空交房的先后顺序确定选房顺序号；选房时被征收人须持本人身份证、"
           "补偿协议和选房通知书到场，委托他人选房的须提交经公证的委托书；选定房号后当场签订选房确认书，"
           "确认后不得更改。安置面积超出应安置面积部分，按安置方案确定的价格结算，不足部分按评估价格结算。")
    d.line("　　5. 交房时间：安置房预计于", ev("2025年12月"), "交付，交房前由征收办组织被征收人进行分户验收。")
    d.line("　　6. 公示期5天。对选房结果有异议的，请于公示期内向县征收办书面反映。联系电话：", c.aphone("0734"),
           "；地址：", aaddr("衡南县云集街道衡州大道南段县政务服务中心四楼"), "。")
    d.line()
    d.line("　　　　　　　　　　　　", ag("衡南县国有土地房屋征收与补偿办公室"))
    d.line("　　　　　　　　　　　　", ev("2024年6月18日"))
    return d


# ----------------------------------------------------------------------------------------------- 23
def d23(c):
    d = Doc(23, "public_rental_allocation", "公共租赁住房配租结果公示")
    reg = R["wuhua"]
    d.line(ag("昆明市五华区住房和城乡建设局"))
    d.line("关于2024年第一批公共租赁住房实物配租结果的公示")
    d.line()
    d.line("　　根据", law("《公共租赁住房管理办法》（住房和城乡建设部令第11号）"),
           "，经街道初审、区住建局复审并公开摇号，现将2024年第一批公共租赁住房实物配租结果公示如下：")
    d.line()
    d.line("序号｜申请人｜家庭人口｜现住址｜配租房源｜月租金（元）")
    houses = ["普吉公租房小区", "红云安居苑", "西翥公租房小区"]
    for i in range(1, 31):
        nm = c.name(c.pick(["mid", "any", "young", "two", "four" if i in (3, 11) else "tibetan" if i == 7 else "any"]))
        form = i % 5
        if form == 0:
            now = urban(c.rng, reg, prov=False, city=True, county=True, street=True, road=True, estate=True)
        elif form == 1:
            now = f"五华区{c.pick(reg.streets)}{c.pick(ROADS)}{c.randint(1, 300)}号{c.randint(1, 6)}幢{room(c.rng, 7)}号"
        elif form == 2:
            now = f"{c.pick(ROADS)}{c.randint(1, 300)}号附{c.randint(1, 20)}号"
        elif form == 3:
            now = f"{c.pick(['莲华', '普吉', '红云'])}街道{c.pick(['大观', '龙翔', '小菜园'])}社区{c.pick(ESTATES)}{c.randint(1, 10)}栋{c.randint(1, 4)}单元{room(c.rng, 9)}"
        else:
            now = f"昆明市 五华区 {c.pick(reg.streets)} {c.pick(ROADS)}{c.randint(1, 300)}号"
        h = c.pick(houses)
        new = f"{h}{c.randint(1, 15)}幢{c.randint(1, 3)}单元{room(c.rng, 26)}室" if i % 2 else f"{h}{c.randint(1, 15)}-{c.randint(1, 3)}-{room(c.rng, 26)}"
        d.line(f"{i}｜", P(nm), f"｜{c.randint(1, 5)}｜", A(now), "｜", A(new), f"｜{c.pick([286, 352, 410, 445])}")
    d.line()
    d.line("　　备注：1. 第3号申请人", "为低保家庭，租金按标准的10%收取；第7号申请人为环卫工人，纳入优先保障。")
    sp = c.name("mid")
    d.line("　　2. 申请人", P(sp), "因已在", org("昆明市五华区红云街道办事处"),
           "辖区购买商品住房，取消其配租资格，所摇房源由候补第1名递补。")
    d.line("　　3. 候补名单：第1名", P(c.name("mid")), "（现住", A(f"五华区{c.pick(reg.streets)}{c.pick(ESTATES)}{c.randint(1, 20)}栋{c.randint(1, 3)}单元{room(c.rng, 20)}室"),
           "），第2名", P(c.name("young")), "（现住", A(f"{c.pick(ROADS)}{cn_num(c.randint(1, 99))}号大院{c.randint(1, 9)}幢{c.randint(1, 3)}单元{cn_digits(room(c.rng, 6))}室"), "）。")
    d.line("　　4. 配租对象须在公示期满后15日内签订租赁合同并办理入住手续，逾期未签约的视为自动放弃。租赁期限一般为三年，"
           "期满需要续租的，应在合同期满前三个月提出申请，经审核符合条件的准予续租。承租人转借、转租或者擅自调换所承租公租房的，"
           "改变用途的，无正当理由连续6个月以上闲置的，应当腾退所承租的公共租赁住房。")
    d.line("　　5. 公示期7天，自", ev("2024年4月1日"), "起至", ev("2024年4月7日"), "止。")
    d.line("　　举报电话：", c.aphone("0871"), "、", c.hot("12345"))
    d.line("　　受理地址：", aaddr("昆明市五华区人民中路188号区政务服务中心住房保障窗口"))
    d.line()
    d.line("　　　　　　　　　　　　", ag("昆明市五华区住房和城乡建设局"))
    d.line("　　　　　　　　　　　　", ev("2024年4月1日"))
    return d


# ----------------------------------------------------------------------------------------------- 24
def d24(c):
    d = Doc(24, "declaration_of_absence_notices", "宣告失踪宣告死亡公告")
    reg = R["shufu"]
    court = "新疆维吾尔自治区疏附县人民法院"
    case_nos = iter(sorted(c.rng.sample(range(10, 99), 7)))
    vils = ["英阿瓦提村", "阿克提坎村", "吐曼塔勒村", "阔纳协海尔村", "巴扎博依村"]
    d.line(ag(court))
    d.line("公　告")
    d.line()
    for k in range(4):
        rel = ["丈夫", "母亲", "丈夫", "儿子"][k]
        male = k != 1
        ab = c.name("uyghur_m" if male else "uyghur_f")
        if rel == "丈夫":
            ap = c.name("uyghur_f")
        elif rel == "母亲":  # applicant is her son, whose father's name differs from hers
            ap = c.name("uyghur_m")
        else:  # applicant is the father of the missing son
            ap = c.name("uyghur_m")
            ab = ab.split("·")[0] + "·" + ap.split("·")[0]
            c.bank.used.add(ab)
        born = dob(c.rng, 1965, 1990) if k != 3 else dob(c.rng, 1992, 2000)
        town = c.pick(reg.towns)
        addr = f"疏附县{town}{vils[k]}{c.randint(1, 9)}组{c.randint(1, 120)}号" if k not in (2, 3) else \
            f"新疆喀什地区疏附县{town}{vils[k]}{cn_num(c.randint(1, 9))}组" if k == 2 else \
            f"喀什地区 疏附县 {town} {vils[k]}{c.randint(1, 9)}组{c.randint(1, 120)}号"
        cn = case(f"（2024）新3121民特{next(case_nos)}号")
        d.line(cn)
        d.line("　　申请人", P(ap), "申请宣告", P(ab), "失踪一案，本院于", ev(f"2024年{c.randint(2, 5)}月{c.randint(1, 28)}日"),
               "立案。申请人称：被申请人", P(ab), "，", "男" if male else "女", "，", DOB(cn_date(born)),
               "出生，维吾尔族，原住", A(addr), "，系申请人的", rel, "，于", ev(f"{c.randint(2019, 2021)}年{c.randint(1, 12)}月"),
               "外出后下落不明，至今已满二年。")
        d.line("　　下落不明人", P(ab), "应当在公告期间届满前与本院联系，否则，本院将依法宣告其失踪。凡知悉", P(ab),
               "生存现状的人，应当在公告期间内将其所知道的情况向本院报告。公告期间为三个月。")
        d.line()
    # declaration of death (Han person)
    ap, ab = c.name_sex("女", "mid"), c.name_sex("男", "mid")
    born = dob(c.rng, 1968, 1980)
    last = f"疏附县托克扎克镇{c.pick(ROADS)}{c.randint(1, 200)}号{c.pick(ESTATES)}{c.randint(1, 10)}号楼{c.randint(1, 3)}单元{room(c.rng, 6)}室"
    hh = rural(c.rng, R["dancheng"], prov=True, city=True, county=True, group="组", cn=True, house=True)
    cn = case(f"（2024）新3121民特{next(case_nos)}号")
    d.line(cn)
    d.line("　　申请人", P(ap), "申请宣告", P(ab), "死亡一案，本院于", ev("2024年6月3日"), "立案。申请人称：被申请人", P(ab),
           "，男，", DOB(cn_date(born)), "出生，汉族，户籍所在地", A(hh), "，生前经常居住地", A(last), "，系申请人之夫。",
           ev("2023年4月16日"), "，", P(ab), "驾驶货车途经", place("盖孜河大桥"), "时连人带车坠入河中，经搜救未发现其下落。"
           "经有关机关证明，该公民不可能生存。")
    d.line("　　下落不明人", P(ab), "应当在公告期间届满前与本院联系，否则，本院将依法宣告其死亡。公告期间为三个月。")
    d.line()
    # custodian
    cn = case(f"（2024）新3121民特{next(case_nos)}号")
    miss = c.name("uyghur_m")
    cust = c.pick(["艾力", "肉孜", "依明"]) + "·" + miss.split("·")[1]  # brother: same father
    son = c.pick(["努尔", "库尔班", "阿不都"]) + "·" + miss.split("·")[0]
    c.bank.used.update({cust, son})
    d.line(cn)
    d.line("　　本院于", ev("2024年1月15日"), "判决宣告", P(miss), "失踪（下落不明前住", A(f"疏附县乌帕尔镇{c.pick(['英阿瓦提村', '库木鲁克村'])}{c.randint(1, 9)}组{c.randint(1, 120)}号"),
           "），并指定其兄", P(cust), "为财产代管人。现财产代管人申请变更，经审查，", P(cust), "因长期在", place("乌鲁木齐"),
           "务工无法履行代管职责，本院指定失踪人之子", P(son), "（住", A(f"疏附县托克扎克镇{c.pick(ROADS)}{c.randint(1, 99)}号{c.randint(1, 5)}栋{room(c.rng, 5)}室"),
           "）为新的财产代管人。")
    d.line()
    # incapacity
    cn = case(f"（2024）新3121民特{next(case_nos)}号")
    son = c.name_sex("男", "mid")
    fa = c.kin(son, "old_m", "男")
    born = dob(c.rng, 1940, 1950)
    d.line(cn)
    d.line("　　申请人", P(son), "申请认定其父", P(fa), "无民事行为能力一案，本院已立案受理。被申请人", P(fa), "，男，", DOB(cn_date(born)),
           "出生，汉族，户籍地", A(f"疏附县塔什米里克乡{c.pick(['兰干村', '阿克提坎村'])}{cn_num(c.randint(1, 9))}组"),
           "，现与申请人共同居住于", A(f"新疆维吾尔自治区喀什市{c.pick(['西域大道', '人民东路'])}{c.randint(1, 300)}号{c.pick(ESTATES)}{c.randint(1, 20)}栋{c.randint(1, 3)}单元{room(c.rng, 18)}室"),
           "。经", org("喀什地区第一人民医院"), "诊断，被申请人患有重度阿尔茨海默病。本院依法对被申请人进行了司法鉴定，"
           "鉴定期间被申请人由", org("疏附县托克扎克镇社会福利中心"), "临时照护。本案将于鉴定意见作出后开庭审理。")
    d.line()
    d.line("　　说明：宣告失踪、宣告死亡案件的公告期间届满后，本院将根据被宣告失踪、宣告死亡的事实是否得到确认，作出宣告失踪、"
           "宣告死亡的判决或者驳回申请的判决。被宣告失踪、宣告死亡的人重新出现，经本人或者利害关系人申请，本院将作出新判决，"
           "撤销原判决。知情人可来院或来电提供线索，本院将对提供线索者的个人信息予以保密。"
           "被宣告死亡的人在被宣告死亡期间实施的民事法律行为有效。")
    d.line()
    d.line("　　联系人：", OF(c.off()), "　联系电话：", c.aphone("0998"))
    d.line("　　本院地址：", aaddr("疏附县托克扎克镇人民路东一巷1号"), "（", ag("疏附县人民法院"), "诉讼服务中心）")
    d.line()
    d.line("　　　　　　　　　　　　", ag(court))
    d.line("　　　　　　　　　　　　", ev("2024年6月10日"))
    return d


# ----------------------------------------------------------------------------------------------- 25
def d25(c):
    d = Doc(25, "public_security_penalty", "治安管理行政处罚决定书", newline="crlf")
    reg = R["yanta"]
    x = c.name_sex("男", c.pick(["mid", "young"]))
    born = dob(c.rng, 1985, 2000)
    idc = id_card(c.rng, "610113", born, True)
    hh = rural(c.rng, R["pucheng"], prov=True, city=True, county=True, group="组", cn=False, house=True)
    idc = id_card(c.rng, "610526", born, True)
    now = f"西安市雁塔区丈八沟街道{c.pick(['丈八东路', '科技路', '团结南路'])}{c.randint(1, 200)}号{c.pick(ESTATES)}{c.randint(1, 30)}号楼{c.randint(1, 3)}单元{c.randint(1, 33)}{c.randint(1, 4):02d}室"
    y = c.name_sex("男", c.pick(["any", "mid"]))
    y_born = dob(c.rng, 1980, 1995)
    y_addr = f"雁塔区小寨路街道{c.pick(ROADS)}{c.randint(1, 90)}号院{c.randint(1, 9)}号楼{c.randint(1, 3)}单元{room(c.rng, 7)}"
    z = c.name("young")
    z_addr = f"长安区{c.pick(['韦曲街道', '郭杜街道'])}{c.pick(ESTATES)}{c.randint(1, 20)}-{c.randint(1, 3)}-{room(c.rng, 30)}"
    shop = "雁塔区蜀香园烧烤店"
    cops = [c.off(), c.off()]
    d.line(ag("西安市公安局雁塔分局"))
    d.line("行政处罚决定书")
    d.line(docno("雁公（小）行罚决字〔2024〕2217号"))
    d.line()
    d.line("　　违法行为人：", P(x), "，性别男，出生日期", DOB(cn_date(born)), "，身份证件种类及号码：居民身份证 ", ID(idc), "，")
    d.line("户籍所在地：", A(hh), "，")
    d.line("现住址：", A(now), "，")
    d.line("工作单位：", org("西安鼎新装饰工程有限公司"), "（注册地址：", oaddr("西安市雁塔区科技路48号创业广场B座11层"), "）。")
    d.line()
    d.line("　　现查明：", ev("2024年7月20日"), "23时许，", P(x), "与朋友在", org(shop), "（", oaddr("雁塔区小寨东路126号"),
           "）饮酒期间，因琐事与邻桌顾客", P(y), "（男，", DOB(dot_date(y_born)), "出生，住", A(y_addr),
           "）发生口角，后", P(x), "持啤酒瓶击打", P(y), "头部，致其头皮裂伤。经", org("西安市公安局雁塔分局物证鉴定室"),
           "鉴定，", P(y), "的损伤程度为轻微伤。")
    emp = c.name("young")
    d.line("　　案件来源：", ev("2024年7月20日"), "23时18分，", org(shop), "员工", P(emp), "拨打", c.hot("110"),
           "报警称店内有人打架。小寨路派出所民警接警后于23时25分到达现场，将", P(x), "带回派出所调查，"
           "并联系", org("西安交通大学第一附属医院"), "急诊科对", P(y), "进行救治。")
    d.line("　　调查中，", P(x), "辩称系", P(y), "先用言语挑衅并推搡其朋友，其出于气愤才动手。经查，现场监控视频显示双方发生口角后，"
           , P(y), "并无推搡行为，", P(x), "的辩解与事实不符，不予采纳。", P(x), "对殴打他人的事实供认不讳，并表示愿意赔偿被侵害人的医疗费用。"
           "经民警组织调解，双方未能就赔偿数额达成一致，调解终结。")
    d.line("　　被侵害人", P(y), "陈述：当晚其与同事在店内聚餐，因", P(x), "一桌说话声音较大，其上前提醒，双方发生争吵，",
           "随后对方拿起桌上的啤酒瓶朝其头部砸来，其头部流血，被同事送往医院。其要求依法处理，并赔偿医疗费、误工费。")
    d.line("　　同桌朋友", P(c.name("mid")), "（住", A(f"雁塔区电子城街道{c.pick(['电子二路', '丈八北路'])}{c.randint(1, 99)}号{c.pick(ESTATES)}{cn_num(c.randint(1, 20))}栋{cn_num(c.randint(1, 3))}单元{cn_digits(room(c.rng, 26))}室"),
           "）证实，当晚", P(x), "饮酒较多，情绪激动，其曾试图拉开但未能阻止。")
    d.line("　　以上事实有", P(x), "的陈述和申辩，被侵害人", P(y), "的陈述，证人", P(z), "（住", A(z_addr), "）的证言，"
           "现场监控视频，伤情鉴定意见等证据证实。")
    d.line()
    d.line("　　处罚前告知情况：本局于", ev("2024年7月27日"), "依法告知", P(x),
           "拟作出行政处罚的事实、理由、依据及其依法享有的陈述、申辩权利，", P(x), "提出陈述申辩，称其系初犯，"
           "且已主动垫付被侵害人部分医疗费", amt("3,000元"), "，请求从轻处罚。经复核，其行为发生在公共场所，持械殴打他人，"
           "情节较重，不符合从轻处罚的条件，但考虑其如实陈述违法事实，在法定幅度内酌情处罚。")
    d.line("　　被侵害人", P(y), "的户籍所在地为", A(f"陕西省咸阳市{c.pick(['礼泉县', '乾县', '泾阳县'])}{c.pick(['城关街道', '阡东镇', '云阳镇'])}{village(c.rng)}{c.randint(1, 9)}组{c.randint(1, 90)}号"),
           "，现已出院，本局已告知其可就民事赔偿向人民法院提起民事诉讼。")
    d.line()
    d.line("　　根据", law("《中华人民共和国治安管理处罚法》第四十三条第一款"), "之规定，现决定对", P(x),
           "处行政拘留十日，并处罚款", amt("五百元"), "。")
    d.line("　　执行方式和期限：送", org("西安市拘留所"), "执行。罚款于收到本决定书之日起十五日内缴至指定银行。"
           "被处罚人对行政拘留决定不服申请行政复议或者提起行政诉讼的，可以向公安机关提出暂缓执行行政拘留的申请。")
    d.line("　　本决定书已于作出当日向被处罚人宣告并送达。被处罚人被拘留后，本局已将拘留的时间、地点通知其家属。")
    d.line("　　如不服本决定，可以在收到本决定书之日起六十日内向", ag("西安市雁塔区人民政府"),
           "申请行政复议或者在六个月内依法向", org("西安市雁塔区人民法院"), "提起行政诉讼。")
    d.line()
    d.line("　　被处罚人", P(x), "系初次违法，无前科劣迹。本局已将其违法情况通报其所在单位，并对其进行了法制教育。"
           "被处罚人在拘留期间应当遵守拘留所管理规定，拘留期满后即予解除。")
    d.line("　　附：涉案物品处理情况：现场提取的啤酒瓶碎片两块，作为证据随案保存；", P(x), "的手机一部已于当日发还本人。")
    d.line("　　附：拘留执行回执：被拘留人", P(x), "于", ev("2024年7月28日"), "17时送", org("西安市拘留所"),
           "执行，拘留期限自2024年7月28日至2024年8月7日。拘留通知书已送达其家属，送达地址为", A(now), "。")
    d.line()
    d.line("　　办案民警：", OF(cops[0]), "、", OF(cops[1]), "　　联系电话：", c.aphone("029"))
    d.line()
    d.line("　　　　　　　　　　　　", ag("西安市公安局雁塔分局"))
    d.line("　　　　　　　　　　　　", ev("2024年7月28日"))
    d.line()
    d.line("　　被处罚人签收：", P(x), "　　", ev("2024年7月28日"))
    fam = c.name("old_f")
    d.line("　　处罚决定书副本抄送被侵害人", P(y), "。被处罚人家属", P(fam), "（住", A(hh), "）已电话通知。")
    return d


# ----------------------------------------------------------------------------------------------- 26
def d26(c):
    d = Doc(26, "land_contract_arbitration", "农村土地承包经营纠纷仲裁裁决书")
    reg = R["kaizhou"]
    town = "临江镇"
    vil = village(c.rng)
    a1, a2 = c.name_sex("男", "old_m"), c.name_sex("女", "old_f")
    a_addr = f"重庆市开州区{town}{vil}{c.randint(1, 9)}社{c.randint(1, 80)}号"
    agent = c.kin(a1, "mid", "男")
    agent_addr = f"重庆市渝北区双龙湖街道{c.pick(ROADS)}{c.randint(1, 300)}号{c.pick(ESTATES)}{c.randint(1, 20)}栋{c.randint(2, 30)}-{c.randint(1, 8)}"
    b1 = c.name("mid")
    b_addr = f"开州区{town}{vil}{cn_num(c.randint(1, 9))}社"
    leader = c.name("mid")
    arb = [c.off() for _ in range(3)]
    clerk = c.off()
    d.line(ag("重庆市开州区农村土地承包仲裁委员会"))
    d.line("裁　决　书")
    d.line(case("开农仲裁字〔2024〕第9号"))
    d.line()
    d.line("　　申请人：", P(a1), "，男，1957年生，汉族，住", A(a_addr), "。")
    d.line("　　申请人：", P(a2), "，女，1959年生，汉族，住址同上，系", P(a1), "之妻。")
    d.line("　　委托代理人：", P(agent), "，男，系申请人之子，住", A(agent_addr), "。")
    d.line("　　被申请人：", P(b1), "，男，1968年生，汉族，住", A(b_addr), "。")
    d.line("　　第三人：", org(f"重庆市开州区{town}{vil}第三村民小组"), "。")
    d.line("　　负责人：", P(leader), "，该村民小组组长。")
    d.line()
    d.line("　　申请人", P(a1), "、", P(a2), "与被申请人", P(b1), "土地承包经营权纠纷一案，本委于", ev("2024年3月4日"),
           "受理后，依法组成由首席仲裁员", OF(arb[0]), "、仲裁员", OF(arb[1]), "、", OF(arb[2]),
           "参加的仲裁庭，于", ev("2024年4月10日"), "公开开庭进行了审理。申请人及其委托代理人", P(agent), "、被申请人", P(b1),
           "、第三人负责人", P(leader), "到庭参加仲裁。本案现已审理终结。")
    d.line()
    d.line("　　申请人请求：1. 确认位于", place("大坪上"), "的承包地1.2亩（四至：东抵", P(c.name("old_m")), "承包地，南抵机耕道，"
           "西抵堰塘，北抵", P(c.name("mid")), "承包地）的承包经营权归申请人所有；2. 被申请人返还该地块，并赔偿青苗损失",
           amt("1800元"), "。")
    d.line("　　申请人称：1998年第二轮土地承包时，上述地块已登记在申请人家庭承包经营权证（编号：",
           serial("500234010203040015J"), "）内。2019年申请人外出务工，被申请人未经同意擅自耕种至今。")
    d.line("　　被申请人辩称：该地块系2015年申请人口头同意由其代耕，每年给申请人稻谷300斤，双方形成事实上的流转关系。")
    d.line("　　第三人述称：经查阅组内台账，该地块确属申请人家庭承包地。")
    d.line()
    w1, w2 = c.name("old_m"), c.name("old_f")
    w1a = f"开州区{town}{vil}{c.randint(1, 9)}社{c.randint(1, 80)}号"
    w2a = f"{vil}{cn_num(c.randint(1, 9))}社{c.pick(['堰塘边', '老院子', '学校旁'])}"
    d.line("　　仲裁庭审理查明：申请人家庭于1998年取得土地承包经营权证，证载地块中包括位于", place("大坪上"), "的“长田”一块，"
           "面积1.2亩。2015年至2018年间，申请人在外务工期间，该地块由被申请人耕种。关于代耕期间是否支付稻谷，"
           "证人", P(w1), "（住", A(w1a), "）证实曾见被申请人向申请人家中送过稻谷；证人", P(w2), "（住", A(w2a),
           "）证实听申请人说过“地让他先种着”。2019年申请人返乡后要求收回，被申请人以“已种多年”为由拒绝。"
           "2023年12月，经", org(f"临江镇{vil}村民委员会"), "调解未果，申请人遂申请仲裁。被申请人人称“",
           pseudo("二老表"), "”，系申请人远房亲戚。")
    d.line("　　庭审中，仲裁庭组织双方进行了调解。被申请人提出，愿意在返还土地的同时由申请人补偿其改良土壤的投入，"
           "申请人不同意，调解未成。庭后，仲裁员", OF(arb[1]), "会同第三人负责人", P(leader), "到现场进行了勘验，"
           "确认争议地块四至清楚，与承包经营权证记载一致，现种植中稻，长势良好。")
    d.line("　　上述事实有承包经营权证、第三人出具的情况说明、证人证言、村委会调解记录及当事人陈述等证据在案佐证。")
    d.line()
    d.line("　　仲裁庭认为：依据", law("《中华人民共和国农村土地承包法》第五十三条"), "的规定，承包方有权依法自主决定土地经营权是否流转。"
           "被申请人主张的代耕关系未约定期限，申请人有权随时收回。")
    d.line("　　关于被申请人提出的“已种多年应取得经营权”的抗辩，仲裁庭认为，土地经营权流转应当由当事人双方协商一致，"
           "流转期限为一年以上的，当事人应当签订书面流转合同。本案中双方未签订书面合同，代耕关系属于不定期流转，"
           "被申请人长期耕种并不当然取得土地经营权。关于青苗损失，申请人未提交证据证明其实际损失，仲裁庭不予支持。"
           "被申请人在该地块上种植的水稻尚未收割，为避免损失，返还期限确定为本年度秋收后。")
    d.line("　　现依照", law("《中华人民共和国农村土地承包经营纠纷调解仲裁法》第四十四条"), "之规定，裁决如下：")
    d.line("　　一、被申请人", P(b1), "于本年度秋收后十五日内将上述地块返还申请人；")
    d.line("　　二、驳回申请人的其他仲裁请求。")
    d.line("　　本案不收取仲裁费用，仲裁所需的勘验、鉴定等费用由当事人各半负担。")
    d.line("　　当事人不服本裁决的，可以自收到裁决书之日起三十日内向", org("重庆市开州区人民法院"), "起诉。逾期不起诉的，裁决书即发生法律效力；"
           "一方当事人不履行的，另一方当事人可以向被申请人住所地的基层人民法院申请执行。")
    d.line()
    d.line("　　本裁决书送达地址：申请人", P(a1), "、", P(a2), "为", A(a_addr), "；被申请人", P(b1), "为", A(b_addr),
           "；委托代理人", P(agent), "为", A(agent_addr), "。当事人确认上述地址为其送达地址，本委按上述地址邮寄送达即视为送达。")
    d.line()
    d.line("　　　　　　　　　　　　首席仲裁员　", OF(arb[0]))
    d.line("　　　　　　　　　　　　仲 裁 员　", OF(arb[1]))
    d.line("　　　　　　　　　　　　仲 裁 员　", OF(arb[2]))
    d.line("　　　　　　　　　　　　", ev("2024年4月26日"))
    d.line("　　　　　　　　　　　　记 录 员　", OF(clerk))
    return d


# ----------------------------------------------------------------------------------------------- 27
def d27(c):
    d = Doc(27, "flood_relief_list", "受灾群众救助资金发放名单")
    reg = R["yushu"]
    d.line(ag("榆树市应急管理局"))
    d.line("2023年“8·2”洪涝灾害受灾群众冬春生活救助资金发放名单（五棵树镇、闵家镇）")
    d.line()
    d.line("　　按照", law("《自然灾害救助条例》第二十一条"), "和省应急厅、省财政厅关于做好冬春救助工作的要求，"
           "经户报、村评、乡审、县定，现将冬春生活救助资金发放名单公布如下：")
    d.line()
    d.line("序号  户主  家庭住址  人口  受灾情况  救助金额（元）  领取人")
    total = 0
    heads = {}
    for i in range(1, 35):
        nm = c.name(c.pick(["old_m", "old_f", "mid", "any", "korean", "two", "compound" if i == 17 else "any"]))
        town = "五棵树镇" if i <= 15 else "闵家镇"
        form = i % 4
        if form == 0:
            addr = tun(c.rng, reg, county=True, town=town, house=True)
        elif form == 1:
            addr = tun(c.rng, reg, county=False, town=town, house=False)
        elif form == 2:
            addr = f"{village(c.rng)}{c.pick(['前屯', '后屯', '王家屯', '三家子屯', '腰屯'])}"
        else:
            addr = f"吉林省榆树市{town}{village(c.rng)}{cn_num(c.randint(1, 9))}社{c.randint(1, 60)}号"
        money = c.pick([600, 800, 1000, 1200])
        total += money
        heads[i] = nm
        taker = ["本人"]
        if i % 4 == 2:
            taker = ["代领：", P(c.name(c.pick(["mid", "young", "korean"])))]
        d.line(f"{i}  ", P(nm), "  ", A(addr), f"  {c.randint(1, 6)}  {c.pick(['房屋倒塌', '房屋严重损坏', '粮食绝收', '房屋一般损坏'])}  {money}  ", taker)
    d.line()
    d.line("　　灾情回顾：", ev("2023年8月2日"), "至4日，受台风“", T("event_name", "杜苏芮"), "”残余环流影响，我市普降暴雨，拉林河、卡岔河水位暴涨，"
           "五棵树镇、闵家镇沿河低洼村屯受灾严重，部分农房倒塌或严重损坏，农作物大面积绝收。灾害发生后，市委、市政府第一时间"
           "启动应急响应，共转移安置受灾群众3,217人，过渡期生活救助已于2023年10月发放完毕。")
    d.line("　　冬春救助对象确定原则：重点保障因灾住房倒塌或严重损坏尚未恢复重建的家庭、因灾造成口粮短缺的家庭以及"
           "因灾返贫致贫风险较高的家庭；救助标准根据家庭人口和受灾程度分档确定。")
    d.line("　　以上合计34户，发放救助资金", amt(f"{total:,}元"), "。资金通过“一卡通”系统发放至户主社保卡。")
    d.line("　　其中第5户户主", P(heads[5]), "于2024年1月去世，救助资金由其继承人", P(c.kin(heads[5], "mid")), "领取。")
    d.line("　　救助资金发放实行“一卡通”，严禁代领冒领、截留挪用。村级组织要将本名单在村务公开栏张贴不少于7天。")
    d.line("　　监督举报电话：", c.aphone("0431"), "；", c.hot("12345"), "。")
    d.line()
    d.line("　　　　　　　　　　　　", ag("榆树市应急管理局"))
    d.line("　　　　　　　　　　　　", ev("2024年1月20日"))
    return d


# ----------------------------------------------------------------------------------------------- 28
def d28(c):
    d = Doc(28, "longevity_allowance_list", "高龄津贴发放名单", encoding="utf-16")
    reg = R["leizhou"]
    d.line(ag("雷州市民政局"))
    d.line("关于2024年新增高龄老人津贴发放对象的公示")
    d.line()
    d.line("　　根据", law("《广东省高龄老人津贴制度实施办法》"), "，对具有本市户籍、年满80周岁的老年人按月发放高龄津贴。"
           "现将2024年第二季度新增对象公示如下：")
    d.line()
    d.line("姓名\t性别\t出生日期\t户籍地址\t津贴档次")
    for i in range(1, 26):
        nm = c.name("compound" if i == 4 else c.pick(["old_m", "old_f", "old_f", "any", "two"]))
        age_cls = c.pick([(1935, 1944, "80-89周岁", 100), (1925, 1934, "90-99周岁", 200), (1918, 1924, "100周岁以上", 500)])
        born = dob(c.rng, age_cls[0], age_cls[1])
        town = c.pick(reg.towns)
        vc = village(c.rng)
        nat = c.pick(["后坡", "塘口", "北山", "田头", "西湾", "新屋", "上坡"])
        form = i % 4
        if form == 0:
            addr = f"雷州市{town}{vc}委会{nat}村{c.randint(1, 120)}号"
        elif form == 1:
            addr = f"{town}{vc}委会{nat}村"
        elif form == 2:
            addr = f"雷州市雷城街道{c.pick(ROADS)}{c.randint(1, 200)}号{c.randint(1, 6)}楼"
        else:
            addr = f"广东省湛江市雷州市{town}{vc}{nat}{c.pick(['一', '二', '三'])}巷{c.randint(1, 40)}号"
        fmt = DOB(dot_date(born)) if i % 2 else DOB(cn_date(born))
        d.line(P(nm), f"\t{sex_of(nm)}\t", fmt, "\t", A(addr), f"\t{age_cls[2]}（每月{age_cls[3]}元）")
    d.line()
    d.line("　　重阳节前，市领导走访了部分百岁老人：")
    for i in range(5):
        old = c.name(c.pick(["old_f", "old_m"]))
        rel = c.pick(["长子", "次子", "孙子", "长女"])
        kin = c.name_sex("女", "mid") if rel == "长女" else c.kin(old, c.pick(["mid", "young"]) if rel == "孙子" else "mid", "男")
        nat = c.pick(["后坡", "塘口", "北山", "田头"])
        addr = f"{c.pick(reg.towns)}{village(c.rng)}委会{nat}村{c.randint(1, 99)}号"
        d.line(f"　　{i + 1}. ", P(old), "老人，今年", str(c.randint(100, 106)), "岁，家住", A(addr), "，与", rel, P(kin), "一家共同生活，身体硬朗，生活能够自理。")
    d.line()
    d.line()
    d.line("　　申领须知：1. 年满80周岁的本市户籍老年人，由本人或其委托的亲属持身份证、户口簿到户籍所在地村（居）委会申请，"
           "也可通过“粤省事”小程序办理；2. 高龄津贴按月发放至老人本人社保卡，不得代扣代缴其他费用；3. 老人去世的，"
           "家属应在一个月内告知村（居）委会，停发后多领取的津贴应予退回；4. 长期居住在外地的，每年需进行一次生存认证。")
    d.line("　　本季度停发对象：", P(c.name("old_m")), "（", A(f"{c.pick(reg.towns)}{village(c.rng)}委会后坡村{c.randint(1, 99)}号"), "，已故）、",
           P(c.name("old_f")), "（", A(f"雷州市雷城街道{c.pick(ROADS)}{cn_num(c.randint(1, 99))}号"), "，户籍迁出）。")
    d.line()
    d.line("　　公示期间如有异议，请向市民政局养老服务股反映，电话：", c.aphone("0759"), "。")
    d.line()
    d.line("　　　　　　　　　　　　", ag("雷州市民政局"), "　（印）")
    d.line("　　　　　　　　　　　　", ev("2024年6月28日"))
    return d


# ----------------------------------------------------------------------------------------------- 29
def d29(c):
    d = Doc(29, "hotline_work_order_replies", "12345热线工单办理情况回复")
    reg = R["minhang"]
    d.line(ag("上海市闵行区莘庄镇人民政府"))
    d.line("关于", c.hot("12345"), "市民服务热线工单办理情况的回复（汇总）")
    d.line()
    topics = [
        ("反映楼下餐饮店油烟扰民", "经城管中队现场检查，该店油烟净化设施未正常运行，已责令其限期整改并清洗管道。"),
        ("反映小区内电动自行车飞线充电", "居委会已联合物业对涉事楼栋进行排查，拆除飞线3处，并新增充电桩20个。"),
        ("反映邻居在公共走道堆放杂物", "物业已上门劝导，当事人已于次日自行清理完毕。"),
        ("反映楼上住户深夜噪声扰民", "经居委会调解，楼上住户承诺22时后不再进行装修及大声喧哗。"),
        ("咨询老旧小区加装电梯补贴政策", "已告知加装电梯相关补贴标准及申请流程。"),
        ("反映弄堂内下水道堵塞", "已联系排水公司疏通，并对该支弄管道进行了检测。"),
        ("反映共用部位墙面渗水", "已协调维修基金使用，物业于两周内完成修复。"),
        ("反映小区门口占道经营", "城管中队已加强巡查，对占道摊位进行劝离。"),
        ("反映隔壁住户在天井违法搭建", "经城管中队现场核查，搭建物已于本周内由当事人自行拆除。"),
        ("反映居委会未告知旧区改造征询结果", "居委会已张贴第二轮征询结果公告，并向来电人当面解释。"),
        ("反映楼道感应灯损坏", "物业已于当日更换灯具。"),
        ("反映小区非机动车库长期被占用", "物业已清理僵尸车27辆，并在车库门口张贴告示。"),
        ("咨询独生子女父母奖励金领取", "已告知来电人携带独生子女父母光荣证到社区事务受理服务中心办理。"),
    ]
    officers = [c.off(), c.off()]
    for k, (what, reply) in enumerate(topics):
        sn = serial(f"2024{c.randint(10, 12)}{c.randint(10, 28)}{c.randint(100000, 999999)}")
        nm = c.name(c.pick(["mid", "any", "old_f", "young", "two"]))
        hon = "女士" if sex_of(nm) == "女" else "先生"
        form = k % 5
        if form == 4:
            addr = f"上海市 闵行区 {c.pick(reg.streets)} {c.pick(['古美', '平阳', '万源'])}{c.pick(['一村', '四村', '七村'])}{c.randint(1, 150)}号{room(c.rng, 6)}室"
        elif form == 0:
            addr = lane(c.rng, reg, district=True, branch=True)
        elif form == 1:
            addr = lane(c.rng, reg, district=False, branch=False)
        elif form == 2:
            addr = f"莘庄镇{c.pick(['莘松', '莘北', '莘西', '水清'])}{c.pick(['一村', '二村', '三村', '五村'])}{c.randint(1, 120)}号{room(c.rng, 6)}室"
        else:
            addr = lane(c.rng, R["putuo"], district=True, city=True, street=True)
        d.line("工单编号：", sn)
        if k % 3 == 2:
            sur = nm[0] + hon
            d.line("来电人：", pseudo(sur), "　　来电号码：", masked(masked_mobile(c.rng)))
            d.line("诉求：来电人", what, "，地址为", A(addr), "。")
        else:
            ph = mobile(c.rng, c.pick(["plain", "space"]))
            d.line("来电人：", P(nm), hon, "　　来电号码：", PH(ph))
            d.line("诉求：", P(nm), hon, "称其居住于", A(addr), "，", what, "。")
        d.line("办理情况：", reply, "已于", ev(f"2024年{c.randint(10, 12)}月{c.randint(1, 28)}日"), "电话回复来电人，来电人表示",
               c.pick(["满意", "基本满意", "理解"]), "。")
        d.line()
    d.line("　　承办人：", OF(officers[0]), "、", OF(officers[1]), "　　联系电话：", c.aphone("021"))
    d.line("　　注：来电人要求保密的，本汇总不公开其姓名及联系方式。")
    d.line()
    d.line("　　　　　　　　", ag("上海市闵行区莘庄镇人民政府"), "　", ev("2024年12月31日"))
    return d


# ----------------------------------------------------------------------------------------------- 30
def d30(c):
    d = Doc(30, "land_acquisition_compensation", "征地补偿安置公示")
    reg = R["binchuan"]
    town = "金牛镇"
    d.line(ag("宾川县自然资源局"))
    d.line(ag("宾川县金牛镇人民政府"))
    d.line("宾川县2024年度第5批次城镇建设用地征地补偿安置方案及补偿明细公示")
    d.line()
    d.line("　　根据", law("《中华人民共和国土地管理法》第四十七条"), "和", law("《中华人民共和国土地管理法实施条例》第二十七条"),
           "的规定，现将宾川县2024年度第5批次城镇建设用地涉及", town, "的征地补偿明细予以公示。")
    d.line("　　征收土地位于", place("金牛镇城北片区"), "，", place("宾居路与金穗路交叉口"), "以东，总面积86.37亩。"
           "土地补偿费和安置补助费按区片综合地价每亩", amt("58,000元"), "计算，青苗补偿费每亩", amt("2,400元"), "。")
    d.line()
    d.line("户主｜所在自然村｜家庭住址｜地类｜征收面积（亩）｜补偿金额（元）")
    total = 0
    for i in range(1, 31):
        nm = c.name(c.pick(["mid", "any", "old_m", "old_f", "two", "yi" if i == 6 else "any"]))
        v = c.pick(["新庄村", "罗官村", "大营村"])
        nat = c.pick(["下营", "上庄", "田心", "荒田", "中所"])
        form = i % 4
        if form == 0:
            addr = f"宾川县{town}{v}委会{nat}自然村{c.randint(1, 120)}号"
        elif form == 1:
            addr = f"{town}{v}{nat}{c.randint(1, 120)}号"
        elif form == 2:
            addr = f"{v}{nat}自然村{cn_num(c.randint(1, 60))}号"
        else:
            addr = f"云南省大理州宾川县{town}{v}{nat}{c.randint(1, 9)}组{c.randint(1, 120)}号"
        area = round(c.randint(20, 450) / 100, 2)
        money = int(area * 60400)
        total += money
        d.line(P(nm), "｜", place(nat), "｜", A(addr), f"｜{c.pick(['水田', '旱地', '园地（葡萄）'])}｜{area}｜{money:,}")
    d.line()
    d.line("　　合计补偿金额", amt(f"{total:,}元"), "，由", ag("宾川县金牛镇人民政府"), "统一拨付至被征地农户银行账户。")
    p1 = c.name_sex("男", "old_m")
    p2 = c.kin(p1, "mid", "男")
    d.line("　　补偿款发放：补偿款在公示期满且无异议后20个工作日内，通过", org("宾川县农村信用合作联社"),
           "直接打入被征地农户的一卡通账户，任何单位和个人不得截留、挪用、克扣。")
    d.line("　　特别说明：户主", P(p1), "已于2023年去世，其承包地补偿款由家庭内部协商确定由其子", P(p2), "领取，"
           "其他继承人已签署书面同意意见。")
    d.line()
    d.line("　　社会保障安置：被征地农民按规定纳入基本养老保险，所需资金从土地出让收入中安排，个人缴费部分由被征地农民本人承担。"
           "征收土地涉及的地上附着物（葡萄架、灌溉管网、看护房等）按实际清点数量另行补偿，清点结果已由权利人签字确认。")
    d.line("　　住宅安置：本批次征收范围内涉及农村村民住宅2户，采取重新安排宅基地建房的方式安置。其中，", P(c.name("mid")),
           "户原住", A(f"{town}新庄村委会下营自然村{c.randint(1, 120)}号"), "，", P(c.name("old_m")), "户原住",
           A(f"宾川县{town}罗官村{cn_num(c.randint(1, 9))}组{c.randint(1, 120)}号"), "，安置宅基地位于新庄村集中安置点，"
           "另按房屋重置价格给予补偿。")
    d.line("　　被征地农村集体经济组织、农村村民或者其他权利人对补偿方案有异议的，可于公示之日起30日内向宾川县自然资源局"
           "申请听证。联系人：", OF(c.off()), "，电话：", c.aphone("0872"), "，地址：", aaddr("宾川县金牛镇宾居路168号"), "。")
    d.line()
    d.line("　　　　　　　　", ag("宾川县自然资源局"), "　", ag("宾川县金牛镇人民政府"))
    d.line("　　　　　　　　", ev("2024年9月16日"))
    return d
