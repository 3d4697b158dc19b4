"""Documents 11-20."""

from __future__ import annotations

from tests.support.check_digits import luhn_ok

from .builder import Doc
from .common import (A, DOB, ID, OF, P, PH, T, aaddr, ag, amt, case, docno, ev, law, masked, oaddr, org, place,
                     pseudo, serial)
from .docs1 import _villages


def not_luhn(v: str) -> str:
    """A 16-digit certificate number must not pass as a bank card by accident."""
    return v if not luhn_ok(v) else v[:-1] + str((int(v[-1]) + 1) % 10)
from .people import cn_date, dob, dot_date, id_card, masked_id, masked_mobile, mobile, sex_of
from .places import (ESTATES, R, ROADS, TUN, chongqing, cn_digits, cn_num, hyphen, natural, room, rural, tun, urban,
                     village)


# ----------------------------------------------------------------------------------------------- 11
def d11(c):
    d = Doc(11, "veteran_visit_list", "退役军人春节走访慰问名单")
    reg = R["wangkui"]
    d.line(ag("望奎县退役军人事务局"))
    d.line("关于做好2024年春节期间走访慰问退役军人和其他优抚对象工作的通知")
    d.line(docno("望退役发〔2024〕3号"))
    d.line()
    d.line("各乡镇人民政府，县直有关单位：")
    d.line("　　为弘扬拥军优属光荣传统，经县委、县政府同意，春节前由县级领导带队，对我县部分退役军人和其他优抚对象进行走访慰问。"
           "现将有关名单通知如下，请各乡镇提前与慰问对象取得联系，做好陪同工作。")
    d.line()
    lead = [c.off() for _ in range(3)]
    d.line("　　一、县级领导走访慰问对象（慰问组：县委常委、人武部政委", OF(lead[0]), "，副县长", OF(lead[1]),
           "，县退役军人事务局局长", OF(lead[2]), "）")
    descs = ["抗美援朝老战士", "参战退役军人", "带病回乡退伍军人", "一级伤残军人", "在乡老复员军人", "参试退役军人"]
    for i in range(1, 8):
        nm = c.name(c.pick(["old_m", "old_m", "any", "mongol"]))
        if i % 3 == 0:
            addr = tun(c.rng, reg, county=True)
        elif i % 3 == 1:
            addr = tun(c.rng, reg, county=False, house=c.chance(0.5))
        else:
            addr = f"{c.pick(reg.towns)}{c.pick(ROADS)}{cn_num(c.randint(1, 60))}号"
        d.line(f"　　{i}. ", P(nm), "同志，", descs[(i - 1) % len(descs)], f"，{c.randint(1950, 1985)}年入伍，家住", A(addr), "。")
    d.line()
    d.line("　　二、烈士遗属及因公牺牲军人遗属")
    for i in range(1, 5):
        martyr = c.name_sex("男", c.pick(["mid", "any", "old_m"]))
        rel = c.pick(["之妻", "之子", "之父", "之女", "之母"])
        kin = c.name_sex("女" if rel in ("之妻", "之女", "之母") else "男", c.pick(["old_f", "old_m", "mid", "any"]))
        addr = tun(c.rng, reg, county=c.chance(0.5))
        if i % 2:
            d.line(f"　　{i}. ", P(martyr), "烈士", rel, P(kin), "，住", A(addr), "。")
        else:
            d.line(f"　　{i}. ", P(kin), "老人（因公牺牲军人", P(martyr), rel, "），居住于", A(addr), "。")
    d.line()
    d.line("　　三、各乡镇自行走访慰问对象")
    for town in reg.towns:
        items = []
        for j in range(c.randint(3, 4)):
            nm = c.name(c.pick(["old_m", "mid", "any", "two"]))
            v = village(c.rng)
            t = c.pick(TUN)
            form = j % 3
            if form == 0:
                addr = f"{v}{t}"
            elif form == 1:
                addr = f"{town}{v}{t}{c.randint(1, 80)}号"
            else:
                addr = f"{v}{cn_num(c.randint(1, 9))}组"
            items.append(["、" if j else "", P(nm), "（", A(addr), "）"])
        d.line(f"　　{town}：", items, "。")
    d.line()
    d.line("　　四、“光荣之家”光荣牌悬挂情况复核")
    d.line("　　经各乡镇退役军人服务站入户复核，以下家庭光荣牌存在缺失、损坏或悬挂不规范情况，请于春节前补挂：")
    marks = ["供销社对面", "村部东侧", "小学旁", "水塔附近", "粮库对面"]
    for j in range(5):
        nm = c.name(c.pick(["old_m", "mid", "any"]))
        town = c.pick(reg.towns)
        v = village(c.rng)
        if j % 2:
            addr = f"{town}{v}{c.pick(TUN)}{marks[j]}"
        else:
            addr = f"望奎县{town}{v}{c.pick(TUN)}{c.randint(1, 80)}号"
        d.line(f"　　（{j + 1}）", P(nm), "家，", A(addr), "，", c.pick(["光荣牌缺失", "光荣牌褪色损坏", "悬挂位置不醒目"]), "；")
    d.line()
    vet, vs = c.name("old_m"), c.name("mid")
    vet_town = c.pick(reg.towns)
    vet_addr = tun(c.rng, reg, county=True, town=vet_town)
    d.line("　　对已迁入城区居住的慰问对象，由其现居住地所在街道负责走访，原户籍地乡镇做好衔接。")
    d.line("　　另，带病回乡退伍军人", P(vet), "之子", P(vs), "来电反映，其父现住", A(vet_addr),
           "，近年因病卧床，家庭生活困难。请", vet_town, "人民政府在走访时一并核实，符合条件的按程序申请临时救助。")
    d.line()
    d.line("　　五、困难退役军人帮扶对象（由县退役军人服务中心负责联系）")
    cases = ["患尿毒症需长期透析，家庭负债较重", "房屋为危房，已纳入2024年危房改造计划", "妻子瘫痪在床，本人无固定收入",
             "因车祸致残，两个孩子在读大学", "独居，子女均在外地"]
    for j, why in enumerate(cases):
        nm = c.name(c.pick(["mid", "old_m", "any", "two"]))
        if j == 2:
            addr = f"黑龙江省 绥化市 望奎县 {c.pick(reg.towns)} {village(c.rng)}{c.pick(TUN)}{c.randint(1, 80)}号"
        elif j == 4:
            addr = f"望奎镇{c.pick(ROADS)}{c.randint(1, 200)}号{c.pick(ESTATES)}{cn_num(c.randint(1, 12))}号楼{cn_num(c.randint(1, 4))}单元{cn_digits(room(c.rng, 6))}室"
        else:
            addr = tun(c.rng, reg, county=j % 2 == 0)
        d.line(f"　　{j + 1}. ", P(nm), "（", A(addr), "），", why, "。")
    d.line()
    d.line("　　六、工作要求")
    d.line("　　（一）各乡镇要提前与慰问对象本人或家属沟通走访时间，对行动不便、居住分散的对象，要安排专人陪同。")
    d.line("　　（二）走访中要认真倾听退役军人的意见建议，准确掌握其生活、医疗、住房等方面的实际困难，做到问题有台账、"
           "解决有回音。")
    d.line("　　（三）要结合走访慰问，同步开展退役军人信息采集和悬挂光荣牌复核工作，确保底数清、情况明。")
    d.line("　　（四）严格执行中央八项规定精神，轻车简从，不搞层层陪同，不得借慰问之机组织宴请。")
    d.line()
    d.line("　　七、慰问标准：县级领导走访对象每人", amt("800元"), "，乡镇走访对象每人", amt("500元"),
           "，所需资金从县级优抚经费中列支。各乡镇要在", ev("2024年2月5日"), "前将走访慰问情况报县退役军人事务局优抚股，"
           "联系电话：", c.aphone("0455"), "。")
    d.line("　　走访中发现困难问题的，要建立台账，及时协调解决，不能解决的及时上报。各乡镇走访慰问情况将纳入年度双拥工作考评，"
           "对工作不实、走访不到位的，予以通报。")
    d.line()
    d.line("　　　　　　　　　　　　　　", ag("望奎县退役军人事务局"))
    d.line("　　　　　　　　　　　　　　", ev("2024年1月22日"))
    return d


# ----------------------------------------------------------------------------------------------- 12
def d12(c):
    d = Doc(12, "student_aid_publicity", "学生资助名单公示")
    reg = R["qinan"]
    d.line(ag("秦安县学生资助管理中心"))
    d.line("2024年秋季学期普通高中国家助学金及“雨露计划”助学补助拟资助学生名单公示")
    d.line()
    d.line("　　根据", law("《学生资助资金管理办法》（财教〔2021〕310号）"),
           "有关规定，经学生本人申请、学校评议、县学生资助管理中心审核，现将拟资助学生名单公示如下。"
           "为保护学生隐私，名单仅公示至村组，不公示家庭经济困难具体情况。")
    d.line()
    d.line("| 序号 | 学生姓名 | 就读学校 | 年级 | 家庭住址 | 监护人 | 资助项目 | 金额（元） |")
    d.line("|---|---|---|---|---|---|---|---|")
    schools = ["秦安县第一中学", "秦安县第二中学", "秦安县西川中学", "秦安县职业中等专业学校", "天水市第一中学"]
    total = 0
    for i in range(1, 25):
        st = c.name("compound" if i == 5 else c.pick(["young", "young", "two", "any"]))
        g = c.name(c.pick(["mid", "any", "old_m", "old_f"]))
        rel = c.pick(["母", "母", "祖母"] if sex_of(g) == "女" else ["父", "父", "祖父"])
        town = c.pick(reg.towns)
        v = village(c.rng)
        form = i % 5
        if form == 0:
            addr = f"秦安县{town}{v}{cn_num(c.randint(1, 9))}社"
        elif form == 1:
            addr = f"{town}{v}{c.randint(1, 9)}社"
        elif form == 2:
            addr = f"甘肃省天水市秦安县{town}{v}{c.randint(1, 9)}组{c.randint(1, 90)}号"
        elif form == 3:
            addr = f"{v}{cn_num(c.randint(1, 9))}组"
        else:
            addr = f"{town}{v}{c.randint(1, 9)}组"
        proj, money = c.pick([("国家助学金一档", 1250), ("国家助学金二档", 1000), ("雨露计划", 1500)])
        total += money
        d.line(f"| {i} | ", P(st), " | ", org(c.pick(schools)), f" | {c.pick(['高一', '高二', '高三'])} | ", A(addr),
               " | ", P(g), f"（{rel}） | {proj} | {money} |")
    d.line()
    d.line()
    d.line("　　下列学生因家庭经济状况好转或已毕业，本学期起不再列入资助范围：")
    for j in range(4):
        st, g = c.name("young"), c.name(c.pick(["mid", "any"]))
        town = c.pick(reg.towns)
        addr = f"{town}{village(c.rng)}{cn_num(c.randint(1, 9))}社" if j % 2 else f"秦安县{town}{village(c.rng)}{c.randint(1, 9)}组{c.randint(1, 90)}号"
        d.line(f"　　{j + 1}. ", P(st), "（监护人", P(g), "，", A(addr), "），", c.pick(["家庭已脱离低保", "已于2024年7月毕业",
                                                                             "父母均已稳定就业", "转学至外县就读"]), "；")
    d.line("　　认定程序：家庭经济困难学生认定实行学生本人或监护人申请、学校认定工作小组民主评议、学校领导小组审核、"
           "县资助中心复核的工作程序。认定过程中，学校不得要求学生当众诉苦、互相比困，不得公开学生家庭的具体困难情况；"
           "公示内容不得涉及学生个人隐私，公示期满后应及时撤除。")
    d.line("　　合计24人，资助金额", amt(f"{total:,}元"), "。资助资金将通过学生本人或监护人的社会保障卡发放，不得以现金形式发放。")
    d.line("　　公示期：", ev("2024年10月14日"), "至", ev("2024年10月18日"),
           "。对公示名单有异议的，请以书面形式向县学生资助管理中心反映，反映人需提供真实姓名及联系方式。")
    d.line("　　监督电话：", c.aphone("0938"), "；全国学生资助热线：", c.hot("12345"), "（转教育专线）。")
    d.line("　　联系人：", OF(c.off()))
    d.line("　　地址：", aaddr("秦安县兴国镇映南大道教育大厦五楼"))
    d.line()
    d.line("　　　　　　　　　　　　", ag("秦安县学生资助管理中心"))
    d.line("　　　　　　　　　　　　", ev("2024年10月14日"))
    return d


# ----------------------------------------------------------------------------------------------- 13
def d13(c):
    d = Doc(13, "medical_aid_forms", "医疗救助审批表", newline="crlf")
    reg = R["mengcheng"]
    d.line(ag("蒙城县医疗保障局"))
    d.line("城乡困难群众医疗救助审批表（依申请救助）")
    d.line()
    hospitals = ["蒙城县第一人民医院", "安徽医科大学第一附属医院", "蒙城县中医院", "亳州市人民医院"]
    officials = [c.off() for _ in range(3)]
    for k in range(2):
        nm = c.name_sex("男", "old_m") if k == 0 else c.name_sex("女", "old_f")
        male = k == 0
        born = dob(c.rng, 1950, 1972)
        idc = id_card(c.rng, "341622", born, male)
        ph = mobile(c.rng, "plain" if k == 0 else "space")
        town = c.pick(reg.towns)
        reg_addr = rural(c.rng, reg, prov=True, city=True, county=True, town=town, group="组", house=True)
        if k == 0:
            now_addr = f"蒙城县城关街道{c.pick(ROADS)}{c.randint(10, 400)}号{c.pick(ESTATES)}{cn_num(c.randint(1, 20))}号楼{cn_num(c.randint(1, 3))}单元{cn_digits(room(c.rng, 11))}室"
        else:
            now_addr = rural(c.rng, reg, county=False, town=town, group="组", cn=True, house=True)
        d.line(f"编号：", serial(f"MCYJ-2024-{c.randint(1000, 9999)}"))
        d.line("一、申请人基本情况")
        d.line("姓名：", P(nm), f"　　性别：{sex_of(nm)}　　民族：汉")
        d.line("出生日期：", DOB(dot_date(born)), "　　身份证号码：", ID(idc))
        d.line("联系电话：", PH(ph))
        d.line("户籍地址：", A(reg_addr))
        if k == 0:
            d.line("现居住地址：", A(now_addr))
        else:
            d.line("经常居住地：", A(now_addr), "（随长子居住）")
        d.line("救助对象类别：", c.pick(["最低生活保障对象", "特困供养人员", "防止返贫监测对象", "低保边缘家庭成员"]))
        d.line("疾病名称：", c.pick(["慢性肾功能衰竭（尿毒症期）", "肺恶性肿瘤", "急性心肌梗死", "股骨颈骨折"]))
        d.line("就诊医院：", org(c.pick(hospitals)), "　　住院时间：", ev(f"2024年{c.randint(1, 4)}月{c.randint(1, 28)}日"),
               "至", ev(f"2024年{c.randint(5, 7)}月{c.randint(1, 28)}日"))
        total = c.randint(38000, 160000)
        d.line("医疗总费用：", amt(f"{total:,}元"), "　基本医保报销：", amt(f"{int(total * 0.55):,}元"), "　大病保险报销：",
               amt(f"{int(total * 0.12):,}元"), "　个人自付：", amt(f"{total - int(total * 0.55) - int(total * 0.12):,}元"))
        d.line("申请理由：", ["本人患病多年，长期服药，家庭主要劳动力外出务工收入微薄，此次住院自付费用较高，无力承担。",
                         "老伴早年去世，本人无固定收入，靠子女接济生活，此次手术费用大部分靠借款支付。"][k])
        d.line("二、家庭成员情况")
        d.line("姓名　　关系　　年龄　　工作单位或就读学校　　健康状况")
        rels = ["配偶", "长子", "儿媳", "孙女"] if k == 0 else ["长子", "次女", "孙子"]
        age0 = 2024 - born.year
        for rel in rels:
            sex = {"配偶": "女" if male else "男", "儿媳": "女", "次女": "女", "孙女": "女"}.get(rel, "男")
            if rel in ("长子", "次女") and male:
                m = c.kin(nm, c.pick(["mid", "any"]), sex)
            elif rel.startswith("孙"):
                m = c.kin(son, "young", sex)
            else:
                m = c.name_sex(sex, c.pick(["mid", "any"]))
            if rel == "长子":
                son = m
            if rel == "次女":
                daughter = m
            age = {"配偶": age0 - c.randint(0, 4), "孙女": c.randint(8, 17), "孙子": c.randint(8, 17)}.get(rel, age0 - c.randint(24, 32))
            work = c.pick(["务农", "外出务工", "个体经营", "无"]) if not rel.startswith("孙") else org("蒙城县第六中学")
            d.line(P(m), f"　　{rel}　　{age}　　", work, "　　", c.pick(["健康", "健康", "慢性病"]))
        d.line("三、家庭经济状况核对：经县居民家庭经济状况核对中心核对，申请人家庭名下无机动车辆、无工商注册登记信息，"
               "银行存款合计", amt(f"{c.randint(3, 40) * 1000:,}元"), "，未超过规定标准。", "家庭住房一处，位于户籍地址。" if k == 0 else
               "申请人随长子居住，长子名下有房产一处（即现居住地址）。")
        if k == 1:
            agent = daughter
            d.line("四、委托代理人：", P(agent), "（申请人次女），联系电话：", PH(mobile(c.rng, "dash")), "，通讯地址：",
                   A(urban(c.rng, R["hongshan"], prov=True, city=True, street=True)), "。")
        n = 4 if k == 0 else 5
        d.line(f"{cn_num(n)}、申请人（代理人）签字：", P(nm), "　　", ev(f"2024年8月{c.randint(1, 20)}日"))
        d.line(f"{cn_num(n + 1)}、乡镇（街道）审核意见：情况属实，符合依申请医疗救助条件，同意上报。经办人：", OF(officials[0]))
        d.line(f"{cn_num(n + 2)}、县医疗保障局审批意见：同意救助", amt(f"{c.randint(5, 30) * 1000:,}元"), "。审批人：", OF(officials[1]),
               "　复核人：", OF(officials[2]))
        d.line()
    d.line("附：", ev("2024年8月"), "“一站式”即时结算救助对象（不再单独填表）")
    d.line("序号　姓名　　身份证号码　　　　　　　住址　　　　　　　　　　　　　　　　救助金额")
    for j in range(5):
        nm = c.name(c.pick(["old_m", "old_f", "mid", "two"]))
        born = dob(c.rng, 1940, 1975)
        idc = id_card(c.rng, "341622", born, sex_of(nm) == "男")
        town = c.pick(reg.towns)
        addr = rural(c.rng, reg, county=j % 2 == 0, town=town, group="组", house=j != 2)
        d.line(f"{j + 1}　", P(nm), "　", ID(idc), "　", A(addr), "　", amt(f"{c.randint(8, 60) * 100:,}元"))
    d.line("说明：救助对象信息已经县医保局与民政、乡村振兴部门比对确认，重复享受救助的已予剔除。")
    d.line("说明：救助比例按政策范围内个人自付费用的70%计算，年度累计救助限额", amt("50,000元"), "；特困人员全额救助。"
           "救助对象在定点医疗机构住院的，出院时直接享受基本医保、大病保险和医疗救助“一站式”结算，无需垫付。")
    d.line()
    d.line("说明：本表一式三份，乡镇、县医保局、申请人各一份。救助资金通过", org("蒙城农村商业银行"), "社保卡账户发放。"
           "咨询电话：", c.aphone("0558"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 14
def d14(c):
    d = Doc(14, "homestead_approval", "农村宅基地审批公示")
    reg = R["pucheng"]
    town = "罕井镇"
    vils = _villages(c, 4)
    d.line(ag("蒲城县罕井镇人民政府"))
    d.line("农村村民住宅用地审批公示（2024年第3批）")
    d.line()
    d.line("　　根据", law("《中华人民共和国土地管理法》第六十二条"), "和", law("《陕西省农村宅基地管理办法》"),
           "的规定，经村民申请、村民小组讨论、村级审查、镇级联审，下列村民住宅用地申请拟予批准，现予公示。")
    d.line()
    d.line("序号\t申请人\t家庭人口\t现住址\t申请类型\t拟建位置\t面积（㎡）\t四至")
    applicants = {}
    for i in range(1, 21):
        ap = c.name(c.pick(["mid", "any", "young", "two"]))
        applicants[i] = ap
        v = c.pick(vils)
        g = c.randint(1, 8)
        form = i % 4
        if form == 0:
            now = f"{town}{v}{cn_num(g)}组{c.randint(1, 99)}号"
        elif form == 1:
            now = f"蒲城县{town}{v}{g}组"
        elif form == 2:
            now = f"{v}{g}组{c.randint(1, 99)}号"
        else:
            now = f"陕西省渭南市蒲城县{town}{v}{g}组{c.randint(1, 99)}号"
        typ = c.pick(["分户新建", "原址翻建", "移民搬迁", "分户新建"])
        site = c.pick(["本组村道北侧", "本组新规划区", "原宅基地", "本组南巷东段", "村西规划区第二排"])
        e, s = c.name(c.pick(["mid", "old_m", "any"])), c.name(c.pick(["mid", "old_m", "any", "two"]))
        north = c.pick(["村道", "巷道", "耕地"])
        west = c.name(c.pick(["mid", "old_m"]))
        d.line(f"{i}\t", P(ap), f"\t{c.randint(2, 6)}\t", A(now), f"\t{typ}\t{site}\t{c.pick([133, 166, 200, 180])}\t",
               "东至", P(e), "宅，西至", P(west), "宅，南至", P(s), "承包地，北至", north)
    d.line()
    d.line("　　说明：1. “一户一宅”审查：以上申请人均无其他宅基地；原址翻建户已承诺拆除旧房。")
    app4 = applicants[4]
    old = c.kin(app4, "old_m", "男")
    bro = c.kin(app4, "mid", "男")
    oa = f"{town}{c.pick(vils)}{c.randint(1, 8)}组{c.randint(1, 99)}号"
    d.line("　　2. 第4号申请人", P(app4), "系", P(old), "之子，原与父母共同居住。", P(old),
           "名下原宅基地（位于", A(oa), "）由其长子", P(bro), "继承使用，", P(app4), "本次为分户新建，不属于“一户多宅”。")
    obj = c.name("old_m")
    obj_addr = f"{town}{c.pick(vils)}{cn_num(c.randint(1, 8))}组{c.randint(1, 99)}号"
    d.line("　　3. 上一批次公示期间，村民", P(obj), "（住", A(obj_addr), "）对第2批第6号申请人的拟建位置提出异议，"
           "认为影响其出行通道。经镇村两级实地勘测、调解，申请人同意将拟建位置向南平移3米，双方已签订协议，"
           "该申请随本批次一并公示。")
    d.line("　　4. 审批程序：村民以户为单位提出申请，村民小组召开会议讨论并公示，村级组织审查，镇农业农村、自然资源、"
           "规划建设等部门联审，镇人民政府审批，审批后发放《农村宅基地批准书》和《乡村建设规划许可证》。"
           "村民建房应当做到“四到场”：申请审查到场、批准后丈量批放到场、基础施工到场、竣工验收到场。")
    d.line("　　5. 建房要求：宅基地面积城镇郊区和人均耕地少的村每户不超过133平方米，平原地区每户不超过200平方米；"
           "新建住房层数原则上不超过三层，檐口高度不超过10.5米；严禁占用永久基本农田建房，严禁未批先建、批少建多。")
    d.line("　　6. 公示期间（", ev("2024年9月2日"), "至", ev("2024年9月8日"),
           "）对上述申请有异议的，可向镇农业综合服务站或村民委员会书面反映。")
    d.line("　　联系人：", OF(c.off()), "　电话：", c.aphone("0913"))
    d.line("　　来访地址：", aaddr("蒲城县罕井镇政府便民服务中心一楼"))
    d.line()
    d.line("　　　　　　　　　　　　", ag("蒲城县罕井镇人民政府"))
    d.line("　　　　　　　　　　　　", ev("2024年9月2日"))
    return d


# ----------------------------------------------------------------------------------------------- 15
def d15(c):
    d = Doc(15, "sample_survey_notice", "人口抽样调查入户登记说明及补登名单")
    reg = R["yubei"]
    st = "龙溪街道"
    d.line(ag("重庆市渝北区龙溪街道办事处"))
    d.line("关于2025年全国1%人口抽样调查入户登记有关事项的说明")
    d.line()
    d.line("尊敬的居民朋友：")
    d.line("　　根据", law("《全国人口普查条例》"), "和国务院统一部署，2025年全国1%人口抽样调查标准时点为", ev("2025年11月1日"),
           "零时。", ev("2025年11月1日"), "至", ev("2025年11月15日"), "，调查员将入户登记。为方便大家识别，现说明如下：")
    d.line("　　一、调查员佩戴统一制发的调查员证，证件载有照片、姓名和编号，可拨打街道人口调查办公室电话", c.aphone("023"),
           "核实身份。")
    d.line("　　二、调查登记的内容包括：姓名、公民身份号码、性别、年龄、民族、受教育程度、行业、职业、迁移流动、婚姻生育、"
           "死亡、住房情况等。调查员不会询问银行卡号、密码，不会要求转账，请勿泄露。")
    d.line("　　三、依法获得的调查资料严格保密，不得作为任何单位对调查对象实施处罚的依据。")
    d.line()
    guide = [c.off() for _ in range(3)]
    d.line("　　各社区调查指导员：红锦社区", OF(guide[0]), "，松石社区", OF(guide[1]), "，金山社区", OF(guide[2]), "。")
    d.line()
    d.line("四、抽中小区未完成登记住户名单（请相关住户主动联系所在社区补登）")
    d.line("序号　户主　　住址　　　　　　　　　　　　联系情况")
    notes = ["多次上门无人", "户主在外地务工", "拒绝登记，需再次沟通", "房屋出租，承租人未登记", "新交房，尚未入住"]
    for i in range(1, 25):
        nm = c.name(c.pick(["mid", "any", "young", "compound" if i == 5 else "two"]))
        form = i % 4
        if form == 0:
            addr = chongqing(c.rng, reg, county=True, street=True)
        elif form == 1:
            addr = f"{c.pick(['红锦大道', '松石北路', '金山路', '新南路'])}{c.randint(1, 500)}号{c.pick(ESTATES)}{c.randint(1, 20)}栋{c.randint(1, 32)}-{c.randint(1, 8)}"
        elif form == 2:
            addr = f"渝北区{st}{c.pick(ESTATES)}{c.randint(1, 20)}栋{c.randint(1, 3)}单元{c.randint(2, 32)}-{c.randint(1, 6)}号"
        else:
            addr = f"{c.pick(ESTATES)}{c.randint(1, 15)}栋{c.pick(['负一', '一', '二'])}楼{c.randint(1, 9)}号"
        d.line(f"{i}　", P(nm), "　", A(addr), "　", notes[i % len(notes)])
    d.line()
    lodger = c.name("young")
    host = c.name("old_f")
    la = f"渝北区{st}{c.pick(ESTATES)}{c.randint(1, 20)}栋{c.randint(2, 30)}-{c.randint(1, 6)}"
    ha = rural(c.rng, R["kaizhou"], prov=True, county=True, group="社", house=False)
    d.line("　　特别提示：人户分离人员应在现住地登记。如", P(lodger), "同学租住于", A(la),
           "，应在该处登记，其户籍地（", A(ha), "）不再重复登记；随子女居住的", P(host),
           "婆婆同理。")
    d.line()
    d.line("五、入户登记注意事项")
    d.line("　　1. 调查员入户一般安排在工作日晚上或周末，原则上两人同行。居民可要求调查员出示证件，并通过社区公示栏"
           "核对调查员照片和姓名。")
    d.line("　　2. 无法当面登记的，可以通过调查员提供的二维码自主填报，填报完成后由调查员核对。")
    d.line("　　3. 集体户（学校、养老机构、工地宿舍等）由单位负责人配合登记，个人信息由单位统一报送。")
    d.line("　　4. 对拒绝、阻碍调查，或者提供虚假调查资料的，依照", law("《中华人民共和国统计法》第四十一条"), "的规定处理。")
    d.line()
    d.line()
    d.line("六、个人信息保护")
    d.line("　　调查员和调查机构对在调查中知悉的个人信息负有保密义务。本说明第四部分公布的未登记住户名单仅用于通知补登，"
           "公布期限为7天，期满后即行撤除；名单只显示户主姓名和住址，不公开其他家庭成员信息。任何单位和个人不得以任何形式"
           "复制、传播上述名单。")
    d.line()
    d.line("七、几种常见情形的登记地")
    s1, s2 = c.name("young"), c.name("old_m")
    d.line("　　1. 在外地上大学的学生，在学校登记；如", P(s1), "户籍在", A(f"渝北区两路街道{c.pick(ESTATES)}{c.randint(1, 20)}栋{c.randint(1, 33)}-{c.randint(1, 6)}"),
           "，现就读于外省高校，应由学校登记，家中不再登记。")
    d.line("　　2. 长期住院或入住养老机构的老人，在医院或养老机构登记；如", P(s2), "老人原住",
           A(f"龙溪街道{c.pick(['松牌路', '红锦大道'])}{c.randint(1, 300)}号附{c.randint(1, 9)}号"), "，现入住", org("渝北区龙溪街道敬老院"),
           "，由敬老院统一登记。")
    d.line("　　3. 外出务工半年以上的人员，在现住地登记；在本街道务工居住的外来人员，即使居住在工地宿舍、"
           "门面房阁楼等非住宅场所，也应当登记。")
    d.line("　　4. 调查时点前出生的婴儿，即使尚未办理出生登记，也应当登记。")
    d.line()
    d.line("　　如对调查工作有意见建议，可拨打", c.hot("12345"), "或街道监督电话反映。")
    d.line()
    d.line("　　　　　　　　　　　　", ag("渝北区龙溪街道人口抽样调查领导小组办公室"))
    d.line("　　　　　　　　　　　　", ev("2025年10月20日"))
    return d


# ----------------------------------------------------------------------------------------------- 16
def d16(c):
    d = Doc(16, "village_affairs_disclosure", "村务公开栏")
    reg = R["weining"]
    town = "草海镇"
    vil = "松林村"
    d.line(org(f"威宁彝族回族苗族自治县{town}{vil}村民委员会"), "村务公开栏")
    d.line("（2024年第四季度）")
    d.line()
    d.line("一、公益性岗位人员名单")
    groups = ["一组", "二组", "三组", "四组", "五组", "六组"]
    for job, k in [("护林员", 6), ("保洁员", 5), ("护路员", 4)]:
        names = [c.name(c.pick(["yi", "any", "mid", "yi", "two"])) for _ in range(k)]
        d.line(f"　　{job}（{k}人）：", [x for j, n in enumerate(names) for x in (("、" if j else ""), P(n))], "。")
    d.line("　　岗位补贴每人每月", amt("600元"), "，由镇人民政府按月考核后发放。")
    d.line()
    d.line("二、农村危房改造户（2024年度）")
    for i in range(1, 8):
        nm = c.name(c.pick(["yi", "old_m", "mid", "any"]))
        form = i % 4
        if form == 0:
            addr = f"{vil}{c.pick(groups)}{c.randint(1, 90)}号"
        elif form == 1:
            addr = f"{town}{vil}{c.randint(1, 6)}组{c.randint(1, 90)}号"
        elif form == 2:
            addr = f"威宁县{town}{vil}{c.pick(groups)}"
        else:
            addr = f"{vil}{c.pick(['大', '小', '上', '下'])}{c.pick(['岩脚', '坪子', '沟头', '梁子'])}{c.randint(1, 6)}组"
        kind = c.pick(["C级危房加固", "D级危房拆除重建", "C级危房加固"])
        d.line(f"　　{i}. ", P(nm), "（住", A(addr), f"），{kind}，补助资金", amt(f"{c.pick([8000, 12000, 35000])}元"), "。")
    d.line()
    d.line("　　危房改造资金实行“先建后补”，竣工验收合格后由镇人民政府直接兑付至农户“一卡通”账户，任何单位和个人不得截留。"
           "改造户应在", ev("2025年3月31日"), "前完工，逾期未开工的取消补助资格。")
    d.line()
    d.line("三、临时救助情况")
    for i in range(1, 5):
        nm = c.name(c.pick(["yi", "mid", "any"]))
        addr = f"{town}{vil}{c.pick(groups)}{c.randint(1, 90)}号" if i % 2 else f"{vil}{c.pick(groups)}"
        reason = c.pick(["家中失火，房屋烧毁两间", "其子", "突发脑溢血住院", "其女"])
        if reason in ("其子", "其女"):
            kid = c.kin(nm, "young", "男" if reason == "其子" else "女") if nm[:2] not in ("吉克", "沙马", "阿苦", "曲比", "阿西", "海来", "俄木", "马海", "吉伍", "阿尔") else c.name("yi")
            d.line(f"　　{i}. ", P(nm), "，家住", A(addr), "，", reason, P(kid), "患先天性心脏病在省城手术，救助",
                   amt("3000元"), "。")
        else:
            d.line(f"　　{i}. ", P(nm), "，家住", A(addr), f"，{reason}，救助", amt("2000元"), "。")
    d.line()
    d.line("四、2025年度低保动态调整民主评议结果")
    d.line("　　", ev("2024年12月20日"), "，村民代表会议对全村低保对象进行了年度复核评议，到会代表",
           "32人。评议结果如下：")
    keep = c.names(6, c.pick(["yi", "any"]))
    d.line("　　继续保障（6户）：", [x for j, n in enumerate(keep) for x in (("、" if j else ""), P(n))], "；")
    quit_ = [(c.name("mid"), f"{vil}{c.pick(groups)}{c.randint(1, 90)}号"), (c.name("yi"), f"{town}{vil}{c.pick(groups)}")]
    d.line("　　退出保障（2户）：", P(quit_[0][0]), "（", A(quit_[0][1]), "，子女已在外稳定务工）、", P(quit_[1][0]), "（",
           A(quit_[1][1]), "，新购置农用车一辆）；")
    newc = c.name("yi")
    newa = f"{vil}{c.pick(groups)}水井旁"
    d.line("　　拟新增（1户）：", P(newc), "，住", A(newa), "，本人因车祸致双下肢残疾，妻子长期患病，两个孩子在校就读。")
    d.line("　　会议记录人：", P(c.name("mid")), "；村务监督委员会主任", P(c.name("any")), "全程监督。")
    d.line()
    d.line("五、城乡居民医保缴费情况")
    owe = c.names(5, "any")
    d.line("　　截至", ev("2024年12月25日"), "，全村应缴1642人，已缴1618人，参保率98.5%。尚未缴费的有",
           [x for j, n in enumerate(owe) for x in (("、" if j else ""), P(n))],
           "等5户24人，请各组长继续动员，缴费截止时间为2025年2月底。")
    d.line()
    d.line("六、村民代表会议决议事项")
    reps = c.names(10, c.pick(["yi", "any"]))
    d.line("　　", ev("2024年11月18日"), "召开村民代表会议，应到代表35人，实到31人。出席代表：",
           [x for j, n in enumerate(reps) for x in (("、" if j else ""), P(n))], "等。会议表决通过以下事项：")
    d.line("　　（一）同意使用“一事一议”财政奖补资金硬化三组至五组通组路1.8公里；")
    dad = c.name("mid")
    d.line("　　（二）确认新增集体经济组织成员4人：", P(c.kin(dad, "young")), "（新生儿，父亲", P(dad), "）、", P(c.name("mid")),
           "（婚入，原户籍", A(f"威宁县{c.pick(['黑石头镇', '观风海镇'])}{village(c.rng)}{cn_num(c.randint(1, 8))}组"), "）、",
           P(c.name("young")), "（新生儿）、", P(c.name("mid")), "（退役返乡）；")
    d.line("　　（三）同意村集体光伏收益的30%用于公益性岗位补贴，其余用于村内基础设施维护。")
    d.line()
    d.line("七、人饮工程管护")
    d.line("　　本村人饮工程由村集体统一管护，管水员", P(c.name("yi")), "（住", A(f"{vil}{c.pick(groups)}{c.randint(1, 90)}号"),
           "）负责日常巡查。第四季度维修管道6处，更换水表23块，维修费用", amt("4,680元"), "。",
           "请", P(c.name("mid")), "（", A(f"{town}{vil}{c.pick(groups)}{c.randint(1, 90)}号"), "）、", P(c.name("yi")), "（",
           A(f"{vil}{c.pick(groups)}老学校对面"), "）两户尽快修复自家私接管道，避免影响下游农户用水。")
    d.line()
    d.line("七、土地流转情况".replace("七", "八"))
    comp = "威宁县草海绿源农业发展有限公司"
    d.line("　　", org(comp), "（注册地址：", oaddr("威宁县草海镇建设西路68号"),
           "）流转本村四组、五组耕地共计312亩，用于种植马铃薯良种。涉及农户38户，名单另附，流转费每亩每年",
           amt("450元"), "，已于", ev("2024年11月30日"), "前足额兑付。其中户主", P(c.name("yi")), "、", P(c.name("mid")),
           "、", P(c.name("yi")), "三户因土地面积争议暂缓兑付，由村调委会调处。")
    d.line()
    d.line("九、财务收支")
    d.line("　　本季度村集体收入", amt("126,540.00元"), "（其中光伏收益", amt("98,200.00元"), "），支出",
           amt("87,315.50元"), "，明细见附表。")
    d.line()
    d.line()
    d.line("十、村内公益事业捐资芳名（通组路硬化）")
    donors = c.names(8, c.pick(["yi", "any"]))
    amounts = [500, 300, 300, 200, 200, 200, 100, 100]
    d.line("　　", [x for j, (n, a) in enumerate(zip(donors, amounts)) for x in (("、" if j else ""), P(n), amt(f"{a}元"))], "。"
           "另有在外务工人员", P(c.name("mid")), "（现住", A(f"浙江省宁波市{c.pick(['鄞州区', '北仑区'])}{c.pick(ROADS)}{c.randint(1, 300)}号{c.pick(ESTATES)}{c.randint(1, 30)}幢{room(c.rng, 18)}室"),
           "）捐资", amt("2,000元"), "。感谢以上村民对家乡建设的支持！")
    d.line()
    d.line("　　对公开内容有疑问的，可向村务监督委员会反映，或拨打镇纪委监督电话", c.aphone("0857"), "。")
    d.line()
    d.line("　　", org(f"{vil}村民委员会"), "　", org(f"{vil}村务监督委员会"))
    d.line("　　", ev("2024年12月31日"))
    return d


# ----------------------------------------------------------------------------------------------- 17
def d17(c):
    d = Doc(17, "epidemic_trace_bulletin", "疫情流调信息通报")
    reg = R["yinzhou"]
    d.line(ag("铁岭市银州区新冠肺炎疫情防控指挥部"))
    d.line("关于新增3例本土确诊病例活动轨迹的通报")
    d.line()
    d.line("　　", ev("2022年11月14日"), "0—24时，我区新增本土确诊病例3例，均在集中隔离管控中发现。现将病例活动轨迹通报如下：")
    d.line()
    husband, wife = "王某", "李某某"
    est = c.pick(ESTATES)
    bld = c.randint(3, 20)
    home1 = f"银州区铜钟街道{c.pick(ROADS)}{c.randint(10, 200)}号{est}{bld}号楼"
    d.line("　　病例1：", pseudo(husband), "，男，41岁，居住于", A(home1), "，在", org("铁岭市宏达物流有限公司"), "工作。")
    d.line("　　11月9日：7:30自驾车从家中出发，8:00至", org("宏达物流仓库"), "（", oaddr("银州区工人街道柴河街南段88号"),
           "）上班；12:10在", org("老李家饺子馆"), "（", place("柴河街与广裕路交叉口"), "东北角）就餐；18:20下班，途经",
           org("福泰隆超市"), "（", oaddr("银州区红旗街道市府路31号"), "）购物约20分钟后返家。")
    d.line("　　11月10日：全天居家。")
    d.line("　　11月11日：8:40步行至", place("银州区人民公园"), "北门核酸采样点采样，9:30返家，当日下午核酸结果异常，被转运至集中隔离点。")
    d.line()
    d.line("　　病例2：", pseudo(wife), "，女，39岁，系病例1之妻，与病例1共同居住。")
    d.line("　　11月9日：9:10乘坐12路公交车至", org("银州区铜钟街道社区卫生服务中心"), "取药；10:30在", org("新玛特购物广场"),
           "一楼", org("华联超市"), "购物；12:00乘坐出租车返家。")
    d.line("　　11月10日—11日：居家，11月11日作为密切接触者被转运至集中隔离点。")
    d.line()
    home3 = f"铁岭市银州区红旗街道{c.pick(ROADS)}{c.randint(10, 200)}号{c.pick(ESTATES)}{c.randint(1, 20)}号楼{c.randint(1, 4)}单元{room(c.rng, 7)}室"
    d.line("　　病例3：", pseudo("赵某"), "，女，67岁，现住址", A(home3), "，退休人员。")
    d.line("　　11月8日：6:30至", place("北门农贸市场"), "买菜；9:00至", org("铁岭市中心医院"), "门诊四楼复查；"
           "14:00在小区楼下与邻居打扑克约2小时。")
    d.line("　　11月9日—10日：居家。11月10日因病例1、病例2所在楼栋有阳性人员，被判定为次密接，转运隔离。")
    d.line()
    home4 = f"银州区工人街道{c.pick(['铁岭新村', '龙山小区', '南马路小区'])}{c.randint(1, 30)}号楼{c.randint(1, 6)}单元{cn_digits(room(c.rng, 6))}"
    d.line("　　病例4：", pseudo("孙某某"), "，男，8岁，学生，现住", A(home4), "，系病例3的外孙，随外祖母居住。")
    d.line("　　11月7日：由病例3接送往返", org("银州区第五小学"), "；16:40在学校门口", org("阳光文具店"), "停留约10分钟。")
    d.line("　　11月8日：上午在校上课；下午随病例3至", org("铁岭市中心医院"), "。")
    d.line("　　11月9日起：居家上网课，11月10日随病例3转运隔离。")
    d.line()
    home5 = f"铁岭市 银州区 铜钟街道 {c.pick(ROADS)}{c.randint(10, 200)}号"
    d.line("　　无症状感染者1：", pseudo("钱某"), "，男，52岁，出租车司机，居住于", A(home5), "平房。")
    d.line("　　11月8日—9日：驾驶出租车（车牌号已通报交通部门）在城区运营，主要往返于", org("铁岭火车站"), "、",
           place("柴河街与银州路交叉口"), "、", org("新玛特购物广场"), "等地，其间曾搭载病例2。")
    d.line("　　11月10日：在", place("铁岭火车站"), "北广场候客时接到社区电话，随后按要求返家等待转运。")
    d.line()
    home6 = f"银州区红旗街道{c.pick(['柴河小区', '光明社区', '新华小区'])}{c.randint(1, 40)}-{c.randint(1, 6)}-{room(c.rng, 6)}"
    d.line("　　无症状感染者2：", pseudo("周某某"), "，女，29岁，", org("银州区红旗街道社区卫生服务中心"), "护士，居住于", A(home6),
           "。11月9日—10日在单位正常上班，下班后直接回家，两次途经", place("市府路与广裕街交叉口"), "；"
           "11月11日单位例行核酸检测结果异常，当日转运。其共同居住的父母已转运至集中隔离点。")
    d.line()
    d.line("　　经流调排查，病例1、病例2居住的", A(f"{est}{bld}号楼"), "已划定为高风险区，实行“足不出户、上门服务”；"
           "病例3所住单元划定为中风险区。以下同楼栋住户已作为密切接触者落实管控：")
    for i in range(1, 6):
        fl = f"{est}{bld}号楼{c.randint(1, 4)}单元{room(c.rng, 7)}室"
        d.line(f"　　（{i}）", A(fl), "住户", pseudo(c.pick("张刘陈杨周") + "某" + ("某" if i % 2 else "")), "一家",
               cn_num(c.randint(2, 5)), "口；")
    d.line()
    d.line("　　公共场所风险点位：", org("福泰隆超市"), "（市府路店）、", org("华联超市"), "（新玛特店）、", org("老李家饺子馆"),
           "已暂停营业并完成终末消毒；", place("北门农贸市场"), "自11月15日起封闭3天。")
    d.line("　　协查提示：11月8日14:00—16:00曾在", A(home3[:home3.index("号楼") + 2]),
           "楼下活动的居民，请主动向所在社区报备。")
    d.line()
    d.line("　　风险区域管控措施：高风险区内人员足不出户，生活物资由社区统一配送；中风险区内人员人不出区、错峰取物；"
           "低风险区内人员严格落实个人防护，非必要不离铁。所有管控区域实行每日一次全员核酸检测，"
           "连续7天无新增感染者的，按程序降级或解除管控。")
    d.line("　　此前划定的", place(f"银州区铜钟街道{c.pick(['柴河', '红旗', '光荣'])}小区{c.randint(1, 20)}号楼"), "、",
           place(f"银州区工人街道{c.pick(['南马路', '广裕街'])}{c.randint(1, 200)}号院"), "等2个中风险区，已连续7天无新增感染者，"
           "自", ev("2022年11月15日"), "起降为低风险区。")
    d.line("　　请在上述时间与病例轨迹有交集的人员，立即向所在社区或单位报告，配合落实核酸检测和健康监测。"
           "不主动报告造成疫情传播的，将依法追究责任。")
    d.line("　　发布病例活动轨迹旨在提醒公众做好自我健康监测，请广大市民不信谣、不传谣，不得擅自传播病例个人信息，"
           "对恶意泄露、散布他人个人信息的，公安机关将依法处理。")
    d.line("　　区疫情防控指挥部电话：", c.aphone("024"), "　市民热线：", c.hot("12345"))
    d.line()
    d.line("　　　　　　　　　　", ag("铁岭市银州区新冠肺炎疫情防控指挥部"))
    d.line("　　　　　　　　　　", ev("2022年11月15日"))
    return d


# ----------------------------------------------------------------------------------------------- 18
def d18(c):
    d = Doc(18, "missing_person_notices", "寻人公告", encoding="utf-8-sig")
    reg = R["caoxian"]
    station = "曹县公安局倪集派出所"
    d.line(ag(station))
    d.line("寻人启事（协查）")
    d.line()
    d.line("　　近期，本所辖区接连发生多起人员走失、失联警情。为尽快找到走失人员，经家属同意，现将有关情况发布如下，"
           "恳请广大群众提供线索。为保护当事人隐私，本启事仅公布寻人所必需的信息，请勿将本启事用于其他用途。")
    d.line()
    # 1
    nm = c.name_sex("男", "old_m")
    born = dob(c.rng, 1942, 1952)
    idc = id_card(c.rng, "371721", born, True)
    home = rural(c.rng, reg, prov=True, city=True, county=True, group=None, house=True)
    son, son_ph = c.kin(nm, "mid", "男"), mobile(c.rng, "dash")
    nick = "老歪"
    d.line("　　一、", P(nm), "，男，", DOB(cn_date(born)), "出生，身份证号", ID(idc), "，户籍所在地：", A(home),
           "。村里人常称其“", pseudo(nick), "”。")
    d.line("　　该人患有阿尔茨海默病，于", ev("2024年9月3日"), "上午10时许从家中走失，最后出现在", place("青菏路与新华路交叉口"),
           "附近。走失时身高约165厘米，偏瘦，上穿灰色夹克，下穿黑色裤子，脚穿布鞋，不会使用手机。")
    d.line("　　家属联系人：", P(son), "（之子），电话", PH(son_ph), "。")
    d.line()
    # 2
    girl = c.name_sex("女", "young")
    born2 = dob(c.rng, 2008, 2010)
    home2 = urban(c.rng, reg, prov=False, county=True, street=True, road=True, estate=True, bstyle="号楼")
    mom, mom_ph = c.name_sex("女", "mid"), mobile(c.rng)
    d.line("　　二、", P(girl), "，女，", DOB(cn_date(born2)), "出生，", org("曹县第一中学"), "初三学生，小名“", pseudo("丫丫"),
           "”，家住", A(home2), "。")
    d.line("　　", ev("2024年9月8日"), "下午放学后未回家，当晚曾在", org("曹县汽车站"), "候车室出现，随后去向不明。"
           "身高约158厘米，扎马尾，身穿蓝白色校服，背黑色双肩包。")
    d.line("　　其母", P(mom), "联系电话：", PH(mom_ph), "；倪集派出所值班电话：", c.aphone("0530"), "。")
    d.line("　　", P(girl), "平时与同班同学", P(c.name("young")), "关系较好，家属已联系该同学，其表示当晚未与", P(girl),
           "联系。家属恳请知情的同学、家长及时提供线索。")
    d.line()
    # 3 -- migrant worker
    man = c.name_sex("男", c.pick(["mid", "any"]))
    other = R["dancheng"]
    born3 = dob(c.rng, 1975, 1985)
    reg3 = rural(c.rng, other, prov=True, county=True, group="组", cn=True, house=False)
    live3 = f"曹县倪集街道{c.pick(['张庄', '前王', '后李'])}社区{c.pick(['东', '西'])}区{c.randint(1, 30)}排{c.randint(1, 12)}号"
    wife, wph = c.name_sex("女", "mid"), mobile(c.rng, "space")
    d.line("　　三、", P(man), "，男，", f"{born3.year}年生", "，户籍地", A(reg3), "，失联前经常居住地为", A(live3),
           "（租住）。", ev("2024年8月21日"), "起与家人失去联系，手机关机。其妻", P(wife), "称，其失联前曾说要去",
           place("郑州"), "找活干。")
    d.line("　　联系人：", P(wife), "，", PH(wph), "。")
    d.line()
    # 4 -- elderly woman, landmark address
    old = c.name_sex("女", "old_f")
    born4 = dob(c.rng, 1938, 1948)
    town = c.pick(reg.towns)
    home4 = f"{town}{village(c.rng)}卫生室旁"
    dau, dph = c.name_sex("女", "mid"), mobile(c.rng)
    d.line("　　四、", P(old), "老人，女，", DOB(dot_date(born4)), "出生，家住", A(home4),
           "，听力较差，说本地方言，右手腕戴一串红绳。", ev("2024年9月6日"), "早饭后独自外出赶集，至今未归。"
           "家属已沿途寻找至", place("庄寨镇"), "集市、", org("曹县人民医院"), "等处，未见踪影。")
    d.line("　　其女", P(dau), "：", PH(dph), "。")
    d.line()
    # 5 -- young man, tenant
    yg = c.name_sex("男", "young")
    born5 = dob(c.rng, 1999, 2003)
    idc5 = id_card(c.rng, "371721", born5, True)
    live5 = f"曹县磐石街道{c.pick(ROADS)}{c.randint(1, 300)}号{c.pick(ESTATES)}{cn_num(c.randint(1, 18))}号楼{cn_num(c.randint(1, 3))}单元{cn_digits(room(c.rng, 18))}室"
    fa = c.kin(yg, "mid", "男")
    d.line("　　五、", P(yg), "，男，公民身份号码", ID(idc5), "，身高约178厘米，体型偏胖，戴黑框眼镜，左臂有烫伤疤痕。"
           "失联前居住于", A(live5), "（与其父", P(fa), "同住），", ev("2024年9月4日"), "晚驾驶电动车外出后未归，"
           "其电动车次日在", place("曹县东鱼河桥"), "附近被发现。")
    d.line("　　其父", P(fa), "电话：", PH(mobile(c.rng, "space")), "。")
    d.line()
    # 6 -- found
    found = c.name_sex("男", "old_m")
    fa6 = rural(c.rng, reg, county=True, group=None, house=True)
    d.line("　　六、本所", ev("2024年8月"), "发布的寻人启事中的", P(found), "（家住", A(fa6), "），已于", ev("2024年8月29日"),
           "在", place("成武县"), "境内被好心群众发现并送至当地派出所，现已平安回家。在此对热心群众表示感谢，原启事撤销。")
    d.line()
    teen = c.name_sex("男", "young")
    born7 = dob(c.rng, 2007, 2009)
    hh7 = rural(c.rng, R["hengnan"], prov=True, city=True, county=True, group="组", house=True)
    school_addr = f"曹县倪集街道{c.pick(ROADS)}{c.randint(1, 300)}号"
    aunt = c.kin(teen, "mid", "女")
    d.line("　　七、", P(teen), "，男，", DOB(cn_date(born7)), "出生，户籍所在地", A(hh7), "，随父母在曹县务工居住，"
           "平时住在其姑姑", P(aunt), "家（", A(f"曹县倪集街道{c.pick(['张庄', '前王'])}社区{c.randint(1, 12)}排{c.randint(1, 20)}号"), "）。",
           ev("2024年9月7日"), "与同学在", org("曹县体育馆"), "打篮球后未归，身穿红色球衣，号码23号。联系人：", P(aunt), "，",
           PH(mobile(c.rng)), "。")
    d.line()
    d.line("　　认领启事：", ev("2024年9月5日"), "，本所民警在", place("青菏路与磐石路交叉口"), "救助一名无名老年男性，约70岁，"
           "身高约160厘米，说话含糊不清，无法说出姓名和住址，身穿蓝色中山装。现暂时安置在", org("曹县救助管理站"),
           "（", oaddr("曹县磐石街道磐石路西段"), "），请其家属携带户口簿等身份证明前来认领。")
    d.line()
    d.line("　　走失预防小贴士：")
    d.line("　　1. 家中有认知障碍老人的，可为其佩戴写有家属联系方式的防走失手环或卡片，不要写详细家庭住址；")
    d.line("　　2. 可到派出所免费申领防走失定位设备（数量有限，优先发放给独居和失能老人家庭）；")
    d.line("　　3. 儿童应记住父母的电话号码，外出时穿着颜色鲜艳的衣服，家长应随身保存孩子的近期照片；")
    d.line("　　4. 发现家人走失后应立即报警，报警不受“失踪24小时”的限制。")
    d.line()
    d.line("　　提示：群众发现走失老人、儿童时，请先稳定其情绪，就近送至派出所或拨打报警电话，切勿私自收留。"
           "发布寻人信息时请注意保护家属隐私，不要转发与寻人无关的个人信息。")
    d.line("　　请知情者及时与家属或派出所联系，提供有效线索者，家属承诺酬谢", amt("5000元"),
           "。也可拨打", c.hot("110"), "报警。")
    d.line("　　", ag(station), "地址：", aaddr("曹县倪集街道青岛路中段"))
    d.line("　　", ev("2024年9月10日"))
    return d


# ----------------------------------------------------------------------------------------------- 19
def d19(c):
    d = Doc(19, "lost_and_void_statements", "遗失声明汇编")
    reg = R["yudu"]
    d.line("《于都报》分类广告·遗失声明（", ev("2024年11月6日"), "）")
    d.line()
    for i in range(1, 41):
        kind = i % 10
        nm = c.name(c.pick(["any", "mid", "young", "old_m", "old_f", "two"]))
        if kind == 0:
            town = c.pick(reg.towns)
            loc = c.pick([f"于都县{town}{c.pick(ROADS)}{c.randint(1, 300)}号{c.pick(ESTATES)}{c.randint(1, 20)}栋{room(c.rng, 18)}室",
                          f"{town}{village(c.rng)}{c.pick(['上屋', '下屋', '老屋'])}组{c.randint(1, 60)}号"])
            d.line(P(nm), "遗失坐落于", A(loc), "的不动产权证书一本，证号：", serial(f"赣（2019）于都县不动产权第{c.randint(1000000, 9999999)}号"),
                   "，声明作废。")
        elif kind == 1:
            born = dob(c.rng, 1960, 2000)
            male = c.chance(0.5)
            d.line(P(nm), "遗失居民身份证，公民身份号码：", ID(id_card(c.rng, "360731", born, male)), "，声明作废。")
        elif kind == 2:
            f, m = c.name_sex("男", "mid"), c.name_sex("女", "mid")
            baby = c.kin(f, "young")
            d.line("新生儿", P(baby), "（父亲：", P(f), "，母亲：", P(m), "）遗失《出生医学证明》，编号：",
                   serial(f"{c.pick('NOP')}360{c.randint(100000, 999999)}"), "，声明作废。")
        elif kind == 3:
            cmp_ = ["于都县鸿福服装有限公司", "于都县贡江镇兴达五金经营部", "江西赣鑫建设工程有限公司于都分公司",
                    "于都县红土地脐橙专业合作社", "赣州市翔宇物流有限公司于都分公司"][i // 10]
            d.line(org(cmp_), "遗失公章一枚，声明作废。（住所：", oaddr(f"于都县贡江镇{c.pick(ROADS)}{c.randint(1, 300)}号"), "）")
        elif kind == 4:
            addr = f"于都县{c.pick(reg.towns)}{village(c.rng)}{c.randint(1, 12)}组{c.randint(1, 60)}号"
            d.line(P(nm), "（住", A(addr), "）遗失《农村土地承包经营权证》，编号：",
                   serial(f"360731{c.randint(100000000, 999999999)}J"), "，声明作废。")
        elif kind == 6:
            h, w = c.name_sex("男", c.pick(["mid", "young"])), c.name_sex("女", c.pick(["mid", "young"]))
            d.line(P(h), "、", P(w), "遗失结婚证，字号：", serial(f"J360731-{c.randint(2005, 2022)}-{c.randint(100, 9999):06d}"),
                   "，声明作废。")
        elif kind == 7:
            addr = f"于都县{c.pick(reg.towns)}{c.pick(ESTATES)}安置区{c.randint(1, 12)}栋{c.randint(1, 3)}单元{room(c.rng, 11)}室"
            d.line(P(nm), "遗失《房屋征收补偿安置协议》一份（协议编号：", serial(f"YDZS-2021-{c.randint(100, 999)}"), "，安置房位于",
                   A(addr), "），声明作废。")
        elif kind == 8:
            d.line(P(nm), "遗失退役军人优待证，证号：", serial(not_luhn(f"360731{c.randint(10 ** 9, 10 ** 10 - 1)}")),
                   "，声明作废。")
        else:
            nm = c.name_sex("男", c.pick(["mid", "old_m", "any"]))
            wife = c.name_sex("女", "old_f" if c.chance(0.5) else "mid")
            addr = f"江西省赣州市于都县{c.pick(reg.towns)}{c.pick(ROADS)}{cn_num(c.randint(1, 80))}号"
            d.line(P(nm), "、", P(wife), "夫妇遗失购买位于", A(addr), "的房屋的契税完税证明，票号：",
                   serial(f"{c.randint(100000000, 999999999)}"), "，声明作废。")
    d.line()
    d.line("　　温馨提示：居民身份证遗失后，应及时到户籍所在地或现居住地公安机关申请补领，已挂失的证件不能再作为有效身份证明使用；"
           "不动产权证书遗失的，权利人应向不动产登记机构申请补发，登记机构将在其门户网站上刊发作废声明。")
    d.line("　　刊登遗失声明请持本人身份证原件到报社广告部办理，地址：", aaddr("于都县贡江镇长征大道8号"),
           "，电话：", c.aphone("0797"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 20
def d20(c):
    d = Doc(20, "rental_filing_list", "房屋租赁登记备案名单")
    reg = R["jinjiang"]
    st = "青阳街道"
    d.line(ag("晋江市青阳街道流动人口服务管理站"))
    d.line("2024年第三季度出租房屋登记备案情况通报")
    d.line()
    d.line("　　根据", law("《福建省流动人口服务管理条例》"), "和", law("《商品房屋租赁管理办法》第十四条"),
           "，出租人应当在租赁合同订立后三十日内办理房屋租赁登记备案。现将本季度已办理备案的出租房屋情况通报如下，"
           "请各社区核对辖区内出租户信息，对未备案的督促补办。")
    d.line()
    d.line("备案号\t出租人\t房屋坐落\t承租人\t承租人户籍地\t租期")
    srcs = ["dancheng", "xinshao", "weining", "yudu", "shunqing", "mengcheng", "wuming", "kaizhou"]
    for i in range(1, 26):
        lord = c.name("compound" if i == 11 else c.pick(["mid", "any", "old_m", "rare"]))
        form = i % 4
        if form == 0:
            loc = f"晋江市{st}{c.pick(['洪山', '莲屿', '竹树下', '黄金'])}社区{c.pick(ROADS)}{c.randint(1, 300)}号{c.randint(2, 6)}楼"
        elif form == 1:
            loc = f"{st}{c.pick(ESTATES)}{c.randint(1, 20)}幢{room(c.rng, 30)}室"
        elif form == 2:
            loc = hyphen(c.rng, reg, county=True, street=True)
        else:
            loc = f"{c.pick(['洪山', '莲屿', '竹树下'])}{c.pick(['一区', '二区', '三区'])}{c.randint(1, 99)}号"
        tenants = [c.name(c.pick(["young", "mid", "any", "two", "tibetan" if i == 8 else "yi" if i == 14 else "any"]))]
        if i % 3 == 0:
            tenants.append(c.name(c.pick(["young", "mid"])))
        src = R[c.pick(srcs)]
        if src.towns:
            home = rural(c.rng, src, prov=c.chance(0.5), city=c.chance(0.3), county=True, group=c.pick(["组", "组", "社", "队"]),
                         house=c.chance(0.4))
        else:
            home = urban(c.rng, src, prov=True, city=True)
        tp = [P(tenants[0])] + (["、", P(tenants[1])] if len(tenants) > 1 else [])
        start_m = c.randint(7, 9)
        d.line(serial(f"JJQY2024{c.randint(10000, 99999)}"), "\t", P(lord), "\t", A(loc), "\t", tp, "\t", A(home),
               f"\t2024.{start_m:02d}—2025.{start_m:02d}")
    d.line()
    agent = "晋江市安居房产经纪有限公司"
    d.line("　　另，", org(agent), "（经营场所：", oaddr("晋江市青阳街道世纪大道588号"),
           "）代理出租的12套房屋已由该公司统一备案，承租人信息由公司负责核对。")
    d.line("　　出租人的主要义务：1. 核验承租人身份证件，登记承租人姓名、身份证件号码和户籍地址；2. 发现承租人利用出租房屋"
           "从事违法犯罪活动的，及时向公安机关报告；3. 不得将不符合安全、防灾等工程建设强制性标准的房屋出租，"
           "不得将厨房、卫生间、阳台和地下储藏室出租供人员居住；4. 承租人变更的，应在三日内办理变更登记。")
    d.line("　　承租人应当按照规定申领居住证。居住证可在社区警务室或街道流动人口服务管理站办理，需提供居住证明、"
           "身份证件和近期照片。")
    d.line("　　出租人未按规定办理备案的，由住房和城乡建设部门依法责令限期改正。咨询电话：", c.aphone("0595"), "。")
    d.line()
    d.line("　　　　　　　　", ag("晋江市青阳街道流动人口服务管理站"))
    d.line("　　　　　　　　", ev("2024年10月8日"))
    return d
