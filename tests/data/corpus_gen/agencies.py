"""Issuing agencies used by the templates.

Agency names are real kinds of Shandong bodies; switchboard numbers, street addresses and the
names of the officials who sign or act as contact persons are invented.  Officials' names are
public in a published document: they go to ``corpus/agency.txt`` (the evaluation allow list) and
are annotated as traps of kind ``official_name``, never as PERSON.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Agency:
    key: str
    name: str
    city: str  # key of identities.AREA_CODES
    phone: str  # switchboard as usually written
    address: str
    postcode: str
    prefix: str  # document number prefix, e.g. 鲁金监发
    head: tuple[str, str]  # (title, name) of the signing official
    contact: str  # staff contact person (public)
    email: str = ""  # public mailbox of the agency (not personal data)


AGENCIES = {a.key: a for a in [
    Agency("sdjr", "山东省地方金融监督管理局", "济南", "0531-86192345", "济南市历下区解放路166号", "250013", "鲁金监发",
           ("局长", "宋立群"), "韩雪松", "sdjrxxgk@shandong.cn"),
    Agency("jnzr", "济南市自然资源和规划局", "济南", "0531-66601357", "济南市历下区龙鼎大道1号", "250099", "济自然资规",
           ("局长", "曹明远"), "高婉清", "zrzyxxgk@jinan.gov.cn"),
    Agency("jnsj", "济南市市场监督管理局", "济南", "0531-66608123", "济南市历下区和平路3号", "250014", "济市监处罚",
           ("局长", "鲍志刚"), "范思远"),
    Agency("qbsj", "青岛市市北区市场监督管理局", "青岛", "0532-83711234", "青岛市市北区延吉路112号", "266034", "青北市监处",
           ("局长", "鞠振海"), "栾晓蕾"),
    Agency("lxzf", "济南市历下区人民政府办公室", "济南", "0531-86553210", "济南市历下区解放东路3号", "250014", "历下政办字",
           ("主任", "邢国栋"), "柴佳宁", "lxqzfxxgk@jinan.gov.cn"),
    Agency("ycmz", "郓城县民政局", "菏泽", "0530-6582317", "郓城县金河路218号", "274700", "郓民发",
           ("局长", "葛兆丰"), "苗春燕"),
    Agency("wfjt", "潍坊市交通运输局", "潍坊", "0536-8789012", "潍坊市奎文区东风东街6396号", "261041", "潍交执罚",
           ("局长", "常德胜"), "谷文静"),
    Agency("zbhb", "淄博市生态环境局", "淄博", "0533-3181234", "淄博市张店区人民西路57号", "255000", "淄环罚",
           ("局长", "钱永利"), "邹玉洁"),
    Agency("ytrs", "烟台市人力资源和社会保障局", "烟台", "0535-6601234", "烟台市莱山区港城东大街1266号", "264003", "烟人社字",
           ("局长", "薄文涛"), "汤悦", "ytrsjrc@yt.gov.cn"),
    Agency("whzj", "威海市住房和城乡建设局", "威海", "0631-5201234", "威海市环翠区青岛北路2号", "264200", "威建字",
           ("局长", "翟海军"), "蒲晓燕"),
    Agency("lsxf", "临沂市兰山区信访局", "临沂", "0539-8101234", "临沂市兰山区金雀山路16号", "276002", "兰信复",
           ("局长", "米庆华"), "包丽娜"),
    Agency("jncr", "济宁市公安局出入境管理支队", "济宁", "0537-2961234", "济宁市任城区太白楼中路50号", "272000", "济公出",
           ("支队长", "滕志远"), "费晨曦"),
    Agency("dznn", "德州市农业农村局", "德州", "0534-2681234", "德州市德城区湖滨南大道1166号", "253000", "德农字",
           ("局长", "伍国庆"), "凌紫薇"),
    Agency("taspj", "泰安市行政审批服务局", "泰安", "0538-6991234", "泰安市泰山区东岳大街386号", "271000", "泰审批许",
           ("局长", "项光明"), "樊梦洁"),
    Agency("jnsw", "国家税务总局济南市税务局第一稽查局", "济南", "0531-82671234", "济南市市中区经四路162号", "250001",
           "济税一稽罚", ("局长", "单立新"), "房玉婷"),
    Agency("jnjj", "济南市公安局交通警察支队", "济南", "0531-85081234", "济南市槐荫区经十路22799号", "250022", "济公交",
           ("支队长", "车建华"), "卜思琪"),
    Agency("qdjy", "青岛市教育局", "青岛", "0532-85912345", "青岛市市南区闽江路7号", "266071", "青教函",
           ("局长", "管恩泽"), "柯雨桐"),
    Agency("sdwj", "山东省卫生健康委员会", "济南", "0531-67876123", "济南市历下区燕东新路9号", "250014", "鲁卫提函",
           ("主任", "殷泽民"), "邵梓涵"),
    Agency("lxwh", "济南市历下区文化东路街道办事处", "济南", "0531-88912345", "济南市历下区文化东路17号", "250014",
           "文化东路街办发", ("主任", "霍春生"), "晏秋月"),
    Agency("jnjy", "济南市教育局", "济南", "0531-66608765", "济南市历下区龙鼎大道1号", "250099", "济教人",
           ("局长", "阎广德"), "祁嘉怡"),
    Agency("jnzj", "济南市住房和城乡建设局", "济南", "0531-51706789", "济南市历下区龙鼎大道1号", "250099", "济建字",
           ("局长", "井维国"), "乔欣然", "jnzjjxxgk@jinan.gov.cn"),
    Agency("ycgt", "郓城县自然资源局", "菏泽", "0530-6529876", "郓城县北城新区胜利街99号", "274700", "郓自然资许",
           ("局长", "毕建业"), "时雨欣"),
    Agency("jnzf", "济南市人民政府办公厅", "济南", "0531-66607123", "济南市历下区龙鼎大道1号", "250099", "济政办字",
           ("副秘书长", "尚崇文"), "左文君"),
    Agency("whjy", "威海市教育局", "威海", "0631-5232345", "威海市环翠区新威路13号", "264200", "威教函",
           ("局长", "裴继东"), "聂佳琪"),
]}

# officials who appear in minutes and notices without a fixed agency (public office holders)
EXTRA_OFFICIALS = ("甄德明", "原振华", "庞立伟", "蓝海涛", "岳晓峰", "汪秀珍", "冉志强", "詹立民", "牛玉兰",
                   "喻国强", "卓晓明", "习建平")

HOTLINES = ("12345", "12315", "12366", "12333", "12388", "12369", "12368", "12348")

COURTS = ("济南铁路运输法院", "济南市历下区人民法院", "青岛市市北区人民法院", "潍坊市奎文区人民法院", "淄博市张店区人民法院",
          "临沂市兰山区人民法院", "泰安市泰山区人民法院", "郓城县人民法院")


def reserved_names() -> set[str]:
    names = set(EXTRA_OFFICIALS)
    for a in AGENCIES.values():
        names.add(a.head[1])
        names.add(a.contact)
    return names
