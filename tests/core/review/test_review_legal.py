"""The legal rules of a review, table-driven: every attribute × basis combination, every decision on
a classification mark, what ``publish`` produces for each attribute.  Findings come from the
recognizers alone (no model): ID numbers, phone numbers and classification marks."""

from __future__ import annotations

import zipfile

import docx
import pytest

from passphrase import PASS
from docx_factory import make_docx
from review_desk.core.detect.scanner import scan_document
from review_desk.core.errors import ErrorCode
from review_desk.core.legal import RULES, attribute_violations
from review_desk.core.review import DecisionInput, ReviewError

E = ErrorCode
WITHHOLDING = ("art14", "art15", "art16", "art37")
PUBLICATION = ("penalty_publicity", "mandatory_disclosure", "consent_art32", "public_interest_art15",
               "not_personal_data")
BODY = ["关于某项工作的答复", "联系电话13812345678，身份证号码37070219721031809X。", "抄送：区政务公开办公室。"]
MARKED = ["内部资料　注意保存", *BODY]


@pytest.fixture(autouse=True)
def _in_the_files_folder(tmp_path, monkeypatch):
    """The reviewed files are in tmp_path; publish finds a review's file by name in the current folder."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def quick_scan(detector):
    return lambda document: scan_document(document, detector)


@pytest.fixture
def wang(desk):
    return desk.identity("王审查", PASS)


def _expected(attribute: str, basis: str | None, reason: str | None) -> set[ErrorCode]:
    """The law, written out independently of the implementation's table."""
    out: set[ErrorCode] = set()
    if attribute == "public":
        if basis is not None:
            out.add(E.UNKNOWN_BASIS if basis == "art99" else E.ATTRIBUTE_BASIS_NOT_ALLOWED)
        return out
    if basis is None:
        out.add(E.ATTRIBUTE_NEEDS_BASIS)
    elif basis == "art99":
        out.add(E.UNKNOWN_BASIS)
    elif basis in PUBLICATION:
        out.add(E.ATTRIBUTE_PUBLICATION_BASIS)
    if not reason:
        out.add(E.ATTRIBUTE_NEEDS_REASON)
    return out


COMBINATIONS = [(a, b, r) for a in ("public", "on-request", "withheld")
                for b in (None, *WITHHOLDING, *PUBLICATION, "art99") for r in (None, "理由")]


@pytest.mark.parametrize("attribute,basis,reason", COMBINATIONS)
def test_every_attribute_and_basis(attribute, basis, reason):
    assert {v.code for v in attribute_violations(attribute, basis, reason)} == _expected(attribute, basis, reason)


def test_every_rule_has_its_own_code_and_chinese_text():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    assert all(r.zh and r.en and any("\u4e00" <= ch <= "\u9fff" for ch in r.zh) for r in RULES)


def _start(desk, tmp_path, who, scan, body=BODY, name="draft.docx", policy="default"):
    return desk.start(str(make_docx(tmp_path, body, name=name)), who, None, scan, policy)


@pytest.mark.parametrize("attribute,basis", [("withheld", "penalty_publicity"), ("on-request", "mandatory_disclosure"),
                                             ("withheld", None), ("public", "art15")])
def test_sign_refuses_an_unlawful_attribute_with_the_rules_code(desk, wang, quick_scan, tmp_path, attribute, basis):
    rid = _start(desk, tmp_path, wang, quick_scan).review.review_id
    desk.accept_suggested(rid, wang)
    with pytest.raises(ReviewError) as caught:
        desk.sign(rid, attribute, wang, basis=basis, reason="理由")
    assert caught.value.code == _expected(attribute, basis, "理由").pop()
    assert desk.review(rid).signature is None


@pytest.mark.parametrize("attribute,basis", [("public", None), *[(a, b) for a in ("on-request", "withheld")
                                                                   for b in WITHHOLDING]])
def test_sign_accepts_every_lawful_attribute(desk, wang, quick_scan, tmp_path, attribute, basis):
    rid = _start(desk, tmp_path, wang, quick_scan).review.review_id
    desk.accept_suggested(rid, wang)
    state = desk.sign(rid, attribute, wang, basis=basis, reason=None if attribute == "public" else "涉及个人隐私")
    assert (state.signature.attribute, state.signature.basis) == (attribute, basis)


def _mark(started):
    return next(fid for fid, f in started.review.findings.items() if f.type == "CLASSIFIED_MARK")


def test_a_mark_is_suggested_blocked_and_accepting_suggestions_confirms_it(desk, wang, quick_scan, tmp_path):
    started = _start(desk, tmp_path, wang, quick_scan, MARKED)
    rid, mark = started.review.review_id, _mark(started)
    assert started.review.findings[mark].suggested == "block"
    assert started.review.findings[mark].preview == "内部资料　注意保存"  # not personal: shown in plain words
    desk.accept_suggested(rid, wang)
    assert desk.review(rid).decisions[mark].action == "block"
    with pytest.raises(ReviewError) as caught:
        desk.sign(rid, "public", wang)
    assert caught.value.code is E.MARK_BLOCKS_PUBLICATION


@pytest.mark.parametrize("action,basis,note,code", [
    ("keep", "not_personal_data", "误报", E.MARK_DECISION),
    ("keep", "mandatory_disclosure", None, E.MARK_DECISION),
    ("redact", None, None, E.MARK_DECISION),
    ("mask", "art14", None, E.MARK_DECISION),
    ("block", "art14", None, E.MARK_DECISION),
    ("not_a_mark", None, None, E.MARK_NEEDS_REASON),
    ("not_a_mark", None, "   ", E.MARK_NEEDS_REASON),
])
def test_mark_decisions_that_are_refused(desk, wang, quick_scan, tmp_path, action, basis, note, code):
    started = _start(desk, tmp_path, wang, quick_scan, MARKED)
    with pytest.raises(ReviewError) as caught:
        desk.decide(started.review.review_id, [DecisionInput(_mark(started), action, basis, note)], wang)
    assert caught.value.code is code


def test_a_mark_declared_not_a_marking_with_a_reason_allows_public(desk, wang, quick_scan, tmp_path):
    started = _start(desk, tmp_path, wang, quick_scan, MARKED)
    rid, mark = started.review.review_id, _mark(started)
    desk.accept_suggested(rid, wang)
    desk.decide(rid, [DecisionInput(mark, "not_a_mark", None, "引用的是文件名称，不是本件的密级标志")], wang)
    assert desk.sign(rid, "public", wang).status == "signed"


@pytest.mark.parametrize("action,basis,code", [("keep", None, E.BASIS_NEEDED),
                                               ("keep", "art15", E.BASIS_NEEDED),
                                               ("redact", "penalty_publicity", E.BASIS_MISMATCH),
                                               ("mask", "consent_art32", E.BASIS_MISMATCH),
                                               ("redact", "art99", E.UNKNOWN_BASIS)])
def test_personal_data_decisions_need_the_right_kind_of_basis(desk, wang, quick_scan, tmp_path, action, basis, code):
    started = _start(desk, tmp_path, wang, quick_scan)
    phone = next(fid for fid, t in started.texts.items() if t == "13812345678")
    with pytest.raises(ReviewError) as caught:
        desk.decide(started.review.review_id, [DecisionInput(phone, action, basis)], wang)
    assert caught.value.code is code


def _paragraphs(path):
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_publish_produces_what_each_attribute_calls_for(desk, wang, quick_scan, tmp_path):
    out = {}
    for attribute, basis in (("public", None), ("on-request", "art15"), ("withheld", "art14")):
        body = [*BODY[:2], f"本件拟{attribute}。", BODY[2]]
        rid = _start(desk, tmp_path, wang, quick_scan, body, name=f"{attribute}.docx").review.review_id
        desk.accept_suggested(rid, wang)
        desk.sign(rid, attribute, wang, basis=basis, reason=basis and "涉及个人隐私")
        out[attribute] = (rid, tmp_path / f"{attribute}-out.docx")
    rid, path = out["public"]
    desk.publish(rid, str(path), wang)
    assert "公开方式：主动公开" in _paragraphs(path) and "13812345678" not in "".join(_paragraphs(path))
    rid, path = out["on-request"]
    desk.publish(rid, str(path), wang)
    assert "公开方式：依申请公开" in _paragraphs(path)
    rid, path = out["withheld"]
    with pytest.raises(ReviewError) as caught:
        desk.publish(rid, str(path), wang)
    assert caught.value.code is E.WITHHELD_NOT_PUBLISHED and not path.exists()
    assert desk.review(rid).publications == []


def test_no_copy_is_published_while_a_mark_is_confirmed(desk, wang, quick_scan, tmp_path):
    started = _start(desk, tmp_path, wang, quick_scan, MARKED)
    rid = started.review.review_id
    desk.accept_suggested(rid, wang)
    desk.sign(rid, "on-request", wang, basis="art14", reason="待定密审查")
    with pytest.raises(ReviewError) as caught:
        desk.publish(rid, str(tmp_path / "out.docx"), wang)
    assert caught.value.code is E.MARK_BLOCKS_PUBLICATION and not (tmp_path / "out.docx").exists()


def test_no_staff_names_in_the_published_file(desk, wang, quick_scan, tmp_path):
    rid = _start(desk, tmp_path, wang, quick_scan).review.review_id
    desk.accept_suggested(rid, wang)
    desk.sign(rid, "public", wang)
    out = tmp_path / "out.docx"
    desk.publish(rid, str(out), wang)
    with zipfile.ZipFile(out) as z:
        props = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("docProps/"))
    assert rid in props and "主动公开" in props
    assert "王审查" not in props and "李复核" not in props


# -- one item, one review over time ----------------------------------------------------------------


def _signed_review(desk, who, scan, path, attribute="public"):
    started = desk.start(str(path), who, None, scan)
    rid = started.review.review_id
    desk.accept_suggested(rid, who)
    desk.sign(rid, attribute, who, basis=None if attribute == "public" else "art15",
              reason=None if attribute == "public" else "涉及个人隐私")
    return rid


def test_a_second_review_of_signed_bytes_needs_the_first_revoked(desk, wang, quick_scan, tmp_path):
    path = make_docx(tmp_path, BODY, name="draft.docx")
    first = _signed_review(desk, wang, quick_scan, path)
    with pytest.raises(ReviewError) as caught:
        desk.start(str(path), wang, None, quick_scan)
    assert caught.value.code is E.SIGNED_REVIEW_EXISTS
    li = desk.identity("李复核", PASS)
    for who, reason, code in ((li, "改为依申请公开", E.REVOKE_NOT_ALLOWED), (wang, "  ", E.REVOKE_NEEDS_REASON)):
        with pytest.raises(ReviewError) as caught:
            desk.revoke(first, reason, who)
        assert caught.value.code is code
    revoked = desk.revoke(first, "公开属性认定有误，应依申请公开", wang)
    assert revoked.status == "revoked" and revoked.revocation.reason == "公开属性认定有误，应依申请公开"
    with pytest.raises(ReviewError) as caught:
        desk.revoke(first, "again", wang)
    assert caught.value.code is E.REVIEW_REVOKED
    with pytest.raises(ReviewError) as caught:
        desk.publish(first, str(tmp_path / "out.docx"), wang)
    assert caught.value.code is E.REVIEW_REVOKED and not (tmp_path / "out.docx").exists()
    second = desk.start(str(path), wang, None, quick_scan).review
    assert second.review_id != first and second.supersedes == first
    assert desk.review(first).superseded_by == second.review_id
    desk.accept_suggested(second.review_id, wang)
    desk.sign(second.review_id, "on-request", wang, basis="art15", reason="涉及个人隐私")
    with pytest.raises(ReviewError) as caught:  # the new one stands now
        desk.start(str(path), wang, None, quick_scan)
    assert caught.value.code is E.SIGNED_REVIEW_EXISTS


def test_a_countersigner_may_revoke_and_an_open_review_is_not_revoked(desk, wang, quick_scan, tmp_path):
    li = desk.identity("李复核", PASS)
    rid = _signed_review(desk, wang, quick_scan, make_docx(tmp_path, BODY, name="draft.docx"))
    desk.countersign(rid, li)
    assert desk.revoke(rid, "复核发现遗漏", li).status == "revoked"
    with pytest.raises(ReviewError) as caught:
        desk.countersign(rid, li)
    assert caught.value.code is E.REVIEW_REVOKED
    other = _start(desk, tmp_path, wang, quick_scan, ["另一份文件，电话13912345678。"], name="b.docx").review
    with pytest.raises(ReviewError, match="not signed"):
        desk.revoke(other.review_id, "理由", wang)


def test_times_and_periods_are_local(desk, wang, quick_scan, tmp_path):
    from review_desk.core.audit import verify_log
    from review_desk.core.review.log_report import build_report, localise, local_zone

    assert localise("2026-03-02T17:30:00Z", local_zone()) == "2026-03-03T01:30:00+08:00"  # an evening in UTC
    assert localise("2026-03-02T17:30:00Z", local_zone("UTC")) == "2026-03-02T17:30:00+00:00"
    rid = _start(desk, tmp_path, wang, quick_scan).review.review_id
    report = build_report(list(desk.reviews().values()), desk.log.reviewers(), verify_log(desk.home))
    started = report.items[0].started_at
    assert started.endswith("+08:00") and report.generated_at.endswith("+08:00")
    day = started[:10]  # the local date, which an evening in UTC moves to the next day
    assert build_report(list(desk.reviews().values()), desk.log.reviewers(), verify_log(desk.home),
                        since=day, until=day).items[0].review_id == rid


# -- stages: 初审 → 复审 → 批准 as the policy asks ----------------------------------------------------


@pytest.mark.parametrize("policy,required", [("default", ["first"]), ("remove-all", ["first", "second"]),
                                             ("three-stage", ["first", "second", "approval"])])
def test_each_stage_policy(desk, wang, quick_scan, tmp_path, policy, required):
    from review_desk.core.redact.policy import load_policy
    from review_desk.core.review.stages import required_stages

    assert list(required_stages(load_policy(policy))) == required
    desk.add_reviewer("赵领导", "局领导", PASS)
    li, zhao = desk.identity("李复核", PASS), desk.identity("赵领导", PASS)
    rid = _start(desk, tmp_path, wang, quick_scan, policy=policy).review.review_id
    desk.accept_suggested(rid, wang)
    if "approval" in required:
        with pytest.raises(ReviewError) as caught:  # not before 初审
            desk.approve(rid, zhao)
        assert caught.value.code is E.STAGE_ORDER
    desk.sign(rid, "public", wang)
    out = tmp_path / "out.docx"
    steps = [("second", lambda: desk.countersign(rid, li)), ("approval", lambda: desk.approve(rid, zhao))]
    for stage, act in steps:
        if stage not in required:
            continue
        with pytest.raises(ReviewError) as caught:
            desk.publish(rid, str(out), wang)
        assert caught.value.code is E.STAGE_MISSING and stage in str(caught.value) and not out.exists()
        if stage == "approval":
            with pytest.raises(ReviewError) as caught:  # the reviewer cannot approve their own review
                desk.approve(rid, wang)
            assert caught.value.code is E.STAGE_ORDER
        act()
    desk.publish(rid, str(out), wang)
    state = desk.review(rid)
    assert state.status == "published" and (state.approval is not None) == ("approval" in required)


def test_approval_waits_for_the_second_stage(desk, wang, quick_scan, tmp_path):
    desk.add_reviewer("赵领导", "局领导", PASS)
    rid = _start(desk, tmp_path, wang, quick_scan, policy="three-stage").review.review_id
    desk.accept_suggested(rid, wang)
    desk.sign(rid, "public", wang)
    with pytest.raises(ReviewError) as caught:
        desk.approve(rid, desk.identity("赵领导", PASS))
    assert caught.value.code is E.STAGE_ORDER and "复审" in str(caught.value)


def test_the_policy_chooses_the_annotation_and_staff_names(desk, wang, quick_scan, tmp_path):
    from review_desk.core.paths import resource

    policy = tmp_path / "note-style.toml"
    policy.write_text(resource("policies", "default.toml").read_text(encoding="utf-8").replace(
        'stages = ["first"]', 'stages = ["first"]\nstamp = "annotation"\nstaff_names = true'), encoding="utf-8")
    body = [*BODY[:2], "某某区人民政府办公室", "2026年3月1日", BODY[2]]
    rid = _start(desk, tmp_path, wang, quick_scan, body, policy=str(policy)).review.review_id
    desk.accept_suggested(rid, wang)
    desk.sign(rid, "public", wang)
    out = tmp_path / "out.docx"
    desk.publish(rid, str(out), wang)
    paragraphs = _paragraphs(out)
    assert paragraphs[paragraphs.index("2026年3月1日") + 1] == "（此件公开发布）"
    with zipfile.ZipFile(out) as z:
        assert "王审查" in z.read("docProps/custom.xml").decode("utf-8")


def test_a_withheld_review_has_only_an_internal_archive_copy(desk, wang, quick_scan, tmp_path):
    rid = _start(desk, tmp_path, wang, quick_scan).review.review_id
    desk.accept_suggested(rid, wang)
    desk.sign(rid, "withheld", wang, basis="art16", reason="内部事务信息")
    out = tmp_path / "archive.docx"
    report = desk.publish(rid, str(out), wang, archive=True)
    with zipfile.ZipFile(out) as z:
        assert "仅供内部存档" in z.read("docProps/custom.xml").decode("utf-8")
    assert "公开方式：不予公开" in _paragraphs(out) and report.residual.passed
    state = desk.review(rid)
    assert state.status == "signed" and state.publications[0].archive  # an archive copy is no publication
    public = _start(desk, tmp_path, wang, quick_scan, name="other.docx", body=["另一份文件，电话13912345678。"])
    desk.accept_suggested(public.review.review_id, wang)
    desk.sign(public.review.review_id, "public", wang)
    with pytest.raises(ReviewError) as caught:
        desk.publish(public.review.review_id, str(tmp_path / "x.docx"), wang, archive=True)
    assert caught.value.code is E.INVALID
