"""公示名单 and 公告 with rosters (publicity lists as text / Markdown tables)."""

from __future__ import annotations

from ..identities import RURAL, URBAN
from .common import AGENCIES, Ctx, E, T, join, render


def _region(code: str):
    return next(r for r in URBAN + RURAL if r.code == code)


def dibao_60(ctx: Ctx) -> object:
    """The long one: 60 households with names, ID numbers (some legacy 15-digit) and phones."""
    a = AGENCIES["ycmz"]
    reg = _region("371725")
    rows = []
    for i in range(1, 61):
        old = i in (7, 23, 38, 52)
        p = ctx.person(y0=1936 if old else 1945, y1=1958 if old else 1985, region=reg, home=reg,
                       check="X" if i in (11, 29, 44) else None)
        idf = E("CN_ID_CARD", ctx.ids.id15(reg, p.birth, p.sex)) if old else ctx.idno(p)
        r = ctx.rng.random()
        if r < 0.62:
            phone = ctx.mobile(p, ctx.pick(["plain"] * 5 + ["space", "dash"]))
        elif r < 0.72:
            area, local = "0530", "6" + "".join(ctx.pick("0123456789") for _ in range(6))
            phone = E("PHONE_NUMBER", f"{area}-{local}")
        elif r < 0.85:
            phone = render("{m}（{rel}）", m=ctx.mobile(None, "plain"), rel=ctx.pick(["儿子", "女儿", "儿媳", "侄子"]))
        else:
            phone = "无"
        rows.append(render("{i}｜{name}｜{sex}｜{idno}｜{phone}｜{n}｜{town}{village}｜{why}｜{amt}",
                           i=f"{i:02d}", name=ctx.name(p), sex=p.sex, idno=idf, phone=phone,
                           n=ctx.pick("1112223345"), town=ctx.pick(reg.towns), village=ctx.pick(reg.villages),
                           why=ctx.pick(["因病", "因残", "年老体弱", "缺乏劳动力", "因学", "因灾"]),
                           amt=ctx.pick(["420", "520", "560", "610", "680", "735"])))
    start = ctx.day(2023, 5, 5)
    return render(
        """郓城县2023年第二季度农村最低生活保障拟新增对象公示

    根据{reg1}和{reg2}规定，经本人申请、乡镇（街道）入户调查、民主评议、乡镇（街道）审核，县民政局审批，拟将以下60户纳入农村最低生活保障范围，现予以公示。
    公示时间：{start}至{end}（7天）。
    公示期间，任何单位和个人对公示对象有异议的，可通过来信、来电、来访等方式向县民政局反映。反映情况要实事求是，以真实姓名反映的予以保密并优先核查。
    监督电话：{aphone}　　{hotline}（郓城县政务服务便民热线）
    来信地址：{aaddr}　邮编：{pc}

序号｜户主姓名｜性别｜身份证号码｜联系电话｜家庭人口｜所在乡镇/村｜致贫原因｜拟保障金额（元/月）
{rows}

郓城县民政局
{date}
""",
        reg1=ctx.law("社会救助暂行办法"), reg2=ctx.law("山东省最低生活保障审核确认办法"), start=ctx.date(start),
        end=ctx.date(start.fromordinal(start.toordinal() + 6)), aphone=ctx.aphone(a), hotline=ctx.hotline("12345"),
        aaddr=ctx.aaddr(a), pc=ctx.postcode(a), rows=join("\n", rows), date=ctx.date(start),
    )


def passports_void(ctx: Ctx) -> object:
    a = AGENCIES["jncr"]
    kinds = ["普通护照"] * 6 + ["往来港澳通行证"] * 5
    ctx.rng.shuffle(kinds)
    rows = []
    for i, kind in enumerate(kinds, 1):
        p = ctx.person(y0=1960, y1=2005)
        doc = ctx.passport() if kind == "普通护照" else ctx.permit("C")
        rows.append(render("{i}、{name}，{sex}，出生日期：{dob}，{kind}，证件号码：{doc}，{why}；",
                           i=i, name=ctx.name(p), sex=p.sex, dob=ctx.dob(p, "iso"), kind=kind, doc=doc,
                           why=ctx.pick(["本人申报遗失", "本人申报被盗", "逾期未申报补领后找回", "申请人已换发新证"])))
    d = ctx.day(2022, 4, 9)
    return render(
        """济宁市公安局出入境管理支队
关于宣布因私出入境证件作废的公告
{docno}

    根据{s1}、{s2}和{s3}的规定，下列人员所持因私出入境证件因遗失、被盗等原因已由本人申报，现宣布作废：

{rows}

    上述证件自公告之日起作废，任何单位和个人不得使用。如有捡拾者，请就近交公安机关出入境管理部门。
    咨询电话：{aphone}；全国移民管理服务热线：{hotline}。

济宁市公安局出入境管理支队
{date}
""",
        docno=ctx.docno("济公出公告", 2022, 14), s1=ctx.statute("中华人民共和国护照法", 19),
        s2=ctx.statute("中华人民共和国出境入境管理法", 14), s3=ctx.law("中国公民往来香港地区或者澳门地区的暂行管理办法"),
        rows=join("\n", rows), aphone=ctx.aphone(a), hotline=ctx.hotline("12367"), date=ctx.date(d),
    )


def teachers_hired(ctx: Ctx) -> object:
    a = AGENCIES["jnjy"]
    schools = ["山东师范大学", "曲阜师范大学", "济南大学", "聊城大学", "鲁东大学", "华东师范大学", "北京师范大学", "东北师范大学"]
    posts = ["小学语文教师", "小学数学教师", "初中英语教师", "初中物理教师", "高中化学教师", "小学体育教师", "初中道德与法治教师"]
    rows = []
    for i in range(1, 13):
        p = ctx.person(y0=1994, y1=2001)
        rows.append(render("{i}　{exam}　{name}　{sex}　{dob}　{deg}　{school}　{post}",
                           i=i, exam=ctx.serial(11, "2023"), name=ctx.name(p), sex=p.sex,
                           dob=ctx.dob(p, ctx.pick(["ym_dot", "ym_cn"])), deg=ctx.pick(["本科", "本科", "硕士研究生"]),
                           school=ctx.pick(schools), post=ctx.pick(posts)))
    p1, p2 = ctx.period(2023, 7, 9)
    return render(
        """济南市教育局2023年公开招聘中小学教师拟聘用人员公示

    根据{s}和《济南市教育局2023年公开招聘中小学教师简章》，经笔试、面试、考察和体检，确定{n}名同志为拟聘用人员，现予以公示。

序号　准考证号　姓名　性别　出生年月　学历　毕业院校　拟聘岗位
{rows}

    公示期为7个工作日（{d1}至{d2}）。公示期间如有异议，请以书面或电话形式向济南市教育局人事处反映。
    联系电话：{aphone}
    监督电话：{aphone2}

济南市教育局
{d3}
""",
        s=ctx.law("事业单位人事管理条例"), n=len(rows), rows=join("\n", rows), d1=ctx.date(p1), d2=ctx.date(p2),
        aphone=ctx.aphone(a), aphone2=T("agency_phone", "0531-66608700"), d3=ctx.date(p1),
    )


def farm_machinery(ctx: Ctx) -> object:
    a = AGENCIES["dznn"]
    reg = _region("371482")
    machines = [("轮式拖拉机", "潍柴雷沃智慧农业科技股份有限公司", "26500"), ("玉米收获机", "山东五征集团有限公司", "48000"),
                ("植保无人驾驶航空器", "深圳市大疆创新科技有限公司", "12000"), ("旋耕机", "山东大华机械有限公司", "1800"),
                ("免耕播种机", "德州市农机装备有限公司", "5600"), ("谷物烘干机", "山东巨明机械有限公司", "36000")]
    rows = []
    for i in range(1, 16):
        p = ctx.person(y0=1958, y1=1990, region=reg, home=reg)
        m = ctx.pick(machines)
        bank, card = ctx.card(grouped=ctx.chance(0.35))
        rows.append(render("{i}｜{name}｜{idno}｜{town}｜{item}｜{maker}｜1｜{amt}｜{bank}｜{card}｜{phone}",
                           i=i, name=ctx.name(p), idno=ctx.idno(p), town=ctx.pick(reg.towns), item=m[0], maker=ctx.org(m[1]),
                           amt=m[2], bank=bank, card=card, phone=ctx.mobile(p, ctx.pick(["plain", "plain", "space"]))))
    pub = ctx.day(2022, 10, 10)
    return render(
        """禹城市2022年第三批农机购置补贴资金兑付情况公示

    按照{doc}要求，现将2022年第三批农机购置补贴资金兑付情况予以公示。补贴资金已由县级财政通过“一卡（折）通”直接兑付至购机者本人账户。

序号｜购机者姓名｜身份证号码｜所在乡镇｜机具品目｜生产企业｜数量｜补贴额（元）｜开户银行｜银行账号｜联系电话
{rows}

    公示期：{d1}起10个工作日。举报电话：{aphone}，{hotline}（农业农村部门监督热线）。

德州市农业农村局　禹城市农业农村局
{d2}
""",
        doc=ctx.docno("鲁农机字", 2021, 4), rows=join("\n", rows), d1=ctx.date(pub),
        aphone=ctx.aphone(a), hotline=ctx.hotline("12316"), d2=ctx.date(pub),
    )


def talent_subsidy_md(ctx: Ctx) -> object:
    a = AGENCIES["ytrs"]
    unis = ["英国曼彻斯特大学", "澳大利亚悉尼大学", "美国密歇根大学", "日本东京大学", "德国慕尼黑工业大学", "香港大学",
            "新加坡国立大学", "香港中文大学"]
    rows = []
    for i, uni in enumerate(unis, 1):
        p = ctx.person(y0=1985, y1=1995)
        doc = render("港澳居民来往内地通行证{d}", d=ctx.permit(ctx.pick("HM"))) if uni.startswith("香港") else \
            render("护照{d}", d=ctx.passport())
        _, card = ctx.card(grouped=False)
        rows.append(render("| {i} | {name} | {sex} | {dob} | {uni} | 博士 | {doc} | {m} | {e} | 30 | {card} |",
                           i=i, name=ctx.name(p), sex=p.sex, dob=ctx.dob(p, "ym_dot"), uni=uni, doc=doc,
                           m=ctx.mobile(p, ctx.pick(["plain", "plus86", "dash"])), e=ctx.email(p), card=card))
    p1, p2 = ctx.period(2023, 9, 5)
    return render(
        """# 2023年烟台市海外高层次人才安家补贴拟发放人员名单公示

根据{doc}有关规定，经个人申请、用人单位推荐、市人社局审核，拟对以下8名海外高层次人才发放安家补贴。现予以公示。

| 序号 | 姓名 | 性别 | 出生年月 | 毕业院校 | 学位 | 出入境证件 | 联系电话 | 电子邮箱 | 补贴金额（万元） | 收款账号 |
|---|---|---|---|---|---|---|---|---|---|---|
{rows}

公示时间：{d1}至{d2}。

对公示对象有异议的，请在公示期内以书面形式向烟台市人力资源和社会保障局人才开发处反映，电话：{aphone}，邮箱：{amail}。

烟台市人力资源和社会保障局

{d3}
""",
        doc=ctx.docno("烟人社发", 2022, 11), rows=join("\n", rows), d1=ctx.date(p1),
        d2=ctx.date(p2), aphone=ctx.aphone(a), amail=T("agency_email", a.email),
        d3=ctx.date(p1),
    )


def vehicles_notice(ctx: Ctx) -> object:
    a = AGENCIES["jnjj"]
    rows = []
    for i in range(1, 13):
        kind = ctx.pick(["小型汽车", "小型汽车", "小型新能源汽车", "大型汽车", "挂车"])
        plate = ctx.plate(city="A", kind={"小型汽车": ctx.pick(["plain", "mixed"]), "小型新能源汽车": "ev",
                                "大型汽车": "plain", "挂车": "trailer"}[kind])
        r = ctx.rng.random()
        if r < 0.45:
            owner = ctx.name(ctx.person())
        elif r < 0.75:
            p = ctx.person()
            owner = ctx.masked(p.masked_name)
        else:
            owner = ctx.org(ctx.pick(["济南顺达物流有限公司", "济南公交新能源出租汽车有限公司", "山东泉运汽车租赁有限公司",
                                      "济南城建集团有限公司"]))
        d = ctx.day(ctx.pick([2019, 2020, 2021]))
        rows.append(render("{i}．{plate}（{kind}），所有人：{owner}，检验有效期至{d}",
                           i=i, plate=plate, kind=kind, owner=owner, d=T("event_date", f"{d:%Y-%m-%d}")))
    return render(
        """济南市公安局交通警察支队
关于督促逾期未检验机动车所有人及时检验的公告

    根据{s1}及{s2}的规定，下列机动车已逾期两个检验周期以上未进行安全技术检验，现予以公告。请机动车所有人自公告之日起30日内到机动车安全技术检验机构进行检验；逾期三个周期未检验的，车辆管理所将依法公告机动车登记证书、号牌、行驶证作废。

{rows}

    咨询电话：{aphone}　交通管理服务热线：{hotline}

济南市公安局交通警察支队
{d}
""",
        s1=ctx.statute("中华人民共和国道路交通安全法", 13), s2=ctx.statute("机动车登记规定", 42),
        rows=join("\n", rows), aphone=ctx.aphone(a), hotline=ctx.hotline("12123"), d=ctx.date(ctx.day(2023, 3, 3)),
    )


def public_welfare_jobs(ctx: Ctx) -> object:
    a = AGENCIES["lxwh"]
    rows = []
    leak_id = {4, 11}
    leak_phone = {7}
    for i in range(1, 16):
        p = ctx.person(y0=1968, y1=1990)
        idf = ctx.idno(p) if i in leak_id else ctx.masked_id(p)
        ph = ctx.mobile(p, "plain") if i in leak_phone else ctx.masked_mobile(p)
        rows.append(render("{i}｜{name}｜{sex}｜{idf}｜{ph}｜{post}",
                           i=i, name=ctx.name(p), sex=p.sex, idf=idf, ph=ph,
                           post=ctx.pick(["社区保洁", "公共安全巡查", "社区网格员", "公园管护", "养老服务协管"])))
    p1, p2 = ctx.period(2023, 4, 5)
    return render(
        """文化东路街道2023年城镇公益性岗位拟安置人员公示

    根据{doc}要求，经个人申请、社区推荐、街道审核，拟安置以下15名就业困难人员到城镇公益性岗位就业，现予公示（个人信息已按规定去标识化处理）。

序号｜姓名｜性别｜身份证号码｜联系电话｜拟安置岗位
{rows}

    公示期：{d1}至{d2}。如有异议，请与街道劳动保障服务中心联系，电话：{aphone}。

{agency}
{d3}
""",
        doc=ctx.docno("济人社字", 2023, 14), rows=join("\n", rows), d1=ctx.date(p1), d2=ctx.date(p2),
        aphone=ctx.aphone(a), agency=ctx.an(a), d3=ctx.date(p1),
    )
