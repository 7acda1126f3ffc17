"""Subject access export: review everything held about one person, take out what is about
someone else, then save a readable PDF and a machine-readable JSON file (administrators only)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTreeWidgetItem, QWidget

from recovery_desk.domain.errors import NotFound, PermissionDenied, ValidationFailed
from recovery_desk.gui.background import Job, run_with_progress
from recovery_desk.gui.forms.ui_subject_access_dialog import Ui_SubjectAccessDialog
from recovery_desk.gui.widgets import FieldErrors, show_error
from recovery_desk.printing.subject_access_pdf import ExportedFiles, export_subject_access
from recovery_desk.services.bundle import Services
from recovery_desk.services.subject_access import SubjectAccessService
from recovery_desk.services.subject_access_views import SarField, SubjectAccessPack

KEY_ROLE = Qt.ItemDataRole.UserRole
PREVIEW = 110
THIRD_PARTY_NOTE = "May be about someone else"
FIXED_NOTE = "Their own: always included"


def _preview(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW else line[:PREVIEW - 1] + "…"


class SubjectAccessDialog(QDialog):
    """Everything held, as a tree of sections, records and items; a tick takes an item out."""

    def __init__(self, services: Services, person_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SubjectAccessDialog()
        self.ui.setupUi(self)
        self._service = SubjectAccessService(services.ctx)
        self.exported: ExportedFiles | None = None
        self._job: Job | None = None
        self.pack: SubjectAccessPack = self._service.gather(person_id)
        self.setWindowTitle(f"Subject access export — {self.pack.person_name}")
        self.ui.intro.setText(
            f"This is everything Recovery Desk holds about {self.pack.called}. A clinician should go through it "
            "and tick anything that is about someone else — what a supporter said, their contact details, staff "
            "notes that mention other people — so that it is taken out. Ticked text is replaced by "
            "“[redacted]” wherever it appears. The export is a PDF to read and a JSON file for computers.")
        self.errors = FieldErrors({"reviewed_by": (self.ui.reviewedBy, self.ui.reviewedByError)},
                                  banner=self.ui.formError)
        for reviewer in self._service.reviewers():
            self.ui.reviewedBy.addItem(reviewer.name, reviewer.id)
        me = services.actor.staff_id if services.actor else None
        self.ui.reviewedBy.setCurrentIndex(max(self.ui.reviewedBy.findData(me), 0))
        self.export_button = self.ui.buttons.addButton("Export…", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.ui.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        self.ui.onlyThirdParty.toggled.connect(self._filter)
        self.ui.items.itemChanged.connect(lambda _item, _col: self._count())
        self._fill()
        self._count()

    # ---- the tree --------------------------------------------------------------------------
    def _fill(self) -> None:
        tree = self.ui.items
        tree.blockSignals(True)
        for section in self.pack.sections:
            top = QTreeWidgetItem([f"{section.title} ({len(section.records)})", "", ""])
            for record in section.records:
                node = QTreeWidgetItem([record.title, "", ""])
                for f in record.fields:
                    node.addChild(self._field_item(f))
                top.addChild(node)
            tree.addTopLevelItem(top)
            top.setExpanded(section.key != "audit")  # the audit trail is long: opened on demand
            for i in range(top.childCount()):
                top.child(i).setExpanded(section.key != "audit")
        tree.blockSignals(False)
        tree.setColumnWidth(0, 320)
        tree.setColumnWidth(1, 360)

    @staticmethod
    def _field_item(f: SarField) -> QTreeWidgetItem:
        note = THIRD_PARTY_NOTE if f.third_party else (FIXED_NOTE if not f.redactable else "")
        item = QTreeWidgetItem([f.label, _preview(f.text), note])
        item.setData(0, KEY_ROLE, f.key)
        item.setToolTip(1, f.text[:2000])
        if f.redactable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
        else:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        if f.third_party:
            font = item.font(2)
            font.setBold(True)
            item.setFont(2, font)
        return item

    def field_items(self) -> list[QTreeWidgetItem]:
        out = []
        tree = self.ui.items
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for j in range(top.childCount()):
                record = top.child(j)
                out.extend(record.child(k) for k in range(record.childCount()))
        return out

    def item_for(self, key: str) -> QTreeWidgetItem:
        return next(item for item in self.field_items() if item.data(0, KEY_ROLE) == key)

    def chosen(self) -> list[str]:
        return [item.data(0, KEY_ROLE) for item in self.field_items()
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState(0) == Qt.CheckState.Checked]

    def _filter(self, only_third_party: bool) -> None:
        tree = self.ui.items
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            top_shown = False
            for j in range(top.childCount()):
                record = top.child(j)
                shown = 0
                for k in range(record.childCount()):
                    item = record.child(k)
                    hide = only_third_party and item.text(2) != THIRD_PARTY_NOTE
                    item.setHidden(hide)
                    shown += not hide
                record.setHidden(shown == 0)
                top_shown = top_shown or shown > 0
            top.setHidden(not top_shown)

    def _count(self) -> None:
        n = len(self.chosen())
        suggested = sum(1 for item in self.field_items() if item.text(2) == THIRD_PARTY_NOTE)
        self.ui.count.setText(
            f"{self.pack.item_count} items held; {suggested} may be about someone else. "
            + (f"{n} item{'s' if n != 1 else ''} ticked to be taken out." if n else "Nothing ticked to be taken out."))

    # ---- exporting ---------------------------------------------------------------------------
    def export(self) -> None:
        try:
            ready = self._service.prepare(self.pack, self.chosen(), self.ui.reviewedBy.currentData())
        except ValidationFailed as exc:
            self.errors.show(exc.problems, banner="Nothing has been exported yet.")
            return
        except (PermissionDenied, NotFound) as exc:
            self.errors.show({}, banner=str(exc))
            return
        self.errors.clear()
        folder = QFileDialog.getExistingDirectory(self, "Choose a folder for the PDF and the JSON file")
        if not folder:
            return
        self.export_button.setEnabled(False)
        self._job = run_with_progress(
            self, "Saving the subject access export…",
            lambda progress, _cancelled: export_subject_access(self._service, ready, Path(folder), progress=progress),
            self._done, self._failed, can_cancel=False)

    def _done(self, files: ExportedFiles) -> None:
        self.exported = files
        self.accept()

    def _failed(self, _exc: Exception) -> None:
        self.export_button.setEnabled(True)
        show_error(self, "Not exported", "The export could not be saved, and nothing was left in the folder. "
                                         "Check that the folder can be written to, then try again.")
