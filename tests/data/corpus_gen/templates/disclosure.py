"""政府信息公开申请答复书 (replies to on-request disclosure applications)."""

from __future__ import annotations

from ..identities import URBAN
from .common import AGENCIES, Ctx, E, T, render

REG = "中华人民共和国政府信息公开条例"


def reply_partial(ctx: Ctx) -> object:
    """Individual applicant, partly disclosed (third-party commercial secrets), sent by EMS."""
    a = AGENCIES["sdjr"]
    p = ctx.person(y0=1965, y1=1992)
    recv = ctx.day(2019, 3, 4)
    sent = ctx.day(2019, 5, 5)
    return render(
        """{agency}
政府信息公开申请答复书

{docno}

{name}：
    本机关于{recv}收到您通过“山东省政府信息公开申请平台”提交的政府信息公开申请（登记编号：{serial}），申请获取“2018年度全省小额贷款公司名单及监管评级结果”。现根据{reg}和{rules}的相关规定，答复如下：
    一、关于全省小额贷款公司名单。该信息属于本机关主动公开的政府信息，已在本机关门户网站“政府信息公开—监管信息”栏目公布，您可自行查阅，随本答复书一并提供该名单复印件一份（共3页）。
    二、关于监管评级结果。该信息系本机关依照{law1}对各小额贷款公司经营情况作出的内部评价，涉及相关企业的经营状况和商业秘密。经依照{s32}的规定书面征求第三方意见，相关企业均不同意公开。根据{s15}的规定，本机关决定对该部分信息不予公开。
    您如对本答复不服，可以在收到本答复书之日起60日内向{gov}申请行政复议，或者在6个月内向{court}提起行政诉讼。

申请人信息（登记表摘录）：
申请人姓名：{name2}
身份证件号码：{idno}
联系电话：{mobile}
通信地址：{addr}
邮政编码：{pc}
电子邮箱：{email}

送达方式：邮政EMS，邮件号码{ems}。
联系人：{contact}　联系电话：{aphone}

{agency2}
{sent}

（本答复书一式两份，一份送达申请人，一份存档）
""",
        agency=ctx.an(a), docno=ctx.docno("鲁金监公开答", 2019, 17), name=ctx.name(p), recv=ctx.date(recv),
        serial=ctx.serial(14, ""), reg=ctx.law(REG),
        rules=render("《山东省地方金融监督管理局政府信息公开工作规程》（{n}）", n=ctx.docno("鲁金监发", 2018, 21)), law1=ctx.law("山东省地方金融条例"),
        s32=ctx.statute(REG, 32), s15=ctx.statute(REG, 15), gov=ctx.an("山东省人民政府"), court=ctx.an("济南铁路运输法院"),
        name2=ctx.name(p), idno=ctx.idno(p), mobile=ctx.mobile(p, "plain"), addr=ctx.addr(p, "full"),
        pc=ctx.postcode("250014"), email=ctx.email(p), ems=ctx.serial(13), contact=ctx.official(a.contact),
        aphone=ctx.aphone(a, "dash"), agency2=ctx.an(a), sent=ctx.date(sent),
    )


def reply_company(ctx: Ctx) -> object:
    """Company applicant with an authorised agent; third-party consultation; disclosed."""
    a = AGENCIES["jnzr"]
    rep = ctx.person(y0=1962, y1=1980)
    agent = ctx.person(y0=1980, y1=1996)
    third_rep = ctx.person(y0=1960, y1=1985)
    recv = ctx.day(2021, 6, 6)
    consult = ctx.day(2021, 7, 7)
    sent = ctx.day(2021, 8, 8)
    company = "济南恒瑞置业有限公司"
    third = "山东鲁泰建设工程有限公司"
    return render(
        """{agency}
政府信息公开申请答复书
{docno}

申请人：{company}
统一社会信用代码：{uscc}
法定代表人：{rep}
委托代理人：{agent}，{agent_sex}，身份证号{agent_id}，手机{agent_mobile}，电子邮箱{agent_email}。

    本机关于{recv}收到你单位提交的《政府信息公开申请表》，申请公开“历城区唐冶片区A-3地块国有建设用地使用权出让合同及土地出让金缴纳凭证”。经审查，答复如下：
    你单位申请公开的信息中，土地出让合同（合同编号：{contract}）涉及第三方{third}的商业秘密。本机关于{consult}依照{s32}的规定向该公司（法定代表人{third_rep}）书面征求意见，该公司在规定期限内未提出异议。根据{s15}的规定，现将上述合同及土地出让金缴纳凭证（票据号码：{receipt}，金额{amount}）复印件提供给你单位。其中银行账户信息已作区分处理（{s37}）。
    如对本答复不服，可以自收到本答复之日起60日内向{gov}或者{gov2}申请行政复议，也可以自收到本答复之日起6个月内向{court}提起行政诉讼。

    特此告知。

{agency2}
{sent}

（联系人：{contact}；联系电话：{aphone}；地址：{aaddr}；邮编：{pc}）
""",
        agency=ctx.an(a), docno=ctx.docno("济自然资规依申请", 2021, 208), company=ctx.org(company),
        uscc=ctx.uscc("370112"), rep=ctx.name(rep), agent=ctx.name(agent), agent_sex=agent.sex,
        agent_id=ctx.idno(agent), agent_mobile=ctx.mobile(agent, "dash"), agent_email=ctx.email(agent),
        recv=ctx.date(recv), contract=ctx.serial(12, "3701122020B"), third=ctx.org(third), consult=ctx.date(consult),
        s32=ctx.statute(REG, 32), third_rep=ctx.name(third_rep), s15=ctx.statute(REG, 15),
        receipt=ctx.serial(10), amount=ctx.amount("1,234,567.89元"), s37=ctx.statute(REG, 37),
        gov=ctx.an("济南市人民政府"), gov2=ctx.an("山东省自然资源厅"), court=ctx.an("济南铁路运输法院"),
        agency2=ctx.an(a), sent=ctx.date(sent), contact=ctx.official(a.contact), aphone=ctx.aphone(a, "fwparen"),
        aaddr=ctx.aaddr(a), pc=ctx.postcode(a),
    )


def reply_withheld(ctx: Ctx) -> object:
    """Withheld: state secret and internal process information (mark look-alikes, no marks)."""
    a = AGENCIES["lxzf"]
    p = ctx.person(y0=1950, y1=1975, home=next(r for r in URBAN if r.code == "370102"))
    recv = ctx.day(2022, 9, 10)
    sent = ctx.day(2022, 11, 11)
    return render(
        """{docno}

{agency}
关于{name}政府信息公开申请的答复

{name2}：
    你于{recv}向本机关提出政府信息公开申请，要求公开“历下区2022年第二季度区政府常务会议纪要中涉及解放东路片区旧城改造的内容及相关请示”。本机关于当日予以登记（受理编号：{serial}）。经审查，现答复如下：
    一、你申请公开的会议纪要第三部分经区保密工作部门审查，已依照{lawsec}确定为{secret}，根据{s14}的规定，属于不予公开的政府信息。
    二、你申请公开的相关请示属于行政机关在履行行政管理职能过程中形成的过程性信息，同时涉及{worksecret}，根据{s16}的规定，本机关不予公开。
    三、你此前就同类事项提起的行政诉讼，{court0}已作出{case}行政裁定，本机关已依法履行。
    四、上述信息中不涉及{biz}和个人隐私的部分，历下区人民政府已于2022年8月在门户网站以《旧城改造项目进展情况》为题主动公开，你可登录查询。
    如对本答复不服，可以在收到本答复之日起六十日内向{gov}申请行政复议，或者在六个月内向{court}提起行政诉讼。

申请人联系方式：{home_phone}（宅电），{addr}

{agency2}
{sent}

公开方式：依申请公开
""",
        docno=ctx.docno(a, 2022, 96), agency=ctx.an(a), name=ctx.name(p), name2=ctx.name(p), recv=ctx.date(recv),
        serial=ctx.serial(12), lawsec=ctx.law("中华人民共和国保守国家秘密法"), secret=ctx.look("国家秘密"),
        s14=ctx.statute(REG, 14), worksecret=ctx.look("工作秘密"), s16=ctx.statute(REG, 16, "第二款"),
        court0=ctx.an("济南铁路运输法院"), case=ctx.case_no(2022, "鲁7101", "行初", 1234),
        biz=ctx.look("商业秘密"), gov=ctx.an("济南市历下区人民政府"), court=ctx.an("济南铁路运输法院"),
        home_phone=ctx.home_phone("济南", "space"), addr=ctx.addr(p, "district"), agency2=ctx.an(a),
        sent=ctx.date(sent, "cnnum"),
    )


def reply_hk_applicant(ctx: Ctx) -> object:
    """A Hong Kong resident and a foreign co-applicant; a lawyer as agent."""
    a = AGENCIES["jnzj"]
    hk = ctx.person(y0=1958, y1=1975)
    foreigner = ctx.person(kind="foreign", y0=1970, y1=1985)
    lawyer = ctx.person(y0=1978, y1=1990)
    recv = ctx.day(2023, 2, 3)
    sent = ctx.day(2023, 4, 4)
    return render(
        """{agency}
政府信息公开申请答复书

{docno}

{hk}、{fn}：
    本机关于{recv}收到你们通过{lawyer}律师（山东泉城律师事务所，执业证号：{licence}）邮寄提交的政府信息公开申请，申请公开“槐荫区经十路以北片区国有土地上房屋征收补偿方案、征收补偿费用拨付及专户存储情况”。
    经查，{hk2}（港澳居民来往内地通行证号码：{permit}）系该片区被征收房屋的共有人之一，与申请公开的信息具有关联性。本机关答复如下：
    1.房屋征收补偿方案已于2022年12月在本机关门户网站公布，现随本答复书提供纸质件一份；
    2.征收补偿费用专户存储情况由征收实施单位负责，本机关已书面转告该单位，联系电话{aphone2}；
    3.你们就该片区征收决定提起的行政诉讼已由{court}作出{case}行政判决，判决书可向该院申请查阅；
    4.其他被征收人的补偿协议涉及个人隐私，根据{s15}规定不予提供。
    本答复书寄送地址：{lawyer_addr}（律师事务所转），收件人{lawyer2}，手机{lawyer_mobile}。{fn2}（护照姓名：{pname}）的电子邮箱{fn_email}同时抄送电子版。
    如不服本答复，可在收到本答复之日起60日内申请行政复议，或者在6个月内提起行政诉讼。

{agency2}
{sent}
""",
        agency=ctx.an(a), docno=ctx.docno("济建依申请", 2023, 31), hk=ctx.name(hk), fn=ctx.name(foreigner),
        recv=ctx.date(recv), lawyer=ctx.name(lawyer), licence=T("serial_number", "13701" + "".join(ctx.pick("0123456789") for _ in range(12))),
        hk2=ctx.name(hk), permit=ctx.permit("H"), court=ctx.an("济南铁路运输法院"),
        case=ctx.case_no(2022, "鲁7101", "行初", 456), aphone2=T("agency_phone", "0531-87956000"),
        s15=ctx.statute(REG, 15), lawyer_addr=T("agency_address", "济南市市中区经七路88号泉城大厦15层"),
        lawyer2=ctx.name(lawyer), lawyer_mobile=ctx.mobile(lawyer, "space"), fn2=ctx.name(foreigner),
        pname=E("PERSON", foreigner.passport_name), fn_email=ctx.email(foreigner), agency2=ctx.an(a),
        sent=ctx.date(sent),
    )


def reply_not_exist(ctx: Ctx) -> object:
    """A short reply: the information does not exist."""
    a = AGENCIES["ycmz"]
    p = ctx.person(y0=1955, y1=1970, home=None)
    recv = ctx.day(2020, 5, 5)
    sent = ctx.day(2020, 6, 6)
    return render(
        """郓城县民政局政府信息公开申请答复书
{docno}

{name}（联系电话{mobile}）：
    你于{recv}申请公开“黄安镇刘庄村2015年至2019年农村低保评议会议记录”。经检索本机关档案，未查找到上述信息。根据{s36}的规定，告知你该政府信息不存在。需要说明的是，农村最低生活保障审核确认工作自2021年起由乡镇人民政府（街道办事处）负责，县民政局仅保存审批结果和资金发放记录。村级评议会议记录由镇人民政府和村民委员会保存，你可向{town}咨询，电话{aphone2}。
    如有疑问，可拨打{aphone}或{hotline}反映。

{agency}
{sent}
""",
        docno=ctx.docno(a, 2020, 8), name=ctx.name(p), mobile=ctx.mobile(p, "plus86dash"), recv=ctx.date(recv),
        s36=ctx.statute(REG, 36, "第（四）项"), town=ctx.an("郓城县黄安镇人民政府"), aphone2=T("agency_phone", "0530-6671002"),
        aphone=ctx.aphone(a, "dash"), hotline=ctx.hotline("12345"), agency=ctx.an(a), sent=ctx.date(sent),
    )
