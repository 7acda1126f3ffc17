# Generated from ui/outcomes_window.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout, QWidget

class Ui_OutcomesWindow(object):
    def setupUi(self, OutcomesWindow):
        if not OutcomesWindow.objectName():
            OutcomesWindow.setObjectName(u"OutcomesWindow")
        OutcomesWindow.resize(1100, 820)
        self.outerLayout = QVBoxLayout(OutcomesWindow)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(OutcomesWindow)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.filters = QGridLayout()
        self.filters.setObjectName(u"filters")
        self.filters.setHorizontalSpacing(12)
        self.filters.setVerticalSpacing(2)
        self.scopeKindLabel = QLabel(OutcomesWindow)
        self.scopeKindLabel.setObjectName(u"scopeKindLabel")

        self.filters.addWidget(self.scopeKindLabel, 0, 0, 1, 1)

        self.whoLabel = QLabel(OutcomesWindow)
        self.whoLabel.setObjectName(u"whoLabel")

        self.filters.addWidget(self.whoLabel, 0, 1, 1, 1)

        self.fromDateLabel = QLabel(OutcomesWindow)
        self.fromDateLabel.setObjectName(u"fromDateLabel")

        self.filters.addWidget(self.fromDateLabel, 0, 2, 1, 1)

        self.toDateLabel = QLabel(OutcomesWindow)
        self.toDateLabel.setObjectName(u"toDateLabel")

        self.filters.addWidget(self.toDateLabel, 0, 3, 1, 1)

        self.scopeKind = QComboBox(OutcomesWindow)
        self.scopeKind.setObjectName(u"scopeKind")

        self.filters.addWidget(self.scopeKind, 1, 0, 1, 1)

        self.who = QComboBox(OutcomesWindow)
        self.who.setObjectName(u"who")
        self.who.setEditable(True)
        self.who.setInsertPolicy(QComboBox.NoInsert)

        self.filters.addWidget(self.who, 1, 1, 1, 1)

        self.fromDate = QLineEdit(OutcomesWindow)
        self.fromDate.setObjectName(u"fromDate")

        self.filters.addWidget(self.fromDate, 1, 2, 1, 1)

        self.toDate = QLineEdit(OutcomesWindow)
        self.toDate.setObjectName(u"toDate")

        self.filters.addWidget(self.toDate, 1, 3, 1, 1)

        self.whoError = QLabel(OutcomesWindow)
        self.whoError.setObjectName(u"whoError")
        self.whoError.setWordWrap(True)

        self.filters.addWidget(self.whoError, 2, 1, 1, 1)

        self.fromDateError = QLabel(OutcomesWindow)
        self.fromDateError.setObjectName(u"fromDateError")
        self.fromDateError.setWordWrap(True)

        self.filters.addWidget(self.fromDateError, 2, 2, 1, 1)

        self.toDateError = QLabel(OutcomesWindow)
        self.toDateError.setObjectName(u"toDateError")
        self.toDateError.setWordWrap(True)

        self.filters.addWidget(self.toDateError, 2, 3, 1, 1)

        self.filters.setColumnStretch(0, 2)
        self.filters.setColumnStretch(1, 3)
        self.filters.setColumnStretch(2, 1)
        self.filters.setColumnStretch(3, 1)

        self.outerLayout.addLayout(self.filters)

        self.status = QLabel(OutcomesWindow)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.outerLayout.addWidget(self.status)

        self.charts = QTabWidget(OutcomesWindow)
        self.charts.setObjectName(u"charts")
        self.charts.setDocumentMode(True)

        self.outerLayout.addWidget(self.charts)

        self.saveResult = QLabel(OutcomesWindow)
        self.saveResult.setObjectName(u"saveResult")
        self.saveResult.setWordWrap(True)
        self.saveResult.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outerLayout.addWidget(self.saveResult)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.savePng = QPushButton(OutcomesWindow)
        self.savePng.setObjectName(u"savePng")
        self.savePng.setAutoDefault(False)

        self.actions.addWidget(self.savePng)

        self.saveCsv = QPushButton(OutcomesWindow)
        self.saveCsv.setObjectName(u"saveCsv")
        self.saveCsv.setAutoDefault(False)

        self.actions.addWidget(self.saveCsv)

        self.savePdf = QPushButton(OutcomesWindow)
        self.savePdf.setObjectName(u"savePdf")
        self.savePdf.setAutoDefault(False)

        self.actions.addWidget(self.savePdf)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsSpacer)

        self.buttons = QDialogButtonBox(OutcomesWindow)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.actions.addWidget(self.buttons)


        self.outerLayout.addLayout(self.actions)

#if QT_CONFIG(shortcut)
        self.scopeKindLabel.setBuddy(self.scopeKind)
        self.whoLabel.setBuddy(self.who)
        self.fromDateLabel.setBuddy(self.fromDate)
        self.toDateLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scopeKind, self.who)
        QWidget.setTabOrder(self.who, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.charts)
        QWidget.setTabOrder(self.charts, self.savePng)
        QWidget.setTabOrder(self.savePng, self.saveCsv)
        QWidget.setTabOrder(self.saveCsv, self.savePdf)

        self.retranslateUi(OutcomesWindow)

        QMetaObject.connectSlotsByName(OutcomesWindow)
    # setupUi

    def retranslateUi(self, OutcomesWindow):
        OutcomesWindow.setWindowTitle(QCoreApplication.translate("OutcomesWindow", u"Outcomes", None))
        self.intro.setText(QCoreApplication.translate("OutcomesWindow", u"What matters, made visible: recovery goals, crisis plans, valued roles and the team meeting, for the whole team, one care coordinator's caseload or one person. Each chart can be saved as a picture for a slide; the figures as a spreadsheet; everything as a PDF report.", None))
        self.scopeKindLabel.setText(QCoreApplication.translate("OutcomesWindow", u"&Show outcomes for", None))
        self.whoLabel.setText(QCoreApplication.translate("OutcomesWindow", u"&Who", None))
        self.fromDateLabel.setText(QCoreApplication.translate("OutcomesWindow", u"&From", None))
        self.toDateLabel.setText(QCoreApplication.translate("OutcomesWindow", u"&To", None))
#if QT_CONFIG(accessibility)
        self.scopeKind.setAccessibleName(QCoreApplication.translate("OutcomesWindow", u"Show outcomes for", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.who.setAccessibleName(QCoreApplication.translate("OutcomesWindow", u"Who", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.who.setToolTip(QCoreApplication.translate("OutcomesWindow", u"Type part of a name to find someone", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("OutcomesWindow", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setPlaceholderText(QCoreApplication.translate("OutcomesWindow", u"dd/mm/yyyy", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("OutcomesWindow", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setPlaceholderText(QCoreApplication.translate("OutcomesWindow", u"dd/mm/yyyy", None))
        self.whoError.setText("")
#if QT_CONFIG(accessibility)
        self.whoError.setAccessibleName(QCoreApplication.translate("OutcomesWindow", u"Who problem", None))
#endif // QT_CONFIG(accessibility)
        self.fromDateError.setText("")
#if QT_CONFIG(accessibility)
        self.fromDateError.setAccessibleName(QCoreApplication.translate("OutcomesWindow", u"From problem", None))
#endif // QT_CONFIG(accessibility)
        self.toDateError.setText("")
#if QT_CONFIG(accessibility)
        self.toDateError.setAccessibleName(QCoreApplication.translate("OutcomesWindow", u"To problem", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("OutcomesWindow", u"What is shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.charts.setAccessibleName(QCoreApplication.translate("OutcomesWindow", u"Charts", None))
#endif // QT_CONFIG(accessibility)
        self.saveResult.setText("")
#if QT_CONFIG(accessibility)
        self.saveResult.setAccessibleName(QCoreApplication.translate("OutcomesWindow", u"Result of saving", None))
#endif // QT_CONFIG(accessibility)
        self.savePng.setText(QCoreApplication.translate("OutcomesWindow", u"Save this chart as &PNG\u2026", None))
#if QT_CONFIG(tooltip)
        self.savePng.setToolTip(QCoreApplication.translate("OutcomesWindow", u"A picture of the chart shown, sized for a slide", None))
#endif // QT_CONFIG(tooltip)
        self.saveCsv.setText(QCoreApplication.translate("OutcomesWindow", u"Save the figures as &CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveCsv.setToolTip(QCoreApplication.translate("OutcomesWindow", u"Every figure behind the charts, for a spreadsheet", None))
#endif // QT_CONFIG(tooltip)
        self.savePdf.setText(QCoreApplication.translate("OutcomesWindow", u"Save the report as P&DF\u2026", None))
#if QT_CONFIG(tooltip)
        self.savePdf.setToolTip(QCoreApplication.translate("OutcomesWindow", u"All the charts and figures, with what each one counts, ready to print or share", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
