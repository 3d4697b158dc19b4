"""Documents 11-20: rosters where the address follows a name with no label, lanes and 里, yards,
东北 屯, 四川 / 重庆 社, enforcement and reward notices, property registration (坐落), dangerous-house
renovation, and look-alikes: an agency's 办公地址, a company's 住所, an event's venue."""

from __future__ import annotations

from tests.data.dev3_gen.builder import Doc
from tests.data.dev4_gen.common import ID, PH, A, P, aaddr, ag, amt, aphone, case, docno, oaddr, org

from tests.data.dev4_gen.docs_a import cells

from .addr import estate_only, flat, lane, rural, tun, yard
from .common import site, venue


# ----------------------------------------------------------------------------------------------- 11
def d11(c):
    d = Doc(11, "roster_no_label", "残疾人两项补贴名单（姓名后直接写住址，无标签）")
    d.line(ag("合浦县残疾人联合会"))
    d.line("2026年困难残疾人生活补贴新增人员名单")
    for _ in range(1, 10):
        n = c.han()
        d.line("　　", P(n), "　", c.sex(n), "　", A(rural(c, "hepu", head=c.pick([0, 0, 1]), house=c.chance(0.7))), "　",
               c.pick(["肢体", "视力", "智力", "听力"]), c.pick(["二级", "三级", "一级"]))
    d.line("　　咨询地址：", aaddr("合浦县廉州镇还珠南路52号县残联一楼"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 12
def d12(c):
    d = Doc(12, "enforcement_reward_notice", "悬赏执行公告（被执行人住…，巷、里）")
    d.line(ag("保定市莲池区人民法院"))
    d.line("悬赏公告")
    for _ in range(3):
        n = c.han()
        d.line("　　被执行人：", P(n), "，", c.sex(n), "，公民身份号码", ID(c.id6("lianchi", 1965, 1992, n)), "，住",
               A(c.pick([lane(c, "lianchi", head=c.pick([1, 2])), yard(c, "lianchi", head=1),
                         flat(c, "lianchi", head=0, unit="号楼")])), "。")
    d.line("　　执行案号：", case("（2026）冀0606执1733号"), "。举报人提供线索的，按实际执行到位金额的10%给予奖励。")
    d.line("　　举报地址：", aaddr("保定市莲池区东风东路828号莲池区人民法院执行局"), "，举报电话：", aphone("0312-5906127"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 13
def d13(c):
    d = Doc(13, "property_first_registration", "不动产首次登记公告（权利人、坐落）")
    d.line(ag("农安县不动产登记中心"))
    d.line("不动产首次登记公告（2026第41号）")
    d.line("　　经初步审定，我中心拟对下列不动产权利予以首次登记，现予公告：")
    d.line("权利人\t不动产坐落\t面积（㎡）\t用途")
    for _ in range(6):
        n = c.han()
        d.line(cells(P(n), A(c.pick([tun(c, "nongan", head=c.pick([0, 1])), rural(c, "nongan", head=1)])),
                     f"{c.randint(80, 400)}.{c.randint(10, 99)}", "宅基地"))
    d.line("　　异议书面材料送达地址：", aaddr("农安县宝塔街道黄龙路1566号政务服务中心二楼"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 14
def d14(c):
    d = Doc(14, "dangerous_house_renovation", "农村危房改造对象公示（户主、住址，社）")
    d.line(ag("绵阳市游仙区住房和城乡建设局"))
    d.line("2026年农村低收入群体等重点对象危房改造名单")
    d.line("序号\t户主\t住址\t改造方式\t补助金额")
    for i in range(1, 9):
        n = c.han()
        d.line(cells(str(i), P(n), A(rural(c, "youxian", head=c.pick([0, 1, 2]), house=c.chance(0.5), cn=c.chance(0.3))),
                     c.pick(["加固", "拆除重建"]), amt(f"{c.randint(10, 35) * 1000}")))
    d.line("　　公示地点：", venue("各镇便民服务中心公示栏"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 15
def d15(c):
    d = Doc(15, "petition_reply_lane", "信访事项答复意见书（信访人住址写在姓名后）")
    d.line(ag("南京市鼓楼区信访局"))
    d.line("信访事项处理意见书")
    d.line(docno("鼓信复〔2026〕93号"))
    n = c.han()
    h = c.pick([flat(c, "gulou", head=c.pick([0, 1]), unit="幢"), yard(c, "gulou", head=0)])
    d.line(P(n), "（", A(h), "）：")
    d.line("　　你反映", site("颐和巷与琅琊路交叉口"), "施工噪声扰民的来信收悉。经调查，该工程系", org("南京颐和市政工程有限公司"),
           "承建，公司住所：", oaddr("南京市鼓楼区汉口西路88号"), "。")
    n2 = c.han()
    d.line("　　同楼居民", P(n2), "（住", A(lane(c, "gulou", head=0, street=False)), "）亦反映同一问题，一并答复。")
    d.line("　　如不服本意见，可自收到之日起30日内向", ag("南京市鼓楼区人民政府"), "申请复查。")
    return d


# ----------------------------------------------------------------------------------------------- 16
def d16(c):
    d = Doc(16, "chongqing_relief_she", "特困人员供养公示（重庆，社）")
    d.line(ag("重庆市江津区民政局"))
    d.line("2026年特困人员认定结果公示")
    for i in range(1, 8):
        n = c.han()
        d.line("　　", str(i), "．", P(n), "，", c.sex(n), "，", f"{c.randint(62, 91)}岁，家住",
               A(c.pick([rural(c, "jiangjin", head=c.pick([0, 1])), flat(c, "jiangjin", head=1, unit="栋")])),
               "，认定为", c.pick(["分散供养", "集中供养"]), "特困人员。")
    d.line("　　集中供养地点：", venue("江津区社会福利院（几江街道艾坪山路9号）"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 17
def d17(c):
    d = Doc(17, "venues_and_offices", "活动与办事通知（只有机关、公司与场地地址）")
    d.line(ag("太原市小店区人力资源和社会保障局"))
    d.line("关于举办2026年冬季专场招聘会的通知")
    d.line("　　一、时间地点：2026年12月12日上午9:00，", venue("小店区体育路人力资源市场一楼大厅（体育路311号）"), "。")
    d.line("　　二、参会单位：", org("山西并州精密铸造有限公司"), "（住所：", oaddr("太原市小店区坞城南路156号"), "）、",
           org("太原亲贤物业管理有限公司"), "（注册地址：", oaddr("小店区亲贤北街9号B座1205室"), "）等62家。")
    d.line("　　三、报名地址：", aaddr("小店区平阳路街道办事处三楼305室"), "；办公地址：", aaddr("太原市小店区康宁街18号"), "。")
    n = c.han()
    d.line("　　联系人：", P(n), "，手机：", PH(c.mobile()), "。")
    d.line("　　四、请求职者携带身份证到场，现场不收取任何费用。")
    return d


# ----------------------------------------------------------------------------------------------- 18
def d18(c):
    d = Doc(18, "villagers_compensation_land", "集体土地征收补偿公告（被征收人，组，屯）")
    d.line(ag("农安县人民政府"))
    d.line("征地补偿安置方案公告")
    d.line("　　征收土地位于", site("伏龙泉镇三家子村、四合村境内"), "，用于", site("长白公路农安段改线工程"), "。地上附着物补偿明细：")
    for _ in range(6):
        n = c.han()
        d.line("　　被征收人", P(n), "，房屋坐落于", A(tun(c, "nongan", head=c.pick([0, 1]))), "，补偿", amt(f"{c.randint(3, 40)}万元"), "；")
    d.line("　　补偿款发放地点：", venue("伏龙泉镇人民政府财政所"), "。")
    return d


# ----------------------------------------------------------------------------------------------- 19
def d19(c):
    d = Doc(19, "scholarship_students_addresses", "困难学生资助名单（家庭住址，号楼、幢、栋）")
    d.line(ag("安顺市西秀区教育局"))
    d.line("2026年秋季学期家庭经济困难学生资助名单")
    d.line("学生姓名\t学校\t监护人\t家庭住址")
    for _ in range(7):
        s, g = c.name("young"), c.han()
        where = c.pick([flat(c, "xixiu", head=c.pick([0, 1]), unit=c.pick(["栋", "号楼"])),
                        rural(c, "xixiu", head=c.pick([0, 1])), estate_only(c, "xixiu", unit="栋")])
        d.line(cells(P(s), c.pick(["西秀区第一小学", "安顺市第三中学", "宋旗镇中心学校"]), P(g), A(where)))
    d.line("　　（以上地址仅供资助核查，", c.pick(["请勿外传"]), "。）")
    return d


# ----------------------------------------------------------------------------------------------- 20
def d20(c):
    d = Doc(20, "mixed_addresses_news", "新闻稿与情况通报（住址写在句中、无省市前缀）")
    d.line(ag("萍乡市安源区人民政府办公室"))
    d.line("关于冬季燃气安全隐患排查整治情况的通报")
    n1, n2, n3 = c.han(), c.han(), c.han()
    d.line("　　11月20日，安源区后埠街街道一居民楼发生燃气泄漏。经查，泄漏发生在", P(n1), "家中（",
           A(f"后埠街街道{c.pick(['跃进南路', '建设东路'])}{c.randint(10, 99)}号{c.pick(['鹅湖苑', '丹江名邸'])}{c.randint(1, 9)}栋{c.randint(1, 3)}单元{c.randint(1, 7)}0{c.randint(1, 2)}室"),
           "），未造成人员伤亡。")
    d.line("　　同日，", P(n2), "户籍地位于", A(f"安源镇{c.pick(['张家坊村', '青山村'])}{c.randint(1, 9)}组{c.randint(1, 50)}号"),
           "的自建房被列为重点整改对象；", P(n3), "居住于", A(f"凤凰街街道{c.pick(['太和里', '福寿里'])}{c.randint(1, 40)}号"), "，已完成软管更换。")
    d.line("　　排查工作由", ag("安源区应急管理局"), "牵头，办公地址：", aaddr("安源区跃进北路168号"), "。")
    return d
