"""Word lists of the address rules (:mod:`.address`): the cues that say whose address follows
(a person's home, an organisation's, neutral) and the characters around addresses.

Data only: every list is a tuple (or a string of characters) with no repeats
(``tests/core/detect/ner/test_word_lists.py``).
"""

from __future__ import annotations

#: Cues before a person's home address.
HOME_CUES: tuple[str, ...] = tuple(
    '住址 现住址 现住 家住 住所地 户籍地 户籍所在地 户口所在地 居住地 现居住地 现居住 现居 家庭住址 '
    '家庭地址 通信地址 通讯地址 送达地址 送达地点 邮寄地址 收件地址 原址 住 '
    '居住于 住在 暂住 暂住地 户籍 家庭住所 经常居住地 常住地 所在村 户籍地址 居住地址 现住地址 常住地址 '
    '户口地址 现居住地址 家住址 住宅地址 租住 借住 寄住 居于 现居于 建房位置 建房地点 宅基地位置'
    .split()
)

#: A dwelling and a verb that locates it (房屋位于, 住房坐落在): each pair is a home cue as well.
DWELLINGS: tuple[str, ...] = tuple('房屋 住房 住宅 自建房 宅基地 老屋 农房'.split())
LOCATIVES: tuple[str, ...] = tuple('位于 坐落于 坐落在 坐落'.split())

#: Cues before the site of a building (建设位置): a person's home when the clause is about a person's
#: house (张某某户，建设位置：…), else a place (a road's, a plant's).
SITE_CUES: tuple[str, ...] = tuple('建设位置 建设地点'.split())

#: Cues before an organisation's address (a bare 住所 is decided by the words around it).
ORG_CUES: tuple[str, ...] = tuple(
    '住所 注册地址 注册地 经营场所 主要经营场所 经营地址 营业场所 办公地址 办公地点 单位地址 机关地址 '
    '本局地址 本机关地址 本院地址 本委地址 本厅地址 本部门地址 来信地址 复查地址 联系地址 生产地址 '
    '生产经营场所 厂址 培训地点 会议地点 办理地点 受理地点 受理地址 咨询地址 地点 '
    '举报地址 投诉地址 来访地址 信访地址 接待地址 接待地点 报名地址 报名地点 领取地址 领取地点 缴费地址'
    .split()
)

#: Cues that say nothing about whose address it is.
NEUTRAL_CUES: tuple[str, ...] = tuple('地址 寄送地址 位于 坐落于'.split())

#: Separators between a cue and its address.
CUE_SEPS = '：:｜| \t\u3000'

#: Characters after a division name that end a place (济南市历下区的…, 张店区、).
LOCATION_FOLLOW = '的内境辖等、和与及，,。；;：:）)\n\r\t \u3000'

#: Home cues that an organisation uses as well (its 住所 / 通讯地址).
OWNER_CUES: tuple[str, ...] = tuple('住所地 住址 通信地址 通讯地址 送达地址 邮寄地址 收件地址 户籍地址'.split())

#: Contact cues that a letter's own footer uses as well.
CONTACT_CUES: tuple[str, ...] = tuple('通信地址 通讯地址 邮寄地址 送达地址 收件地址'.split())

#: Relative divisions and places before an address (住本市历下区…, 同楼8栋…): the address starts after them.
RELATIVE: tuple[str, ...] = tuple('本市 本省 本县 本区 本镇 该市 该县 该区 同小区 同楼 同院 同村 该小区 本小区'.split())

#: Words that say the clause is about a natural person, so that the address after it is a home
#: (``受援人某某，联系地址：…``, ``被执行人某某，住…``); beside the gender and age patterns of the rules.
PERSON_SUBJECTS: tuple[str, ...] = tuple(
    '姓名 身份证 申请人 当事人 信访人 户主 本人 家庭 个人 代表 委员 提案人 受送达人 住户 负责人 经营者 '
    '股东 投资人 业主 监护人 受援人 被执行人 被征收人 被申请人 被告人 原告 被告 第三人 举报人 投诉人 承租人 '
    '权利人 受益人 继承人 村民 居民 失主 学生 患者 被救助人 救助对象 保障对象 供养对象 被处罚人 行为人 房主'
    .split()
)

#: Organisation cues that name a business's or an office's premises: never a home, whoever runs it.
PREMISES_CUES: tuple[str, ...] = tuple(
    '注册地址 注册地 经营场所 主要经营场所 经营地址 营业场所 办公地址 办公地点 单位地址 生产地址 生产经营场所 厂址'
    .split()
)

#: Organisation cues that name where something happens, not whose the place is: a flat there is a home.
PLACE_CUES: tuple[str, ...] = tuple('地点 培训地点 会议地点 办理地点 受理地点'.split())

#: Last words of a column header whose cells name a place or a kind of land (所在自然村, 村民小组,
#: 所在乡镇, 地类, 土地用途): such a cell is no person's name.
PLACE_COLUMN_ENDS: tuple[str, ...] = tuple(
    '自然村 村 村组 村社 村民小组 村民组 所在组 所在社 所在屯 乡镇 镇 乡 街道 社区 小区 片区 区域 地名 地点 坐落 位置 '
    '地类 土地类别 土地用途 用途'
    .split()
)
