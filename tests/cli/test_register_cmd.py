"""An office on one PostgreSQL register, through the command line: ``register init / upgrade /
status`` by the database's owner, then the reviewer, the countersigner and the approver each on their
own desk (their own data folder and keys, a separate process) reviewing, countersigning, approving
and publishing one document of the three-stage policy; every desk verifies the same log."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from review_desk.cli.exit_codes import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from review_desk.core.audit.schema import SCHEMA_VERSION

PASS = "correct-horse-battery"
pytestmark = pytest.mark.postgres
_MAIN = "import sys; from review_desk.cli import main; sys.exit(main())"


def desk_cli(home, *args, database=None, cwd=None, url_env=None):
    """One ``review-desk`` process on the desk ``home``; the register from ``--database`` or the env."""
    env = {**os.environ, "REVIEW_DESK_PASSPHRASE": PASS, "REVIEW_DESK_HOME": str(home)}
    env.pop("REVIEW_DESK_DATABASE_URL", None)
    if url_env:
        env["REVIEW_DESK_DATABASE_URL"] = url_env
    argv = [*(("--database", database) if database else ()), *map(str, args)]
    proc = subprocess.run([sys.executable, "-c", _MAIN, *argv], env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=300)
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr, proc.stderr
    out = proc.stdout.strip()
    try:
        data = json.loads(out) if out else None
    except ValueError:
        data = out
    return proc.returncode, data, proc.stderr


def test_register_init_and_upgrade(pg_database, tmp_path):
    home = tmp_path / "dba"
    code, _, err = desk_cli(home, "register", "init")
    assert code == EXIT_USAGE and "--database URL" in err
    code, _, err = desk_cli(home, "reviewer", "list", database=pg_database.url)
    assert code == EXIT_REFUSED and "register init" in err and "[register_not_initialised]" in err
    code, data, err = desk_cli(home, "register", "init", "--grant", pg_database.app_role,
                               database=pg_database.owner_url)
    assert code == EXIT_OK, err
    assert data["schema_version"] == data["applied"][-1] and data["granted"] == pg_database.app_role
    assert "postgresql://" in data["register"] and "@" not in data["register"]  # no user, no password
    code, _, err = desk_cli(home, "register", "init", database=pg_database.owner_url)
    assert code == EXIT_REFUSED and "[register_exists]" in err
    code, data, err = desk_cli(home, "register", "upgrade", database=pg_database.owner_url)
    assert code == EXIT_OK and data["applied"] == [], err
    code, data, err = desk_cli(home, "register", "status", url_env=pg_database.url)
    assert code == EXIT_OK and data["schema_version"] == SCHEMA_VERSION and data["applied"] == [], err


def test_three_desks_review_countersign_approve_and_publish_on_one_register(pg_register, tmp_path):
    url = pg_register.url
    wang, li, zhao = tmp_path / "王的电脑", tmp_path / "李的电脑", tmp_path / "赵的电脑"
    folder = tmp_path / "共享文件夹"
    folder.mkdir()
    draft = folder / "答复.txt"
    draft.write_text("关于信息公开申请的答复\n申请人联系电话13812345678，邮箱zhang@example.com。\n", encoding="utf-8")
    for home, name, unit in ((wang, "王审查", "办公室"), (li, "李复核", "法规科"), (zhao, "赵批准", "局领导")):
        code, data, err = desk_cli(home, "reviewer", "add", "--name", name, "--unit", unit, url_env=url)
        assert code == EXIT_OK, err
    code, listed, err = desk_cli(zhao, "reviewer", "list", database=url)  # every desk sees every public key
    assert code == EXIT_OK and {r["name"] for r in listed} == {"王审查", "李复核", "赵批准"}, err

    code, started, err = desk_cli(wang, "review", "start", draft, "--reviewer", "王审查", "--policy", "three-stage",
                                  "--workers", "1", url_env=url)
    assert code == EXIT_OK, err
    rid = started["review_id"]
    assert {"13812345678", "zhang@example.com"} <= {f["text"] for f in started["findings"]}
    code, decided, err = desk_cli(wang, "review", "decide", rid, "--accept-suggested", "--reviewer", "王审查",
                                  url_env=url)
    assert code == EXIT_OK and decided["undecided"] == 0, err
    code, _, err = desk_cli(li, "review", "countersign", rid, "--reviewer", "李复核", url_env=url)
    assert code == EXIT_REFUSED, err  # not signed yet: the rules hold across desks
    code, signed, err = desk_cli(wang, "review", "sign", rid, "--attribute", "public", "--reviewer", "王审查",
                                 url_env=url)
    assert code == EXIT_OK and signed["status"] == "signed", err

    code, _, err = desk_cli(zhao, "review", "countersign", rid, "--reviewer", "李复核", url_env=url)
    assert code == EXIT_REFUSED and "[identity]" in err  # 李's key is on 李's desk only
    code, _, err = desk_cli(li, "review", "countersign", rid, "--reviewer", "李复核", url_env=url)
    assert code == EXIT_OK, err
    out = tmp_path / "公开版.txt"
    code, _, err = desk_cli(li, "publish", rid, "-o", out, "--reviewer", "李复核", cwd=folder, url_env=url)
    assert code == EXIT_REFUSED and not out.exists(), err  # 批准 is still missing
    code, _, err = desk_cli(zhao, "review", "approve", rid, "--reviewer", "赵批准", url_env=url)
    assert code == EXIT_OK, err

    # 李 publishes on 李's desk from the file's folder: the file's name comes from the register
    code, published, err = desk_cli(li, "publish", rid, "-o", out, "--reviewer", "李复核", cwd=folder, url_env=url)
    assert code == EXIT_OK, err
    assert "13812345678" not in out.read_text(encoding="utf-8")
    for home in (wang, li, zhao):
        code, verified, err = desk_cli(home, "log", "verify", "--json", database=url)
        assert code == EXIT_OK and verified["ok"], (verified, err)
        assert verified["entries"] >= 9 and verified["reviewers"] == 3
        assert not (home / "audit.sqlite3").exists()  # nothing of the log is kept in the desk's folder
    code, shown, err = desk_cli(zhao, "review", "show", rid, url_env=url)
    assert code == EXIT_OK and shown["status"] == "published", (shown, err)
