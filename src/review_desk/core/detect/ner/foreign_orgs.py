"""Foreign organisations written in transliteration characters — football clubs, companies, brands,
parties (阿森纳, 桑普多利亚, 劳斯莱斯, 哈马斯): a model PERSON span that is one of them, or the start
of one (桑普多|利亚), is an organisation, not a foreign name (see ``name_shape.is_foreign_org``).

Data only.  Derived once from the training material of the shipped model (``../shared/ner-data``),
as :mod:`.foreign_places` was: every ORG span of ``msra_ner/msra_train.txt`` and every
``organization`` / ``company`` span of ``cluener2020/train.json``, all in
:data:`.name_words.TRANSLIT_CHARS`, never tagged as a person, tagged as an organisation at least
twice, three characters or more (two only when tagged twenty times or more), no place of
:mod:`.foreign_places` and no cut-off start of another entry (拉科 of 拉科鲁尼亚).  The test sets were not used.
"""

from __future__ import annotations

FOREIGN_ORGS: tuple[str, ...] = tuple(
    '乌迪内斯 佛罗伦 克莱斯勒 凯尔特 利库德 加拉塔 努曼西亚 劳斯莱斯 勒沃库森 卡利亚 '
    '吉尼斯 哈马斯 埃克森 埃弗顿 多特蒙德 奈梅亨 奥斯卡 奥萨苏纳 巴勒莫 巴西 '
    '布雷顿森林 恩波利 拉科鲁尼亚 拉齐奥 斯图加 斯托克 本菲卡 格威特 桑坦德 桑德兰 '
    '桑普多利亚 梅塔利斯特 比利亚雷亚尔 比勒菲 沃尔夫 沃尔沃 沙尔克 法兰克 法拉利 '
    '波兹南莱施 波尔图 波拉尔 泽尼特 海尔 瓦拉多利德 科特布斯 穆纳伊克 米兰 纳斯达克 '
    '纽卡斯 维尔瓦 维拉利尔 罗马 肯德基 英特尔 莫斯巴 莫斯科斯巴达克 菲亚特 萨格勒 '
    '西南贝尔 西布朗 西汉姆 费内巴 费耶诺德 赫塔菲 迪斯尼 锡耶纳 阿尔梅利亚 阿森纳 '
    '阿贾克斯 阿里巴巴 雷吉纳 霍芬海 马拉加 马洛卡'
    .split()
)
