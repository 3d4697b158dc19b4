"""CN_ADDRESS coverage on independent, real-world address shapes.

Source: ``/work/shared/ner-data/chinese_address_parsing/{dev,test}.txt`` (one character / number
token per line with a component label: prov, city, district, town, community, road, roadno,
poi, houseno, cellno, floorno, roomno …).  Each home-like address (no person name, no stray
or "assist" text, no shop / company / office point of interest, ending at a number component)
is embedded in carrier sentences typical of government documents, and the detector's CN_ADDRESS
output is compared with the address span::

    .venv/bin/python benchmarks/address_coverage.py [dev|test] [--limit N] [--show N]

Reports per carrier and overall: exact-span recall, overlap recall, how often the address got a
wrong type (LOCATION / ORG_ADDRESS, no CN_ADDRESS overlapping) and CN_ADDRESS spans outside the
address (false positives on the carrier).  Iterate on ``dev``; ``test`` is for confirmation.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

DATA = Path("/work/shared/ner-data/chinese_address_parsing")

#: (name, text before, text after, table-cell header or None)
CARRIERS = [
    ("applicant", "申请人张伟，男，住", "。", None),
    ("huji", "户籍地：", "，联系电话13912345678", None),
    ("jiazhu", "家住", "的李某", None),
    ("cell-tab", "家庭住址\t", "", None),
    ("cell-ctx", "", "", ["家庭住址"]),
]
#: Organisation carriers: the same addresses must NOT come out as CN_ADDRESS here.
ORG_CARRIERS = [
    ("org-zhusuo", "某某科技有限公司，住所：", "。"),
    ("org-reg", "注册地址：", "，法定代表人王某"),
    ("org-jy", "经营场所：", "。"),
]

#: Points of interest that make an address a business's rather than a home.
_BUSINESS = (
    "公司", "大厦", "店", "市场", "中心", "广场", "厂", "学校", "学院", "大学", "医院", "银行", "超市", "酒店",
    "宾馆", "工业", "产业", "商城", "商场", "商贸", "写字楼", "仓库", "物流", "车间", "市场", "营业", "批发",
    "门市", "办公", "集团", "部", "局", "所", "馆", "站", "科技", "电子", "服装", "鞋", "酒", "汽", "机",
    "园区", "开发区", "商务", "创业", "幼儿园", "小学", "中学", "医", "院", "农场", "行", "坊", "馆", "吧",
)  # fmt: skip
_NUMBER_END = {"roadno", "houseno", "cellno", "floorno", "roomno", "subroadno"}
_DROP = {"person", "assist", "otherinfo"}


def read(path: Path) -> list[list[tuple[str, str]]]:
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append(cur)
                cur = []
            continue
        tok, _, lab = line.rpartition(" ")
        cur.append((tok, lab))
    if cur:
        out.append(cur)
    return out


def home_like(addr: list[tuple[str, str]]) -> str | None:
    """The address text when it is home-like, else None."""
    labels = [lab[2:].lower() if "-" in lab else lab.lower() for _, lab in addr]
    if _DROP & set(labels):
        return None
    text = ""
    for (tok, _), lab in zip(addr, labels):
        if lab == "redundant" and tok not in ("-", "－", "#"):
            return None
        if not tok.strip() or tok == "_":
            return None
        text += tok
    if labels[-1] not in _NUMBER_END:
        return None
    pois = "".join(tok for (tok, _), lab in zip(addr, labels) if lab in ("poi", "subpoi", "devzone"))
    if any(w in pois for w in _BUSINESS) or "大厦" in text or "公司" in text:
        return None
    if not any(ch.isdigit() for ch in text) or len(text) < 6:
        return None
    return text


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", nargs="?", default="dev", choices=["dev", "test"])
    ap.add_argument("--limit", type=int, default=0, help="sample N addresses (0: all)")
    ap.add_argument("--show", type=int, default=0, help="print N misses")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    addresses = [a for a in (home_like(x) for x in read(DATA / f"{args.split}.txt")) if a]
    addresses = sorted(set(addresses))
    if args.limit:
        addresses = random.Random(args.seed).sample(addresses, min(args.limit, len(addresses)))
    from review_desk.core.detect.detector import Detector

    det = Detector()
    t0 = time.perf_counter()
    stats: dict[str, Counter] = {}
    misses: list[str] = []
    for name, pre, post, ctx in CARRIERS:
        texts = [pre + a + post for a in addresses]
        results = det.detect_many(texts, contexts=[ctx] * len(texts)) if ctx else det.detect_many(texts)
        c = stats.setdefault(name, Counter())
        for addr, _text, dets in zip(addresses, texts, results):
            s, e = len(pre), len(pre) + len(addr)
            c["n"] += 1
            cn = [d for d in dets if d.type == "CN_ADDRESS"]
            if any(d.start == s and d.end == e for d in cn):
                c["exact"] += 1
            over = [d for d in cn if d.start < e and s < d.end]
            if over:
                c["overlap"] += 1
            elif any(d.type in ("LOCATION", "ORG_ADDRESS") and d.start < e and s < d.end for d in dets):
                c["wrong_type"] += 1
            c["fp"] += sum(1 for d in cn if not (d.start < e and s < d.end))
            if not any(d.start == s and d.end == e for d in cn):
                got = ", ".join(f"{d.type}:{d.text}" for d in dets if d.start < e and s < d.end)
                misses.append(f"[{name}] {addr}  ->  {got or '-'}")
    org_stats: dict[str, Counter] = {}
    for name, pre, post in ORG_CARRIERS:
        texts = [pre + a + post for a in addresses]
        c = org_stats.setdefault(name, Counter())
        for addr, dets in zip(addresses, det.detect_many(texts)):
            s, e = len(pre), len(pre) + len(addr)
            c["n"] += 1
            c["cn"] += any(d.type == "CN_ADDRESS" for d in dets)
            c["org_exact"] += any(d.type == "ORG_ADDRESS" and d.start == s and d.end == e for d in dets)
    elapsed = time.perf_counter() - t0

    total = Counter()
    print(f"{args.split}: {len(addresses)} home-like addresses x {len(CARRIERS)} carriers ({elapsed:.1f} s)")
    print(f"{'carrier':10} {'exact':>7} {'overlap':>8} {'wrong':>7} {'fp':>5}")
    for name, c in stats.items():
        total.update(c)
        n = c["n"]
        print(f"{name:10} {c['exact'] / n:7.3f} {c['overlap'] / n:8.3f} {c['wrong_type'] / n:7.3f} {c['fp']:5d}")
    n = total["n"]
    print(f"{'ALL':10} {total['exact'] / n:7.3f} {total['overlap'] / n:8.3f} {total['wrong_type'] / n:7.3f} {total['fp']:5d}")
    for name, c in org_stats.items():
        print(f"{name:10} CN_ADDRESS given (should be 0): {c['cn'] / c['n']:.3f}   ORG_ADDRESS exact: {c['org_exact'] / c['n']:.3f}")
    if args.show:
        random.Random(1).shuffle(misses)
        for line in misses[: args.show]:
            print(line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
