"""Document kinds and deadlines through the command line: scan (JSON and text), review start
(stored in the record, --kind override), review show, review list --due."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from review_desk.cli import main, review_cmd

PASS = "correct-horse-battery"
PENALTY = ("某市市场监督管理局\n行政处罚决定书\n某市监罚决〔2025〕88号\n当事人：某某商贸有限公司\n"
           "经查，当事人销售过期食品，本机关决定给予警告的行政处罚。\n某市市场监督管理局\n二〇二五年一月二十七日\n")
MINUTES = "某市人民政府常务会议纪要\n会议听取了关于城市更新的汇报。会议议定：\n二〇二五年一月二十日\n"
pytestmark = pytest.mark.model


@pytest.fixture
def env(tmp_path, monkeypatch, ner_model):
    monkeypatch.setenv("REVIEW_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("REVIEW_DESK_PASSPHRASE", PASS)
    return tmp_path


def _json(capsys, *args):
    code = main([*map(str, args)])
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_scan_shows_kind_and_deadline(capsys, env):
    path = env / "penalty.txt"
    path.write_text(PENALTY, encoding="utf-8")
    assert main(["scan", "--json", "--workers", "1", str(path)]) == 0
    kind = json.loads(capsys.readouterr().out)["kind"]
    assert kind["kind"] == "penalty_decision" and kind["name"] == "行政处罚决定书"
    assert (kind["rule"], kind["start"], kind["due"]) == ("double_publicity", "2025-01-27", "2025-02-12")
    # the 双公示 fields this short decision leaves out (plan item 7)
    assert kind["missing"] == ["enforcement_basis", "case_name", "credit_code", "remedy"]
    assert kind["missing_names"] == ["执法依据", "案件名称", "统一社会信用代码", "救济渠道"]
    assert main(["scan", "--workers", "1", str(path)]) == 0
    out = capsys.readouterr().out
    assert "kind: 行政处罚决定书 (penalty_decision); 双公示" in out
    assert "missing required fields: 执法依据、案件名称、统一社会信用代码、救济渠道" in out


def test_review_records_the_kind_override_and_due_list(capsys, env, monkeypatch):
    penalty, minutes = env / "penalty.txt", env / "minutes.txt"
    penalty.write_text(PENALTY, encoding="utf-8")
    minutes.write_text(MINUTES, encoding="utf-8")
    assert main(["reviewer", "add", "--name", "王审查"]) == 0
    capsys.readouterr()
    monkeypatch.setattr(review_cmd, "_today", lambda: dt.date(2025, 2, 5))
    code, started = _json(capsys, "review", "start", penalty, "--reviewer", "王审查", "--workers", "1")
    assert code == 0 and started["kind"]["due"] == "2025-02-12" and started["kind"]["days_left"] == 6
    code, other = _json(capsys, "review", "start", minutes, "--reviewer", "王审查", "--workers", "1",
                        "--kind", "notice")
    assert code == 0 and other["kind"]["kind"] == "notice" and other["kind"]["overridden"] is True
    assert other["kind"]["due"] == "2025-01-23"  # 解读: 3 working days after 20 Jan 2025
    code, shown = _json(capsys, "review", "show", started["review_id"])
    assert shown["kind"]["kind"] == "penalty_decision"
    # 5 Feb: the notice is past due, the decision 6 working days away (6, 7, 8 (调休), 10, 11, 12 Feb)
    code, due = _json(capsys, "review", "list", "--due")
    assert [r["review_id"] for r in due] == [other["review_id"]]
    monkeypatch.setattr(review_cmd, "_today", lambda: dt.date(2025, 2, 10))  # 2 working days left
    code, due = _json(capsys, "review", "list", "--due")
    assert {r["review_id"] for r in due} == {started["review_id"], other["review_id"]}
    code, everything = _json(capsys, "review", "list")
    assert len(everything) == 2
    with pytest.raises(SystemExit) as exited:  # an unknown kind is a usage error
        main(["review", "start", str(minutes), "--reviewer", "王审查", "--kind", "memo"])
    assert exited.value.code == 2


PROPOSAL = ("某市交通运输局\n对市十六届人大三次会议第0123号建议的答复\n王建国代表：\n"
            "您提出的《关于加强公交站台建设的建议》收悉，现答复如下。\n"
            "联系人：赵敏，联系电话：13812345678。\n抄送：市人大常委会代表工作委员会，王建国代表（13812345678）。\n"
            "某市交通运输局\n2025年6月3日\n")


def test_a_proposal_reply_selects_its_policy(capsys, env):
    path = env / "proposal.txt"
    path.write_text(PROPOSAL, encoding="utf-8")
    assert main(["reviewer", "add", "--name", "王审查"]) == 0
    capsys.readouterr()
    code, started = _json(capsys, "review", "start", path, "--reviewer", "王审查", "--workers", "1")
    assert code == 0 and started["kind"]["kind"] == "proposal_reply" and started["policy"] == "proposal-reply"
    phones = [f for f in started["findings"] if f["type"] == "PHONE_NUMBER"]
    assert len(phones) == 2 and {f["suggested"] for f in phones} == {"redact"}  # removed, not 138****5678
    assert {f["suggested"] for f in started["findings"] if f["type"] == "PERSON"} <= {"redact"}


def test_an_explicit_policy_wins_over_the_kinds(capsys, env):
    path = env / "proposal.txt"
    path.write_text(PROPOSAL, encoding="utf-8")
    assert main(["reviewer", "add", "--name", "王审查"]) == 0
    capsys.readouterr()
    code, started = _json(capsys, "review", "start", path, "--reviewer", "王审查", "--workers", "1",
                          "--policy", "default")
    assert code == 0 and started["policy"] == "default"
    assert {f["suggested"] for f in started["findings"] if f["type"] == "PHONE_NUMBER"} == {"mask"}


def test_a_proposal_reply_signed_for_publication_as_a_summary(capsys, env):
    path = env / "proposal.txt"
    path.write_text(PROPOSAL, encoding="utf-8")
    assert main(["reviewer", "add", "--name", "王审查"]) == 0
    capsys.readouterr()
    code, started = _json(capsys, "review", "start", path, "--reviewer", "王审查", "--workers", "1")
    cut = [f for f in started["findings"] if f["type"] == "DISTRIBUTION"]
    assert len(cut) == 1 and cut[0]["preview"] == "〔抄送范围〕"  # the log keeps no name of it
    rid = started["review_id"]
    assert main(["review", "decide", rid, "--accept-suggested"]) == 0
    capsys.readouterr()
    code, signed = _json(capsys, "review", "sign", rid, "--attribute", "public", "--summary")
    assert code == 0 and signed["summary"] is True
    code, shown = _json(capsys, "review", "show", rid)
    assert shown["summary"] is True


PROPOSAL_PARAGRAPHS = ["某市交通运输局", "对市十六届人大三次会议第0123号建议的答复", "王建国代表：",
            "　　您提出的《关于加强公交站台建设的建议》收悉，现答复如下。", "　　感谢您对交通运输工作的关心和支持。",
            "某市交通运输局", "2025年6月3日", "抄送：市人大常委会代表工作委员会，", "　　　市政府督查室。",
            "某市交通运输局办公室　　2025年6月3日印发"]


def test_redact_without_a_review_uses_the_kinds_policy_and_cuts_the_distribution(capsys, env):
    import docx

    from docx_factory import make_docx

    path = make_docx(env, PROPOSAL_PARAGRAPHS, name="proposal.docx")
    out = env / "published.docx"
    code, report = _json(capsys, "redact", "--json", "--workers", "1", path, "-o", out)
    assert code == 0 and report["kind"] == "proposal_reply" and report["policy"] == "proposal-reply"
    assert sum(r["type"] == "DISTRIBUTION" for r in report["redacted"]) == 2
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert not any("抄送" in p or "督查室" in p or "代表工作委员会" in p for p in paragraphs)
    assert "　　感谢您对交通运输工作的关心和支持。" in paragraphs and "" not in paragraphs[-2:]
    assert paragraphs[-1] == "某市交通运输局办公室　　2025年6月3日印发"
    # --policy still chooses; --kind overrides the kind read from the document
    code, report = _json(capsys, "redact", "--json", "--workers", "1", path, "-o", env / "default.docx",
                         "--policy", "default")
    assert code == 0 and report["policy"] == "default" and not any(r["type"] == "DISTRIBUTION" for r in report["redacted"])
    code, report = _json(capsys, "redact", "--json", "--workers", "1", path, "-o", env / "notice.docx", "--kind", "notice")
    assert code == 0 and report["kind"] == "notice" and report["policy"] == "default"
