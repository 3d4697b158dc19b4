"""Invented people for dev 8: rare single-character and compound surnames taken from the surname list of
``../shared/ner-data/chinese_names_corpus`` (none of them in dev 3-7's pools), names that are ordinary
words, Japanese names of the 小泉 / 大久保 kind, Korean 金 / 朴 / 李 + given name, Western names with
``·`` (two or three parts), on top of dev 7's bank (Uyghur, Mongolian and Tibetan styles).  Every
identity is a random combination made up by the seeded generator."""

from __future__ import annotations

import random

from tests.data.dev3_gen.people import CHARS1, CHARS2, COMMON, MID, OLD_F, OLD_M, SINGLE, YOUNG
from tests.data.dev7_gen.people import Bank7

__all__ = ["Bank8", "COMPOUND8", "RARE8", "WORD8", "WORD_GIVEN8"]

#: rare single-character surnames from the corpus's surname list, not in dev 3's, 5's or 7's pools
RARE8 = "贲卞晁巢苻皋杲戢汲菅颉咎郐邝冒糜牟荀戎韶卲莘禹羿臧甄毋仵漆宦衷阴续羌靖麻宛植爨滑"
#: compound surnames from the same list, not in dev 3's or dev 7's pools
COMPOUND8 = ["纳兰", "拓跋", "亓官", "司寇", "乐正", "段干", "左丘", "公西", "太叔", "公羊", "南门"]
#: a surname + a given name that together are an ordinary word (some as in the issue: 高洁, 白雪, 方圆, 司南)
WORD8 = ["高洁", "白雪", "方圆", "司南", "林立", "金秋", "田野", "白杨", "路遥", "华夏", "任重", "余晖", "高远", "夏雨",
         "齐鸣", "程远", "沈静", "凌云", "常乐", "龙飞", "石坚", "闻达", "温馨", "章法", "庞博"]
#: given names that are ordinary words (not dev 5's or dev 7's)
WORD_GIVEN8 = ["前进", "跃进", "解放", "援朝", "卫国", "春晖", "东升", "红星", "志愿", "新华", "国强", "富强", "胜男",
               "来福", "满意"]
#: Japanese surnames (many of them two characters that also read as Chinese words) and given names
JP_SUR8 = ["小泉", "大久保", "福山", "三宅", "松冈", "北村", "岩田", "小松", "平野", "内田", "久保", "星野", "永井", "岛田",
           "矢野", "桑原", "土屋", "新井", "横山", "菊地", "大竹", "东山", "中川", "安田"]
JP_GIV8 = ["真一郎", "健太郎", "龙之介", "健二", "美由纪", "翔", "惠美", "达郎", "和子", "直人", "沙织", "亮太", "诚",
           "香织", "雄一", "爱", "纯平", "美奈子"]
KR_SUR8 = "金朴李崔"
KR_GIV8 = ["敏浩", "秀晶", "智勋", "恩熙", "俊浩", "惠琳", "永浩", "贤宇", "珉宇", "秀雅", "在镇", "多仁", "荣植"]
WEST_GIV8 = ["乔治", "杰西卡", "马克", "劳拉", "保罗", "海伦", "安德鲁", "苏珊", "理查德", "卡罗琳", "威廉", "露西",
             "弗朗西斯", "汉斯", "玛丽亚"]
WEST_MID8 = ["路易斯", "安东尼", "何塞", "让"]
WEST_SUR8 = ["威廉姆斯", "戴维斯", "加西亚", "罗德里格斯", "施密特", "穆勒", "贝克", "杜邦", "罗西", "费雷拉", "科瓦尔斯基",
             "奥康纳", "佩特罗夫"]


class Bank8(Bank7):
    """dev 7's bank plus dev 8's surnames, word names and foreign styles."""

    def _draw(self, rng: random.Random, style: str) -> str:
        if style == "rare8":
            sur = rng.choice(RARE8)
            r = rng.random()
            if r < 0.3:
                return sur + rng.choice(SINGLE)
            if r < 0.6:
                return sur + rng.choice(CHARS1) + rng.choice(CHARS2)
            return sur + rng.choice(OLD_M + OLD_F + MID + YOUNG)
        if style == "compound8":
            return rng.choice(COMPOUND8) + rng.choice([rng.choice(SINGLE), rng.choice(YOUNG), rng.choice(MID)])
        if style == "word8":
            if rng.random() < 0.6:
                return rng.choice(WORD8)
            return rng.choice(COMMON) + rng.choice(WORD_GIVEN8)
        if style == "jp8":
            return rng.choice(JP_SUR8) + rng.choice(JP_GIV8)
        if style == "kr8":
            return rng.choice(KR_SUR8) + rng.choice(KR_GIV8)
        if style == "west8":
            parts = [rng.choice(WEST_GIV8)]
            if rng.random() < 0.25:
                parts.append(rng.choice(WEST_MID8))
            parts.append(rng.choice(WEST_SUR8))
            return "·".join(parts)
        return super()._draw(rng, style)
