"""Japanese family names as Chinese government texts write them (simplified characters), for names
of Japanese nationals (田中一郎, 长谷川真由美): the most common Japanese surnames, two and three
characters long.  One-character Japanese surnames (林, 森) are Chinese surnames too and are left to the
Chinese rules.  Data only; :mod:`.person` reads it."""

from __future__ import annotations

__all__ = ["JAPANESE_PLACE_LAST", "JAPANESE_SURNAMES"]

JAPANESE_SURNAMES: tuple[str, ...] = tuple(
    "佐藤 铃木 高桥 田中 伊藤 渡边 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 山崎 中岛 池田 阿部 "
    "桥本 山下 森田 石川 前田 小川 藤田 冈田 后藤 长谷川 石井 村上 近藤 坂本 远藤 青木 藤井 西村 福田 太田 三浦 藤原 "
    "冈本 松田 中川 中野 原田 小野 田村 竹内 和田 石田 上田 森本 原口 柴田 酒井 工藤 横山 宫崎 宫本 内田 "
    "高木 安藤 谷口 大野 丸山 今井 高田 藤本 武田 村田 上野 杉山 增田 平野 大冢 千叶 久保 松井 小岛 岩崎 樱井 野口 "
    "松尾 野村 木下 菊地 佐野 大西 杉本 新井 浜田 菅原 市川 水野 小松 岛田 古川 小山 高野 西田 菊池 山内 西川 五十岚 "
    "北村 安田 中田 川口 平田 川崎 饭田 吉川 本田 久保田 冲田 荒木 桑原 望月 小野寺 大桥 服部 秋山 河野 "
    "土屋 片山 永井 星野 松冈 中西 川上 浅野 田口 大久保 小池 岩田 中泽 松下 须藤 小泽 福岛 田边 奥村 "
    "内藤 吉村 大石 二宫 三上 尾崎 稻叶 竹下 早川 宫田 矢野 水谷 浅井 村井 吉冈 栗原 大竹 富田 冈崎 岸田 "
    "福井 坂口 本间 北川 细川 宇野 松浦 川村 野田 桥口 荒井 足立 片冈 松村".split()
)

#: Last characters of Japanese place names (增田町, 秋田县): a surname followed by one of them is a place.
JAPANESE_PLACE_LAST = "町村市县区岛"
