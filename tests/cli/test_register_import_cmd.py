"""Moving a desk onto the office's register through the command line: 王 reviews and signs a document on
the desk's own log, the register's owner imports that log with ``register import --from`` (signed by
王), then 李 countersigns and 赵 approves from their own desks on the register, and 王, with the keys
still in the desk's folder, publishes there; every desk verifies the same log.  Running the import again
does nothing; another desk's log is refused with a clear code."""

from __future__ import annotations

import pytest
from test_register_cmd import desk_cli

from review_desk.cli.exit_codes import EXIT_LOG_BROKEN, EXIT_OK, EXIT_REFUSED, EXIT_USAGE

pytestmark = pytest.mark.postgres


def test_a_desk_moves_onto_the_register_and_the_office_finishes_its_review(pg_register, tmp_path):
    url, owner = pg_register.url, pg_register.owner_url
    wang, li, zhao, chen = (tmp_path / n for n in ("王的电脑", "李的电脑", "赵的电脑", "陈的电脑"))
    folder = tmp_path / "共享文件夹"
    folder.mkdir()
    draft = folder / "答复.txt"
    draft.write_text("关于信息公开申请的答复\n申请人联系电话13812345678，邮箱zhang@example.com。\n", encoding="utf-8")

    # 王's desk on its own log: a review started, decided and signed before the office had a register
    assert desk_cli(wang, "reviewer", "add", "--name", "王审查", "--unit", "办公室")[0] == EXIT_OK
    code, started, err = desk_cli(wang, "review", "start", draft, "--reviewer", "王审查", "--policy", "three-stage",
                                  "--workers", "1")
    assert code == EXIT_OK, err
    rid = started["review_id"]
    assert desk_cli(wang, "review", "decide", rid, "--accept-suggested", "--reviewer", "王审查")[0] == EXIT_OK
    code, signed, err = desk_cli(wang, "review", "sign", rid, "--attribute", "public", "--reviewer", "王审查")
    assert code == EXIT_OK and signed["status"] == "signed", err
    code, local, err = desk_cli(wang, "log", "verify", "--json")
    assert code == EXIT_OK and local["ok"], err

    code, _, err = desk_cli(wang, "register", "import", "--from", tmp_path / "nowhere", "--reviewer", "王审查",
                            database=owner)
    assert code == EXIT_USAGE and "holds no desk log" in err
    code, imported, err = desk_cli(wang, "register", "import", "--from", wang, "--reviewer", "王审查",
                                   database=owner)
    assert code == EXIT_OK and imported["imported"] and imported["verified"], err
    assert imported["entries"] == local["entries"] and imported["import_entry"] == local["entries"] + 1
    assert imported["secret_carried"] and "signed by 王审查" in err

    # the office on the register: 李 and 赵 on their own desks, 王 on the same desk folder as before
    for home, name, unit in ((li, "李复核", "法规科"), (zhao, "赵批准", "局领导")):
        assert desk_cli(home, "reviewer", "add", "--name", name, "--unit", unit, url_env=url)[0] == EXIT_OK
    code, _, err = desk_cli(li, "review", "countersign", rid, "--reviewer", "李复核", url_env=url)
    assert code == EXIT_OK, err
    code, _, err = desk_cli(zhao, "review", "approve", rid, "--reviewer", "赵批准", url_env=url)
    assert code == EXIT_OK, err
    out = tmp_path / "公开版.txt"  # the findings' value hashes were made with 王's desk secret
    code, _, err = desk_cli(wang, "publish", rid, "-o", out, "--reviewer", "王审查", cwd=folder, url_env=url)
    assert code == EXIT_OK, err
    assert "13812345678" not in out.read_text(encoding="utf-8")
    for home in (wang, li, zhao):
        code, verified, err = desk_cli(home, "log", "verify", "--json", database=url)
        assert code == EXIT_OK and verified["ok"] and verified["reviewers"] == 3, (verified, err)
    code, shown, err = desk_cli(li, "review", "show", rid, url_env=url)
    assert code == EXIT_OK and shown["status"] == "published", (shown, err)

    # running the import again does nothing; another desk's log is refused
    code, again, err = desk_cli(wang, "register", "import", "--from", wang, "--reviewer", "王审查", database=owner)
    assert code == EXIT_OK and not again["imported"] and again["import_entry"] == imported["import_entry"], err
    assert "nothing was written" in err
    assert desk_cli(chen, "reviewer", "add", "--name", "陈审查")[0] == EXIT_OK
    code, _, err = desk_cli(chen, "register", "import", "--from", chen, "--reviewer", "陈审查", database=owner)
    assert code == EXIT_REFUSED and "[register_holds_another_log]" in err and "log checkpoint --export" in err


def test_a_desk_log_that_does_not_verify_is_not_imported(pg_register, tmp_path):
    import sqlite3

    desk = tmp_path / "desk"
    assert desk_cli(desk, "reviewer", "add", "--name", "王审查")[0] == EXIT_OK
    assert desk_cli(desk, "log", "export", "--pdf", tmp_path / "log.pdf", "--reviewer", "王审查")[0] == EXIT_OK
    conn = sqlite3.connect(desk / "audit.sqlite3", isolation_level=None)
    conn.execute("DROP TRIGGER entries_no_update")
    conn.execute("UPDATE entries SET time = '2020-01-01T00:00:00.000000Z' WHERE seq = 2")
    conn.close()
    code, _, err = desk_cli(desk, "register", "import", "--from", desk, "--reviewer", "王审查",
                            database=pg_register.owner_url)
    assert code == EXIT_LOG_BROKEN and "[import_source_unverified]" in err and "entry 2" in err
    code, listed, err = desk_cli(tmp_path / "auditor", "log", "verify", "--json", database=pg_register.url)
    assert code == EXIT_OK and listed["entries"] == 0, err
