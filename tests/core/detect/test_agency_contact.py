"""Agency contact data is not personal (issue 17, class 4): 监督电话 / 咨询电话 / 举报电话 / 联系电话 of a
body, switchboards, government mailboxes.  A person's own number or mailbox stays personal."""

from __future__ import annotations

import pytest

from review_desk.core.detect.recognizers.agency_contact import agency_contact, closing_phone_line, government_mailbox


def kinds(detector, text: str) -> list[tuple[str, str]]:
    return [(d.type, d.text) for d in detector.detect(text) if d.type in ("PHONE_NUMBER", "EMAIL_ADDRESS")]


@pytest.mark.parametrize(
    "text",
    [
        "　　区民政局监督电话：0531-88161570　政务服务便民热线：12345",
        "　　街道社会救助服务站咨询电话：0531-88120316",
        "县民政局举报电话：0537-6852316。",
        "如有异议，请于9月10日前向临清市民政局社会救助科反映，联系电话0635-2321186。",
        "　　镇民政办电话：0635-2870129",
        "　　学校总机：0531-86112468；招生咨询：0531-86112470。",
        "　　本院地址：库尔勒市石化大道198号；联系电话：0996-2028506。",
        "　　联系单位及电话：市交通运输局综合规划处　0531-51708563",
        "征收实施单位：济南祝甸城市建设发展有限公司，住所：济南市历城区二环东路3966号，联系电话：0531-67898230。",
        "值班联系人：张三，手机13812345678；区应急局值班室：0531-88161110。",
        "传真：0531-86123457",
        "电子邮箱：lcbsjd@jn.gov.cn",
        "举报邮箱：lqzzb12380@lc.gov.cn；来信地址：临清市新华路168号。",
        "电子邮箱：whwjwyzc@shandong.cn",
        "学校地址：济南市历下区文化东路59号；邮箱：wendongxx@jnlx.edu.cn。",
        # an office named as the contact person (联系人：办公室) is not a person
        "　　联系人：办公室，联系电话：0531-88161203。",
        "　　联系人：外专处办公室　　联系电话：0512-68612275",
        "　　联系人：省政府办公厅法规处，联系电话：0531-51768023。",
        "　　征收部门联系电话：0371-65505128。",
        "管理人地址：淄博市张店区人民西路88号，联系电话：0533-3186620。",
        # the issuer's own contact sentence: the staff member the notice names, or a phone label alone
        "　　联系人：林晓东，联系电话：0537-6691206。",
        "联系人：韩雪松　联系电话：0531-86192345",
        "（联系人：高婉清；联系电话：（0531）66601357；地址：济南市历下区龙鼎大道1号）",
        "　　你有权在收到本告知书之日起五个工作日内提出听证申请。联系人：江艳，电话：0531-88112203。",
        "　　考察联系人：韦俊杰，电话：0537-6853019；纪检监督：0537-6852236。",
        "　　联系人：庞立伟、蓝海涛　　联系电话：0536-8789012",
        "　　请上述人员于公告之日起30日内到文昌路派出所户籍室办理相关手续。联系电话：0535-2213110。",
        "　　联系电话：0471-6592037。",
        # the reader is invited to call: the writing agency's line
        "　　如有疑问，请拨打0635-2388315。",
        "　　如对答复不满意，可拨打12345或来电0371-63882907。",
        "　　如您对处理结果有异议，也可致电0531-86123456。",
    ],
)
def test_agency_contacts_are_not_reported(detector, text):
    assert [k for k in kinds(detector, text) if k[1] != "13812345678"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("施工单位项目经理韦梅伟（手机198 4693 7695）承诺夜间停工。", "198 4693 7695"),
        ("区民政局工作人员李娜，手机13812345678。", "13812345678"),  # a staff member's mobile
        ("举报电话：13812345678", "13812345678"),  # mobiles are never agency numbers
        ("家属联系人：仉静冰，电话0531-58293002", "0531-58293002"),
        ("财务负责人：芮海涛，电话(0371)67132638", "(0371)67132638"),
        ("住址青岛市李沧区育才路751弄47号2301室，电话027-87172016", "027-87172016"),
        ("委托代理人：刘立飞（系申请人之子），联系电话（0531）83534461", "（0531）83534461"),
        ("申请人联系方式：0531 5230 7629", "0531 5230 7629"),
        ("本机关于4月2日收到你通过电子邮件（zhang1985@163.com）提交的申请", "zhang1985@163.com"),
        ("当事人邮箱：lisi@qq.com", "lisi@qq.com"),
        ("送达地址：历城区粮食局家属院3号楼2单元301室，电话0531-86123456", "0531-86123456"),
        ("工作单位：山东鼎泰建筑工程有限公司，联系电话：0531-86123456", "0531-86123456"),
        ("拟聘人员：县人民医院退休职工，电话0531-86123456", "0531-86123456"),
        ("联系人：张伟（申请人之子），联系电话：0531-88161203", "0531-88161203"),  # a party's contact
        ("联系人：本人，联系电话：0531-88161203", "0531-88161203"),
        ("联系电话：0531-88161203", "0531-88161203"),  # a form's field line
        ("当事人：张伟。联系电话：0531-88161203。", "0531-88161203"),  # the party's field before
        ("经查，当事人张伟联系人：李娜，电话：0531-88161203。", "0531-88161203"),  # not a sentence of its own
        # the household the paragraph spoke of is the contact: its own number
        ("户主仉静冰患有尿毒症，补助资金直接发放至其本人社保卡。联系人：仉静冰，电话0531-58293002。", "0531-58293002"),
        ("联系人：办公室，联系电话：0531-88161203；资助中心孙沐阳，手机：19885404296", "19885404296"),
        # an invitation to call somebody else's number, or a mobile, is not the agency's line
        ("如有疑问，可拨打申请人张伟的电话0531-88161203。", "0531-88161203"),
        ("如有疑问，请拨打13812345678。", "13812345678"),
        ("来电人：周桂兰女士　　来电号码：0531-88161203", "0531-88161203"),
    ],
)
def test_personal_contacts_stay_personal(detector, text, expected):
    assert [v for _, v in kinds(detector, text)] == [expected]


def test_a_table_cell_is_its_own_lead():
    row = "市民政局｜张三｜0531-86123456"
    assert not agency_contact(row, row.index("0531"))


@pytest.mark.parametrize(
    ("address", "government"),
    [
        ("lcbsjd@jn.gov.cn", True),
        ("office@court.gov.cn", True),
        ("sdsyjglj@shandong.cn", True),
        ("whwjwyzc@wh.shandong.cn", True),
        ("zhang@163.com", False),
        ("gov.cn.fan@qq.com", False),
        ("a@notshandong.cn", False),
    ],
)
def test_government_mailbox(address, government):
    assert government_mailbox(address) is government


def test_contact_gap_number_is_the_agencys(detector):
    # the notice's contact, a gap, the number without a label
    assert kinds(detector, "　　联系人：郝丽琴\u30000631-5287300") == []
    # a party named before in the paragraph gives the party's own number
    text = "户主郝丽琴申请救助。联系人：郝丽琴\u30000631-5287300"
    assert [v for _, v in kinds(detector, text)] == ["0631-5287300"]


@pytest.mark.parametrize(
    ("line", "previous", "agency"),
    [
        ("　　联系电话：0635-2318806", "　　各企业要严格执行《中华人民共和国安全生产法》，企业主要负责人是安全生产第一责任人。", True),
        ("联系电话：0531-62591996", "联系人：石琳", True),
        ("    联系电话：(0532)83711234", "    本局地址：青岛市市北区延吉路112号　邮编：266034", True),
        ("　　联系电话：0577-3883333", "　　异议受理地点：瑞安市不动产登记服务中心（瑞安市安阳街道万松东路136号）二楼受理窗口", True),
        # after a party's fields the number is the party's
        ("联系电话：0531-88161203", "家庭住址：山东省菏泽市郓城县郓城镇孙堂村200号", False),
        ("　　联系电话：0531-88161203", "　　住所：威海市环翠区文化西路65号龙湖春天3号楼3单元1504室", False),
        ("联系电话：0531-88161203", "当事人：张伟。", False),
        ("联系电话：0531-88161203", "联系人：张伟（申请人之子）", False),
        ("联系电话：0531-88161203", "", False),
        # not a line of its own
        ("联系电话：0531-88161203，请于三日内来人办理。", "本局决定如下。", False),
    ],
)
def test_closing_phone_line(line, previous, agency):
    assert closing_phone_line(line, previous) is agency


def test_closing_line_of_a_document_is_not_reported(tmp_path, detector):
    from review_desk.core.detect.scanner import scan_path

    notice = tmp_path / "notice.txt"
    notice.write_text("　　请相关企业于10日内完成整改。\n　　联系电话：0635-2318806\n", encoding="utf-8")
    form = tmp_path / "form.txt"
    form.write_text("申请人：张伟\n住址：济南市历下区文化东路59号3号楼2单元301室\n联系电话：0531-88161203\n", encoding="utf-8")
    assert [f.text for f in scan_path(str(notice), detector).findings if f.type == "PHONE_NUMBER"] == []
    assert [f.text for f in scan_path(str(form), detector).findings if f.type == "PHONE_NUMBER"] == ["0531-88161203"]
