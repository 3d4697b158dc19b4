"""Rosters and publicity lists: 补偿公示, 救助名单, 表彰通报, 安置房分配, 教师资格, 村务公开, 失信名单, 吊销公告."""

from __future__ import annotations

from ..identities import AREAS, Factory
from .common import (A, Doc, E, P, T, agency_email, agency_phone, card, dob, email, hotline, idc, land, masked_id,
                     masked_mobile, mob, official)


def demolition(d: Doc, f: Factory) -> None:
    ar = AREAS["421087"]
    d.add("松滋市国有土地上房屋征收与补偿办公室\n关于新江口街道滨江片区棚户区改造项目房屋征收补偿情况的公示\n\n"
          "    根据{st}和{doc}，现将滨江片区棚户区改造项目已签约被征收户的补偿情况予以公示，接受社会监督。\n\n"
          "序号｜被征收人｜被征收房屋地址｜认定面积（㎡）｜补偿总额（元）｜补偿款收款账户\n",
          st=T("statute", "《国有土地上房屋征收与补偿条例》第二十九条"),
          doc=T("doc_number", "松政征字〔2023〕4号"))
    for i in range(1, 15):
        p = f.person(area="421087", age=(40, 85))
        area = f.r.randint(38, 140) + f.r.choice((0.12, 0.35, 0.5, 0.86))
        total = int(area * f.r.randint(5200, 6100))
        bank, c = card(f, "group4" if i % 3 == 0 else "plain")
        d.add("{i}｜{p}｜{a}｜{ar}｜{amt}｜{bank}{c}\n", i=i, p=P(p.name), a=A(f.urban(ar, 3 if i % 2 else 1)),
              ar=f"{area:.2f}", amt=T("amount", f"{total:,}"), bank=bank, c=c)
    d.add("\n    公示期为{d1}至{d2}。对公示内容有异议的，请在公示期内向征收办书面反映。\n    监督电话：{tel}\n\n"
          "松滋市国有土地上房屋征收与补偿办公室\n{dt}\n",
          d1=T("event_date", "2024年7月1日"), d2=T("event_date", "2024年7月7日"),
          tel=agency_phone(d, "0716-6228315"), dt=T("event_date", "2024年6月28日"))


def assistance(d: Doc, f: Factory) -> None:
    ar = AREAS["522622"]
    d.add("黄平县民政局\n2024年第二季度临时救助对象名单公示\n\n    依据{st}，经个人申请、镇（街道）审核、县民政局审批，"
          "以下困难家庭符合临时救助条件，现予公示。\n\n"
          "序号  户主姓名  家庭人口  家庭住址  身份证号码  联系电话  救助事由  救助金额\n",
          st=T("statute", "《社会救助暂行办法》第四十七条"))
    reasons = ("因病", "因灾", "因学", "突发事件", "因病", "生活必需支出突增")
    for i in range(1, 19):
        p = f.person(area="522622", kind="rare" if i in (3, 12) else "any", age=(30, 80))
        if i in (5, 11):
            pid, ph = masked_id(p), masked_mobile(p)
        elif i == 15:
            pid, ph = E("CN_ID_CARD", f.id15("522622", p.birth, p.sex)), "无"
        else:
            if i == 8:
                f.force_x(p)
            pid = idc(p, lower_x=i == 8)
            ph = land(f, ar, "dash") if i % 5 == 4 else mob(p, ("plain", "space", "dash")[i % 3])
        d.add("{i}  {p}  {n}  {a}  {id}  {ph}  {r}  {amt}\n", i=i, p=P(p.name), n=f.r.randint(1, 6),
              a=A(f.rural(ar, (0, 1, 3)[i % 3])), id=pid, ph=ph, r=reasons[i % len(reasons)],
              amt=T("amount", f"{f.r.choice((800, 1000, 1500, 2000, 3000))}元"))
    d.add("\n    公示时间：{d1}起7日。举报电话：{tel}；黄平县社会救助服务热线：{hl}。\n\n黄平县民政局\n{dt}\n",
          d1=T("event_date", "2024年7月10日"), tel=agency_phone(d, "0855-2422109"), hl=hotline(d, "12345"),
          dt=T("event_date", "2024年7月9日"))


def mediators(d: Doc, f: Factory) -> None:
    d.add("{no}\n\n大理市司法局\n关于表彰2023年度优秀人民调解员的通报\n\n各镇人民政府、街道办事处，各人民调解委员会：\n"
          "    2023年，全市各级人民调解组织深入学习贯彻{pf}，坚持和发展新时代“{fq}”，共排查化解各类矛盾纠纷4,216件。"
          "涌现出一批扎根基层、群众信赖的人民调解员。经各镇（街道）推荐、市司法局审核，决定对以下同志予以通报表扬：\n\n",
          no=T("doc_number", "大市司通〔2024〕5号"), pf=T("public_figure", "习近平法治思想"),
          fq=T("place_name", "枫桥经验"))
    units = (("下关街道", "社区人民调解委员会"), ("太和街道", "社区人民调解委员会"), ("凤仪镇", "人民调解委员会"),
             ("喜洲镇", "人民调解委员会"), ("海东镇", "人民调解委员会"), ("挖色镇", "人民调解委员会"))
    names = []
    for i, (town, kind) in enumerate(units):
        ps = [f.person(area="532901", pick="扎西多吉" if i == 3 and j == 0 else None,
                       kind="minority" if i == 3 and j == 0 else ("compound" if i == 1 and j == 1 else
              ("rare" if i == 4 and j == 2 else "any"))) for j in range(3)]
        names += ps
        sep = "、" if i % 2 == 0 else "　"
        d.add("    {t}{k}：", t=town, k=kind)
        for j, p in enumerate(ps):
            d.add("{p}" + (sep if j < 2 else "\n"), p=P(p.name))
    extra = f.person(area="532901", kind="foreign", pick="玛丽亚·冈萨雷斯")
    d.add("    大理市涉外纠纷调解工作室特邀调解员：{x}\n\n", x=P(extra.name))
    star = names[0]
    star2 = names[7]
    d.add("    其中，{s}同志在调解一起涉及42户村民的土地流转纠纷中，连续走访23天，促成双方达成协议；{s2}同志的"
          "个人调解工作室被省司法厅命名为“金牌调解工作室”。{x}女士多次参与涉外婚姻家庭纠纷调解，获得当事人好评。\n\n"
          "    希望受表彰的同志珍惜荣誉，再接再厉。全市人民调解员要以{s}、{s2}等同志为榜样，为建设平安大理作出新的"
          "贡献。\n\n大理市司法局\n{dt}\n\n（此件公开发布）\n",
          s=P(star.name), s2=P(star2.name),
          x=P(extra.name), dt=T("event_date", "2024年1月26日"))


def resettlement(d: Doc, f: Factory) -> None:
    ar = AREAS["610113"]
    d.add("西安市雁塔区鱼化寨街道办事处\n鱼化寨城中村改造安置房分配结果公示\n\n"
          "    根据{doc}确定的分配办法，安置房分配于{d1}在{loc}公开摇号进行，全程由公证机构现场监督。现将第三批次分配"
          "结果公示如下：\n\n序号 户主 原住址 安置人口 分配房源 户主联系电话\n",
          doc=T("doc_number", "雁鱼办发〔2024〕12号"), d1=T("event_date", "2024年8月16日"),
          loc=T("jurisdiction", "鱼化寨街道办事处三楼会议室"))
    for i in range(1, 17):
        p = f.person(area="610113", kind="compound" if i == 9 else "any", age=(35, 80))
        old = f"{ar.county}鱼化寨街道{f.r.choice(('丈八', '鱼化', '北石桥', '南窑头'))}村{f.r.randint(1, 9)}组{f.r.randint(1, 99)}号"
        new = f"鱼化寨安置社区{f.r.randint(1, 12)}号楼{f.r.randint(1, 3)}单元{f.r.randint(2, 32)}{f.r.randint(1, 4):02d}室"
        ph = masked_mobile(p) if i % 4 == 0 else (land(f, ar, ("dash", "space", "paren", "dash")[i // 4]) if i % 4 == 3 else
                                                   mob(p, "plain" if i % 2 else "dash"))
        d.add("{i} {p} {a} {n} {b} {ph}\n", i=i, p=P(p.name), a=A(old), n=f.r.randint(1, 7), b=A(new), ph=ph)
    d.add("\n    公示期7天。如有异议，请于公示期内向街道办事处征收安置科反映，电话：{tel}。\n\n"
          "西安市雁塔区鱼化寨街道办事处\n{dt}\n", tel=agency_phone(d, "029-84613250"),
          dt=T("event_date", "2024年8月20日"))


def teachers(d: Doc, f: Factory) -> None:
    d.add("昆明市五华区教育体育局\n2024年上半年中小学教师资格认定合格人员名单\n\n"
          "    根据{st}及《云南省中小学教师资格认定实施细则》，经审核，下列人员符合教师资格认定条件，现予公布。\n\n"
          "序号\t姓名\t性别\t出生年月\t资格种类\t任教学科\t证书编号\n",
          st=T("statute", "《教师资格条例》第十三条"))
    kinds = (("高级中学", "语文"), ("初级中学", "数学"), ("小学", "英语"), ("幼儿园", "—"), ("初级中学", "物理"),
             ("高级中学", "化学"), ("小学", "道德与法治"), ("初级中学", "历史"), ("高级中学", "地理"))
    for i in range(1, 31):
        kind = "minority" if i in (8, 23, 30) else ("foreign" if i == 0 else ("rare" if i % 7 == 0 else
                ("compound" if i == 16 else "any")))
        if i == 12:
            p = f.person(age=(22, 35))
            name = P(f.fixed_name("王芳")) if f._ok("王芳") else P(p.name)
            sex = "女"
        elif i == 19:
            p = f.person(age=(22, 35))
            name = P(f.fixed_name("李强")) if f._ok("李强") else P(p.name)
            sex = "男"
        else:
            p = f.person(kind=kind, age=(22, 38))
            name, sex = P(p.name), p.sex
        k, s = kinds[i % len(kinds)]
        cert = T("serial_number", f.serial(17, prefix="2024530"))
        d.add("{i}\t{n}\t{sex}\t{b}\t{k}教师资格\t{s}\t{c}\n", i=i, n=name, sex=sex,
              b=dob(p, "dot_month" if i % 3 else "ym"), k=k, s=s, c=cert)
    d.add("\n    请上述人员于{d1}至{d2}，持本人有效身份证件到五华区政务服务中心二楼教育窗口领取教师资格证书，"
          "咨询电话：{tel}。\n\n昆明市五华区教育体育局\n{dt}\n",
          d1=T("event_date", "2024年7月1日"), d2=T("event_date", "2024年7月12日"), tel=agency_phone(d, "0871-63628117"),
          dt=T("event_date", "2024年6月24日"))


def village(d: Doc, f: Factory) -> None:
    ar = AREAS["620522"]
    d.add("秦安县郭嘉镇马家村村务公开栏\n（2024年第三季度）\n\n一、低保、特困人员动态调整情况\n"
          "    经村民代表会议评议、镇人民政府审核，本季度新纳入农村低保{n1}户，退出2户：\n", n1=3)
    for i in range(3):
        p = f.person(area="620522", age=(45, 85))
        d.add("    新纳入：{p}，家庭人口{n}人，住{a}，联系电话{m}；\n", p=P(p.name), n=f.r.randint(1, 5),
              a=A(f.rural(ar, 3)), m=mob(p, ("plain", "space", "dash")[i]))
    out = [f.person(area="620522") for _ in range(2)]
    d.add("    退出：{a}（家庭收入超过标准）、{b}（已死亡）。\n    特困供养人员：{c}（分散供养，由侄子{e}照料，"
          "联系电话{em}）。\n\n",
          a=P(out[0].name), b=P(out[1].name), c=P((c := f.person(area="620522", age=(70, 90))).name),
          e=P((e := f.relative(c, "男")).name), em=mob(e))
    d.add("二、宅基地申请审批情况\n")
    for _ in range(3):
        p = f.person(area="620522", sex="男", age=(25, 45))
        d.add("    {p}，身份证号{id}，申请在{loc}新建住房，面积{m}平方米，已经村民代表会议通过，报镇人民政府审批。\n",
              p=P(p.name), id=idc(p), loc=T("jurisdiction", "马家村二组"), m=f.r.randint(120, 200))
    d.add("\n三、财务收支\n    本季度收入：上级转移支付{a1}，集体土地流转收入{a2}；支出：道路维修{a3}。"
          "经办人：{c1}（村报账员），审核：村务监督委员会。\n\n",
          a1=T("amount", "52,000.00元"), a2=T("amount", "18,600.00元"), a3=T("amount", "31,250.00元"),
          c1=P((k := f.person(area="620522")).name))
    d.add("四、公益岗位人员\n    护林员：{a}、{b}；保洁员：{c}、{e}；公益岗位补贴已于9月10日发放至本人“一卡通”账户"
          "（{a}：{ca}；{c}：{cc}）。\n\n",
          a=P((pa := f.person(area="620522")).name), b=P(f.person(area="620522").name),
          c=P((pc := f.person(area="620522", sex="女")).name), e=P(f.person(area="620522", single=True).name),
          ca=card(f)[1], cc=card(f)[1])
    d.add("    村民对公开内容有疑问，可向村务监督委员会或镇纪委反映，监督电话：{tel}。\n\n"
          "马家村村民委员会    马家村村务监督委员会\n{dt}\n",
          tel=agency_phone(d, "0938-6561208"), dt=T("event_date", "2024年10月8日"))
    _ = (pa, pc, k, c)


def dishonest(d: Doc, f: Factory) -> None:
    d.add("泰州市兴化市人民法院\n失信被执行人名单公布（2024年第4期）\n\n"
          "    下列被执行人具有履行能力而拒不履行生效法律文书确定的义务，本院依照{st}的规定，将其纳入失信被执行人名单，"
          "依法对其进行信用惩戒。现予公布：\n\n", st=T("statute", "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条"))
    for i in range(1, 12):
        p = f.person(area="321281", kind="rare" if i == 4 else ("compound" if i == 9 else "any"))
        if i in (2, 7):
            f.force_x(p)
        cn = T("case_number", f"（2024）苏1281执{f.r.randint(100, 4999)}号")
        amt = T("amount", f"{f.r.randint(12, 880) * 100 + f.r.randint(0, 99)}元")
        addr = A(f.home(AREAS["321281"]))
        d.add("{i}. 被执行人：{p}，{sex}，身份证号：{id}，住{a}；执行依据：{cn2}；未履行金额：{amt}；执行案号：{cn}。\n",
              i=i, p=P(p.name), sex=p.sex, id=idc(p), a=addr,
              cn2=T("case_number", f"（2023）苏1281民初{f.r.randint(1000, 9999)}号"), amt=amt, cn=cn)
    for j, (org, oa) in enumerate((("兴化市王朝不锈钢制品有限公司", "兴化市戴窑镇工业集中区纬一路8号"),
                                    ("泰州嘉顺物流有限公司", "兴化市昭阳街道英武南路259号"))):
        boss = f.person(area="321281")
        d.add("{i}. 被执行人：{o}，统一社会信用代码：{u}，住所地：{oa}，法定代表人：{b}；执行案号：{cn}；未履行金额：{amt}。\n",
              i=12 + j, o=T("org_name", org), u=E("CN_USCC", f.uscc("321281")), oa=T("org_address", oa),
              b=P(boss.name), cn=T("case_number", f"（2024）苏1281执{f.r.randint(5000, 6999)}号"),
              amt=T("amount", f"{f.r.randint(20, 300)}万元"))
    d.add("\n    以上被执行人应立即履行义务。知悉被执行人财产线索的，可向本院执行局举报，电话：{tel}。\n\n"
          "泰州市兴化市人民法院\n{dt}\n", tel=agency_phone(d, "0523-83235066"), dt=T("event_date", "2024年9月2日"))


def license_revocation(d: Doc, f: Factory) -> None:
    d.add("金华市婺城区市场监督管理局\n关于吊销营业执照的公告\n\n{no}\n\n"
          "    下列市场主体自领取营业执照后无正当理由超过六个月未开业，或者开业后自行停业连续六个月以上，本局依据{st}"
          "的规定，决定吊销其营业执照。因无法直接送达，现依法公告送达《行政处罚决定书》。\n\n",
          no=T("doc_number", "婺市监公告〔2024〕17号"), st=T("statute", "《中华人民共和国市场主体登记管理条例》第四十六条"))
    orgs = ("金华市婺城区张裕酒业经营部", "金华市婺城区黄河路桐庐面馆", "金华赵氏信息科技有限公司",
            "金华市婺城区周村区域物流服务部", "金华浙中文化传播有限公司", "金华市婺城区秋滨五金加工厂",
            "金华市婺城区永康人家餐馆", "金华市安泰家政服务有限公司")
    roads = ("八一南街", "双溪西路", "解放西路", "丹溪路", "宾虹路", "李渔路", "人民西路", "环城南路")
    for i, org in enumerate(orgs, 1):
        p = f.person(area="330702", kind="minority" if i == 5 else "any", pick="迪丽娜尔·阿布来提" if i == 5 else None)
        title = "法定代表人" if "有限公司" in org else "经营者"
        d.add("{i}. {o}，统一社会信用代码{u}，住所{oa}，{t}{p}，处罚决定书文号{no}。\n",
              i=i, o=T("org_name", org), u=E("CN_USCC", f.uscc("330702")),
              oa=T("org_address", f"金华市婺城区{roads[i - 1]}{f.r.randint(1, 500)}号"), t=title, p=P(p.name),
              no=T("doc_number", f"金婺市监处罚〔2024〕{f.r.randint(100, 999)}号"))
    d.add("\n    自本公告发布之日起满三十日，视为送达。当事人如不服，可在公告送达之日起六十日内向金华市婺城区人民政府"
          "申请行政复议，或者在六个月内向人民法院提起行政诉讼。被吊销营业执照的市场主体应当依法办理注销登记。\n\n"
          "    联系人：{o1}  联系电话：{tel}\n\n金华市婺城区市场监督管理局\n{dt}\n",
          o1=official(d, "黎志红"), tel=agency_phone(d, "0579-82468120"), dt=T("event_date", "2024年3月15日"))


def void_documents(d: Doc, f: Factory) -> None:
    d.add("厦门市公安局出入境管理支队\n关于宣布部分出入境证件作废的公告\n\n"
          "    根据{st}第十四条的规定，下列人员申报遗失或被盗的出入境证件，自本公告发布之日起作废。持有人如发现本人作废"
          "证件，应立即交回公安机关出入境管理机构；任何单位和个人不得使用作废证件办理相关业务。\n\n一、普通护照\n",
          st=T("law_name", "《中华人民共和国出境入境管理法》"))
    for i in range(8):
        p = f.person(area=f.r.choice(("350203", "350583")))
        d.add("{i}. {p}，{sex}，出生日期{b}，护照号码{pp}，{why}\n", i=i + 1, p=P(p.name), sex=p.sex,
              b=dob(p, "dash" if i % 2 else "ymd"), pp=E("CN_PASSPORT", f.passport()),
              why=("本人申报遗失", "本人申报被盗", "在境外遗失")[i % 3])
    d.add("\n二、往来港澳通行证\n")
    for i in range(6):
        p = f.person(area=f.r.choice(("350203", "350583")))
        d.add("{i}. {p}，{sex}，{b}生，证件号码{c}\n", i=i + 1, p=P(p.name), sex=p.sex, b=dob(p, "ymd"),
              c=E("CN_HK_MACAO_PERMIT", f.permit("C")))
    d.add("\n三、港澳居民来往内地通行证（代为公告）\n")
    for i in range(3):
        p = f.person(area="350203")
        d.add("{i}. {p}，证件号码{c}，{why}\n", i=i + 1, p=P(p.name), c=E("CN_HK_MACAO_PERMIT", f.permit("HMH"[i])),
              why="在厦门市思明区遗失")
    d.add("\n    咨询电话：{tel}；{hl}（国家移民管理局服务热线）。\n\n厦门市公安局出入境管理支队\n{dt}\n",
          tel=agency_phone(d, "0592-2262203"), hl=hotline(d, "12367"), dt=T("event_date", "2024年11月5日"))


def vehicles(d: Doc, f: Factory) -> None:
    ar = AREAS["140105"]
    d.add("太原市小店区综合行政执法局\n关于清理长期占用道路停放车辆的公告\n\n"
          "    为维护市容环境和道路通行秩序，依据{st}，我局对辖区内长期占用道路、小区公共区域停放的“僵尸车”开展集中清理。"
          "经调查，下列车辆所有人或管理人已查明，现公告通知其在本公告发布之日起十五日内自行驶离或处置：\n\n",
          st=T("statute", "《太原市市容和环境卫生管理条例》第二十二条"))
    locs = ("坞城路与体育路交叉口东南角", "平阳路178号门前", "北营南路非机动车道", "黄陵村委会西侧空地",
            "许坦东街小区南门", "长治路辅路", "北格镇政府东侧", "营盘街道龙城大街东段", "太榆路人行道", "学府街北侧")
    for i in range(10):
        p = f.person(area="140105", kind="compound" if i == 6 else "any")
        pl = f.plate(ar, energy=(i == 3), trailer=(i == 8))
        d.add("{i}. 号牌{pl}，{typ}，停放地点：{loc}；所有人：{p}，联系电话：{m}\n",
              i=i + 1, pl=E("CN_LICENSE_PLATE", pl if i % 2 else pl[:2] + "·" + pl[2:]),
              typ=("小型轿车", "小型越野客车", "面包车", "纯电动轿车", "轻型货车", "小型轿车", "三轮汽车", "小型普通客车",
                   "半挂车", "小型轿车")[i],
              loc=T("jurisdiction", locs[i]), p=P(p.name),
              m=mob(p, ("plain", "dash", "space", "plus86c")[i % 4]) if i != 7 else land(f, ar, "paren"))
    d.add("\n    逾期未处置的，我局将依法拖移至指定停车场，所产生的费用由车辆所有人承担。\n    联系电话：{tel}\n\n"
          "太原市小店区综合行政执法局\n{dt}\n", tel=agency_phone(d, "0351-7236115"), dt=T("event_date", "2024年5月6日"))


def ledger(d: Doc, f: Factory) -> None:
    d.add("{mk}\n\n合肥市蜀山区人民政府办公室\n2024年第二季度政府信息公开申请办理台账\n\n"
          "序号|收件日期|申请人|联系方式|申请内容|办理结果|经办人\n",
          mk=E("CLASSIFIED_MARK", "内部资料　注意保存"))
    topics = ("蜀山区2023年征地补偿标准", "琥珀街道老旧小区改造资金使用情况", "某小区加装电梯审批文件",
              "稻香村街道违建拆除名单", "2023年区级财政预算执行报告", "南七街道菜市场租赁合同",
              "五里墩街道拆迁安置协议", "蜀山区学区划分依据", "笔架山街道垃圾分类招标文件")
    results = ("予以公开", "部分公开", "信息不存在", "不予公开（涉及个人隐私）", "告知通过其他途径获取")
    handlers = ("葛长春", "伍静波")
    for i, topic in enumerate(topics, 1):
        p = f.person(kind="minority" if i == 8 else "any", pick="买买提·吐尔逊" if i == 8 else None)
        contact = email(f) if i % 3 else mob(p, "plain")
        d.add("{i}|{dt}|{p}|{c}|{t}|{r}|{h}\n", i=i, dt=T("event_date", f"2024-0{4 + (i - 1) // 3}-{f.r.randint(10, 28)}"),
              p=P(p.name), c=contact, t=topic, r=results[i % len(results)], h=official(d, handlers[i % 2]))
    d.add("\n说明：第6号申请人为香港居民，经核实其港澳居民来往内地通行证号码为{pp}。第2号、第7号申请为同一事项的重复申请。\n"
          "本台账仅供内部统计使用，不得对外公开。\n\n制表：{h}    审核：{h2}\n",
          pp=E("CN_HK_MACAO_PERMIT", f.permit("H")), h=official(d, "伍静波"), h2=official(d, "葛长春"))


def welfare_posts(d: Doc, f: Factory) -> None:
    ar = AREAS["370213"]
    d.add("青岛市李沧区人力资源和社会保障局\n2024年度城镇公益性岗位拟安置人员公示\n\n"
          "    根据{doc}要求，经个人申请、街道审核，拟将以下就业困难人员安置到城镇公益性岗位。{li}户籍人员优先，"
          "{z}、{zc}等外区（市）迁入人员已满足居住年限要求。现予公示：\n\n"
          "姓名 性别 年龄 户籍地址 困难类别 拟安置岗位 联系电话\n",
          doc=T("doc_number", "青人社发〔2023〕28号"), li=T("place_name", "李沧区"), z=T("place_name", "张店区"),
          zc=T("place_name", "周村区"))
    cats = ("零就业家庭成员", "距法定退休年龄不足五年", "持证残疾人", "低保家庭成员", "长期失业人员")
    posts = ("社区保洁", "治安巡逻", "社区养老服务", "停车管理", "公共设施维护")
    for i in range(14):
        p = f.person(area="370213", kind="minority" if i == 6 else ("rare" if i == 10 else "any"), age=(35, 58))
        if i in (3, 9):
            addr = A(f.urban(AREAS["370303"], 1))
        else:
            addr = A(f.urban(ar, (0, 2, 3)[i % 3]))
        d.add("{p} {sex} {a} {addr} {c} {post} {m}\n", p=P(p.name), sex=p.sex, a=2024 - p.birth.year, addr=addr,
              c=cats[i % 5], post=posts[i % 5], m=mob(p, ("plain", "dash")[i % 2]) if i != 12 else land(f, ar, "fwparen"))
    d.add("\n    岗位工作地点分别为{r1}沿线及{r2}周边社区。公示期{d1}至{d2}。对公示人员有异议的，可实名向本局就业促进科"
          "反映，电话：{tel}，邮箱：{em}。\n\n青岛市李沧区人力资源和社会保障局\n{dt}\n",
          r1=T("place_name", "黄河路"), r2=T("place_name", "王府井"), d1=T("event_date", "2024年3月18日"),
          d2=T("event_date", "2024年3月22日"), tel=agency_phone(d, "0532-87662315"),
          em=agency_email(d, "lcrsjjyk@qd.shandong.cn"), dt=T("event_date", "2024年3月15日"))
