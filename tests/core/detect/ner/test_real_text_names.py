"""Classes of false and lost names seen on real news and web text (issue 17: the MSRA and CLUENER
development slices), each with sentences written here in the style of the class:

* a sports team the model takes for a person (…主场, 做客…, …1胜1平3负) is no name, a player is;
  in a match report a transliterated span with no person's frame is a club, one with a role
  noun, a title or a player's act (复出, 留任, 射入) a person;
* a middle-dot span that names a project, a place or an event (合生·世界村, 中国·无锡…) is no
  name; a country before a middle-dot name is not part of it;
* a Japanese given name ends where a title or a time word starts (市川准导演, 竹内润日前), a
  surname plus 町 is a town, and a Japanese surname inside a 《title》 is no name;
* a model span one character short is not extended where the text writes the shorter name
  elsewhere too (于海问。);
* a role word before a surname and a title (代表马女士) is no name, and a name does not start
  with the last character of a common word (同时畅通…);
* a lake, an island, a tomb, a temple or a landmark the model takes for a person (…湖, …陵,
  …铁塔, 苏梅|岛) is no name;
* a list does not go on into a verb (李玉茹、万方发了…) or a place (…和南斯拉|夫);
* a foreign name the model missed is found as a run of transliteration characters between a
  role noun or a boundary and a person's act or a title; teams, places and one part of a
  hyphenated name are not;
* a two-character name that opens a sentence or a quotation and speaks (。易纲说，) is a name;
* the items of a list closed by 等 and a noun for companies or brands (…等知名企业, …两家车企) are no
  names, unless a word for people follows (等企业负责人);
* a model span one character short of a three-character name is extended when a title follows
  the third character (许文|上导演);
* a foreign name the model ran into a verb, a conjunction or an adverb gives its last character
  back (…|坦言, …|和…, …|颇为), and a foreign span ending in 镇 / 村 / 市 … is a town;
* a name's Latin original in brackets right after it (…（John Smith）) is a name too; an acronym or
  a link word (（blog）) is not;
* one Latin word the model reads as a person is a name after a role noun or before a person's act
  or a title (负责人anna女士, 队长Marco表示); a company or an acronym on its own is not;
* a foreign club, company or brand (:mod:`.foreign_orgs`: 阿森纳, 劳斯莱斯), or the start of one the
  text writes whole (桑普多|利亚), is no name;
* a profession noun as a title glued to a name (专家…教授, 馆长…表示) leads to it as a role word does;
  not after a preposition (向记者…) nor before one (专家向…), nor into a foreign name (…马卡罗|夫);
* a Latin name written without its space and cut by the model at its capital (Max|Baxter) is read
  whole, and its x is no pseudonym mask;
* in a list of foreign names, a whole run of transliteration characters next to a foreign name is one
  too (…、莱罗塔列, 马图扎伦和…); not a club, nor a run cut after a Chinese character (武|西尼奇);
* a model name between a title and a clear end, or before a strong cue (（52岁…), may look like a
  county (经济学家连平（微博）认为) or end like a bank's name (陈力行（52岁）);
* more acts that only a person does after a name (建议, 发表, 宣布, 逝世 …) and more that only a person
  has (的事迹, 的讲话, 的生平 …);
* a model span that took the prefix of a title (博塔副|行长) gives it back, and the title keeps a
  rare surname's name.
"""

from __future__ import annotations

import pytest

from review_desk.core.detect.ner.name_shape import dotted_place, hyphenated_name, is_landmark, is_team
from review_desk.core.detect.ner.person import find_persons


def names(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_persons(text)]


def with_model(text: str, *spans: str) -> list[str]:
    model = []
    for span in spans:
        s = text.index(span)
        model.append((s, s + len(span)))
    return [text[p.start : p.end] for p in find_persons(text, model_spans=model)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("本轮比赛中，帕尔马主场迎来强敌，雷克萨客场全输的势头仍未止住。", "雷克萨"),
        ("上赛季末段，斯托克主场两连胜后，本周将做客布里萨，胜算不大。", "布里萨"),
        ("赫尔城vs卡迪斯：卡迪斯近期状态低迷。", "卡迪斯"),
        ("往绩方面，维尔纳2胜3平1负稍处下风。", "维尔纳"),
        ("周末的焦点战中，升班马希梅尔能否爆冷？", "希梅尔"),
    ],
)
def test_a_sports_team_is_no_person(text: str, span: str) -> None:
    s = text.index(span)
    assert is_team(text, s, s + len(span))
    assert span not in with_model(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("球队主帅巴罗蒂尼上赛季执教过三支意甲球队。", "巴罗蒂尼"),
        ("克里斯托弗表示，他对主场比赛充满信心。", "克里斯托弗"),
    ],
)
def test_a_person_in_sports_news_stays_a_name(text: str, span: str) -> None:
    assert span in with_model(text, span)


@pytest.mark.parametrize(
    "text",
    [
        "万科·翡翠园项目位于城东新区。",
        "本次活动在中国·杭州国际动漫节期间举行。",
        "记者走访了远景·阳光村的样板间。",
        "决赛在哈里·萨迪克体育场进行。",
        "影展设有“城市记忆·上海人”单元。",
    ],
)
def test_a_middle_dot_place_project_or_event_is_no_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1995年，他出任英国罗伯特·戴维斯的私人助理。", ["罗伯特·戴维斯"]),
        ("申请人：古丽娜尔·吐尔逊，女，汉族。", ["古丽娜尔·吐尔逊"]),
        ("被告人阿卜杜拉·依明于2022年3月到案。", ["阿卜杜拉·依明"]),
    ],
)
def test_middle_dot_names_without_a_country_before_them(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("name", ["买买提·艾力", "热合曼·沙吾提", "约翰·史密斯", "扎西·多吉", "图雅·其其格"])
def test_middle_dot_names_are_no_places(name: str) -> None:
    assert not dotted_place(name)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这部影片原是山田洋导演筹备多年的作品。", ["山田洋"]),
        ("据悉，松本明日前已抵达上海。", ["松本明"]),
        ("日本山口县西川町町长一行到访我市。", []),
        ("他最喜欢的漫画是《中村物语》。", []),
        ("画面中，石井光大将正在训话。", ["石井光"]),
    ],
)
def test_a_japanese_given_name_ends_before_a_title_or_a_time_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("第二天，他又见到了吕涛。“材料交了吗？”吕涛问。", "吕涛", ["吕涛", "吕涛"]),
        ("会上，尉迟光辉表示同意。", "尉迟光", ["尉迟光辉"]),
    ],
)
def test_a_short_model_span_is_extended_only_where_the_text_never_writes_it_short(
    text: str, span: str, expected: list[str]
) -> None:
    spans = []
    k = text.find(span)
    while k != -1:
        spans.append((k, k + len(span)))
        k = text.find(span, k + 1)
    assert [text[p.start : p.end] for p in find_persons(text, model_spans=spans)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "出席签约仪式的有省商会代表牛女士。",
        "各地应同时畅通（网络、电话）等举报渠道。",
        "次日，商场已经向林先生表示了歉意。",
        "家住济南的市民杭州李女士告诉记者，她已报警。",
    ],
)
def test_a_role_word_or_a_common_word_is_not_the_start_of_a_name(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("游客可以乘船前往贝加尔湖，夏季湖面风平浪静。", "贝加尔湖"),
        ("穿过沙漠便到了阿斯特陵，当地人称之为“王陵”。", "阿斯特陵"),
        ("远处的拉斐尔铁塔在夕阳下格外醒目。", "拉斐尔铁塔"),
        ("假期想去苏拉岛潜水的游客越来越多。", "苏拉"),
        ("从约翰内斯堡驱车三小时可达皮兰斯国家公园。", "皮兰斯"),
    ],
)
def test_a_landmark_is_no_person(text: str, span: str) -> None:
    s = text.index(span)
    assert is_landmark(text, s, s + len(span))
    assert span not in with_model(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [("意甲射手巴蒂斯图塔当选最佳球员。", "巴蒂斯图塔"), ("记者李晓峰报道。", "李晓峰"), ("王海洋表示同意。", "王海洋")],
)
def test_names_ending_like_a_place_character_stay_names(text: str, span: str) -> None:
    s = text.index(span)
    assert not is_landmark(text, s, s + len(span))
    assert span in with_model(text, span)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("事后，我给王丽娟、方宏发了个短信。", ["王丽娟"]),
        ("决赛中，萨姆索诺夫·安德烈和南斯拉夫的选手交手。", ["萨姆索诺夫·安德烈"]),
        ("赵淑珍与缑嘉懿闻声赶来。", ["赵淑珍", "缑嘉懿"]),
    ],
)
def test_a_list_does_not_run_into_a_verb_or_a_place(text: str, expected: list[str]) -> None:
    assert with_model(text, expected[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在谈到两国关系时，奥尔德里奇说，双方应加强合作。", ["奥尔德里奇"]),
        ("主力后卫帕斯卡利和中场维拉蒂均伤愈复出。", ["帕斯卡利"]),
        ("会见中，委员长对维尔纳斯总统来访表示欢迎。", ["维尔纳斯"]),
    ],
)
def test_a_foreign_name_the_model_missed_is_found_between_a_frame(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "本轮焦点战，拉齐奥主场迎战桑坦德。",
        "他们去了莫斯科、圣彼得堡和摩尔曼斯克。",
        "参加比赛的有阿森纳、阿贾克斯和本菲卡等队。",
        "巴勒莫的球迷在赛后离场。",
        "包括名导弗朗西斯-福德-科波拉的新片。",
    ],
)
def test_teams_places_and_hyphenated_parts_are_not_foreign_names(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("本赛季客场成绩欠佳，而萨斯托洛则是连败不止。", "萨斯托洛"),
        ("赔率方面，多数公司看好维莱纳拿下比赛。", "维莱纳"),
        ("联赛第十轮，博洛尼卡依然排名榜首。", "博洛尼卡"),
    ],
)
def test_a_club_in_a_match_report_is_no_name(text: str, span: str) -> None:
    assert span not in with_model(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("随着皮耶罗的复出，球队联赛前景看好。", "皮耶罗"),
        ("俱乐部证实主帅安切洛蒂本赛季留任。", "安切洛蒂"),
        ("第80分钟，克洛泽射入全场唯一进球，主队联赛三连胜。", "克洛泽"),
        ("赛后，莫拉蒂表示对客场战绩满意。", "莫拉蒂"),
    ],
)
def test_a_player_in_a_match_report_stays_a_name(text: str, span: str) -> None:
    assert span in with_model(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("书中收有北京大学周敦之教授的序言。", "周敦之"),
        ("记者采访了市规划院马树之先生。", "马树之"),
    ],
)
def test_a_name_ending_in_zhi_keeps_it_before_a_title(text: str, span: str) -> None:
    assert with_model(text, span) == [span]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("会后，维拉斯副总统接受了采访。", "维拉斯", True),
        ("他是通过同学关系找到这份工作的。", "关系找", False),
    ],
)
def test_a_title_with_a_prefix_and_a_word_after_a_cue(text: str, span: str, expected: bool) -> None:
    assert (span in names(text) or span in with_model(text, span)) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("据悉，卡林顿信托已向法院提交申请。", "卡林顿信托"),
        ("我们认为柳泽这个项目定位清楚。", "柳泽这"),
    ],
)
def test_an_organisation_or_a_span_into_a_demonstrative_is_no_name(text: str, span: str) -> None:
    assert span not in with_model(text, span)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议结束后，群众反映强烈。“这件事要抓紧办。”韩冰说，“下周就要见效果。”", ["韩冰"]),
        ("邵峰指出，今年的任务依然艰巨。", ["邵峰"]),
        ("据说，今年的雨水比往年多。", []),
        ("。安全表示，", []),
    ],
)
def test_a_two_character_name_that_opens_a_sentence_and_speaks(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("影片由名导詹姆斯-卡梅伦执导。", "詹姆斯-卡梅伦", True),
        ("主演之一的罗伯特-德尼罗表示满意。", "罗伯特-德尼罗", True),
        ("京沪-沪昆两条线路同时开通。", "京沪-沪昆", False),
    ],
)
def test_a_hyphenated_western_name_from_the_model_is_kept(text: str, span: str, expected: bool) -> None:
    assert hyphenated_name(span) == expected
    assert (span in with_model(text, span)) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [("政府要求：周日和周一两天暂停营业。", "周日"), ("夏日午后，河边常有游人纳凉。", "夏日"), ("展览周末照常开放。", "周末")],
)
def test_a_day_or_a_season_is_no_name(text: str, span: str) -> None:
    assert span not in with_model(text, span)


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("本市客户包括海尔、格力、美的等知名企业。", ("格力", "美的"), []),
        ("开发区引进了华新、宏达、金鼎等一大批民营企业。", ("华新", "金鼎"), []),
        ("现场有红旗、长安两家车企参展。", ("红旗",), []),
        ("会议由张明、李华等企业负责人参加。", ("张明", "李华"), ["张明", "李华"]),
        ("张明、李华等公司员工到场协助。", ("张明", "李华"), ["张明", "李华"]),
        ("王建国、刘丽等企业家代表发言。", ("王建国", "刘丽"), ["王建国", "刘丽"]),
    ],
)
def test_items_of_a_list_of_companies_are_no_names(text: str, spans: tuple[str, ...], expected: list[str]) -> None:
    assert with_model(text, *spans) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("这部片子与许文上导演的新作同日上映。", "许文", "许文上"),
        ("据悉，赵立平教授将出席论坛。", "赵立", "赵立平"),
        ("本届评委由孙大为主持。", "孙大", "孙大"),  # 为 after the second character: not extended
    ],
)
def test_a_model_span_one_short_is_extended_before_a_title(text: str, span: str, expected: str) -> None:
    assert expected in with_model(text, span)


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("赛后，卡斯特罗坦言球队准备不足。", ("卡斯特罗坦",), ["卡斯特罗"]),
        ("发布会上，默克尔辩称计划早已公布。", ("默克尔辩",), ["默克尔"]),
        ("马丁内斯和罗德里格斯均有出色表现。", ("马丁内斯和", "罗德里格斯"), ["马丁内斯", "罗德里格斯"]),
        ("主帅安切洛蒂颇为满意。", ("安切洛蒂颇",), ["安切洛蒂"]),
        ("游客乘车抵达塔比拉兰镇后换乘渡轮。", ("塔比拉兰镇",), []),
    ],
)
def test_a_foreign_name_gives_back_what_follows_it(text: str, spans: tuple[str, ...], expected: list[str]) -> None:
    assert with_model(text, *spans) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("外籍人员约翰·史密斯（John Smith）于2025年3月入境。", (), ["约翰·史密斯", "John Smith"]),
        ("球队主教练范德维尔（vandeweer）表示满意。", ("范德维尔",), ["范德维尔", "vandeweer"]),
        ("著名导演尔冬升（blog）执导的新片上映。", ("尔冬升",), ["尔冬升"]),
        ("代表张明（WTO）介绍了情况。", ("张明",), ["张明"]),
    ],
)
def test_a_names_latin_original_in_brackets_is_a_name(text: str, spans: tuple[str, ...], expected: list[str]) -> None:
    assert with_model(text, *spans) == expected


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        ("外方项目负责人anna女士介绍了合作进展。", "anna", True),
        ("代表队队长Marco表示将全力以赴。", "Marco", True),
        ("本次邀请的解说嘉宾中，选手Orion最受欢迎。", "Orion", True),
        ("另外Valve开发的新游戏将于下月发售。", "Valve", False),
        ("许可证编号：LSJ-2024-118。", "LSJ", False),
        ("Konami几周前公布了一款新作。", "Konami", False),
    ],
)
def test_one_latin_word_from_the_model_is_a_name_after_a_role_noun_or_before_an_act(text: str, span: str, kept: bool) -> None:
    assert (span in with_model(text, span)) == kept


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        ("据悉，阿森纳已与这名年轻球员签下长约。", "阿森纳", False),
        ("劳斯莱斯宣布将在华新建一家工厂。", "劳斯莱斯", False),
        ("消息称桑普多利亚已经找到新的赞助商。", "桑普多", False),  # the start of a club the text writes whole
        ("米兰达表示，她将继续留在剧组。", "米兰达", True),  # a longer name that starts like a club
    ],
)
def test_a_foreign_club_company_or_brand_is_no_name(text: str, span: str, kept: bool) -> None:
    assert (span in with_model(text, span)) == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("听证会邀请专家欧阳明轩教授到会。", ["欧阳明轩"]),
        ("市文化馆馆长杜明远表示，展览将持续一个月。", ["杜明远"]),
        ("球队主帅林国栋表示，将全力备战。", ["林国栋"]),
        ("业内专家向晨报表示，手续费将上调。", []),  # a preposition after the noun
        ("工作人员向记者解释了原因。", []),  # the noun is the preposition's object
        ("俄军总参谋长马卡罗夫在会见时表示，", ["马卡罗夫"]),  # a foreign name is not cut to a Chinese one
    ],
)
def test_a_profession_noun_as_a_title_before_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("该游戏的音乐总监MaxBaxter曾表示，", ("Max",), ["MaxBaxter"]),  # the model cut the name at its capital
        ("市场总监JohnKoller透露了新作的消息。", ("John",), ["JohnKoller"]),
        ("公司客户总监叶晴，负责此次对接。", (), ["叶晴"]),
        ("据总工程师孙立刚介绍，工程已完工。", (), ["孙立刚"]),
        ("当事人张X未到场。", (), []),  # a mask stays a mask
    ],
)
def test_latin_names_without_their_space_and_more_titles(text: str, spans: tuple[str, ...], expected: list[str]) -> None:
    assert with_model(text, *spans) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("意大利队的防守靠布丰、格罗索、马特拉齐、莱罗塔列，", ("布丰", "格罗索", "马特拉齐"), ["布丰", "格罗索", "马特拉齐", "莱罗塔列"]),
        ("尤其在马图扎伦和菲尔马尼受伤的情况下，", ("菲尔马尼",), ["马图扎伦", "菲尔马尼"]),
        ("球队得到武西尼奇、巴普蒂斯塔的支援，", ("巴普蒂斯塔",), ["巴普蒂斯塔"]),  # not 西尼奇
        ("罗本和阿森纳的合同将于明年到期。", ("罗本",), ["罗本"]),  # a club is no item
    ],
)
def test_a_list_of_foreign_names_is_read_whole(text: str, spans: tuple[str, ...], expected: list[str]) -> None:
    assert with_model(text, *spans) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("交通银行首席经济学家连平（微博）认为，", "连平"),  # a county's name between a title and a clear end
        ("本次调研由农业专家吴江（右一）带队。", "吴江"),
        ("陈力行（52岁，北京某医院医生）说，", "陈力行"),  # 行 ends banks' names, an age after it frames a name
    ],
)
def test_a_framed_model_name_may_look_like_a_place_or_an_organisation(text: str, span: str) -> None:
    assert span in with_model(text, span)


def test_a_place_without_a_frame_stays_a_place() -> None:
    assert "连平" not in with_model("我们驱车前往连平考察。", "连平")


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        ("会上，瞿秋林建议扩大试点范围。", "瞿秋林", True),  # a rare surname before a person's act
        ("1937年，家宝发表了新作。", "家宝", True),
        ("次年，纳吉宣布辞去总理职务。", "纳吉", True),
    ],
)
def test_more_acts_that_only_a_person_does(text: str, span: str, kept: bool) -> None:
    assert (span in with_model(text, span)) == kept


def test_an_adverb_before_a_post_is_no_name() -> None:
    assert names("。曾先后担任多个职务。") == []  # 曾 and 先后 are adverbs: 担任 is no person's act here


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("但博塔副行长也承认，新钞并不能解决问题。", "博塔副", "博塔"),  # the prefix of the title is cut
        ("会上，戈尔前总统发表了讲话。", "戈尔前", "戈尔"),
    ],
)
def test_a_model_span_gives_back_the_prefix_of_a_title(text: str, span: str, expected: str) -> None:
    assert with_model(text, span) == [expected]


@pytest.mark.parametrize(
    "text",
    ["厂领导发现了党建华的事迹后，号召全厂学习。", "大会宣读了晏明远的讲话，", "会上介绍了金学成的生平。"],
)
def test_what_only_a_person_has_after_a_name(text: str) -> None:
    name = text[text.index("的") - 3 : text.index("的")]
    assert names(text) == [name]
