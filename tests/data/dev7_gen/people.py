"""Invented people for dev 7: rare single-character and compound surnames taken from the surname list
of ``../shared/ner-data/chinese_names_corpus`` (none of them in dev 3-5's pools), given names and whole
names that are ordinary words, and the foreign and minority styles of dev 4 and dev 5.  Every identity
is a random combination made up by the seeded generator."""

from __future__ import annotations

import random

from tests.data.dev3_gen.people import CHARS1, CHARS2, COMMON, MID, OLD_F, OLD_M, SINGLE, YOUNG
from tests.data.dev5_gen.people import Bank5

__all__ = ["Bank7", "COMPOUND7", "RARE7", "WORD7", "WORD_GIVEN7"]

#: rare single-character surnames from the corpus's surname list, not in dev 3's or dev 5's pools
RARE7 = "邴苌谌佴淦郜缑呙虢嵇郏翦靳琚瞿蒉郦闾茆乜弭钮泮骈濮綦庹遆仝邰郯睢殳胥顼鄢庾恽迮郅邾竺俎"
#: compound surnames from the same list, not in dev 3's pool
COMPOUND7 = ["颛孙", "太史", "独孤", "长孙", "司空", "万俟", "百里", "钟离", "西门", "巫马", "闾丘", "申屠", "呼延",
             "澹台", "宗政", "赫连", "公冶", "仲孙", "完颜", "淳于", "濮阳", "闻人", "鲜于", "南宫", "轩辕"]
#: a common surname + a given name that together are an ordinary word (not dev 5's)
WORD7 = ["高洁", "白雪", "钟情", "柳青", "方圆", "金铭", "常胜", "向阳", "叶茂", "江涛", "余庆", "易安", "乐天",
         "文华", "林立", "魏然", "舒畅", "司南", "池清", "郑重", "康宁", "夏至", "纪元"]
#: given names that are ordinary words (not dev 5's)
WORD_GIVEN7 = ["春雷", "白云", "晴天", "秋实", "和谐", "振兴", "远航", "新春", "朝霞", "清风", "永恒", "明月", "晨光",
               "丰收", "团结"]
#: Japanese surnames and given names (simplified characters), not dev 4's or dev 5's combinations
JP_SUR7 = ["山本", "森", "大岛", "小泉", "宫本", "石原", "中岛", "西田", "原田", "竹内", "今井", "河野", "秋山", "松下"]
JP_GIV7 = ["健司", "美穗", "隆", "幸惠", "悠斗", "彩花", "光一", "由香里", "聪", "千夏", "雄大", "真澄"]


class Bank7(Bank5):
    """dev 5's bank plus the corpus's rare and compound surnames and dev 7's word names."""

    def _draw(self, rng: random.Random, style: str) -> str:
        if style == "rare7":
            sur = rng.choice(RARE7)
            r = rng.random()
            if r < 0.3:
                return sur + rng.choice(SINGLE)
            if r < 0.6:
                return sur + rng.choice(CHARS1) + rng.choice(CHARS2)
            return sur + rng.choice(OLD_M + OLD_F + MID + YOUNG)
        if style == "compound7":
            return rng.choice(COMPOUND7) + rng.choice([rng.choice(SINGLE), rng.choice(YOUNG), rng.choice(MID)])
        if style == "word7":  # a whole word, or a common surname + a given name that is a word
            if rng.random() < 0.5:
                return rng.choice(WORD7)
            return rng.choice(COMMON) + rng.choice(WORD_GIVEN7)
        if style == "jp7":
            return rng.choice(JP_SUR7) + rng.choice(JP_GIV7)
        if style == "plain":
            return rng.choice(COMMON) + rng.choice([rng.choice(SINGLE), rng.choice(CHARS1) + rng.choice(CHARS2),
                                                    rng.choice(OLD_M + OLD_F + MID + YOUNG)])
        return super()._draw(rng, style)
