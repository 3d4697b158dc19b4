"""The rule over the model's ADDRESS / LOCATION spans: re-parsed for exact boundaries."""

from __future__ import annotations

import regex as re

from .grammar import HOME_TAIL
from .divisions import dangling_area, division_around, divisions_before
from .parser import at_end, parse_address
from .cues import cue_before
from .scan import AddressScan


#: A model ADDRESS span the grammar could not read is kept only with a number and a house /
#: village word in it (月津贴标准 is not an address).
_MODEL_ADDRESS_SHAPE = re.compile(
    r"^[^〔〕\[\]［］（）()《》]*(?:路|街|巷|弄|村|组|社|小区|花园|苑|园|大厦|楼|栋|幢|单元|室)[^〔〕\[\]［］《》]*"
    r"(?:\d+(?:号|室|栋|幢|单元|组|社|弄)|[村组社]\d|\d+[-－]\d+[-－]\d+)"
)


def rule_model_spans(scan: AddressScan) -> None:
    """The model's ADDRESS / LOCATION spans, re-parsed from their start for exact boundaries."""
    text, gaz = scan.text, scan.gaz
    for label, s, e in sorted(scan.model_spans, key=lambda x: x[1]):
        if not scan.free(s, e):
            continue
        n_area = dangling_area(text, s, gaz)
        if n_area and s + n_area < e:
            s += n_area  # 张店区扎兰屯市…: the address starts at the second division
        k = division_around(text, s, gaz)
        if k < s and scan.free(k, s):
            s = k  # the model's span began inside a division name
        parsed = None
        cue = cue_before(text, s)
        home_cue = cue is not None and cue[1] == "home"  # 住大矸街道坝头西路… (model: LOCATION)
        for start in range(s, min(e, s + 3)):
            parsed = parse_address(text, start, gaz, bare_start=(label == "CN_ADDRESS" or (home_cue and start == s)))
            if parsed:
                s = start
                break
        if parsed and parsed[1]:
            end = parsed[0]
            if label == "CN_ADDRESS" and end < e and _extendable(text, end, e):
                end = e
            k = divisions_before(text, s, gaz)
            if k < s and scan.free(k, s):
                s = k  # the county written before the model's span belongs to the address
            scan.add_address(s, end, "model+grammar", 0.9)
        elif label == "CN_ADDRESS":
            ss, ee = _trim(text, s, e)
            if ee - ss >= 4 and _MODEL_ADDRESS_SHAPE.match(text[ss:ee]):
                scan.add_address(ss, ee, "model", 0.8)
        elif home_cue:
            # 住濮院镇工贸大道3区1871。: a place the model found right after a home cue, then the
            # numbers of a house or flat to the end of the clause — the home the grammar could not read
            tail = HOME_TAIL.match(text, e)
            if tail and tail.end() > e and at_end(text, tail.end()) and scan.free(s, tail.end()):
                scan.add("CN_ADDRESS", s, tail.end(), 0.75, "model+cue")


def _extendable(text: str, parsed_end: int, model_end: int) -> bool:
    """Whether the model's longer span only adds address material (digits, 号/室/单元…)."""
    tail = text[parsed_end:model_end]
    if re.fullmatch(r"[\d\-－号楼栋幢座单元层室户]*", tail):
        return True
    m = HOME_TAIL.match(text, parsed_end, model_end)
    return m is not None and m.end() == model_end  # …1389号华领国际B3: an estate's and a flat's names and numbers


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in "：:，,。；; \u3000（(":
        s += 1
    while e > s and text[e - 1] in "：:，,。；; \u3000）)":
        e -= 1
    return s, e
