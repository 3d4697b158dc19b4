"""The review log PDF, checked with poppler: text, fonts, page numbers and rendering."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from . import sample
from .conftest import run_tool

pytestmark = pytest.mark.usefixtures("poppler")

LABELS = (
    "政务信息公开审查记录",
    "北京市某区司法局",
    "审查编号",
    "文件名",
    "标题",
    "文号",
    "输入SHA-256",
    "输出SHA-256",
    "审查人",
    "复核人",
    "公钥指纹",
    "开始时间",
    "签署时间",
    "发布时间",
    "公开属性",
    "理由",
    "依据",
    "处理决定",
    "日志校验",
    "检查点根哈希",
    "检查点大小",
    "审查汇总",
    "审查期间：2026-03-01至2026-03-31",
    "主动公开",
    "依申请公开",
    "不予公开",
    "已发布",
    "审查中",
    "已复核",
    "删除",
    "遮盖",
    "保留",
    "按建议",
    "人工添加",
    "内容（已遮蔽）",
)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages(path: Path) -> list[str]:
    return [flat(p) for p in run_tool("pdftotext", path, "-").split("\f")[:-1]]


def page_count(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run_tool("pdfinfo", path), re.M).group(1))


def test_text_has_labels_hashes_previews_and_bases(pdfs):
    text = "".join(pages(pdfs["ok"]))
    for label in LABELS:
        assert flat(label) in text, label
    for item in sample.items():
        assert item.sha256_in in text
        if item.sha256_out:
            assert item.sha256_out in text
        assert item.review_id in text
    for value in (sample.ROOT, sample.FP_WANG, sample.FP_LI):
        assert value in text
    for value in ("关于2026年度行政处罚决定公开的通知", "京司发〔2026〕12号", "内部会议纪要.txt", "李明（复核人）"):
        assert value in text
    for preview in ("张*", "138****5678", "110101********1234", "北京市朝阳区****"):
        assert preview in text
    bases = ("《个人信息保护法》第二十八条", "《政府信息公开条例》第十五条", "《政府信息公开条例》第十九条")
    for basis in bases:
        assert basis in text
    assert "通过：审查日志完整" in text and "未通过" not in text
    assert flat(f"检查点签名人 王建国（{sample.FP_WANG}）") in text and flat("检查点时间 2026-03-31 17:40:00 +08:00") in text
    assert "导出编号：0123456789abcdef0123456789abcdef" in text
    assert "本期间共审查3份文件" in text


def test_markup_characters_are_shown_literally(pdfs):
    text = "".join(pages(pdfs["ok"]))
    assert flat("申请人依法申请公开 <b>许可结果</b> & 附件（A&B 两项）") in text
    assert "<见附件" in text  # the same in a narrow (wrapped) note cell
    assert "&amp;" not in text and "&lt;" not in text


def test_the_export_id_is_in_the_keywords(pdfs):
    info = run_tool("pdfinfo", pdfs["ok"])
    assert re.search(r"^Keywords:\s+review-desk-export:0123456789abcdef0123456789abcdef$", info, re.M)


def test_a4_and_every_page_numbered(pdfs):
    info = run_tool("pdfinfo", pdfs["ok"])
    assert "(A4)" in info
    texts = pages(pdfs["ok"])
    assert len(texts) == page_count(pdfs["ok"]) >= 5
    for n, text in enumerate(texts, 1):
        assert f"第{n}页，共{len(texts)}页" in text


def test_decisions_table_spans_pages_with_repeated_header(pdfs):
    texts = pages(pdfs["ok"])
    with_header = [n for n, t in enumerate(texts, 1) if "决定人/时间" in t and "内容（已遮蔽）" in t]
    assert len(with_header) >= 3  # 64 decisions of item 1 run over several pages
    assert "处理决定（64项）" in "".join(texts)
    # decision rows are numbered in order across the page breaks
    first_item = "".join(texts[with_header[0] - 1 : with_header[-1]])
    assert "F" + sample.sha("63")[:11] in first_item


def test_fonts_are_embedded(pdfs):
    for path in pdfs.values():
        lines = run_tool("pdffonts", path).splitlines()[2:]
        assert lines, "no fonts listed"
        for line in lines:
            columns = line.split()
            emb = columns[-5]  # name type... encoding emb sub uni object-id generation
            assert emb == "yes", line
        names = " ".join(lines)
        assert "WenQuanYiMicroHei" in names
        assert "Helvetica" not in names and "STSong" not in names


def test_every_page_renders(pdfs, tmp_path):
    for key, path in pdfs.items():
        run_tool("pdftoppm", "-r", "50", "-png", path, tmp_path / key)
        pngs = sorted(tmp_path.glob(f"{key}-*.png"))
        assert len(pngs) == page_count(path)
        for png in pngs:
            data = png.read_bytes()
            assert data.startswith(b"\x89PNG")
            assert len(data) > 4000, png  # text, rules and tables, not a blank page


def test_rendered_pages_have_ink(pdfs, tmp_path):
    image = pytest.importorskip("PIL.Image")
    run_tool("pdftoppm", "-r", "50", "-png", pdfs["ok"], tmp_path / "p")
    for png in sorted(tmp_path.glob("p-*.png")):
        with image.open(png) as img:
            gray = img.convert("L")
            dark = sum(gray.histogram()[:160])
            assert dark > 500, png


def test_failed_verification_is_shown_in_red_words(pdfs):
    texts = pages(pdfs["bad"])
    text = "".join(texts)
    assert flat("未通过：审查日志已损坏或被篡改") in text
    assert flat("第 57 条记录的哈希与前一条不连续（日志可能被篡改）") in text
    assert "200条" in text and "213条" in text
    assert all("警告：日志校验未通过" in t for t in texts)
    assert "警告" not in "".join(pages(pdfs["ok"]))


def test_report_without_items(pdfs):
    texts = pages(pdfs["empty"])
    assert len(texts) == 1
    assert "本期间内没有审查记录。" in texts[0]
    assert "日志校验" in texts[0] and "第1页，共1页" in texts[0]
