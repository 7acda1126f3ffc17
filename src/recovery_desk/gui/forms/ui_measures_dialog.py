# Generated from ui/measures_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QScrollArea, QSplitter, QTableWidget, QVBoxLayout, QWidget

class Ui_MeasuresDialog(object):
    def setupUi(self, MeasuresDialog):
        if not MeasuresDialog.objectName():
            MeasuresDialog.setObjectName(u"MeasuresDialog")
        MeasuresDialog.resize(1180, 820)
        self.outerLayout = QVBoxLayout(MeasuresDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(MeasuresDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.choose = QGridLayout()
        self.choose.setObjectName(u"choose")
        self.choose.setHorizontalSpacing(12)
        self.choose.setVerticalSpacing(2)
        self.measureLabel = QLabel(MeasuresDialog)
        self.measureLabel.setObjectName(u"measureLabel")

        self.choose.addWidget(self.measureLabel, 0, 0, 1, 1)

        self.measure = QComboBox(MeasuresDialog)
        self.measure.setObjectName(u"measure")

        self.choose.addWidget(self.measure, 0, 1, 1, 1)

        self.loadDefinition = QPushButton(MeasuresDialog)
        self.loadDefinition.setObjectName(u"loadDefinition")
        self.loadDefinition.setAutoDefault(False)

        self.choose.addWidget(self.loadDefinition, 0, 2, 1, 1)

        self.loadResult = QLabel(MeasuresDialog)
        self.loadResult.setObjectName(u"loadResult")
        self.loadResult.setWordWrap(True)
        self.loadResult.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.choose.addWidget(self.loadResult, 1, 1, 1, 2)

        self.choose.setColumnStretch(1, 1)

        self.outerLayout.addLayout(self.choose)

        self.about = QLabel(MeasuresDialog)
        self.about.setObjectName(u"about")
        self.about.setWordWrap(True)

        self.outerLayout.addWidget(self.about)

        self.splitter = QSplitter(MeasuresDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Horizontal)
        self.historyPane = QWidget(self.splitter)
        self.historyPane.setObjectName(u"historyPane")
        self.historyLayout = QVBoxLayout(self.historyPane)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(0, 0, 0, 0)
        self.chartArea = QWidget(self.historyPane)
        self.chartArea.setObjectName(u"chartArea")

        self.historyLayout.addWidget(self.chartArea)

        self.historyLabel = QLabel(self.historyPane)
        self.historyLabel.setObjectName(u"historyLabel")

        self.historyLayout.addWidget(self.historyLabel)

        self.history = QTableWidget(self.historyPane)
        self.history.setObjectName(u"history")
        self.history.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectRows)

        self.historyLayout.addWidget(self.history)

        self.splitter.addWidget(self.historyPane)
        self.recordBox = QGroupBox(self.splitter)
        self.recordBox.setObjectName(u"recordBox")
        self.recordLayout = QVBoxLayout(self.recordBox)
        self.recordLayout.setObjectName(u"recordLayout")
        self.instructions = QLabel(self.recordBox)
        self.instructions.setObjectName(u"instructions")
        self.instructions.setWordWrap(True)

        self.recordLayout.addWidget(self.instructions)

        self.dateRow = QGridLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.completedOnLabel = QLabel(self.recordBox)
        self.completedOnLabel.setObjectName(u"completedOnLabel")

        self.dateRow.addWidget(self.completedOnLabel, 0, 0, 1, 1)

        self.completedOn = QLineEdit(self.recordBox)
        self.completedOn.setObjectName(u"completedOn")

        self.dateRow.addWidget(self.completedOn, 0, 1, 1, 1)

        self.completedOnError = QLabel(self.recordBox)
        self.completedOnError.setObjectName(u"completedOnError")
        self.completedOnError.setWordWrap(True)

        self.dateRow.addWidget(self.completedOnError, 1, 1, 1, 1)

        self.dateRow.setColumnStretch(1, 1)

        self.recordLayout.addLayout(self.dateRow)

        self.itemsArea = QScrollArea(self.recordBox)
        self.itemsArea.setObjectName(u"itemsArea")
        self.itemsArea.setWidgetResizable(True)
        self.items = QWidget()
        self.items.setObjectName(u"items")
        self.itemsArea.setWidget(self.items)

        self.recordLayout.addWidget(self.itemsArea)

        self.preview = QLabel(self.recordBox)
        self.preview.setObjectName(u"preview")
        self.preview.setWordWrap(True)

        self.recordLayout.addWidget(self.preview)

        self.formError = QLabel(self.recordBox)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)

        self.recordLayout.addWidget(self.formError)

        self.record = QPushButton(self.recordBox)
        self.record.setObjectName(u"record")
        self.record.setAutoDefault(False)

        self.recordLayout.addWidget(self.record)

        self.splitter.addWidget(self.recordBox)

        self.outerLayout.addWidget(self.splitter)

        self.buttons = QDialogButtonBox(MeasuresDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.outerLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.measureLabel.setBuddy(self.measure)
        self.historyLabel.setBuddy(self.history)
        self.completedOnLabel.setBuddy(self.completedOn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.measure, self.loadDefinition)
        QWidget.setTabOrder(self.loadDefinition, self.history)
        QWidget.setTabOrder(self.history, self.completedOn)
        QWidget.setTabOrder(self.completedOn, self.record)

        self.retranslateUi(MeasuresDialog)

        QMetaObject.connectSlotsByName(MeasuresDialog)
    # setupUi

    def retranslateUi(self, MeasuresDialog):
        MeasuresDialog.setWindowTitle(QCoreApplication.translate("MeasuresDialog", u"Measures", None))
        self.intro.setText("")
        self.measureLabel.setText(QCoreApplication.translate("MeasuresDialog", u"&Measure", None))
#if QT_CONFIG(accessibility)
        self.measure.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Measure", None))
#endif // QT_CONFIG(accessibility)
        self.loadDefinition.setText(QCoreApplication.translate("MeasuresDialog", u"&Load a measure definition\u2026", None))
#if QT_CONFIG(tooltip)
        self.loadDefinition.setToolTip(QCoreApplication.translate("MeasuresDialog", u"Add a questionnaire your team is licensed to use, from its definition file", None))
#endif // QT_CONFIG(tooltip)
        self.loadResult.setText("")
#if QT_CONFIG(accessibility)
        self.loadResult.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Result of loading", None))
#endif // QT_CONFIG(accessibility)
        self.about.setText("")
#if QT_CONFIG(accessibility)
        self.about.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"About this measure", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.chartArea.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Totals over time", None))
#endif // QT_CONFIG(accessibility)
        self.historyLabel.setText(QCoreApplication.translate("MeasuresDialog", u"&Completions", None))
#if QT_CONFIG(accessibility)
        self.history.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Completions", None))
#endif // QT_CONFIG(accessibility)
        self.recordBox.setTitle(QCoreApplication.translate("MeasuresDialog", u"Record a completion", None))
        self.instructions.setText("")
        self.completedOnLabel.setText(QCoreApplication.translate("MeasuresDialog", u"&Date completed", None))
#if QT_CONFIG(accessibility)
        self.completedOn.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Date completed", None))
#endif // QT_CONFIG(accessibility)
        self.completedOn.setPlaceholderText(QCoreApplication.translate("MeasuresDialog", u"dd/mm/yyyy", None))
        self.completedOnError.setText("")
#if QT_CONFIG(accessibility)
        self.completedOnError.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Date completed problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.itemsArea.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Questions", None))
#endif // QT_CONFIG(accessibility)
        self.preview.setText("")
#if QT_CONFIG(accessibility)
        self.preview.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Scores so far", None))
#endif // QT_CONFIG(accessibility)
        self.formError.setText("")
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("MeasuresDialog", u"Problem saving", None))
#endif // QT_CONFIG(accessibility)
        self.record.setText(QCoreApplication.translate("MeasuresDialog", u"&Record this completion", None))
    # retranslateUi
