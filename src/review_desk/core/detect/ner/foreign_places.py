"""Foreign places written in transliteration characters (莫斯科, 马拉维, 卡萨布兰卡): a model PERSON
span that is one of them is a place, not a foreign name (see ``name_shape.is_transliterated``).

Data only.  Derived once from the training material of the shipped model (``../shared/ner-data``):
every LOC span of ``msra_ner/msra_train.txt`` and every ``address`` span of
``cluener2020/train.json`` of three or more characters, all in :data:`.name_words.TRANSLIT_CHARS`,
tagged as a place more often than as a person.  Both corpora carry no stated licence (see
``models/README.md``); the list holds only place names.  The test sets were not used.
"""

from __future__ import annotations

FOREIGN_PLACES: tuple[str, ...] = tuple(
    '乌克兰 乌兰巴托 乌布苏 乌拉圭 乌迪内 伊拉克 伊斯坦布尔 伍珀塔尔 休斯顿 伯尔尼 伯诺尼 '
    '佛罗伦萨 佛罗里达 克什米尔 克利夫兰 克拉斯诺亚尔斯克 克拉科夫 克莱维 兰斯克鲁纳 内蒙古 '
    '利古里亚 利比亚 加利福尼亚 加勒比 加勒比海 加尔维斯顿 加拉加斯 加格拉 加泰罗尼亚 南斯拉夫 '
    '南苏丹 南西奈 卡利亚里 卡塔尔 卡塔尼亚 卡尔斯鲁厄 卡拉奇 卡纳克 卡纳塔克邦 卡萨布兰卡 卢萨卡 '
    '古吉拉特邦 古尔达拉 古罗马 吉尔吉斯 吉尔吉斯斯坦 吉莱巴 哈利斯科 哈利波特 哈尔霍马 哈拉雷 '
    '哈斯科沃 哈萨克 哈萨克斯坦 图卢兹 图阿普谢 图鲁兹 坦桑尼亚 埃克斯 埃因霍温 埃舍德 埃里温 '
    '基克拉迪 塔吉克斯坦 塔斯马尼亚 塞克萨德 塞内加尔 塞多尼亚 塞尔维亚 塞弗勒 塞拉利昂 塞拉图 '
    '塞瓦斯托波尔 多伦多 多普尔 多米尼加 奥克兰 奥兰多 奥斯罗布 奥里萨邦 奥里诺科 威尼斯 '
    '威斯特法伦 安华西里 安菲尔德 尤里卡 巴勒斯坦 巴哈马 巴基斯坦 巴塞尔 巴德梅 巴拉圭 巴格达 '
    '巴约纳 巴西利亚 巴西哈瓦 布伦特 布伦纳 布加勒斯特 布基纳法索 布拉格 布莱顿 布达佩斯 布里斯班 '
    '布鲁塞尔 希伯伦 希斯罗 帕塔亚 帕米尔 帕里奥利 库兰达 库尔勒 库尔德 弗拉诺瓦茨 弗洛姆 '
    '德雷西塔 扎拉阿姆贝萨 托斯卡纳 托莱多 拉塔基亚 拉巴斯 拉巴特 拉斯维加斯 拉贾斯坦邦 拉马拉 '
    '拜科努尔 斯图加特 斯普林菲尔德 斯温登 斯潘塞 斯里兰卡 普拉多 普林西比 普沃茨克 普耶普罗 '
    '普芬比利 普里什蒂纳 曼哈顿 杜塞尔多夫 杰伊汉 格鲁吉亚 比什凯克 比哈尔邦 汉诺威 沙努尔 '
    '沙特阿拉伯 法兰克福 法兰西 法扎巴德 法莱斯 波尔多 泰厄罗阿 泰米尔纳德邦 特古西加尔巴 特拉维夫 '
    '特洛伊 班加罗尔 琼斯伯勒 瓦加杜古 瓦拉纳西 登巴萨 盖蒂基金 科利马 科威特 科托努 科特迪瓦 '
    '科索沃 科纳克里 科雷姆 米亚瓦 米达尔 索尔兹伯里 索维拉 索韦托 索马里 纳米比亚 纽卡斯尔 '
    '维多利亚 维尔维埃 罗安达 罗布林卡 罗托鲁瓦 罗马尼亚 翁布里亚 肯尼亚 艾尔索普 苏格兰 苏里南 '
    '英格兰 莫斯科 莫斯科斯巴达 莫桑比克 莱比锡 莱索托 萨克勒布 萨尔瓦多 萨尔诺 萨格勒布 萨洛尼卡 '
    '蒂罗尔 蒙彼利埃 蒙特利尔 蒙特勒 西伯利亚 西姆拉 西西里 西里西亚 西雅图 贝尔格莱德 贝鲁特 '
    '费卢杰 费尔法克斯 贾拉瓦 赫尔辛基 赫库兰尼姆 赫罗诺夫 达拉斯 达林顿 达沃斯 里斯本 门多萨 '
    '阿伊特本 阿克拉 阿克苏 阿姆斯特丹 阿姆贝萨特 阿尔勒 阿尔巴尼亚 阿尔法 阿布哈兹 阿布扎比 '
    '阿布贾 阿拉伯 阿斯塔纳 阿斯马拉 阿波罗 阿特拉斯 阿穆尔 阿达纳 阿迪达斯 阿里特纳 阿鲁巴 '
    '阿鲁沙 雅加达 雅尔塔 霍巴特 马哈拉施特拉邦 马塞卢 马尔代夫 马尔凯 马尼拉 马德里 马达加斯加 '
    '鲁斯塔克 鲁西南 默克莱 齐齐哈尔'
    .split()
)
