"""Name elements of Uyghur and Mongolian personal names as Chinese government texts write them.

A Uyghur name is the person's own name and the father's name (``阿依古丽·买买提``); a Mongolian name
is one or two elements (``巴特尔``, ``乌云其其格``).  Written with the middle dot they are found by
their shape; written without it (``阿依古丽买买提``, ``巴特尔朝鲁``, common in rosters and court
notices) they have no Chinese surname to start them, and the rules read them as runs of these
elements (:mod:`.person`).  The lists hold common elements of each naming tradition (men's and
women's names, the variant spellings in use: 麦麦提 / 买买提, 玉素甫 / 玉苏甫); data only.
"""

from __future__ import annotations

__all__ = ["MONGOLIAN_PARTS", "UYGHUR_PARTS"]

UYGHUR_PARTS: tuple[str, ...] = tuple(
    "阿不都 阿布都 阿卜杜 阿不都拉 阿卜杜拉 阿布都拉 阿不都热依木 阿布都热依木 阿不都热合曼 阿布力孜 阿不力孜 "
    "阿迪力 阿里木 阿合买提 阿吉 阿布拉 艾力 艾合买提 艾合麦提 艾尔肯 艾山 艾则孜 艾买提 艾尼瓦尔 艾克拜尔 "
    "买买提 麦麦提 买合木提 麦合木提 穆罕默德 穆合塔尔 玉素甫 玉苏甫 吐尔逊 吐尔洪 图尔荪 托合提 热合曼 "
    "热依木 依明 伊明 努尔 努尔兰 库尔班 卡德尔 喀迪尔 肉孜 赛买提 吾斯曼 乌斯曼 亚森 牙生 尼亚孜 帕尔哈提 "
    "迪力夏提 伊力哈木 司马义 斯拉木 依沙克 克里木 沙吾提 哈力克 吾买尔 巴拉提 居来提 热西提 阿尔斯兰 "
    "阿依古丽 古丽娜尔 古丽米拉 古丽巴哈尔 帕提古丽 迪丽努尔 迪丽拜尔 米娜瓦尔 祖丽皮亚 祖丽胡玛尔 热依拉 "
    "吐逊古丽 阿依努尔 布帕塔木 努尔比亚 海尼古丽 再努尔 阿孜古丽 热孜万古丽 哈丽旦 玛依拉 美合日班 "
    "阿米娜 帕丽旦 佐热古丽 阿提开木 排孜力 茹仙古丽 阿依先木 古再丽努尔 米日古丽 帕夏古丽"
    .split()
)

MONGOLIAN_PARTS: tuple[str, ...] = tuple(
    "巴特尔 巴图 乌云 其其格 额尔敦 苏日娜 朝鲁 那日苏 格日勒 宝音 图雅 阿拉坦 敖登 孟和 萨仁 斯琴 "
    "高娃 苏和 巴雅尔 额尔德尼 塔娜 吉日嘎拉 满都拉 巴根 毕力格 布和 额日和木 胡日查 乌力吉 特木尔 "
    "吉雅 娜仁 萨其拉 图门 其木格 乌日娜 阿拉腾 包力高 朝格图 都仁 格根 那顺 德力格尔 额尔登 苏布达 "
    "扎那 道尔吉 宝力道 哈斯 达来 乌日图 巴达玛 额尔敦巴雅尔 其勒木格 萨日娜 通拉嘎 阿茹娜 苏德"
    .split()
)
