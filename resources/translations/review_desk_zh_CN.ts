<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApproveFlow</name>
    <message>
        <location filename="../../src/review_desk/gui/flows/approve.py" line="+43"/>
        <source>Approval (批准) is for a review whose policy asks for it, after the sign-off and the countersignature.</source>
        <translation>只有审查策略要求批准的审查，才在签署和复核之后批准。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approve (批准)</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review {0} approved (批准) by {1}.</source>
        <translation>审查 {0} 已由 {1} 批准。</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../src/review_desk/gui/dialogs/audit_log.py" line="+208"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Filter by review id</source>
        <translation>按审查编号筛选</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Verify again</source>
        <translation>重新校验(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;checkpoint…</source>
        <translation>导出检查点(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the log&apos;s signed checkpoint to a file kept away from this computer (by an auditor): it later proves the log was not rolled back, truncated or rewritten.</source>
        <translation>把审查记录的签名检查点保存为文件，交由审计人员在本机以外保管：日后可据此证明日志未被回退、截断或改写。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verify &amp;against checkpoint…</source>
        <translation>对照检查点核验(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the log still extends a checkpoint kept earlier.</source>
        <translation>核验审查记录是否仍包含先前保管的检查点（仅在其后追加）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Review:</source>
        <translation>审查：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Log intact: {0} entries, checkpoint root {1}… (at entry {2}).</source>
        <translation>日志完整：共 {0} 条记录，检查点根哈希 {1}…（位于第 {2} 条）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log intact: {0} entries, no checkpoint yet.</source>
        <translation>日志完整：共 {0} 条记录，尚无检查点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: this desk has no head file for the register; only an exported checkpoint (Verify against checkpoint…) proves it was not truncated.</source>
        <translation>警告：本机没有该登记库的头文件；只有导出保管的检查点（“对照检查点核验…”）能证明登记库未被截断。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log damaged from entry {0}: {1}</source>
        <translation>日志自第 {0} 条起已损坏：{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log damaged: {0}</source>
        <translation>日志已损坏：{0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The entries cannot be listed: {0}</source>
        <translation>无法列出日志记录：{0}</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location line="-253"/>
        <source>#</source>
        <extracomment>Role holding an entry&apos;s review id (&quot;&quot; when it has none); the dialog filters on it.</extracomment>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewer</source>
        <translation>审查人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer added</source>
        <translation>添加审查人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review started</source>
        <translation>开始审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding added</source>
        <translation>添加检出项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding decided</source>
        <translation>处理检出项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review signed</source>
        <translation>审查签署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review countersigned</source>
        <translation>复核签署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document published</source>
        <translation>文件公开发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log exported</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review revoked</source>
        <translation>撤销审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review approved</source>
        <translation>审查批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk log imported into the register</source>
        <translation>本机日志导入登记库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redact</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mask</source>
        <translation>遮盖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}, {1} finding(s)</source>
        <translation>{0}，{1} 项检出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>manual finding {0} ({1})</source>
        <translation>人工添加检出项 {0}（{1}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>({0})</source>
        <translation>（{0}）</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>[suggested]</source>
        <translation>[建议]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>countersigned</source>
        <translation>已复核签署</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output SHA-256 {0}…</source>
        <translation>输出文件 SHA-256 {0}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all reviews</source>
        <translation>全部审查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} item(s), PDF SHA-256 {1}…</source>
        <translation>{0} 项，PDF SHA-256 {1}…</translation>
    </message>
</context>
<context>
    <name>CheckpointFlow</name>
    <message>
        <location filename="../../src/review_desk/gui/flows/checkpoint.py" line="+50"/>
        <source>Export a checkpoint of the review log</source>
        <translation>导出审查记录检查点</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checkpoint exported to {0}: {1} entries, root {2}…, signed by {3}. Keep it away from this computer; later, “Verify against checkpoint…” proves the log was not rolled back or rewritten since.</source>
        <translation>检查点已导出到 {0}：{1} 条记录，根哈希 {2}…，由 {3} 签名。请在本机以外保管；日后用“对照检查点核验…”可证明日志此后未被回退或改写。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verify the review log against a kept checkpoint</source>
        <translation>对照保管的检查点核验审查记录</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not checked against the checkpoint: the log itself does not verify. {0}</source>
        <translation>未对照检查点核验：审查记录本身校验未通过。{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log does NOT extend the kept checkpoint {0}: {1}</source>
        <translation>审查记录与保管的检查点 {0} 不符：{1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log extends the kept checkpoint: {0} entries signed by {1} at {2}; the log now holds {3} entries and the consistency proof verifies.</source>
        <translation>审查记录与保管的检查点相符：该检查点含 {0} 条记录，由 {1} 于 {2} 签名；日志现有 {3} 条记录，一致性证明核验通过。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
</context>
<context>
    <name>CountersignFlow</name>
    <message>
        <location filename="../../src/review_desk/gui/flows/signoff.py" line="+71"/>
        <source>Only a signed review can be countersigned.</source>
        <translation>只有已签署的审查才能复核。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Countersign (复核)</source>
        <translation>复核签署</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Review {0} countersigned by {1}.</source>
        <translation>审查 {0} 已由 {1} 复核。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../src/review_desk/gui/detail_pane.py" line="+49"/>
        <source>(policy default)</source>
        <translation>（按策略默认）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to every occurrence of this value</source>
        <translation>同一内容全部按此处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply to the whole table column</source>
        <translation>应用于整列</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation>检出依据：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context:</source>
        <translation>上下文：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested:</source>
        <translation>建议：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision:</source>
        <translation>处理决定：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redact (R)</source>
        <translation>删除 (R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask (M)</source>
        <translation>遮盖 (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep (K)</source>
        <translation>保留 (K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next undecided (N)</source>
        <translation>下一待定项 (N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block (B)</source>
        <translation>阻止公开 (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a mark (X)</source>
        <translation>非密级标志 (X)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undecided</source>
        <translation>待定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redact (remove, basis mark left)</source>
        <translation>删除（移除内容，保留依据标注）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mask (partly hidden)</source>
        <translation>遮盖（部分隐藏）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block: a classification mark, not to be published proactively</source>
        <translation>阻止公开：确认为密级标志，不得主动公开（需定密审查）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a classification mark (reason in the note)</source>
        <translation>非密级标志（理由见备注）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No finding selected</source>
        <translation>未选择检出项</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added by the reviewer</source>
        <translation>由审查人添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, confidence {1:.2f}</source>
        <translation>{0}，置信度 {1:.2f}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply to every occurrence of this value ({0})</source>
        <translation>同一内容全部按此处理（共 {0} 处）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply to the whole table column ({0} findings)</source>
        <translation>应用于表格整列（共 {0} 个检出项）</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../src/review_desk/gui/flows/export.py" line="+22"/>
        <source>Export the review log</source>
        <translation>导出审查记录</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Review log exported to {0}.</source>
        <translation>审查记录已导出到 {0}。</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../src/review_desk/gui/findings_model.py" line="+35"/>
        <source>Undecided</source>
        <translation>待定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redact</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mask</source>
        <translation>遮盖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block (classified)</source>
        <translation>阻止公开（密级标志）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a mark</source>
        <translation>非密级标志</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/review_desk/gui/dialogs/identity.py" line="+42"/>
        <source>Set up your reviewer identity</source>
        <translation>设置审查人身份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every decision you record is signed with your own key. Choose a passphrase to protect it; it cannot be recovered if you forget it.</source>
        <translation>您记录的每项处理决定都将以您本人的密钥签名。请设置口令保护密钥；口令遗忘后无法找回。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase &amp;again:</source>
        <translation>再次输入口令(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create identity</source>
        <translation>创建身份(&amp;C)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Enter your name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase needs at least {0} characters.</source>
        <translation>口令至少需要 {0} 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases do not match.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>KindDialog</name>
    <message>
        <location filename="../../src/review_desk/gui/flows/kind.py" line="+26"/>
        <source>Change the document kind</source>
        <translation>更改文件类型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The review uses the chosen kind&apos;s policy; the kind is recorded as chosen by the reviewer.</source>
        <translation>审查将使用所选类型的策略；文件类型记录为审查人选定。</translation>
    </message>
</context>
<context>
    <name>KindFlow</name>
    <message>
        <location line="+19"/>
        <source>The kind can be changed only before the review is signed.</source>
        <translation>只有在审查签署之前才能更改文件类型。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Kind: {0}; policy: {1}.</source>
        <translation>文件类型：{0}；策略：{1}。</translation>
    </message>
</context>
<context>
    <name>KindLabel</name>
    <message>
        <location filename="../../src/review_desk/gui/kind_label.py" line="+30"/>
        <source>{0} (chosen by the reviewer)</source>
        <translation>{0}（审查人指定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind: {0}</source>
        <translation>文件类型：{0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy: {0}</source>
        <translation>审查策略：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due: {0}</source>
        <translation>公开期限：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing required fields: {0}</source>
        <translation>缺少必备要素：{0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/review_desk/gui/menus.py" line="+28"/>
        <source>Shared &amp;register…</source>
        <translation>共享审查登记库(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/review_desk/gui/main_window.py" line="+325"/>
        <source>Shared register</source>
        <translation>共享审查登记库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL URL of the office&apos;s shared register, e.g. postgresql://user@server/register
(empty: this desk&apos;s own log; keep the password in pgpass, not here):</source>
        <translation>本单位共享审查登记库的 PostgreSQL 地址，例如 postgresql://user@server/register
（留空：使用本机审查记录；密码请保存在 pgpass 中，不要写在这里）：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The register changes when the desk starts again.</source>
        <translation>重新启动审查台后改用该登记库。</translation>
    </message>
    <message>
        <location line="-237"/>
        <location line="+295"/>
        <location line="+255"/>
        <location line="+144"/>
        <source>Review Desk</source>
        <extracomment>The working copy is written this long after the last decision (a burst of decisions: one write).</extracomment>
        <translation>审查台</translation>
    </message>
    <message>
        <location line="-679"/>
        <source>Open a .docx, .txt or .md document to review.</source>
        <translation>请打开要审查的 .docx、.txt 或 .md 文件。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All parts</source>
        <translation>全部位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search findings</source>
        <translation>搜索检出项</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Change the document kind…</source>
        <translation>更改文件类型…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/review_desk/gui/menus.py" line="-9"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;sample draft</source>
        <translation>打开示例草稿(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/review_desk/gui/main_window.py" line="+35"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/review_desk/gui/menus.py" line="+3"/>
        <source>&amp;Save decisions to the log</source>
        <translation>将处理决定保存到日志(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>公开发布(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export review log (PDF)…</source>
        <translation>导出审查记录 (PDF)(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/review_desk/gui/main_window.py" line="+14"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/review_desk/gui/menus.py" line="+1"/>
        <source>&amp;Review</source>
        <translation>审查(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redact</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mask</source>
        <translation>遮盖(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Block (a classification mark)</source>
        <translation>阻止公开（密级标志）(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a classification mar&amp;k</source>
        <translation>非密级标志(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next undecided</source>
        <translation>下一待定项(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggle &amp;every occurrence</source>
        <translation>切换同一内容全部处理(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add selected text as a finding…</source>
        <translation>将所选文字添加为检出项(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find and add as findings…</source>
        <translation>查找并添加为检出项(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign off…</source>
        <translation>签署(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Countersign as a second reviewer…</source>
        <translation>第二审查人复核(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;pprove as the approver (批准)…</source>
        <translation>批准人批准(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;voke the signed review…</source>
        <translation>撤销已签署的审查(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview as published</source>
        <translation>预览公开版(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/review_desk/gui/main_window.py" line="+9"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language changes when the desk starts again.</source>
        <translation>界面语言将在审查台重新启动后生效。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Signed in as {0}.</source>
        <translation>已登录：{0}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open document</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Analysing {0}…</source>
        <translation>正在分析 {0}…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Analysis failed: {0}</source>
        <translation>分析失败：{0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read this file: {0}</source>
        <translation>无法读取此文件：{0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review {0} ({1}) resumed from the log.</source>
        <translation>已从日志恢复审查 {0}（{1}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} findings.</source>
        <translation>共 {0} 个检出项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review {0} was revoked: this is a new review of the file ({1} findings).</source>
        <translation>审查 {0} 已撤销：现为该文件的新审查（共 {1} 个检出项）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} unsaved decision(s) restored from the working copy.</source>
        <translation>已从工作副本恢复 {0} 项未保存的处理决定。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This review is signed; its decisions are final.</source>
        <translation>本次审查已签署，处理决定不可更改。</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation type="vanished">删除</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation type="vanished">遮盖</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="vanished">保留</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+9"/>
        <source>{0} {1} finding(s)</source>
        <translation>{0} {1} 个检出项</translation>
    </message>
    <message>
        <source>Could not keep a working copy: {0}</source>
        <translation type="vanished">无法保存工作副本：{0}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Every finding is decided: sign off with Ctrl+Shift+S.</source>
        <translation>所有检出项均已处理：可按 Ctrl+Shift+S 签署。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{0} / {1} decided</source>
        <translation>已处理 {0} / {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification marks {0} · personal data {1} ({2} undecided) · informational {3}</source>
        <translation>密级标志 {0} · 个人信息 {1}（待定 {2}）· 信息类 {3}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Informational findings: {0} (organisations, places, credit codes; pre-decided keep)</source>
        <translation>信息类检出项：{0} 项（单位、地名、信用代码等，已预设保留）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select the text of the finding in the document first.</source>
        <translation>请先在文件中选中要添加的文字。</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+152"/>
        <source>Add a manual finding</source>
        <translation>人工添加检出项</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Could not keep a working copy of the unsaved decisions: the drafts folder cannot be written ({0}).</source>
        <translation>无法保存未保存处理决定的工作副本：草稿文件夹不可写入（错误 {0}）。</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>{0} finding(s) added.</source>
        <translation>已添加 {0} 个检出项。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Decisions saved to the log (review {0}).</source>
        <translation>处理决定已保存到日志（审查 {0}）。</translation>
    </message>
    <message>
        <source>{0} of {1} findings are undecided (first: {2} {3}).</source>
        <translation type="vanished">共 {1} 个检出项中尚有 {0} 个待定（第一个：{2} {3}）。</translation>
    </message>
    <message>
        <source>{0} needs a legal basis.</source>
        <translation type="vanished">{0}须注明法律依据。</translation>
    </message>
    <message>
        <source>{0} needs a reason.</source>
        <translation type="vanished">{0}须说明理由。</translation>
    </message>
    <message>
        <source>主动公开 is not allowed: the document carries a classification mark ({0}).</source>
        <translation type="vanished">不能主动公开：文件带有密级标志（{0}）。</translation>
    </message>
    <message>
        <source>主动公开 is not allowed: {0} {1} is kept without an exemption basis.</source>
        <translation type="vanished">不能主动公开：保留了{0}“{1}”，但未注明豁免依据。</translation>
    </message>
    <message>
        <source>Only the reviewer who started this review signs it (谁审查谁负责); another reviewer countersigns.</source>
        <translation type="vanished">本审查只能由发起审查的审查人签署（谁审查谁负责），其他审查人可进行复核。</translation>
    </message>
    <message>
        <source>This review is already signed.</source>
        <translation type="vanished">本审查已签署。</translation>
    </message>
    <message>
        <source>Review {0} signed: {1}.</source>
        <translation type="vanished">审查 {0} 已签署：{1}。</translation>
    </message>
    <message>
        <source>Only a signed review can be countersigned.</source>
        <translation type="vanished">只有已签署的审查才能复核。</translation>
    </message>
    <message>
        <source>Countersign (复核)</source>
        <translation type="vanished">复核签署</translation>
    </message>
    <message>
        <source>Review {0} countersigned by {1}.</source>
        <translation type="vanished">审查 {0} 已由 {1} 复核。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign the review off before publishing (先审查后公开).</source>
        <translation>请先签署审查意见再公开发布（先审查后公开）。</translation>
    </message>
    <message>
        <source>Publish to</source>
        <translation type="vanished">公开版保存为</translation>
    </message>
    <message>
        <source>Published {0} (SHA-256 {1}…).</source>
        <translation type="vanished">已公开发布 {0}（SHA-256 {1}…）。</translation>
    </message>
    <message>
        <source>Export the review log</source>
        <translation type="vanished">导出审查记录</translation>
    </message>
    <message>
        <source>Review log exported to {0}.</source>
        <translation type="vanished">审查记录已导出到 {0}。</translation>
    </message>
</context>
<context>
    <name>ManualFindingDialog</name>
    <message>
        <location filename="../../src/review_desk/gui/dialogs/manual_finding.py" line="+26"/>
        <source>Add a finding</source>
        <extracomment>Personal-data types in the order of TYPE_LABELS (姓名 first). personal data first, then a missed classification mark (it blocks 主动公开) and an organisation How much of a long selection is shown.</extracomment>
        <translation>添加检出项</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Selected text:</source>
        <translation>所选文字：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every occurrence of this text in the document becomes a finding to decide.</source>
        <translation>文件中出现的所有相同文字都将成为待处理的检出项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add finding</source>
        <translation>添加检出项(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PreviewFlow</name>
    <message>
        <location filename="../../src/review_desk/gui/flows/preview.py" line="+48"/>
        <source>Preparing the text as it will be published…</source>
        <translation>正在生成公开版文本…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>As published: {0} value(s) masked or removed, stamped “{1}”. Press P to return to the draft.</source>
        <translation>公开版预览：已遮盖或删除 {0} 处内容，标注“{1}”。按 P 返回草稿。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The draft.</source>
        <translation>草稿。</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../src/review_desk/gui/dialogs/publish.py" line="+35"/>
        <source>Publish</source>
        <translation>公开发布</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} value(s) will be masked or removed; the copy is stamped “{1}”.</source>
        <translation>将遮盖或删除 {0} 处内容；公开版标注“{1}”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sanitizer will remove:</source>
        <translation>清理时将移除：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing: the file carries no comments, revisions, hidden text or metadata to remove.</source>
        <translation>无：文件中没有需要移除的批注、修订、隐藏文字或元数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This list is recorded with the publication in the review log.</source>
        <translation>此清单将随公开发布一并记入审查记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Publish</source>
        <translation>公开发布(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publish to:</source>
        <translation>公开版保存为：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish to</source>
        <translation>公开版保存为</translation>
    </message>
</context>
<context>
    <name>PublishFlow</name>
    <message>
        <location filename="../../src/review_desk/gui/flows/publish.py" line="+59"/>
        <source>Published {0} (SHA-256 {1}…).</source>
        <translation>已公开发布 {0}（SHA-256 {1}…）。</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../src/review_desk/gui/flows/revoke.py" line="+25"/>
        <source>Revoke the review (撤销)</source>
        <translation>撤销审查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the signed decisions no longer stand</source>
        <translation>已签署的处理决定为何不再有效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revoke</source>
        <translation>撤销(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The revocation is signed and recorded in the log; the file can then be reviewed again.</source>
        <translation>撤销将签名并记入日志；之后可重新审查该文件。</translation>
    </message>
</context>
<context>
    <name>RevokeFlow</name>
    <message>
        <location line="+18"/>
        <source>Only a signed review can be revoked.</source>
        <translation>只有已签署的审查才能撤销。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Review {0} revoked.</source>
        <translation>审查 {0} 已撤销。</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/review_desk/gui/dialogs/search.py" line="+25"/>
        <source>Find and add as findings</source>
        <translation>查找并添加为检出项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text, or a pattern such as 1[3-9]\d{9}</source>
        <translation>文字，或正则表达式，如 1[3-9]\d{9}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Regular expression</source>
        <translation>正则表达式(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not a valid pattern: {0}</source>
        <translation>正则表达式无效：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} match(es), {1} not yet a finding.</source>
        <translation>共 {0} 处匹配，其中 {1} 处尚未成为检出项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add {0} finding(s)</source>
        <translation>添加 {0} 个检出项(&amp;A)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/review_desk/gui/dialogs/identity.py" line="+34"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No reviewer is registered on this desk yet.</source>
        <translation>本机尚未登记审查人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reviewer:</source>
        <translation>审查人(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The passphrase does not unlock the key of {0}. Try again.</source>
        <translation>口令无法解锁 {0} 的密钥，请重试。</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <location filename="../../src/review_desk/gui/dialogs/signoff.py" line="+46"/>
        <source>Sign the review</source>
        <translation>签署审查意见</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Why the document is not published proactively</source>
        <translation>不予主动公开的理由</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Disclosure attribute:</source>
        <translation>公开属性：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal &amp;basis:</source>
        <translation>法律依据(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+80"/>
        <source>Signing is not yet allowed because:</source>
        <translation>暂不能签署，原因如下：</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;Sign</source>
        <translation>签署(&amp;S)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Enter your passphrase to sign.</source>
        <translation>请输入口令以签署。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing blocks signing.</source>
        <translation>可以签署。</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Published as a summary (摘要公开), recorded in the signed entry</source>
        <translation>摘要公开（记入签署记录）</translation>
    </message>
</context>
<context>
    <name>SignOffFlow</name>
    <message>
        <location filename="../../src/review_desk/gui/flows/signoff.py" line="-32"/>
        <source>Review {0} signed: {1}.</source>
        <translation>审查 {0} 已签署：{1}。</translation>
    </message>
</context>
<context>
    <name>StateBanner</name>
    <message>
        <location filename="../../src/review_desk/gui/banner.py" line="+53"/>
        <source>Open review: decide every finding (R / M / K), then sign off with Ctrl+Shift+S.</source>
        <translation>审查中：逐项处理检出项（R / M / K），全部处理后按 Ctrl+Shift+S 签署。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoked {0} by {1}: {2}. Its decisions no longer stand; a new review of the same file supersedes it.</source>
        <translation>{1} 已于 {0} 撤销：{2}。其处理决定不再有效；对同一文件的新审查将取代本次审查。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed by {0} and approved (批准) by {1} ({2}): the decisions are read-only. Publish with Ctrl+P.</source>
        <translation>已由 {0} 签署、{1} 批准（{2}）：处理决定只读。可按 Ctrl+P 公开发布。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Published {0} ({1}) as {2}: this review is closed and read-only.</source>
        <translation>已于 {0} 以“{2}”发布（{1}）：本次审查已结束，只读。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed {0} by {1}: 不予公开 (withheld), not to be published. The decisions are read-only.</source>
        <translation>{1} 已于 {0} 签署：不予公开，不得发布。处理决定只读。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed by {0} and countersigned by {1} ({2}): the decisions are read-only. Publish with Ctrl+P.</source>
        <translation>已由 {0} 签署、{1} 复核（{2}）：处理决定只读。可按 Ctrl+P 公开发布。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Signed by {0} ({1}); the review&apos;s policy asks for approval (批准) before publishing: the approver signs with Review → Approve.</source>
        <translation>已由 {0} 签署（{1}）；本审查的策略要求发布前批准：请批准人通过“审查 → 批准人批准”签署。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed {0} by {1} ({2}): the decisions are read-only. Publish with Ctrl+P, or have a second reviewer countersign.</source>
        <translation>{1} 已于 {0} 签署（{2}）：处理决定只读。可按 Ctrl+P 公开发布，或请第二审查人复核。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To change a decision, revoke the review (Review → Revoke…) and review the file again.</source>
        <translation>如需修改处理决定，请撤销本次审查（审查 → 撤销…）后重新审查。</translation>
    </message>
    <message>
        <source>To change a decision, the signature must be revoked and the review recorded again.</source>
        <translation type="vanished">如需修改处理决定，须撤销签署并重新审查记录。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/review_desk/gui/welcome.py" line="+107"/>
        <source>Finds personal data and other sensitive details in a document before it is published, and helps you decide, redact and sign off.</source>
        <extracomment>Item data role holding the full path of a recent file. Item data role holding whether the file existed when the list was filled.</extracomment>
        <translation>公开发布前，查找文件中的个人信息和其他敏感内容，协助您逐项处理并签署审查意见。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the &amp;sample draft</source>
        <translation>打开示例草稿(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An invented draft decision with personal data to find.</source>
        <translation>一份虚构的行政处罚决定书草稿，内含待查找的个人信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open a document…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Word (.docx) or plain text (.txt, .md)</source>
        <translation>Word 文档（.docx）或纯文本（.txt、.md）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recent documents</source>
        <translation>最近打开的文件(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recent documents</source>
        <translation>最近打开的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recent documents.</source>
        <translation>暂无最近打开的文件。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{0}    (not found)</source>
        <translation>{0}    （文件不存在）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File not found: {0}</source>
        <translation>找不到文件：{0}</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <location filename="../../src/review_desk/gui/document_render.py" line="+125"/>
        <source>Tracked changes: the text before the revision</source>
        <translation>修订：修订前的文字（删除的内容）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other places in this part</source>
        <translation>本部分的其他位置</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../src/review_desk/gui/messages.py" line="+21"/>
        <source>Comments and their authors</source>
        <extracomment>What the sanitizer removes, by :class:`review_desk.core.redact.SanitizeAction` code.</extracomment>
        <translation>批注及批注人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracked changes (accepted; deleted text dropped)</source>
        <translation>修订（接受修订，删除的文字不保留）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change tracking turned off</source>
        <translation>关闭修订跟踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden text</source>
        <translation>隐藏文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom XML data</source>
        <translation>自定义 XML 数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document variables</source>
        <translation>文档变量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path of the attached template</source>
        <translation>附加模板的路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embedded objects and macros</source>
        <translation>嵌入对象和宏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document properties (author, last saved by …)</source>
        <translation>文档属性（作者、最后保存者等）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image metadata (EXIF, GPS …)</source>
        <translation>图片元数据（EXIF、GPS 等）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom document properties</source>
        <translation>自定义文档属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail picture</source>
        <translation>缩略图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editing session ids (rsid)</source>
        <translation>编辑会话标识（rsid）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors&apos; names on revisions and comments</source>
        <translation>修订和批注上的作者姓名</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} of {1} findings are undecided (first: {2} {3}).</source>
        <translation>共 {1} 个检出项中尚有 {0} 个待定（第一个：{2} {3}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} needs a legal basis.</source>
        <translation>{0}须注明法律依据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} needs a reason.</source>
        <translation>{0}须说明理由。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>主动公开 is not allowed: the document carries a classification mark ({0}).</source>
        <translation>不能主动公开：文件带有密级标志（{0}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>主动公开 is not allowed: {0} {1} is kept without an exemption basis.</source>
        <translation>不能主动公开：保留了{0}“{1}”，但未注明豁免依据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the reviewer who started this review signs it (谁审查谁负责); another reviewer countersigns.</source>
        <translation>本审查只能由发起审查的审查人签署（谁审查谁负责），其他审查人可进行复核。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This review is already signed.</source>
        <translation>本审查已签署。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a disclosure attribute: 主动公开, 依申请公开 or 不予公开.</source>
        <translation>请选择公开属性：主动公开、依申请公开或不予公开。</translation>
    </message>
</context>
<context>
    <name>parts</name>
    <message>
        <location filename="../../src/review_desk/gui/parts.py" line="+51"/>
        <source>Body</source>
        <extracomment>The desk&apos;s label (an English source string, translated) of each part kind of :mod:`review_desk.core.document.part_kinds`; other kinds are &quot;Other parts&quot;.</extracomment>
        <translation>正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header</source>
        <translation>页眉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footnotes</source>
        <translation>脚注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endnotes</source>
        <translation>尾注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Properties</source>
        <translation>文档属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom XML</source>
        <translation>自定义 XML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other parts</source>
        <translation>其他部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted text</source>
        <translation>已删除文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>field code</source>
        <translation>域代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link target</source>
        <translation>链接地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image alt text</source>
        <translation>图片替代文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>content control</source>
        <translation>内容控件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document variable</source>
        <translation>文档变量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bookmark</source>
        <translation>书签</translation>
    </message>
</context>
</TS>
