"""行政处罚决定书, 行政许可决定书, 听证告知书, 送达回证 and 双公示 tables."""

from __future__ import annotations

from ..agencies import EXTRA_OFFICIALS
from ..identities import RURAL, URBAN
from .common import AGENCIES, Ctx, T, join, render

FOOD = "中华人民共和国食品安全法"
PENALTY = "中华人民共和国行政处罚法"


def _region(code: str):
    return next(r for r in URBAN + RURAL if r.code == code)


def penalty_company(ctx: Ctx) -> object:
    a = AGENCIES["jnsj"]
    rep = ctx.person(y0=1968, y1=1988, region=_region("370102"))
    cook = ctx.person(y0=1980, y1=1998)
    off1, off2 = EXTRA_OFFICIALS[0], EXTRA_OFFICIALS[1]
    check = ctx.day(2023, 3, 3)
    decided = ctx.day(2023, 5, 5)
    return render(
        """{agency}
行政处罚决定书

{docno}

当事人：{company}
统一社会信用代码：{uscc}
住所（主要经营场所）：{org_addr}
法定代表人：{rep}　　身份证号码：{rep_id}
联系电话：{rep_mobile}

    {check}，本局执法人员{off1}、{off2}（执法证号分别为{cert1}、{cert2}）依法对当事人经营场所进行监督检查，发现当事人后厨冷藏柜内存放超过保质期的“鲜乐多”牌酸奶12盒（生产日期均为2023年2月1日，保质期21天）、超过保质期的火腿肠3包，当事人未能提供上述食品的进货查验记录。本局于当日予以立案调查。
    经查，当事人自2023年1月起将上述食品用于加工“水果酸奶杯”等饮品对外销售，违法所得共计人民币{gain}。以上事实有下列证据证明：1.当事人营业执照复印件1份；2.法定代表人身份证复印件1份；3.现场笔录1份、现场照片6张；4.对当事人后厨主管{cook}（手机：{cook_mobile}）的询问笔录1份；5.进货单据复印件（发票号码{invoice}）。
    本局认为，当事人的上述行为违反了{s34}的规定。依据{s124}的规定，并参照《山东省市场监督管理行政处罚裁量基准》，本局于{notice}向当事人送达了《行政处罚告知书》，当事人在法定期限内未提出陈述、申辩，也未要求听证。
    综上，本局决定对当事人作出如下行政处罚：
    1.没收超过保质期的食品；
    2.没收违法所得{gain2}；
    3.{fine}。
    当事人应当自收到本决定书之日起十五日内，将罚款缴至指定银行（账号：{acct}）。到期不缴纳罚款的，本局可以依据{s72}的规定，每日按罚款数额的百分之三加处罚款。
    {remedy}

{agency2}
{decided}

（本局地址：{aaddr}，邮编{pc}，咨询电话{aphone}；投诉举报请拨打{hotline}）
""",
        agency=ctx.an(a), docno=ctx.docno(a, 2023, 113), company=ctx.org("济南市历下区鑫盛源餐饮管理有限公司"),
        uscc=ctx.uscc("370102"), org_addr=ctx.org_addr("山东省济南市历下区和平路47号1-104号商铺"), rep=ctx.name(rep),
        rep_id=ctx.idno(rep), rep_mobile=ctx.mobile(rep, "plain"), check=ctx.date(check), off1=ctx.official(off1),
        off2=ctx.official(off2), cert1=ctx.serial(11, ""), cert2=ctx.serial(11, ""), gain=ctx.amount("3,560元"),
        cook=ctx.name(cook), cook_mobile=ctx.mobile(cook, "dash"), invoice=ctx.serial(8), s34=ctx.statute(FOOD, 34, "第（十）项"),
        s124=ctx.statute(FOOD, 124, "第一款第（五）项"), notice=ctx.date(ctx.day(2023, 4, 4)),
        gain2=ctx.amount("人民币3,560元"), fine=ctx.amount("罚款人民币50000元"), acct=ctx.serial(20, ""),
        s72=ctx.statute(PENALTY, 72, "第一款第（一）项"),
        remedy=ctx.remedy("济南市人民政府", "济南铁路运输法院", "决定", who="当事人"), agency2=ctx.an(a),
        decided=ctx.date(decided), aaddr=ctx.aaddr(a), pc=ctx.postcode(a), aphone=ctx.aphone(a),
        hotline=ctx.hotline("12315"),
    )


def penalty_taxi(ctx: Ctx) -> object:
    a = AGENCIES["wfjt"]
    p = ctx.person(sex="男", y0=1975, y1=1995, region=_region("370702"))
    owner = ctx.person(sex="女", y0=1975, y1=1995)
    passenger = ctx.person(y0=1990, y1=2003)
    when = ctx.day(2021, 6, 7)
    decided = ctx.day(2021, 8, 9)
    return render(
        """潍坊市交通运输局
行政处罚决定书
{docno}

当事人：{name}　　性别：{sex}　　出生日期：{dob}
身份证号码：{idno}
住址：{addr}
联系电话：{mobile}
车辆号牌：{plate}　　车辆所有人：{owner}（系当事人妻子）

    {when}16时20分许，本机关执法人员在潍坊市奎文区胜利东街与新华路交叉口例行检查时，发现当事人驾驶{plate2}号小型普通客车，在未取得《网络预约出租汽车运输证》和《网络预约出租汽车驾驶员证》的情况下，通过手机应用软件接单，从潍坊北站搭载乘客{passenger}（联系电话{p_mobile}）前往奎文区万达广场，约定车费人民币45元。
    上述事实有现场检查笔录、询问笔录、乘客证言、手机接单截图、车辆行驶证复印件等证据为证。
    当事人的行为违反了{s13}的规定，依据{s34}的规定，本机关决定：{fine}。
    请在收到本决定书之日起15日内到潍坊市任一家中国农业银行网点缴纳罚款。
    如不服本处罚决定，可以在收到本决定书之日起60日内向{gov}申请行政复议，或者在6个月内直接向{court}提起行政诉讼。
    行政复议和行政诉讼期间，本决定不停止执行。

潍坊市交通运输局
{decided}
""",
        docno=ctx.docno(a, 2021, 1056), name=ctx.name(p), sex=p.sex, dob=ctx.dob(p, "iso"), idno=ctx.idno(p),
        addr=ctx.addr(p, "city"), mobile=ctx.mobile(p, "space"), plate=ctx.plate(kind="mixed", city="G"), owner=ctx.name(owner),
        when=ctx.date(when), plate2=ctx.plate(kind="plain", city="V"), passenger=ctx.name(passenger),
        p_mobile=ctx.mobile(passenger, "plain"), s13=ctx.statute("网络预约出租汽车经营服务管理暂行办法", 13),
        s34=ctx.statute("网络预约出租汽车经营服务管理暂行办法", 34), fine=ctx.amount("罚款人民币10000元"),
        gov=ctx.an("潍坊市人民政府"), court=ctx.an("潍坊市奎文区人民法院"), decided=ctx.date(decided),
    )


def penalty_tax(ctx: Ctx) -> object:
    a = AGENCIES["jnsw"]
    p = ctx.person(sex="女", y0=1988, y1=1999, check="X")
    spouse = ctx.person(sex="男", y0=1985, y1=1997)
    decided = ctx.day(2021, 11, 12)
    bank1, card1 = ctx.card(grouped=True)
    bank2, card2 = ctx.card(grouped=False)
    bank3, card3 = ctx.card(grouped=False)
    return render(
        """国家税务总局济南市税务局第一稽查局
税务行政处罚决定书
{docno}

{name}（纳税人识别号：{tin}）：
    经我局对你2019年1月1日至2020年12月31日期间的纳税情况进行检查，发现你存在违法事实及处罚决定如下：
    一、违法事实
    你在上述期间从事网络直播活动，通过本人名下{bank1}账户（卡号{card1}）及{bank2}账户（卡号{card2}）取得直播平台打赏收入及商品推广佣金共计{income}，采取隐匿收入、虚构业务转换收入性质等方式少申报个人所得税{tax}。其中部分收入经由你的配偶{spouse}（身份证号码{spouse_id}）名下{bank3}账户（卡号{card3}）转入上述账户。
    二、处罚决定
    根据{s63}的规定，对你少缴的个人所得税处以0.5倍罚款，计{fine}。
    以上应缴款项，限你自本决定书送达之日起15日内到国家税务总局济南市市中区税务局缴纳入库（电子税票号码：{ticket}）。到期不缴纳罚款，我局将依照{s72}的规定，每日按罚款数额的百分之三加处罚款。
    如对本决定不服，可以自收到本决定书之日起六十日内依法向{gov}申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院起诉。

    纳税咨询服务热线：{hotline}　联系电话：{aphone}
    本局地址：{aaddr}　邮政编码：{pc}

国家税务总局济南市税务局第一稽查局
{decided}
""",
        docno=ctx.docno(a, 2021, 57), name=ctx.name(p), tin=ctx.idno(p), bank1=bank1, card1=card1, bank2=bank2,
        card2=card2, income=ctx.amount("人民币1,904.67万元"), tax=ctx.amount("617.33万元"), spouse=ctx.name(spouse),
        spouse_id=ctx.idno(spouse), bank3=bank3, card3=card3, s63=ctx.statute("中华人民共和国税收征收管理法", 63, "第一款"),
        fine=ctx.amount("人民币3,086,650.00元"), ticket=ctx.serial(18, ""), s72=ctx.statute(PENALTY, 72),
        gov=ctx.an("国家税务总局济南市税务局"), hotline=ctx.hotline("12366"), aphone=ctx.aphone(a), decided=ctx.date(decided),
        aaddr=ctx.aaddr(a), pc=ctx.postcode(a),
    )


def penalty_environment(ctx: Ctx) -> object:
    a = AGENCIES["zbhb"]
    rep = ctx.person(y0=1966, y1=1982)
    d1 = ctx.person(sex="男", y0=1975, y1=1992)
    d2 = ctx.person(sex="男", y0=1975, y1=1992)
    when = ctx.day(2022, 4, 5)
    return render(
        """淄博市生态环境局
行政处罚决定书
{docno}

当事人名称：{company}
统一社会信用代码：{uscc}
法定代表人：{rep}
地址：{org_addr}

一、环境违法事实和证据
    {when}，我局执法人员对你公司厂区进行现场检查，发现你公司散装水泥运输车辆{plate1}（驾驶员{d1}，驾驶证号{d1_id}）、{plate2}（驾驶员{d2}，手机{d2_mobile}）及半挂车{trailer}在厂区内装卸作业时未采取密闭措施，造成扬尘污染；厂区东侧约2000平方米物料堆场未按要求苫盖。
    以上事实，有现场检查（勘察）笔录、现场照片、调查询问笔录、车辆行驶证复印件等证据为凭。
    你公司上述行为违反了{s69}的规定。
    我局于2022年5月12日以《行政处罚事先（听证）告知书》（{notice_no}）告知你公司陈述申辩和听证的权利，你公司在规定期限内未提出。
二、行政处罚的依据、种类及其履行方式、期限
    依据{s108}的规定，我局决定对你公司作出如下行政处罚：{fine}。
    限你公司于接到本处罚决定之日起十五日内缴至指定账户。
三、申请行政复议或者提起行政诉讼的途径和期限
    {remedy}

淄博市生态环境局
{decided}

联系人：{contact}　电话：{aphone}
""",
        docno=ctx.docno(a, 2022, 35), company=ctx.org("淄博鲁中建材有限公司"), uscc=ctx.uscc("370302"),
        rep=ctx.name(rep), org_addr=ctx.org_addr("淄博市淄川区般阳路街道工业园区北首"), when=ctx.date(when),
        plate1=ctx.plate(kind="plain", city="C"), d1=ctx.name(d1), d1_id=ctx.idno(d1), plate2=ctx.plate(kind="mixed", city="C"),
        d2=ctx.name(d2), d2_mobile=ctx.mobile(d2), trailer=ctx.plate(kind="trailer", city="C"),
        s69=ctx.statute("中华人民共和国大气污染防治法", 69, "第三款"), notice_no=ctx.docno("淄环罚告", 2022, 35),
        s108=ctx.statute("中华人民共和国大气污染防治法", 115, "第一款第（一）项"), fine=ctx.amount("罚款人民币伍万元整"),
        remedy=ctx.remedy("淄博市人民政府", "淄博市张店区人民法院", "处罚决定", who="你公司"),
        decided=ctx.date(ctx.day(2022, 6, 6), "cnnum"), contact=ctx.official(a.contact), aphone=ctx.aphone(a),
    )


def license_company(ctx: Ctx) -> object:
    a = AGENCIES["taspj"]
    owner = ctx.person(y0=1975, y1=1995, region=_region("370902"))
    recv = ctx.day(2023, 3, 3)
    decided = ctx.day(2023, 3, 4)
    rows = []
    for i, (nm, kind) in enumerate([("泰安市泰山区岱宗坊茶社", "92"), ("山东岱岳康养服务有限公司", "91"),
                                     ("泰安市泰山区爱婴母婴护理中心", "92")], 1):
        p = ctx.person(y0=1970, y1=1995)
        rows.append(render("{i}.{nm}，统一社会信用代码{u}，{role}{rep}，许可证号{lic}；",
                           i=i, nm=ctx.org(nm), u=ctx.uscc("370902", kind),
                           role="经营者" if kind == "92" else "法定代表人", rep=ctx.name(p), lic=ctx.serial(6, "泰卫公证字〔2023〕第", "号")))
    return render(
        """泰安市行政审批服务局
准予行政许可决定书

{docno}

{shop}：
    你于{recv}提出的公共场所卫生许可申请，本机关已于当日受理。经审查，你提交的申请材料齐全，符合法定形式，经场所现场审查，符合{s22}和{s2}规定的条件，根据{s38}的规定，决定准予行政许可。
    许可事项：公共场所卫生许可（美容店）
    经营者：{owner}　　身份证号：{owner_id}
    统一社会信用代码：{uscc}
    经营场所：{org_addr}
    许可证号：{lic}　　有效期限：4年
    请于收到本决定之日起10个工作日内，凭本决定书和经营者身份证原件到泰安市政务服务中心二楼卫生健康窗口领取许可证，或选择免费邮寄送达（收件电话{owner_mobile}）。

本批次同时准予许可的单位：
{rows}

    本决定依照“双公示”要求于作出之日起7个工作日内在“信用中国（山东泰安）”网站公示。

泰安市行政审批服务局
{decided}
咨询电话：{aphone}
""",
        docno=ctx.docno(a, 2023, 218), shop=ctx.org("泰安市泰山区丽颜美容店"), recv=ctx.date(recv),
        s22=ctx.statute("公共场所卫生管理条例", 8), s2=ctx.statute("公共场所卫生管理条例实施细则", 22),
        s38=ctx.statute("中华人民共和国行政许可法", 38, "第一款"), owner=ctx.name(owner), owner_id=ctx.idno(owner),
        uscc=ctx.uscc("370902", "92"), org_addr=ctx.org_addr("泰安市泰山区青年路中段路东第11间门头房"),
        lic=ctx.serial(6, "泰卫公证字〔2023〕第", "号"), owner_mobile=ctx.mobile(owner, "fullwidth"),
        rows=join("\n", rows), decided=ctx.date(decided), aphone=ctx.aphone(a),
    )


def license_rural(ctx: Ctx) -> object:
    a = AGENCIES["ycgt"]
    p = ctx.person(sex="男", y0=1960, y1=1985, region=_region("371725"), home=_region("371725"))
    wife = ctx.person(sex="女", y0=1960, y1=1985, region=_region("371725"))
    son = ctx.person(sex="男", y0=1988, y1=1998, region=_region("371725"), surname=p.surname)
    recv = ctx.day(2020, 3, 4)
    decided = ctx.day(2020, 5, 5)
    return render(
        """郓城县自然资源局
乡村建设规划许可决定书
{docno}

申请人：{name}
身份证号码：{idno}
家庭住址：{addr}
联系电话：{mobile}
家庭成员：{wife}（妻）、{son}（子，身份证号码{son_id}）

    你于{recv}通过黄安镇人民政府提交的农村村民住宅建设申请收悉。经审查，申请宅基地位于你所在村村庄规划范围内，原宅基地已由村集体收回（原址{old_addr}），拟建住宅占地面积168平方米，建筑面积210平方米，层数2层，符合村庄规划和“一户一宅”的要求。
    根据{s41}和{reg}的规定，经研究，准予核发乡村建设规划许可证（证书编号：{cert}）。
    请严格按照许可内容施工，不得擅自变更。施工前应报黄安镇人民政府进行放线验线，竣工后应申请规划核实。
    本许可自核发之日起2年内未开工建设的，自行失效。
    如对本决定不服，可以在收到本决定书之日起60日内向{gov}申请行政复议，或者在6个月内向{court}提起行政诉讼。

郓城县自然资源局
{decided}

抄送：黄安镇人民政府，刘庄村民委员会
""",
        docno=ctx.docno(a, 2020, 142), name=ctx.name(p), idno=ctx.idno(p), addr=ctx.addr(p, "full"),
        mobile=ctx.mobile(p, "dash"), wife=ctx.name(wife), son=ctx.name(son), son_id=ctx.idno(son),
        recv=ctx.date(recv), old_addr=ctx.addr(p, "county"), s41=ctx.statute("中华人民共和国城乡规划法", 41),
        reg=ctx.law("山东省农村村民住宅建设管理办法"), cert=ctx.serial(15, "乡字第", "号"), gov=ctx.an("郓城县人民政府"),
        court=ctx.an("郓城县人民法院"), decided=ctx.date(decided),
    )


def hearing_company(ctx: Ctx) -> object:
    a = AGENCIES["qbsj"]
    rep = ctx.person(y0=1965, y1=1985, region=_region("370203"))
    staff = ctx.person(y0=1985, y1=1998)
    return render(
        """青岛市市北区市场监督管理局
行政处罚听证告知书
{docno}

{company}：
    统一社会信用代码：{uscc}；法定代表人：{rep}；住所：{org_addr}。
    经调查，你公司于2022年1月至3月期间在其经营的“北岸优选”微信小程序中发布含有“国家级产品”“最高级”等用语的商品广告，违反了{s9}的规定。依据{s57}的规定，本局拟对你公司作出如下行政处罚：1.责令停止发布违法广告；2.{fine}。
    根据{s44}、{s63}、{s64}的规定，你公司有权进行陈述和申辩，有权要求举行听证。你公司如要求听证，应当在收到本告知书之日起五个工作日内向本局提出；逾期视为放弃听证权利。
    你公司可委托一至二人代理参加听证。本案联系人为你公司行政专员{staff}（电话{staff_mobile}，电子邮箱{staff_email}），本局将通过该联系人送达听证通知。

    本局地址：{aaddr}　邮编：{pc}
    联系电话：{aphone}

青岛市市北区市场监督管理局
{date}
""",
        docno=ctx.docno("青北市监听告", 2022, 19), company=ctx.org("青岛北岸电子商务有限公司"), uscc=ctx.uscc("370203"),
        rep=ctx.name(rep), org_addr=ctx.org_addr("青岛市市北区辽宁路263号2层201室"),
        s9=ctx.statute("中华人民共和国广告法", 9, "第（三）项"), s57=ctx.statute("中华人民共和国广告法", 57, "第（一）项"),
        fine=ctx.amount("罚款人民币贰拾万元"), s44=ctx.statute(PENALTY, 44), s63=ctx.article(63),
        s64=ctx.article(64), staff=ctx.name(staff), staff_mobile=ctx.mobile(staff, "plus86"),
        staff_email=ctx.email(staff, "beian-ec.com"), aaddr=ctx.aaddr(a), pc=ctx.postcode(a), aphone=ctx.aphone(a, "paren"),
        date=ctx.date(ctx.day(2022, 4, 4)),
    )


def hearing_overload(ctx: Ctx) -> object:
    a = AGENCIES["wfjt"]
    driver = ctx.person(sex="男", y0=1970, y1=1990)
    owner_rep = ctx.person(y0=1965, y1=1985)
    when = ctx.day(2023, 7, 8)
    return render(
        """潍坊市交通运输局
行政处罚听证告知书
{docno}

当事人：{driver}，{dob}出生，机动车驾驶证号：{idno}，住{addr}，手机号码：{mobile}。
车辆所有人：{company}（统一社会信用代码{uscc}，法定代表人{rep}）。

    {when}9时40分，当事人驾驶{tractor}重型半挂牵引车（挂车号牌{trailer}）经G206国道寒亭超限检测站检测，车货总重69.35吨，超过规定限值49吨，超限20.35吨，超限率41.5%。当事人的行为违反了{s2}的规定。依据{s3}的规定，本机关拟对当事人作出{fine}的行政处罚。
    根据{s63}的规定，你有要求举行听证的权利。如要求听证，应当在收到本告知书之日起五日内向本机关提出。逾期未提出的，视为放弃此权利。
    联系地址：{aaddr}　邮政编码：{pc}
    联系人：{off1}、{off2}　　联系电话：{aphone}

潍坊市交通运输局
{date}

当事人签收：____________　　年　月　日
""",
        docno=ctx.docno("潍交听告", 2023, 307), driver=ctx.name(driver), dob=ctx.dob(driver, "cn"), idno=ctx.idno(driver),
        addr=ctx.addr(driver, "full"), mobile=ctx.mobile(driver, "plain"), company=ctx.org("潍坊通达物流运输有限公司"),
        uscc=ctx.uscc("370702"), rep=ctx.name(owner_rep), when=ctx.date(when), tractor=ctx.plate(kind="mixed", city="G"),
        trailer=ctx.plate(kind="trailer", city="G"), s2=ctx.statute("公路安全保护条例", 33), s3=ctx.statute("公路安全保护条例", 64),
        fine=ctx.amount("罚款人民币20000元"), s63=ctx.statute(PENALTY, 63), aaddr=ctx.aaddr(a), pc=ctx.postcode(a),
        off1=ctx.official(EXTRA_OFFICIALS[2]), off2=ctx.official(EXTRA_OFFICIALS[3]), aphone=ctx.aphone(a),
        date=ctx.date(ctx.day(2023, 8, 8)),
    )


def service_receipt_petition(ctx: Ctx) -> object:
    a = AGENCIES["lsxf"]
    p = ctx.person(y0=1950, y1=1970, region=_region("371302"), home=_region("371302"))
    wife = ctx.person(sex="女" if p.sex == "男" else "男", y0=1950, y1=1970, region=_region("371302"))
    witness = ctx.person(y0=1960, y1=1990)
    served = ctx.day(2022, 10, 10)
    return render(
        """临沂市兰山区信访局
送 达 回 证

送达文书名称及文号｜《信访事项处理意见书》（{docno}）
受送达人｜{name}
受送达人身份证号码｜{idno}
送达地点｜{addr}
送达方式｜直接送达（受送达人拒收，留置送达）
送达时间｜{served}10时15分
受送达人签名或盖章｜拒签
代收人及代收理由｜{wife}（系受送达人配偶），联系电话{wife_phone}，代收后拒绝签名
见证人｜{witness}（兰山街道网格员，手机{w_mobile}）
送达人｜{off1}、{off2}
备注｜留置送达过程已全程录像（录像编号{video}），依照{s88}执行。

第1页　共1页
""",
        docno=ctx.docno("兰信复", 2022, 52), name=ctx.name(p), idno=ctx.idno(p), addr=ctx.addr(p, "city"),
        served=ctx.date(served), wife=ctx.name(wife), wife_phone=ctx.home_phone("临沂", "dash"),
        witness=ctx.name(witness), w_mobile=ctx.mobile(witness, "plain"), off1=ctx.official(a.contact),
        off2=ctx.official(EXTRA_OFFICIALS[4]), video=ctx.serial(14), s88=ctx.statute("中华人民共和国民事诉讼法", 89),
    )


def service_receipt_expropriation(ctx: Ctx) -> object:
    a = AGENCIES["jnzj"]
    owners = [ctx.person(y0=1945, y1=1975, region=_region("370104"), home=_region("370104")) for _ in range(3)]
    d = ctx.day(2023, 6, 6)
    lines = []
    for i, o in enumerate(owners, 1):
        lines.append(render("{i}｜{name}｜{idno}｜{addr}｜{phone}｜{sign}",
                            i=i, name=ctx.name(o), idno=ctx.idno(o), addr=ctx.addr(o, "district"),
                            phone=ctx.mobile(o),
                            sign=ctx.name(o) if i != 2 else render("（邮寄送达，EMS{ems}已签收）", ems=ctx.serial(13))))
    return render(
        """济南市住房和城乡建设局
送达回证（集体）

送达文书：《房屋征收补偿决定书》（{docno1}至{docno2}）
送达机关：{agency}
送达日期：{date}
送达地点：被征收房屋所在地及邮寄地址

序号｜受送达人｜身份证号码｜被征收房屋地址｜联系电话｜受送达人签收
{lines}

送达人：{off1}　{off2}
见证人：槐荫区振兴街街道办事处工作人员{off3}

说明：1.本回证附《国有土地上房屋征收补偿决定书》3份；2.根据{reg}相关规定，被征收人对补偿决定不服的，可依法申请行政复议或提起行政诉讼；3.咨询电话{aphone}，监督电话{hotline}。

— 1 —
""",
        docno1=ctx.docno("济建征补决", 2023, 11), docno2=ctx.docno("济建征补决", 2023, 13), agency=ctx.an(a),
        date=ctx.date(d), lines=join("\n", lines), off1=ctx.official(a.contact), off2=ctx.official(EXTRA_OFFICIALS[5]),
        off3=ctx.official(EXTRA_OFFICIALS[6]), reg=ctx.law("国有土地上房屋征收与补偿条例"), aphone=ctx.aphone(a),
        hotline=ctx.hotline("12345"),
    )


def double_publicity_penalty_md(ctx: Ctx) -> object:
    """行政处罚 双公示 table as Markdown (.md)."""
    a = AGENCIES["qbsj"]
    companies = [
        ("青岛福瑞祥商贸有限公司", "91", "销售不符合食品安全标准的食品", "食品安全法第一百二十四条", "罚款人民币5万元，没收违法所得"),
        ("青岛市市北区老街坊水饺馆", "92", "未按规定公示食品经营许可证", "食品安全法实施条例第七十五条", "警告"),
        ("青岛康泰大药房连锁有限公司", "91", "药品购销记录不完整", "药品管理法第一百三十条", "罚款人民币2万元"),
        ("青岛海岸线网络科技有限公司", "91", "发布虚假广告", "广告法第五十五条", "罚款人民币15万元"),
        ("青岛市市北区惠民副食店", "92", "销售过期食品", "食品安全法第一百二十四条", "罚款人民币5000元"),
        ("青岛同德机电设备有限公司", "91", "使用未经定期检验的特种设备", "特种设备安全法第八十四条", "罚款人民币3万元"),
        ("青岛鑫汇源加油站有限公司", "91", "计量器具未按规定检定", "计量法实施细则第四十三条", "罚款人民币1000元"),
        ("青岛市市北区小周眼镜店", "92", "使用不合格计量器具", "计量法第二十七条", "罚款人民币2000元"),
        ("青岛润泽物业管理有限公司", "91", "不按规定明码标价", "价格法第四十二条", "罚款人民币3000元"),
        ("青岛市市北区台东老李理发店", "92", "未按规定办理登记", "市场主体登记管理条例第四十三条", "罚款人民币1000元"),
    ]
    rows = []
    for i, (nm, kind, reason, basis, result) in enumerate(companies, 1):
        rep = ctx.person(y0=1960, y1=1995)
        d = ctx.day(2022, 3, 9)
        rows.append(render("| {i} | {no} | {nm} | {u} | {rep} | {reason} | {basis} | {result} | {d} |",
                           i=i, no=ctx.docno(a, 2022, 100 + i * 7), nm=ctx.org(nm), u=ctx.uscc("370203", kind),
                           rep=ctx.name(rep), reason=reason, basis=basis, result=result, d=T("event_date", f"{d:%Y/%m/%d}")))
    # two natural persons: published with masked identifiers (already de-identified)
    for j in range(2):
        p = ctx.person(y0=1970, y1=1995)
        d = ctx.day(2022, 3, 9)
        rows.append(render("| {i} | {no} | {nm} | {mid} | —— | 无照经营 | 无证无照经营查处办法第十三条 | 罚款人民币500元 | {d} |",
                           i=len(rows) + 1, no=ctx.docno(a, 2022, 200 + j), nm=ctx.masked(p.masked_name),
                           mid=ctx.masked_id(p), d=T("event_date", f"{d:%Y/%m/%d}")))
    return render(
        """# 青岛市市北区市场监督管理局行政处罚信息公示（2022年第三批）

> 根据《山东省行政许可和行政处罚信息“双公示”工作实施方案》要求，现将本局2022年3月至9月作出的行政处罚决定信息公示如下。自然人当事人的姓名和证件号码已作去标识化处理。

| 序号 | 行政处罚决定书文号 | 行政相对人名称 | 统一社会信用代码 | 法定代表人（负责人） | 违法行为类型 | 处罚依据 | 处罚结果 | 处罚决定日期 |
|---|---|---|---|---|---|---|---|---|
{rows}

处罚机关：{agency}
救济渠道：行政相对人对上述处罚决定不服的，可自收到处罚决定书之日起60日内向{gov}申请行政复议，或在6个月内向{court}提起行政诉讼。
公示期限：自公示之日起三年。
联系电话：{aphone}
""",
        rows=join("\n", rows), agency=ctx.an(a), gov=ctx.an("青岛市市北区人民政府"), court=ctx.an("青岛市市北区人民法院"),
        aphone=ctx.aphone(a),
    )


def double_publicity_license_text(ctx: Ctx) -> object:
    """行政许可 双公示 as a plain-text table with full-width bars."""
    a = AGENCIES["taspj"]
    items = [
        ("泰安市泰山区福满园餐饮店", "92", "食品经营许可", "JY"),
        ("泰安绿源农产品专业合作社", "93", "食品经营许可", "JY"),
        ("山东泰山汇通运输有限公司", "91", "道路货物运输经营许可", "鲁交运管许可泰字"),
        ("泰安市岱岳区博学培训学校", "52", "民办学校办学许可", "教民"),
        ("泰安鼎盛建筑工程有限公司", "91", "建筑业企业资质许可", "D"),
        ("泰安市泰山区一点利便利店", "92", "食品经营许可", "JY"),
        ("泰安仁和医院管理有限公司", "91", "医疗机构执业许可", "PDY"),
        ("泰安市泰山区阳光幼儿园", "52", "民办学校办学许可", "教民"),
    ]
    rows = []
    for i, (nm, kind, item, pre) in enumerate(items, 1):
        rep = ctx.person(y0=1962, y1=1993)
        d = ctx.day(2023, 6, 8)
        rows.append(render("{i}｜{no}｜{item}｜{nm}｜{u}｜{rep}｜{lic}｜{d}",
                           i=f"{i:02d}", no=ctx.docno(a, 2023, 300 + i * 3), item=item, nm=ctx.org(nm),
                           u=ctx.uscc("370902" if kind != "93" else "370911", kind), rep=ctx.name(rep),
                           lic=ctx.serial(14, pre), d=T("event_date", f"{d:%Y-%m-%d}")))
    return render(
        """泰安市行政审批服务局行政许可信息公示
（2023年6月—8月）

    按照“双公示”工作要求，现将本局作出的行政许可决定信息公示如下：

序号｜行政许可决定书文号｜许可事项｜行政相对人名称｜统一社会信用代码｜法定代表人/经营者｜许可证编号｜许可决定日期
{rows}

许可机关：{agency}　　设定依据：{law}
数据更新日期：2023年8月31日
""",
        rows=join("\n", rows), agency=ctx.an(a), law=ctx.law("中华人民共和国行政许可法"),
    )
