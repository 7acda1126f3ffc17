# Generated from ui/meeting_minutes_dialog.ui by pyside6-uic. Do not edit: edit the .ui and recompile.

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_MeetingMinutesDialog(object):
    def setupUi(self, MeetingMinutesDialog):
        if not MeetingMinutesDialog.objectName():
            MeetingMinutesDialog.setObjectName(u"MeetingMinutesDialog")
        MeetingMinutesDialog.resize(620, 440)
        self.outerLayout = QVBoxLayout(MeetingMinutesDialog)
        self.outerLayout.setObjectName(u"outerLayout")
        self.intro = QLabel(MeetingMinutesDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outerLayout.addWidget(self.intro)

        self.meetingsLabel = QLabel(MeetingMinutesDialog)
        self.meetingsLabel.setObjectName(u"meetingsLabel")

        self.outerLayout.addWidget(self.meetingsLabel)

        self.meetings = QTableWidget(MeetingMinutesDialog)
        if (self.meetings.columnCount() < 3):
            self.meetings.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.meetings.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.meetings.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.meetings.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.meetings.setObjectName(u"meetings")
        self.meetings.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.meetings.setAlternatingRowColors(True)
        self.meetings.setSelectionMode(QAbstractItemView.SingleSelection)
        self.meetings.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.meetings.setTabKeyNavigation(False)
        self.meetings.setWordWrap(False)
        self.meetings.horizontalHeader().setStretchLastSection(True)
        self.meetings.verticalHeader().setVisible(False)

        self.outerLayout.addWidget(self.meetings)

        self.result = QLabel(MeetingMinutesDialog)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outerLayout.addWidget(self.result)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.savePdf = QPushButton(MeetingMinutesDialog)
        self.savePdf.setObjectName(u"savePdf")
        self.savePdf.setAutoDefault(False)

        self.actions.addWidget(self.savePdf)

        self.printMinutes = QPushButton(MeetingMinutesDialog)
        self.printMinutes.setObjectName(u"printMinutes")
        self.printMinutes.setAutoDefault(False)

        self.actions.addWidget(self.printMinutes)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.actionsSpacer)

        self.buttons = QDialogButtonBox(MeetingMinutesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.actions.addWidget(self.buttons)


        self.outerLayout.addLayout(self.actions)

#if QT_CONFIG(shortcut)
        self.meetingsLabel.setBuddy(self.meetings)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.meetings, self.savePdf)
        QWidget.setTabOrder(self.savePdf, self.printMinutes)

        self.retranslateUi(MeetingMinutesDialog)

        QMetaObject.connectSlotsByName(MeetingMinutesDialog)
    # setupUi

    def retranslateUi(self, MeetingMinutesDialog):
        MeetingMinutesDialog.setWindowTitle(QCoreApplication.translate("MeetingMinutesDialog", u"Meeting minutes", None))
        self.intro.setText(QCoreApplication.translate("MeetingMinutesDialog", u"The minutes of every finished team meeting: who came, and for each person reviewed the notes, the actions agreed and the next review date. They name people in full, so keep them within the team.", None))
        self.meetingsLabel.setText(QCoreApplication.translate("MeetingMinutesDialog", u"&Finished meetings", None))
        ___qtablewidgetitem = self.meetings.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MeetingMinutesDialog", u"Date", None))
        ___qtablewidgetitem1 = self.meetings.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MeetingMinutesDialog", u"Chair", None))
        ___qtablewidgetitem2 = self.meetings.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MeetingMinutesDialog", u"People reviewed", None))
#if QT_CONFIG(accessibility)
        self.meetings.setAccessibleName(QCoreApplication.translate("MeetingMinutesDialog", u"Finished meetings", None))
#endif // QT_CONFIG(accessibility)
        self.result.setText("")
#if QT_CONFIG(accessibility)
        self.result.setAccessibleName(QCoreApplication.translate("MeetingMinutesDialog", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        self.savePdf.setText(QCoreApplication.translate("MeetingMinutesDialog", u"&Save as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.savePdf.setToolTip(QCoreApplication.translate("MeetingMinutesDialog", u"Save the chosen meeting's minutes as a PDF (recorded in each person's audit trail)", None))
#endif // QT_CONFIG(tooltip)
        self.printMinutes.setText(QCoreApplication.translate("MeetingMinutesDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printMinutes.setToolTip(QCoreApplication.translate("MeetingMinutesDialog", u"Print the chosen meeting's minutes (recorded in each person's audit trail)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
