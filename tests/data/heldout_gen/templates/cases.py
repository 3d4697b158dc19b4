"""Single-case decisions and notices: 行政复议决定书, 告知书, 事先告知书, 信访复查意见, 工伤认定, 火灾事故认定."""

from __future__ import annotations

from ..identities import AREAS, Factory
from .common import (A, Doc, E, P, T, age, agency_email, agency_phone, dob, email, hotline, idc, land, mob,
                     official)


def reconsideration(d: Doc, f: Factory) -> None:
    ar = AREAS["430202"]
    p1 = f.person(area="430202")
    p3 = f.person(area="430202")
    lawyer = f.person(kind="compound")
    a1, a3 = A(f.urban(ar, 3)), A(f.urban(ar, 0))
    d.add("株洲市荷塘区人民政府\n行政复议决定书\n\n{no}\n\n", no=T("doc_number", "荷政复决字〔2024〕第19号"))
    d.add("申请人：{p1}，{sex}，{dob1}出生，汉族，住{a1}，公民身份号码{id1}，联系电话{m1}。\n",
          p1=P(p1.name), sex=p1.sex, dob1=dob(p1), a1=a1, id1=idc(p1), m1=mob(p1))
    d.add("委托代理人：{lw}，湖南湘楚律师事务所律师，联系电话{ml}。\n", lw=P(lawyer.name), ml=mob(lawyer, "dash"))
    d.add("被申请人：{ag}，住所地{aa}。\n法定代表人：{o1}，局长。\n",
          ag=T("agency_name", "株洲市荷塘区城市管理和综合执法局"), aa=T("org_address", "株洲市荷塘区新华东路388号"),
          o1=official(d, "龚立新"))
    d.add("第三人：{p3}，{sex}，{a}岁，住{a3}。\n\n", p3=P(p3.name), sex=p3.sex, a=age(p3), a3=a3)
    d.add("申请人{p1}不服被申请人于{d1}作出的《责令限期拆除决定书》（{no}），于{d2}向本机关申请行政复议，本机关依法"
          "已予受理。因{p3}与被申请复议的行政行为有利害关系，本机关依法通知其作为第三人参加行政复议。本案现已审理终结。\n\n",
          p1=P(p1.name), d1=T("event_date", "2024年1月12日"), no=T("doc_number", "荷城执责拆字〔2024〕第006号"),
          d2=T("event_date", "2024年2月20日"), p3=P(p3.name))
    d.add("申请人请求：撤销被申请人作出的上述责令限期拆除决定。\n\n"
          "申请人称：其位于{a1}的房屋后院搭建的彩钢棚系2009年为存放农具所建，已使用十余年，被申请人未听取申请人陈述申辩"
          "即作出拆除决定，程序违法。第三人{p3}与申请人素有邻里纠纷，其举报内容与事实不符。\n\n",
          a1=a1, p3=P(p3.name))
    d.add("被申请人称：2023年11月6日，被申请人接到群众举报（举报人{ps1}），反映{j}有居民违法搭建。执法人员{ps2}、"
          "{ps3}于次日现场勘查，确认申请人在后院搭建彩钢棚约{amt}，未取得建设工程规划许可证。被申请人于{d3}向申请人"
          "送达《责令限期改正通知书》，申请人逾期未改正，被申请人依据{st}作出本案决定，事实清楚，程序合法。\n\n",
          ps1=T("pseudonym", "李某某"), j=T("jurisdiction", "荷塘区宋家桥街道"), ps2=T("pseudonym", "王某"),
          ps3=T("pseudonym", "赵××"), amt="46平方米", d3=T("event_date", "2023年11月20日"),
          st=T("statute", "《中华人民共和国城乡规划法》第六十五条"))
    d.add("第三人{p3}称：申请人搭建的彩钢棚遮挡其住宅采光，雨天积水流入其院内，请求维持被申请人的决定。\n\n",
          p3=P(p3.name))
    d.add("本机关查明：申请人{p1}系上述房屋的所有权人。被申请人在作出决定前未告知申请人享有陈述、申辩的权利，亦未听取"
          "申请人的意见。以上事实有现场勘验笔录、询问笔录、照片等证据证实。\n\n"
          "本机关认为：被申请人作出的决定未履行告知程序，违反法定程序。根据{st}的规定，本机关决定：\n"
          "撤销被申请人作出的{no}《责令限期拆除决定书》，责令被申请人在六十日内重新作出行政行为。\n\n",
          p1=P(p1.name), st=T("statute", "《中华人民共和国行政复议法》第六十四条第一款"),
          no=T("doc_number", "荷城执责拆字〔2024〕第006号"))
    d.add("申请人、第三人如不服本决定，可以自收到本决定书之日起十五日内，依法向人民法院提起行政诉讼。\n\n"
          "联系电话：{tel}\n\n株洲市荷塘区人民政府\n{dt}\n", tel=agency_phone(d, "0731-28526019"),
          dt=T("event_date", "2024年4月18日"))


def disclosure_notice(d: Doc, f: Factory) -> None:
    ar = AREAS["620502"]
    p = f.person(area="620502")
    d.add("天水市秦州区人民政府办公室\n政府信息公开申请告知书\n\n{no}\n\n", no=T("doc_number", "秦政办依告〔2024〕第27号"))
    d.add("{p}：\n", p=P(p.name))
    d.add("    本机关于{d1}收到您通过信函方式提交的《政府信息公开申请表》，您在申请表中填写的通讯地址为{a}，联系电话"
          "{m}，电子邮箱{e}。您申请公开“{j}2019年至2023年农村危房改造补助资金发放明细”。\n",
          d1=T("event_date", "2024年3月4日"), a=A(f.rural(ar, 0)), m=mob(p, "space"), e=email(f),
          j=T("jurisdiction", "秦州区玉泉镇"))
    d.add("    经审查，现告知如下：\n"
          "    一、您申请的信息中，补助资金的拨付文件已于2023年9月在天水市秦州区人民政府门户网站“政府信息公开”栏目"
          "主动公开，您可自行查阅。根据{st1}的规定，本机关告知您获取该信息的方式和途径。\n"
          "    二、补助对象名单中包含农户姓名、身份证号码、银行账号等个人信息，根据{st2}的规定，本机关已书面征求相关"
          "第三方意见。已公开的名单中姓名已作去标识化处理（如{ps1}、{ps2}），身份证号码显示为{mk}形式。\n"
          "    三、您在申请表中提及的“村干部{ps3}违规优亲厚友”问题，不属于政府信息公开申请范围，建议您向秦州区纪委监委"
          "反映。\n\n",
          st1=T("statute", "《中华人民共和国政府信息公开条例》第三十六条第（一）项"),
          st2=T("statute", "《中华人民共和国政府信息公开条例》第三十二条"),
          ps1=T("pseudonym", "张某某"), ps2=T("pseudonym", "刘某"),
          mk=T("masked_value", "6205**********1234"), ps3=T("pseudonym", "王某甲"))
    d.add("    如对本告知不服，可以自收到本告知书之日起六十日内向天水市人民政府申请行政复议，或者在六个月内向人民法院提起"
          "行政诉讼。\n\n    联系人：{o}    联系电话：{tel}\n    邮箱：{em}\n\n天水市秦州区人民政府办公室\n{dt}\n",
          o=official(d, "晏国栋"), tel=agency_phone(d, "0938-8213346"), em=agency_email(d, "qzqzfxxgk@163.com"),
          dt=T("event_date", "2024年3月22日"))


def withhold_notice(d: Doc, f: Factory) -> None:
    ar = AREAS["341122"]
    ap = f.person(area="341122")
    third = f.person(area="341122")
    third2 = f.person(area="341122", kind="rare")
    d.add("来安县自然资源和规划局\n不予公开政府信息告知书\n\n{no}\n\n{p}：\n",
          no=T("doc_number", "来自然资告〔2024〕11号"), p=P(ap.name))
    d.add("    本机关于{d1}收到你提交的政府信息公开申请，申请获取“半塔镇{pl}宅基地审批材料，包括申请人{t1}、{t2}的"
          "宅基地使用权申请表、户口簿、身份证复印件及四至界址图”。\n",
          d1=T("event_date", "2024年5月8日"), pl=T("place_name", "马家村"), t1=P(third.name), t2=P(third2.name))
    d.add("    本机关依据{st}的规定，于{d2}向第三方{t1}、{t2}发出征求意见书。{t1}于{d3}书面答复不同意公开，{t2}逾期未"
          "答复。经审查，你申请的材料中载有{t1}的公民身份号码{id1}、家庭住址{a1}、{t2}的联系电话{m2}等个人信息，"
          "公开后会对第三方合法权益造成损害。\n",
          st=T("statute", "《中华人民共和国政府信息公开条例》第三十二条"), d2=T("event_date", "2024年5月13日"),
          t1=P(third.name), t2=P(third2.name), d3=T("event_date", "2024年5月20日"), id1=idc(third),
          a1=A(f.rural(ar, 0)), m2=mob(third2))
    d.add("    根据{st2}的规定，本机关决定对你申请的上述个人信息不予公开；宅基地审批结果（批准文号、面积、位置）已在半塔镇"
          "政务公开栏公示，可以向你提供，详见附件。\n\n",
          st2=T("statute", "《中华人民共和国政府信息公开条例》第十五条"))
    d.add("    如不服本决定，可在收到本告知书之日起六十日内向滁州市自然资源和规划局或者来安县人民政府申请行政复议，也可以在"
          "六个月内向人民法院提起行政诉讼。\n\n    附件：宅基地审批结果一览表\n\n"
          "    联系人：{o}  电话：{tel}\n\n来安县自然资源和规划局\n{dt}\n",
          o=official(d, "符建华"), tel=agency_phone(d, "0550-5622178"), dt=T("event_date", "2024年5月31日"))


def penalty_prior_notice(d: Doc, f: Factory) -> None:
    ar = AREAS["330782"]
    p = f.person(area="330782", age=(25, 55))
    w = f.person(area="330782")
    plate = f.plate(ar)
    d.add("义乌市交通运输局\n行政处罚事先告知书\n\n{no}\n\n", no=T("doc_number", "义交罚告字〔2024〕第0312号"))
    d.add("当事人：{p}\n性别：{sex}    出生日期：{b}\n身份证件号码：{id}\n住址：{a}\n联系电话：{m}\n车辆号牌：{pl}\n\n",
          p=P(p.name), sex=p.sex, b=dob(p, "dash"), id=idc(p), a=A(f.urban(ar, 0)), m=mob(p, "plus86"),
          pl=E("CN_LICENSE_PLATE", plate))
    d.add("    {d1}14时20分许，本局执法人员在{loc}检查时发现，当事人{p}驾驶{pl}小型普通客车，未取得网络预约出租汽车"
          "运输证，通过网络平台承接乘客{w}从稠城街道至{pl2}的订单，收取车费{amt}。以上事实有现场检查笔录、询问笔录、"
          "乘客{w}的证人证言、电子订单截图等证据证实。\n",
          d1=T("event_date", "2024年6月15日"), loc=T("jurisdiction", "义乌市国际商贸城二区东门"),
          p=P(p.name), pl=E("CN_LICENSE_PLATE", plate), w=P(w.name), pl2=T("place_name", "宾王路"),
          amt=T("amount", "人民币48元"))
    d.add("    当事人的行为违反了{st1}的规定，依据{st2}的规定，本局拟对当事人作出如下行政处罚：罚款{amt}。\n\n"
          "    根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你有权进行陈述和申辩。根据第六十三条的规定，"
          "你有权要求听证。如你要求陈述、申辩或听证，应当在收到本告知书之日起五日内向本局提出，逾期视为放弃。\n\n",
          st1=T("statute", "《网络预约出租汽车经营服务管理暂行办法》第十三条"),
          st2=T("statute", "《网络预约出租汽车经营服务管理暂行办法》第三十四条"), amt=T("amount", "人民币壹万元"))
    d.add("    执法人员：{o1}（执法证号{s1}）、{o2}（执法证号{s2}）\n    联系电话：{tel}\n"
          "    投诉举报电话：{hl}\n\n义乌市交通运输局\n{dt}\n\n当事人签收：{p}    {d2}\n",
          o1=official(d, "滕玉成"), s1=T("serial_number", "33078210021"), o2=official(d, "詹海鹰"),
          s2=T("serial_number", "33078210057"), tel=agency_phone(d, "0579-85526120"), hl=hotline(d, "12328"),
          dt=T("event_date", "2024年6月20日"), p=P(p.name), d2=T("event_date", "2024年6月21日"))


def petition_review(d: Doc, f: Factory) -> None:
    ar = AREAS["610424"]
    p = f.person(area="610424", sex="男", age=(55, 80))
    son = f.relative(p, "男", area="610113", age=(28, 45))
    neighbor = f.person(area="610424", kind="rare")
    d.newline = "crlf"
    d.add("乾县人民政府信访事项复查意见书\n\n{no}\n\n", no=T("doc_number", "乾信复查〔2024〕8号"))
    d.add("复查请求人：{p}，{sex}，{b}生，身份证号：{id}，住{a}，电话：{m}。\n",
          p=P(p.name), sex=p.sex, b=dob(p, "cn"), id=idc(p), a=A(f.rural(ar, 0)), m=land(f, ar, "dash"))
    d.add("委托人：{s}（系复查请求人之子），现住{a2}，手机{m2}。\n\n",
          s=P(son.name), a2=A(f.urban(AREAS["610113"], 1)), m2=mob(son, "dash"))
    d.add("    复查请求人{p}不服{ag}于{d1}作出的《信访事项处理意见书》（{no}），于{d2}向本机关提出复查申请。本机关"
          "依法受理并进行了复查，现将复查意见告知如下。\n\n",
          p=P(p.name), ag=T("agency_name", "乾县薛录镇人民政府"), d1=T("event_date", "2024年2月26日"),
          no=T("doc_number", "薛信处〔2024〕3号"), d2=T("event_date", "2024年3月11日"))
    d.add("    一、信访事项及原处理情况\n    {p}反映：其承包的位于薛录镇{pl}东侧的3.2亩耕地，2022年被邻户{n}占用修建"
          "养殖大棚，镇村两级多次调解未果；要求恢复耕地并赔偿损失。薛录镇人民政府经调查认为，该地块权属存在争议，已建议双方"
          "通过土地承包经营纠纷仲裁解决。\n\n",
          p=P(p.name), pl=T("place_name", "周家村"), n=P(neighbor.name))
    d.add("    二、复查认定的事实\n    经调阅第二轮土地承包合同（编号{sn}）和2019年确权登记资料，争议地块登记在{p}户名下。"
          "{n}称该地块系1996年与{p}的堂兄{ps}口头互换所得，但未提供书面证据。村民委员会证明材料由时任村委会主任"
          "{ps2}出具，与确权资料不符。\n\n",
          sn=T("serial_number", "6104242030070019"), p=P(p.name), n=P(neighbor.name), ps=T("pseudonym", p.name[0] + "某"),
          ps2=T("pseudonym", "赵××"))
    d.add("    三、复查意见\n    依据{st}的规定，本机关认为原处理意见认定事实不清，决定撤销薛录镇人民政府作出的处理意见，"
          "责成其在30日内会同县农业农村局重新调查处理，并将结果书面答复{p}。\n\n"
          "    如不服本复查意见，可自收到之日起30日内向咸阳市人民政府信访局请求复核。\n\n"
          "乾县人民政府信访复查复核委员会（代章）\n{dt}\n\n抄送：{s}\n",
          st=T("statute", "《信访工作条例》第三十五条"), p=P(p.name), dt=T("event_date", "2024年4月9日"),
          s=P(son.name))


def work_injury(d: Doc, f: Factory) -> None:
    ar = AREAS["450103"]
    w = f.person(area="450923", sex="男", age=(30, 52))
    wit1 = f.person(area="450103")
    wit2 = f.person(area="450103", single=True)
    boss = f.person(area="450103")
    uscc = f.uscc("450103")
    d.add("南宁市人力资源和社会保障局\n认定工伤决定书\n\n{no}\n\n", no=T("doc_number", "南人社工伤认字〔2024〕第1187号"))
    d.add("申请人：{w}\n受伤害职工：{w}\n性别：男    出生日期：{b}\n身份证号码：{id}\n家庭住址：{a}\n"
          "联系电话：{m}\n\n", w=P(w.name), b=dob(w, "dash"), id=idc(w), a=A(f.rural(AREAS["450923"], 0)),
          m=mob(w, "fullwidth"))
    d.add("用人单位：{org}\n统一社会信用代码：{u}\n住所：{oa}\n法定代表人：{boss}\n\n",
          org=T("org_name", "广西南宁王朝建筑劳务有限公司"), u=E("CN_USCC", uscc),
          oa=T("org_address", "南宁市青秀区民族大道138号东盟商务大厦11楼"), boss=P(boss.name))
    d.add("    {w}于{d1}向本局提出工伤认定申请，本局于{d2}予以受理。经调查核实：{w}系{org}招用的木工，"
          "{d3}9时40分许，{w}在{loc}的“青秀华府”项目7号楼施工时，从脚手架上跌落，造成左跟骨粉碎性骨折、腰1椎体压缩性"
          "骨折。事发时在场的工友{x1}、{x2}证实了上述经过。\n",
          w=P(w.name), d1=T("event_date", "2024年4月2日"), d2=T("event_date", "2024年4月7日"),
          org=T("org_name", "广西南宁王朝建筑劳务有限公司"), d3=T("event_date", "2024年1月18日"),
          loc=T("jurisdiction", "南宁市青秀区中山路"), x1=P(wit1.name), x2=P(wit2.name))
    d.add("    本局认为，{w}受到的事故伤害，符合{st}规定的工伤认定范围，现予以认定为工伤。\n\n"
          "    如对本工伤认定决定不服，可自收到本决定书之日起60日内向南宁市人民政府申请行政复议，或者6个月内向青秀区"
          "人民法院提起行政诉讼。\n\n南宁市人力资源和社会保障局（工伤认定专用章）\n{dt}\n\n"
          "抄送：{org}，{w}，南宁市社会保险事业局\n",
          w=P(w.name), st=T("statute", "《工伤保险条例》第十四条第（一）项"), dt=T("event_date", "2024年5月30日"),
          org=T("org_name", "广西南宁王朝建筑劳务有限公司"))


def fire_accident(d: Doc, f: Factory) -> None:
    ar = AREAS["220104"]
    owner = f.person(area="220104", age=(40, 70))
    tenant = f.person(area="230126", age=(22, 40))
    caller = f.person(area="220104", kind="compound")
    car_owner = f.person(area="220104")
    home = f.urban(ar, 0)
    plate = f.plate(ar, energy=True)
    d.add("长春市朝阳区消防救援大队\n火灾事故认定书\n\n{no}\n\n", no=T("doc_number", "长朝消火认字〔2024〕第0021号"))
    d.add("起火单位（户）：{o}\n起火地址：{a}\n起火时间：{t}\n\n", o=P(owner.name), a=A(home),
          t=T("event_date", "2024年2月3日2时许"))
    d.add("火灾事故当事人：\n    {o}，{sex}，{b}出生，房屋所有人，身份证号{id}，联系电话{m}；\n"
          "    {t}，{sex2}，{b2}出生，承租人，户籍地{ta}，联系电话{m2}。\n\n",
          o=P(owner.name), sex=owner.sex, b=dob(owner), id=idc(owner), m=mob(owner, "dash"),
          t=P(tenant.name), sex2=tenant.sex, b2=dob(tenant), ta=A(f.rural(AREAS["230126"], 1)),
          m2=mob(tenant))
    d.add("    {d1}2时17分，本大队接到{c}报警（报警电话{cm}），称{a}冒出浓烟。本大队调派3车15人到场处置，3时05分明火"
          "扑灭。火灾烧毁室内家具、电器等物品，过火面积约22平方米，停放在楼下的电动汽车（号牌{pl}，车主{co}）被坠落物"
          "砸损，无人员伤亡，直接财产损失{amt}。\n\n",
          d1=T("event_date", "2024年2月3日"), c=P(caller.name), cm=mob(caller, "space"), a=A(home),
          pl=E("CN_LICENSE_PLATE", plate), co=P(car_owner.name), amt=T("amount", "人民币7.6万元"))
    d.add("    经现场勘验、调查询问、视频分析，认定起火部位位于次卧室南墙处，起火原因为承租人{t}在室内为电动自行车"
          "蓄电池充电时，蓄电池故障引燃周围可燃物所致。{t}违反{st}的规定，应承担相应责任；房屋所有人{o}未履行对承租人"
          "的消防安全提示义务。\n\n"
          "    当事人如对本认定有异议，可自收到本认定书之日起三日内，向长春市消防救援支队提出书面复核申请。\n\n"
          "长春市朝阳区消防救援大队\n{dt}\n\n咨询电话：{tel}    火警电话：{hl}\n",
          t=P(tenant.name), st=T("statute", "《吉林省消防条例》第二十六条"), o=P(owner.name),
          dt=T("event_date", "2024年3月1日"), tel=agency_phone(d, "0431-85076119"), hl=hotline(d, "119"))


def legal_aid(d: Doc, f: Factory) -> None:
    ar = AREAS["360722"]
    d.add("信丰县司法局\n关于2024年第一季度法律援助案件办理情况的通报\n\n各司法所、法律援助工作站、律师事务所：\n"
          "    2024年第一季度，县法律援助中心共受理法律援助案件137件，其中民事案件89件、刑事案件41件、行政案件7件，"
          "为受援人挽回经济损失{amt}。现将有关情况通报如下。\n\n一、典型案例\n",
          amt=T("amount", "326.5万元"))
    workers = [f.person(area="360722") for _ in range(3)]
    lw1, lw2, lw3 = (f.person() for _ in range(3))
    d.add("    （一）农民工{a}、{b}、{c}等23人追索劳动报酬案。受援人{a}等人在{org}承建的工地务工，被拖欠工资{amt}。"
          "承办律师{l1}于{d1}受指派后，陪同受援人向劳动人事争议仲裁委员会申请仲裁，最终为23名农民工追回全部欠薪。"
          "受援人代表{a}（联系电话{m}）送来锦旗表示感谢。\n",
          a=P(workers[0].name), b=P(workers[1].name), c=P(workers[2].name), org=T("org_name", "赣州鑫诚建设有限公司"),
          amt=T("amount", "68.4万元"), l1=P(lw1.name), d1=T("event_date", "2024年1月9日"), m=mob(workers[0], "dash"))
    old = f.person(area="360722", sex="男", age=(75, 88))
    kids = [f.relative(old, s) for s in ("男", "女")]
    d.add("    （二）{o}赡养纠纷案。受援人{o}，男，{age}岁，住{a}，丧偶独居，其子{k1}、女{k2}长期未支付赡养费。承办律师{l2}"
          "多次上门调解未果后代为起诉，法院判决{k1}、{k2}每月各支付赡养费{amt}。\n",
          o=P(old.name), age=age(old), a=A(f.rural(ar, 0)), k1=P(kids[0].name), k2=P(kids[1].name), l2=P(lw2.name),
          amt=T("amount", "600元"))
    minor = f.person(area="360722", age=(15, 17))
    mom = f.person(area="360722", sex="女")
    d.add("    （三）未成年人{x}涉嫌盗窃案。县法律援助中心依法通知律师{l3}为其提供辩护，{l3}会见了{x}及其母亲{m}"
          "（电话{tel}，邮箱{e}），促成退赃退赔，检察机关作出附条件不起诉决定（{cn}）。\n\n",
          x=T("pseudonym", "小李（化名）"), l3=P(lw3.name), m=P(mom.name), tel=mob(mom, "space"), e=email(f),
          cn=T("case_number", "信检未刑不诉〔2024〕2号"))
    d.add("二、存在问题\n    部分案件结案归档不及时，个别律师未按规定向受援人告知案件进展。{l2}律师承办的案件中，有1件未在规定时限"
          "内提交结案材料。\n\n三、下步工作\n    各律师事务所要严格落实法律援助案件质量评估制度，畅通{hl}法律服务热线，"
          "做到应援尽援。\n\n信丰县司法局\n{dt}\n\n（联系人：{o1}，电话：{tel}）\n",
          l2=P(lw2.name), hl=hotline(d, "12348"), dt=T("event_date", "2024年4月12日"), o1=official(d, "卜庆云"),
          tel=agency_phone(d, "0797-3322148"))


def land_dispute(d: Doc, f: Factory) -> None:
    ar = AREAS["230126"]
    ap = f.person(area="230126", sex="男", age=(45, 70))
    rp = f.person(area="230126", sex="男", age=(40, 70), kind="rare")
    rp_wife = f.person(area="230126", sex="女", age=(40, 70))
    agent = f.relative(ap, "女", age=(25, 40))
    wit = [f.person(area="230126", age=(55, 85)) for _ in range(2)]
    a_ap, a_rp = A(f.rural(ar, 0, "兴隆镇")), A(f.rural(ar, 1, "兴隆镇"))
    d.add("巴彦县人民政府\n土地权属争议案件处理决定书\n\n{no}\n\n", no=T("doc_number", "巴政土决〔2024〕3号"))
    d.add("申请人：{ap}，男，{b}出生，住{a}，身份证号{id}。\n委托代理人：{ag}，系申请人之女，联系电话{m}。\n"
          "被申请人：{rp}，男，{b2}出生，住{a2}，联系电话{m2}。\n\n",
          ap=P(ap.name), b=dob(ap, "ym"), a=a_ap, id=idc(ap), ag=P(agent.name), m=mob(agent, "space"),
          rp=P(rp.name), b2=dob(rp, "dot"), a2=a_rp, m2=mob(rp, "dash"))
    d.add("    申请人{ap}与被申请人{rp}因{loc}一处宅基地（俗称“{pl}老宅”）使用权发生争议，经{town}人民政府调解未果，申请人"
          "于{d1}向本机关申请处理。本机关受理后，依法组织双方举证、质证，并进行了现场勘查。\n\n",
          ap=P(ap.name), rp=P(rp.name), loc=T("jurisdiction", "巴彦县兴隆镇"), pl=T("place_name", "马家屯"),
          town="兴隆镇", d1=T("event_date", "2023年10月16日"))
    d.add("    申请人称：争议宅基地系其父{fa}于1983年经原生产队分配取得，1998年房屋倒塌后一直作为菜园使用，"
          "被申请人于2022年擅自在该地块上修建仓房。\n"
          "    被申请人称：该地块于1999年由其妻{w}从{fa}处以800元购得，有{fa}出具的收条为证。\n\n",
          fa=T("pseudonym", ap.name[0] + "某某"), w=P(rp_wife.name))
    d.add("    证人{x1}（原生产队会计）证明：1983年分配宅基地的名册中记载该地块分给申请人一户。证人{x2}证明：曾见过被申请人之妻"
          "{w}向{fa}交付现金，但不清楚交付原因。\n\n"
          "    本机关认为：农村宅基地属于集体所有，宅基地使用权不得私自买卖。被申请人提供的收条不能证明取得宅基地"
          "使用权。依照{st}的规定，决定如下：\n"
          "    争议宅基地使用权归申请人{ap}所有；被申请人{rp}应于本决定生效之日起六十日内自行拆除所建仓房。\n\n"
          "    如不服本决定，可在收到本决定书之日起六十日内向哈尔滨市人民政府申请行政复议，或者六个月内向人民法院提起"
          "行政诉讼。\n\n巴彦县人民政府\n{dt}\n\n"
          "经办人：{o}（县自然资源局）\n\n送达回执\n    申请人（签名）：{ap}    {d2}\n    被申请人（签名）：{rp}    拒签，"
          "见证人：{x2}\n",
          x1=P(wit[0].name), x2=P(wit[1].name), w=P(rp_wife.name), fa=T("pseudonym", ap.name[0] + "某某"),
          st=T("statute", "《土地权属争议调查处理办法》第二十五条"), ap=P(ap.name), rp=P(rp.name),
          dt=T("event_date", "2024年1月22日"), o=official(d, "庞国华"), d2=T("event_date", "2024年1月25日"))
