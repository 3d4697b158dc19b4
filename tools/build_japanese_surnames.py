"""Print the Japanese family names of ``chinese_names_corpus``'s Japanese name list as Chinese
government texts write them (simplified characters), most frequent first, for
``src/review_desk/core/detect/ner/japanese_names.py``.

    python tools/build_japanese_surnames.py [NER_DATA_DIR] [--top N]

A surname is the first two or three characters of the corpus's full names (``小泉…``, ``大久保…``),
counted over names three to six characters long; a two-character prefix that mostly begins a
three-character one (長谷 of 長谷川) is not one.  Japanese character forms are mapped to the
simplified forms Chinese texts use (橋 -> 桥, 沢 -> 泽, 島 -> 岛); a name with a character that
GB 2312 lacks after the mapping (畑, 榊) is left out.  Names that are also a Chinese place or
division's name (福山, 东山; any of at least ``--min-place`` names) are printed on a second line: they
need a title after the name.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "src"))

#: Japanese (and traditional) forms -> the simplified forms of Chinese texts.
FORMS = dict(zip(
    "橋辺邊邉斎齋齊斉島嶋岡長後遠沢澤瀬広廣関關黒浜濱櫻桜鈴織條竜豊増飯葉稲鍋鎌馬間賀児亀須輪塚徳諏訪結宮門東"
    "實會團來巌野峯峰國園條與萬龍鳥鶴鷲鷹蘭藪淺淵溝瀧滝澁渋莊荘壽寿縣県邑聡聰紀絵美惠恵圓円淳",
    "桥边边边斋斋齐齐岛岛冈长后远泽泽濑广广关关黑滨滨樱樱铃织条龙丰增饭叶稻锅镰马间贺儿龟须轮冢德诹访结宫门东"
    "实会团来岩野峰峰国园条与万龙鸟鹤鹫鹰兰薮浅渊沟泷泷涩涩庄庄寿寿县县邑聪聪纪绘美惠惠圆圆淳",
))


def surnames(corpus: Path, top: int, min_place: int = 30) -> tuple[list[str], list[str]]:
    from review_desk.core.detect.ner.name_shape import is_place_name

    names = [n.strip() for n in corpus.read_text(encoding="utf-8-sig").splitlines()[3:] if n.strip()]
    two = Counter(n[:2] for n in names if 3 <= len(n) <= 5)
    three = Counter(n[:3] for n in names if 4 <= len(n) <= 6)
    counts = Counter({p: c for p, c in two.items() if not any(t.startswith(p) and 2 * n > c for t, n in three.most_common(200))})
    counts.update({t: n for t, n in three.most_common(60) if n >= 0.5 * two[t[:2]]})
    out: list[str] = []
    places: list[str] = []
    for prefix, n in counts.most_common():
        name = "".join(FORMS.get(ch, ch) for ch in prefix)
        try:
            name.encode("gb2312")
        except UnicodeEncodeError:
            continue
        if name in out or name in places:
            continue
        if is_place_name(name):
            if n >= min_place:
                places.append(name)
        elif len(out) < top:
            out.append(name)
    return out, places


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python tools/build_japanese_surnames.py")
    ap.add_argument("data", nargs="?", type=Path, default=REPO_ROOT.parent / "shared" / "ner-data")
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--min-place", type=int, default=30)
    args = ap.parse_args(argv)
    corpus = args.data / "chinese_names_corpus" / "Japanese_Names_Corpus" / "Japanese_Names_Corpus（18W）.txt"
    names, places = surnames(corpus, args.top, args.min_place)
    print(" ".join(names))
    print(" ".join(places))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
