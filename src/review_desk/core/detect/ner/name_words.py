"""Word lists of the PERSON rules (:mod:`.person`): cues, lead-ins, words that follow a name,
titles, common words that look like names, and character classes.

Data only: every list is a tuple (or a string of characters) with no repeats
(``tests/core/detect/ner/test_word_lists.py``); the rules build their sets from them.
"""

from __future__ import annotations

DOTS = '·•‧・∙⋅'

#: Context cues that introduce a person's name (longest first when matching).
CUES: tuple[str, ...] = tuple(
    '当事人 申请人 被申请人 复查申请人 复核申请人 再审申请人 法定代表人 负责人 主要负责人 联系人 委托代理人 '
    '代理人 法定代理人 信访人 来访人 投诉人 举报人 被举报人 被投诉人 户主 经办人 受送达人 代收人 见证人 '
    '经营者 所有人 车辆所有人 驾驶员 驾驶人 乘客 收件人 寄件人 实际控制人 财务负责人 股东 组员 住户 业主 '
    '其子 其女 其妻 其夫 其父 其母 配偶 之子 之女 妻子 丈夫 儿子 女儿 父亲 母亲 班组长 领衔代表 '
    '附议代表 代表 提案人 受害人 被害人 犯罪嫌疑人 嫌疑人 被告人 被告 原告 第三人 家庭成员 姓名 '
    '申请人姓名 患者 纳税人 承租人 出租人 借款人 担保人 监护人 村民 居民 职工 员工 学生 老人 主管 专员 '
    '网格员 律师 上诉人 被上诉人 行为人 违法行为人 被处罚人 当事人姓名 负责人姓名 权利人 义务人 持卡人 '
    '收款人 开户人 户名 账户名 签收人 记录人 证人 被检查人 被询问人 参与人代表 集资参与人 司机 店主 摊主 '
    '法人 法人代表 委托人 受托人 被申请人姓名 联系人姓名 购机者 补贴对象 救助对象 保障对象 拟聘人员 死者 '
    '伤者 病例\\d+ 病人 当事人之一 利害关系人 共有权人 同住人 留宿人 乘车人 联络员 主持人 参加人员 '
    '收银员 押运员 车队长 店长 厨师 帮工 顾客 邻居 工作人员 村委会主任 村民代表 乡村医生 从业人员 骑手 '
    '老板 同村 家属 户代表 小组长 村民小组长 租户 房东 保姆 护工 雇员 工人 农户 同事 朋友 亲属 同学 '
    '记录员 押运人 来电人 来信人 求助人 报警人 贫困户 低保户 五保户 困难户 特困户 承包户 养殖户 种植户 '
    '个体户 经营户 拆迁户 被征收户 之母 之父 之妻 之夫 其兄 其弟 其姐 其妹 其孙 其孙女 其儿媳 其女婿 '
    '其女儿 其儿子 其妻子 其丈夫 其父亲 其母亲 侄子 侄女 外甥 外甥女 儿媳 女婿 '
    '被征收人 被执行人 申请执行人 受援人 受助人 债务人 受益人 '
    '叔叔 伯伯 伯父 叔父 舅舅 舅父 姑姑 姑妈 姨妈 姑父 姨父 婶婶 舅妈 堂兄 堂弟 堂姐 堂妹 表哥 表弟 表姐 表妹 '
    '嫂子 弟媳 姐夫 妹夫 岳父 岳母 公公 婆婆 继父 继母 养父 养母 外孙 外孙女 孙媳 前妻 前夫 '
    '脱贫户 选房户 监测户 搬迁户 安置户 受灾户 加工户 '
    '渔民 牧民 果农 菜农 雇工 工友 包工头 护士 村医 护林员 保洁员 快递员 会计 出纳 案外人 总监 家长 '
    '列席 列席人员 参会人员 与会人员 出席人员 旁听人员'
    .split()
)

#: Words other than the cues that may stand right before a name: roles and prepositions.
LEAD_WORDS: tuple[str, ...] = tuple(
    '通过 经 由 向 对 与 和 及 同 给 请 让 派 委托 指派 安排 联系 告知 通知 约谈 询问 关于 其中 '
    '包括 如下 系 为 是 即 将 把 被 组长 科长 局长 主任 老师 医生 教师 同志 先生 女士 农民 人员 '
    '本人 当事人的 孙子 孙女 哥哥 姐姐 弟弟 妹妹 爷爷 奶奶 外公 外婆 后厨主管 行政专员 以 至 从 在 '
    '的 了 告 收到 市长 部长 主席 议员 总统 总理 大使 外长 省长 县长 区长 镇长 书记 首相 教授 记者 '
    '编辑 作家 导演 演员 教练 队员 选手 球员 村长 据 经查 按照 市民 还有'
    .split()
)

#: Words that follow a name and are not part of it (the given name stops before them).
FOLLOW_WORDS: tuple[str, ...] = tuple(
    '同志 代表 委员 先生 女士 小姐 律师 老师 医生 主任 局长 科长 处长 书记 经理 厂长 院长 队长 组长 '
    '同学 个人 本人 名下 名义 夫妇 夫妻 一家 家属 户主 等人 反映 提出 申请 表示 签收 签字 签名 拒绝 '
    '涉嫌 提供 通过 持有 驾驶 患有 报称 称其 户籍 现住 住址 家住 出生 生于 身份 手机 电话 联系 未能 '
    '不服 对此 认为 作为 负责 委托 经营 承担 应当 已经 没有 居住 系统 会同 办理'
    .split()
)

#: Words after a name that show the name ended there (only used as right context, never to
#: shorten a given name): speech / attitude verbs, 家 (someone's home), age / kinship words.
RIGHT_WORDS: tuple[str, ...] = tuple(
    '家 老人 介绍 证实 同意 反对 承诺 承认 请假 参会 出庭 作证 签署 打电话 一起 一个人 二人 两人 '
    '三人 两户 三户 此次 主刀 离场 到场 说 讲 问 答 闻声 发现 报案 报警 独居 常年 夫妇 之妻 之夫 '
    '之子 之女 之母 之父 妻子 丈夫 儿子 女儿 父亲 母亲 一家 名下 办理 会同 医生 老师 师傅 发生'
    .split()
)

#: Names of national leaders and historical public figures, which are not personal data to
#: redact in a government document (``学习贯彻习近平新时代…``, ``雷锋精神``).
PUBLIC_FIGURES: tuple[str, ...] = tuple(
    '毛泽东 周恩来 刘少奇 邓小平 江泽民 胡锦涛 习近平 朱镕基 温家宝 李克强 孙中山 鲁迅 雷锋 焦裕禄 '
    '孔繁森 马克思 恩格斯 列宁'
    .split()
)

#: Tibetan given-name elements: a name is two of them (``次仁多吉``) and has no surname.
TIBETAN_PARTS: tuple[str, ...] = tuple(
    '扎西 次仁 索朗 丹增 格桑 多吉 卓玛 拉姆 措姆 曲珍 央金 达瓦 尼玛 旺堆 平措 洛桑 顿珠 白玛 德吉 '
    '益西 边巴 普布 罗布 次旦 强巴 仁增 巴桑 米玛 旦增 贡布 群培 拉巴 旺姆 卓嘎 央宗 德庆 次珠 桑珠 '
    '欧珠 曲措 琼达 尼珍 仁青 晋美 嘎玛 玉珍 拉珍 格列 斯朗 阿旺 土登 加措'
    .split()
)

#: Words of :data:`NOT_NAMES` that are also common given names (张向东, 李向前): after a surname they
#: are a given name, not the word (向东移动).
GIVEN_NAME_WORDS: tuple[str, ...] = tuple('向东 向前 向南 向北'.split())

#: Single characters that never are the second given-name character in running text.
FOLLOW_CHARS = '等的于和与及是在为系患诉称因已将向对到被把以自就也都所曾即并或说未不户之个夫妻男女犯'

#: Characters that cannot be the first given-name character.
NOT_FIRST_GIVEN = '的于和与及是在为等某×xX*＊Ｘ○〇号岁们个了'

PSEUDONYM_MARKS = '某×xX*＊ＸⅩ○'

#: Titles after a name that are strong evidence on their own (with a boundary before).
TITLES: tuple[str, ...] = tuple('同志 代表 委员 先生 女士 律师'.split())

#: Words after the last name of a salutation that address a household (姜某、石某夫妇：).
COUPLE: tuple[str, ...] = tuple('夫妇 夫妻 一家 全家 家属'.split())

#: Column headers that mark a table cell as a person's name.
NAME_HEADERS: tuple[str, ...] = (
    '姓名', '户主', '人员', '当事人', '代表人', '负责人', '联系人', '申请人', '代表', '提案人', '受送达人', '所有人', '经营者', '收款人', '户名',
    '持卡人', '签收', '被处罚', '购机者', '对象', '见证人', '驾驶员', '经办人', '值班', '姓 名', '承办', '拟稿', '起草', '审核人', '签发人',
    '作者', '校对', '录入',
)  # fmt: skip

#: Common words that look like surname + given name.
COMMON_WORDS: tuple[str, ...] = tuple(
    '应当 应该 同意 同时 时间 于是 全部 所有 有关 相关 其他 和平 公司 公告 公示 公开 公民 方面 方式 温馨 '
    '万元 高度 江河 向阳 任何 任务 任职 安全 安排 陈述 程序 管理 文件 史料 周边 周年 周末 金额 黄金 '
    '单位 单元 车辆 车主 马上 石油 钱款 上述 常务 常委 时候 原因 原告 原则 成员 成立 成本 党员 党委 '
    '明确 明显 明日 林业 何时 何处 许可 许多 叶片 叶子 毛利 施工 包括 包含 余额 项目 严格 严重 左右 '
    '易于 关于 宁可 强制 计划 计算 经营 经济 华为 季度 阳光 蓝色 水平 景区 司法 司机 师傅 牛奶 温度 '
    '和谐 谷物 商品 商务 商户 商铺 农村 农民 农业 贺电 贺信 龙头 万人 于本 向本 齐全 平台 平安 汪洋 '
    '云南 山东 江苏 河南 湖北 广东 凡是 部分 都是 乔迁 时限 姜汤 东方 南方 西方 北方 上官 申请 伍元 '
    '陆续 柏油 房屋 房产 户口 户籍 国家 国务 邮编 邮政 信访 信息 信用 信件 来信 来访 来电 唐朝 宋朝 '
    '元月 元旦 燕子 洪水 郑重 卫生 卫健 仲裁 夏季 冬季 秋季 春季 雷电 戴口 苗木 花卉 花园 司马 欧阳 '
    '诸葛 皇甫 慕容 令狐 公孙 印发 印章 管辖 车间 谢谢 程度 简称 简易 祝贺 金融 资金 资料 资格 如何 '
    '事项 款项 各项 专项 逐项 为何 几何 从而 因而 进而 然而 继而 反而 而且 并且 尚且 况且 关切 关心 关注 关怀 '
    '应诉 应对 应答 应聘 应征 扎根 扎实'
    .split()
)

BODIES: tuple[str, ...] = tuple('人大 政协 党委 常委 纪委 编委 村委 居委 工会 团委 妇联 党代 职代 侨联 科协 文联 工商 教育'.split())

#: Words that are never a name although they look like surname + given name (besides the cue,
#: lead-in, follow and right words).
NOT_NAMES: tuple[str, ...] = tuple(
    '代领 代办 代签 代收 代为 代理 代缴 高级 中级 初级 提交 提供 提出 提请 提起 博士 硕士 学士 本科 '
    '专科 研究生 主席 总统 总理 部长 省长 市长 县长 区长 镇长 乡长 村长 书记 厅长 处长 科长 局长 '
    '主任 董事 成果 文章 申报 道路 关系 代表 职务 性别 民族 籍贯 住址 电话 签名 备注 合计 小计 总计 '
    '年龄 学历 单位 身份 部门 车牌 号牌 门牌 房号 面积 金额 日期 时间 地址 邮编 证件 编号 序号 户别 '
    '关系人 成员 家庭 人口 万一 万分 周到 周密 高兴 高速 何况 方便 方法 方案 程度 宋体 黑体 左右 '
    '左侧 右侧 向东 向西 向南 向北 向前 向后 于是 于此 于该 于本 常住 常年 常用 能够 能力 白天 白色 '
    '明天 明年 田地 田间 包装 包括 全面 全体 全市 全省 全县 全区 全镇 全村 全组 全国 时任 邵阳 安装 '
    '安全 安置 任意 任职 任命 应急 国籍 公主 王子 国王 王后 皇后'
    .split()
)

#: One-character prepositions that are also surnames (向, 于, 经 …).
PREPOSITIONS = '向对与和及同给由被把将从经据于'

#: Last characters of role nouns (收银员, 厨师, 帮工, 骑手, 店长, 顾客, 邻居, 家属, 店主).
ROLE_END = '手客属'

#: Last characters of role / kinship words before a name (主任赵辉、 医生赵莹 之母呼延若曦).
ROLE_WORD_END = '长任生师员人士志表属居友事子女母父妻夫兄弟姐妹户主工手客民'

#: Characters that end organisation names, never a given name in these positions (师范大学, 工商银行).
ORG_END = '学院行司局厂所校馆站室处科部委会社队团'

#: Kinship cues: glued to a name only after 其 / 的 / 之 or a name (其妻子程静, not 妇女儿童).
KINSHIP: tuple[str, ...] = tuple('女儿 儿子 妻子 丈夫 父亲 母亲'.split())

WEAK_LEADS = '的在了为是以至从告将把即系'

#: Prepositions / lead-ins of the 对某某作出 frame.
FRAME_LEADS: tuple[str, ...] = tuple('对 向 与 和 同 跟 经查 经与 据 由 被 给 让 请 派 及 责令 通知 告知 约谈 询问 联系 委托'.split())

#: Two-character function words ending in a surname character (由于, 对方): never a name start.
GLUE_WORDS: tuple[str, ...] = tuple(
    '由于 对于 关于 至于 属于 基于 等于 处于 位于 鉴于 终于 用于 在于 对方 双方 各方 对此 由此 据此 '
    '与会 向上 向下 及时 和平 同时 同期 给予 请示 被告'
    .split()
)

GIVEN_NEVER_START = '自己我你他她们这那此些指出'

#: Units written right after a number (10时许, 3万元, 5米, 2号楼): after a digit such a character
#: is no surname, and the digit no boundary before a name (10时许从家中走失 has no name 时许从).
UNIT_CHARS = '时分秒日月年号元万亿米亩岁人户次个名组楼层室栋幢排期届'

#: Chinese numerals: a two-character "name" of a surname and a numeral is a grade or a placeholder
#: (高一, 高二 in a 年级 column; 张三, 李四 in a sample), not a person.
NUMERAL_CHARS = '一二三四五六七八九十'

NAME_NEVER_END = '地们些么着过吗呢吧啊这'

DIVISION_SUFFIXES: tuple[str, ...] = tuple('省 市 县 区 自治区 回族自治区 壮族自治区 维吾尔自治区 特别行政区'.split())

#: Characters that end a transliterated name part (never used in transliterations).
DOT_STOP = '所等的于和与及是在为已无那这持住称向请被因从去说要会能将把也就并或未诉经'

BOUNDARY_AFTER: tuple[str, ...] = tuple('宅 承包地 住宅 房屋 家'.split())

#: Characters after a span that make it a place name (张店区, 王府井, 马家村, 中山路).
PLACE_AFTER = '路街村镇区县市省乡庄河山湖桥园苑巷屯湾港井州'

#: Words after a span that make it a road or a place (黄岐大道, 周浦大街, 李家胡同, 陈村水库).
PLACE_AFTER_WORDS: tuple[str, ...] = tuple('大道 大街 大桥 公路 胡同 隧道 立交 环路 支路 横路 水库 林场 农场 嘎查'.split())

#: Last characters of a hamlet named after a family (李家坪, 高家堡, 马家河): 姓 + 家 + one of these is a
#: place, not a name.
HAMLET_LAST = '坪堡坝湾沟峪洼滩坡塘垭寨屯庄店集铺窑峁嘴坎垴畈埠圩岙坳河'

#: Nouns that close a list of places (罗官、新庄、大营三个村委会; 龙泉、石门等6个乡镇): its items are
#: no names.
PLACE_LIST_NOUNS: tuple[str, ...] = tuple('自然村 行政村 村委会 村民小组 村 社区 乡镇 街道 镇 乡 片区 小区 水库 景区 景点 站点 路段'.split())
#: ... unless a word for people follows the noun (等村民, 两个村的党员 is still people's).
PLACE_LIST_PEOPLE: tuple[str, ...] = tuple(
    '民 干部 领导 负责人 代表 书记 主任 党员 群众 居民 组长 委员 医生 教师 人员 工作人员 小组长 会计 支书 '
    '工作者 志愿者 网格员 民警 辅警 医务 两委 班子 专干 监督员 调解员 联络员'.split()
)

#: Nouns that close a list of companies or brands (爱立信、松下等跨国公司; 华西、双良、阳光等一大批乡镇企业):
#: its items are no names — after 等 or a count of 家, and only :data:`COMPANY_LIST_QUALIFIERS` between.
COMPANY_LIST_NOUNS: tuple[str, ...] = tuple(
    '公司 企业 集团 品牌 厂家 厂商 商家 车企 药企 房企 银行 酒店 商场 超市 网站 平台 酒厂 工厂'.split()
)
#: Words that may stand between 等 and the noun for companies (等一大批乡镇企业, 等国内知名品牌).
COMPANY_LIST_QUALIFIERS: tuple[str, ...] = tuple(
    '一大批 一批 多家 几家 众多 诸多 知名 著名 大型 中小 国内 国外 国际 外资 合资 跨国 乡镇 民营 国有 上市 龙头 骨干 重点 '
    '世界 全球 汽车 电子 科技 互联网 金融 商业 股份制'.split()
)
#: ... unless a word for people follows the noun (等企业家, 等公司员工, 等企业负责人 are people).
COMPANY_LIST_PEOPLE: tuple[str, ...] = PLACE_LIST_PEOPLE + tuple(
    '家 主 员工 职工 职员 法人 老板 高管 董事 董事长 总经理 经理 股东 客户'.split()
)

#: Words before a quoted span that make it the name of a storm or an operation, not a person
#: (台风“某某”, 强热带风暴“某某”, 代号“某某”).
NAMED_THING_LEADS: tuple[str, ...] = tuple(
    '台风 超强台风 强台风 热带风暴 强热带风暴 热带低压 飓风 气旋 风暴 代号 命名为 品牌 商标'.split()
)

#: Common two-character verbs / words that start right after a two-character name; a model
#: span that ends inside one of them is cut before it (熊丽召集 → 熊丽, 魏慧入职 → 魏慧).
VERB_BIGRAMS: tuple[str, ...] = tuple(
    '召集 召开 入职 入户 入住 拖欠 主持 参加 出席 陪同 带领 组织 安排 前往 来到 到达 赶到 返回 离开 '
    '回到 携带 驾驶 骑行 乘坐 购买 出售 租用 承包 经营 开办 开设 注册 登记 申领 领取 缴纳 支付 收取 '
    '借给 借用 使用 占用 损坏 拆除 搭建 建设 修建 居住 死亡 受伤 住院 就医 患病 病故 去世 失踪 走失 '
    '报名 考试 录用 聘用 辞职 退休 请求 要求 申请 投诉 举报 反映 咨询 询问 核实 确认 签订 签署 填写 '
    '提交 递交 委托 授权 持有 拥有 继承 转让 赠与 放弃 同意 拒绝 接受 承担 负责 参与 协助 配合 证明 '
    '证实 陈述 说明 解释 介绍 讲述 回忆 听取 发现 看到 听到 得知 认为 表示 提出 提供 告知 通知 联系 '
    '打电 政府 信息 公开 受理 受到 获得 荣获 作为 担任 任职 工作 就读 毕业 出生 生于 告诉 终于 亲自 发自 '
    '代为 代办 代签 代领 正在 受邀 应邀 '
    '制止 扑救 抢救 救起 擅自 私自 利用 违反 坦言 成为 花费 出现 发表 发布 进行 开始 继续 决定 准备 带来 面对 提到 谈到 指出 强调 透露 称赞 回答 问道 说道 笑道 出了'
    .split()
)

#: Last characters of a span that make it a place (never a given-name character in practice).
PLACE_LAST = '路街村镇区县市省乡巷屯井庄'

#: Characters of transliterated foreign names (the English–Chinese transliteration table used for
#: names by Xinhua and GB/T 17693.1, with the common feminine variants 娜 莉 丽 琳 娅 妮 黛 蒂, and
#: the syllables of the Russian table 列 谢 契 延 娃 叶 久 and 胡 赖 夏 肖 辛 怀 佛 若 of both): a model
#: PERSON span made only of these (克里斯托弗, 普里马科夫, 沃尔斯基, 基里延科) is a foreign name.
TRANSLIT_CHARS = (
    "阿埃艾安昂奥巴拜班邦贝本比彼宾波伯布查达代戴丹德登迪蒂丁杜多厄恩尔法范菲芬费弗福夫盖甘冈戈格根贡古圭"
    "哈海汉豪赫亨华霍基吉加贾杰捷金卡凯坎康考科克肯库奎拉莱兰朗劳勒雷里利莉林琳卢鲁伦罗洛马迈曼梅门蒙米敏"
    "莫默姆穆纳娜奈南内尼妮宁纽努诺帕潘佩皮珀普齐奇钦琼丘萨塞桑瑟森沙尚什施舍斯松苏索塔泰坦特图托瓦万威韦"
    "维温翁沃乌西希锡休雅亚扬耶伊因英尤约扎泽詹兹佐丽娅黛顿伍勃乔茨列谢契延娃胡赖夏肖叶久辛怀佛若"
)

#: Role and profession nouns written straight before a name: a foreign name, which has no surname
#: to start it (经济学家马克卢普, 主帅加斯皮里尼, 国务卿奥尔布赖特), or a name with a rare surname
#: (画家阴衍江，, 知事慎九范、).
PROFESSION_LEADS: tuple[str, ...] = tuple(
    '专家 学家 画家 作家 艺术家 企业家 主帅 教练 球星 选手 外援 队长 前锋 中锋 后卫 门将 记者 导演 名导 '
    '演员 歌手 发言人 领导人 负责人 国务卿 首相 外相 议长 总编 馆长 知事 帮办 顾问 评论员 领队 社长 会长 '
    '董事长 行长 部长 总统 总理 大使 外长 主席 博士 教授 将军 大将 上将 中将 少将 指挥官 参谋长 检察长 总裁 经理 球员 新秀 秘书长 '
    '后腰 中卫 边锋 边卫 右卫 左卫 射手 老板 总监 工程师 总工程师 设计师 建筑师 分析师 研究员 主编 编剧 制片人 '
    '摄影师 主持人 店主 作者'
    .split()
)

#: Words after a name that make it a sports team, not a person (米德尔主场, 雷吉纳客场全输, 维拉6胜6平):
#: a match's venue, a season's record, a betting line.  A person in sports news is followed by
#: other words (托蒂身后, 琼斯的胜利).
TEAM_AFTER: tuple[str, ...] = tuple(
    '主场 客场 本赛季 上赛季 新赛季 本轮 上轮 近期战绩 战绩 球迷 主帅 让球 让平 盘口 升班马 队史 '
    '足球俱乐部 俱乐部 vs VS'.split()
)

#: Words before a name that make it a sports team: a match's host or opponent (做客霍芬海姆, 不敌莫斯巴,
#: 赫尔城vs米德尔, 迎战富勒姆, 升班马希洪).
TEAM_BEFORE: tuple[str, ...] = tuple(
    '做客 迎战 主场迎战 客场挑战 不敌 负于 小负 输给 逼平 战平 掀翻 vs VS 升班马 '
    '弱旅 强队 球队 劲旅'.split()
)

#: Words of time that may follow a name (竹内润日前向…, 佐藤一郎昨日表示): a given name never runs
#: into one.
TIME_WORDS: tuple[str, ...] = tuple('日前 目前 此前 近日 近期 昨日 今日 昨天 今天 当天 当日 随后 曾经 早前 日后'.split())

#: Words of a football match report or a betting tip (联赛, 客场, 积分, 赔率, 净胜球): in a text with one,
#: a transliterated span with no person's frame around it names a club (而雷吉纳则是…).
MATCH_WORDS: tuple[str, ...] = tuple(
    '联赛 主场 客场 赛季 积分 净胜球 赔率 盘口 让球 欧冠 联盟杯 英超 意甲 西甲 德甲 法甲 荷甲 俄超 足彩 '
    '欧赔 亚盘 主胜 客胜 保级 降级 升级附加赛 连胜 连败 不败 交锋 往绩 战绩'.split()
)

#: What a player or a coach does in a match report (复出, 入主, 留任, 射入, 加盟): a transliterated span
#: followed by one (also after 的) is a person, not a club.
PLAYER_ACTS: tuple[str, ...] = tuple(
    '复出 受伤 伤愈 伤停 停赛 入主 留任 执教 下课 上位 加盟 转会 首发 替补 射入 攻入 扑出 助攻 '
    '梅开二度 上演帽子戏法 头球 倒钩 打进制胜球 打进 传中 回归 挂帅 接手 续约'.split()
)

#: Words that end an organisation's name (盖蒂信托, 某某基金): a model PERSON span ending in one is an
#: organisation.
ORG_END_WORDS: tuple[str, ...] = tuple('信托 基金 集团 公司 银行 协会 俱乐部 基金会 研究院 事务所'.split())

#: Words that end the name of a lake, an island, a tomb, a temple or a landmark (希利尔湖, 罗布泊,
#: 泰姬陵, 岳飞庙, 埃菲尔铁塔, 苏梅岛, 克鲁格国家公园): a model PERSON span that ends in one, or that one
#: follows, is a place.  Single characters that end given names too (峰, 洋, 塔 of 巴蒂斯图塔) are not here.
LANDMARK_ENDS: tuple[str, ...] = tuple('湖 泊 岛 陵 庙 寺 铁塔 国家公园 古城 故居 纪念馆'.split())

#: Latin words written in brackets after a name that are no name: a link to the person's blog or
#: account on a news site (某某（blog）, 某某（微博）).
LATIN_NOT_NAMES: tuple[str, ...] = tuple('blog weibo twitter facebook vlog ins homepage link'.split())

#: Adverbs that start a clause right after a name (吴飞终于…, 潘凝却认为…, 于海又来…): a model span
#: one character short of a three-character name is not extended over one of them, and a foreign
#: name the model ran into one (贝雷塔|颇见功力) loses it.
CLAUSE_ADVERBS = '却又也还就都便仍亦颇'

#: Words of two characters that a name's last character would make with the 说 / 来 after it
#: (武侠小说, 全职解说, 对游戏来说): where one stands across the end, the name does not end there.
WORDS_ACROSS_END: tuple[str, ...] = tuple(
    '小说 解说 来说 听说 据说 传说 学说 演说 游说 胡说 再说 虽说 劝说 述说 诉说 话说 所说 是说 就说 或说'.split()
)

#: Characters that follow names (:data:`FOLLOW_CHARS`) and yet often end a given name (王羲之,
#: 沈立男, 闫大为, 张志夫): a model span ending in one keeps it when the name clearly ends there.
GIVEN_LAST_FOLLOW = '之夫男为'


#: What a sole proprietor's shop sells or does, written between the owner's name and the kind of
#: shop (历城区韩波|日用品|经营部, 马琴|副食品|商店, 谢琳|汽车|修理部): where the owner's name ends.
SHOP_GOODS: tuple[str, ...] = tuple(
    '日用品 日杂 副食品 副食 食品 烟酒 百货 五金 五金交电 建材 装饰 装饰材料 农资 种子 化肥 农机 汽车 汽修 '
    '汽配 摩托车 电动车 自行车 家电 电器 手机 通讯 电脑 文具 图书 服装 服饰 鞋业 鞋帽 针织 布艺 床上用品 '
    '家具 灯具 卫浴 水暖 水果 蔬菜 果蔬 粮油 米面 肉食 水产 海鲜 干货 茶叶 酒水 饮品 冷饮 小吃 餐饮 '
    '面馆 快餐 烧烤 烤鸭 包子 糕点 豆腐 熟食 药品 药店 眼镜 美容 美发 理发 洗浴 洗车 维修 家电维修 '
    '废品 再生资源 物流 快递 货运 养殖 种植 蔬菜种植 花卉 苗木 石材 钢材 木材 门窗 广告 印刷 打印 '
    '照相 摄影 婚庆 家政 保洁 劳务'
    .split()
)

#: Personal titles written straight after a name (公羊昊天|教授, 严华|董事长, 公西芳|大姐): with a boundary,
#: a role noun or an organisation's name before it, the span before the title is a name.
TITLES_GLUED: tuple[str, ...] = tuple(
    '教授 博士 院士 董事长 总经理 副总经理 经理 厂长 副厂长 总裁 老师 医生 大夫 律师 工程师 师傅 '
    '大姐 大哥 大嫂 大爷 大娘 大妈 阿姨 老人 同学'
    .split()
)

#: Words that overlap a kinship cue from outside (子|女儿|童, 妇|女儿): where one stands across the cue's
#: first or last character, the cue is part of that word, no cue.
CUE_OVERLAPS: tuple[str, ...] = tuple('子女 儿女 妇女 男女 少女 儿童 女童 童年'.split())

#: Words that begin with a cue (居民|楼, 学生|会): glued to what follows, the cue is no cue there.
CUE_COMPOUNDS: tuple[str, ...] = tuple(
    '居民楼 居民区 居民点 居民组 居民户 村民组 村民小组 村民委员会 学生会 学生证 学生处 职工宿舍 职工医院 '
    '员工宿舍 员工食堂 业主委员会 业主大会 住户数 患者家属'
    .split()
)
