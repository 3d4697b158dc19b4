"""Japanese family names as Chinese government texts write them (simplified characters), for names
of Japanese nationals (田中一郎, 长谷川真由美): the most common Japanese surnames, two and three
characters long.  One-character Japanese surnames (林, 森) are Chinese surnames too and are left to the
Chinese rules.  Data only; :mod:`.person` reads it."""

from __future__ import annotations

__all__ = ["JAPANESE_GIVEN_WORD_START", "JAPANESE_PLACE_LAST", "JAPANESE_PLACE_SURNAMES", "JAPANESE_SURNAMES"]

JAPANESE_SURNAMES: tuple[str, ...] = tuple(
    "佐藤 铃木 高桥 田中 伊藤 渡边 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 山崎 中岛 池田 阿部 "
    "桥本 山下 森田 石川 前田 小川 藤田 冈田 后藤 长谷川 石井 村上 近藤 坂本 远藤 青木 藤井 西村 福田 太田 三浦 藤原 "
    "冈本 松田 中川 中野 原田 小野 田村 竹内 和田 石田 上田 森本 原口 柴田 酒井 工藤 横山 宫崎 宫本 内田 "
    "高木 安藤 谷口 大野 丸山 今井 高田 藤本 武田 村田 上野 杉山 增田 平野 大冢 千叶 久保 松井 小岛 岩崎 樱井 野口 "
    "松尾 野村 木下 菊地 佐野 大西 杉本 新井 浜田 菅原 市川 水野 小松 岛田 古川 小山 高野 西田 菊池 山内 西川 五十岚 "
    "北村 安田 中田 川口 平田 川崎 饭田 吉川 本田 久保田 冲田 荒木 桑原 望月 小野寺 大桥 服部 秋山 河野 "
    "土屋 片山 永井 星野 松冈 中西 川上 浅野 田口 大久保 小池 岩田 中泽 松下 须藤 小泽 福岛 田边 奥村 "
    "内藤 吉村 大石 二宫 三上 尾崎 稻叶 竹下 早川 宫田 矢野 水谷 浅井 村井 吉冈 栗原 大竹 富田 冈崎 岸田 "
    "福井 坂口 本间 北川 细川 宇野 松浦 川村 野田 桥口 荒井 足立 片冈 松村 "
    # the most frequent further family names of chinese_names_corpus's Japanese list, simplified
    # (tools/build_japanese_surnames.py), less those that are ordinary Chinese words (大江, 三好, 山中)
    "松平 斋藤 齐藤 本多 毛利 黑田 北条 织田 小田 伊东 小笠原 岛津 大岛 上杉 石原 广濑 三宅 "
    "小泉 津田 滨田 八木 熊谷 吉野 佐伯 泽田 渡部 河合 大泽 平井 佐久间 永田 奥田 白井 立花 "
    "松永 川岛 武藤 石桥 成田 结城 丰田 森下 三木 冈村 今村 寺田 长尾 儿玉 古贺 小西 冈部 "
    "土井 真田 大村 稻垣 荒川 上村 关口 小原 柳泽 横田 菅野 若林 坂井 椎名 镰田 杉浦 堀田 "
    "丹羽 宫川 田代 赤松 村山 涩谷 金井 麻生 诹访 锅岛 金泽 森川 德川 喜多 奈良 河村 甲斐 "
    "鸟居 福原 岩本 坂田 田岛 饭岛 龟井 竹田 西尾 町田 内山 狩野 加贺 岸本 角田 中尾 安部 "
    "森山 神谷".split()
)

#: Japanese family names that are also a Chinese place's or division's name (福山, 东山, 中山; the second
#: line of tools/build_japanese_surnames.py): a name only with a title after it (福山香织先生, 东山健太郎女士).
JAPANESE_PLACE_SURNAMES: tuple[str, ...] = tuple(
    "中山 青山 牧野 新田 西山 平山 松原 松山 南部 中原 大田 江口 古田 深泽 三原 金山 平川 福山 大城 江川 大关 东山 "
    "中江".split()
)

#: Last characters of Japanese place names (增田町, 秋田县): a surname followed by one of them is a place.
JAPANESE_PLACE_LAST = "町村市县区岛"

#: Given names that begin with a character that otherwise ends a given name's run (和 of 大竹和子,
#: 将 of 小松将太): the conjunction or the adverb is the name's here.
JAPANESE_GIVEN_WORD_START: tuple[str, ...] = tuple(
    "和子 和也 和夫 和彦 和美 和代 和人 和男 和树 和宏 和久 和惠 将太 将之 将人".split()
)
