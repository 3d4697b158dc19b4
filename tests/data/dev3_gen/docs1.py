"""Documents 1-10."""

from __future__ import annotations

from .builder import Doc
from .common import (A, DOB, ID, OF, P, PH, T, aaddr, ag, amt, case, docno, ev, law, masked, oaddr, org, place,
                     pseudo, serial)
from .people import REGION_CODES, cn_date, dob, id_card, masked_id, mobile, sex_of
from .places import R, ROADS, ESTATES, cn_digits, cn_num, hyphen, lane, room, rural, tun, urban, village, yard


def _villages(c, k):
    out = []
    while len(out) < k:
        v = village(c.rng)
        if v not in out:
            out.append(v)
    return out


# ----------------------------------------------------------------------------------------------- 1
def d01(c):
    d = Doc(1, "dibao_publicity", "城乡低保对象审核确认公示")
    reg, town = R["dancheng"], "汲冢镇"
    vils = _villages(c, 7)
    d.line(ag("郸城县汲冢镇人民政府"))
    d.line("关于2024年第二季度城乡居民最低生活保障对象审核确认情况的公示")
    d.line()
    d.line("各村（社区）：")
    d.line("　　根据", law("《河南省最低生活保障审核确认办法》"), "（", docno("豫民规〔2021〕5号"),
           "）和县民政局有关要求，经个人申请、村（居）民委员会协助调查、镇民政所入户核查、村民代表民主评议和镇人民政府审核，"
           "现将我镇2024年第二季度拟新增、拟退出和拟调整最低生活保障对象予以公示，接受群众监督。")
    d.line()
    rows = 22
    d.line(f"一、拟新增低保对象（共{rows}户）")
    d.line("序号\t户主姓名\t性别\t家庭住址\t共同生活家庭成员\t保障人口\t保障类别\t月保障金（元）\t身份证号码")
    total = 0
    for i in range(1, rows + 1):
        style = "compound" if i == 9 else c.pick(["old_m", "old_f", "mid", "any", "two", "any", "rare"])
        name = c.name(style)
        sex = sex_of(name)
        v, g, h = c.pick(vils), c.randint(1, 9), c.randint(1, 88)
        form = i % 5
        if form == 0:
            addr = f"{town}{v}{cn_num(g)}组"
        elif form == 1:
            addr = f"{v}{g}组{h}号"
        elif form == 2:
            addr = f"郸城县{town}{v}{g}组{h}号"
        elif form == 3:
            addr = f"{v}{cn_num(g)}组"
        else:
            addr = f"{town}{v}{g}组{h}号"
        k = c.pick([0, 0, 1, 1, 2, 3])
        members = c.names(k)
        people = [P(m) if j == 0 else ["、", P(m)] for j, m in enumerate(members)] if members else ["无"]
        money = (k + 1) * c.pick([285, 310, 335, 360])
        total += money
        d.line(f"{i}\t", P(name), f"\t{sex}\t", A(addr), "\t", people, f"\t{k + 1}\t农村低保{c.pick('ABC')}类\t{money}\t",
               masked(masked_id(c.rng, "411625")))
    d.line("合计月保障金", amt(f"{total:,}元"), "。")
    d.line()
    d.line("二、拟退出低保对象（共5户）")
    d.line("序号\t户主姓名\t家庭住址\t退出原因")
    reasons = ["家庭人均收入超过当地低保标准", "子女已就业，家庭经济状况明显改善", "购置商品房一套，不符合财产条件",
               "户籍迁出本镇", "经入户核查，家庭成员隐瞒经营性收入"]
    for i in range(1, 6):
        name = c.name(c.pick(["mid", "old_m", "any"]))
        v = c.pick(vils)
        addr = f"{town}{v}{c.randint(1, 9)}组{c.randint(1, 88)}号" if i % 2 else f"{v}{cn_num(c.randint(1, 9))}组"
        d.line(f"{i}\t", P(name), "\t", A(addr), f"\t{reasons[i - 1]}")
    d.line()
    d.line("三、拟调整保障金额对象（共2户）")
    a1, s1 = c.name("old_m"), c.name("old_f")
    v = c.pick(vils)
    ad1 = f"郸城县{town}{v}{cn_num(c.randint(1, 9))}组{c.randint(1, 88)}号"
    d.line("　　1. 原户主", P(a1), "（家住", A(ad1), "）已于", ev("2024年3月"), "病故，其配偶", P(s1),
           "单人户继续享受低保，月保障金由", amt("620元"), "调整为", amt("360元"), "。")
    a2, son = c.name("mid"), c.name("young")
    v = c.pick(vils)
    ad2 = f"{town}{v}{c.randint(1, 9)}组{c.randint(1, 88)}号"
    d.line("　　2. ", P(a2), "户（住", A(ad2), "），其子", P(son),
           "患白血病长期住院治疗，刚性支出较大，经评议由B类调整为A类。")
    d.line()
    d.line("四、民主评议情况")
    cadre = c.off()
    for v in vils[:3]:
        reps = c.names(c.pick([4, 5]), c.pick(["mid", "any", "old_m"]))
        d.line(f"　　{v}：", ev(f"2024年6月{c.randint(3, 8)}日"), "召开民主评议会，到会村民代表",
               f"{c.randint(11, 19)}人，评议小组成员", [x for j, n in enumerate(reps) for x in (("、" if j else ""), P(n))],
               "，包村干部", OF(cadre), "列席并监督。")
    d.line("　　评议结果：新增对象同意票均超过到会代表的三分之二；退出对象经本人签字确认，无异议。")
    d.line()
    d.line("五、有关说明")
    d.line("　　1. 家庭收入按申请前12个月的平均收入计算，包括工资性收入、经营净收入、财产净收入和转移净收入；"
           "农村低保标准为每人每年", amt("5,160元"), "。")
    d.line("　　2. 重病、重残人员可按单人户纳入低保，其共同生活家庭成员不计入保障人口。")
    d.line("　　3. 公示名单中的身份证号码已作去标识化处理，仅显示前四位和后四位。")
    d.line()
    d.line("　　公示时间：", ev("2024年6月17日"), "至", ev("2024年6月23日"),
           "。公示期间，任何单位和个人均可通过来信、来电、来访等方式向镇民政所或县民政局反映情况，"
           "反映情况须实事求是，提倡实名反映。")
    d.line("　　镇民政所电话：", c.aphone("0394"))
    d.line("　　县民政局监督电话：", c.aphone("0394"))
    d.line("　　郸城县政务服务便民热线：", c.hot("12345"))
    d.line()
    d.line("　　　　　　　　　　　　　　　　", ag("郸城县汲冢镇人民政府"))
    d.line("　　　　　　　　　　　　　　　　", ev("2024年6月17日"))
    return d


# ----------------------------------------------------------------------------------------------- 2
def d02(c):
    d = Doc(2, "tekun_support", "特困人员救助供养审核确认公示")
    reg = R["xinshao"]
    town = "严塘镇"
    vils = _villages(c, 6)
    d.line(ag("新邵县严塘镇人民政府"))
    d.line("2024年度特困人员救助供养审核确认结果公示")
    d.line()
    d.line("　　依据", law("《特困人员认定办法》（民发〔2021〕43号）"), "和", law("《湖南省特困人员救助供养办法》"),
           "，经本人申请（或村民委员会代为申请）、村级初审、镇人民政府审核确认，现将本年度特困人员救助供养对象公示如下。"
           "照料服务人由村民委员会协调确定，原则上优先由近亲属或邻居担任，并签订照料服务协议。")
    d.line()
    d.line("序号|姓名|性别|年龄|户籍所在地|供养方式|生活自理能力|照料服务人")
    listed = []
    for i in range(1, 21):
        name = c.name(c.pick(["old_m", "old_m", "old_f", "any", "two"]))
        sex = sex_of(name)
        age = c.randint(60, 93)
        v = c.pick(vils)
        g = c.randint(1, 14)
        form = i % 4
        if form == 0:
            addr = f"新邵县{town}{v}{g}组"
        elif form == 1:
            addr = f"{town}{v}{cn_num(g)}组"
        elif form == 2:
            addr = f"湖南省邵阳市新邵县{town}{v}{g}组{c.randint(1, 60)}号"
        else:
            addr = f"{v}{g}组"
        if i in (4, 11):
            d.line(f"{i}|", P(name), f"|{sex}|{age}|", A(addr), "|集中供养（", org("新邵县严塘镇敬老院"),
                   "）|完全自理|——")
            continue
        carer = c.name(c.pick(["mid", "any", "young"]))
        ability = c.pick(["完全自理", "完全自理", "部分失能", "完全失能"])
        rel = c.pick(["侄女", "侄媳", "外甥女", "邻居"] if sex_of(carer) == "女" else ["侄子", "外甥", "堂弟", "邻居", "表弟"])
        d.line(f"{i}|", P(name), f"|{sex}|{age}|", A(addr), f"|分散供养|{ability}|", P(carer), f"（{rel}）")
        listed.append(name)
    d.line()
    n1, n2, n3 = listed[2], listed[7], listed[12]
    d.line("　　说明：1. 上表中", P(n1), "、", P(n2), "、", P(n3),
           "三人为本年度新纳入对象，其余为原有对象复核后继续保留。")
    dead = c.name("old_m")
    v = c.pick(vils)
    dead_addr = f"{town}{v}{c.randint(1, 14)}组{c.randint(1, 60)}号"
    d.line("　　2. 原分散供养对象", P(dead), "老人（生前住", A(dead_addr), "）于", ev("2024年2月9日"),
           "病故，自次月起停发基本生活费，丧葬事宜由村民委员会协助其侄子", P(c.name("mid")), "办理。")
    mv = c.name("old_m")
    mv_addr = f"新邵县{town}{c.pick(vils)}{cn_num(c.randint(1, 14))}组"
    d.line("　　3. ", P(mv), "原住", A(mv_addr), "，本人申请由分散供养转为集中供养，已于", ev("2024年4月"),
           "入住", org("新邵县严塘镇敬老院"), "，其原住房由村民委员会登记管理。")
    checkers = [c.off(), c.off()]
    d.line("　　4. 入户核查情况：镇社会事务综合服务中心工作人员", OF(checkers[0]), "、", OF(checkers[1]),
           "于4月中旬对新申请人逐户进行了核查。")
    x1 = c.name("old_m")
    x1a = f"{town}{c.pick(vils)}{cn_num(c.randint(1, 14))}组村小学对面"
    d.line("　　其中，", P(x1), "老人独居于", A(x1a),
           "的两间土木结构老屋，无配偶、无子女，本人患有慢性阻塞性肺病，无劳动能力，符合“三无”条件；")
    x2, x2b = c.name("old_f"), c.name("mid")
    x2a = f"新邵县{town}{c.pick(vils)}{c.randint(1, 14)}组{c.randint(1, 60)}号"
    d.line("　　", P(x2), "老人（现住", A(x2a), "）原由其养子", P(x2b),
           "赡养，", P(x2b), "于2023年因病去世后，老人无其他法定赡养人，经村民代表会议评议同意纳入。")
    d.line("　　5. 认定条件：同时具备无劳动能力、无生活来源、无法定赡养抚养扶养义务人或者其法定义务人无履行义务能力的"
           "老年人、残疾人以及未满16周岁的未成年人，应当依法纳入特困人员救助供养范围。")
    d.line("　　照料服务协议签订情况：分散供养对象均已签订照料服务协议。其中，", P(x1), "老人由邻居",
           P(nb1 := c.name("mid")), "照料，", P(nb1), "家住", A(f"{town}{c.pick(vils)}{cn_num(c.randint(1, 14))}组{c.randint(1, 60)}号"),
           "，距老人住处约200米，每日上门一次；", P(x2), "老人由村民委员会协调其外甥女", P(nb2 := c.name("mid")),
           "照料，", P(nb2), "现住", A(f"邵阳市大祥区{c.pick(['城西街道', '城南街道'])}{c.pick(ROADS)}{c.randint(1, 300)}号{c.pick(ESTATES)}{c.randint(1, 12)}栋{room(c.rng, 18)}室"),
           "，每周回村两次，其余时间委托村卫生室医生定期巡访。")
    d.line("　　照料服务人联系方式（供村干部回访使用）：", P(nb1), "　", PH(mobile(c.rng)), "；", P(nb2), "　",
           PH(mobile(c.rng, "dash")), "。")
    d.line("　　特困人员生活自理能力评估由镇人民政府委托", org("新邵县严塘镇中心卫生院"),
           "按照日常生活活动能力评估标准开展，评估结果分为完全能够自理、部分丧失生活自理能力和完全丧失生活自理能力三档，"
           "作为确定照料护理标准的依据。")
    d.line("　　镇人民政府将每季度对照料服务情况进行回访，照料不到位的，及时调整照料服务人或转为集中供养。")
    d.line("　　6. 基本生活标准按每人每月", amt("800元"), "发放，照料护理补贴按自理、部分失能、完全失能分别为每人每月",
           amt("80元"), "、", amt("400元"), "、", amt("1200元"), "。")
    d.line()
    d.line("　　公示期为7天（", ev("2024年5月6日"), "至", ev("2024年5月12日"),
           "）。如有异议，请向镇社会事务综合服务中心反映，电话：", c.aphone("0739"),
           "；也可拨打新邵县民政局监督电话", c.aphone("0739"), "。")
    d.line()
    d.line("　　　　　　　　　　　　", ag("新邵县严塘镇人民政府"))
    d.line("　　　　　　　　　　　　", ev("2024年5月6日"))
    return d


# ----------------------------------------------------------------------------------------------- 3
def d03(c):
    d = Doc(3, "expropriation_compensation", "房屋征收补偿安置结果公告", encoding="gbk", newline="crlf")
    reg = R["shunqing"]
    d.line(ag("南充市顺庆区人民政府"), "房屋征收办公室")
    d.line("关于清泉坝片区棚户区改造项目分户补偿安置结果的公告")
    d.line(docno("顺征办告〔2024〕7号"))
    d.line()
    d.line("　　", ag("南充市顺庆区人民政府"), "于", ev("2023年9月12日"), "作出《关于清泉坝片区棚户区改造项目国有土地上房屋征收的决定》（",
           docno("顺府征〔2023〕4号"), "）。依照", law("《国有土地上房屋征收与补偿条例》第二十九条"),
           "的规定，现将已签订补偿协议的被征收人分户补偿安置情况公告如下。")
    ev_org = "四川蜀衡房地产土地资产评估有限公司"
    d.line("　　本项目房屋征收评估机构为", org(ev_org), "（注册地址：", oaddr("成都市武侯区人民南路四段19号9楼"),
           "），由被征收人协商选定；征收实施单位为", ag("南充市顺庆区房屋征收服务中心"), "（办公地点：",
           aaddr("南充市顺庆区延安路169号"), "）。")
    d.line()
    d.line("户号 | 被征收人 | 房屋坐落 | 证载面积（㎡） | 补偿方式 | 安置房源 / 货币补偿额")
    streets = list(reg.streets)
    for i in range(1, 22):
        owners = [c.name(c.pick(["mid", "old_m", "old_f", "any"]))]
        if i % 4 == 0:
            owners.append(c.name(c.pick(["mid", "old_f"])))
        ppl = [P(owners[0])] + (["、", P(owners[1])] if len(owners) > 1 else [])
        rd = c.pick(["清泉坝路", "清泉坝南街", "莲池路", "北湖路", "果山街"])
        no = c.randint(2, 180)
        st = c.pick(streets)
        form = i % 5
        if form == 0:
            loc = f"顺庆区{st}{rd}{no}号附{c.randint(1, 12)}号"
        elif form == 1:
            loc = f"南充市顺庆区{rd}{no}号{c.randint(1, 6)}栋{c.randint(1, 3)}单元{room(c.rng, 7)}室"
        elif form == 2:
            loc = f"{rd}{no}号院内{c.randint(1, 9)}号"
        elif form == 3:
            loc = f"顺庆区{st}{rd}{no}号{c.randint(1, 3)}单元{c.randint(1, 7)}楼{c.randint(1, 4)}号"
        else:
            loc = f"{rd}{no}号{c.randint(2, 7)}楼"
        area = f"{c.randint(38, 140)}.{c.randint(10, 99)}"
        if c.chance(0.55):
            est = c.pick(["清泉安居苑", "莲池雅居", "北湖安置小区", "嘉陵和苑"])
            res = f"顺庆区{est}{c.randint(1, 12)}栋{c.randint(1, 3)}单元{room(c.rng, 26)}室" if c.chance(0.6) \
                else f"{est}{c.randint(1, 12)}栋{c.randint(1, 3)}单元{room(c.rng, 26)}"
            d.line(f"QQB-{i:03d} | ", ppl, " | ", A(loc), f" | {area} | 产权调换 | 安置房位于", A(res))
        else:
            d.line(f"QQB-{i:03d} | ", ppl, " | ", A(loc), f" | {area} | 货币补偿 | ",
                   amt(f"{c.randint(21, 96)}.{c.randint(1000, 9999)}万元"))
    d.line()
    dead, h1, h2 = c.name("old_m"), c.name("mid"), c.name("mid")
    loc = f"顺庆区{c.pick(streets)}莲池路{c.randint(2, 120)}号{c.randint(1, 3)}单元{room(c.rng, 7)}室"
    d.line("　　另：被征收人", P(dead), "（已故）名下房屋坐落于", A(loc), "，其法定继承人", P(h1), "、", P(h2),
           "已共同签订补偿协议，补偿款由二人按份领取，相关继承公证书已由", org("四川省南充市顺庆公证处"), "出具。")
    d.line()
    d.line("　　截至公告之日，尚有3户未签订补偿协议：")
    for j in range(3):
        nm = c.name(c.pick(["mid", "old_m", "any"]))
        loc = f"顺庆区{c.pick(streets)}{c.pick(['清泉坝路', '果山街', '北湖路'])}{cn_num(c.randint(2, 99))}号" if j != 1 else \
            f"{c.pick(['清泉坝路', '果山街'])}{c.randint(2, 180)}号{c.randint(1, 3)}单元{room(c.rng, 7)}室"
        d.line(f"　　（{cn_num(j + 1)}）", P(nm), "（房屋坐落：", A(loc), "）：", c.pick([
            "对评估价格有异议，已申请复核评估；", "要求增加安置面积，征收部门正在协商；",
            "产权人长期在外务工，已多次电话联系；"]))
    d.line("　　对上述未签约户，征收部门将继续协商，协商不成的，由区人民政府依法作出补偿决定。")
    d.line("　　签约期内签订协议并按期搬迁的，给予搬迁奖励每户", amt("20,000元"), "；临时安置费按每月每平方米",
           amt("12元"), "计发至交房后三个月。")
    d.line("　　被征收人对补偿决定不服的，可以依法申请行政复议，也可以依法提起行政诉讼。咨询电话：", c.aphone("0817"), "。")
    d.line()
    d.line("　　　　　　　　　　　　南充市顺庆区人民政府房屋征收办公室")
    d.line("　　　　　　　　　　　　", ev("2024年3月28日"))
    return d


# ----------------------------------------------------------------------------------------------- 4
def d04(c):
    d = Doc(4, "petition_opinion", "信访事项处理意见书")
    reg = R["hongshan"]
    p1, p2, p3 = c.name("mid"), c.name("old_f"), c.name("any")
    est, rd, no = "金地格林小镇", "雄楚大道", 1038
    b = c.randint(3, 12)
    a1 = f"洪山区珞南街道{rd}{no}号{est}{b}栋2单元1402室"
    a2 = f"{b}栋1单元802室"
    a3 = f"湖北省武汉市洪山区珞南街道{rd}{no}号{est}{b}栋2单元{cn_digits(1101)}室"
    p4, p5 = c.name("old_m"), c.name("young")
    a4 = f"湖北省 武汉市 洪山区 珞南街道 {rd}{no}号 {est}{b}栋3单元{room(c.rng, 26)}室"
    a5 = f"洪山区{c.pick(['关山街道', '和平街道'])}{c.pick(['民族大道', '鲁磨路'])}{c.randint(10, 400)}号{c.pick(ESTATES)}{c.randint(1, 30)}-{c.randint(1, 4)}-{room(c.rng, 20)}"
    target = c.name("mid")
    t_addr = f"{rd}{no}号{est}{b}栋2单元1502室"
    h1, h2 = c.off(), c.off()
    head = c.off()
    d.line(ag("武汉市洪山区珞南街道办事处"))
    d.line("信访事项处理意见书")
    d.line(docno("洪珞信复〔2024〕37号"))
    d.line()
    d.line(P(p1), "、", P(p2), "、", P(p3), "等五人：")
    d.line("　　你们于", ev("2024年3月11日"), "通过湖北省网上信访信息系统提出的信访事项（信访件编号：",
           serial("2024031100845"), "），本机关已于", ev("2024年3月14日"), "依法受理。现根据",
           law("《信访工作条例》第三十二条"), "的规定，将处理意见告知如下。")
    d.line()
    d.line("　　一、信访人基本情况及诉求")
    d.line("　　领衔信访人", P(p1), "，现住", A(a1), "；", P(p2), "，住同楼", A(a2), "；", P(p3), "，住",
           A(a3), "；", P(p4), "，通讯地址", A(a4), "；", P(p5), "，住", A(a5), "。")
    d.line("　　你们反映：同单元住户", P(target), "（住", A(t_addr), "）自", ev("2023年10月"),
           "起在其房屋顶层露台私自搭建钢结构阳光房约35平方米，并在楼顶公共区域堆放杂物，存在安全隐患，"
           "且该小区物业服务企业", org("武汉金瑞物业服务有限公司"), "（注册地址：", oaddr("武汉市洪山区珞喻路456号鸿泰大厦7楼"),
           "）未予制止。请求：1. 拆除违法搭建；2. 责令物业公司履行管理义务。")
    d.line()
    d.line("　　二、调查核实情况")
    d.line("　　收到信访事项后，街道城管执法中队执法人员", OF(h1), "、", OF(h2), "于", ev("2024年3月19日"),
           "会同", org("珞南街道金地社区居民委员会"), "、物业公司对现场进行了核查。经查，", P(target),
           "在其露台搭建的阳光房属实，建设前未取得建设工程规划许可，不符合", law("《武汉市违法建设治理办法》第二十四条"),
           "的规定。核查过程中，", P(target), "表示搭建目的是防止雨水渗漏，愿意配合整改。")
    d.line("　　执法人员同时走访了物业服务中心。物业项目经理", P(c.name("mid")), "称，", ev("2023年11月"),
           "曾向", P(target), "发出书面整改告知函，但未向行政机关报告。经查阅物业巡查记录，该情况属实。")
    d.line("　　执法人员还调取了该楼栋的装修备案登记表，", P(target), "于2023年9月办理的装修备案内容仅为室内墙面翻新，"
           "不包括露台搭建。物业装修巡查记录显示，", ev("2023年10月8日"), "曾有施工人员将钢材运入该楼，物业保安曾上前询问，"
           "施工人员称系业主自用材料。")
    d.line("　　依据", law("《物业管理条例》第四十五条"),
           "的规定，对物业管理区域内违反有关治安、环保、物业装饰装修和使用等方面法律、法规规定的行为，"
           "物业服务企业应当制止，并及时向有关行政管理部门报告。")
    d.line("　　另查明，楼顶公共区域堆放的杂物系同楼另一住户", P(c.name("old_m")),
           "存放的旧家具，已由社区工作人员联系其本人于", ev("2024年3月22日"), "前清理完毕。")
    d.line()
    d.line("　　附：现场核查笔录摘要")
    d.line("　　核查时间：", ev("2024年3月19日"), "上午9时30分至10时40分；核查地点：", A(t_addr), "露台及楼顶公共区域。")
    w1, w2 = c.name("old_m"), c.name("mid")
    d.line("　　在场人：", P(target), "（房屋所有权人）；", P(w1), "（业主委员会委员，住", A(f"{b}栋2单元{room(c.rng, 26)}室"),
           "）；", P(w2), "（信访人代表，住", A(f"{est}{b}栋1单元{cn_digits(room(c.rng, 26))}室"), "）；社区网格员一名。")
    d.line("　　核查情况：露台东侧搭建钢结构框架，顶部及三面以钢化玻璃封闭，长约7米、宽约5米；楼顶消防通道处堆放旧沙发、"
           "木柜等物品。执法人员现场拍照12张，制作现场勘验图一份，在场人核对无误后签名。")
    d.line()
    d.line("　　三、处理意见")
    d.line("　　（一）街道城管执法中队已于", ev("2024年3月25日"), "向", P(target),
           "送达《责令限期改正通知书》，责令其于15日内自行拆除；逾期不拆除的，依法予以强制拆除。")
    d.line("　　（二）约谈", org("武汉金瑞物业服务有限公司"),
           "项目负责人，要求其加强日常巡查，发现违法搭建应及时劝阻并报告，相关情况将纳入物业服务企业信用评价。")
    d.line("　　（三）由社区居民委员会牵头，组织召开业主协商会，对楼顶公共区域的使用和管理进行约定，并在单元公告栏公示。")
    d.line("　　（四）你们的信访请求，本机关予以支持。本意见书同时抄送", P(target), "本人。")
    d.line()
    d.line()
    d.line("　　四、其他事项")
    mom = c.name("old_f")
    mom_county, mom_town = c.pick([("浠水县", "清泉镇"), ("蕲春县", "漕河镇"), ("罗田县", "凤山镇")])
    mom_addr = f"湖北省黄冈市{mom_county}{mom_town}{village(c.rng)}{cn_num(c.randint(1, 9))}组{c.randint(1, 60)}号"
    d.line("　　信访人", P(p5), "在信访材料中另反映，其母", P(mom), "户籍所在地为", A(mom_addr),
           "，老人现随其居住，希望将城乡居民养老保险待遇领取地转至武汉。该事项不属于本机关职权范围，"
           "本机关已告知其向", ag(f"{mom_county}医疗保障局"), "及", ag("武汉市社会保险管理中心"), "咨询办理，并提供了办事指南。")
    d.line("　　你们在信访过程中反映的小区电动车充电桩不足问题，已转交社区居委会和业委会研究，"
           "拟利用小区东门空地新增充电车棚一处，预计于", ev("2024年6月"), "前建成。")
    d.line()
    d.line("　　如对本处理意见不服，可以自收到本意见书之日起30日内，向", ag("武汉市洪山区人民政府"), "（地址：",
           aaddr("武汉市洪山区友谊大道与和平大道交会处洪山区政务中心"), "）请求复查。")
    d.line("　　承办人：", OF(h1), "　　联系电话：", c.aphone("027"))
    d.line("　　也可拨打市民服务热线", c.hot("12345"), "进行咨询。")
    d.line()
    d.line("　　　　　　　　　　　　　　", ag("武汉市洪山区珞南街道办事处"))
    d.line("　　　　　　　　　　　　　　（主任：", OF(head), "）")
    d.line("　　　　　　　　　　　　　　", ev("2024年4月2日"))
    return d


# ----------------------------------------------------------------------------------------------- 5
def d05(c):
    d = Doc(5, "admin_review_decision", "行政复议决定书")
    reg = R["lanshan"]
    ap = c.name_sex("男", "old_m")
    ap_dob = dob(c.rng, 1962, 1975)
    ap_id = id_card(c.rng, "371302", ap_dob, True)
    ap_addr = urban(c.rng, reg, city=True, street=True, road=True, estate=True, bstyle="号楼")
    lawyer = c.name("mid")
    chief = c.off()
    third = c.name_sex("女", "mid")
    third_addr = f"兰山区兰山街道{c.pick(ROADS)}{c.randint(10, 300)}号{c.pick(ESTATES)}{c.randint(1, 20)}号楼{c.randint(1, 3)}单元{room(c.rng, 11)}室"
    mother = c.name("old_f")
    mother_addr = f"兰山区{c.pick(['枣园镇', '半程镇'])}{village(c.rng)}{cn_num(c.randint(1, 9))}组{c.randint(1, 80)}号"
    witness2 = c.name("mid")
    witness = c.name("any")
    w_addr = f"{c.pick(ESTATES)}{c.randint(1, 20)}号楼{c.randint(1, 3)}单元{room(c.rng, 11)}室"
    cop1, cop2 = c.off(), c.off()
    d.line(ag("临沂市兰山区人民政府"))
    d.line("行政复议决定书")
    d.line(docno("兰政复决字〔2024〕第56号"))
    d.line()
    d.line("　　申请人：", P(ap), "，男，", DOB(cn_date(ap_dob)), "出生，汉族，公民身份号码", ID(ap_id), "，住", A(ap_addr), "。")
    d.line("　　委托代理人：", P(lawyer), "，", org("山东沂蒙明德律师事务所"), "律师，执业机构办公地点：",
           oaddr("临沂市北城新区沂蒙路139号金鼎大厦15层"), "。")
    d.line("　　申请人通讯地址：", A(f"山东省临沂市兰山区金雀山街道{c.pick(ROADS)}{c.randint(1, 200)}号{c.pick(ESTATES)}{c.randint(1, 20)}号楼{c.randint(1, 3)}单元{room(c.rng, 18)}室"),
           "（其女儿", P(c.name("young")), "处）。")
    d.line("　　被申请人：", ag("临沂市公安局兰山分局"), "，住所地：", aaddr("临沂市兰山区金雀山路168号"), "。")
    d.line("　　法定代表人：", OF(chief), "，局长。")
    d.line("　　第三人：", P(third), "，女，1983年生，户籍所在地：", A(f"山东省临沂市沂南县{c.pick(['界湖街道', '苏村镇'])}{village(c.rng)}{c.randint(1, 9)}组"),
           "，现住", A(third_addr), "。")
    d.line()
    d.line("　　申请人不服被申请人于", ev("2024年1月18日"), "作出的", docno("临兰公（柳）行罚决字〔2024〕1183号"),
           "《行政处罚决定书》，于", ev("2024年2月20日"), "向本机关申请行政复议，本机关依法予以受理。本案现已审理终结。")
    d.line()
    d.line("　　申请人请求：撤销被申请人作出的上述行政处罚决定。")
    d.line("　　本机关受理后，依法向被申请人送达了行政复议申请书副本及提出答复通知书，被申请人在法定期限内提交了书面答复及作出"
           "行政处罚决定的证据、依据和其他有关材料。因第三人与被诉行政行为有利害关系，本机关依法通知其参加行政复议。")
    d.line("　　申请人称：", ev("2024年1月6日"), "晚7时许，第三人", P(third), "与其母亲", P(mother),
           "因楼道堆放物品问题到申请人家门口争吵，申请人出门劝阻时被", P(mother),
           "推搡，申请人只是用手格挡，并未殴打他人。被申请人仅依据第三人一方陈述认定申请人殴打他人，事实不清，证据不足。")
    d.line("　　被申请人称：接到报警后，民警", OF(cop1), "、", OF(cop2),
           "于当晚到达现场，经调取楼道监控录像、询问当事人及证人，查明申请人用拳头击打第三人面部，致其鼻部软组织挫伤，"
           "经鉴定为轻微伤。被申请人依据", law("《中华人民共和国治安管理处罚法》第四十三条第一款"),
           "对申请人作出行政拘留五日并处罚款", amt("二百元"), "的处罚，事实清楚，程序合法。")
    d.line("　　第三人称：同意被申请人的意见。第三人另称，事发当晚其母", P(mother), "（住",
           A(mother_addr), "）到第三人家中探望，双方争执起因是申请人将电动车停放在楼道内影响通行，"
           "第三人曾多次通过物业提出，申请人均未理会。")
    d.line()
    d.line("　　经审理查明：申请人", P(ap), "与第三人", P(third), "系同一小区邻居。", ev("2024年1月6日"),
           "19时12分，双方在申请人家门口发生争执。证人", P(witness), "（住", A(w_addr),
           "）证实，其下楼时看到申请人挥拳打向第三人，第三人当场流鼻血。该证言与楼道监控录像内容能够相互印证。"
           "另一证人", P(witness2), "（物业保安员）证实其接到电话后赶到现场，看到第三人用纸巾捂住鼻子，申请人站在门口大声叫骂。"
           "被申请人于", ev("2024年1月7日"), "依法履行了告知程序，申请人未提出陈述申辩。")
    d.line()
    d.line("　　上述事实有下列证据证明：1. 受案登记表、受案回执；2. 申请人", P(ap), "的询问笔录三份；3. 第三人", P(third),
           "的询问笔录两份；4. 证人", P(witness), "、", P(witness2), "的询问笔录；5. ", org("临沂市人民医院"),
           "门诊病历及", org("临沂市公安局物证鉴定所"), "出具的伤情鉴定意见书；6. 楼道监控录像光盘一张及截图；"
           "7. 行政处罚告知笔录、送达回执。")
    d.line("　　另查明，申请人此前曾因与第三人的同一纠纷于", ev("2023年8月"), "经", org("兰山街道人民调解委员会"),
           "调解，双方签订调解协议，约定申请人不在楼道停放电动车，第三人家属不得上门争吵。")
    d.line()
    d.line("　　本机关在审理过程中，于", ev("2024年3月12日"), "分别听取了申请人及其委托代理人", P(lawyer), "、被申请人代理人和第三人",
           P(third), "的意见。申请人提交了其本人在", org("临沂市中心医院"), "的就诊记录，称其手腕亦被第三人抓伤。"
           "经审查，该就诊记录形成于事发后第五日，且记载为“自述摔伤”，与本案缺乏关联性，本机关不予采信。")
    d.line()
    d.line("　　关于申请人提出的“只是用手格挡”的主张，监控录像显示申请人右手握拳击打第三人面部两次，与其陈述不符，"
           "本机关不予采信。关于申请人提出的程序问题，被申请人在作出处罚决定前已告知申请人拟作出处罚的事实、理由、依据"
           "及享有的陈述申辩权利，申请人拒绝在告知笔录上签名，办案民警已注明情况并由见证人签名，程序并无不当。")
    d.line("　　本机关认为：被申请人作出的行政处罚决定认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。"
           "根据", law("《中华人民共和国行政复议法》第六十八条"), "之规定，本机关决定：")
    d.line("　　维持被申请人作出的", docno("临兰公（柳）行罚决字〔2024〕1183号"), "《行政处罚决定书》。")
    d.line("　　同时，本机关建议被申请人在今后办理邻里纠纷引发的治安案件时，注重源头化解，会同社区、物业加强调解工作。")
    d.line("　　申请人如不服本决定，可以自收到本决定书之日起十五日内向", org("临沂市兰山区人民法院"), "提起行政诉讼。")
    d.line()
    d.line("　　　　　　　　　　　　　　　　　　", ag("临沂市兰山区人民政府"))
    d.line("　　　　　　　　　　　　　　　　　　", ev("2024年4月15日"))
    return d


# ----------------------------------------------------------------------------------------------- 6
def d06(c):
    d = Doc(6, "court_service_notices", "法院公告送达汇编")
    reg = R["peixian"]
    court = "江苏省沛县人民法院"
    d.line(ag(court), "公告")
    d.line()
    claims = ["民间借贷纠纷", "离婚纠纷", "买卖合同纠纷", "机动车交通事故责任纠纷", "追索劳动报酬纠纷", "房屋租赁合同纠纷",
              "赡养纠纷"]
    for k in range(7):
        cn = case(f"（2024）苏0322民初{c.randint(1000, 8999)}号")
        plaintiff_org = k == 2
        defs = [c.name(c.pick(["mid", "any", "young", "two"]))]
        if k in (0, 2, 4):
            defs.append(c.name(c.pick(["mid", "any", "old_f"])))
        pl = None if plaintiff_org else c.name(c.pick(["mid", "any", "old_m"]))
        d.line(cn)
        heads = [P(defs[0])] + (["、", P(defs[1])] if len(defs) > 1 else [])
        d.line(heads, "：")
        you = "你们" if len(defs) > 1 else "你"
        d.line("　　本院受理原告", org("沛县鑫源建材销售有限公司") if plaintiff_org else P(pl), "诉被告", heads, claims[k],
               "一案，因", you, "下落不明，依照", law("《中华人民共和国民事诉讼法》第九十五条"), "的规定，向", you,
               "公告送达起诉状副本、应诉通知书、举证通知书、合议庭组成人员通知书及开庭传票。")
        # defendants' particulars
        for j, nm in enumerate(defs):
            male = sex_of(nm) == "男"
            born = dob(c.rng, 1965, 1996)
            form = (k + j) % 4
            if form == 0:
                addr = rural(c.rng, reg, county=True, group="组", house=True)
                cue = "户籍地"
            elif form == 1:
                addr = urban(c.rng, reg, prov=True, city=True, county=True, sep=" ")
                cue = "最后住所地"
            elif form == 2:
                addr = rural(c.rng, reg, county=False, group="组", cn=True, house=False)
                cue = "住"
            else:
                other = R[c.pick(["caoxian", "mengcheng", "dancheng"])]
                addr = rural(c.rng, other, prov=True, county=True, group="组", house=True)
                cue = "户籍所在地"
            dob_txt = DOB(cn_date(born))
            d.line("　　被告", P(nm), "，", "男" if male else "女", "，", dob_txt, "出生，汉族，", cue, "：", A(addr), "。")
        d.line("　　自本公告发出之日起经过三十日即视为送达。提出答辩状和举证的期限分别为公告送达期满后的十五日和三十日内。"
               "本案定于举证期满后的第三日上午9时（遇法定节假日顺延）在本院", c.pick(["第三", "第五", "龙固"]),
               "法庭公开开庭审理，逾期将依法缺席裁判。")
        d.line()
    judge = c.off()
    d.line("　　联系人：", OF(judge), "（审判员）　联系电话：", c.aphone("0516"), "　地址：", aaddr("沛县汉源大道与汤沐路交叉口东北角沛县人民法院诉讼服务中心"))
    d.line()
    d.line("　　　　　　　　　　　　　　　　", ag(court))
    d.line("　　　　　　　　　　　　　　　　", ev("二〇二四年五月二十日"))
    return d


# ----------------------------------------------------------------------------------------------- 7
def d07(c):
    d = Doc(7, "property_first_registration", "不动产首次登记公告")
    reg = R["ruian"]
    d.line(ag("瑞安市自然资源和规划局"))
    d.line("不动产首次登记公告")
    d.line(docno("瑞不动产公告〔2024〕第0219号"))
    d.line()
    d.line("　　经初步审定，我机构拟对下列农村宅基地使用权及房屋所有权（房地一体）不动产权利予以首次登记，根据",
           law("《不动产登记暂行条例实施细则》第十七条"),
           "的规定，现予公告。如有异议，请自本公告之日起十五个工作日内（", ev("2024年7月8日"), "至", ev("2024年7月26日"),
           "）将异议书面材料送达我机构。逾期无人提出异议或者异议不成立的，我机构将予以登记。")
    d.line()
    d.line("序号  权利人  不动产坐落  不动产单元号  宅基地面积（㎡）  房屋建筑面积（㎡）  用途")
    for i in range(1, 22):
        own = [c.name(c.pick(["mid", "old_m", "any", "old_f"]))]
        if i % 3 == 0:
            own.append(c.name(c.pick(["mid", "old_f", "any"])))
        if i == 7:
            own.append(c.name("young"))
        ppl = [P(own[0])] + [x for o in own[1:] for x in ("、", P(o))]
        town = c.pick(reg.towns)
        v = village(c.rng)
        form = i % 5
        if form == 0:
            loc = f"瑞安市{town}{v}{c.pick(ROADS)}{c.randint(1, 60)}弄{c.randint(1, 30)}号"
        elif form == 1:
            loc = f"{town}{v}{c.pick(['上', '下', '中', '东', '西'])}{c.pick(['堡', '厂', '垟', '岙'])}{c.randint(1, 120)}号"
        elif form == 2:
            loc = f"浙江省瑞安市{town}{v}{c.randint(1, 9)}组{c.randint(1, 90)}号"
        elif form == 3:
            loc = f"{town}{v}{c.pick(ROADS)}{c.randint(1, 200)}号"
        else:
            loc = f"瑞安市{town}{v}{cn_num(c.randint(1, 40))}号"
        unit = f"330381{c.randint(100, 120)}{c.randint(100, 299)}JC{c.randint(10000, 99999)}F{c.randint(1, 9):08d}"
        d.line(f"{i}  ", ppl, "  ", A(loc), "  ", serial(unit), f"  {c.randint(60, 125)}.{c.randint(0, 9)}  "
               f"{c.randint(120, 420)}.{c.randint(10, 99)}  宅基地/住宅")
    d.line()
    d.line("　　备注：第3、6、9、12、15、18、21号为共有不动产，共有方式为共同共有。第7号权利人中",
           "未成年人由其法定监护人代为申请。")
    d.line("　　异议须知：1. 异议人应提交书面异议申请、身份证明及与异议事项有关的证明材料；2. 异议人为利害关系人以外的，"
           "应说明理由；3. 登记机构收到异议后，将对异议材料进行审查，异议成立的不予登记，并书面告知申请人。")
    d.line("　　本批次登记系农村房地一体确权登记发证工作的组成部分，权籍调查成果已在各村村务公开栏同步张贴。"
           "权利人对宅基地面积、房屋层数和建筑面积有疑问的，可向所在镇（街道）确权登记工作组咨询。")
    d.line()
    d.line("　　异议受理地点：", ag("瑞安市不动产登记服务中心"), "（", aaddr("瑞安市安阳街道万松东路136号"), "）二楼受理窗口")
    d.line("　　联系电话：", c.aphone("0577"))
    d.line("　　公告单位：", ag("瑞安市自然资源和规划局"))
    d.line("　　公告日期：", ev("2024年7月8日"))
    return d


# ----------------------------------------------------------------------------------------------- 8
def d08(c):
    d = Doc(8, "dog_rectification_notices", "养犬违法行为责令改正通知书")
    reg = R["chaoyang"]
    bureau = "北京市公安局朝阳分局"
    d.line(ag(bureau), "望京派出所")
    d.line("责令改正通知书（养犬管理）汇编")
    d.line()
    cases = [
        ("未办理养犬登记", "《北京市养犬管理规定》第十七条第（一）项"),
        ("未按规定为犬只注射狂犬病疫苗", "《北京市养犬管理规定》第九条"),
        ("携犬进入公园、商场等公共场所", "《北京市养犬管理规定》第十七条第（三）项"),
        ("携犬出户未束犬链", "《北京市养犬管理规定》第十七条第（四）项"),
        ("在重点管理区内饲养大型犬、烈性犬", "《北京市养犬管理规定》第十二条"),
        ("犬只在楼道、电梯内便溺未即时清除", "《北京市养犬管理规定》第十七条第（六）项"),
    ]
    crossings = ["广顺北大街与望京街交叉口", "阜通东大街与南湖北一街交叉口", "湖光中街与望京西路交叉口", "利泽西街与宏昌路交叉口",
                 "望京东路与来广营西路交叉口", "南湖西园北门"]
    for k, (what, rule) in enumerate(cases):
        nm = c.name(c.pick(["mid", "young", "any", "compound" if k == 4 else "two"]))
        male = sex_of(nm) == "男"
        born = dob(c.rng, 1970, 1999)
        no = docno(f"京公朝（望）责改字〔2024〕{c.randint(100, 999)}号")
        d.line("　　", no)
        d.line("　　当事人：", P(nm), "，", "男" if male else "女", "，出生日期：", DOB(f"{born:%Y-%m-%d}") if k % 2 else DOB(cn_date(born)))
        if k % 2 == 0:
            d.line("　　身份证号：", ID(id_card(c.rng, "110105", born, male)))
        addr = yard(c.rng, reg) if k != 5 else f"北京市朝阳区望京街道{c.pick(['望京西园', '花家地北里', '南湖东园'])}{cn_num(c.randint(1, 4))}区{c.randint(100, 499)}号楼{c.randint(1, 6)}单元{room(c.rng, 18)}号"
        d.line("　　现住址：", A(addr))
        if k == 3:
            other = R["ningjin"]
            d.line("　　户籍地：", A(rural(c.rng, other, prov=True, city=True, county=True, group=None, house=True)))
        d.line("　　经查，你于", ev(f"2024年{c.randint(3, 6)}月{c.randint(1, 28)}日"), "在", place(crossings[k]),
               "附近", what, "，违反了", law(rule), "的规定。")
        if k == 5:
            nb = c.name("old_f")
            d.line("　　上述情况由同楼住户", P(nb), "通过市民服务热线", c.hot("12345"),
                   "反映，经调取电梯监控核实。")
        d.line("　　现责令你于", c.pick(["七日", "十五日", "三十日"]), "内改正。逾期不改正的，依法予以处罚。")
        if k == 1:
            d.line("　　经了解，该犬只由你与你的配偶", P(c.name("mid")), "共同饲养，送达地址为", A(yard(c.rng, reg, city=True)), "。")
        d.line("　　民警：", OF(c.off()), "、", OF(c.off()))
        d.line()
    bit, owner = c.name("old_f"), c.name("mid")
    d.line("　　另，", ev("2024年6月12日"), "，", P(owner), "（住", A(yard(c.rng, reg)), "）饲养的犬只在小区内咬伤邻居", P(bit),
           "（住同小区", A(f"{c.randint(1, 24)}号楼{c.randint(1, 6)}单元{room(c.rng, 16)}"), "）小腿，", P(bit), "已在",
           org("北京市朝阳区望京医院"), "接种狂犬病疫苗。", P(owner), "已承担全部医疗费用，双方达成和解；"
           "对其未束犬链的行为另案处理。")
    d.line()
    d.line("　　附一：近期已完成补办登记的犬主回访情况")
    for j in range(4):
        nm = c.name(c.pick(["mid", "young", "any"]))
        ad = yard(c.rng, reg) if j % 2 else f"朝阳区{c.pick(reg.streets)}{c.pick(['花家地西里', '南湖中园', '望京花园'])}{c.randint(100, 499)}号楼{room(c.rng, 20)}室"
        d.line(f"　　（{j + 1}）", P(nm), "，住", A(ad), "，", c.pick(["已办理登记并取得养犬登记证", "已完成免疫并佩戴犬牌",
                                                                 "已将大型犬送往重点管理区外亲属处饲养"]), "。")
    d.line()
    d.line("　　附二：养犬登记办理指南（节选）")
    d.line("　　养犬人应当遵守下列规定：携犬出户时，应当对犬束犬链，由成年人牵领，携带养犬登记证，并应当避让老年人、残疾人、"
           "孕妇和儿童；不得携犬进入市场、商店、商业街区、饭店、公园、公共绿地、学校、医院、展览馆、影剧院、体育场馆、"
           "社区公共健身场所、游乐场、候车室等公共场所；对犬在户外排泄的粪便，携犬人应当立即清除。")
    d.line("　　养犬人可携带本人身份证、犬只免疫证明到", ag("望京派出所"), "（", aaddr("北京市朝阳区望京西园二区"),
           "）户籍窗口办理，也可通过“北京养犬登记”小程序在线办理。咨询电话：", c.aphone("010"),
           "。重点管理区内每户限养一只犬，禁止饲养大型犬、烈性犬。登记费首年", amt("1000元"), "，此后每年",
           amt("500元"), "；低保家庭、老年人饲养的小型犬可按规定减免。")
    d.line()
    d.line("　　", ag(bureau), "望京派出所　", ev("2024年7月1日"))
    return d


# ----------------------------------------------------------------------------------------------- 9
def d09(c):
    d = Doc(9, "illegal_building_notice", "违法建设限期拆除公告")
    reg = R["nanhai"]
    town = "大沥镇"
    office = "佛山市南海区大沥镇综合行政执法办公室"
    d.line(ag(office))
    d.line("限期拆除违法建设公告")
    d.line(docno("南大执拆告〔2024〕12号"))
    d.line()
    d.line("　　经查，下列当事人未取得建设工程规划许可证擅自建设，违反了", law("《中华人民共和国城乡规划法》第四十条"),
           "的规定。依据", law("《中华人民共和国城乡规划法》第六十四条"), "及", law("《广东省城乡规划条例》第八十三条"),
           "的规定，我办已依法作出限期拆除决定。因当事人下落不明或拒绝签收，现依法公告送达。")
    d.line()
    d.line("序号　当事人　违法建设位置　违法建设情况　限期")
    vils = _villages(c, 5)
    row_people = {}
    for i in range(1, 23):
        who = [c.name(c.pick(["mid", "any", "old_m", "rare"]))]
        if i % 4 == 1:
            who.append(c.name(c.pick(["mid", "old_f"])))
        ppl = [P(who[0])] + (["、", P(who[1])] if len(who) > 1 else [])
        row_people[i] = who[0]
        v = c.pick(vils)
        form = i % 4
        if form == 0:
            loc = f"{town}{v}{c.pick('东西南北')}{cn_num(c.randint(1, 9))}巷{c.randint(1, 40)}号"
        elif form == 1:
            loc = f"南海区{town}{v}{c.pick(['新村', '旧村', '中心村'])}{c.randint(1, 12)}巷{c.randint(1, 40)}号"
        elif form == 2:
            loc = f"{v}{c.pick(['大街', '直街', '横街'])}{c.randint(1, 88)}号"
        else:
            loc = f"佛山市南海区{town}{v}{c.pick(['东头', '西头', '新围', '上街', '大园'])}{c.pick(['经济社', '村民小组'])}{cn_num(c.randint(1, 9))}巷{c.randint(1, 40)}号"
        what = c.pick(["在自有住宅天面加建一层砖混结构房屋约90平方米", "在住宅东侧空地搭建铁皮棚约45平方米",
                       "将三层住宅加建至五层", "在住宅前院搭建钢架雨棚并围蔽", "在住宅北侧违规扩建厨房约20平方米"])
        d.line(f"{i}　", ppl, "　", A(loc), f"　{what}　{c.pick(['7日', '10日', '15日'])}")
    d.line()
    d.line("　　上述违法建设的周边环境如下：第1至4项位于", place("广佛路与黄岐大道交叉口"), "以北，第5至8项位于",
           place("沥中路与建设大道交叉口"), "西侧，第9至22项位于", org("大沥镇" + vils[0] + "委会"), "辖区。")
    d.line("　　其中第6项当事人", P(row_people[6]), "已于", ev("2024年7月22日"), "向我办提交书面陈述，称加建部分用于安置其年迈父母，"
           "我办经复核认为其陈述理由不能成立，不予采纳。第12项当事人户籍地为", A(rural(c.rng, R["leizhou"], prov=True, city=True, county=True, group=None, house=True)),
           "，长期在外地居住，我办已按其户籍地邮寄送达，因“查无此人”被退回。")
    d.line("　　送达情况：第1、5、9、13项当事人已于", ev("2024年7月10日"), "直接送达，拒绝签收，执法人员已采用留置送达方式并拍照留存；"
           "第3项当事人", P(row_people[3]), "之女", P(c.name("young")), "代为签收，其送达地址确认书载明的地址为",
           A(f"广东省佛山市南海区桂城街道{c.pick(ROADS)}{c.randint(1, 300)}号{c.pick(ESTATES)}{c.randint(1, 20)}座{room(c.rng, 30)}室"), "；"
           "其余当事人经多次联系未果，故依法公告送达。")
    d.line("　　根据", law("《中华人民共和国行政强制法》第四十四条"),
           "，对违法的建筑物、构筑物、设施等需要强制拆除的，应当由行政机关予以公告，限期当事人自行拆除。"
           "当事人在法定期限内不申请行政复议或者提起行政诉讼，又不拆除的，行政机关可以依法强制拆除。")
    d.line("　　当事人应当自本公告发布之日起30日内到我办领取《限期拆除决定书》，逾期视为送达。当事人逾期不自行拆除的，"
           "将由", ag("佛山市南海区人民政府"), "责成有关部门依法强制拆除，所需费用由当事人承担。")
    d.line("　　当事人对本决定不服的，可以在公告期满之日起60日内向", ag("佛山市南海区人民政府"),
           "申请行政复议，或在6个月内向", org("佛山市南海区人民法院"), "提起行政诉讼。")
    d.line()
    d.line("　　特别提醒：违法建设不得办理房屋登记，不得出租、抵押，已出租的由出租人承担相应法律责任；"
           "水、电、燃气等供应单位不得为违法建设办理供水、供电、供气手续。")
    d.line("　　地址：", aaddr("佛山市南海区大沥镇沥东路大沥镇政府副楼三楼"), "　联系电话：", c.aphone("0757"))
    d.line("　　承办人：", OF(c.off()), "　复核人：", OF(c.off()))
    d.line()
    d.line("　　　　　　　　　　　　　　　　", ag(office))
    d.line("　　　　　　　　　　　　　　　　", ev("2024年8月5日"))
    return d


# ----------------------------------------------------------------------------------------------- 10
def d10(c):
    d = Doc(10, "disability_subsidy_list", "残疾人两项补贴发放名单", encoding="gbk")
    reg = R["wuming"]
    town = "城厢镇"
    vils = _villages(c, 6)
    d.line(ag("南宁市武鸣区城厢镇人民政府"))
    d.line("2024年第三季度困难残疾人生活补贴和重度残疾人护理补贴发放名单公示")
    d.line()
    d.line("　　根据", law("《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）"),
           "及区残联、区民政局相关规定，现将我镇2024年第三季度残疾人两项补贴发放名单公示如下：")
    d.line()
    d.line("序号 姓名 残疾类别 等级 家庭住址 补贴类型 月标准（元） 代领人")
    kinds = ["肢体", "视力", "智力", "精神", "听力", "言语", "多重"]
    money_total = 0
    for i in range(1, 35):
        nm = c.name(c.pick(["any", "old_m", "old_f", "young", "mid", "two"]))
        v = c.pick(vils)
        form = i % 6
        if form == 0:
            addr = f"{town}{v}{c.pick(['那', '板', '六', '陇', '古'])}{c.pick(['蒙', '良', '坡', '马', '塘'])}屯"
        elif form == 1:
            addr = f"{v}{cn_num(c.randint(1, 12))}队"
        elif form == 2:
            addr = f"武鸣区{town}{v}{c.randint(1, 12)}队{c.randint(1, 80)}号"
        elif form == 3:
            addr = f"{town}{c.pick(ROADS)}{c.randint(1, 200)}号"
        elif form == 4:
            addr = f"{town}{v}{c.pick(['那', '板', '六', '陇', '古'])}{c.pick(['蒙', '良', '坡', '马', '塘'])}屯{c.randint(1, 60)}号"
        else:
            addr = f"广西南宁市武鸣区{town}{c.pick(ESTATES)}{c.randint(1, 12)}栋{room(c.rng, 18)}房"
        grade = c.pick(["一级", "二级", "三级", "四级"])
        typ = "两项补贴" if grade in ("一级", "二级") else "生活补贴"
        money = 160 if typ == "生活补贴" else 280
        money_total += money
        agent = ["无"]
        if i % 3 == 0:
            rel = c.pick(["母", "女", "父", "子"] + (["妻"] if sex_of(nm) == "男" else ["夫"]))
            if rel in ("父", "子", "女"):
                ag_name = c.kin(nm, "mid", "女" if rel == "女" else "男")
            else:
                ag_name = c.name_sex("男", c.pick(["mid", "any", "old_m"])) if rel == "夫" else \
                    c.name_sex("女", c.pick(["mid", "any", "old_f"]))
            agent = ["其", rel, P(ag_name)]
        d.line(f"{i} ", P(nm), f" {c.pick(kinds)} {grade} ", A(addr), f" {typ} {money} ", agent)
    d.line()
    d.line("　　本季度新增对象情况：")
    for j in range(3):
        nm, g = c.name(c.pick(["young", "old_m", "mid"])), c.name(c.pick(["mid", "old_f"]))
        v = c.pick(vils)
        addr = f"{v}{c.pick(['那', '板', '陇', '古'])}{c.pick(['蒙', '良', '坡', '塘'])}屯{c.randint(1, 60)}号" if j else f"武鸣区{town}{c.pick(ROADS)}{c.randint(1, 200)}号{c.pick(ESTATES)}{c.randint(1, 12)}栋{room(c.rng, 18)}房"
        d.line(f"　　{j + 1}. ", P(nm), f"，{c.pick(['智力', '肢体', '精神'])}{c.pick(['一级', '二级'])}，监护人", P(g), "，家庭住址：", A(addr),
               "，经评残后首次纳入，自", ev("2024年7月"), "起发放。")
    d.line("　　停发名单：")
    for j, why in enumerate(["于2024年6月死亡", "纳入特困供养", "迁出本镇"]):
        nm = c.name(c.pick(["old_m", "old_f", "mid"]))
        v = c.pick(vils)
        addr = f"{town}{v}{c.pick(['那', '板', '陇'])}{c.pick(['蒙', '良', '坡'])}屯" if j != 1 else f"武鸣区{town}{v}{cn_num(c.randint(1, 12))}队{c.randint(1, 80)}号"
        d.line(f"　　{j + 1}. ", P(nm), "（", A(addr), f"），因{why}，自次月起停发。")
    d.line("　　发放对象条件：困难残疾人生活补贴对象为持有第二代残疾人证的低保家庭中的残疾人；"
           "重度残疾人护理补贴对象为残疾等级被评定为一级、二级且需要长期照护的重度残疾人。"
           "补贴对象情况发生变化的，本人或监护人应及时告知村（社区）。")
    d.line("　　本季度共发放34人，每月合计", amt(f"{money_total:,}元"),
           "，补贴资金已通过“一卡通”直接发放至补贴对象本人或监护人社保卡账户。")
    d.line("　　公示期：", ev("2024年7月10日"), "至", ev("2024年7月16日"), "。对公示名单有异议的，请与镇残联联系，电话：",
           c.aphone("0771"), "。")
    d.line()
    d.line("　　　　　　　　　　　　", ag("南宁市武鸣区城厢镇人民政府"))
    d.line("　　　　　　　　　　　　", ev("2024年7月10日"))
    return d
