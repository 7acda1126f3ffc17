# Generated from ui/audit_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(1000, 650)
        self.outerLayout = QVBoxLayout(AuditDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(AuditDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.loadError = QLabel(AuditDialog)
        self.loadError.setObjectName(u"loadError")
        self.loadError.setWordWrap(True)

        self.outerLayout.addWidget(self.loadError)

        self.filters = QGridLayout()
        self.filters.setObjectName(u"filters")
        self.filters.setHorizontalSpacing(12)
        self.filters.setVerticalSpacing(2)
        self.personLabel = QLabel(AuditDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.filters.addWidget(self.personLabel, 0, 0, 1, 1)

        self.staffLabel = QLabel(AuditDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.filters.addWidget(self.staffLabel, 0, 1, 1, 1)

        self.actionLabel = QLabel(AuditDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filters.addWidget(self.actionLabel, 0, 2, 1, 1)

        self.fromDateLabel = QLabel(AuditDialog)
        self.fromDateLabel.setObjectName(u"fromDateLabel")

        self.filters.addWidget(self.fromDateLabel, 0, 3, 1, 1)

        self.toDateLabel = QLabel(AuditDialog)
        self.toDateLabel.setObjectName(u"toDateLabel")

        self.filters.addWidget(self.toDateLabel, 0, 4, 1, 1)

        self.person = QComboBox(AuditDialog)
        self.person.setObjectName(u"person")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.NoInsert)

        self.filters.addWidget(self.person, 1, 0, 1, 1)

        self.staff = QComboBox(AuditDialog)
        self.staff.setObjectName(u"staff")

        self.filters.addWidget(self.staff, 1, 1, 1, 1)

        self.action = QComboBox(AuditDialog)
        self.action.setObjectName(u"action")

        self.filters.addWidget(self.action, 1, 2, 1, 1)

        self.fromDate = QLineEdit(AuditDialog)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setClearButtonEnabled(True)

        self.filters.addWidget(self.fromDate, 1, 3, 1, 1)

        self.toDate = QLineEdit(AuditDialog)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setClearButtonEnabled(True)

        self.filters.addWidget(self.toDate, 1, 4, 1, 1)

        self.fromDateError = QLabel(AuditDialog)
        self.fromDateError.setObjectName(u"fromDateError")
        self.fromDateError.setWordWrap(True)

        self.filters.addWidget(self.fromDateError, 2, 3, 1, 1)

        self.toDateError = QLabel(AuditDialog)
        self.toDateError.setObjectName(u"toDateError")
        self.toDateError.setWordWrap(True)

        self.filters.addWidget(self.toDateError, 2, 4, 1, 1)

        self.filters.setColumnStretch(0, 4)
        self.filters.setColumnStretch(1, 3)
        self.filters.setColumnStretch(2, 2)
        self.filters.setColumnStretch(3, 2)
        self.filters.setColumnStretch(4, 2)

        self.outerLayout.addLayout(self.filters)

        self.entries = QTableView(AuditDialog)
        self.entries.setObjectName(u"entries")
        self.entries.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.entries.setAlternatingRowColors(True)
        self.entries.setSelectionMode(QAbstractItemView.SingleSelection)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.entries.setSortingEnabled(True)
        self.entries.setWordWrap(False)

        self.outerLayout.addWidget(self.entries)

        self.count = QLabel(AuditDialog)
        self.count.setObjectName(u"count")

        self.outerLayout.addWidget(self.count)

        self.checkResult = QLabel(AuditDialog)
        self.checkResult.setObjectName(u"checkResult")
        self.checkResult.setWordWrap(True)
        self.checkResult.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outerLayout.addWidget(self.checkResult)

        self.exportResult = QLabel(AuditDialog)
        self.exportResult.setObjectName(u"exportResult")
        self.exportResult.setWordWrap(True)
        self.exportResult.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outerLayout.addWidget(self.exportResult)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.checkTrail = QPushButton(AuditDialog)
        self.checkTrail.setObjectName(u"checkTrail")
        self.checkTrail.setAutoDefault(False)

        self.actions.addWidget(self.checkTrail)

        self.exportCsv = QPushButton(AuditDialog)
        self.exportCsv.setObjectName(u"exportCsv")
        self.exportCsv.setAutoDefault(False)

        self.actions.addWidget(self.exportCsv)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsSpacer)

        self.buttons = QDialogButtonBox(AuditDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.actions.addWidget(self.buttons)


        self.outerLayout.addLayout(self.actions)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.person)
        self.staffLabel.setBuddy(self.staff)
        self.actionLabel.setBuddy(self.action)
        self.fromDateLabel.setBuddy(self.fromDate)
        self.toDateLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person, self.staff)
        QWidget.setTabOrder(self.staff, self.action)
        QWidget.setTabOrder(self.action, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.entries)
        QWidget.setTabOrder(self.entries, self.checkTrail)
        QWidget.setTabOrder(self.checkTrail, self.exportCsv)

        self.retranslateUi(AuditDialog)

        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit trail", None))
        self.intro.setText(QCoreApplication.translate("AuditDialog", u"Every time someone opens, changes, prints or exports a record it is written here, in order, and cannot be altered. The filters narrow the list as you choose them. Names appear only in the Person list: entries and exports give record numbers.", None))
        self.loadError.setText("")
#if QT_CONFIG(accessibility)
        self.loadError.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Problem showing the trail", None))
#endif // QT_CONFIG(accessibility)
        self.personLabel.setText(QCoreApplication.translate("AuditDialog", u"&Person", None))
        self.staffLabel.setText(QCoreApplication.translate("AuditDialog", u"&Staff member", None))
        self.actionLabel.setText(QCoreApplication.translate("AuditDialog", u"&Action", None))
        self.fromDateLabel.setText(QCoreApplication.translate("AuditDialog", u"&From", None))
        self.toDateLabel.setText(QCoreApplication.translate("AuditDialog", u"&To", None))
#if QT_CONFIG(accessibility)
        self.person.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.person.setToolTip(QCoreApplication.translate("AuditDialog", u"Type part of a name to find someone", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.staff.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Staff member", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.action.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("AuditDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("AuditDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"dd/mm/yyyy", None))
        self.fromDateError.setText("")
#if QT_CONFIG(accessibility)
        self.fromDateError.setAccessibleName(QCoreApplication.translate("AuditDialog", u"From problem", None))
#endif // QT_CONFIG(accessibility)
        self.toDateError.setText("")
#if QT_CONFIG(accessibility)
        self.toDateError.setAccessibleName(QCoreApplication.translate("AuditDialog", u"To problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.entries.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Audit entries", None))
#endif // QT_CONFIG(accessibility)
        self.count.setText("")
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Entries shown", None))
#endif // QT_CONFIG(accessibility)
        self.checkResult.setText("")
#if QT_CONFIG(accessibility)
        self.checkResult.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Result of checking the trail", None))
#endif // QT_CONFIG(accessibility)
        self.exportResult.setText("")
#if QT_CONFIG(accessibility)
        self.exportResult.setAccessibleName(QCoreApplication.translate("AuditDialog", u"Result of exporting", None))
#endif // QT_CONFIG(accessibility)
        self.checkTrail.setText(QCoreApplication.translate("AuditDialog", u"&Check the trail", None))
#if QT_CONFIG(tooltip)
        self.checkTrail.setToolTip(QCoreApplication.translate("AuditDialog", u"Confirm that no entry has been changed, removed or reordered since it was written", None))
#endif // QT_CONFIG(tooltip)
        self.exportCsv.setText(QCoreApplication.translate("AuditDialog", u"&Export CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportCsv.setToolTip(QCoreApplication.translate("AuditDialog", u"Save the entries shown as a spreadsheet (no names; the export is itself recorded)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
