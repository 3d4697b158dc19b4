"""Replies, minutes and notices: 人大代表建议答复, 政协提案答复, 会议纪要, 通报表扬, 内部通知."""

from __future__ import annotations

from ..identities import AREAS, Factory
from .common import (A, Doc, E, P, T, agency_email, agency_phone, card, dob, email, hotline, idc, land, mob,
                     official)


def deputy_reply(d: Doc, f: Factory) -> None:
    lead = f.person(area="230103")
    co = [f.person(area="230103", kind=k) for k in ("any", "compound", "any", "rare", "any")]
    d.add("哈尔滨市南岗区住房和城乡建设局\n对区十八届人大三次会议第0627号建议的答复\n\n{no}\n\n{p}代表：\n",
          no=T("doc_number", "南住建建复〔2024〕21号"), p=P(lead.name))
    d.add("    您在区十八届人大三次会议上提出的《关于加快推进花园街道老旧小区加装电梯的建议》（联名代表：{a}、{b}、{c}、"
          "{e}、{g}）收悉。现答复如下：\n",
          a=P(co[0].name), b=P(co[1].name), c=P(co[2].name), e=P(co[3].name), g=P(co[4].name))
    d.add("    一、基本情况。{j}共有2000年以前建成的老旧小区312个，其中多层住宅具备加装电梯条件的约1,460个单元。"
          "2023年，我局会同各街道完成加装电梯187部，其中花园街道41部。\n"
          "    二、存在的困难。一是居民意见难以统一，低层住户担心采光、噪音问题；二是管线迁改费用高；三是后期维保资金"
          "来源不稳定。{b}代表在调研中反映的{pl}宿舍楼一层住户反对问题，我局已会同街道多次组织协商。\n"
          "    三、下步工作。我局将认真吸纳{p}代表等的建议，按照{pf}，积极争取上级补助资金，对每部电梯补助{amt}；"
          "推行“一梯一策”协商机制，探索“以租代购”等模式。\n\n",
          j=T("jurisdiction", "南岗区"), b=P(co[1].name), pl=T("place_name", "王府井街"), p=P(lead.name),
          pf=T("public_figure", "习近平新时代中国特色社会主义思想"), amt=T("amount", "15万元"))
    d.add("    衷心感谢您对住房和城乡建设工作的关心和支持！\n\n"
          "    联系单位及电话：区住房和城乡建设局物业科，{tel}\n    联系人：{o}\n\n"
          "哈尔滨市南岗区住房和城乡建设局\n{dt}\n\n"
          "抄送：区人大常委会人事代表工作委员会，区政府督查室，{p}代表（通讯地址：{a}，手机：{m}，电子邮箱：{e}）\n",
          tel=agency_phone(d, "0451-86302177"), o=official(d, "甘宏伟"), dt=T("event_date", "2024年6月17日"),
          p=P(lead.name), a=A(f.urban(AREAS["230103"], 1)), m=mob(lead, "space"), e=email(f))


def cppcc_reply(d: Doc, f: Factory) -> None:
    lead = f.person(area="450103", kind="minority")
    others = [f.person(area="450103") for _ in range(2)]
    d.add("南宁市青秀区卫生健康局\n关于政协青秀区第十一届委员会第三次会议第112号提案的答复\n\n{no}\n\n{a}委员：\n",
          no=T("doc_number", "青卫健提复〔2024〕9号"), a=P(lead.name))
    d.add("    您提出的《关于加强社区医养结合服务的提案》收悉。该提案由{a}委员牵头，{b}委员、{c}委员附议。经认真研究，"
          "现答复如下：\n    一、坚持以人民为中心。我们深入学习贯彻{pf}，认真落实{pf2}关于卫生与健康工作的论述，"
          "把医养结合作为积极应对人口老龄化的重要举措。\n"
          "    二、推进情况。全区已建成医养结合机构9家，家庭医生签约服务覆盖65岁以上老年人4.2万人。您在提案中提到的{pl}"
          "社区卫生服务站与养老服务中心“两院一体”试点，已于2024年3月投入运行。\n"
          "    三、下一步打算。一是推动新竹、中山、建政街道每个街道至少建成1家医养结合服务中心；二是探索长期护理保险"
          "试点；三是加强基层医护人员培训。\n\n"
          "    感谢{a}委员对卫生健康工作的关心和支持。\n\n",
          a=P(lead.name), b=P(others[0].name), c=P(others[1].name),
          pf=T("public_figure", "习近平新时代中国特色社会主义思想"), pf2=T("public_figure", "习近平总书记"),
          pl=T("place_name", "中山路"))
    d.add("    领导署名：{o}\n    联系人：{o2}    联系电话：{tel}\n\n南宁市青秀区卫生健康局\n{dt}\n\n"
          "（本提案办理复文公开时已删除委员联系方式）\n抄送：区政协提案委员会；{a}委员（{m}）\n",
          o=official(d, "凌晓东"), o2=official(d, "傅继明"), tel=agency_phone(d, "0771-5532081"),
          dt=T("event_date", "2024年7月3日"), a=P(lead.name), m=mob(lead, "dash"))


def minutes(d: Doc, f: Factory) -> None:
    ar = AREAS["500112"]
    d.add("{mk}\n\n重庆市渝北区人和街道办事处\n关于翠云片区房屋征收矛盾化解工作的会议纪要\n\n{no}\n\n",
          mk=E("CLASSIFIED_MARK", "此件不公开"), no=T("doc_number", "人和纪要〔2024〕14号"))
    d.add("    {dt}下午，街道党工委副书记、办事处主任{o1}在街道三楼会议室主持召开专题会议，研究翠云片区3户未签约被征收户"
          "的矛盾化解问题。现纪要如下。\n\n"
          "    出席：{o1}、{o2}、{o3}\n    列席：区房屋征收事务中心{o4}，社区党委书记{o5}，被征收户代表{r1}、{r2}，"
          "律师{lw}\n    记录：{o6}\n\n",
          dt=T("event_date", "2024年9月12日"), o1=official(d, "闵秀兰"), o2=official(d, "柯文彬"),
          o3=official(d, "祁建军"), o4=official(d, "牛光辉"), o5=official(d, "包德胜"),
          r1=P((r1 := f.person(area="500112")).name), r2=P((r2 := f.person(area="500112", kind="rare")).name),
          lw=P((lw := f.person()).name), o6=official(d, "左红梅"))
    h1 = f.person(area="500112", age=(60, 80))
    h2 = f.person(area="500112", kind="compound")
    h3 = f.person(area="500112", single=True)
    a1, a2, a3 = (A(f.urban(ar, s)) for s in (3, 1, 0))
    d.add("    会议听取了征收事务中心关于3户未签约情况的汇报：\n"
          "    1. {h1}户（被征收房屋位于{a1}），户主{h1}年事已高，其子{son}在外务工，要求按产权调换安置两套住房；\n"
          "    2. {h2}户（{a2}），因家庭内部对补偿款分配存在分歧未签约，{h2}本人同意签约，其兄{bro}不同意；\n"
          "    3. {h3}户（{a3}），要求对其经营的{org}的停产停业损失另行补偿，已提供营业执照及2021—2023年纳税证明。\n\n",
          h1=P(h1.name), a1=a1, son=P((son := f.relative(h1, "男")).name), h2=P(h2.name), a2=a2,
          bro=P((bro := f.relative(h2, "男")).name), h3=P(h3.name), a3=a3,
          org=T("org_name", "渝北区张记火锅店"))
    d.add("    会议议定：\n    一、由{o2}牵头，社区干部与{h1}的儿子{son}电话沟通（{sm}），讲清产权调换政策，力争10月底前签约。\n"
          "    二、对{h2}户，请{lw}律师向当事人释明继承及共有财产分割的法律规定，必要时引导通过诉讼解决。\n"
          "    三、对{h3}户停产停业损失，委托评估机构依据{st}进行评估，费用由征收部门承担。\n"
          "    四、被征收户代表{r1}、{r2}反映的过渡安置费发放不及时问题，由征收事务中心于9月20日前核实处理。\n\n"
          "    会后，{r1}（{m1}）、{r2}（{m2}）表示将协助做好其他住户的解释工作。\n\n"
          "报送：区征收办\n分送：街道领导班子成员，各社区\n",
          o2=official(d, "柯文彬"), h1=P(h1.name), son=P(son.name), sm=mob(son, "plus86"), h2=P(h2.name),
          lw=P(lw.name), h3=P(h3.name), st=T("statute", "《重庆市国有土地上房屋征收与补偿办法》第三十一条"),
          r1=P(r1.name), r2=P(r2.name), m1=mob(r1, "dash"), m2=land(f, ar, "space"))
    _ = bro


NATIONALITY = {"玛丽亚·冈萨雷斯": "西班牙", "伊万·彼得罗夫": "俄罗斯", "艾米丽·约翰逊": "美国", "卡洛斯·席尔瓦": "巴西",
               "佐藤健太": "日本", "朴智贤": "韩国", "汉斯·韦伯": "德国"}


def commendation(d: Doc, f: Factory) -> None:
    ar = AREAS["460106"]
    d.add("海口市龙华区人民政府\n关于对见义勇为先进个人予以通报表扬的决定\n\n{no}\n\n各镇人民政府、街道办事处，区政府各部门：\n",
          no=T("doc_number", "龙府〔2024〕36号"))
    heroes = [f.person(area="460106", sex="男", age=(18, 50)) for _ in range(2)]
    h3 = f.person(area="460106", kind="foreign", pick="汉斯·韦伯")
    d.add("    {d1}傍晚，一名女童在{loc}附近海域溺水，途经此地的{a}、{b}和在海口工作的外籍人士{c}先后跳入海中施救，"
          "三人合力将女童救上岸，女童经送医后脱离危险。{a}在施救过程中被礁石划伤，缝合11针。\n",
          d1=T("event_date", "2024年8月3日"), loc=T("jurisdiction", "龙华区滨海街道万绿园"), a=P(heroes[0].name),
          b=P(heroes[1].name), c=P(h3.name))
    h4 = f.person(area="460106", kind="rare", age=(45, 65))
    d.add("    {d2}凌晨，{x}（{age}岁，城西镇居民）发现邻居家中起火，随即拨打{hl}报警，并冲入屋内将被困老人背出。\n\n",
          d2=T("event_date", "2024年9月14日"), x=P(h4.name), age=2024 - h4.birth.year, hl=hotline(d, "119"))
    d.add("    他们在危急关头挺身而出，生动诠释了社会主义核心价值观。为弘扬正气，经研究，区政府决定对{a}、{b}、{c}、{x}"
          "等同志予以通报表扬，并各给予奖励{amt}。\n\n    附件：见义勇为先进个人基本情况及奖金发放信息\n\n"
          "海口市龙华区人民政府\n{dt}\n\n（此件公开发布，附件不公开）\n\n附件\n\n",
          a=P(heroes[0].name), b=P(heroes[1].name), c=P(h3.name), x=P(h4.name), amt=T("amount", "人民币5000元"),
          dt=T("event_date", "2024年10月9日"))
    for p in (heroes[0], heroes[1], h4):
        bank, c = card(f, "group4")
        d.add("{p}，{sex}，{b}出生，身份证号{id}，住{a}，联系电话{m}，奖金发放账户：{bank}{c}\n",
              p=P(p.name), sex=p.sex, b=dob(p), id=idc(p), a=A(f.home(ar)), m=mob(p), bank=bank, c=c)
    nat = NATIONALITY[h3.name]
    d.add("{p}，男，{nat}籍，联系电话{m}，奖金由区外事办转交。\n", p=P(h3.name), nat=nat, m=mob(h3, "plus86c"))


def classified_notice(d: Doc, f: Factory) -> None:
    d.add("{mk}\n\n宁夏回族自治区银川市兴庆区公安分局\n关于做好重点时段重点人员稳控工作的通知\n\n{no}\n\n各派出所、各大队：\n",
          mk=E("CLASSIFIED_MARK", "机密★1年"), no=T("doc_number", "兴公发〔2024〕41号"))
    d.add("    为做好国庆期间维稳工作，根据上级部署，现就有关事项通知如下。严格遵守{law}，不得擅自复制、转发本通知，"
          "涉及的{ms}须按规定管理。\n\n一、需重点关注的人员\n",
          law=T("law_name", "《中华人民共和国保守国家秘密法》"), ms=T("mark_lookalike", "国家秘密"))
    for i in range(5):
        p = f.person(area="640104", kind="minority" if i == 1 else "any")
        d.add("    {i}. {p}，{sex}，{b}出生，身份证号{id}，住{a}，手机{m}。{why}\n",
              i=i + 1, p=P(p.name), sex=p.sex, b=dob(p, "ymd"), id=idc(p), a=A(f.urban(AREAS["640104"], i % 5)),
              m=mob(p, ("plain", "dash", "space", "plain", "fullwidth")[i]),
              why=("多次赴京上访。", "因征地补偿问题长期信访。", "网上散布不实信息。", "劳资纠纷未解决。",
                   "涉众型经济案件受损人。")[i])
        if i in (0, 4):
            d.add("       该人持有普通护照（号码{pp}），已通报出入境管理部门。\n", pp=E("CN_PASSPORT", f.passport()))
    d.add("\n二、工作要求\n    各派出所要落实“一人一档”，由所长{o}负责……（略）\n\n    联系人：{o2}，电话{tel}\n\n"
          "银川市兴庆区公安分局\n{dt}\n",
          o=official(d, "褚振华"), o2=official(d, "单立群"), tel=agency_phone(d, "0951-6015110"),
          dt=T("event_date", "2024年9月20日"))


def hearing_participants(d: Doc, f: Factory) -> None:
    d.add("大连市西岗区发展和改革局\n关于居民生活用管道天然气价格调整听证会参加人遴选结果的公告\n\n"
          "    根据{st}，我局于{d1}至{d2}公开征集听证会参加人，共收到报名材料57份。经随机抽取和推荐，现将听证会参加人"
          "名单公告如下：\n\n一、消费者（12名）\n", st=T("statute", "《政府制定价格听证办法》第十二条"),
          d1=T("event_date", "2024年10月8日"), d2=T("event_date", "2024年10月17日"))
    jobs = (("退休职工", (62, 75)), ("个体工商户", (30, 55)), ("社区工作者", (26, 50)), ("教师", (25, 55)),
            ("快递员", (20, 40)), ("外卖骑手", (20, 40)), ("会计", (25, 55)), ("大学生", (19, 22)), ("退休教师", (60, 78)),
            ("家政服务员", (35, 58)), ("出租车驾驶员", (30, 58)), ("医生", (30, 58)))
    streets = AREAS["210203"].streets
    for i in range(12):
        job, ages = jobs[i]
        p = f.person(area="210203", kind="minority" if i == 9 else ("compound" if i == 4 else "any"), age=ages,
                     pick="苏和·巴特" if i == 9 else None)
        contact = email(f) if i % 2 == 0 else (land(f, AREAS["210203"], "fwparen" if i == 1 else "dash") if i in (1, 7)
                                               else mob(p, ("plain", "space", "dash")[i % 3]))
        d.add("    {i}. {p}  {sex}  {a}岁  {j}  {street}居民  联系方式：{c}\n", i=i + 1, p=P(p.name), sex=p.sex,
              a=2024 - p.birth.year, j=job, street=f.r.choice(streets),
              c=contact)
    ops = [f.person(area="210203") for _ in range(2)]
    d.add("\n二、经营者（2名）\n    {a}（{o1}）、{b}（{o2}）\n\n三、专家学者（2名）\n    {c}（东北财经大学教授）、{e}（大连理工大学副教授）"
          "\n\n四、人大代表、政协委员（3名）\n    {g}代表、{h}代表、{k}委员\n\n",
          a=P(ops[0].name), o1=T("org_name", "大连中燃城市燃气发展有限公司"), b=P(ops[1].name),
          o2=T("org_name", "大连港华燃气有限公司"), c=P(f.person().name), e=P(f.person(kind="rare").name),
          g=P(f.person(area="210203").name), h=P(f.person(area="210203", single=True).name),
          k=P(f.person(area="210203").name))
    d.add("    听证会定于{d3}9时在{loc}举行。听证会公开举行，欢迎市民旁听，旁听报名电话：{tel}。\n\n"
          "大连市西岗区发展和改革局\n{dt}\n",
          d3=T("event_date", "2024年11月6日"), loc=T("jurisdiction", "西岗区人民广场街道长江路1号区政府第一会议室"),
          tel=agency_phone(d, "0411-83706123"), dt=T("event_date", "2024年10月25日"))


def flood_duty(d: Doc, f: Factory) -> None:
    ar = AREAS["450923"]
    d.add("{mk}\n\n博白县防汛抗旱指挥部办公室\n关于做好第5号台风防御工作的紧急通知\n\n{no}\n\n各镇人民政府，县防指各成员单位：\n"
          "    据气象部门预报，今年第5号台风将于{d1}夜间起影响我县，{j}将出现大暴雨到特大暴雨。为切实做好防御工作，"
          "现将有关事项通知如下。\n\n一、县防指值班安排（24小时）\n",
          mk=E("CLASSIFIED_MARK", "内部明电"), no=T("doc_number", "博防指办电〔2024〕23号"),
          d1=T("event_date", "2024年7月16日"), j=T("jurisdiction", "双凤镇、顿谷镇、水鸣镇"))
    for day, o in (("7月16日", "翟永福"), ("7月17日", "景春生"), ("7月18日", "汝宝林")):
        d.add("    {day}：带班领导{o}，手机{m}\n", day=day, o=official(d, o), m=mob(f.mobile(), "dash"))
    d.add("    县防指办值班电话：{tel}，传真：{fax}\n\n二、重点转移对象\n"
          "    各镇要对地质灾害隐患点、危旧房内群众提前转移。经排查，以下农户须于{d2}18时前完成转移：\n",
          tel=agency_phone(d, "0775-8222316"), fax=agency_phone(d, "0775-8222317"), d2=T("event_date", "7月16日"))
    for i in range(6):
        p = f.person(area="450923", age=(50, 90))
        d.add("    {p}户（{n}人，住{a}，{why}），联系人{c}，电话{m}\n", p=P(p.name), n=1 if i == 5 else f.r.randint(2, 6),
              a=A(f.rural(ar, (0, 1)[i % 2])), why=("屋后边坡有裂缝", "危房C级", "临河低洼", "危房D级", "滑坡隐患点下方",
                                                  "独居老人")[i],
              c=P((c := f.relative(p, f.r.choice("男女"))).name),
              m=land(f, ar, "dash") if i == 3 else mob(c, ("plain", "space")[i % 2]))
    cap = [f.person(area="450923", sex="男", age=(25, 50)) for _ in range(3)]
    d.add("\n三、抢险力量\n    县应急救援突击队（队长{a}，{ma}）、双凤镇民兵应急排（排长{b}，{mb}）、蓝天救援队博白分队"
          "（联络人{c}，{mc}）于{d3}前到{loc}集结待命。\n\n    各地各单位务必于每日17时前将防御工作情况报县防指办，"
          "邮箱{em}。\n\n博白县防汛抗旱指挥部办公室\n{dt}\n",
          a=P(cap[0].name), ma=mob(cap[0]), b=P(cap[1].name), mb=mob(cap[1], "space"), c=P(cap[2].name),
          mc=mob(cap[2], "dash"), d3=T("event_date", "7月16日12时"), loc=T("jurisdiction", "博白县博白镇应急物资储备库"),
          em=agency_email(d, "bbxfzb@163.com"), dt=T("event_date", "2024年7月15日"))
