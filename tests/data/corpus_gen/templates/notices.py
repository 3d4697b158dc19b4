"""通知 / 通报 (notices): public ones, an urgent 内部明电, classified and internal ones with rosters."""

from __future__ import annotations

import datetime as dt

from ..agencies import EXTRA_OFFICIALS
from ..identities import URBAN
from .common import AGENCIES, Ctx, T, join, render

REG = "中华人民共和国政府信息公开条例"


def training_roster(ctx: Ctx) -> object:
    a = AGENCIES["sdjr"]
    units = ["济南市地方金融监督管理局", "青岛市地方金融监督管理局", "淄博市地方金融监督管理局", "烟台市地方金融监督管理局",
             "潍坊市地方金融监督管理局", "临沂市地方金融监督管理局"]
    rows = []
    for u in units:
        p = ctx.person(y0=1975, y1=1995)
        rows.append(render("{u}｜{name}｜{sex}｜{post}｜{idno}｜{m}｜{e}｜{room}",
                           u=ctx.an(u), name=ctx.name(p), sex=p.sex, post=ctx.pick(["科长", "副科长", "一级科员", "四级主任科员"]),
                           idno=ctx.idno(p), m=ctx.mobile(p, ctx.pick(["plain", "plain", "dash", "fullwidth"])),
                           e=ctx.email(p), room=ctx.pick(["单间", "标间（合住）"])))
    d = ctx.day(2019, 8, 8)
    start = d + dt.timedelta(days=20)
    return render(
        """山东省地方金融监督管理局
{docno}

山东省地方金融监督管理局关于举办全省地方金融监管系统政务公开业务培训班的通知

各市地方金融监督管理局：
    为深入贯彻{reg}，提高全省地方金融监管系统政务公开工作水平，经研究，决定举办全省地方金融监管系统政务公开业务培训班。现将有关事项通知如下：
    一、培训时间
    {start}至{end}，共3天。{start2}14:00—18:00报到。
    二、培训地点
    {hotel}（{hotel_addr}），酒店总机：{hotel_phone}。
    三、培训内容
    政府信息公开条例解读、依申请公开答复规范、政务公开保密审查、个人信息去标识化处理实务等。
    四、参训人员
    各市地方金融监督管理局分管政务公开工作的负责同志及具体工作人员各1名。
    五、有关要求
    请各市于{due}前将参训人员回执发送至邮箱{amail}。培训期间食宿统一安排，费用按规定回原单位报销。
    联系人：{contact}，电话：{aphone}

附件：参训人员回执

山东省地方金融监督管理局
{date}

{look}

附件
参训人员回执（已汇总）
单位｜姓名｜性别｜职务｜身份证号码（住宿登记用）｜手机｜电子邮箱｜住宿要求
{rows}
""",
        docno=ctx.docno("鲁金监字", 2019, 86), reg=ctx.law(REG), start=ctx.date(start),
        end=ctx.date(start + dt.timedelta(days=2)), start2=ctx.date(start - dt.timedelta(days=1)),
        hotel=ctx.org("山东大厦"), hotel_addr=ctx.org_addr("济南市历下区马鞍山路2号"), hotel_phone=T("agency_phone", "0531-82951888"),
        due=ctx.date(d + dt.timedelta(days=10)), amail=T("agency_email", a.email), contact=ctx.official(a.contact),
        aphone=ctx.aphone(a), date=ctx.date(d), look=ctx.look("（此件公开发布）"), rows=join("\n", rows),
    )


def urgent_internal_telegram(ctx: Ctx) -> object:
    """内部明电: holiday duty roster with officials' and staff mobiles."""
    a = AGENCIES["jnzf"]
    days = [dt.date(2022, 10, i) for i in range(1, 8)]
    rows = []
    leaders = [a.head[1], EXTRA_OFFICIALS[7], EXTRA_OFFICIALS[8], EXTRA_OFFICIALS[9], a.head[1], EXTRA_OFFICIALS[10],
               EXTRA_OFFICIALS[11]]
    for d, leader in zip(days, leaders):
        staff = ctx.person(y0=1980, y1=1996)
        rows.append(render("{d}｜{leader}｜{lm}｜{staff}｜{sm}",
                           d=T("event_date", f"{d.month}月{d.day}日"), leader=ctx.official(leader),
                           lm=ctx.mobile(None, "plain"),
                           staff=ctx.name(staff), sm=ctx.mobile(staff, ctx.pick(["plain", "dash"]))))
    return render(
        """{mark}
济南市人民政府办公厅
{docno}

济南市人民政府办公厅关于做好2022年国庆节假日期间值班值守工作的紧急通知

各区县人民政府，市政府各部门（单位）：
    为确保国庆节假日期间全市安全稳定，现就做好值班值守工作紧急通知如下：
    一、严格落实领导带班和24小时值班制度，值班人员必须在岗在位，不得擅离职守，确保通信畅通。
    二、遇有重大突发事件，要在30分钟内电话报告、1小时内书面报告市政府总值班室，不得迟报、漏报、瞒报。
    三、各单位于9月28日前将值班安排报市政府总值班室，电话{aphone}，传真{fax}。
    附：市政府总值班室节日值班表

市政府总值班室节日值班表
日期｜带班领导｜带班领导手机｜值班人员｜值班人员手机
{rows}

济南市人民政府办公厅
{date}

（此件发至区县政府、市直部门主要负责同志）
""",
        mark=ctx.mark("内部明电"), docno=ctx.docno("济政办明电", 2022, 15), aphone=ctx.aphone(a),
        fax=T("agency_phone", "0531-66607199"), rows=join("\n", rows), date=ctx.date(dt.date(2022, 9, 26)),
    )


def inspection_secret(ctx: Ctx) -> object:
    """秘密★1年 on the notice and again on its attachment (GBK)."""
    a = AGENCIES["zbhb"]
    teams = []
    targets = ["淄博齐鲁化工助剂有限公司", "淄博润川环保科技有限公司", "山东博汇医药中间体有限公司", "淄博临淄宏达石化有限公司",
               "淄博金信危废处置有限公司", "山东淄川宏远陶瓷有限公司"]
    for i in range(3):
        members = [ctx.person(y0=1975, y1=1995) for _ in range(2)]
        tg = [render("{n}（{u}）", n=ctx.org(targets[2 * i + k]), u=ctx.uscc(ctx.pick(["370302", "370305", "370303"])))
              for k in range(2)]
        teams.append(render(
            "第{i}组：组长{leader}；组员{m1}（{m1p}）、{m2}（{m2p}）\n检查对象：{t}",
            i="一二三"[i], leader=ctx.official(EXTRA_OFFICIALS[i]), m1=ctx.name(members[0]),
            m1p=ctx.mobile(members[0], "plain"), m2=ctx.name(members[1]), m2p=ctx.mobile(members[1], "space"),
            t=join("；", tg)))
    d = ctx.day(2022, 8, 8)
    return render(
        """{mark1}
淄博市生态环境局
{docno}

淄博市生态环境局关于开展危险废物规范化环境管理专项执法检查的通知

各分局、局属各单位：
    为严厉打击危险废物非法转移、倾倒、处置等环境违法犯罪行为，根据{law}和省生态环境厅统一部署，局党组研究决定，于{start}至{end}开展危险废物规范化环境管理专项执法检查。检查采取“四不两直”方式进行，不提前通知被检查单位。
    检查人员要严格遵守工作纪律，对检查对象名单和检查时间严格保密，不得泄露{look1}和被检查单位的{look2}。
    附件：检查分组及检查对象名单

淄博市生态环境局
{date}

附件
{mark2}
检查分组及检查对象名单
{teams}

联系人：{contact}　电话：{aphone}
""",
        mark1=ctx.mark("秘密★1年"), docno=ctx.docno("淄环发", 2022, 41), law=ctx.law("中华人民共和国固体废物污染环境防治法"),
        start=ctx.date(d + dt.timedelta(days=5)), end=ctx.date(d + dt.timedelta(days=35)), look1=ctx.look("工作秘密"),
        look2=ctx.look("商业秘密"), date=ctx.date(d), mark2=ctx.mark("秘密★1年"), teams=join("\n", teams),
        contact=ctx.official(a.contact), aphone=ctx.aphone(a),
    )


def annual_report_notice(ctx: Ctx) -> object:
    """A public notice with no personal data at all: only traps."""
    a = AGENCIES["jnzf"]
    d = ctx.day(2023, 1, 1)
    return render(
        """济南市人民政府办公厅
{docno}

济南市人民政府办公厅关于做好2022年度政府信息公开工作年度报告编制发布工作的通知

各区县人民政府，市政府各部门（单位）：
    根据{s50}和{doc1}要求，为做好2022年度政府信息公开工作年度报告（以下简称年度报告）编制发布工作，现将有关事项通知如下：
    一、编制要求
    年度报告应当严格按照国务院办公厅政府信息与政务公开办公室印发的格式模板编制，全面、准确反映本行政机关2022年度政府信息公开工作情况，数据统计口径应与{doc2}一致。对依申请公开答复中涉及{biz}、个人隐私等不予公开的情形，应当分类统计并说明理由；凡属于{secret}的，一律不得在年度报告中体现具体内容。
    二、发布时限
    各区县政府、市政府各部门（单位）应于{due}前在本级政府门户网站“政府信息公开年报”栏目发布年度报告，同时将电子版报送至市政府办公厅政务公开办公室（邮箱：{amail}）。
    三、内容要求
    （一）总体情况部分要重点反映主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面的工作情况，突出工作亮点和特色做法。
    （二）主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况等统计表格，要确保数据真实准确、前后一致、逻辑合理，不得漏报、错报。
    （三）存在的主要问题及改进情况部分要实事求是，针对上一年度报告中提出的问题说明改进情况，不得以“进一步加强”等原则性表述代替具体措施。
    （四）其他需要报告的事项部分，要说明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，以及落实上级年度政务公开工作要点、人大代表建议和政协提案办理结果公开情况。
    四、工作要求
    年度报告发布前应当按照“先审查后公开”的原则进行保密审查，依照{lawsec}做好定密和解密工作。对未按时发布年度报告的单位，市政府办公厅将予以通报。
    联系人：{contact}　联系电话：{aphone}　邮政编码：{pc}
    地址：{aaddr}

济南市人民政府办公厅
{date}

{look}

济南市人民政府办公厅　　　　　　{printed}印发
{page}
""",
        docno=ctx.docno("济政办字", 2023, 5), s50=ctx.statute(REG, 50), doc1=ctx.docno("国办公开办函", 2021, 30),
        doc2=ctx.docno("鲁政办字", 2022, 48), biz=ctx.look("商业秘密"), secret=ctx.look("国家秘密"),
        due=ctx.date(dt.date(2023, 1, 31)), amail=T("agency_email", "jnzfgk@jinan.gov.cn"),
        lawsec=ctx.law("中华人民共和国保守国家秘密法"), contact=ctx.official(a.contact), aphone=ctx.aphone(a),
        pc=ctx.postcode(a), aaddr=ctx.aaddr(a), date=ctx.date(d), look=ctx.look("（此件公开发布）"),
        printed=ctx.date(d + dt.timedelta(days=1)), page=T("page_number", "— 1 —"),
    )


def travel_documents_internal(ctx: Ctx) -> object:
    """内部资料 注意保存: register of officials' private passports and permits."""
    a = AGENCIES["lxzf"]
    rows = []
    posts = ["区政府办公室副主任", "区发展改革局局长", "区财政局副局长", "区教育和体育局局长", "区卫生健康局副局长",
             "区住房城乡建设局局长", "区市场监管局副局长", "区审计局局长"]
    for i, post in enumerate(posts, 1):
        p = ctx.person(y0=1968, y1=1985)
        docs = []
        if ctx.chance(0.75):
            docs.append(render("普通护照{x}（有效期至{d}）", x=ctx.passport(),
                               d=T("event_date", f"{ctx.pick([2026, 2027, 2028, 2029, 2031])}年{ctx.rng.randint(1, 12)}月")))
        docs.append(render("往来港澳通行证{x}", x=ctx.permit("C")))
        rows.append(render("{i}｜{name}｜{post}｜{docs}｜已集中保管",
                           i=i, name=ctx.name(p), post=post, docs=join("；", docs)))
    d = ctx.day(2023, 2, 2)
    return render(
        """{mark}

济南市历下区人民政府办公室
关于2023年度国家工作人员因私出入境证件集中保管情况的通报
{docno}

各街道办事处，区政府各部门：
    根据{rules}有关规定，区政府办公室对区管干部因私出入境证件集中保管情况进行了清理核查。现将核查情况通报如下：
    一、截至2023年1月31日，全区登记备案人员应交证件162本，已全部集中保管。
    二、个别单位存在证件交存不及时、登记信息不准确等问题，已责令整改。
    三、备案人员因私出国（境）须提前10个工作日履行审批手续，经批准后方可领取证件，回国（境）后7日内交回。
    附件：区政府直属部门主要负责同志证件保管登记表（摘录）

序号｜姓名｜职务｜证件类型及号码｜保管状态
{rows}

济南市历下区人民政府办公室
{date}
""",
        mark=ctx.mark(ctx.pick(["内部资料 注意保存", "内部资料　注意保存"])), docno=ctx.docno(a, 2023, 12),
        rules=ctx.law("关于进一步加强国家工作人员因私出入境管理的规定"), rows=join("\n", rows), date=ctx.date(d),
    )


def fraud_briefing(ctx: Ctx) -> object:
    """情况通报 with victims and suspect accounts; 内部资料 at the top and 此件不公开 at the end."""
    lixia = next(r for r in URBAN if r.code == "370102")
    victims = [ctx.person(y0=1945, y1=2000, home=lixia) for _ in range(3)]
    suspect = ctx.person(sex="男", y0=1990, y1=2000)
    lines = []
    for i, v in enumerate(victims, 1):
        _, card = ctx.card(grouped=ctx.chance(0.5))
        lines.append(render(
            "    （{i}）{name}，{sex}，{age}岁，住{addr}，手机{phone}。{when}接到自称“{who}”的电话，按对方要求通过手机银行从本人{card}账户转账{amt}。",
            i="一二三"[i - 1], name=ctx.name(v), sex=v.sex, age=2023 - v.birth.year, addr=ctx.addr(v, "district"),
            phone=ctx.mobile(v), when=T("event_date", f"2023年6月{ctx.rng.randint(1, 28)}日"),
            who=ctx.pick(["电商平台客服", "公安局民警", "贷款公司工作人员"]), card=card,
            amt=ctx.amount(ctx.pick(["人民币8.6万元", "人民币32,000元", "人民币150,000元"]))))
    _, sus_card = ctx.card(grouped=False)
    return render(
        """{mark1}

济南市历下区打击治理电信网络诈骗违法犯罪工作领导小组办公室
情 况 通 报
第12期

    2023年6月，全区共发生电信网络诈骗案件47起，造成经济损失{total}，其中冒充电商物流客服、冒充公检法、虚假贷款类案件占比达68%。现将典型案件通报如下：
{lines}
    经侦查，上述资金均流入以{suspect}（身份证号{sid}，户籍地{saddr}）名义开立的{scard}等银行账户，该人已于7月3日被抓获。
    各街道、各部门要进一步加强反诈宣传，重点做好老年人、在校学生等群体的防范提示，引导群众下载“国家反诈中心”APP，遇到可疑情况及时拨打{hotline}报警或{hotline2}咨询。

历下区反诈办
{date}

{mark2}
""",
        mark1=ctx.mark("内部资料　注意保存"), total=ctx.amount("人民币213.6万元"), lines=join("\n", lines),
        suspect=ctx.name(suspect), sid=ctx.idno(suspect), saddr=ctx.addr(suspect), scard=sus_card, hotline=ctx.hotline("110"), hotline2=ctx.hotline("96110"),
        date=ctx.date(dt.date(2023, 7, 10)), mark2=ctx.mark("此件不公开"),
    )
