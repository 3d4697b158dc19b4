"""Documents 21-30: medical and traffic notices, policy interpretations with quoted marks, running text."""

from __future__ import annotations

from tests.data.dev3_gen.builder import Doc

from .addr import rural, urban
from .common import (A, DOB, EM, ID, MARK, OF, P, PH, PL, USCC, aaddr, ag, amail, amt, aphone, docno, ev, hot,
                     law, oaddr, org, place, quoted, serial, uscc_code)
from .docs_a import cells
from .people import sex_of


# ----------------------------------------------------------------------------------------------- 21
def d21(c):
    d = Doc(21, "newborn_screening_recall", "新生儿疾病筛查复查通知（含儿童与母亲姓名）")
    d.line(ag("威海市妇幼保健院"))
    d.line("新生儿疾病筛查可疑阳性患儿召回复查通知")
    d.line("　　以下新生儿疾病筛查结果可疑阳性，经电话多次联系未果，请家长见通知后尽快携带患儿到我院复查：")
    d.line("母亲姓名\t患儿性别\t出生日期\t分娩医院\t联系电话")
    for i in range(10):
        m = c.name(c.pick(["mid", "young", "any"]))
        dob = f"2026-0{c.randint(6, 9)}-{c.randint(10, 28)}"
        d.line(cells([P(m), "之子" if i % 2 else "之女"], "男" if i % 2 else "女", DOB(dob),
                     org(c.pick(["环翠区人民医院", "威海市立医院", "文登区人民医院"])), PH(c.mobile())))
    baby, mum = c.name("young"), c.name("young")
    d.line("　　另：患儿", P(baby), "（母亲", P(mum), "），出生于", DOB("2026年7月19日"), "，家住", A(urban(c, "huancui", head=1)),
           "，筛查提示先天性甲状腺功能减低症可能。")
    d.line("　　新生儿筛查中心电话：", aphone("0631-5289356"), "（工作日）；医院总机：", aphone("0631-5289000"), "。")
    d.line("　　院址：", aaddr("威海市环翠区文化西路58号"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 22
def d22(c):
    d = Doc(22, "overdue_inspection_vehicles", "逾期未检验机动车公告", encoding="gb18030", newline="crlf")
    d.line(ag("济南市公安局交通警察支队车辆管理所"))
    d.line("关于督促逾期未检验机动车所有人办理检验手续的公告")
    d.line("　　下列机动车已超过检验有效期一个周期以上，请机动车所有人于", ev("2026年12月31日"), "前办理检验：")
    d.line("序号　号牌号码　　机动车所有人　　检验有效期止")
    for i in range(1, 17):
        if i % 4 == 0:
            owner = [org(c.pick(["济南宏达运输有限公司", "济南历城城乡公交有限公司", "山东捷顺物流有限公司"]))]
        else:
            owner = [P(c.mixed())]
        pl = c.plate("鲁", dot=c.chance(0.3), new_energy=c.chance(0.2))
        d.line(cells(str(i), PL(pl), owner, ev(f"{c.randint(2019, 2024)}年{c.randint(1, 12)}月"), sep="　　"))
    d.line("　　逾期不办理的，将依法注销机动车登记。咨询电话：", aphone("0531-85088111"), "、", hot("12123"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 23
def d23(c):
    d = Doc(23, "traffic_penalty_service", "交通违法处罚决定书公告送达")
    d.line(ag("临清市公安局交通警察大队"))
    d.line("公告")
    d.line("　　下列当事人因交通违法行为，本大队依法作出处罚决定，因无法直接送达，现予公告：")
    for i in range(1, 9):
        p = c.mixed()
        pl = c.plate(c.pick("鲁鲁鲁冀豫"), dot=c.chance(0.5))
        lic = c.idno("linqing", 1970, 2004, p)
        d.line("　　", str(i), "．", P(p), "，驾驶证号", ID(lic), "，驾驶", PL(pl), "号小型汽车，于", ev(f"2026年{c.randint(3, 8)}月{c.randint(1, 28)}日"),
               "在", c.pick(["G308线", "先锋路与青年路交叉口", "临邱路"]), "实施", c.pick(["超速50%以上", "酒后驾驶", "不按规定让行"]),
               "的违法行为，决定书编号", serial(f"3715811{c.randint(100000000, 999999999)}"), "。")
    d.line("　　咨询电话：", aphone("0635-2322122"), "；当事人对处罚决定不服的，可依法申请行政复议。")
    return d


# ----------------------------------------------------------------------------------------------- 24
def d24(c):
    d = Doc(24, "policy_interpretation_marks", "政策解读（引述密级标志）")
    d.line(ag("临清市国家保密局"))
    d.line("《临清市政府信息公开保密审查办法》政策解读")
    d.line("　　一、什么是国家秘密标志？")
    d.line("　　国家秘密标志由密级和保密期限组成，如", quoted("“机密★5年”"), "，标注在公文首页左上角。密级分为",
           quoted("“绝密”"), "、", quoted("“机密”"), "、", quoted("“秘密”"), "三级。")
    d.line("　　二、哪些文件不得公开？")
    d.line("　　凡标注", quoted("「秘密★1年」"), "等密级标志的文件，以及标明", quoted("“内部资料　注意保存”"), "或称为",
           quoted("《内部明电》"), "的材料，一律不得在政府网站公开。例如", quoted("“此件不公开”"), "字样的文件，应按依申请公开或不予公开处理。")
    d.line("　　三、常见问题")
    d.line("　　问：文件末尾注明", quoted("（此件公开发布）"), "的，还需要保密审查吗？答：需要，仍应履行", law("《中华人民共和国保守国家秘密法》"), "规定的审查程序。")
    d.line("　　咨询电话：", aphone("0635-2339175"), "；邮箱：", amail("lqsbmj@lc.gov.cn"), "。")
    d.line("　　解读人：", OF(c.off()), "（市保密局局长）")
    return d


# ----------------------------------------------------------------------------------------------- 25
def d25(c):
    d = Doc(25, "classified_notice_with_quote", "带密级标志的通知（首页标志与正文引述）")
    d.line(MARK("秘密★1年"))
    d.line(ag("济南市历城区人民政府办公室"))
    d.line("关于做好防汛重点部位安全检查的紧急通知")
    d.line(docno("历城政办字〔2026〕19号"))
    d.line("　　各街道办事处，区直各部门：")
    d.line("　　本通知涉及重点水库调度方案，转发时须标注", quoted("“秘密”"), "字样，不得在互联网传输。")
    d.line("　　值班联系人：", OF(o := c.off()), "，手机", PH(c.mobile()), "；区应急局值班室：", aphone("0531-88161110"), "。")
    d.line("　　　　　　　　", ag("济南市历城区人民政府办公室"), "　", ev("2026年7月11日"))
    return d


# ----------------------------------------------------------------------------------------------- 26
def d26(c):
    d = Doc(26, "complaint_bulletin_running_text", "群众诉求办理情况通报（行文中的姓名）")
    d.line(ag("济南市历城区城市管理局"))
    d.line("2026年第8期群众诉求办理情况通报")
    a, b, k, g = c.name("any"), c.name("han3"), c.name("young"), c.name("mid")
    d.line("　　1．市民", P(a), "反映", A(urban(c, "licheng", head=0)), "楼下餐饮油烟扰民。经核查，涉事商户已安装油烟净化设施。")
    d.line("　　2．施工单位项目经理", P(b), "（手机", PH(c.mobile("space")), "）承诺夜间22时后停止高噪声作业。")
    d.line("　　3．（3）", P(x := c.name("any")), "反映其住所", A(rural(c, "licheng", head=1)), "门前道路积水，已疏通。")
    d.line("　　4．监护人", P(g), "所持未成年人", P(k), "的学生证遗失，已移交唐冶派出所处理。")
    d.line("　　5．被征收人", P(e := c.name("old_m")), "及其侄子", P(f := c.name("mid")), "对补偿款提出异议，已转区房屋征收服务中心。")
    d.line("　　承办人：", OF(c.off()), "　科室电话：", aphone("0531-88163350"), "；城管服务热线：", hot("12319"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 27
def d27(c):
    d = Doc(27, "disclosure_request_reply", "政府信息公开申请答复书（个人邮箱与机关邮箱）")
    p = c.name("any")
    d.line(ag("郑州市金水区人民政府"))
    d.line("政府信息公开申请答复书")
    d.line(docno("金政依复〔2026〕第088号"))
    d.line(P(p), "：")
    d.line("　　本机关于", ev("2026年4月2日"), "收到你通过电子邮件（", EM(f"{c.pick(['zhang', 'liu', 'wang', 'chen'])}{c.randint(1960, 2001)}@163.com"),
           "）提交的政府信息公开申请，你的通讯地址为", A(urban(c, "jinshui", head=2)), "，联系电话", PH(c.mobile()), "。")
    d.line("　　经审查，你申请的信息属于公开范围，现提供给你。")
    d.line("　　如不服本答复，可以自收到之日起六十日内向", ag("郑州市人民政府"), "申请行政复议，或者在六个月内向", org("郑州铁路运输法院"), "提起行政诉讼。")
    d.line("　　本机关政府信息公开工作机构：金水区政府办公室，电话：", aphone("0371-65937206"), "，电子邮箱：", amail("jsqzfxxgk@zhengzhou.gov.cn"),
           "，地址：", aaddr("郑州市金水区纬五路12号"), "。")
    d.line("　　　　　　　　", ag("郑州市金水区人民政府"), "　", ev("2026年4月28日"))
    return d


# ----------------------------------------------------------------------------------------------- 28
def d28(c):
    d = Doc(28, "penalty_hearing_person", "行政处罚听证告知书（自然人住所与公司住所）")
    p = c.mixed()
    d.line(ag("济南市历城区综合行政执法局"))
    d.line("行政处罚听证告知书")
    d.line(docno("历城综执听告字〔2026〕第0317号"))
    d.line("当事人：", P(p), "，性别：", sex_of(p), "，公民身份号码：", ID(c.idno("licheng", 1970, 1995, p)), "，住所：", A(rural(c, "licheng", head=2)),
           "，联系电话：", PH(c.mobile()), "。")
    d.line("　　经查，你在", place("历城区港沟街道神武村"), "未经批准擅自建设二层砖混结构房屋，建设位置为", A(rural(c, "licheng", head=1)),
           "，违反了", law("《中华人民共和国城乡规划法》第四十一条"), "的规定。")
    d.line("　　该房屋由", org("济南鲁安建筑劳务有限公司"), "（住所：", oaddr("济南市历城区唐冶街道围子山路2888号"), "，统一社会信用代码",
           USCC(uscc_code(c.rng, "370112", "91")), "）承建。")
    d.line("　　你有权在收到本告知书之日起五个工作日内提出听证申请。联系人：", OF(c.off()), "，电话：", aphone("0531-88112203"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 29
def d29(c):
    d = Doc(29, "public_welfare_jobs_drivers", "公益性岗位（驾驶员）拟聘人员公示")
    d.line(ag("嘉祥县人力资源和社会保障局"))
    d.line("2026年城乡公益性岗位（环卫驾驶员）拟聘人员名单")
    d.line("序号\t姓名\t性别\t驾驶证号\t准驾车型\t户籍")
    for i in range(1, 13):
        n = c.mixed()
        idv = c.idno("jiaxiang", 1966, 1996, n)
        d.line(cells(str(i), P(n), sex_of(n), ID(idv), c.pick(["B2", "A2", "C1"]), A(rural(c, "jiaxiang", head=0))))
    d.line()
    d.line("　　考察联系人：", OF(c.off()), "，电话：", aphone("0537-6853019"), "；纪检监督：", aphone("0537-6852236"), "。")
    d.line("　　招聘公告编号：", serial("370829202600318"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 30
def d30(c):
    d = Doc(30, "tax_arrears_notice", "欠税公告（自然人纳税人识别号）")
    d.line(ag("国家税务总局临清市税务局"))
    d.line("欠税公告（2026年第2期）")
    d.line("纳税人名称｜纳税人识别号｜法定代表人或负责人｜经营地点｜欠税税种｜欠税余额（元）")
    for i in range(1, 11):
        if i % 3 == 0:
            co = c.pick(["临清市鑫源纺织有限公司", "临清华宇轴承有限公司", "临清市宏昌建材有限公司"])
            d.line(cells(org(co), USCC(uscc_code(c.rng, "371581", "91")), P(c.mixed()), oaddr(f"临清市{c.pick(['先锋路', '青年路'])}{c.randint(1, 400)}号"),
                         c.pick(["增值税", "企业所得税"]), amt(f"{c.randint(10000, 900000)}.{c.randint(10, 99)}"), sep="｜"))
        else:
            p = c.mixed()
            idv = c.idno("linqing", 1960, 1995, p)
            d.line(cells(P(p), ID(idv), P(p), A(rural(c, "linqing", head=0)), c.pick(["个人所得税", "增值税", "房产税"]),
                         amt(f"{c.randint(1000, 90000)}.{c.randint(10, 99)}"), sep="｜"))
    d.line()
    d.line("　　咨询电话：", aphone("0635-2395126"), "、", hot("12366"), "；办税服务厅地址：", aaddr("临清市青年路95号"), "。")
    return d
