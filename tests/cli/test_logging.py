"""The command line writes its log into the data folder; ``--verbose`` shows it on stderr too."""

from __future__ import annotations

from review_desk.cli import main
from review_desk.cli.exit_codes import EXIT_OK, EXIT_UNREADABLE
from review_desk.core.logs import configure_logging, log_path


def test_a_scan_is_logged_without_the_text(tmp_path, capsys):
    home = tmp_path / "home"
    doc = tmp_path / "申请.txt"
    doc.write_text("申请人张三丰，电话13812345678。\n", encoding="utf-8")
    try:
        assert main(["--home", str(home), "--verbose", "scan", "--workers", "1", str(doc)]) == EXIT_OK
        assert main(["--home", str(home), "scan", "--workers", "1", str(tmp_path / "missing.docx")]) == EXIT_UNREADABLE
    finally:
        configure_logging(None)
    log = log_path(home).read_text(encoding="utf-8")
    assert "INFO review_desk.cli: review-desk" in log and "scan: exit status 0" in log
    assert "findings" in log and "scan: exit status 3" in log
    assert "张三丰" not in log and "13812345678" not in log
    assert "review_desk.cli: review-desk" in capsys.readouterr().err  # --verbose
