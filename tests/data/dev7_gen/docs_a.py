"""Documents 1-13: relief and subsidy rosters whose rows carry no label (full-width spaces, tabs, ``｜``,
runs of spaces), commendation lists, service notices with minority and foreign names, expropriation
announcements (被征收人… with no punctuation), petition and complaint replies (市民…反映, 项目经理…（手机…）),
a mediation record (监护人…所持) and a school notice with names that are ordinary words."""

from __future__ import annotations

from tests.data.dev3_gen.builder import Doc
from tests.data.dev4_gen.addr import urban
from tests.data.dev4_gen.common import ID, OF, PH, A, P, ag, amt, aphone, case, docno, ev, hot, law, org
from tests.data.dev4_gen.docs_a import cells
from tests.data.dev4_gen.people import sex_of

from .common import figure, place

VILLAGES = ["王家庄村", "李家峪村", "张庄村", "刘官屯村", "陈家楼村", "赵王河村", "孙家套村", "周家岭村", "杨柳店村",
            "吴家集村", "马家窑村", "郑家湾村"]


# ----------------------------------------------------------------------------------------------- 1
def d01(c):
    d = Doc(1, "relief_roster_fullwidth", "临时救助对象名单公示（全角空格分隔，无逐行标签）")
    d.line(ag("济南市历城区唐冶街道办事处"))
    d.line("2026年10月份临时救助对象公示")
    d.line("序号　姓名　性别　年龄　所在村（社区）　救助金额（元）")
    for i in range(1, 13):
        n = c.hard()
        d.line(cells(str(i), P(n), sex_of(n), str(c.randint(28, 91)), place(c.pick(VILLAGES)),
                     amt(str(c.pick([500, 800, 1000, 1500, 2000]))), sep="　"))
    d.line("　　公示期为7天。如有异议，请向街道社会事务办反映，监督电话：", aphone("0531-88176520"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 2
def d02(c):
    d = Doc(2, "dibao_roster_tabs", "农村低保对象名单（制表符分隔，含身份证号）")
    d.line(ag("嘉祥县民政局"))
    d.line("2026年第四季度农村最低生活保障新增对象名单")
    d.line("序号\t户主\t保障人口\t身份证号码\t所在镇村\t月保障金")
    for i in range(1, 12):
        n = c.hard()
        d.line(cells(str(i), P(n), str(c.randint(1, 5)), ID(c.idno("jiaxiang", 1940, 1985, n)),
                     c.pick(["纸坊镇", "马村镇", "金屯镇", "疃里镇"]) + c.pick(VILLAGES), amt(f"{c.randint(3, 9)}00元")))
    d.line("　　监督举报电话：", aphone("0537-6851204"), "　　", ag("嘉祥县民政局"), ev("2026年11月3日"))
    return d


# ----------------------------------------------------------------------------------------------- 3
def d03(c):
    d = Doc(3, "disability_subsidy_bars", "残疾人两项补贴发放名册（｜分隔，含监护人）")
    d.line(ag("临清市残疾人联合会"))
    d.line("2026年困难残疾人生活补贴和重度残疾人护理补贴发放名册")
    d.line("序号｜姓名｜残疾类别｜等级｜监护人｜联系电话｜补贴金额")
    for i in range(1, 11):
        n, g = c.hard(), c.han()
        d.line(cells(str(i), P(n), c.pick(["肢体", "智力", "视力", "精神", "言语"]), c.pick(["一级", "二级"]), P(g),
                     PH(c.mobile()), amt(f"{c.pick([90, 120, 150])}元"), sep="｜"))
    d.line("　　制表：", OF(c.off()), "　审核：", OF(c.off()))
    return d


# ----------------------------------------------------------------------------------------------- 4
def d04(c):
    d = Doc(4, "commendation_lines", "表彰决定（名单按单位分行，姓名以全角空格分隔）")
    d.line(ag("威海市环翠区人民政府"))
    d.line("关于表彰2026年度环翠区道德模范和身边好人的决定")
    d.line("　　为深入开展学习", figure("雷锋"), "活动，弘扬", figure("焦裕禄"), "精神，区政府决定对以下同志予以表彰：")
    for unit in ["张村镇", "羊亭镇", "温泉镇", "孙家疃街道"]:
        d.line("　　", unit, "（", str(4), "人）")
        names = [c.hard() for _ in range(4)]
        row = []
        for j, n in enumerate(names):
            if j:
                row.append("　")
            row.append(P(n))
        d.line("　　", row)
    d.line("　　颁奖仪式由区委常委、宣传部部长", OF(c.off()), "主持，副区长", OF(c.off()), "宣读表彰决定。")
    return d


# ----------------------------------------------------------------------------------------------- 5
def d05(c):
    d = Doc(5, "brave_deeds_list_markers", "见义勇为人员确认公示（（1）…列表，姓名接同志）")
    d.line(ag("郑州市金水区见义勇为基金会"))
    d.line("关于确认2026年度见义勇为人员的公示")
    d.line("　　经区见义勇为评审委员会评审，拟确认以下人员为见义勇为人员：")
    for i in range(1, 8):
        n = c.hard()
        deed = c.pick(["在金水河中救起落水儿童", "制止持刀抢劫", "协助民警抓获盗窃嫌疑人", "扑救居民楼火灾"])
        if c.chance(0.5):
            d.line("　　（", str(i), "）", P(n), "，", sex_of(n), "，", deed, "。")
        else:
            d.line("　　（", str(i), "）", P(n), "同志", deed, "。")
    d.line("　　公示时间：", ev("2026年11月10日"), "至", ev("11月16日"), "。联系人：", OF(c.off()), "，电话：", aphone("0371-65953128"))
    return d


# ----------------------------------------------------------------------------------------------- 6
def d06(c):
    d = Doc(6, "court_notice_minority", "法院公告送达（维吾尔族、藏族、蒙古族当事人，有无间隔点）")
    d.line(ag("库尔勒市人民法院"))
    d.line("公　告")
    a, b, e = c.name("uy_plain"), c.name("uy_dot"), c.name("tibetan")
    f, g = c.name("mongol"), c.name("uy_plain")
    d.line(P(a), "、", P(b), "、", P(e), "：")
    d.line("　　本院受理原告", P(f), "诉被告", P(a), "、", P(b), "、", P(e), "民间借贷纠纷一案", case("（2026）新2801民初3391号"),
           "，因你们下落不明，依照", law("《中华人民共和国民事诉讼法》第九十五条"), "的规定，向你们公告送达起诉状副本及开庭传票。")
    d.line("　　本院另受理原告", P(g), "诉被告库尔勒天山物流有限公司劳务合同纠纷一案，原告", P(g), "经传唤未到庭。")
    d.line("　　审判员", OF(c.off()), "　书记员", OF(c.off()))
    return d


# ----------------------------------------------------------------------------------------------- 7
def d07(c):
    d = Doc(7, "admin_notice_foreign", "行政机关公告送达（外籍当事人，日、韩、西方人名）")
    d.line(ag("青岛市黄岛区市场监督管理局"))
    d.line("公告送达书")
    d.line("　　因下列当事人下落不明，现将有关文书公告送达：")
    for i in range(1, 7):
        n = c.name(c.pick(["jp7", "japanese", "korean", "western"]))
        nat = "韩国籍" if len(n) == 3 and n[0] in "金朴崔郑姜赵尹" else "外籍" if "·" in n else "日本籍"
        d.line("　　", str(i), "．", nat, "当事人", P(n), "：", docno(f"青黄市监处字〔2026〕{c.randint(100, 999)}号"),
               "《行政处罚决定书》。")
    d.line("　　自公告发布之日起满30日视为送达。联系人：", OF(c.off()), "　电话：", aphone("0532-86989013"))
    return d


# ----------------------------------------------------------------------------------------------- 8
def d08(c):
    d = Doc(8, "expropriation_no_punct", "征收补偿公告（被征收人紧接姓名，无标点）")
    d.line(ag("济南市历下区人民政府"))
    d.line("历下区山大路片区旧城改造项目房屋征收补偿情况公告")
    for _ in range(4):
        n = c.hard()
        d.line("　　被征收人", P(n), "房屋坐落于", A(urban(c, "lixia", head=c.pick([1, 2]))), "，建筑面积", str(c.randint(48, 120)),
               "平方米，补偿金额", amt(f"{c.randint(50, 190)}.{c.randint(10, 99)}万元"), "。")
    d.line("　　被征收人名单：")
    names = [c.hard() for _ in range(6)]
    d.line("　　", [x for n in names for x in (P(n), "　")][:-1])
    d.line("　　征收部门：", ag("济南市历下区房屋征收服务中心"), "　咨询电话：", aphone("0531-86551272"))
    return d


# ----------------------------------------------------------------------------------------------- 9
def d09(c):
    d = Doc(9, "petition_reply_kin", "信访事项答复（市民…反映，侄子…，叔叔…）")
    d.line(ag("聊城市临清市信访局"))
    d.line("信访事项处理意见书")
    a, b, e, f = c.hard(), c.hard(), c.han(), c.han()
    d.line(P(a), "：")
    d.line("　　市民", P(a), "反映其侄子", P(b), "于", ev("2026年8月"), "在康庄镇务工期间受伤、工资未结清的问题收悉。")
    d.line("　　经查，", P(b), "受雇于临清市鸿运建材有限公司，其叔叔", P(e), "曾代为协商。该公司负责人", P(f),
           "表示愿意结清工资。")
    d.line("　　如不服本处理意见，可于收到本意见书之日起30日内向", ag("聊城市信访局"), "申请复查。")
    d.line("　　经办人：", OF(c.off()), "　", ev("2026年11月2日"))
    return d


# ----------------------------------------------------------------------------------------------- 10
def d10(c):
    d = Doc(10, "complaint_reply_site", "投诉答复（施工单位项目经理…（手机…））")
    d.line(ag("郑州市金水区住房和城乡建设局"))
    d.line("关于夜间施工噪声扰民投诉的答复")
    a, b, e, f = c.han(), c.hard(), c.hard(), c.han()
    d.line("　　投诉人", P(a), "：您反映的农业路东段", org("郑州宏基置业有限公司"), "项目夜间施工问题已收悉。")
    d.line("　　经现场核查，施工单位项目经理", P(b), "（手机", PH(c.mobile()), "）承认", ev("10月下旬"),
           "存在夜间浇筑混凝土未办理夜间施工许可的情况，监理单位总监", P(e), "未予制止。")
    d.line("　　我局已责令整改，并约谈建设单位负责人", P(f), "。")
    d.line("　　副局长", OF(c.off()), "带队进行了复查。")
    d.line("　　如对答复不满意，可拨打", hot("12345"), "或来电", aphone("0371-63882907"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 11
def d11(c):
    d = Doc(11, "mediation_record", "人民调解协议书（监护人…所持，当事人无标点）")
    d.line(ag("历城区王舍人街道人民调解委员会"))
    d.line("人民调解协议书")
    a, b, kid, g = c.han(), c.hard(), c.hard(), c.han()
    d.line("　　当事人", P(a), "，", sex_of(a), "，身份证号", ID(c.idno("licheng", 1970, 1990, a)), "，住",
           A(urban(c, "licheng", head=2)), "。")
    d.line("　　当事人", P(b), "，", sex_of(b), "，联系电话", PH(c.mobile()), "。")
    d.line("　　纠纷简要情况：", ev("2026年9月5日"), "，", P(b), "之子", P(kid), "（未成年）在小区内骑车将", P(a),
           "撞伤。监护人", P(g), "所持身份证件与户口簿登记一致。")
    d.line("　　经调解，双方自愿达成如下协议：由", P(b), "一次性赔偿", P(a), "医疗费等", amt("6800元"), "。")
    d.line("　　调解员：", OF(c.off()), "　记录人：", OF(c.off()))
    return d


# ----------------------------------------------------------------------------------------------- 12
def d12(c):
    d = Doc(12, "school_notice_word_names", "学校通知（学生姓名为普通词语）")
    d.line(ag("济南市历下区文化东路小学"))
    d.line("关于2026年秋季学期三好学生和优秀学生干部评选结果的通知")
    d.line("　　经班级推荐、学校评审，以下同学被评为“三好学生”：")
    for cls in ["三年级一班", "四年级二班", "五年级三班"]:
        names = [c.name(c.pick(["word7", "word7", "plain"])) for _ in range(3)]
        d.line("　　", cls, "：", [x for n in names for x in (P(n), "、")][:-1])
    w = c.name("word7")
    d.line("　　其中，五年级学生", P(w), "在全市中小学生作文比赛中获一等奖，其家长", P(c.han()), "受邀分享家庭教育经验。")
    d.line("　　校长：", OF(c.off()), "　教导处：", OF(c.off()))
    return d


# ----------------------------------------------------------------------------------------------- 13
def d13(c):
    d = Doc(13, "farmland_subsidy_spaces", "耕地地力保护补贴公示（空格分隔，复姓与罕见姓）")
    d.line(ag("呼和浩特市新城区农牧局"))
    d.line("2026年耕地地力保护补贴面积及金额公示（保合少镇）")
    d.line("户主姓名    补贴面积（亩）    补贴金额（元）    所在村组")
    for _ in range(10):
        n = c.name(c.pick(["compound7", "rare7", "mongol", "plain"]))
        d.line(P(n), "    ", f"{c.randint(3, 40)}.{c.randint(0, 9)}", "    ", amt(f"{c.randint(300, 4000)}.{c.randint(10, 99)}"),
               "    ", c.pick(["恼包村", "西把栅村", "新营子村", "塔布板村"]), str(c.randint(1, 6)), "组")
    d.line("　　公示期5天。联系电话：", aphone("0471-6512038"))
    return d
