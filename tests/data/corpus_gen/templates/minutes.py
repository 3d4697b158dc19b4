"""会议纪要 (meeting minutes): internal ones carry classification marks, the public one does not."""

from __future__ import annotations

import datetime as dt

from ..agencies import EXTRA_OFFICIALS
from ..identities import RURAL, URBAN
from .common import AGENCIES, Ctx, T, join, render


def _region(code: str):
    return next(r for r in URBAN + RURAL if r.code == code)


def expropriation_secret(ctx: Ctx) -> object:
    """机密★5年 at the top, 此件不公开 at the end; households named in full."""
    a = AGENCIES["jnzf"]
    reg = _region("370102")
    h1 = ctx.person(sex="男", y0=1948, y1=1960, region=reg, home=reg)
    h1_son = ctx.person(sex="男", y0=1975, y1=1985, surname=h1.surname)
    h2 = ctx.person(sex="女", y0=1955, y1=1965, region=reg, home=reg)
    d = ctx.day(2023, 3, 3)
    return render(
        """{mark1}

济南市人民政府
专 题 会 议 纪 要
〔2023〕第15次

    {d}，市政府副秘书长{chair}在市政府第一会议室主持召开专题会议，研究解放东路片区旧城改造项目剩余被征收户化解工作。现将会议议定事项纪要如下：
    一、关于{h1}户。该户房屋位于{h1_addr}，建筑面积86.4平方米。户主{h1b}（身份证号码{h1_id}）要求按商业用房标准补偿并另行安置两套住房，诉求明显超出政策规定。其子{son}（手机{son_mobile}）自2022年以来多次赴省进京上访。会议要求历下区政府依法作出补偿决定，同时由泉城路街道落实“一户一策”包保责任，稳妥做好思想疏导工作。
    二、关于{h2}户。该户系低保家庭，户主{h2b}患有尿毒症，长期透析治疗。会议同意在政策范围内给予困难补助，由区民政局按规定纳入临时救助，补助资金直接发放至其本人社保卡。联系人：{h2c}，电话{h2_phone}。
    三、其他事项。项目剩余9户中，已签约4户，5户正在协商。历下区要在4月底前完成全部签约，确保5月1日前交地。
    出席：{o1}、{o2}、{o3}、{o4}
    列席：市住房城乡建设局、市自然资源和规划局、历下区政府有关负责同志
    记录：{o5}

分送：市委办公厅，市政府各位副市长、秘书长，历下区委、区政府。
济南市人民政府办公厅　　　　　　{printed}印发

{mark2}
""",
        mark1=ctx.mark("机密★5年"), d=ctx.date(d), chair=ctx.official(a.head[1]), h1=ctx.name(h1), h1_addr=ctx.addr(h1, "full"),
        h1b=ctx.name(h1), h1_id=ctx.idno(h1), son=ctx.name(h1_son), son_mobile=ctx.mobile(h1_son, "plain"),
        h2=ctx.name(h2), h2b=ctx.name(h2), h2c=ctx.name(h2), h2_phone=ctx.home_phone("济南", "dash"),
        o1=ctx.official(EXTRA_OFFICIALS[7]), o2=ctx.official(AGENCIES["jnzj"].head[1]),
        o3=ctx.official(AGENCIES["jnzr"].head[1]), o4=ctx.official(AGENCIES["lxzf"].head[1]),
        o5=ctx.official(a.contact), printed=ctx.date(d + dt.timedelta(days=2)), mark2=ctx.mark("此件不公开"),
    )


def financial_risk_internal(ctx: Ctx) -> object:
    """内部资料 注意保存: illegal fund-raising case, suspects' accounts."""
    a = AGENCIES["sdjr"]
    s1 = ctx.person(sex="男", y0=1970, y1=1985)
    s2 = ctx.person(sex="女", y0=1975, y1=1990, check="X")
    victim = ctx.person(y0=1945, y1=1960)
    _, c1 = ctx.card(grouped=False)
    _, c2 = ctx.card(grouped=True)
    _, c3 = ctx.card(grouped=False)
    d = ctx.day(2018, 11, 11)
    return render(
        """{mark}

山东省处置非法集资工作联席会议办公室
会 议 纪 要
第7期

    {d}，省处置非法集资工作联席会议办公室在{agency}召开会议，通报“鑫融财富”涉嫌非法吸收公众存款案件处置进展。现纪要如下：
    一、案件基本情况。{company}（统一社会信用代码{uscc}）实际控制人{s1}（身份证号{s1_id}，手机{s1_mobile}）、财务负责人{s2}（身份证号{s2_id}）自2016年起以“养老理财”名义向社会公众吸收资金，截至案发涉及集资参与人1,386人，未兑付本金约{amount}。
    二、资金流向。经初步查证，集资款主要经{s1b}个人账户{c1}、{s2b}个人账户{c2}归集后转入关联公司。公安机关已冻结上述账户及{c3}等5个账户。
    三、维稳工作。集资参与人代表{victim}（{v_age}岁，住{v_addr}，电话{v_phone}）等人近期多次组织到省政府上访。会议要求济南市落实属地责任，做好政策解释和矛盾化解，防止发生群体性事件。
    四、宣传教育。各成员单位要结合本次案件，依照{reg}加强防范非法集资宣传教育，但不得对外公开案件细节。
    参会单位：省地方金融监管局、省公安厅、省法院、省检察院、省市场监管局、人民银行济南分行、山东银保监局。

（共印20份）
""",
        mark=ctx.mark("内部资料 注意保存"), d=ctx.date(d), agency=ctx.an(a), company=ctx.org("山东鑫融财富投资管理有限公司"),
        uscc=ctx.uscc("370102"), s1=ctx.name(s1), s1_id=ctx.idno(s1), s1_mobile=ctx.mobile(s1, "dash"), s2=ctx.name(s2),
        s2_id=ctx.idno(s2), amount=ctx.amount("4.27亿元"), s1b=ctx.name(s1), c1=c1, s2b=ctx.name(s2), c2=c2, c3=c3,
        victim=ctx.name(victim), v_age=2018 - victim.birth.year, v_addr=ctx.addr(victim, "city"),
        v_phone=ctx.mobile(victim, "space"), reg=ctx.law("处置非法集资条例"),
    )


def standing_meeting_public(ctx: Ctx) -> object:
    """A published executive meeting summary: no personal data, '（此件公开发布）'."""
    a = AGENCIES["lxzf"]
    d = ctx.day(2023, 5, 5)
    return render(
        """济南市历下区人民政府常务会议纪要
〔2023〕7号

    {d}，区长{chair}主持召开区政府第23次常务会议。副区长{o1}、{o2}、{o3}出席会议，区政府办公室、区发展改革局、区财政局、区住房城乡建设局、区市场监管局主要负责同志列席会议。会议议定事项如下：
    一、审议通过《历下区2023年优化营商环境重点任务清单》。会议要求各责任单位对照清单逐项落实，每季度向区政府报告进展情况，区政府督查室加强跟踪督办。
    二、审议通过《历下区老旧小区改造三年行动方案（2023—2025年）》。方案明确三年改造老旧小区126个、惠及居民4.2万户，所需资金{amount}由区财政统筹解决。会议强调，要把群众满意度作为改造工作的评价标准，全过程公开改造项目、资金使用和施工进度，接受群众监督。
    三、研究了区政务服务中心改扩建事项。会议同意实施改扩建工程，项目投资估算{amount2}，要求严格落实{law}有关规定，依法依规组织招标。
    四、研究了全区安全生产和防汛工作。会议指出，当前已进入主汛期，各部门要严格落实防汛责任制，加强对老旧小区、地下车库、在建工地等重点部位的隐患排查，确保安全度汛。
    五、听取了政务公开工作情况汇报。会议要求按照{doc}要求，全面落实公开属性源头认定机制，严格执行“先审查后公开”“一事一审”，对涉及{biz}和个人隐私的信息依法处理。

{look}

历下区人民政府办公室　　　　{printed}印发
共印30份　{page}
""",
        d=ctx.date(d), chair=ctx.official(a.head[1]), o1=ctx.official(EXTRA_OFFICIALS[8]), o2=ctx.official(EXTRA_OFFICIALS[9]),
        o3=ctx.official(EXTRA_OFFICIALS[10]), amount=ctx.amount("约3.8亿元"), amount2=ctx.amount("2,350万元"),
        law=ctx.law("中华人民共和国招标投标法"), doc=ctx.docno("济政办字", 2023, 5), biz=ctx.look("商业秘密"),
        look=ctx.look("（此件公开发布）"), printed=ctx.date(d + dt.timedelta(days=3)),
        page=T("page_number", "第1页　共1页"),
    )


def epidemic_secret(ctx: Ctx) -> object:
    """秘密★6个月: a public-health emergency meeting that names patients."""
    a = AGENCIES["sdwj"]
    jinan = [r for r in URBAN if r.city == "济南市"]
    pts = [ctx.person(y0=1940, y1=2010, home=ctx.pick(jinan)) for _ in range(3)]
    d = ctx.day(2022, 3, 3)
    items = []
    for i, p in enumerate(pts, 1):
        items.append(render("    病例{i}：{name}，{sex}，{dob}生，身份证号{idno}，现住{addr}，联系电话{phone}，{desc}。",
                            i=i, name=ctx.name(p), sex=p.sex, dob=ctx.dob(p, "cn"), idno=ctx.idno(p),
                            addr=ctx.addr(p, ctx.pick(["city", "full"])), phone=ctx.mobile(p),
                            desc=ctx.pick(["系密切接触者集中隔离期间检出", "系社区筛查发现", "系发热门诊就诊发现"])))
    return render(
        """{mark}

山东省卫生健康委员会
应急处置工作会议纪要
（第4期）

    {d}，省卫生健康委副主任{chair}主持召开应急处置工作会议，研究济南市历下区聚集性疫情处置工作。会议纪要如下：
    一、疫情基本情况。截至3月{day}日24时，该起疫情累计报告阳性感染者3例：
{items}
    二、工作要求。1.济南市要在24小时内完成密切接触者和次密切接触者的排查管控；2.流调报告按程序报送，严格执行{law}有关规定，不得擅自对外发布病例个人信息；3.对外信息发布统一由省政府新闻办负责，涉及个人隐私的内容一律作去标识化处理。
    出席：{o1}、{o2}、{o3}
    联系人：{contact}，电话：{aphone}

（此件不得转发、复印）
""",
        mark=ctx.mark("秘密★6个月"), d=ctx.date(d), chair=ctx.official(EXTRA_OFFICIALS[11]), day=d.day,
        items=join("\n", items), law=ctx.law("中华人民共和国保守国家秘密法"), o1=ctx.official(a.head[1]),
        o2=ctx.official(EXTRA_OFFICIALS[7]), o3=ctx.official(EXTRA_OFFICIALS[0]), contact=ctx.official(a.contact),
        aphone=ctx.aphone(a),
    )
