"""Invented people for dev 5: Japanese names in kanji, rare single-character surnames, two-character
names that are also ordinary words, on top of dev 4's name bank.  Every identity is made up."""

from __future__ import annotations

import random

from tests.data.dev3_gen.people import COMMON, SINGLE
from tests.data.dev4_gen.people import Bank

__all__ = ["Bank5", "JP_GIVEN", "JP_SURNAMES", "RARE_SURNAMES", "WORD_GIVEN", "WORD_NAMES"]

JP_SURNAMES = ["田中", "佐藤", "铃木", "高桥", "渡边", "伊藤", "山田", "中村", "小林", "加藤", "吉田", "山口", "松田",
               "井上", "木村", "清水", "山崎", "池田", "桥本", "阿部", "石井", "小川", "冈本", "长谷川", "村上", "近藤",
               "坂本", "远藤", "青木", "藤井", "西村", "福田", "太田", "三浦", "藤田", "后藤", "野口", "松井", "菅原",
               "酒井", "宫崎", "大野", "丸山", "武田", "上田", "小野寺", "樱井", "荒木"]
JP_GIVEN = ["一郎", "花子", "太郎", "健一", "裕子", "美咲", "和也", "直美", "康介", "由纪", "正人", "明美", "浩之",
            "幸子", "达也", "智子", "翔平", "真由美", "大树", "优子", "雅人", "久美子", "亮介", "惠理", "修平", "纯一",
            "奈绪", "良子", "贵之"]
#: rare single-character surnames (not in dev 3's RARE pool)
RARE_SURNAMES = "笪郇甯酆粟檀阙昝宓雒钭璩蹇亢扈撖郄麴禤亓仉逯冉揭"
#: common surname + given name that together (or the given name alone) are an ordinary word
WORD_NAMES = ["高洁", "白雪", "钟情", "文静", "石磊", "常青", "方正", "江山", "田园", "林森", "夏天", "武艺", "齐心",
              "万里", "安静", "马力", "高峰", "丁香", "雷雨", "华丽", "严明", "成功", "黎明", "向前", "金鑫", "于洋",
              "黄金", "章程", "汪洋", "金星", "高山", "宁静", "关爱", "石林", "时光", "江河", "杨柳", "秦川", "祝福", "温暖"]

#: given names that are ordinary words (光明, 和平, 胜利 …)
WORD_GIVEN = ["光明", "和平", "胜利", "文明", "海洋", "春风", "红旗", "国庆", "长江", "幸福", "美丽", "平安", "建设", "先锋",
              "朝阳", "永远", "秋月", "天真"]


class Bank5(Bank):
    """dev 4's bank plus Japanese, rare-surname and word-like styles."""

    def _draw(self, rng: random.Random, style: str) -> str:
        if style == "jp":
            return rng.choice(JP_SURNAMES) + rng.choice(JP_GIVEN)
        if style == "rare1":
            return rng.choice(RARE_SURNAMES) + rng.choice(SINGLE) + rng.choice(SINGLE)
        if style == "rare1s":
            return rng.choice(RARE_SURNAMES) + rng.choice(SINGLE)
        if style == "word":  # a whole word, or a surname + a given name that is a word
            if rng.random() < 0.6:
                return rng.choice(WORD_NAMES)
            return rng.choice(COMMON) + rng.choice(WORD_GIVEN)
        return super()._draw(rng, style)
