"""信访事项处理意见书 / 复查意见书 (petition replies)."""

from __future__ import annotations

import datetime as dt

from ..identities import RURAL, URBAN
from .common import AGENCIES, Ctx, render

RULES = "信访工作条例"


def _region(code: str):
    return next(r for r in URBAN + RURAL if r.code == code)


def petition_neighbour(ctx: Ctx) -> object:
    """Noise and illegal construction by a neighbour (GBK, CRLF in the catalog)."""
    a = AGENCIES["lsxf"]
    p = ctx.person(y0=1952, y1=1968, region=_region("371302"), home=_region("371302"))
    neighbour = ctx.person(y0=1970, y1=1988)
    recv = ctx.day(2022, 7, 7)
    return render(
        """临沂市兰山区信访局
信访事项处理意见书

{docno}

信访人：{name}，{sex}，{dob}出生，身份证号码：{idno}，住{addr}，联系电话：{phone}。

    你于{recv}通过“山东省网上信访信息系统”反映：你家楼上住户{neighbour}（其车辆号牌为{plate}）在楼顶平台私自搭建彩钢板房，夜间施工噪音扰民，多次协调无果，要求依法拆除。（信访件编号：{case}）
    经调查核实：兰山街道综合行政执法中队于2022年7月19日对该处进行现场勘查，确认楼顶平台存在约24平方米的彩钢板房，未取得规划许可。执法中队已于7月21日向当事人下达《责令限期改正通知书》，当事人已于8月3日自行拆除。关于夜间施工噪音问题，执法人员已对当事人进行批评教育，并告知其依照{law}规定，夜间22时至次日6时禁止产生噪声的装修作业。
    处理意见：你反映的问题属实，已依法处理完毕。
    如对本处理意见不服，可以自收到本意见书之日起30日内，向{upper}书面提出复查申请。复查地址：{aaddr}。

临沂市兰山区信访局
{date}

（联系人：{contact}，电话：{aphone}）
""",
        docno=ctx.docno("兰信复", 2022, 37), name=ctx.name(p), sex=p.sex, dob=ctx.dob(p, "cn"), idno=ctx.idno(p),
        addr=ctx.addr(p, "full"), phone=ctx.mobile(p, "plain"), recv=ctx.date(recv), neighbour=ctx.name(neighbour),
        plate=ctx.plate(kind="plain", city="Q"), case=ctx.serial(15), law=ctx.law("中华人民共和国噪声污染防治法"),
        upper=ctx.an("临沂市兰山区人民政府"), aaddr=ctx.aaddr(a), date=ctx.date(ctx.day(2022, 9, 9)),
        contact=ctx.official(a.contact), aphone=ctx.aphone(a),
    )


def petition_wages(ctx: Ctx) -> object:
    """Unpaid wages: several workers, a bank card for the repayment, an e-mail."""
    a = AGENCIES["ytrs"]
    lead = ctx.person(sex="男", y0=1968, y1=1985, region=_region("371725"), home=_region("371725"))
    others = [ctx.person(sex="男", y0=1965, y1=1990) for _ in range(3)]
    boss = ctx.person(sex="男", y0=1970, y1=1982)
    bank, card = ctx.card(grouped=True)
    recv = dt.date(2023, 1, ctx.rng.randint(3, 9))
    return render(
        """烟台市人力资源和社会保障局
信访事项处理意见书
{docno}

{lead}等4人：
    你们于{recv}到我局来访，反映在烟台市芝罘区“御景湾”项目务工期间被拖欠工资的问题。信访人名单如下：{lead2}（身份证号{lead_id}，手机{lead_mobile}）、{o1}（{o1_mobile}）、{o2}（{o2_mobile}）、{o3}。
    经调查：你们于2022年4月至11月受劳务班组长{boss}（手机{boss_mobile}）招用，在上述项目从事钢筋绑扎工作。总承包单位{contractor}已于2022年12月将劳务费全额拨付至农民工工资专用账户，但劳务班组长{boss2}未足额发放，共拖欠你们4人工资{amount}。
    处理意见：我局已依据{reg}第三十条责令总承包单位先行清偿。经协调，总承包单位同意于2023年1月20日前将拖欠工资直接支付至你们本人银行账户，其中{lead3}的工资将转入其提供的{bank}账户（卡号：{card}）。我局已将{boss3}涉嫌拒不支付劳动报酬一案移送公安机关。
    如对本处理意见不服，可自收到本意见书之日起30日内向{upper}申请复查。
    书面材料可发送至{lead4}提供的电子邮箱{lead_email}一并告知。

烟台市人力资源和社会保障局
{date}
""",
        docno=ctx.docno("烟人社信复", 2023, 6), lead=ctx.name(lead), recv=ctx.date(recv), lead2=ctx.name(lead),
        lead_id=ctx.idno(lead), lead_mobile=ctx.mobile(lead, "space"), o1=ctx.name(others[0]),
        o1_mobile=ctx.mobile(others[0], "plain"), o2=ctx.name(others[1]), o2_mobile=ctx.mobile(others[1], "dash"),
        o3=ctx.name(others[2]), boss=ctx.name(boss), boss_mobile=ctx.mobile(boss, "plain"),
        contractor=ctx.org("中建鲁东建设集团有限公司"), boss2=ctx.name(boss), amount=ctx.amount("共计人民币186,420元"),
        reg=ctx.law("保障农民工工资支付条例"), lead3=ctx.name(lead), bank=bank, card=card, boss3=ctx.name(boss),
        upper=ctx.an("烟台市人民政府"), lead4=ctx.name(lead), lead_email=ctx.email(lead), date=ctx.date(recv + dt.timedelta(days=5)),
    )


def petition_review(ctx: Ctx) -> object:
    """复查意见书 about a pension (GB18030, the petitioner's name uses a character outside GBK)."""
    a = AGENCIES["jnzf"]
    p = ctx.person(sex="男", y0=1950, y1=1958, region=_region("370105"), home=_region("370105"))
    p.name = "刘䶮"  # 䶮 (U+4DAE) is in GB18030 but not in GBK
    son = ctx.person(sex="男", y0=1978, y1=1985, surname="刘")
    recv = ctx.day(2021, 3, 3)
    return render(
        """济南市人民政府办公厅
信访事项复查意见书
{docno}

复查申请人：{name}，男，生于{dob}，身份证号码{idno}，住址{addr}。
委托代理人：{son}（系申请人之子），联系电话{son_phone}，电子邮箱{son_email}。

    复查申请人不服{first}作出的《信访事项处理意见书》（{first_no}），于{recv}向本机关提出复查申请。
    复查申请人称：其于1976年至1990年在原济南第二机床厂工作，后调入天桥区某集体企业，要求将在原国营企业的工作年限认定为视同缴费年限，并补发养老金差额。
    另查明，复查申请人曾就同一事项提起行政诉讼，{court}以{case}行政裁定驳回起诉。
    经复查查明：复查申请人1990年调出时档案中缺少调动审批材料，天桥区人力资源和社会保障局依据{s}认定其连续工龄，处理意见并无不当。
    复查意见：维持{first2}作出的处理意见。
    复查申请人如对本复查意见不服，可以自收到本意见书之日起30日内向{upper}提出复核请求。

济南市人民政府办公厅
{date}

{mark}
""",
        docno=ctx.docno("济政办信复查", 2021, 12), name=ctx.name(p), dob=ctx.dob(p, "cnnum"), idno=ctx.idno(p),
        addr=ctx.addr(p, "city"), son=ctx.name(son), son_phone=ctx.home_phone("济南", "fwparen"),
        son_email=ctx.email(son), first=ctx.an("济南市天桥区人力资源和社会保障局"), first_no=ctx.docno("天人社信复", 2020, 48),
        recv=ctx.date(recv), court=ctx.an("济南铁路运输法院"), case=ctx.case_no(2020, "鲁7101", "行初", 88),
        s=ctx.statute("国务院关于工人退休、退职的暂行办法", 1), first2=ctx.an("济南市天桥区人力资源和社会保障局"),
        upper=ctx.an("山东省人民政府"), date=ctx.date(ctx.day(2021, 4, 4)), mark=ctx.mark("此件不公开"),
    )
