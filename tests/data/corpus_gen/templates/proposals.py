"""建议提案办理复文 (replies to NPC deputies' suggestions and CPPCC members' proposals)."""

from __future__ import annotations

from ..identities import URBAN
from .common import AGENCIES, Ctx, join, render


def npc_suggestion(ctx: Ctx) -> object:
    a = AGENCIES["qdjy"]
    qingdao = [r for r in URBAN if r.city == "青岛市"]
    deputy = ctx.person(y0=1965, y1=1982, home=ctx.pick(qingdao))
    cosign = [ctx.person(y0=1960, y1=1985) for _ in range(3)]
    sent = ctx.day(2020, 6, 6)
    return render(
        """青岛市教育局
{docno}　　　　　　　　　　签发人：{head}

关于市十六届人大四次会议第0328号建议的答复

{deputy}代表：
    您提出的《关于加快推进中小学校课后延时服务的建议》收悉。经认真研究，现答复如下：
    一、关于扩大课后服务覆盖面。2019年秋季学期起，我市在市南区、市北区等7个区（市）开展中小学课后服务试点，参与学校达412所，参与学生18.6万人。2020年我们将课后服务纳入市办实事，力争春季学期实现城区小学全覆盖。
    二、关于课后服务经费保障。按照{doc1}要求，市财政局、市发展改革委和我局联合印发了《关于中小学课后服务收费有关问题的通知》，明确课后服务可采取财政补贴、服务性收费或代收费等方式筹措经费，对家庭经济困难学生免收相关费用。
    三、关于教师激励。学校可将教师参与课后服务情况作为职称评聘、表彰奖励和绩效工资分配的重要参考，具体办法由各区（市）教育部门会同人社、财政部门制定。对承担课后服务任务较重的教师，学校可统筹安排弹性上下班，保障教师合理休息。
    四、关于丰富课后服务内容。课后服务坚持学生家长自愿原则，以指导学生完成作业、阅读、体育、艺术、科普活动以及娱乐游戏、拓展训练、开展兴趣小组和社团活动等为主，严禁将课后服务变相成为集体教学或“补课”。我们鼓励学校引进具备资质的非营利性社会机构、高校和科研院所、少年宫、博物馆等校外资源参与课后服务，由区（市）教育部门对引进机构和人员进行严格审核，建立“白名单”制度并向社会公开。
    五、关于安全管理。各学校要建立健全课后服务安全管理制度，明确安全责任，落实人员值守、学生点名、家长接送交接等制度，制定突发事件应急预案。市教育局将把课后服务安全管理纳入学校安全工作年度考核，定期开展督导检查。
    六、关于信息公开和社会监督。各区（市）要通过学校门户网站、家长会、致家长的一封信等方式，主动公开课后服务的时间安排、内容设置、收费标准和监督举报渠道，畅通家长意见反映渠道，及时回应家长关切。
    下一步，我们将认真吸纳您的建议，会同有关部门进一步完善课后服务政策体系。
    感谢您对全市教育工作的关心和支持。

青岛市教育局
{sent}

（联系单位及电话：青岛市教育局基础教育处，{aphone}）

抄送：市人大常委会代表工作室，市政府办公厅督查室。

附件
代表建议办理情况征询意见表
建议号：0328　　领衔代表：{deputy2}　　附议代表：{c1}、{c2}、{c3}
代表联系电话：{mobile}　　电子邮箱：{email}
通讯地址：{addr}
承办单位联系人：{contact}　　联系电话：{aphone2}
对办理工作的意见：□满意　□基本满意　□不满意
""",
        docno=ctx.docno(a, 2020, 45), head=ctx.official(a.head[1]), deputy=ctx.name(deputy), doc1=ctx.docno("鲁教基字", 2018, 9),
        sent=ctx.date(sent), aphone=ctx.aphone(a), deputy2=ctx.name(deputy), c1=ctx.name(cosign[0]),
        c2=ctx.name(cosign[1]), c3=ctx.name(cosign[2]), mobile=ctx.mobile(deputy, "plain"), email=ctx.email(deputy),
        addr=ctx.addr(deputy, "city"), contact=ctx.official(a.contact), aphone2=ctx.aphone(a, "dash"),
    )


def cppcc_proposal(ctx: Ctx) -> object:
    a = AGENCIES["sdwj"]
    m1 = ctx.person(y0=1962, y1=1978)
    m2 = ctx.person(y0=1968, y1=1985, kind="minority")
    sent = ctx.day(2021, 7, 7)
    return render(
        """山东省卫生健康委员会
{docno}

关于省政协十二届四次会议第1203030号提案的答复

{m1}委员、{m2}委员：
    你们提出的《关于加强基层医疗卫生人才队伍建设的提案》收悉。经商省人力资源社会保障厅、省财政厅，现答复如下：
    基层医疗卫生人才队伍建设是深化医药卫生体制改革、推进健康山东建设的重要基础。近年来，省卫生健康委认真贯彻{doc}精神，重点做了以下工作：
    （一）实施基层卫生人才定向培养。2016年至2020年，全省共为乡镇卫生院定向培养本科医学生4800名，毕业后全部纳入事业编制管理。
    （二）落实基层职称评审倾斜政策。对长期在基层服务的卫生专业技术人员，实行“定向评价、定向使用”，高级职称评审不作论文要求。
    （三）提高基层人员待遇。允许基层医疗卫生机构突破现行事业单位工资调控水平，允许医疗服务收入扣除成本并按规定提取各项基金后主要用于人员奖励。2020年，全省乡镇卫生院在岗职工年平均工资较2016年增长31.6%。
    （四）推进县域医共体建设。以县为单位推进紧密型县域医疗卫生共同体建设，推动县级医院医生下沉乡镇卫生院坐诊、带教，实行县乡人才“统一招聘、统一培训、统一调配、统一管理”，医共体内人员可在县域内合理流动。
    （五）加强乡村医生队伍建设。落实乡村医生多渠道补偿政策，基本公共卫生服务经费中用于村级的比例原则上不低于40%；支持符合条件的乡村医生参加执业（助理）医师资格考试，对取得执业（助理）医师资格的乡村医生，按规定纳入乡镇卫生院统一管理。
    下一步，我们将重点做好以下工作：一是继续扩大农村订单定向医学生免费培养规模；二是推动落实“县管乡用”“乡聘村用”等人才管理机制；三是会同有关部门研究完善乡村医生养老保障政策，逐步解决老年乡村医生生活困难问题；四是加大全科医生转岗培训力度，力争到2025年每万名居民拥有全科医生数达到3.5名。
    你们提出的“建立乡村医生养老补助长效机制”的建议很有针对性。我们将会同有关部门认真研究，按照{law}的要求，逐步提高乡村医生待遇水平。
    衷心感谢你们对卫生健康工作的关心和支持，欢迎继续提出宝贵意见和建议。

山东省卫生健康委员会
{sent}

提案人联系方式（不公开）：
{m1b}　手机：{m1_mobile}　邮箱：{m1_email}
{m2b}　手机：{m2_mobile}　邮箱：{m2_email}
办理单位联系人：{contact}　电话：{aphone}

公开属性：主动公开（删除提案人姓名及联系方式后公开）
""",
        docno=ctx.docno(a, 2021, 83), m1=ctx.name(m1), m2=ctx.name(m2), doc=ctx.docno("鲁政办发", 2018, 21),
        law=ctx.law("中华人民共和国基本医疗卫生与健康促进法"), sent=ctx.date(sent, "cnnum"), m1b=ctx.name(m1),
        m1_mobile=ctx.mobile(m1, "dash"), m1_email=ctx.email(m1), m2b=ctx.name(m2), m2_mobile=ctx.mobile(m2, "plain"),
        m2_email=ctx.email(m2), contact=ctx.official(a.contact), aphone=ctx.aphone(a),
    )


def npc_suggestion_md(ctx: Ctx) -> object:
    a = AGENCIES["whjy"]
    deputy = ctx.person(y0=1970, y1=1985, style="compound")
    others = [ctx.person(y0=1965, y1=1988) for _ in range(2)]
    rows = [render("| {n} | {role} | {m} | {e} |", n=ctx.name(p), role=role, m=ctx.mobile(p), e=ctx.email(p))
            for p, role in [(deputy, "领衔"), (others[0], "附议"), (others[1], "附议")]]
    sent = ctx.day(2022, 6, 7)
    return render(
        """# 关于市十八届人大一次会议第2022045号建议的答复

**{docno}**

**{deputy}代表：**

您提出的《关于推进中小学心理健康教育专职教师配备的建议》收悉，现答复如下：

## 一、基本情况

截至2021年底，全市中小学共配备心理健康教育专职教师126人、兼职教师580余人，全市中小学心理辅导室建设达标率达到92%。

## 二、下一步工作

1. 按照{doc}要求，到2023年底，每所中小学至少配备1名专职心理健康教育教师；
2. 将心理健康教育教师纳入全市中小学教师专项培训，每年培训不少于40学时；
3. 建立市、区两级学生心理危机干预专家库，畅通医教协同转介通道。

感谢您对全市教育事业的关心和支持！

威海市教育局
{sent}

---

## 附：代表联系信息（内部留存，不予公开）

| 代表姓名 | 领衔/附议 | 联系电话 | 电子邮箱 |
|---|---|---|---|
{rows}

联系人：{contact}，电话：{aphone}
""",
        docno=ctx.docno(a, 2022, 27), deputy=ctx.name(deputy), doc=ctx.docno("鲁教基发", 2021, 3), sent=ctx.date(sent),
        rows=join("\n", rows), contact=ctx.official(a.contact), aphone=ctx.aphone(a),
    )
