"""The user-visible Chinese names of the codes the core stores: one registry per kind.

The desk, the PDF review log and the masks read these tables; nothing else spells the words.
Codes are stable ASCII identifiers (stored in decisions, the audit log and JSON output); an
unknown code is shown as it is rather than hidden (:func:`label`).

* :data:`ERRORS`: one sentence per :class:`~review_desk.core.errors.ErrorCode` (the desk shows it
  instead of the English ``message``, which only the command line prints);
"""

from __future__ import annotations

from pathlib import PurePath
from types import MappingProxyType

from review_desk.core.errors import ErrorCode

#: What the reviewer reads when an error has this code (one sentence, no detail from the document).
ERRORS: MappingProxyType[ErrorCode, str] = MappingProxyType({
    ErrorCode.NOT_FOUND: "找不到该文件。",
    ErrorCode.NOT_A_FILE: "所选路径不是文件。",
    ErrorCode.EMPTY_FILE: "文件为空。",
    ErrorCode.TOO_LARGE: "文件过大，无法处理。",
    ErrorCode.UNSUPPORTED_FORMAT: "不支持该文件格式，请另存为 .docx 或 .txt 后再打开。",
    ErrorCode.ENCRYPTED: "文件设有密码保护，请在 Word 中取消密码后再打开。",
    ErrorCode.CORRUPT: "文件已损坏，无法读取。",
    ErrorCode.ZIP_BOMB: "文件解压后过大，疑似恶意文件，已拒绝处理。",
    ErrorCode.UNSAFE_XML: "文件包含不安全的 XML 声明，已拒绝处理。",
    ErrorCode.ENCODING: "无法识别文本文件的编码，请另存为 UTF-8 后再打开。",
    ErrorCode.READ_FAILED: "无法读取文件（权限或磁盘错误）。",
    ErrorCode.POLICY_NOT_FOUND: "找不到该处理策略。",
    ErrorCode.POLICY_INVALID: "处理策略文件有误，无法使用。",
    ErrorCode.OUTPUT_IS_INPUT: "输出文件不能是原文件：审查台从不修改原件。",
    ErrorCode.OUTPUT_IS_FOLDER: "输出路径是文件夹，请指定文件名。",
    ErrorCode.OUTPUT_EXISTS: "输出文件已存在，请换一个文件名。",
    ErrorCode.OUTPUT_FOLDER_MISSING: "输出文件夹不存在。",
    ErrorCode.INPUT_CHANGED: "文件在分析后被修改过，请重新分析。",
    ErrorCode.UNKNOWN_LOCATION: "标记的位置与文件内容不符，请重新分析。",
    ErrorCode.EDIT_MISMATCH: "文件内容与分析时不一致，请重新分析。",
    ErrorCode.SANITIZE_REFUSED: "文件含有嵌入对象或宏，当前策略拒绝处理；请在 Word 中删除后重试。",
    ErrorCode.RESIDUAL_FOUND: "残留检查发现已处理的内容仍在输出中，未写出任何文件。",
    ErrorCode.OUTPUT_UNREADABLE: "写出的副本无法读回，未保留任何文件。",
    ErrorCode.WRITE_FAILED: "无法写入输出文件（权限或磁盘空间不足），未写出任何文件。",
    ErrorCode.STAMP_FAILED: "无法在文件上标注公开属性。",
    ErrorCode.REFUSED: "审查规则不允许此操作。",
    ErrorCode.INVALID: "所填内容不符合要求。",
    ErrorCode.UNKNOWN_BASIS: "未知的法律依据。",
    ErrorCode.BASIS_NEEDED: "保留个人信息须选择豁免依据（惩戒公示、强制性信息披露、第三方同意、公共利益或非个人信息）。",
    ErrorCode.BASIS_MISMATCH: "所选依据与处理方式不符：删除或遮盖须引用不予公开的依据，保留须引用豁免依据。",
    ErrorCode.IDENTITY: "审查人密钥缺失或无法读取。",
    ErrorCode.WRONG_PASSPHRASE: "口令不正确。",
    ErrorCode.NAME_REQUIRED: "请填写审查人姓名。",
    ErrorCode.PASSPHRASE_TOO_SHORT: "口令太短：至少 8 个字符。",
    ErrorCode.REVIEWER_EXISTS: "已有同名（或使用同一密钥）的审查人登记。",
    ErrorCode.AUDIT: "审查记录无法读取或写入。",
    ErrorCode.CANCELLED: "操作已取消。",
    ErrorCode.USAGE: "命令用法有误。",
    ErrorCode.RESOURCE_MISSING: "安装不完整：缺少程序自带的文件，请重新安装审查台。",
})
#: What the reviewer reads for an error that is not a ReviewDeskError (a bug; the log has the rest).
UNEXPECTED_ERROR = "发生意外错误，操作未完成。详细信息已写入日志文件。"


def label(table: MappingProxyType[str, str] | dict[str, str], code: str | None, empty: str = "—") -> str:
    """The Chinese word for ``code`` in ``table``; the code itself when unknown; ``empty`` for None/""."""
    if not code:
        return empty
    return table.get(code, code)


def error_text(error: BaseException) -> str:
    """The Chinese sentence for ``error``, naming the file (not its path) when the error has one."""
    code = getattr(error, "code", None)
    if not isinstance(code, ErrorCode):
        return UNEXPECTED_ERROR
    text = ERRORS[code]
    path = getattr(error, "path", None)
    return f"{text}（{PurePath(path).name}）" if path else text
