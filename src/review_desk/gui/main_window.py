"""The desk's main window: a document, its findings, and the one-item-one-review workflow.

Layout: the document (every part, findings highlighted by status) on the left; on the right the
findings table (filter by type, status, part; sortable) above the detail pane (why it was flagged,
basis, note, decide).  Keyboard: R / M / K decide the current finding, N jumps to the next
undecided one, Ctrl+Z / Ctrl+Shift+Z undo and redo, Ctrl+M adds the selected text as a manual
finding, Ctrl+S saves the decisions to the log, Ctrl+Shift+S signs off.

Nothing heavy runs on the GUI thread: reading and analysis (:class:`.tasks.ScanTask`), publishing
and exporting (:class:`.tasks.CallTask`, each with its own connection to the log) run in the
background.  Dialogs are opened non-modally (``open()``), so the window never blocks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from review_desk.core.home import data_home
from review_desk.core.paths import resource
from review_desk.core.names import ENTITY_TYPES as TYPE_LABELS
from review_desk.core.review.autosave import drop_working_copy, restore_working_copy, save_working_copy
from review_desk.core.review.draft import DraftReview, open_review_for
from review_desk.core.names import STATUSES as REVIEW_STATUSES, error_text, label
from review_desk.core.review.rules import InvalidDecision

from .commands import AddFindingCommand, DecideCommand
from .detail_pane import DetailPane
from .document_view import DocumentView
from .banner import StateBanner
from .kind_label import KindLabel
from .flows.approve import ApproveFlow
from .flows.kind import KindFlow
from .flows.preview import PreviewFlow
from .flows.checkpoint import CheckpointFlow
from .flows.export import ExportFlow
from .flows.publish import PublishFlow
from .flows.revoke import RevokeFlow
from .flows.signoff import CountersignFlow, SignOffFlow
from .messages import blocker_text, code_text
from .search import column_findings, missing_occurrences
from .queue import INFORMATIONAL, MARKS, PERSONAL, group_counts, pre_decide_informational
from .findings_model import FID_ROLE, STATUSES, FindingsFilter, FindingsModel
from .parts import PART_KINDS, tr as part_tr
from .tasks import CallTask, ScanTask
from .welcome import WelcomePage, add_recent, recent_files

#: The working copy is written this long after the last decision (a burst of decisions: one write).
AUTOSAVE_DELAY_MS = 300
OPEN_FILTER = "Documents (*.docx *.docm *.txt *.md);;All files (*)"
SAMPLE = ("samples", "sample_notice.docx")


class MainWindow(QMainWindow):
    def __init__(self, get_detector: Callable[[], object], pool: QThreadPool | None = None,
                 home: Path | None = None) -> None:
        super().__init__()
        self.get_detector = get_detector
        self.pool = pool or QThreadPool.globalInstance()
        self.home = Path(home) if home else data_home()
        self._desk = None
        self.identity = None
        self.draft: DraftReview | None = None
        self.result = None
        self.doc_layout = None
        self.task: ScanTask | None = None
        self.active_dialog = None
        self.busy_task: CallTask | None = None
        self.closed = False  # set on close: late results of background work are dropped
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self._autosave_now)
        self._serial = 0
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.setWindowTitle(self.tr("Review Desk"))
        self.setAcceptDrops(True)
        self.preview_flow = PreviewFlow(self)
        self.publish_flow = PublishFlow(self)
        self.signoff_flow = SignOffFlow(self)
        self.countersign_flow = CountersignFlow(self)
        self.export_flow = ExportFlow(self)
        self.checkpoint_flow = CheckpointFlow(self)
        self.revoke_flow = RevokeFlow(self)
        self.approve_flow = ApproveFlow(self)
        self.kind_flow = KindFlow(self)
        self._build_widgets()
        self._build_actions()
        self._restore_layout()
        self.welcome.set_recent(recent_files(QSettings()))
        self.statusBar().showMessage(self.tr("Open a .docx, .txt or .md document to review."))

    # -- construction -------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.welcome = WelcomePage()
        self.welcome.open_sample.connect(self.open_sample)
        self.welcome.open_file_requested.connect(self.choose_file)
        self.welcome.open_recent.connect(self.open_file)

        self.view = DocumentView()
        self.view.finding_clicked.connect(self.select_finding)
        self.model = FindingsModel(self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # document order
        self.table.horizontalHeader().setSortIndicatorClearable(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)

        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), None)
        for code, type_name in TYPE_LABELS.items():
            self.type_filter.addItem(type_name, code)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_filter.addItem(self.model.status_label(status), status)
        self.part_filter = QComboBox()
        self.part_filter.addItem(self.tr("All parts"), None)
        for kind in PART_KINDS:
            self.part_filter.addItem(part_tr(kind), kind)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search findings"))
        for combo in (self.type_filter, self.status_filter, self.part_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        filters = QHBoxLayout()
        for w in (self.type_filter, self.status_filter, self.part_filter, self.search):
            filters.addWidget(w)

        self.detail = DetailPane()
        self.detail.decide.connect(self.decide)
        self.detail.column_of = lambda fid: column_findings(self.draft, fid, self.doc_layout) if self.draft else []
        self.detail.next_requested.connect(self.next_undecided)

        self.info_toggle = QToolButton()
        self.info_toggle.setCheckable(True)
        self.info_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.info_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.info_toggle.toggled.connect(self.show_informational)
        self.info_toggle.setVisible(False)

        self.kind_label = KindLabel()
        self.kind_action = QAction(self.tr("Change the document kind…"), self.kind_label)
        self.kind_action.triggered.connect(lambda: self.kind_flow.choose())
        self.kind_label.addAction(self.kind_action)
        self.kind_label.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table_box = QWidget()
        box = QVBoxLayout(table_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.kind_label)
        box.addLayout(filters)
        box.addWidget(self.table)
        box.addWidget(self.info_toggle)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(table_box)
        self.right.addWidget(self.detail)
        self.banner = StateBanner()
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.banner)
        left_box.addWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

        self.progress_label = QLabel()
        self.groups_label = QLabel()
        self.statusBar().addPermanentWidget(self.groups_label)
        self.progress = QProgressBar(maximumWidth=220, visible=False)
        self.cancel_button = QPushButton(self.tr("Cancel"), visible=False)
        self.cancel_button.clicked.connect(self.cancel_scan)
        self.statusBar().addPermanentWidget(self.progress_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)

    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        if menu is not None:
            menu.addAction(action)
        return action

    def _slot(self, name: str) -> Callable[[], None]:
        """A window method named in :data:`.menus.MENUS` (``flow.method``, ``method:argument``)."""
        name, _, argument = name.partition(":")
        target = self
        for part in name.split("."):
            target = getattr(target, part)
        return (lambda: target(argument)) if argument else target

    def _build_actions(self) -> None:
        """The menus of :data:`.menus.MENUS`; every action is also a window shortcut."""
        from . import menus

        bar = self.menuBar()
        for title, entries in menus.MENUS:
            menu = bar.addMenu(self.tr(title))
            for entry in entries:
                if entry == menus.SEPARATOR:
                    menu.addSeparator()
                elif entry == menus.RECENT:
                    self.recent_menu = menu.addMenu(self.tr("Open &recent"))
                    self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
                elif entry == menus.UNDO_REDO:
                    self._undo_redo(menu)
                elif entry == menus.LANGUAGE:
                    self._language_menu(menu)
                else:
                    attribute, text, slot, shortcut = entry
                    action = self._action(self.tr(text), self._slot(slot), shortcut, menu)
                    if attribute:
                        setattr(self, attribute, action)
        self.preview_action.setCheckable(True)

    def _undo_redo(self, menu) -> None:
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        for action in (undo, redo):
            menu.addAction(action)
            self.addAction(action)

    def _language_menu(self, menu) -> None:
        from .i18n import LANGUAGES, current_language, set_language

        language_menu = menu.addMenu(self.tr("&Language"))
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _c=False, c=code: (set_language(c), self.statusBar().showMessage(
                self.tr("The language changes when the desk starts again."))))

    # -- layout memory ------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for name, splitter in (("window/splitter", self.splitter), ("window/right", self.right)):
            state = settings.value(name)
            if state is not None:
                splitter.restoreState(state)
        header = settings.value("window/table")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._flush_autosave()
        self.closed = True
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/right", self.right.saveState())
        settings.setValue("window/table", self.table.horizontalHeader().saveState())
        self.cancel_scan()
        if self._desk is not None:
            self._desk.close()
            self._desk = None
        super().closeEvent(event)

    # -- the desk -----------------------------------------------------------------------------

    @property
    def desk(self):
        if self._desk is None:
            from review_desk.core.review import ReviewDesk

            from .register_setting import register_url

            self._desk = ReviewDesk(self.home, register_url())
        return self._desk

    def choose_register(self) -> None:
        """Ask for the office register's URL (empty: this desk's own log); used from the next start."""
        from PySide6.QtWidgets import QInputDialog

        from .register_setting import set_register_url, stored_register_url

        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Shared register"))
        dialog.setLabelText(self.tr("PostgreSQL URL of the office's shared register, e.g. "
                                    "postgresql://user@server/register\n(empty: this desk's own log; "
                                    "keep the password in pgpass, not here):"))
        dialog.setTextValue(stored_register_url())
        self.register_dialog = dialog

        def accepted() -> None:
            set_register_url(dialog.textValue())
            self.statusBar().showMessage(self.tr("The register changes when the desk starts again."))

        self.show_dialog(dialog, accepted)

    def show_dialog(self, dialog, on_accept: Callable[[], None] | None = None) -> None:
        self.active_dialog = dialog
        if on_accept is not None:
            dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        dialog.open()

    def _dialog_closed(self, dialog) -> None:
        if self.active_dialog is dialog:  # a dialog opened from its own accepted() stays current
            self.active_dialog = None

    def with_identity(self, then: Callable[[], None]) -> None:
        """Run ``then`` as a signed-in reviewer (first-run setup or sign-in when needed)."""
        if self.identity is not None:
            then()
            return
        from .dialogs import FirstRunDialog, SignInDialog

        dialog = SignInDialog(self.desk, self) if self.desk.log.reviewers() else FirstRunDialog(self.desk, self)

        def accepted() -> None:
            self.identity = dialog.identity
            self.statusBar().showMessage(self.tr("Signed in as {0}.").format(self.identity.name))
            then()

        self.show_dialog(dialog, accepted)

    # -- opening ------------------------------------------------------------------------------

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Open document"), str(Path.home()), OPEN_FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.open_file)
        self.show_dialog(dialog)

    def open_sample(self) -> None:
        self.open_file(str(resource(*SAMPLE)))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent_files(QSettings()):
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_file(p))

    def open_file(self, path: str) -> None:
        self._flush_autosave()
        self.cancel_scan()
        self.result = None
        self.draft = None
        self.undo_stack.clear()
        self.model.set_draft(None)
        self.view.clear()
        self.detail.show_finding(None, None)
        self.stack.setCurrentWidget(self.splitter)
        self.setWindowTitle(self.tr("Review Desk") + f" — {Path(path).name}")
        self.statusBar().showMessage(self.tr("Analysing {0}…").format(Path(path).name))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self._serial += 1
        self.task = ScanTask(self._serial, path, self.get_detector)
        self.task.signals.progress.connect(self._on_progress)
        self.task.signals.finished.connect(self._on_finished)
        self.task.signals.failed.connect(self._on_failed)
        self.pool.start(self.task)
        settings = QSettings()
        add_recent(settings, path)
        self.welcome.set_recent(recent_files(settings))

    def cancel_scan(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self._end_busy()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        urls = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_file(urls[0])

    def _on_progress(self, serial: int, done: int, total: int) -> None:
        if serial == self._serial:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _on_failed(self, serial: int, message: str) -> None:
        if serial != self._serial:
            return
        self.task = None
        self._end_busy()
        if message != "cancelled":
            self.statusBar().showMessage(self.tr("Analysis failed: {0}").format(message))

    def _end_busy(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def _on_finished(self, serial: int, result) -> None:
        if serial != self._serial or self.task is None:
            return  # a cancelled or superseded scan finishing late
        self.doc_layout = self.task.layout
        self.task = None
        self._end_busy()
        self.result = result
        if result.errors:
            self.statusBar().showMessage(self.tr("Cannot read this file: {0}").format(
                code_text(result.errors[0].get("code"), result.path)))
            return
        document = result.document
        logged = open_review_for(self.desk, document.sha256)
        revoked = logged if logged is not None and logged.revocation is not None else None
        if revoked is not None:  # 撤销: the file is reviewed again, the new review supersedes the old one
            logged = None
        if logged is not None:
            self.draft = DraftReview.resume(self.desk, document, logged)
            note = self.tr("Review {0} ({1}) resumed from the log.").format(logged.review_id,
                                                                             label(REVIEW_STATUSES, logged.status))
        else:
            self.draft = DraftReview.new(document, result.findings)  # the kind's policy
            note = self.tr("{0} findings.").format(len(result.findings))
            if revoked is not None:
                note = self.tr("Review {0} was revoked: this is a new review of the file ({1} findings).").format(
                    revoked.review_id, len(result.findings))
        if logged is None or logged.is_open:
            restored = self._restore_autosave()
            if restored:
                note = self.tr("{0} unsaved decision(s) restored from the working copy.").format(restored)
            if pre_decide_informational(self.draft):
                self._autosave()
        self.model.set_draft(self.draft)
        self.kind_label.show_draft(self.draft)
        self.info_toggle.setChecked(False)
        self.view.show_document(document, self.draft.findings, self.draft.status, self.doc_layout)
        self.table.resizeColumnsToContents()
        self._update_progress()
        self.statusBar().showMessage(note)
        self.apply_state()
        self.next_undecided()
        self.table.setFocus()

    # -- deciding -----------------------------------------------------------------------------

    def current_fid(self) -> str | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, FID_ROLE) if index.isValid() else None

    def select_finding(self, fid: str | None) -> None:
        if fid is None or self.draft is None:
            return
        source = self.model.index(self.model.row_of(fid), 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # filtered out: clear the filters so the finding can be shown
            self._clear_filters()
            index = self.proxy.mapFromSource(source)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _current_row_changed(self, current, _previous) -> None:
        fid = self.proxy.data(current, FID_ROLE) if current.isValid() else None
        self.detail.show_finding(self.draft, fid)
        if fid:
            self.view.scroll_to(fid)

    def _frozen(self) -> bool:
        if self.draft is not None and self.draft.review is not None and not self.draft.review.is_open:
            self.statusBar().showMessage(self.tr("This review is signed; its decisions are final."))
            return True
        return False

    def decide(self, action: str) -> None:
        fid = self.current_fid()
        if self.draft is None or fid is None or self._frozen():
            return
        self.preview_flow.back_to_draft()  # a decision changes what is published: show the draft again
        basis, note = self.detail.chosen_basis(), self.detail.chosen_note()
        every = self.detail.all_occurrences.isChecked()
        missing = missing_occurrences(self.draft, fid) if every else []
        if self.detail.whole_column.isChecked() and self.detail.whole_column.isVisible():
            fids = self.detail.column_of(fid)
        elif every:
            fids = self.draft.same_value(fid)
        else:
            fids = [fid]
        try:
            for f in fids:
                self.draft.validate(f, action, basis, note)
        except InvalidDecision as exc:
            self.detail.show_error(error_text(exc))
            return
        verb = self.model.status_label(action)
        self.undo_stack.beginMacro(self.tr("{0} {1} finding(s)").format(verb, len(fids) + len(missing)))
        if missing:  # the same value elsewhere (headers, comments …) that the detector did not report
            entity_type = self.draft.by_id[fid].type
            self.undo_stack.push(AddFindingCommand(self.draft, missing, entity_type, self._findings_added,
                                                   self.tr("Add a manual finding")))
            value = self.draft.by_id[fid].text
            fids = list(dict.fromkeys(fids + [g for g in self.draft.same_value(fid)
                                              if self.draft.by_id[g].text == value]))
        self.undo_stack.push(DecideCommand(self.draft, fids, action, basis, note, self._decisions_changed,
                                           self.tr("{0} {1} finding(s)").format(verb, len(fids))))
        self.undo_stack.endMacro()
        self.next_undecided()

    def _decisions_changed(self, fids) -> None:
        self.model.refresh(fids)
        self.view.refresh(fids)
        self._update_progress()
        self.detail.show_finding(self.draft, self.current_fid())
        self._autosave()

    # -- the working copy (unsaved decisions survive closing the desk) ---------------------------

    def _autosave(self) -> None:
        """Keep the working copy soon (one write for a burst of decisions; flushed on close)."""
        self._autosave_timer.start()

    def _flush_autosave(self) -> None:
        if self._autosave_timer.isActive():
            self._autosave_timer.stop()
            self._autosave_now()

    def _autosave_now(self) -> None:
        if self.draft is None:
            return
        try:
            save_working_copy(self.home, self.draft)
        except OSError as exc:
            self.statusBar().showMessage(self.tr("Could not keep a working copy of the unsaved decisions: the "
                                                 "drafts folder cannot be written ({0}).").format(exc.errno))

    def _restore_autosave(self) -> int:
        return restore_working_copy(self.home, self.draft)

    def _drop_autosave(self) -> None:
        if self.draft is not None:
            drop_working_copy(self.home, self.draft.document.sha256)

    def next_undecided(self) -> None:
        """The next undecided finding in queue order (marks, personal data, informational)."""
        if self.draft is None:
            return
        ids = self.model.ids
        current = self.current_fid()
        start = ids.index(current) + 1 if current in ids else 0
        fid = next((f for f in ids[start:] + ids[:start] if f not in self.draft.decisions), None)
        if fid is None:
            if self.draft.review is None or self.draft.review.is_open:
                self.statusBar().showMessage(self.tr("Every finding is decided: sign off with Ctrl+Shift+S."))
            elif ids and current is None:
                self.select_finding(ids[0])
            return
        self.select_finding(fid)

    def show_informational(self, show: bool) -> None:
        """Open or collapse the informational group (pre-decided keep)."""
        self.proxy.set_show_informational(show)
        self.info_toggle.setArrowType(Qt.ArrowType.DownArrow if show else Qt.ArrowType.RightArrow)
        if self.info_toggle.isChecked() != show:
            self.info_toggle.setChecked(show)

    def apply_state(self) -> None:
        """The banner and what may be done: once signed, decisions are read-only."""
        review = self.draft.review if self.draft else None
        if self.draft is None:
            self.banner.hide()
            return

        def name_of(fingerprint: str) -> str:
            reviewer = self.desk.log.reviewer(fingerprint)
            return reviewer.name if reviewer is not None else fingerprint[:12]

        self.banner.show_state(review, name_of, self.approve_flow.available())
        editable = review is None or review.is_open
        for action in (self.redact_action, self.mask_action, self.keep_action, self.block_action, self.not_mark_action,
                       self.all_action, self.add_action, self.search_action, self.sign_action):
            action.setEnabled(editable)
        self.countersign_action.setEnabled(review is not None and review.signature is not None
                                           and review.countersignature is None
                                           and review.status not in ("published", "revoked"))
        self.revoke_action.setEnabled(review is not None and review.signature is not None
                                      and review.revocation is None)
        self.approve_action.setEnabled(self.approve_flow.available())
        self.kind_action.setEnabled(self.kind_flow.allowed())
        self.detail.show_finding(self.draft, self.current_fid())

    def toggle_all(self) -> None:
        self.detail.all_occurrences.toggle()

    def _update_progress(self) -> None:
        counts = group_counts(self.draft) if self.draft else {MARKS: (0, 0), PERSONAL: (0, 0), INFORMATIONAL: (0, 0)}
        total = sum(c[0] for c in counts.values())
        done = total - sum(c[1] for c in counts.values())
        self.progress_label.setText(self.tr("{0} / {1} decided").format(done, total))
        self.groups_label.setText(self.tr("Classification marks {0} · personal data {1} ({2} undecided) · "
                                          "informational {3}").format(counts[MARKS][0], counts[PERSONAL][0],
                                                                      counts[PERSONAL][1], counts[INFORMATIONAL][0]))
        info = counts[INFORMATIONAL][0]
        self.info_toggle.setVisible(info > 0)
        self.info_toggle.setText(self.tr("Informational findings: {0} (organisations, places, credit codes; "
                                         "pre-decided keep)").format(info))
        self._update_title()

    def _update_title(self, *_args) -> None:
        name = Path(self.draft.document.path).name if self.draft else ""
        dirty = "" if self.undo_stack.isClean() else " *"
        self.setWindowTitle(self.tr("Review Desk") + (f" — {name}{dirty}" if name else ""))

    def _apply_filters(self) -> None:
        self.proxy.set_filters(entity_type=self.type_filter.currentData(), status=self.status_filter.currentData(),
                               part=self.part_filter.currentData())

    def _clear_filters(self) -> None:
        for combo in (self.type_filter, self.status_filter, self.part_filter):
            combo.setCurrentIndex(0)
        self.search.clear()
        self.show_informational(True)

    def add_manual_finding(self) -> None:
        span = self.view.selection_span()
        if self.draft is None or span is None or self._frozen():
            self.statusBar().showMessage(self.tr("Select the text of the finding in the document first."))
            return
        from .dialogs import ManualFindingDialog

        seg = next(s for s in self.draft.document.segments if (s.part, s.location) == span[:2])
        base = seg.offset if seg.part == "text" else 0
        dialog = ManualFindingDialog(seg.text[span[2] - base : span[3] - base], self)
        self.show_dialog(dialog, lambda: self.add_finding_at(span, dialog.entity_type))

    def _findings_added(self, fid: str | None, select: bool = False) -> None:
        current = self.current_fid()
        self.model.reload()
        self.view.set_findings(self.draft.findings)
        self._update_progress()
        self._autosave()
        target = fid if select and fid else current
        if target in self.draft.by_id:
            self.select_finding(target)

    def add_finding_at(self, span: tuple[str, str, int, int], entity_type: str) -> None:
        self.add_findings([span], entity_type)

    def add_findings(self, spans: list[tuple[str, str, int, int]], entity_type: str) -> None:
        """Manual findings at ``spans`` (one undo step); the first is selected."""
        self.undo_stack.push(AddFindingCommand(self.draft, spans, entity_type,
                                               lambda fid: self._findings_added(fid, select=True),
                                               self.tr("Add a manual finding")))

    def find_and_add(self) -> None:
        """Search the document (text or pattern) and turn every match into a finding at once."""
        if self.draft is None or self._frozen():
            return
        from .dialogs.search import SearchDialog

        dialog = SearchDialog(self.draft, self)

        def accepted() -> None:
            self.add_findings(dialog.spans, dialog.entity_type)
            self.statusBar().showMessage(self.tr("{0} finding(s) added.").format(len(dialog.spans)))

        self.show_dialog(dialog, accepted)

    # -- the log ------------------------------------------------------------------------------

    def save_progress(self) -> None:
        if self.draft is not None:
            self.with_identity(self.commit)

    def commit(self) -> bool:
        """Write the draft's decisions to the log; a refusal is shown, never raised."""
        try:
            state = self.draft.commit(self.desk, self.identity)
        except Exception as exc:  # noqa: BLE001 - a refused step is shown, never raised
            self.show_error(error_text(exc))
            return False
        self.undo_stack.setClean()
        self._autosave_timer.stop()
        self._drop_autosave()
        self.statusBar().showMessage(self.tr("Decisions saved to the log (review {0}).").format(state.review_id))
        return True

    # The user actions live in flows/ (one class per action); these names are the window's API.

    def choose_sign_off(self) -> None:
        self.signoff_flow.choose()

    def sign_off(self, attribute: str, basis: str | None, reason: str | None, passphrase: str | None = None, *,
                 summary: bool = False) -> bool:
        return self.signoff_flow.sign(attribute, basis, reason, passphrase, summary=summary)

    def blocker_text(self, blocker) -> str:
        return blocker_text(blocker)

    def choose_countersign(self) -> None:
        self.countersign_flow.choose()

    def countersign_as(self, identity) -> bool:
        return self.countersign_flow.countersign(identity)

    def choose_publish(self) -> None:
        if self.draft is None or self.draft.review is None or self.draft.review.signature is None:
            self.show_error(self.tr("Sign the review off before publishing (先审查后公开)."))
            return
        self.publish_flow.start()

    def publish_to(self, path: str) -> None:
        self.publish_flow.publish_to(path)

    def choose_export(self) -> None:
        self.export_flow.choose()

    def export_to(self, path: str, review_id: str | None = None) -> None:
        self.export_flow.export_to(path, review_id)

    def show_audit_log(self) -> None:
        from .dialogs import AuditLogDialog

        dialog = AuditLogDialog(self.desk, self, on_export=self.choose_export,
                                on_export_checkpoint=self.checkpoint_flow.choose_export,
                                on_verify_against=self.checkpoint_flow.choose_verify)
        self.show_dialog(dialog)

    def run_in_background(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        self._serial += 1
        task = CallTask(self._serial, work)
        self.busy_task = task
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)

        def finished(_serial: int, result) -> None:
            if self.closed:
                return  # the window went away while the work ran
            self.busy_task = None
            self.progress.setVisible(False)
            done(result)

        def failed(_serial: int, message: str) -> None:
            if self.closed:
                return
            self.busy_task = None
            self.progress.setVisible(False)
            self.show_error(message)

        task.signals.finished.connect(finished)
        task.signals.failed.connect(failed)
        self.pool.start(task)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Review Desk"), message, QMessageBox.StandardButton.Ok,
                          self)
        self.last_error = message
        self.show_dialog(box)
